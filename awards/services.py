"""Writes in the awards app.

Score writes go through ``scores_save`` only (the admin's score entry page
calls it; the Score admin is read-only), so the lock and the "own seat
only" rule hold on every path. Criteria written outside the Category admin
go through ``criteria_set``, which refuses weights that do not total 100 %:
the database cannot express that rule (it spans rows).
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from regions.formatting import percent_id
from regions.models import Region
from regions.services import region_grant, upsert

from . import access
from .choices import GOVERNMENT_CATEGORIES, CategoryKind, Phase, Stage
from .models import (
    Abstention,
    Category,
    Criterion,
    Edition,
    Nominee,
    Outcome,
    OutcomeOrigin,
    PanelMember,
    Score,
    TieBreak,
)
from .ranking import SCORE_MAX, SCORE_MIN, weight_sum, weights_valid

LOCKED_MESSAGE = _("Penilaian “%(edition)s” sudah dikunci; nilai tidak bisa diubah lagi.")
WEIGHTS_MESSAGE = _(
    "Bobot kriteria kategori “%(category)s” berjumlah %(total)s; jumlahnya harus tepat 100 %%."
)
REASON_MESSAGE = _("Tuliskan alasan membuka kunci penilaian.")
SCORE_RANGE_MESSAGE = _("Nilai harus antara 0 dan 100, paling banyak dua angka desimal.")
SCORE_TARGET_MESSAGE = _("Nomine dan kriteria ini bukan bagian dari edisi penilai ini.")
LOCK_REASON = "Penilaian dikunci"
PUBLISH_REASON = "Hasil diumumkan"
INTERVIEW_MESSAGE = _("Nilai wawancara hanya untuk nomine dalam daftar pendek rapat pleno.")
TIE_GROUP_MESSAGE = _(
    "Keputusan seri harus mengurutkan tepat nomine yang seri di peringkat yang sama."
)
SHORTLIST_MESSAGE = _(
    "Kategori “%(category)s” punya kriteria wawancara tetapi rapat pleno belum menetapkan "
    "daftar pendek."
)
TIE_REASON_MESSAGE = _("Tuliskan alasan keputusan rapat pleno.")
CARRY_MESSAGE = _(
    "Hanya juara 1 tingkat provinsi yang maju ke edisi nasional, ke kategori yang cocok."
)
INCOMPLETE_MESSAGE = _(
    "Penilaian belum lengkap: %(missing)s nilai belum diisi. Isi nilainya, atau catat "
    "anggota yang abstain untuk nomine itu, sebelum mengunci."
)
NOT_LOCKED_MESSAGE = _("Kunci penilaian dulu; hanya hasil yang sudah dikunci yang diumumkan.")
PUBLISHED_MESSAGE = _("Hasil “%(edition)s” sudah diumumkan; kuncinya tidak bisa dibuka lagi.")
UNRESOLVED_TIE_MESSAGE = _(
    "Kategori “%(category)s”: %(names)s seri di peringkat %(rank)s. Catat keputusan rapat "
    "pleno (urutan dan alasannya) sebelum mengumumkan."
)

ORGANISER_GROUP = "Panitia Paritrana"
ORGANISER_PERMISSIONS: list[tuple[str, tuple[str, ...]]] = [
    ("edition", ("add", "change", "view")),
    ("category", ("add", "change", "delete", "view")),
    ("criterion", ("add", "change", "delete", "view")),
    ("nominee", ("add", "change", "delete", "view")),
    ("panelmember", ("add", "change", "delete", "view")),
    ("outcome", ("add", "change", "delete", "view")),
    ("evidence", ("add", "change", "delete", "view")),
    ("score", ("view",)),
]


class EditionLocked(Exception):
    """A write reached an edition whose assessment is locked."""

    def __init__(self, edition: Edition):
        self.edition = edition
        super().__init__(gettext(LOCKED_MESSAGE) % {"edition": edition.label})


def weights_message(*, category_name: str, weights: Iterable[Decimal]) -> str:
    return gettext(WEIGHTS_MESSAGE) % {
        "category": category_name,
        "total": percent_id(weight_sum(weights)),
    }


def _locked_edition(edition_id: int) -> Edition:
    """The edition row, locked for the transaction (PostgreSQL), so a lock
    and a score write cannot interleave."""
    return Edition.objects.select_for_update().get(pk=edition_id)


# ---- editions, categories, panel, outcomes (seed and admin) ----------------------


def edition_upsert(*, values: dict[str, Any]) -> Edition:
    values = dict(values)
    province = values.pop("province")
    province_region = Region.objects.get(code=province) if province else None
    lookup = {"year": values.pop("year"), "stage": values.pop("stage"), "province": province_region}
    edition, _created, _changed = upsert(Edition, lookup=lookup, values=values)
    return edition


def category_upsert(*, edition: Edition, kind: str, name: str, sector: str = "") -> Category:
    category, _created, _changed = upsert(
        Category, lookup={"edition": edition, "name": name}, values={"kind": kind, "sector": sector}
    )
    return category


def panel_member_upsert(*, edition: Edition, role: str, seat: str, **values: Any) -> PanelMember:
    member, _created, _changed = upsert(
        PanelMember, lookup={"edition": edition, "role": role, "seat": seat}, values=values
    )
    return member


def outcome_upsert(
    *, edition: Edition, region: Region | None, title: str, **values: Any
) -> Outcome:
    """A result as a source reported it. A result recorded means the
    edition's results were announced: its rankings read as final."""
    outcome, _created, _changed = upsert(
        Outcome, lookup={"edition": edition, "region": region, "title": title}, values=values
    )
    _mark_announced(edition)
    return outcome


