"""Admin pages of an edition beyond its change form: score entry, the
completion matrix, abstentions, lock, publish and unlock. Each reads the
request, checks who may act (awards.access), calls one service and renders
an admin template."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, SuspiciousOperation, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from . import access, pages, selectors, services
from .forms import AbstentionForm, ScoreGridForm, ShortlistForm, UnlockForm
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
    """The seat to enter scores for: the user's own; the secretariat picks
    one with ?penilai=<id> (the first seat otherwise). A seat parameter that
    is not a number is a bad request (400); one the user may not enter for
    is refused (403), never silently replaced by another seat."""
    wanted = request.POST.get("penilai") or request.GET.get("penilai")
    if wanted in (None, ""):
        return seats[0] if seats else None
    if not wanted.isdigit():
        raise SuspiciousOperation("penilai is not a seat id")
    for seat in seats:
        if str(seat.pk) == wanted:
            return seat
    raise PermissionDenied


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
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Nilai tersimpan: %(created)d baru, %(updated)d diubah, %(deleted)d dihapus.")
                % {
                    "created": changes.created,
                    "updated": changes.updated,
                    "deleted": changes.deleted,
                },
            )
            url = reverse("admin:awards_edition_scores", args=[edition.pk])
            return redirect(f"{url}?penilai={seat.pk}" if len(seats) > 1 else url)
    context = _context(
        model_admin,
        request,
        edition,
        _("Isi nilai: %(edition)s") % {"edition": edition.label},
        seat=seat,
        seats=seats,
        form=form,
        entering_for_other=seat is not None and seat.user_id != request.user.pk,
        may_lock=not edition.is_locked and access.may_lock(request.user, edition),
    )
    return TemplateResponse(request, "admin/awards/edition/score_entry.html", context)


def completion(model_admin, request, object_id):
    """The completion matrix (members x nominees x criteria) for the
    secretariat and the panel, with the abstentions and the lock's rule."""
    edition = _edition(object_id)
    if not access.may_see_deliberation(request.user, edition):
        raise PermissionDenied
    secretariat = access.is_secretariat(request.user, edition)
    seats = selectors.edition_panel(edition)
    form = AbstentionForm(
        request.POST if request.method == "POST" else None,
        seats=seats,
        nominees=selectors.edition_nominees(edition),
    )
    categories = selectors.edition_categories(edition)
    interview_ids = {
        c.category_id for c in selectors.edition_criteria(edition) if c.phase == "interview"
    }
    shortlists = [
        ShortlistForm(
            request.POST if request.POST.get("category") == str(c.pk) else None,
            category=c,
            prefix=f"s{c.pk}",
        )
        for c in categories
        if c.pk in interview_ids
    ]
    may_shortlist = not edition.is_locked and access.may_lock(request.user, edition)
    if request.method == "POST" and request.POST.get("action") == "shortlist":
        if not may_shortlist:
            raise PermissionDenied
        chosen = next((f for f in shortlists if f.is_bound), None)
        if chosen is None:
            raise SuspiciousOperation("unknown category")
        if chosen.is_valid():
            size = services.shortlist_set(
                category=chosen.category,
                nominees=chosen.cleaned_data["nominees"],
                user=request.user,
            )
            messages.success(
                request,
                _("Daftar pendek “%(category)s” tersimpan: %(n)d nomine diwawancarai.")
                % {"category": chosen.category.name, "n": size},
            )
            return redirect(reverse("admin:awards_edition_completion", args=[edition.pk]))
    elif request.method == "POST":
        if not secretariat or edition.is_locked:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.abstention_record(
                    seat=form.cleaned_data["seat"],
                    nominee=form.cleaned_data["nominee"],
                    reason=form.cleaned_data["reason"],
                    user=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Abstain tercatat."))
                return redirect(reverse("admin:awards_edition_completion", args=[edition.pk]))
    context = _context(
        model_admin,
        request,
        edition,
        _("Kelengkapan nilai: %(edition)s") % {"edition": edition.label},
        matrix=pages.completion_matrix(edition),
        form=form,
        shortlists=shortlists,
        may_shortlist=may_shortlist,
        secretariat=secretariat,
        may_lock=not edition.is_locked and access.may_lock(request.user, edition),
        may_publish=access.may_publish(request.user, edition),
    )
    return TemplateResponse(request, "admin/awards/edition/completion.html", context)


def lock(model_admin, request, object_id):
    edition = _edition(object_id)
    if not access.may_lock(request.user, edition):
        raise PermissionDenied
    error = None
    if request.method == "POST":
        try:
            services.edition_lock(edition=edition, user=request.user)
        except ValidationError as exc:
            error = exc
        else:
            messages.success(
                request,
                _("Penilaian “%(edition)s” dikunci. Periksa hasilnya, lalu umumkan.")
                % {"edition": edition.label},
            )
            return redirect(reverse("admin:awards_edition_completion", args=[edition.pk]))
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
        state=selectors.edition_completion(edition),
        errors=error.messages if error is not None else [],
        action="lock",
    )
    return TemplateResponse(request, "admin/awards/edition/lock_confirm.html", context)


