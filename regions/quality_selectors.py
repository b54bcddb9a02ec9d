"""Reads for the data-quality checks, and their messages. The math is in
regions/quality.py (pure); this module loads what it reads, one query per
call, and words what it finds.

- ``history_warning_for(figure)``: the admin form's warning after a save;
- ``add_history_warnings(outcomes)``: the import preview's warnings, one
  query for the whole file;
- ``review_page(user=..., today=...)``: the "Kualitas data" page for
  reviewers, scoped to their regions.
"""

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import (
    Case,
    DecimalField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from . import cache, formatting, quality
from .choices import RecordStatus
from .freshness import CADENCE_MONTHS, MONTHLY
from .models import CoverageFigure, Region
from .scoping import REVIEW, region_ids_in_scope
from .series import BPS_BASED

PUBLISHED = RecordStatus.PUBLISHED
# Saved without a source (the "published" work of issue 12 adds it).
UNVERIFIED = getattr(RecordStatus, "UNVERIFIED", None)
# Each list on the review page shows the findings that matter most.
SHOWN_PER_KIND = 50
# Figures dated in the last REVIEW_YEARS are checked against their history
# (older ones are history only): they are what the pages show and what
# moves them. Older figures come back when they contradict their own counts,
# wait for a source, or are a region's newest (stale).
REVIEW_YEARS = 1

FACT_FIELDS = [
    "pk",
    "region_id",
    "segment",
    "as_of",
    "percent",
    "covered",
    "eligible",
    "publisher_kind",
    "status",
]


def _facts(row) -> quality.FigureFacts:
    pk, region_id, segment, as_of, percent, covered, eligible, kind, status = row
    return quality.FigureFacts(
        pk=pk,
        region_id=region_id,
        segment=segment,
        as_of=as_of,
        percent=percent,
        covered=covered,
        eligible=eligible,
        publisher_kind=kind,
        published=status == PUBLISHED,
        unsourced=UNVERIFIED is not None and status == UNVERIFIED,
    )


# ---- history of the series a new figure joins ------------------------------------------


def _family(publisher_kind: str) -> bool:
    return publisher_kind in BPS_BASED


def published_history(
    keys: set[tuple[int, str, bool]],
) -> dict[tuple[int, str, bool], list[tuple[date, Decimal]]]:
    """The published (date, rate) history of each (region id, segment, BPS
    family) series, oldest first. One query, whatever the number of series."""
    history: dict[tuple[int, str, bool], list[tuple[date, Decimal]]] = {}
    if not keys:
        return history
    region_ids = {k[0] for k in keys}
    segments = {k[1] for k in keys}
    rows = (
        CoverageFigure.objects.filter(
            status=PUBLISHED, region_id__in=region_ids, segment__in=segments
        )
        .order_by("as_of", "pk")
        .values_list(*FACT_FIELDS)
    )
    for row in rows:
        facts = _facts(row)
        if facts.series in keys and facts.rate is not None:
            history.setdefault(facts.series, []).append((facts.as_of, facts.rate))
    return history


def _unusual(figure, history) -> quality.Unusual | None:
    if figure.region_id is None or figure.as_of is None:
        return None
    rate = figure.percent if figure.percent is not None else figure.computed_percent
    key = (figure.region_id, figure.segment, _family(figure.publisher_kind))
    return quality.unusual_against_history(
        value=rate, at=figure.as_of, history=history.get(key, [])
    )


def _range_text(expected: quality.ExpectedRange, language: str) -> str:
    # "12–15 %": the sign once, at the end.
    low = formatting.percent_id(expected.low, language).removesuffix("%").rstrip()
    high = formatting.percent_id(expected.high, language)
    return high if expected.low == expected.high else f"{low}–{high}"


def describe_unusual(unusual: quality.Unusual) -> str:
    """The warning in words: "jauh di atas riwayat wilayah ini: 12–15 %
    selama 3 tahun ..."."""
    expected = unusual.expected
    language = (get_language() or "id")[:2]
    values = {
        "range": _range_text(expected, language),
        "years": expected.years,
        "count": expected.count,
        "value": formatting.percent_id(unusual.value, language),
        "limit": formatting.percent_id(
            expected.ceiling if unusual.direction == quality.ABOVE else expected.floor, language
        ),
    }
    if unusual.direction == quality.ABOVE:
        text = gettext(
            "%(value)s jauh di atas riwayat wilayah ini: %(range)s selama %(years)s tahun "
            "(%(count)s angka); wajarnya paling tinggi %(limit)s. Periksa lagi sumbernya "
            "sebelum terbit."
        )
    else:
        text = gettext(
            "%(value)s jauh di bawah riwayat wilayah ini: %(range)s selama %(years)s tahun "
            "(%(count)s angka); wajarnya paling rendah %(limit)s. Periksa lagi sumbernya "
            "sebelum terbit."
        )
    return text % values


def history_warning_for(record) -> str:
    """The history warning for a saved coverage figure ("" for anything
    else, or when the figure fits its history). One query."""
    if not isinstance(record, CoverageFigure):
        return ""
    key = (record.region_id, record.segment, _family(record.publisher_kind))
    unusual = _unusual(record, published_history({key}))
    return describe_unusual(unusual) if unusual else ""


def add_history_warnings(outcomes) -> None:
    """Set ``history_warning`` on each import outcome whose figure (new or
    changed) falls outside its series' history. One query for the file."""
    figures = [
        (outcome, outcome.form.instance)
        for outcome in outcomes
        if outcome.action != "same" and outcome.form is not None
    ]
    keys = {
        (f.region_id, f.segment, _family(f.publisher_kind))
        for _o, f in figures
        if f.region_id is not None
    }
    history = published_history(keys)
    for outcome, figure in figures:
        unusual = _unusual(figure, history)
        if unusual is not None:
            outcome.history_warning = describe_unusual(unusual)


# ---- the reviewers' page ---------------------------------------------------------------


def may_review(user) -> bool:
    """Logged-in staff with a review (or edit) scope, or national admins."""
    if not (getattr(user, "is_authenticated", False) and user.is_active and user.is_staff):
        return False
    ids = region_ids_in_scope(user, REVIEW)
    return ids is None or bool(ids)


@dataclass(frozen=True)
class ReviewRow:
    finding: quality.Finding
    region: Region
    figure: CoverageFigure
    message: str = ""


@dataclass
class ReviewPage:
    lists: list[tuple[str, str, str, list[ReviewRow], int]]  # kind, title, help, rows, total
    regions_checked: int
    national: bool

    @property
    def first_open(self) -> str | None:
        """The list shown open: the first with findings (the others are
        collapsed so that a phone sees every list's name and count first)."""
        return next((kind for kind, _t, _h, rows, _n in self.lists if rows), None)


KIND_TEXT = {
    quality.UNUSUAL: (
        _("Angka tidak biasa"),
        _(
            "Di luar rentang riwayat wilayah dan segmennya sendiri (tiga tahun terakhir, "
            "ditambah kelonggaran). Diurutkan menurut berapa poin angka ini menggeser angka "
            "terbit sebelumnya."
        ),
    ),
    quality.CONTRADICTORY: (
        _("Jumlah dan persen tidak cocok"),
        _(
            "Persen yang dikutip berbeda lebih dari pembulatan dengan hitungan ulang dari "
            "jumlah peserta dan penyebutnya. Diurutkan menurut selisihnya."
        ),
    ),
    quality.STALE: (
        _("Data usang"),
        _(
            "Angka terbaru wilayah sudah lebih tua dari dua kali jarak rilis penerbitnya "
            "(BPJS Ketenagakerjaan bulanan; BPS/Sakernas dan lainnya tahunan). Diurutkan "
            "menurut berapa bulan lewat dari itu."
        ),
    ),
    quality.UNSOURCED: (
        _("Belum bersumber"),
        _(
            "Tersimpan tanpa sumber, jadi belum tampil di halaman publik. Diurutkan menurut "
            "berapa poin angka ini akan menggeser angka terbit bila diterbitkan."
        ),
    ),
}


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def review_figures(user, *, since: date) -> list[tuple]:
    """The figures of the reviewer's regions the checks read, as rows for
    ``quality.FigureFacts``: those dated from ``since`` and the history
    window before it, every unsourced one, every one whose counts may
    contradict its percent (narrowed in SQL, decided by quality.py), and
    each region's newest published figure. One query (plus the scope
    lookup), whatever the length of the history."""
    ids = region_ids_in_scope(user, REVIEW)
    figures = CoverageFigure.objects.all()
    regions = Region.objects.all()
    if ids is not None:
        figures = figures.filter(region_id__in=ids)
        regions = regions.filter(pk__in=ids)
    newest = published_figures_of(OuterRef("pk")).order_by(*_newest_first())
    newest_ids = regions.annotate(newest=Subquery(newest.values("pk")[:1])).values("newest")
    # Rounding aside, quoted and recomputed rates differ by more than half a
    # point; the SQL test keeps a margin, quality.percent_mismatch decides.
    recomputed = ExpressionWrapper(
        F("covered") * Decimal("100.0") / F("eligible"), output_field=DecimalField()
    )
    maybe_contradictory = Q(covered__isnull=False, eligible__gt=0, percent__isnull=False) & (
        Q(percent__gt=recomputed + Decimal("0.49")) | Q(percent__lt=recomputed - Decimal("0.49"))
    )
    statuses = [PUBLISHED] + ([UNVERIFIED] if UNVERIFIED is not None else [])
    wanted = (
        Q(as_of__gte=_years_before(since, quality.HISTORY_YEARS))
        | Q(pk__in=newest_ids)
        | maybe_contradictory
    )
    if UNVERIFIED is not None:
        wanted |= Q(status=UNVERIFIED)
    return list(figures.filter(wanted, status__in=statuses).values_list(*FACT_FIELDS))


def published_figures_of(region):
    return CoverageFigure.objects.filter(status=PUBLISHED, region=region)


def _newest_first() -> list:
    """Newest date first; on one date the publisher that releases most
    often (BPJS offices), as the region page's freshness line chooses."""
    monthly = [kind for kind, months in CADENCE_MONTHS.items() if months == MONTHLY]
    return [
        "-as_of",
        Case(When(publisher_kind__in=monthly, then=Value(0)), default=Value(1)),
        "pk",
    ]


def review_page(*, user, today: date) -> ReviewPage:
    """The reviewers' "Kualitas data" page: what to look at first in the
    regions the user reviews. The findings are cached per scope and day
    until the next write (a miss reads the figures in one query); the shown
    figures and their regions are one more query."""
    ids = region_ids_in_scope(user, REVIEW)
    scope = "all" if ids is None else hashlib.sha256(repr(sorted(ids)).encode()).hexdigest()

    def build() -> tuple[dict[str, list[quality.Finding]], int]:
        since = _years_before(today, REVIEW_YEARS)
        rows = review_figures(user, since=since)
        facts = [_facts(r) for r in rows]
        return quality.review_findings(facts, today=today, since=since), len(
            {f.region_id for f in facts}
        )

    # Reading and checking every figure of the country takes seconds: kept
    # until the next write (the data version is part of the key) or the next day.
    found, regions_checked = cache.cached("quality_review", scope, today.isoformat(), build=build)
    shown = {kind: items[:SHOWN_PER_KIND] for kind, items in found.items()}
    wanted = {f.figure.pk for items in shown.values() for f in items}
    records = CoverageFigure.objects.select_related("region__parent").in_bulk(wanted)
    lists = []
    for kind in quality.FINDING_KINDS:
        title, help_text = KIND_TEXT[kind]
        review_rows = [
            ReviewRow(
                finding=f,
                region=records[f.figure.pk].region,
                figure=records[f.figure.pk],
                message=describe_unusual(f.unusual) if f.unusual else "",
            )
            for f in shown[kind]
            if f.figure.pk in records
        ]
        lists.append((kind, str(title), str(help_text), review_rows, len(found[kind])))
    return ReviewPage(
        lists=lists,
        regions_checked=regions_checked,
        national=ids is None,
    )