def _mark_announced(edition: Edition) -> None:
    if not edition.results_announced:
        edition.results_announced = True
        edition.save(update_fields=["results_announced"])


def edition_label(*, year: int, stage: str, province: Region | None) -> str:
    if stage == Stage.NATIONAL or province is None:
        return gettext("Paritrana Award %(year)s (tingkat nasional)") % {"year": year}
    return gettext("Paritrana Award %(year)s %(province)s") % {
        "year": year,
        "province": province.name,
    }


OUTCOME_RANK_MESSAGE = _(
    "Hasil ini sudah tercatat untuk %(winner)s di %(edition)s dengan peringkat %(rank)s; "
    "sumber ini menyebut peringkat %(new)s. Periksa lalu ubah di admin bila perlu."
)


@dataclass(frozen=True)
class OutcomeResult:
    outcome: Outcome
    created: bool
    edition_created: bool


@transaction.atomic
def outcome_record_from_source(
    *,
    year: int,
    stage: str,
    province: Region | None,
    region: Region | None,
    rank: int | None,
    title: str,
    for_year: int | None = None,
    zone: str = "",
    organisation: str = "",
    source: Mapping[str, Any],
    user=None,
) -> OutcomeResult:
    """Record a result a source reported, with its quote, creating the
    edition (year, stage, province) on the way when it is missing. The same
    winner, edition, title and zone again is the same result: it is returned
    as it is when the rank agrees, refused when the rank differs. Marks the
    edition's results as announced."""
    if stage == Stage.NATIONAL:
        province = None
    elif province is None:
        raise ValidationError(
            {"edition_province": _("Edisi tingkat provinsi perlu provinsi penyelenggara.")}
        )
    edition = Edition.objects.filter(year=year, stage=stage, province=province).first()
    edition_created = edition is None
    if edition is None:
        edition = Edition(
            year=year,
            stage=stage,
            province=province,
            label=edition_label(year=year, stage=stage, province=province),
            results_announced=True,
        )
        edition.full_clean()
        edition._history_user = user  # the edition's history names who recorded it
        edition.save()
    existing = Outcome.objects.filter(
        edition=edition, region=region, organisation=organisation, title=title, zone=zone
    ).first()
    if existing is not None:
        if existing.rank != rank:
            raise ValidationError(
                {
                    "value": ValidationError(
                        OUTCOME_RANK_MESSAGE,
                        code="outcome_rank",
                        params={
                            "winner": region or organisation,
                            "edition": edition.label,
                            "rank": existing.rank or "–",
                            "new": rank or "–",
                        },
                    )
                }
            )
        _mark_announced(edition)
        return OutcomeResult(outcome=existing, created=False, edition_created=False)
    outcome = Outcome(
        edition=edition,
        region=region,
        organisation=organisation,
        rank=rank,
        for_year=for_year,
        zone=zone,
        title=title,
        source_outlet=source.get("outlet", "")[:120],
        source_title=source.get("title", "")[:300],
        source_url=source.get("url", ""),
        source_date=source.get("date"),
        quote=source.get("quote", ""),
    )
    outcome.full_clean()
    outcome.save()
    _mark_announced(edition)
    return OutcomeResult(outcome=outcome, created=True, edition_created=edition_created)