def publish(model_admin, request, object_id):
    """Announce the locked results: a confirmation listing the places that
    will become public, then services.edition_publish."""
    edition = _edition(object_id)
    if not access.may_lock(request.user, edition):
        raise PermissionDenied
    errors = []
    if request.method == "POST" and request.POST.get("action") == "tiebreak":
        category = get_object_or_404(edition.categories, pk=request.POST.get("category"))
        nominees = {n.pk: n for n in category.nominees.all()}
        try:
            positions = {
                int(key.removeprefix("pos-")): int(value)
                for key, value in request.POST.items()
                if key.startswith("pos-")
            }
            order = [nominees[pk] for pk, _p in sorted(positions.items(), key=lambda i: i[1])]
        except (KeyError, ValueError) as exc:
            raise SuspiciousOperation("bad tie-break") from exc
        if sorted(positions.values()) != list(range(1, len(positions) + 1)):
            errors = [_("Setiap nomine yang seri perlu urutan berbeda: 1, 2, ...")]
        else:
            try:
                services.tie_break_record(
                    category=category,
                    order=order,
                    reason=request.POST.get("reason", ""),
                    user=request.user,
                )
            except ValidationError as exc:
                errors = exc.messages
            else:
                messages.success(request, _("Keputusan seri rapat pleno tercatat."))
                return redirect(reverse("admin:awards_edition_publish", args=[edition.pk]))
    elif request.method == "POST":
        try:
            services.edition_publish(edition=edition, user=request.user)
        except ValidationError as exc:
            errors = exc.messages
        else:
            messages.success(
                request,
                _("Hasil “%(edition)s” diumumkan; juara tampil di halaman edisi dan wilayah.")
                % {"edition": edition.label},
            )
            return redirect(reverse("admin:awards_edition_completion", args=[edition.pk]))
    context = _context(
        model_admin,
        request,
        edition,
        _("Umumkan hasil: %(edition)s") % {"edition": edition.label},
        blocks=pages.final_blocks(edition),
        errors=errors,
        action="publish",
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


def desk(model_admin, request):
    """The landing page of panel members and organisers: their editions,
    each with its state, what is still missing and the next step."""
    rows = pages.desk_rows(request.user)
    if not rows and not request.user.is_superuser:
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Edition._meta,
        "title": _("Penilaian Paritrana Anda"),
        "rows": rows,
        "is_nav_sidebar_enabled": False,
    }
    return TemplateResponse(request, "admin/awards/edition/desk.html", context)


def minutes_file(model_admin, request, object_id, fmt):
    """The minutes as PDF or XLSX, for the panel and the organisers (a
    draft until the lock)."""
    from django.http import HttpResponse

    from . import minutes

    edition = _edition(object_id)
    if not access.may_see_deliberation(request.user, edition):
        raise PermissionDenied
    data = pages.minutes(edition)
    name = f"berita-acara-paritrana-{edition.pk}{'-draf' if data.is_draft else ''}"
    if fmt == "pdf":
        body, kind = minutes.pdf(data, base_url=request.build_absolute_uri("/")), "application/pdf"
    else:
        body = minutes.xlsx(data)
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    response = HttpResponse(body, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


def evidence_file(request, name):
    """An evidence document, for the panel and the organisers of its
    edition only."""
    from django.http import FileResponse, Http404

    from .models import Evidence

    evidence = (
        Evidence.objects.select_related("nominee__category__edition__province")
        .filter(file=name)
        .first()
    )
    if evidence is None:
        raise Http404
    if not access.may_see_deliberation(request.user, evidence.nominee.category.edition):
        raise PermissionDenied
    response = FileResponse(evidence.file.open("rb"), as_attachment=True)
    response["Cache-Control"] = "private, no-store"
    return response


def carry(model_admin, request, object_id):
    """A national category's page of provincial first places to carry in
    as nominees (services.carry_to_national)."""
    from .models import Category, Outcome

    category = get_object_or_404(Category.objects.select_related("edition"), pk=object_id)
    if not access.is_organiser(request.user, category.edition):
        raise PermissionDenied
    candidates = selectors.carry_candidates(category)
    errors = []
    if request.method == "POST":
        chosen = {str(o.pk): o for o in candidates}
        picked = [chosen[pk] for pk in request.POST.getlist("outcome") if pk in chosen]
        added = 0
        for outcome in picked:
            try:
                services.carry_to_national(outcome=outcome, category=category, user=request.user)
                added += 1
            except ValidationError as exc:
                errors += [f"{outcome.region or outcome.organisation}: {m}" for m in exc.messages]
        if not errors:
            messages.success(
                request, _("%(n)d juara provinsi ditambahkan sebagai nomine.") % {"n": added}
            )
            return redirect(reverse("admin:awards_category_change", args=[category.pk]))
        candidates = selectors.carry_candidates(category)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Category._meta,
        "title": _("Juara provinsi ke %(category)s") % {"category": category},
        "category": category,
        "candidates": candidates,
        "errors": errors,
        "outcome_model": Outcome,
    }
    return TemplateResponse(request, "admin/awards/category/carry.html", context)
