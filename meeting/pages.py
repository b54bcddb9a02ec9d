"""Assembles the meeting pages (the printed brief and the Inpres 2/2021
follow-up) from selectors, the region page's data and the pure modules
``brief`` and ``followup``. No ORM query here: selectors read."""

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import segno
from django.urls import reverse
from django.utils.translation import gettext

from regions import cache, summaries
from regions import pages as region_pages
from regions.choices import RegionLevel
from regions.models import Region
from regions.sections import Citation, citations_for, record_key

from . import brief, followup, selectors
from .choices import ItemKind
from .models import InpresItem

# What one A4 page holds besides the headline numbers (a kab/kota brief
# stays on one page, a province brief on two).
BUDGETS_SHOWN = 2
OUTCOMES_SHOWN = 3


def region_meeting_section(*, region: Region, **kwargs) -> dict:
    """Context of the region page's block linking the brief and the Inpres
    follow-up (regions.sections)."""
    return {"region": region}


def since_from(text: str | None, *, today: date) -> date:
    """The date the brief measures change from: ``?sejak=YYYY-MM-DD``, else
    (or when unreadable or in the future) a year before today."""
    default = today - timedelta(days=365)
    try:
        chosen = date.fromisoformat((text or "").strip())
    except ValueError:
        return default
    return chosen if chosen <= today else default


class Refs(tuple):
    """Footnote numbers of one number on the brief ("1, 3")."""

    def __str__(self) -> str:
        return ", ".join(str(n) for n in self)


@dataclass(frozen=True)
class Note:
    number: int
    citation: Citation | None
    text: str = ""  # a computation explained, instead of a source


class Notes:
    """The small print: each distinct source numbered once."""

    def __init__(self, absolute=lambda url: url):
        self.entries: list[Note] = []
        self._numbers: dict[tuple, int] = {}
        self._absolute = absolute

    def _add(self, key: tuple, citation: Citation | None, text: str = "") -> int:
        if key not in self._numbers:
            self._numbers[key] = len(self.entries) + 1
            if citation is not None and citation.url.startswith("/"):
                citation = Citation(
                    outlet=citation.outlet,
                    title=citation.title,
                    published=citation.published,
                    published_precision=citation.published_precision,
                    url=self._absolute(citation.url.split("#", 1)[0]),
                )
            self.entries.append(Note(self._numbers[key], citation, text))
        return self._numbers[key]

    def cite(self, *citations: Citation | None) -> Refs:
        numbers = {
            self._add(("c", c.outlet, c.title, c.url.split("#", 1)[0], c.published), c)
            for c in citations
            if c is not None
        }
        return Refs(sorted(numbers))

    def explain(self, text: str) -> Refs:
        return Refs([self._add(("t", text), None, text)])


@dataclass(frozen=True)
class Numbered:
    """A record with the footnotes of its sources."""

    record: Any
    refs: Refs


@dataclass(frozen=True)
class ChildRow:
    region: Region
    percent: Decimal | None
    as_of: date | None
    verdict: str
    regulation: str | None  # the newest regulation row's state
    refs: Refs
    figure_id: int | None = None


@dataclass
class Brief:
    region: Region
    today: date
    since: date
    progress: Any
    target: Any  # CoverageTarget | None
    rate_refs: Refs
    target_refs: Refs
    gap_refs: Refs
    pace_refs: Refs
    change: brief.Change | None
    change_refs: Refs
    rank: brief.Rank | None
    rank_refs: Refs
    children: list[ChildRow]
    budgets: list[Numbered]
    budget_rule_refs: Refs
    outcomes: list[Numbered]
    inpres: list[Numbered]
    step_counts: list[followup.StepCount]
    notes: list[Note]
    permalink: str
    pdf_url: str
    qr_svg: str
    data_version: str
    reported: list[Numbered] = field(default_factory=list)  # a province's own count
    parent: Region | None = None
    figure_publisher: str = ""

    @property
    def is_province(self) -> bool:
        return self.region.level == RegionLevel.PROVINCE

    @property
    def nothing_new_since(self) -> bool:
        """The rate compared against is the current one: no newer figure
        was published after the date asked for."""
        current = self.progress.current
        return (
            self.change is not None
            and current is not None
            and (self.change.base_as_of == current.as_of)
        )


def data_version() -> str:
    """A short fingerprint of the data the brief was made from: it changes
    with every write to the dashboard's data (regions/cache.py), the key
    its cached PDF is kept under."""
    token = cache.versions()
    return hashlib.sha256(token.encode()).hexdigest()[:8]