def panel_seat_users_enable(members: Iterable[PanelMember]) -> int:
    """Give the accounts linked to panel seats a staff login (the score
    entry page lives in the admin). They get no model permission from this.
    Returns how many accounts changed."""
    changed = 0
    for member in members:
        user = member.user
        if user is not None and not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
            changed += 1
    return changed


# ---- criteria ----------------------------------------------------------------------


@transaction.atomic
def criteria_set(*, category: Category, criteria: Sequence[tuple[str, Decimal]]) -> list[Criterion]:
    """Make the category's criteria exactly ``criteria`` ((name, weight)
    pairs, in order): existing names are updated, new ones created, the rest
    deleted (with their scores). Refused when the weights do not total
    100 % or the edition is locked."""
    edition = _locked_edition(category.edition_id)
    if edition.is_locked:
        raise EditionLocked(edition)
    weights = [Decimal(weight) for _name, weight in criteria]
    if not weights_valid(weights):
        raise ValidationError(weights_message(category_name=category.name, weights=weights))
    kept = []
    for name, weight in criteria:
        criterion, _created, _changed = upsert(
            Criterion, lookup={"category": category, "name": name}, values={"weight": weight}
        )
        kept.append(criterion)
    category.criteria.exclude(pk__in=[c.pk for c in kept]).delete()
    return kept


# ---- scores ------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreChanges:
    created: int = 0
    updated: int = 0
    deleted: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.deleted


def _check_value(value: Decimal) -> None:
    if not (SCORE_MIN <= value <= SCORE_MAX) or value.as_tuple().exponent < -2:
        raise ValidationError(SCORE_RANGE_MESSAGE)


