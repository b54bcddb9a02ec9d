"""Read queries for the award pages: a fixed number of queries whatever the
number of editions, categories, nominees or scores."""

from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from regions.models import CoverageFigure, Region
from regions.selectors import regions_with_latest

from . import completion, ranking
from .choices import Phase
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


def edition_list() -> list[Edition]:
    """Every edition, newest first, with its number of categories and
    nominees. One query."""
    return list(
        Edition.objects.select_related("province")
        .annotate(
            category_count=Count("categories", distinct=True),
            nominee_count=Count("categories__nominees", distinct=True),
        )
        .order_by("-year", "stage", "label", "pk")
    )


def outcomes_of(editions: list[Edition] | QuerySet[Edition]) -> list[Outcome]:
    """Outcomes of the given editions, newest edition first, then by rank.
    One query."""
    return list(
        Outcome.objects.filter(edition__in=editions)
        .select_related("edition", "category", "region")
        .order_by("-edition__year", "edition_id", "rank", "pk")
    )


def latest_outcomes(limit: int = 5) -> list[Outcome]:
    """The most recent outcomes (newest edition first). One query."""
    return list(
        Outcome.objects.select_related("edition", "category", "region").order_by(
            "-edition__year", "-awarded_on", "rank", "pk"
        )[:limit]
    )


def edition_for_page(pk: int) -> Edition:
    return get_object_or_404(Edition.objects.select_related("province", "locked_by"), pk=pk)


def edition_categories(edition: Edition) -> list[Category]:
    return list(edition.categories.order_by("id"))


def edition_criteria(edition: Edition) -> list[Criterion]:
    return list(Criterion.objects.filter(category__edition=edition).order_by("category_id", "id"))


def edition_nominees(edition: Edition) -> list[Nominee]:
    return list(
        Nominee.objects.filter(category__edition=edition)
        .select_related("region")
        .order_by("category_id", "id")
    )


def edition_scores(edition: Edition, *, seat: PanelMember | None = None) -> list[ranking.Score]:
    """The edition's scores as plain values (all members, or one seat's).
    One query."""
    scores = Score.objects.filter(criterion__category__edition=edition)
    if seat is not None:
        scores = scores.filter(panel_member=seat)
    return [
        ranking.Score(nominee_id=n, criterion_id=c, value=v)
        for n, c, v in scores.values_list("nominee_id", "criterion_id", "value")
    ]


def edition_panel(edition: Edition) -> list[PanelMember]:
    return list(edition.panel.order_by("id"))


def edition_seats(edition: Edition) -> list[PanelMember]:
    """The panel with each seat's account (the completion page and the
    minutes name who holds each seat). One query."""
    return list(edition.panel.select_related("user").order_by("id"))


def edition_outcomes(edition: Edition) -> list[Outcome]:
    return list(edition.outcomes.select_related("category", "region").order_by("rank", "pk"))


def latest_coverage(region_ids: set[int]) -> dict[int, CoverageFigure | None]:
    """Latest published total coverage figure of each region, by region id
    (the figure the region page shows first). Two queries, none when there
    is no region."""
    if not region_ids:
        return {}
    rows = regions_with_latest(Region.objects.filter(pk__in=region_ids))
    return {row.region.pk: row.figure for row in rows}


def seat_editions(user) -> list[PanelMember]:
    """The panel seats of ``user`` with their editions. One query."""
    if not getattr(user, "is_authenticated", False):
        return []
    return list(
        PanelMember.objects.filter(user=user)
        .select_related("edition")
        .order_by("-edition__year", "edition_id")
    )


def region_outcomes(region: Region) -> list[Outcome]:
    """Award outcomes of a region and, for a province, of its regencies and
    cities. One query."""
    condition = Q(region=region)
    if region.level == "province":
        condition |= Q(region__parent=region)
    return list(
        Outcome.objects.filter(condition)
        .select_related("edition", "category", "region")
        .order_by("-edition__year", "rank", "pk")
    )


def region_nominations(region: Region) -> list[Nominee]:
    """The region's nominations (as a government nominee), newest edition
    first. One query."""
    return list(
        Nominee.objects.filter(region=region)
        .select_related("category__edition")
        .order_by("-category__edition__year", "category_id")
    )