def qr_svg(url: str) -> str:
    """The permalink as an inline SVG QR code (no image request, no script)."""
    return segno.make(url, error="m").svg_inline(omitsize=True, border=2, dark="#000")


def brief_page(code: str, *, today: date, since: date, request) -> Brief:
    """Everything the one-page brief shows. A fixed number of queries: the
    region page's data (cached), the current and compared figures, the
    kab/kota targets, follow-up rows and award outcomes, and their sources
    (one query per citation provider)."""
    region = selectors.region_for_page(code)
    page = region_pages.region_page(region, today=today)
    notes = Notes(absolute=request.build_absolute_uri)
    progress = page.progress

    rates = page.series.charted
    current_rate = rates[-1] if rates else None
    change = brief.change_since(
        rates, since, progress.current.percent if progress.current else None
    )
    child_rows = selectors.child_rows(region) if region.level == RegionLevel.PROVINCE else []
    child_targets = selectors.targets_by_id(r.region.target_id for r in child_rows)
    items = selectors.inpres_items(region)
    outcomes = selectors.award_outcomes(region, OUTCOMES_SHOWN)
    figures = selectors.figures_by_id(
        [
            current_rate.figure_id if current_rate else None,
            change.base_figure_id if change else None,
            *(r.figure.pk for r in child_rows if r.figure is not None),
        ]
    )
    target = page.target.record if page.target else None
    budgets = [row for row in page.budgets][:BUDGETS_SHOWN]
    cites = citations_for(
        [*figures.values(), *([target] if target else []), *[b.budget for b in budgets],
         *outcomes, *items]
    )  # fmt: skip

    def cite(record) -> Citation | None:
        return cites.get(record_key(record)) if record is not None else None

    current_figure = figures.get(current_rate.figure_id) if current_rate else None
    rate_refs = notes.cite(cite(current_figure))
    target_refs = notes.cite(cite(target))
    gap_refs = Refs(sorted({*rate_refs, *target_refs}))
    pace_refs = Refs()
    if progress.pace_needed is not None or progress.pace_so_far is not None:
        pace_refs = Refs(sorted({*gap_refs, *notes.explain(_text_pace())}))
    change_refs = Refs()
    if change is not None:
        change_refs = Refs(
            sorted({*rate_refs, *notes.cite(cite(figures.get(change.base_figure_id)))})
        )

    peers = selectors.peer_rows(region)
    rank = brief.rank_among(
        region.pk,
        [(r.region.pk, r.figure.percent if r.figure else None) for r in peers],
    )
    rank_refs = notes.explain(_text_rank()) if rank else Refs()

    latest = followup.latest_per_step(items)
    own = followup.ordered(i for k, i in latest.items() if k[0] == region.pk)
    children = []
    for row in child_rows:
        figure = row.figure if row.figure is not None and row.figure.percent is not None else None
        verdict = summaries.progress(
            child_targets.get(row.region.target_id), row.region.trend, today
        ).verdict
        step = latest.get((row.region.pk, ItemKind.REGULATION, ""))
        children.append(
            ChildRow(
                region=row.region,
                percent=figure.percent if figure else None,
                as_of=figure.as_of if figure else None,
                verdict=verdict,
                regulation=step.state if step else None,
                refs=Refs(),
                figure_id=figure.pk if figure else None,
            )
        )
    # Numbered in the order they are printed: laggards first.
    children = [
        replace(row, refs=notes.cite(cite(figures.get(row.figure_id)))) if row.figure_id else row
        for row in brief.laggards_first(children)
    ]
    counts = followup.count_steps([r.region.pk for r in child_rows], latest)

    permalink = request.build_absolute_uri(
        reverse("meeting:brief_print", args=[region.code]) + f"?sejak={since.isoformat()}"
    )
    return Brief(
        region=region,
        parent=region.parent if region.level in (RegionLevel.REGENCY, RegionLevel.CITY) else None,
        today=today,
        since=since,
        progress=progress,
        target=target,
        rate_refs=rate_refs,
        target_refs=target_refs,
        gap_refs=gap_refs,
        pace_refs=pace_refs,
        change=change,
        change_refs=change_refs,
        rank=rank,
        rank_refs=rank_refs,
        children=children,
        budgets=[Numbered(b, notes.cite(cite(b.budget))) for b in budgets],
        budget_rule_refs=(
            notes.explain(_text_budget())
            if any(b.budget.workers_funded is None for b in budgets)
            else Refs()
        ),
        outcomes=[Numbered(o, notes.cite(cite(o))) for o in outcomes],
        inpres=[
            Numbered(i, notes.cite(cite(i))) for i in own if i.kind != ItemKind.REGULATION_UPTAKE
        ],
        reported=[
            Numbered(i, notes.cite(cite(i))) for i in own if i.kind == ItemKind.REGULATION_UPTAKE
        ],
        step_counts=[c for c in counts if c.unrecorded < c.total],
        notes=notes.entries,
        permalink=permalink,
        pdf_url=reverse("meeting:brief_pdf", args=[region.code]) + f"?sejak={since.isoformat()}",
        qr_svg=qr_svg(permalink),
        data_version=data_version(),
        figure_publisher=current_figure.publisher if current_figure else "",
    )