@transaction.atomic
def scores_save(
    *,
    seat: PanelMember,
    values: Mapping[tuple[int, int], Decimal | None],
    user,
) -> ScoreChanges:
    """Write one panel member's scores: ``values`` maps (nominee id,
    criterion id) to a score, or None to clear it. Only what changed is
    written, each change with a history row naming ``user``.

    Raises EditionLocked when the edition is locked, PermissionDenied when
    ``user`` may not write for ``seat``, ValidationError for a score out of
    range or a nominee/criterion outside the seat's edition."""
    edition = _locked_edition(seat.edition_id)
    if edition.is_locked:
        raise EditionLocked(edition)
    if not access.may_enter_for(user, seat):
        raise PermissionDenied
    nominee_ids = {n for n, _c in values}
    criterion_ids = {c for _n, c in values}
    nominee_category = dict(
        Nominee.objects.filter(pk__in=nominee_ids, category__edition=edition).values_list(
            "pk", "category_id"
        )
    )
    criterion_category = dict(
        Criterion.objects.filter(pk__in=criterion_ids, category__edition=edition).values_list(
            "pk", "category_id"
        )
    )
    interview = set(
        Criterion.objects.filter(pk__in=criterion_ids, phase=Phase.INTERVIEW).values_list(
            "pk", flat=True
        )
    )
    shortlisted = set(
        Nominee.objects.filter(pk__in=nominee_ids, shortlisted=True).values_list("pk", flat=True)
    )
    for (nominee_id, criterion_id), value in values.items():
        category_id = nominee_category.get(nominee_id)
        if category_id is None or criterion_category.get(criterion_id) != category_id:
            raise ValidationError(SCORE_TARGET_MESSAGE)
        if value is not None:
            _check_value(Decimal(value))
            if criterion_id in interview and nominee_id not in shortlisted:
                raise ValidationError(INTERVIEW_MESSAGE, code="not_shortlisted")
    existing = {
        (s.nominee_id, s.criterion_id): s
        for s in Score.objects.filter(
            panel_member=seat, nominee_id__in=nominee_ids, criterion_id__in=criterion_ids
        )
    }
    created = updated = deleted = 0
    for (nominee_id, criterion_id), value in sorted(values.items()):
        current = existing.get((nominee_id, criterion_id))
        if value is None:
            if current is not None:
                current._history_user = user
                current.delete()
                deleted += 1
        elif current is None:
            score = Score(
                nominee_id=nominee_id,
                criterion_id=criterion_id,
                panel_member=seat,
                value=Decimal(value),
                entered_by=user,
            )
            score._history_user = user
            score.save()
            created += 1
        elif current.value != Decimal(value):
            current.value = Decimal(value)
            current.entered_by = user
            current._history_user = user
            current.save(update_fields=["value", "entered_by"])
            updated += 1
    return ScoreChanges(created=created, updated=updated, deleted=deleted)


def score_set(
    *, seat: PanelMember, nominee: Nominee, criterion: Criterion, value: Decimal | None, user
) -> ScoreChanges:
    return scores_save(seat=seat, values={(nominee.pk, criterion.pk): value}, user=user)


# ---- lock --------------------------------------------------------------------------


@transaction.atomic
def edition_lock(*, edition: Edition, user) -> Edition:
    """Close the assessment: from now on no score of the edition can be
    written. Allowed to the panel's chair or secretary, the edition's
    organisers and superusers. Locking a locked edition changes nothing."""
    if not access.may_lock(user, edition):
        raise PermissionDenied
    locked = _locked_edition(edition.pk)
    if not locked.is_locked:
        from .selectors import edition_completion

        undecided = (
            Category.objects.filter(edition=locked, criteria__phase=Phase.INTERVIEW)
            .exclude(nominees__shortlisted=True)
            .distinct()
        )
        for category in undecided:
            raise ValidationError(
                SHORTLIST_MESSAGE, code="no_shortlist", params={"category": category.name}
            )
        state = edition_completion(locked)
        if not state.complete:
            raise ValidationError(
                INCOMPLETE_MESSAGE,
                code="incomplete",
                params={"missing": state.missing_count},
            )
        locked.is_locked = True
        locked.locked_at = timezone.now()
        locked.locked_by = user
        locked._history_user = user
        locked._change_reason = LOCK_REASON
        locked.save(update_fields=["is_locked", "locked_at", "locked_by"])
    edition.refresh_from_db()
    return edition


@transaction.atomic
def edition_unlock(*, edition: Edition, user, reason: str) -> Edition:
    """Reopen a locked assessment. Superusers (national administrators)
    only, with a reason, which the edition's history keeps."""
    if not access.may_unlock(user):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(REASON_MESSAGE)
    unlocked = _locked_edition(edition.pk)
    if unlocked.is_published:
        raise ValidationError(PUBLISHED_MESSAGE, params={"edition": unlocked.label})
    if unlocked.is_locked:
        unlocked.is_locked = False
        unlocked.locked_at = None
        unlocked.locked_by = None
        unlocked._history_user = user
        unlocked._change_reason = f"Kunci dibuka: {reason}"
        unlocked.save(update_fields=["is_locked", "locked_at", "locked_by"])
    edition.refresh_from_db()
    return edition


