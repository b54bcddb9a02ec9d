"""The review desk: one page per article, its claims decided in place.

The page is rendered once; accepting, fixing, rejecting and adding claims
go through the small JSON endpoints below (articles/static/articles/desk.js
calls them), so a reviewer loads one page per article.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from regions.scoping import REVIEW, region_ids_in_scope, regions_in_scope

from . import pages, selectors
from .forms import (
    DeskAddClaimForm,
    DeskClaimForm,
    DeskRejectForm,
    DeskSharedForm,
    DeskSpanForm,
)
from .models import Article, Claim
from .review import RECORD_KINDS
from .services import (
    BulkRefused,
    article_delete,
    article_mark_reviewed,
    claim_accept,
    claim_add,
    claim_reject,
    claim_span_set,
    claims_accept_rest,
)


def reviewer_required(view):
    """Staff with a review scope somewhere (403 otherwise); never cached."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if region_ids_in_scope(request.user, REVIEW) == frozenset():
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return staff_member_required(never_cache(wrapped))


def _errors(error: ValidationError | PermissionDenied, status: int = 400) -> JsonResponse:
    if isinstance(error, PermissionDenied):
        return JsonResponse(
            {"ok": False, "errors": {"__all__": [_("Di luar cakupan tinjauan Anda.")]}}, status=403
        )
    if hasattr(error, "error_dict"):
        errors = {
            name: [strip_tags(m) for m in ValidationError(items).messages]
            for name, items in error.error_dict.items()
        }
    else:
        errors = {"__all__": [strip_tags(m) for m in error.messages]}
    return JsonResponse({"ok": False, "errors": errors}, status=status)


def _form_errors(form) -> JsonResponse:
    return JsonResponse(
        {"ok": False, "errors": {k: list(v) for k, v in form.errors.items()}}, status=400
    )


def _claim_json(request, claim: Claim, message: str) -> JsonResponse:
    claim = Claim.objects.select_related("region").get(pk=claim.pk)
    card = render_to_string(
        "articles/desk/_claim.html",
        {"claim": claim, "actionable": claim.pk in _actionable(request, claim)},
        request=request,
    )
    return JsonResponse(
        {"ok": True, "message": message, "claim": pages.desk_claim_data(claim), "card": card}
    )


def _actionable(request, claim: Claim) -> set[int]:
    ids = region_ids_in_scope(request.user, REVIEW)
    pending = claim.status == "pending"
    return {claim.pk} if pending and (ids is None or claim.region_id in ids) else set()


@reviewer_required
@require_GET
def desk_index(request):
    return render(
        request,
        "articles/desk/index.html",
        {
            "queue": selectors.desk_queue(request.user)[:100],
            "precision": selectors.pattern_precision(),
        },
    )


@reviewer_required
@require_GET
def desk_next(request):
    after = request.GET.get("setelah")
    article = selectors.desk_next_article(
        request.user, after=int(after) if after and after.isdigit() else None
    )
    if article is None:
        messages.success(request, _("Tidak ada artikel yang menunggu tinjauan Anda."))
        return redirect("articles:desk_index")
    return redirect("articles:desk_article", article.pk)


@reviewer_required
@require_GET
def desk_article(request, pk):
    article = get_object_or_404(Article, pk=pk)
    page = pages.desk_page(article, request.user)
    form = DeskClaimForm(regions=regions_in_scope(request.user, REVIEW), auto_id="desk_%s")
    return render(
        request,
        "articles/desk/article.html",
        {
            "page": page,
            "form": form,
            "shared": DeskSharedForm(auto_id="shared_%s"),
            "kinds": RECORD_KINDS,
            "strings": {
                "done": _("Artikel selesai; membuka artikel berikutnya…"),
                "saving": _("Menyimpan…"),
                "failed": _("Gagal menyimpan; periksa isian yang ditandai."),
                "existing": _("Sudah tercatat:"),
                "now": _("sekarang"),
                "proposed": _("usulan"),
                "new": _("Belum tercatat: akan dicatat baru."),
                "same_place": _("Penerbit lain untuk wilayah, segmen dan tanggal ini:"),
                "saved_as": _("Penerbit disimpan sebagai:"),
                "pending": _("%(n)s menunggu"),
                "select_first": _("Pilih teks di artikel lebih dulu."),
                "reason": _("Bukan angka cakupan BPJS Ketenagakerjaan"),
            },
        },
    )


