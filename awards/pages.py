"""Assembles the award pages from selectors, the pure ranking module and
charts. Views call one function here and render."""

from dataclasses import dataclass, field
from decimal import Decimal

from regions.models import CoverageFigure, Region
from regions.sections import Citation, citations_for, record_key

from . import access, charts, ranking, selectors
from .models import Category, Criterion, Edition, Nominee, Outcome, OutcomeOrigin, PanelMember


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

    @property
    def places(self) -> list[ranking.Standing]:
        """The ranked nominees in the places the ceremony announces (1-3)."""
        return [s for s in self.ranking.ranked if s.rank <= ranking.PLACES]

    @property
    def tied_groups(self) -> list[list[ranking.Standing]]:
        """Groups of nominees still tied in the announced places."""
        groups: dict[int, list[ranking.Standing]] = {}
        for s in self.places:
            if s.tied:
                groups.setdefault(s.rank, []).append(s)
        return list(groups.values())

    def nominee(self, pk: int) -> Nominee:
        return next(r.nominee for r in self.rows if r.nominee.pk == pk)


@dataclass(frozen=True)
class PublicCategory:
    """What the public sees of a category: its criteria, its nominees and,
    once published, its winners. No score, mean or provisional rank."""

    category: Category
    criteria: list[Criterion]
    nominees: list[Nominee]
    winners: list[Outcome]

    @property
    def weight_total(self) -> Decimal:
        return ranking.weight_sum(c.weight for c in self.criteria)


@dataclass
class EditionPage:
    edition: Edition
    categories: list[CategoryBlock]
    panel: list[tuple[PanelMember, Citation | None]]
    outcomes: list[tuple[Outcome, Citation | None]]
    may_enter_scores: bool = False
    may_lock: bool = False
    may_publish: bool = False
    show_deliberation: bool = False
    public_categories: list[PublicCategory] = field(default_factory=list)

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
    tie_breaks: dict[int, int] | None = None,
) -> list[CategoryBlock]:
    """Each category with its criteria and its ranking, ties settled by the
    plenary's recorded decisions (no query)."""
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
        if tie_breaks:
            result = ranking.apply_tie_breaks(result, tie_breaks)
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


def final_blocks(edition: Edition) -> list[CategoryBlock]:
    """The edition's ranking per category, as the publish step reads it."""
    return category_blocks(
        selectors.edition_categories(edition),
        selectors.edition_criteria(edition),
        selectors.edition_nominees(edition),
        selectors.edition_scores(edition),
        tie_breaks=selectors.edition_tie_breaks(edition),
    )


def public_edition_page(edition: Edition) -> EditionPage:
    """/paritrana/<id>/ for the public: categories, criteria, nominees and
    the outcomes (announced from the panel once published, or reported by
    sources). The panel's names only once published, or when a source
    published them. Never a score, a mean or a provisional rank. A fixed
    number of queries."""
    categories = selectors.edition_categories(edition)
    criteria = selectors.edition_criteria(edition)
    nominees = selectors.edition_nominees(edition)
    panel = selectors.edition_panel(edition)
    outcomes = selectors.edition_outcomes(edition)
    citations = citations_for([*categories, *panel, *outcomes])
    public = [
        PublicCategory(
            category=c,
            criteria=[k for k in criteria if k.category_id == c.pk],
            nominees=[n for n in nominees if n.category_id == c.pk],
            winners=[
                o for o in outcomes if o.category_id == c.pk and o.origin == OutcomeOrigin.PANEL
            ],
        )
        for c in categories
    ]
    shown_panel = [
        (m, citations.get(record_key(m)))
        for m in panel
        if edition.is_published or citations.get(record_key(m)) is not None
    ]
    return EditionPage(
        edition=edition,
        categories=[],
        panel=shown_panel,
        # The panel's announced places show in their category, above.
        outcomes=[
            (o, citations.get(record_key(o))) for o in outcomes if o.origin == OutcomeOrigin.SOURCE
        ],
        public_categories=public,
    )


