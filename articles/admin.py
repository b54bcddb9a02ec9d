from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from regions.admin_mixins import RegionScopedAdminMixin
from regions.scoping import REVIEW

from .forms import ArticleImportForm
from .models import Article, Claim
from .selectors import region_index
from .services import article_import


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["metric", "segment", "value", "region", "as_of", "status", "quote"]
    readonly_fields = ["quote"]
    autocomplete_fields = ["region"]
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_date", "date_inferred"]
    list_filter = ["outlet", "date_inferred"]
    search_fields = ["title", "outlet", "text", "url"]
    readonly_fields = ["content_hash", "created_at"]
    date_hierarchy = "published_date"
    inlines = [ClaimInline]

    def add_view(self, request, form_url="", extra_context=None):
        """Adding an article means importing it: the same path as the
        import_articles command, then on to the claims it proposed."""
        if not self.has_add_permission(request):
            return super().add_view(request, form_url, extra_context)
        posted = request.method == "POST"
        form = ArticleImportForm(request.POST, request.FILES) if posted else ArticleImportForm()
        if posted and form.is_valid():
            try:
                result = article_import(raw=form.raw_article(), index=region_index())
            except ValueError as error:
                form.add_error(None, str(error))
            else:
                if result.created:
                    messages.success(
                        request,
                        _("Artikel diimpor; %(n)s angka diusulkan untuk ditinjau.")
                        % {"n": result.claims_proposed},
                    )
                else:
                    messages.info(request, _("Teks ini sudah pernah diimpor; tidak ada yang baru."))
                url = reverse("admin:articles_claim_changelist")
                return redirect(
                    f"{url}?article__id__exact={result.article.pk}&status__exact=pending"
                )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Impor artikel"),
            "form": form,
            "opts": self.model._meta,
            "errors": form.errors,
        }
        return TemplateResponse(request, "admin/articles/article/import.html", context)


@admin.register(Claim)
class ClaimAdmin(RegionScopedAdminMixin, admin.ModelAdmin):
    write_roles = REVIEW
    list_display = ["article", "metric", "segment", "value", "region", "as_of", "status"]
    list_filter = ["status", "metric", "segment", "article"]
    search_fields = ["quote", "article__title", "region__name"]
    list_select_related = ["article", "region"]
    autocomplete_fields = ["region"]
    readonly_fields = ["record_type", "record_id", "reviewed_by", "reviewed_at"]