def _text_pace() -> str:
    return gettext(
        "Laju yang dibutuhkan: selisih ke target dibagi sisa bulan sejak tanggal cetak. "
        "Laju sejauh ini: kemiringan garis regresi angka yang diterbitkan dalam 36 bulan "
        "terakhir (poin per bulan). Dihitung Cakupan dari angka bersumber di atas."
    )


def _text_rank() -> str:
    return gettext(
        "Peringkat: dihitung Cakupan dari angka cakupan total terakhir tiap wilayah "
        "sebanding yang terbit di Cakupan (tanggal dan penerbitnya bisa berbeda)."
    )


def _text_budget() -> str:
    return gettext(
        "Pekerja yang terlindungi: jumlah menurut sumber bila ada; bila tidak, anggaran "
        "dibagi iuran BPU minimum Rp16.800 per pekerja per bulan (PP 44/2015)."
    )


@dataclass
class InpresPage:
    region: Region
    breadcrumbs: list[Region]
    own: list[tuple[InpresItem, Citation | None]]
    history: list[tuple[InpresItem, Citation | None]]
    children: list[dict]
    counts: list[followup.StepCount]
    reported: list[tuple[InpresItem, Citation | None]]

    @property
    def is_province(self) -> bool:
        return self.region.level == RegionLevel.PROVINCE

    @property
    def any_recorded(self) -> bool:
        return any(c.unrecorded < c.total for c in self.counts)


def inpres_page(code: str) -> InpresPage:
    """The region's follow-up of Inpres 2/2021: its own steps (the newest
    row of each, and the earlier ones), and for a province the state of
    each kab/kota and the counts across them. Four queries and one per
    citation provider."""
    region = selectors.region_for_page(code)
    items = selectors.inpres_items(region)
    kids = selectors.children(region) if region.level == RegionLevel.PROVINCE else []
    cites = citations_for(items)
    latest = followup.latest_per_step(items)
    newest_ids = {i.pk for i in latest.values()}
    own_items = [i for i in items if i.region_id == region.pk]

    def cited(item):
        return (item, cites.get(record_key(item)))

    children = []
    for child in kids:
        row = {"region": child}
        dates = []
        for kind in followup.COUNTED_KINDS:
            step = latest.get((child.pk, kind, ""))
            row[kind] = step
            row[f"{kind}_rank"] = followup.state_rank(step.state if step else None)
            if step is not None:
                dates.append(step.as_of)
        groups = [i for k, i in latest.items() if k[0] == child.pk and k[1] == ItemKind.ECOSYSTEM]
        row["groups"] = sorted(groups, key=lambda i: i.group)
        row["latest"] = max(dates + [g.as_of for g in groups], default=None)
        row["done"] = sum(1 for kind in followup.COUNTED_KINDS if row[f"{kind}_rank"] == 0)
        children.append(row)

    return InpresPage(
        region=region,
        breadcrumbs=region_pages.breadcrumbs_of(region),
        own=[
            cited(i)
            for i in followup.ordered(i for i in own_items if i.pk in newest_ids)
            if i.kind != ItemKind.REGULATION_UPTAKE
        ],
        history=[
            cited(i) for i in followup.ordered(i for i in own_items if i.pk not in newest_ids)
        ],
        children=children,
        counts=followup.count_steps([c.pk for c in kids], latest),
        reported=[
            cited(i) for i in followup.ordered(own_items) if i.kind == ItemKind.REGULATION_UPTAKE
        ],
    )