def edition_page(pk: int, *, user=None) -> EditionPage:
    """Everything /paritrana/<id>/ shows. For the panel and the organisers
    (access.may_see_deliberation), a fixed number of queries: the edition,
    its categories, criteria, nominees, scores, panel and outcomes, their
    sources (one per citation provider) and the coverage of the government
    nominees (two). For everyone else, public_edition_page."""
    edition = selectors.edition_for_page(pk)
    if not access.may_see_deliberation(user, edition):
        return public_edition_page(edition)
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
            categories,
            criteria,
            nominees,
            scores,
            citations=citations,
            coverage=coverage,
            tie_breaks=selectors.edition_tie_breaks(edition),
        ),
        panel=[(m, citations.get(record_key(m))) for m in panel],
        outcomes=[(o, citations.get(record_key(o))) for o in outcomes],
    )
    page.show_deliberation = True
    page.may_enter_scores = bool(access.entry_seats(user, edition))
    page.may_lock = not edition.is_locked and access.may_lock(user, edition)
    page.may_publish = access.may_publish(user, edition)
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
    """A region's nomination, with the edition's state in words: the
    region page never shows a score or a provisional rank (its place, once
    announced, is among the outcomes)."""

    nominee: Nominee

    @property
    def edition(self) -> Edition:
        return self.nominee.category.edition


def region_awards_section(*, region: Region, **kwargs) -> dict:
    """Context of the region page's awards section: each outcome with the
    source it was recorded from (announced results of the panel included),
    and the region's nominations with their edition's state. Three queries
    at most."""
    outcomes = selectors.region_outcomes(region)
    cites = citations_for(outcomes)
    nominations = selectors.region_nominations(region)
    return {
        "region": region,
        "outcomes": [(o, cites.get(record_key(o))) for o in outcomes],
        "nominations": [Nomination(nominee=n) for n in nominations],
    }


def home_awards_section(**kwargs) -> dict:
    """Context of the home page's awards section: the latest outcomes with
    their sources. Two queries."""
    outcomes = selectors.latest_outcomes()
    cites = citations_for(outcomes)
    return {"outcomes": [(o, cites.get(record_key(o))) for o in outcomes]}


@dataclass(frozen=True)
class MatrixCell:
    seat: PanelMember
    cell: object  # completion.Cell
    missing_names: list[str]
    abstention: object | None  # models.Abstention


@dataclass(frozen=True)
class MatrixRow:
    nominee: Nominee
    cells: list[MatrixCell]


@dataclass(frozen=True)
class MatrixCategory:
    category: Category
    criteria: list[Criterion]
    rows: list[MatrixRow]


@dataclass(frozen=True)
class CompletionMatrix:
    seats: list[PanelMember]
    categories: list[MatrixCategory]
    state: object  # completion.Completion
    scores: list  # models.Score rows, with who entered them

    def seat_missing(self, seat: PanelMember) -> int:
        return self.state.seat_missing(seat.pk)


def completion_matrix(edition: Edition) -> CompletionMatrix:
    """The completion page: for each category, nominees x panel members,
    each cell saying how many criteria the member scored and which are
    missing, or the recorded abstention. A fixed number of queries."""
    seats = selectors.edition_seats(edition)
    categories = selectors.edition_categories(edition)
    criteria = selectors.edition_criteria(edition)
    nominees = selectors.edition_nominees(edition)
    abstentions = {
        (a.panel_member_id, a.nominee_id): a for a in selectors.edition_abstentions(edition)
    }
    state = selectors.edition_completion(edition)
    names = {c.pk: c.name for c in criteria}
    blocks = []
    for category in categories:
        rows = []
        for nominee in (n for n in nominees if n.category_id == category.pk):
            cells = []
            for seat in seats:
                cell = state.cell(seat.pk, nominee.pk)
                cells.append(
                    MatrixCell(
                        seat=seat,
                        cell=cell,
                        missing_names=[names[c] for c in cell.missing] if cell else [],
                        abstention=abstentions.get((seat.pk, nominee.pk)),
                    )
                )
            rows.append(MatrixRow(nominee=nominee, cells=cells))
        blocks.append(
            MatrixCategory(
                category=category,
                criteria=[c for c in criteria if c.category_id == category.pk],
                rows=rows,
            )
        )
    return CompletionMatrix(
        seats=seats, categories=blocks, state=state, scores=selectors.edition_score_rows(edition)
    )