@reviewer_required
@require_POST
def desk_claim_accept(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    form = DeskClaimForm(request.POST, regions=regions_in_scope(request.user, REVIEW))
    if not form.is_valid():
        return _form_errors(form)
    try:
        result = claim_accept(
            claim=claim,
            reviewer=request.user,
            proposal=form.cleaned_data,
            confirm_update=form.cleaned_data["confirm_update"],
            note=form.cleaned_data.get("note", ""),
        )
    except (ValidationError, PermissionDenied) as error:
        return _errors(error)
    record = result.record
    if result.created:
        message = _("Diterima: %(record)s dicatat.")
    else:
        message = _("Diterima dan ditautkan ke %(record)s yang sudah tercatat.")
    return _claim_json(request, result.claim, message % {"record": record})


@reviewer_required
@require_POST
def desk_claim_reject(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    form = DeskRejectForm(request.POST)
    if not form.is_valid():
        return _form_errors(form)
    try:
        claim = claim_reject(claim=claim, reviewer=request.user, reason=form.cleaned_data["note"])
    except (ValidationError, PermissionDenied) as error:
        return _errors(error)
    return _claim_json(request, claim, _("Ditolak."))


@reviewer_required
@require_POST
def desk_claim_add(request, pk):
    article = get_object_or_404(Article, pk=pk)
    form = DeskAddClaimForm(request.POST)
    if not form.is_valid():
        return _form_errors(form)
    data = form.cleaned_data
    scope = regions_in_scope(request.user, REVIEW)
    region = scope.filter(pk=request.POST.get("region") or 0).first()
    try:
        claim = claim_add(article=article, reviewer=request.user, region=region, **data)
    except (ValidationError, PermissionDenied) as error:
        return _errors(error)
    return _claim_json(request, claim, _("Klaim ditambahkan dari teks yang dipilih."))


@reviewer_required
@require_POST
def desk_claim_span(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    form = DeskSpanForm(request.POST)
    if not form.is_valid():
        return _form_errors(form)
    try:
        claim = claim_span_set(claim=claim, reviewer=request.user, **form.cleaned_data)
    except (ValidationError, PermissionDenied) as error:
        return _errors(error)
    return _claim_json(request, claim, _("Kutipan dipindahkan."))


@reviewer_required
@require_POST
def desk_accept_rest(request, pk):
    article = get_object_or_404(Article, pk=pk)
    form = DeskSharedForm(request.POST)
    if not form.is_valid():
        return _form_errors(form)
    try:
        results = claims_accept_rest(
            article=article, reviewer=request.user, shared=form.cleaned_data
        )
    except BulkRefused as refused:
        return JsonResponse(
            {
                "ok": False,
                "refusals": [{"claim": r.claim.pk, "reason": r.reason} for r in refused.refusals],
                "errors": {
                    "__all__": [
                        _("Tidak ada yang diterima: %(n)s klaim perlu ditinjau sendiri.")
                        % {"n": len(refused.refusals)}
                    ]
                },
            },
            status=400,
        )
    return JsonResponse(
        {
            "ok": True,
            "message": _("%(n)s klaim diterima.") % {"n": len(results)},
            "cards": {
                str(r.claim.pk): render_to_string(
                    "articles/desk/_claim.html",
                    {"claim": r.claim, "actionable": False},
                    request=request,
                )
                for r in results
            },
        }
    )


@reviewer_required
@require_POST
def desk_article_reviewed(request, pk):
    article = get_object_or_404(Article, pk=pk)
    try:
        article_mark_reviewed(article=article, reviewer=request.user)
    except ValidationError as error:
        return _errors(error)
    return JsonResponse(
        {
            "ok": True,
            "message": _("Artikel ditandai sudah ditinjau."),
            "next": reverse("articles:desk_next") + f"?setelah={article.pk}",
        }
    )


@reviewer_required
@require_POST
def desk_article_delete(request, pk):
    article = get_object_or_404(Article, pk=pk)
    try:
        article_delete(article=article, reviewer=request.user)
    except (ValidationError, PermissionDenied) as error:
        return _errors(error)
    messages.success(request, _("Artikel dihapus."))
    return JsonResponse({"ok": True, "next": reverse("articles:desk_next") + f"?setelah={pk}"})


@reviewer_required
@require_GET
def desk_check(request):
    """What accepting the editor's values would land on, as they stand."""
    form = DeskClaimForm(request.GET, regions=regions_in_scope(request.user, REVIEW))
    form.is_valid()
    return JsonResponse(selectors.desk_check(form.cleaned_data))


@reviewer_required
@require_GET
def desk_regions(request):
    return JsonResponse(
        {"results": selectors.region_search(request.GET.get("q", ""), request.user)}
    )
