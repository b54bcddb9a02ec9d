"""The admin's spreadsheet import of follow-up rows: check first (nothing
written), then import; every problem listed with its row and column."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from . import intake, services

MAX_UPLOAD = 5 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Berkas CSV atau XLSX"),
        help_text=gettext_lazy("Baris pertama judul kolom; satu baris per butir dan tanggal."),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Periksa saja, jangan simpan"), required=False, initial=True
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(gettext_lazy("Hanya berkas .csv atau .xlsx."))
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(gettext_lazy("Berkas lebih dari 5 MB."))
        return upload


class ImportView(View):
    model_admin = None

    def dispatch(self, request, *args, **kwargs):
        if not self.model_admin.has_add_permission(request):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def _render(self, request, form, result=None):
        context = {
            **self.model_admin.admin_site.each_context(request),
            "opts": self.model_admin.model._meta,
            "title": _("Impor tindak lanjut Inpres 2/2021"),
            "form": form,
            "result": result,
            "columns": intake.COLUMNS,
            "required": intake.REQUIRED,
        }
        return TemplateResponse(request, "admin/meeting/inpresitem/import.html", context)

    def get(self, request):
        return self._render(request, ImportForm())

    def post(self, request):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self._render(request, form)
        upload = form.cleaned_data["file"]
        result = services.import_inpres(
            upload.name, upload.read(), user=request.user, dry_run=form.cleaned_data["dry_run"]
        )
        if result.ok and not result.dry_run:
            messages.success(
                request,
                _(
                    "Impor selesai: %(c)s baris baru, %(u)s diperbarui, %(s)s tidak berubah, "
                    "%(v)s belum bersumber."
                )
                % {
                    "c": result.created,
                    "u": result.updated,
                    "s": result.unchanged,
                    "v": result.unverified,
                },
            )
            return redirect(reverse("admin:meeting_inpresitem_changelist"))
        return self._render(request, ImportForm(initial={"dry_run": False}), result)