@dataclass(frozen=True)
class DeskRow:
    edition: Edition
    seat: PanelMember | None
    secretariat: bool
    missing: int  # the user's own seat's missing scores (or all, for the secretariat)
    may_lock: bool
    may_publish: bool


def desk_rows(user) -> list[DeskRow]:
    """The desk: one row per edition the user assesses or organises. A few
    queries per edition (a person has a handful)."""
    rows = []
    for edition in selectors.desk_editions(user):
        state = selectors.edition_completion(edition)
        secretariat = access.is_secretariat(user, edition)
        seat = edition.own_seat
        missing = (
            state.missing_count if secretariat or seat is None else state.seat_missing(seat.pk)
        )
        rows.append(
            DeskRow(
                edition=edition,
                seat=seat,
                secretariat=secretariat,
                missing=missing,
                may_lock=not edition.is_locked and access.may_lock(user, edition),
                may_publish=access.may_publish(user, edition),
            )
        )
    return rows


@dataclass(frozen=True)
class MemberSheet:
    """One member's raw scores of one category: nominee -> values in the
    order of the criteria (None: not scored; abstained nominees flagged)."""

    seat: PanelMember
    rows: list[tuple[Nominee, list[Decimal | None], bool]]


@dataclass(frozen=True)
class MinutesCategory:
    block: CategoryBlock
    sheets: list[MemberSheet]


@dataclass(frozen=True)
class Minutes:
    edition: Edition
    panel: list[PanelMember]
    categories: list[MinutesCategory]
    abstentions: list
    entered_for: int  # scores typed in by the secretariat for a member

    @property
    def is_draft(self) -> bool:
        return not self.edition.is_locked


def minutes(edition: Edition) -> Minutes:
    """The minutes (berita acara): every member's raw scores per category,
    the summary ranking, the abstentions and the sign-off (the lock). A
    fixed number of queries."""
    panel = selectors.edition_seats(edition)
    categories = selectors.edition_categories(edition)
    criteria = selectors.edition_criteria(edition)
    nominees = selectors.edition_nominees(edition)
    rows = selectors.edition_score_rows(edition)
    abstentions = selectors.edition_abstentions(edition)
    abstained = {(a.panel_member_id, a.nominee_id) for a in abstentions}
    values = {(s.panel_member_id, s.nominee_id, s.criterion_id): s.value for s in rows}
    scores = [ranking.Score(s.nominee_id, s.criterion_id, s.value) for s in rows]
    blocks = category_blocks(
        categories, criteria, nominees, scores, tie_breaks=selectors.edition_tie_breaks(edition)
    )
    result = []
    for block in blocks:
        own_nominees = [n for n in nominees if n.category_id == block.category.pk]
        sheets = [
            MemberSheet(
                seat=seat,
                rows=[
                    (
                        n,
                        [values.get((seat.pk, n.pk, c.pk)) for c in block.criteria],
                        (seat.pk, n.pk) in abstained,
                    )
                    for n in own_nominees
                ],
            )
            for seat in panel
        ]
        result.append(MinutesCategory(block=block, sheets=sheets))
    return Minutes(
        edition=edition,
        panel=panel,
        categories=result,
        abstentions=abstentions,
        entered_for=sum(1 for s in rows if s.entered_for_member),
    )
