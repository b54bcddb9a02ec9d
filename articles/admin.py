from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regions.admin_mixins import RegionScopedAdminMixin
from regions.formatting import date_id
from regions.scoping import REVIEW, regions_in_scope

from .choices import ClaimStatus, Metric
from .forms import (
    MAX_UPLOAD_BYTES,
    ArticleImportForm,
    BulkAcceptForm,
    ClaimRejectForm,
    ClaimReviewForm,
)
from .models import Article, Claim
from .review import AWARD, FIGURE, format_value, quote_in_paragraph, record_kind, value_field
from .selectors import article_url
from .services import (
    BulkRefused,
    ImportResult,
    Refusal,
    bulk_accept_refusal,
    claim_accept,
    claim_reject,
    claim_review_defaults,
    claims_accept,
    claims_reject,
    display_value,
    figures_same_place,
    record_comparison,
    record_existing,
)


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
            done = self._extract_as_job(request, form)
            if done is not None:
                return done
        context = {
            **self.admin_site.each_context(request),
            "title": _("Impor artikel"),
            "form": form,
            "opts": self.model._meta,
            "errors": form.errors,
            "max_bytes": MAX_UPLOAD_BYTES,
        }
        return TemplateResponse(request, "admin/articles/article/import.html", context)

    def _extract_as_job(self, request, form):
        """The article goes to a worker (jobs/handlers/articles.py): its page
        shows the progress; when the job has already ended (run in the
        request, in development and tests), straight on to the desk."""
        from jobs import selectors as job_selectors
        from jobs import services as job_services
        from jobs.handlers.articles import start_extract

        upload = form.cleaned_data.get("upload")
        try:
            job = start_extract(
                user=request.user, raw=form.raw_article(),
                file_name=getattr(upload, "name", "") or form.cleaned_data.get("title") or "",
                language=translation.get_language() or "id",
            )  # fmt: skip
        except job_services.BrokerDown:
            messages.error(request, _(job_services.BROKER_DOWN))
            return redirect("admin:jobs_job_changelist")
        if job.state == "failed":
            form.add_error(None, job_selectors.error_text(job))
            return None
        if job.state != "succeeded":
            return redirect("admin:jobs_job_status", job.pk)
        result = ImportResult(
            article=Article.objects.get(pk=job.result["article"]),
            created=job.result["created"],
            claims_proposed=job.result["claims"],
            same_as=job.result.get("same_as", ""),
        )
        return self._after_import(request, result)

    def _after_import(self, request, result):
        """Say what the import did and open the article on the review desk:
        a new article with its proposals, one with no figure (say so), or
        the article this text already is (same URL or nearly the same text)."""
        article = result.article
        desk = reverse("articles:desk_article", args=[article.pk])
        link = format_html('<a href="{}">{}</a>', desk, article.title)
        if not result.created:
            reasons = {
                "url": _("Artikel dengan alamat (URL) yang sama sudah diimpor"),
                "similar": _("Artikel dengan teks yang hampir sama sudah diimpor"),
                "text": _("Teks ini sudah pernah diimpor"),
            }
            reason = reasons.get(result.same_as, reasons["text"])
            messages.warning(
                request, format_html("{}: {}. {}", reason, link, _("Tidak ada yang dibuat."))
            )
        elif result.claims_proposed:
            messages.success(
                request,
                _("Artikel diimpor; %(n)s angka diusulkan untuk ditinjau.")
                % {"n": result.claims_proposed},
            )
        else:
            messages.warning(
                request,
                _(
                    "Artikel diimpor, tetapi sistem tidak menemukan angka cakupan di dalamnya. "
                    "Pilih teks di meja tinjauan untuk menambah angka yang terlewat, atau hapus "
                    "artikel bila bukan berita cakupan."
                ),
            )
        return redirect(desk)


class ReviewStatusFilter(admin.SimpleListFilter):
    """Status, pending by default: the change list opens as the review queue
    ("Menunggu tinjauan"); "Semua status" shows every claim."""

    title = gettext_lazy("status")
    parameter_name = "status__exact"  # the import redirects here with it
    ALL = "all"

    def lookups(self, request, model_admin):
        return [*ClaimStatus.choices, (self.ALL, gettext_lazy("Semua status"))]

    def value(self):
        return super().value() or ClaimStatus.PENDING

    def queryset(self, request, queryset):
        value = self.value()
        return queryset if value == self.ALL else queryset.filter(status=value)

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