def edition_abstentions(edition: Edition) -> list[Abstention]:
    return list(
        Abstention.objects.filter(panel_member__edition=edition)
        .select_related("recorded_by")
        .order_by("panel_member_id", "nominee_id")
    )


def edition_completion(edition: Edition) -> completion.Completion:
    """Who has scored what (panel x nominees x criteria). Five queries."""
    seat_ids = list(edition.panel.order_by("id").values_list("pk", flat=True))
    nominees = list(
        Nominee.objects.filter(category__edition=edition)
        .order_by("category_id", "id")
        .values_list("pk", "category_id")
    )
    criteria: dict[int, list[int]] = {}
    interview: set[int] = set()
    for pk, category_id, phase in (
        Criterion.objects.filter(category__edition=edition)
        .order_by("id")
        .values_list("pk", "category_id", "phase")
    ):
        criteria.setdefault(category_id, []).append(pk)
        if phase == Phase.INTERVIEW:
            interview.add(pk)
    shortlisted = set(
        Nominee.objects.filter(category__edition=edition, shortlisted=True).values_list(
            "pk", flat=True
        )
    )
    scored = set(
        Score.objects.filter(criterion__category__edition=edition).values_list(
            "panel_member_id", "nominee_id", "criterion_id"
        )
    )
    abstained = set(
        Abstention.objects.filter(panel_member__edition=edition).values_list(
            "panel_member_id", "nominee_id"
        )
    )
    return completion.completion(
        seat_ids=seat_ids,
        nominees=nominees,
        criteria=criteria,
        scored=scored,
        abstained=abstained,
        interview=interview,
        shortlisted=shortlisted,
    )


def edition_tie_breaks(edition: Edition) -> dict[int, int]:
    """The plenary's tie decisions: nominee id -> position. One query."""
    return dict(
        TieBreak.objects.filter(nominee__category__edition=edition).values_list(
            "nominee_id", "position"
        )
    )


def edition_score_rows(edition: Edition) -> list[Score]:
    """Every score of the edition with its member, nominee, criterion and who
    entered it (the minutes, the completion page). One query."""
    return list(
        Score.objects.filter(criterion__category__edition=edition)
        .select_related("panel_member__user", "nominee__region", "criterion", "entered_by")
        .order_by("panel_member_id", "nominee__category_id", "nominee_id", "criterion_id")
    )


def panel_outcomes(edition: Edition) -> list[Outcome]:
    return list(
        edition.outcomes.filter(origin=OutcomeOrigin.PANEL)
        .select_related("category", "region")
        .order_by("category_id", "rank", "pk")
    )


def desk_editions(user) -> list[Edition]:
    """Editions ``user`` assesses (a seat) or organises (an organiser of the
    province; every open or recent edition for a superuser), newest first,
    with the user's seat as ``own_seat`` (or None). Two queries."""
    from regions.scoping import EDIT, region_ids_in_scope

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    seats = {s.edition_id: s for s in PanelMember.objects.filter(user=user)}
    condition = Q(pk__in=seats)
    if user.has_perm("awards.change_edition"):
        ids = region_ids_in_scope(user, EDIT)
        # National administrators: every edition that has a panel.
        condition |= Q(panel__isnull=False) if ids is None else Q(province__in=ids)
    editions = list(
        Edition.objects.filter(condition)
        .distinct()
        .select_related("province")
        .order_by("-year", "label")
    )
    for edition in editions:
        edition.own_seat = seats.get(edition.pk)
    return editions


def carry_candidates(category: Category) -> list[Outcome]:
    """Provincial first places of the national edition's year or the year
    before (provincial rounds lead into the national one), not yet carried
    into ``category``. One query."""
    year = category.edition.year
    return list(
        Outcome.objects.filter(
            rank=1, edition__stage="provincial", edition__year__in=[year, year - 1]
        )
        .exclude(carried_to__category=category)
        .select_related("edition__province", "region", "category")
        .order_by("edition__province__code", "category_id", "pk")
    )
