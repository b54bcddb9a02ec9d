"""Assembles the award pages from selectors, the pure ranking module and
charts. Views call one function here and render."""

from dataclasses import dataclass, field
from decimal import Decimal

from regions.models import CoverageFigure, Region
from regions.sections import Citation, citations_for, record_key

from . import access, charts, ranking, selectors
from .models import Category, Criterion, Edition, Nominee, Outcome, PanelMember


@dataclass(frozen=True)
class NomineeRow:
    nominee: Nominee
    standing: ranking.Standing
    means: list[Decimal | None]  # in the order of the category's criteria
    coverage: CoverageFigure | None = None  # government nominees only


@dataclass(frozen=True)
class CategoryBlock:
    category: Category
    criteria: list[Criterion]
    ranking: ranking.Ranking
    rows: list[NomineeRow]
    figure: dict | None
    citation: Citation | None

    @property
    def chart_id(self) -> str:
        return f"chart-category-{self.category.pk}"

    @property
    def has_descriptions(self) -> bool:
        return any(c.description for c in self.criteria)

    @property
    def complete_count(self) -> int:
        return sum(1 for r in self.rows if r.standing.complete)


@dataclass
class EditionPage:
    edition: Edition
    categories: list[CategoryBlock]
    panel: list[tuple[PanelMember, Citation | None]]
    outcomes: list[tuple[Outcome, Citation | None]]
    may_enter_scores: bool = False
    may_lock: bool = False

    def category(self, pk) -> CategoryBlock | None:
        return next((b for b in self.categories if str(b.category.pk) == str(pk)), None)


@dataclass(frozen=True)
class EditionEntry:
    edition: Edition
    outcomes: list[tuple[Outcome, Citation | None]]


@dataclass
class EditionListPage:
    editions: list[EditionEntry]
    seats: list[PanelMember] = field(default_factory=list)


def category_blocks(
    categories: list[Category],
    criteria: list[Criterion],
    nominees: list[Nominee],
    scores: list[ranking.Score],
    *,
    citations: dict | None = None,
    coverage: dict[int, CoverageFigure | None] | None = None,
) -> list[CategoryBlock]:
    """Each category with its criteria and its ranking (no query)."""
    citations = citations or {}
    coverage = coverage or {}
    blocks = []
    for category in categories:
        own_criteria = [c for c in criteria if c.category_id == category.pk]
        own_nominees = [n for n in nominees if n.category_id == category.pk]
        result = ranking.rank_category(
            [ranking.Criterion(c.pk, c.name, c.weight) for c in own_criteria],
            [ranking.Nominee(n.pk, str(n)) for n in own_nominees],
            scores,
        )
        by_id = {n.pk: n for n in own_nominees}
        rows = [
            NomineeRow(
                nominee=by_id[s.nominee_id],
                standing=s,
                means=[s.means.get(c.pk) for c in own_criteria],
                coverage=coverage.get(by_id[s.nominee_id].region_id),
            )
            for s in result.standings
        ]
        bars = [
            charts.Bar(name=s.name, rank=s.rank, total=s.total, tied=s.tied) for s in result.ranked
        ]
        blocks.append(
            CategoryBlock(
                category=category,
                criteria=own_criteria,
                ranking=result,
                rows=rows,
                figure=charts.ranking_figure(bars) if bars else None,
                citation=citations.get(record_key(category)),
            )
        )
    return blocks


def edition_page(pk: int, *, user=None) -> EditionPage:
    """Everything /paritrana/<id>/ shows. A fixed number of queries: the
    edition, its categories, criteria, nominees, scores, panel and outcomes,
    their sources (one per citation provider) and the coverage of the
    government nominees (two)."""
    edition = selectors.edition_for_page(pk)
    categories = selectors.edition_categories(edition)
    criteria = selectors.edition_criteria(edition)
    nominees = selectors.edition_nominees(edition)
    scores = selectors.edition_scores(edition)
    panel = selectors.edition_panel(edition)
    outcomes = selectors.edition_outcomes(edition)
    citations = citations_for([*categories, *panel, *outcomes])
    government = {c.pk for c in categories if c.is_government}
    coverage = selectors.latest_coverage(
        {n.region_id for n in nominees if n.region_id and n.category_id in government}
    )
    page = EditionPage(
        edition=edition,
        categories=category_blocks(
            categories, criteria, nominees, scores, citations=citations, coverage=coverage
        ),
        panel=[(m, citations.get(record_key(m))) for m in panel],
        outcomes=[(o, citations.get(record_key(o))) for o in outcomes],
    )
    if getattr(user, "is_authenticated", False):
        page.may_enter_scores = bool(access.entry_seats(user, edition))
        page.may_lock = not edition.is_locked and access.may_lock(user, edition)
    return page


def edition_list_page(*, user=None) -> EditionListPage:
    """Every edition, newest first, with the outcomes recorded for it and
    their sources. Four queries (plus one for a signed-in user's seats)."""
    editions = selectors.edition_list()
    outcomes = selectors.outcomes_of(editions)
    cites = citations_for(outcomes)
    by_edition: dict[int, list[tuple[Outcome, Citation | None]]] = {}
    for outcome in outcomes:
        by_edition.setdefault(outcome.edition_id, []).append(
            (outcome, cites.get(record_key(outcome)))
        )
    return EditionListPage(
        editions=[EditionEntry(e, by_edition.get(e.pk, [])) for e in editions],
        seats=selectors.seat_editions(user),
    )


@dataclass(frozen=True)
class Nomination:
    nominee: Nominee
    standing: ranking.Standing | None
    nominee_count: int

    @property
    def edition(self) -> Edition:
        return self.nominee.category.edition


def region_awards_section(*, region: Region, **kwargs) -> dict:
    """Context of the region page's awards section: each outcome with the
    source it was recorded from, and the region's nominations with the rank
    computed from the panel's scores (final once the edition is locked).
    Five queries at most."""
    outcomes = selectors.region_outcomes(region)
    cites = citations_for(outcomes)
    nominations = selectors.region_nominations(region)
    category_ids = {n.category_id for n in nominations}
    criteria, nominees, scores = selectors.categories_scoring(category_ids)
    blocks = {
        b.category.pk: b
        for b in category_blocks([n.category for n in nominations], criteria, nominees, scores)
    }
    rows = []
    for nominee in nominations:
        block = blocks[nominee.category_id]
        standing = next((r.standing for r in block.rows if r.nominee.pk == nominee.pk), None)
        rows.append(Nomination(nominee=nominee, standing=standing, nominee_count=len(block.rows)))
    return {
        "region": region,
        "outcomes": [(o, cites.get(record_key(o))) for o in outcomes],
        "nominations": rows,
    }


def home_awards_section(**kwargs) -> dict:
    """Context of the home page's awards section: the latest outcomes with
    their sources. Two queries."""
    outcomes = selectors.latest_outcomes()
    cites = citations_for(outcomes)
    return {"outcomes": [(o, cites.get(record_key(o))) for o in outcomes]}