QUEUE_TITLES = {
    ClaimStatus.PENDING: gettext_lazy("Antrean tinjauan: klaim menunggu tinjauan"),
    ClaimStatus.ACCEPTED: gettext_lazy("Klaim diterima"),
    ClaimStatus.REJECTED: gettext_lazy("Klaim ditolak"),
    ReviewStatusFilter.ALL: gettext_lazy("Semua klaim angka"),
}


@admin.register(Claim)
class ClaimAdmin(RegionScopedAdminMixin, admin.ModelAdmin):
    """The review queue. The change list is the queue (pending claims, the
    longest-waiting first); a claim's change page is the review page."""

    write_roles = REVIEW
    list_display = [
        "quote_excerpt", "metric", "segment", "value_display", "region", "as_of_display",
        "pattern", "confidence", "article_display", "status",
    ]  # fmt: skip
    list_display_links = ["quote_excerpt"]
    list_filter = [
        ReviewStatusFilter,
        "metric",
        ("article", admin.RelatedOnlyFieldListFilter),
        ("region", admin.RelatedOnlyFieldListFilter),
        "segment",
        "pattern",
    ]
    search_fields = ["quote", "article__title", "region__name"]
    list_select_related = ["article", "region"]
    # The oldest import first, then the claims in the order the article
    # makes them: a queue, worked from the top.
    ordering = ["article__created_at", "article_id", "start", "pk"]
    list_per_page = 50
    actions = ["accept_selected", "reject_selected"]
    review_template = "admin/articles/claim/review.html"

    class Media:
        css = {"all": ["articles/claim_review.css"]}

    # -- the queue ---------------------------------------------------------

    @admin.display(description=gettext_lazy("Kutipan"), ordering="start")
    def quote_excerpt(self, claim):
        return Truncator(claim.quote).chars(110)

    @admin.display(description=gettext_lazy("Nilai"), ordering="value")
    def value_display(self, claim):
        return format_value(claim.metric, claim.value)

    @admin.display(description=gettext_lazy("Per"), ordering="as_of")
    def as_of_display(self, claim):
        if claim.as_of is None:
            return "–"
        return date_id(claim.as_of, claim.as_of_precision or "day")

    @admin.display(description=gettext_lazy("Artikel"), ordering="article__published_date")
    def article_display(self, claim):
        article = claim.article
        when = date_id(article.published_date, article.published_precision)
        return format_html(
            '<span title="{}">{}</span><br><small>{}</small>',
            article.title,
            article.outlet,
            when if article.published_date else "",
        )

    def get_list_display(self, request):
        """The status column only when the list mixes statuses."""
        shown = list(super().get_list_display(request))
        if request.GET.get(ReviewStatusFilter.parameter_name) != ReviewStatusFilter.ALL:
            shown.remove("status")
        return shown

    def changelist_view(self, request, extra_context=None):
        status = request.GET.get(ReviewStatusFilter.parameter_name) or ClaimStatus.PENDING
        context = {"title": QUEUE_TITLES.get(status, QUEUE_TITLES[ClaimStatus.PENDING])}
        return super().changelist_view(request, {**context, **(extra_context or {})})

    def has_add_permission(self, request):
        return False  # claims come from articles (Artikel sumber -> tambah)

    # -- the review page ---------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim = self.get_object(request, unquote(object_id))  # 403 when out of scope
        if claim is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, claim):
            raise PermissionDenied
        may_review = self.has_change_permission(request, claim)
        pending = claim.status == ClaimStatus.PENDING
        regions = regions_in_scope(request.user, REVIEW)
        form, reject_form, proposal = None, ClaimRejectForm(review_page=True), {}
        if request.method == "POST":
            if not may_review:
                raise PermissionDenied
            if not pending:
                messages.warning(request, _("Klaim ini sudah ditinjau."))
                return redirect(request.path)
            note = request.POST.get("note", "")
            if "_reject" in request.POST:
                # The reviewer's edits stay on the page, unvalidated.
                form = ClaimReviewForm(initial=request.POST.dict(), regions=regions)
                proposal = {"metric": request.POST.get("metric")}
                reject_form = ClaimRejectForm(request.POST, review_page=True)
                if reject_form.is_valid():
                    claim_reject(
                        claim=claim, reviewer=request.user, reason=reject_form.cleaned_data["note"]
                    )
                    self.message_user(request, _("Klaim ditolak; alasannya tersimpan."))
                    return redirect(self._queue_url(request))
            else:
                form = ClaimReviewForm(request.POST, regions=regions)
                reject_form = ClaimRejectForm(initial={"note": note}, review_page=True)
                valid = form.is_valid()
                proposal = form.cleaned_data
                if valid:
                    try:
                        result = claim_accept(
                            claim=claim,
                            reviewer=request.user,
                            proposal=form.cleaned_data,
                            confirm_update=form.cleaned_data["confirm_update"],
                            note=note,
                        )
                    except ValidationError as error:
                        _add_errors(form, error)
                    else:
                        self._report_accept(request, result)
                        return redirect(self._queue_url(request))
        elif pending and may_review:
            proposal = claim_review_defaults(claim)
            form = ClaimReviewForm(initial=proposal, regions=regions)
        context = {
            **self.admin_site.each_context(request),
            **self._review_context(request, claim, form, reject_form, proposal),
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.review_template, context)

    def _queue_url(self, request) -> str:
        from django.contrib.admin.templatetags.admin_urls import add_preserved_filters

        url = reverse("admin:articles_claim_changelist")
        return add_preserved_filters(
            {"preserved_filters": self.get_preserved_filters(request), "opts": self.opts}, url
        )

    def _report_accept(self, request, result) -> None:
        record = result.record
        link = _record_link(record)
        if result.created:
            text = _("Klaim diterima: %(kind)s baru dicatat")
        elif result.changed_existing:
            text = _("Klaim diterima: %(kind)s yang ada diperbarui (%(field)s %(old)s → %(new)s)")
        else:
            text = _("Klaim diterima dan ditautkan ke %(kind)s yang ada")
        field = record._meta.get_field(result.field)
        message = text % {
            "kind": record._meta.verbose_name,
            "field": field.verbose_name,
            "old": display_value(result.field, result.previous),
            "new": display_value(result.field, getattr(record, result.field)),
        }
        self.message_user(request, format_html("{}: {}", message, link), messages.SUCCESS)
        if getattr(record, "quality_warning", ""):
            self.message_user(
                request,
                _("Peringatan mutu data: %(w)s") % {"w": record.quality_warning},
                messages.WARNING,
            )

    def _review_context(self, request, claim, form, reject_form, proposal) -> dict:
        article = claim.article
        kind = record_kind(proposal.get("metric") or claim.metric)
        existing = record_existing(kind, proposal) if "value" in proposal else None
        comparison = []
        if existing is not None and proposal.get("value") is not None:
            field = value_field(proposal["metric"])
            comparison = record_comparison(kind, existing, field, proposal["value"])
        errors = []
        for each in (form, reject_form):
            if each is not None and each.is_bound:
                errors += [(None, e) for e in each.non_field_errors()]
                errors += [
                    (each[name], e) for name in each.errors if name != "__all__"
                    for e in each.errors[name]
                ]  # fmt: skip
        return {
            "title": _("Tinjau klaim angka"),
            "opts": self.opts,
            "original": claim,
            "claim": claim,
            "article": article,
            "article_public_url": article_url(article, claim),
            "context": quote_in_paragraph(article.text, claim.start, claim.end),
            "proposed_value": format_value(claim.metric, claim.value),
            "form": form,
            "reject_form": reject_form,
            "kind": kind,
            "groups": _groups(form, kind) if form is not None else [],
            "existing": existing,
            "existing_url": _admin_url(existing) if existing is not None else "",
            "comparison": comparison,
            "needs_confirmation": any(r["changes"] and not r["fills"] for r in comparison),
            "same_place": [
                {"figure": f, "url": _admin_url(f)}
                for f in (figures_same_place(proposal) if kind == FIGURE else [])
                if f != existing
            ],
            "workforce_without_figure": (
                "value" in proposal and proposal.get("metric") == Metric.WORKFORCE and not existing
            ),
            "award_url": reverse("admin:awards_outcome_changelist") if kind == AWARD else "",
            "error_list": errors,
            "record_url": _admin_url(claim.record) if claim.record_id and claim.record else "",
            "record": claim.record if claim.record_id else None,
            "record_kind_label": claim.record._meta.verbose_name if claim.record_id else "",
            "queue_url": self._queue_url(request),
            "preserved_filters": self.get_preserved_filters(request),
        }

    # -- bulk actions ------------------------------------------------------

    @admin.action(permissions=["change"], description=gettext_lazy("Tolak yang dipilih"))
    def reject_selected(self, request, queryset):
        form = ClaimRejectForm(request.POST if "apply" in request.POST else None)
        refusals = []
        if form.is_bound and form.is_valid():
            try:
                count = claims_reject(
                    claims=queryset, reviewer=request.user, reason=form.cleaned_data["note"]
                )
            except BulkRefused as refused:
                refusals = refused.refusals
            else:
                self.message_user(request, _("%(n)s klaim ditolak.") % {"n": count})
                return None
        return self._bulk_page(
            request, queryset, form, refusals, "reject_selected",
            "admin/articles/claim/bulk_reject.html", _("Tolak klaim yang dipilih"),
        )  # fmt: skip

    @admin.action(permissions=["change"], description=gettext_lazy("Terima yang dipilih"))
    def accept_selected(self, request, queryset):
        if "apply" in request.POST:
            form = BulkAcceptForm(request.POST)
        else:
            form = BulkAcceptForm(initial=_bulk_initial(queryset))
        refusals = [
            Refusal(claim, reason)
            for claim in queryset.select_related("article", "region")
            if (reason := bulk_accept_refusal(claim, request.user)) is not None
        ]
        if form.is_bound and form.is_valid() and not refusals:
            try:
                results = claims_accept(claims=queryset, reviewer=request.user, **form.cleaned_data)
            except BulkRefused as refused:
                refusals = refused.refusals
            else:
                created = sum(1 for r in results if r.created)
                self.message_user(
                    request,
                    _("%(n)s klaim diterima: %(new)s angka baru, %(old)s angka yang ada.")
                    % {"n": len(results), "new": created, "old": len(results) - created},
                )
                return None
        return self._bulk_page(
            request, queryset, form, refusals, "accept_selected",
            "admin/articles/claim/bulk_accept.html", _("Terima klaim yang dipilih"),
        )  # fmt: skip

    def _bulk_page(self, request, queryset, form, refusals, action, template, title):
        claims = list(queryset.select_related("article", "region").order_by(*self.ordering))
        refused = {r.claim.pk: r.reason for r in refusals}
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.opts,
            "form": form,
            "action": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "rows": [
                {
                    "claim": c,
                    "value": format_value(c.metric, c.value),
                    "reason": refused.get(c.pk, ""),
                    "url": reverse("admin:articles_claim_change", args=[c.pk]),
                }
                for c in claims
            ],
            "refused_count": len(refused),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, template, context)


def _add_errors(form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        form.add_error(name if name in form.fields else None, errors)


def _admin_url(record) -> str:
    meta = record._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])


def _record_link(record) -> str:
    return format_html('<a href="{}">{}</a>', _admin_url(record), record)


def _groups(form, kind) -> list[dict]:
    labels = {
        "figure": _("Angka cakupan: jenis penerbit dan definisi"),
        "target": _("Target cakupan: penetap dan tenggat"),
        "budget": _("Anggaran: tahun, peruntukan, sumber dana"),
    }
    return [
        {"key": key, "label": label, "fields": form.group(key), "open": key == kind}
        for key, label in labels.items()
    ]


def _bulk_initial(queryset) -> dict:
    """Prefill the bulk publisher from figures already accepted from the
    selected claims' articles (when they agree)."""
    articles = set(queryset.values_list("article_id", flat=True))
    if len(articles) != 1:
        return {}
    claim = queryset.filter(~Q(status=ClaimStatus.ACCEPTED)).first() or queryset.first()
    defaults = claim_review_defaults(claim)
    return {
        name: defaults[name]
        for name in ("publisher", "publisher_kind", "participant_kind", "denominator_kind")
        if name in defaults
    }
