"""Admin pages of an edition beyond its change form: score entry, lock and
unlock. Each reads the request, checks who may act (awards.access), calls
one service and renders an admin template."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from . import access, pages, selectors, services
from .forms import ScoreGridForm, UnlockForm
from .models import Edition


def _context(model_admin, request, edition, title, **extra):
    return {
        **model_admin.admin_site.each_context(request),
        "opts": Edition._meta,
        "title": title,
        "edition": edition,
        "may_view_edition": model_admin.has_view_permission(request, edition),
        # A panel member has no model to browse: no empty side bar.
        "is_nav_sidebar_enabled": request.user.is_superuser
        or model_admin.has_view_permission(request, edition),
        **extra,
    }


def _edition(object_id) -> Edition:
    return get_object_or_404(Edition.objects.select_related("province", "locked_by"), pk=object_id)


def _chosen_seat(request, seats):
    """The seat to enter scores for: the user's own; a superuser picks one
    with ?penilai=<id> (the first seat otherwise)."""
    wanted = request.POST.get("penilai") or request.GET.get("penilai")
    for seat in seats:
        if str(seat.pk) == wanted:
            return seat
    return seats[0] if seats else None


def score_entry(model_admin, request, object_id):
    edition = _edition(object_id)
    seats = access.entry_seats(request.user, edition)
    if not seats and not request.user.is_superuser:
        raise PermissionDenied
    if request.method == "POST" and edition.is_locked:
        raise PermissionDenied
    seat = _chosen_seat(request, seats)
    categories = selectors.edition_categories(edition)
    criteria = selectors.edition_criteria(edition)
    nominees = selectors.edition_nominees(edition)
    own = selectors.edition_scores(edition, seat=seat) if seat else []
    form = ScoreGridForm(
        request.POST if request.method == "POST" else None,
        categories=categories,
        criteria=criteria,
        nominees=nominees,
        scores={(s.nominee_id, s.criterion_id): s.value for s in own},
        disabled=edition.is_locked or seat is None,
    )
    if request.method == "POST" and seat is not None and form.is_valid():
        try:
            changes = services.scores_save(seat=seat, values=form.values(), user=request.user)
        except services.EditionLocked as error:
            raise PermissionDenied(str(error)) from error
        messages.success(
            request,
            _("Nilai tersimpan: %(created)d baru, %(updated)d diubah, %(deleted)d dihapus.")
            % {"created": changes.created, "updated": changes.updated, "deleted": changes.deleted},
        )
        url = reverse("admin:awards_edition_scores", args=[edition.pk])
        return redirect(f"{url}?penilai={seat.pk}" if request.user.is_superuser else url)
    context = _context(
        model_admin,
        request,
        edition,
        _("Isi nilai: %(edition)s") % {"edition": edition.label},
        seat=seat,
        seats=seats,
        form=form,
        may_lock=not edition.is_locked and access.may_lock(request.user, edition),
    )
    return TemplateResponse(request, "admin/awards/edition/score_entry.html", context)


def lock(model_admin, request, object_id):
    edition = _edition(object_id)
    if not access.may_lock(request.user, edition):
        raise PermissionDenied
    if request.method == "POST":
        services.edition_lock(edition=edition, user=request.user)
        messages.success(
            request, _("Penilaian “%(edition)s” dikunci.") % {"edition": edition.label}
        )
        return redirect(edition.get_absolute_url())
    blocks = pages.category_blocks(
        selectors.edition_categories(edition),
        selectors.edition_criteria(edition),
        selectors.edition_nominees(edition),
        selectors.edition_scores(edition),
    )
    context = _context(
        model_admin,
        request,
        edition,
        _("Kunci penilaian: %(edition)s") % {"edition": edition.label},
        blocks=blocks,
        action="lock",
    )
    return TemplateResponse(request, "admin/awards/edition/lock_confirm.html", context)


def unlock(model_admin, request, object_id):
    edition = _edition(object_id)
    if not access.may_unlock(request.user):
        raise PermissionDenied
    form = UnlockForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.edition_unlock(
                edition=edition, user=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            messages.success(
                request, _("Kunci penilaian “%(edition)s” dibuka.") % {"edition": edition.label}
            )
            return redirect(reverse("admin:awards_edition_change", args=[edition.pk]))
    context = _context(
        model_admin,
        request,
        edition,
        _("Buka kunci penilaian: %(edition)s") % {"edition": edition.label},
        form=form,
        action="unlock",
    )
    return TemplateResponse(request, "admin/awards/edition/lock_confirm.html", context)