# ---- abstentions ------------------------------------------------------------------


@transaction.atomic
def abstention_record(*, seat: PanelMember, nominee: Nominee, reason: str, user) -> Abstention:
    """The secretariat records that ``seat`` does not score ``nominee``
    (with a reason); the member's scores of that nominee, if any, are
    removed (history keeps them). Refused once the edition is locked."""
    edition = _locked_edition(seat.edition_id)
    if edition.is_locked:
        raise EditionLocked(edition)
    if not access.is_secretariat(user, edition):
        raise PermissionDenied
    if nominee.category.edition_id != edition.pk:
        raise ValidationError(SCORE_TARGET_MESSAGE)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Tuliskan alasan anggota ini abstain."))
    for score in Score.objects.filter(panel_member=seat, nominee=nominee):
        score._history_user = user
        score.delete()
    abstention, _created = Abstention.objects.update_or_create(
        panel_member=seat, nominee=nominee, defaults={"reason": reason, "recorded_by": user}
    )
    return abstention


# ---- stages: shortlist, tie-breaks, carrying winners forward -------------------------


@transaction.atomic
def shortlist_set(*, category: Category, nominees: Iterable[Nominee], user) -> int:
    """The plenary's shortlist after document scoring: only these nominees
    take interview scores. Interview scores of nominees taken off the list
    are removed (history keeps them). Returns the shortlist's size."""
    edition = _locked_edition(category.edition_id)
    if edition.is_locked:
        raise EditionLocked(edition)
    if not access.may_lock(user, edition):
        raise PermissionDenied
    chosen = {n.pk for n in nominees}
    if not chosen <= set(category.nominees.values_list("pk", flat=True)):
        raise ValidationError(SCORE_TARGET_MESSAGE)
    category.nominees.filter(pk__in=chosen).update(shortlisted=True)
    category.nominees.exclude(pk__in=chosen).update(shortlisted=False)
    for score in Score.objects.filter(
        criterion__category=category, criterion__phase=Phase.INTERVIEW
    ).exclude(nominee_id__in=chosen):
        score._history_user = user
        score.delete()
    from regions.cache import bump_data_version

    bump_data_version()  # update() sends no signal
    return len(chosen)


@transaction.atomic
def tie_break_record(*, category: Category, order: Sequence[Nominee], reason: str, user):
    """The plenary's decision on a tie, after the lock: ``order`` is the
    tied group (all nominees sharing one rank), first place first."""
    from . import pages

    edition = _locked_edition(category.edition_id)
    if not access.may_lock(user, edition):
        raise PermissionDenied
    if not edition.is_locked or edition.is_published:
        raise ValidationError(NOT_LOCKED_MESSAGE, code="not_locked")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(TIE_REASON_MESSAGE)
    block = next(b for b in pages.final_blocks(edition) if b.category.pk == category.pk)
    wanted = {n.pk for n in order}
    groups = {}
    for standing in block.ranking.ranked:
        groups.setdefault(standing.rank, set()).add(standing.nominee_id)
    if len(order) < 2 or wanted not in [g for g in groups.values() if len(g) > 1]:
        raise ValidationError(TIE_GROUP_MESSAGE)
    TieBreak.objects.filter(nominee__in=order).delete()
    return [
        TieBreak.objects.create(nominee=n, position=i, reason=reason, decided_by=user)
        for i, n in enumerate(order, start=1)
    ]


