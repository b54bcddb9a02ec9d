from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class ArticleImportForm(forms.Form):
    """Paste an article's text or upload its file; optional details fill the
    header block when the text has none."""

    text = forms.CharField(
        label=_("Teks artikel"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 90}),
        help_text=_("Tempel teks lengkap. Boleh diawali baris URL:, Title:, Outlet:, Date:."),
    )
    upload = forms.FileField(
        label=_("Atau unggah berkas (.txt / .md)"),
        required=False,
    )
    outlet = forms.CharField(label=_("Media"), max_length=120, required=False)
    title = forms.CharField(label=_("Judul"), max_length=300, required=False)
    url = forms.URLField(label=_("URL"), max_length=500, required=False, assume_scheme="https")
    published = forms.DateField(
        label=_("Tanggal terbit"),
        required=False,
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=_("2025-07-10 atau 10/07/2025"),
    )

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(_("Berkas lebih dari 2 MB; artikel berita jauh lebih kecil."))
        raw = upload.read()
        if b"\x00" in raw:
            raise ValidationError(_("Berkas ini bukan teks (berisi data biner)."))
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError(
                _("Berkas bukan teks UTF-8 (byte tak terbaca di posisi %(pos)s)."),
                params={"pos": error.start},
            ) from error

    def clean(self):
        data = super().clean()
        text, uploaded = (data.get("text") or "").strip(), data.get("upload")
        if not text and not uploaded:
            raise ValidationError(_("Tempel teks artikel atau unggah berkasnya."))
        if text and uploaded:
            raise ValidationError(
                _("Pilih salah satu: tempel teks atau unggah berkas, bukan keduanya.")
            )
        return data

    def raw_article(self) -> str:
        """The article file as the import reads it: a header block built from
        the form's details, unless the text brings its own."""
        raw = self.cleaned_data.get("upload") or self.cleaned_data["text"]
        header = []
        for key, field in (("URL", "url"), ("Title", "title"), ("Outlet", "outlet")):
            if self.cleaned_data.get(field):
                header.append(f"{key}: {self.cleaned_data[field]}")
        if self.cleaned_data.get("published"):
            header.append(f"Date: {self.cleaned_data['published'].isoformat()}")
        if not header:
            return raw
        return "\n".join(header) + "\n\n" + raw