@transaction.atomic
def carry_to_national(*, outcome: Outcome, category: Category, user) -> Nominee:
    """A provincial first place becomes a nominee of a national edition's
    category (recorded as carried from that outcome)."""
    edition = _locked_edition(category.edition_id)
    if edition.is_locked:
        raise EditionLocked(edition)
    if not access.is_organiser(user, edition):
        raise PermissionDenied
    if (
        outcome.rank != 1
        or outcome.edition.stage != Stage.PROVINCIAL
        or edition.stage != Stage.NATIONAL
    ):
        raise ValidationError(CARRY_MESSAGE)
    region = outcome.region
    if category.kind in GOVERNMENT_CATEGORIES:
        wanted = "province" if category.kind == CategoryKind.PROVINCIAL_GOVERNMENT else "local"
        level = "province" if region is not None and region.level == "province" else "local"
        if region is None or wanted != level:
            raise ValidationError(CARRY_MESSAGE)
    nominee = Nominee(
        category=category,
        region=region if category.kind in GOVERNMENT_CATEGORIES else None,
        organisation="" if category.kind in GOVERNMENT_CATEGORIES else outcome.organisation,
        carried_from=outcome,
    )
    nominee.full_clean()
    nominee.save()
    return nominee


# ---- publishing ---------------------------------------------------------------------


@transaction.atomic
def edition_publish(*, edition: Edition, user) -> list[Outcome]:
    """Announce a locked edition's results: the first three places of each
    category become outcomes (origin "panel", the nominee, the place), which
    the award and region pages show with their source; the edition records
    who published and when. Refused before the lock and while a tie touches
    the first three places without the plenary's recorded decision.
    Outcomes reported by sources are left as they are. Publishing twice
    changes nothing."""
    from . import pages

    locked = _locked_edition(edition.pk)
    if not access.may_lock(user, locked):
        raise PermissionDenied
    if not locked.is_locked:
        raise ValidationError(NOT_LOCKED_MESSAGE, code="not_locked")
    if locked.is_published:
        return list(locked.outcomes.filter(origin=OutcomeOrigin.PANEL))
    blocks = pages.final_blocks(locked)
    created = []
    for block in blocks:
        for standing in block.places:
            if standing.tied:
                raise ValidationError(
                    UNRESOLVED_TIE_MESSAGE,
                    code="tie",
                    params={
                        "category": block.category.name,
                        "names": ", ".join(s.name for s in block.places if s.rank == standing.rank),
                        "rank": standing.rank,
                    },
                )
        for standing in block.places:
            nominee = block.nominee(standing.nominee_id)
            outcome = Outcome(
                edition=locked,
                category=block.category,
                region=nominee.region,
                organisation=nominee.organisation,
                nominee=nominee,
                rank=standing.rank,
                title=gettext("Juara %(category)s") % {"category": block.category.name},
                origin=OutcomeOrigin.PANEL,
                awarded_on=locked.ceremony_date,
                venue=locked.ceremony_venue,
                source_title=gettext("Hasil penilaian tim penilai %(edition)s")
                % {"edition": locked.label},
                source_date=timezone.localdate(),
            )
            outcome.full_clean()
            outcome.save()
            created.append(outcome)
    locked.published_at = timezone.now()
    locked.published_by = user
    locked.results_announced = True
    locked._history_user = user
    locked._change_reason = PUBLISH_REASON
    locked.save(update_fields=["published_at", "published_by", "results_announced"])
    edition.refresh_from_db()
    return created


# ---- organisers ------------------------------------------------------------------


def organiser_group():
    """The auth group of award organisers, with its permissions (no score
    writes: scores come only from panel members)."""
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.get_or_create(name=ORGANISER_GROUP)
    wanted = Permission.objects.none()
    for model, actions in ORGANISER_PERMISSIONS:
        wanted |= Permission.objects.filter(
            content_type__app_label="awards",
            codename__in=[f"{action}_{model}" for action in actions],
        )
    group.permissions.set(wanted)
    return group


@transaction.atomic
def organiser_grant(*, user, province: Region):
    """Let ``user`` organise the awards of ``province``: an editor scope over
    it (regions) and the organiser group. Idempotent."""
    scope, _created = region_grant(user=user, region=province, role="editor")
    user.groups.add(organiser_group())
    return scope
