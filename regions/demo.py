"""Synthetic coverage data for load tests. Pure: no Django imports.

``generate_demo_data`` writes what this module yields; every row it writes is
flagged ``is_synthetic`` and published under names that no real source uses,
so the pages can label them and ``remove_demo_data`` can delete them.

What the numbers look like (plausible, not real):

- Each regency/city has a workforce (the BPJS "potensi pekerja" denominator)
  drawn from a log-normal around 150 000, growing 0.4-2 % a year, split into
  formal (PU) and informal (BPU) workers; construction (Jakon) workers are a
  few percent of the total and vulnerable workers a share of the informal.
- Each segment's coverage rate starts somewhere plausible (formal 30-75 %,
  informal 2-15 %) and rises towards a ceiling along a saturating curve, with
  autocorrelated noise. Informal active participants dip after December,
  because local governments pay non-ASN premiums once or twice a year
  (domain.md §1.6); construction follows the project cycle.
- The total segment is formal + informal; a province is the sum of its
  regencies and cities, the nation the sum of its provinces, so the levels
  agree with each other and covered never exceeds eligible.
- Targets (total and informal) start from the region's own rate two years
  before the last month; budgets buy the minimum BPU premium (Rp16.800 a
  worker a month) for part of the vulnerable workers.

``scale`` sets the volume: 1 is one series per region (with the default ten
years of months and five segments, some 290 000 figures); K > 1 adds
publishers (``Data sintetis (uji beban) 2`` ... ``K``), each its own
denominator, so every region carries K times the history; K < 1 keeps that
share of the provinces (at least one) with their regencies and cities.
Everything follows from ``seed``: the same arguments give the same rows.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

PUBLISHER = "Data sintetis (uji beban)"
PUBLISHER_KIND = "other"
SOURCE_NOTE = "Dibuat oleh generate_demo_data untuk uji beban; bukan angka nyata."
DENOMINATOR_LABEL = "potensi pekerja (sintetis)"
TARGET_ISSUER = "Target sintetis (uji beban)"
BUDGET_PURPOSE = "Iuran pekerja rentan (data sintetis)"
BUDGET_PUBLISHER = "Data sintetis (uji beban)"
BPU_MINIMUM_MONTHLY_PREMIUM = 16_800  # JKK Rp10.000 + JKM Rp6.800 (domain.md §2.1)

MONTHLY_SEGMENTS = ("total", "formal", "informal", "construction")
QUARTERLY_SEGMENTS = ("vulnerable",)
SEGMENTS = MONTHLY_SEGMENTS + QUARTERLY_SEGMENTS
TARGET_SEGMENTS = ("total", "informal")

# Share of the informal segment's "steady" rate that is active in each month
# (January first): the dip after December, the mid-year payment.
INFORMAL_SEASON = (0.90, 0.87, 0.86, 0.86, 0.88, 0.94, 1.00, 1.00, 1.00, 1.01, 1.02, 1.03)
# Construction projects start in the second half of the budget year.
CONSTRUCTION_SEASON = (0.92, 0.92, 0.95, 0.97, 1.00, 1.00, 1.02, 1.04, 1.05, 1.06, 1.05, 1.02)

CENT = Decimal("0.01")


@dataclass(frozen=True)
class RegionSpec:
    code: str
    level: str  # nation / province / regency / city
    parent_code: str | None


@dataclass(frozen=True, slots=True)
class FigureRow:
    region_code: str
    publisher: str
    as_of: date
    segment: str
    covered: int
    eligible: int
    percent: Decimal


@dataclass(frozen=True)
class TargetRow:
    region_code: str
    segment: str
    baseline_percent: Decimal
    baseline_date: date
    target_percent: Decimal
    target_date: date


@dataclass(frozen=True)
class BudgetRow:
    region_code: str
    year: int
    amount: int
    months_covered: int
    workers_funded: int


def publisher_name(index: int) -> str:
    """The first synthetic publisher is plain; further ones are numbered."""
    return PUBLISHER if index == 0 else f"{PUBLISHER} {index + 1}"


def month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def last_month_end(until: date) -> date:
    """The end of ``until``'s month when ``until`` is that day, else the end
    of the month before."""
    end = month_end(until.year, until.month)
    if until == end:
        return end
    return date.fromordinal(date(until.year, until.month, 1).toordinal() - 1)


def month_ends(years: float, until: date) -> list[date]:
    """``years`` x 12 month ends (at least one), oldest first, the last one
    on or before ``until``."""
    count = max(1, round(years * 12))
    last = last_month_end(until)
    year, month = last.year, last.month
    result = []
    for _ in range(count):
        result.append(month_end(year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(result))


def _percent(covered: int, eligible: int) -> Decimal:
    return (Decimal(covered) * 100 / Decimal(eligible)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class _Rate:
    """One segment's rate: a saturating rise from ``start`` towards
    ``ceiling`` at ``slope`` points a month at first, plus AR(1) noise."""

    start: float
    slope: float
    ceiling: float
    noise_sd: float
    noise: float = 0.0

    def step(self, t: int, rng: random.Random) -> float:
        self.noise = 0.7 * self.noise + rng.gauss(0.0, self.noise_sd)
        gap = self.ceiling - self.start
        rate = self.ceiling - gap * math.exp(-self.slope * t / gap) if gap > 0 else self.start
        return min(self.ceiling, max(0.3, rate + self.noise))


@dataclass
class _Series:
    """The figures of one regency/city as published by one publisher."""

    rng: random.Random
    workforce: float
    growth: float  # per month
    formal_share: float
    construction_share: float
    vulnerable_share: float  # of informal workers
    informal_season_depth: float
    rates: dict[str, _Rate] = field(default_factory=dict)

    @classmethod
    def create(cls, seed: int, code: str, level: str, publisher: int) -> _Series:
        rng = random.Random(f"cakupan-demo:{seed}:{code}:{publisher}")
        city = level == "city"
        workforce = math.exp(rng.gauss(math.log(120_000 if city else 160_000), 0.75))
        if publisher:
            workforce *= rng.uniform(0.85, 1.25)  # another publisher, another denominator
        series = cls(
            rng=rng,
            workforce=min(4_000_000.0, max(8_000.0, workforce)),
            growth=rng.uniform(0.004, 0.02) / 12,
            formal_share=rng.uniform(0.45, 0.75) if city else rng.uniform(0.2, 0.5),
            construction_share=rng.uniform(0.03, 0.08),
            vulnerable_share=rng.uniform(0.15, 0.35),
            informal_season_depth=rng.uniform(0.5, 1.5),
        )
        series.rates = {
            "formal": _Rate(rng.uniform(30, 75), rng.uniform(0.03, 0.3), 96.0, 0.5),
            "informal": _Rate(rng.uniform(2, 15), rng.uniform(0.02, 0.2), 85.0, 0.35),
            "construction": _Rate(rng.uniform(20, 55), rng.uniform(0.0, 0.25), 95.0, 1.2),
            "vulnerable": _Rate(rng.uniform(3, 25), rng.uniform(0.05, 0.3), 90.0, 0.8),
        }
        return series

    def month(self, t: int, as_of: date) -> dict[str, tuple[int, int]]:
        """(covered, eligible) of each segment published this month."""
        rng = self.rng
        base = self.workforce * (1 + self.growth) ** t * (1 + rng.gauss(0.0, 0.002))
        formal_eligible = max(1, round(base * self.formal_share))
        informal_eligible = max(1, round(base * (1 - self.formal_share)))

        formal_rate = self.rates["formal"].step(t, rng)
        informal_rate = self.rates["informal"].step(t, rng)
        dip = 1 - (1 - INFORMAL_SEASON[as_of.month - 1]) * self.informal_season_depth
        construction_rate = self.rates["construction"].step(t, rng)
        construction_rate *= CONSTRUCTION_SEASON[as_of.month - 1]
        vulnerable_rate = self.rates["vulnerable"].step(t, rng)

        def count(eligible: int, rate: float) -> int:
            return min(eligible, max(0, round(eligible * rate / 100)))

        formal = count(formal_eligible, formal_rate)
        informal = count(informal_eligible, informal_rate * dip)
        values = {
            "total": (formal + informal, formal_eligible + informal_eligible),
            "formal": (formal, formal_eligible),
            "informal": (informal, informal_eligible),
        }
        construction_eligible = max(1, round(base * self.construction_share))
        values["construction"] = (
            count(construction_eligible, construction_rate),
            construction_eligible,
        )
        if as_of.month % 3 == 0:
            vulnerable_eligible = max(1, round(informal_eligible * self.vulnerable_share))
            values["vulnerable"] = (
                count(vulnerable_eligible, vulnerable_rate * dip),
                vulnerable_eligible,
            )
        return values


@dataclass(frozen=True)
class DemoPlan:
    """What one run generates: which regions, how many publishers each, and
    which months."""

    seed: int
    months: list[date]
    leaves: list[RegionSpec]  # regencies and cities, by code
    provinces: list[RegionSpec]
    nation: RegionSpec | None
    publishers: dict[str, int]  # province code -> number of synthetic publishers

    @property
    def regions(self) -> list[RegionSpec]:
        return [*self.leaves, *self.provinces, *([self.nation] if self.nation else [])]

    def publishers_of(self, region: RegionSpec) -> int:
        if region.level == "province":
            return self.publishers[region.code]
        if region.level == "nation":
            return max(self.publishers.values(), default=0)
        return self.publishers[region.parent_code]

    def figure_count(self) -> int:
        """How many figures ``figures()`` yields."""
        monthly = len(MONTHLY_SEGMENTS) * len(self.months)
        quarterly = len(QUARTERLY_SEGMENTS) * sum(1 for m in self.months if m.month % 3 == 0)
        return sum(self.publishers_of(r) for r in self.regions) * (monthly + quarterly)


def plan(
    regions: Iterable[RegionSpec],
    *,
    years: float = 10,
    scale: float = 1,
    seed: int = 0,
    until: date,
    provinces: Iterable[str] = (),
) -> DemoPlan:
    """Choose the regions and publishers for ``scale`` (see the module
    docstring); ``provinces`` limits the run to those province codes."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    if years <= 0:
        raise ValueError("years must be positive")
    regions = sorted(regions, key=lambda r: r.code)
    all_provinces = [r for r in regions if r.level == "province"]
    wanted = set(provinces)
    if wanted:
        unknown = wanted - {p.code for p in all_provinces}
        if unknown:
            raise ValueError(f"unknown province codes: {sorted(unknown)}")
        all_provinces = [p for p in all_provinces if p.code in wanted]
    shuffled = list(all_provinces)
    random.Random(f"cakupan-demo:{seed}:provinces").shuffle(shuffled)
    whole = math.floor(scale)
    if whole == 0:
        kept = shuffled[: max(1, round(scale * len(shuffled)))]
        publishers = {p.code: 1 for p in kept}
    else:
        extra = round((scale - whole) * len(shuffled))
        publishers = {p.code: whole + (1 if i < extra else 0) for i, p in enumerate(shuffled)}
    chosen = [p for p in all_provinces if p.code in publishers]
    leaves = [r for r in regions if r.level in ("regency", "city") and r.parent_code in publishers]
    nation = next((r for r in regions if r.level == "nation"), None)
    return DemoPlan(
        seed=seed,
        months=month_ends(years, until),
        leaves=leaves,
        provinces=chosen,
        nation=nation,
        publishers=publishers,
    )


def figures(demo: DemoPlan) -> Iterator[list[FigureRow]]:
    """Every figure of the plan, one list per month (oldest first): each
    regency/city, then each province (the sum of its regencies and cities),
    then the nation (the sum of the provinces)."""
    series = {
        (leaf.code, k): _Series.create(demo.seed, leaf.code, leaf.level, k)
        for leaf in demo.leaves
        for k in range(demo.publishers_of(leaf))
    }
    for t, as_of in enumerate(demo.months):
        rows: list[FigureRow] = []
        province_sums: dict[tuple[str, int, str], list[int]] = {}
        for leaf in demo.leaves:
            for k in range(demo.publishers_of(leaf)):
                values = series[(leaf.code, k)].month(t, as_of)
                publisher = publisher_name(k)
                for segment, (covered, eligible) in values.items():
                    rows.append(
                        FigureRow(
                            leaf.code,
                            publisher,
                            as_of,
                            segment,
                            covered,
                            eligible,
                            _percent(covered, eligible),
                        )
                    )
                    sums = province_sums.setdefault((leaf.parent_code, k, segment), [0, 0])
                    sums[0] += covered
                    sums[1] += eligible
        nation_sums: dict[tuple[int, str], list[int]] = {}
        for (code, k, segment), (covered, eligible) in sorted(province_sums.items()):
            rows.append(
                FigureRow(
                    code,
                    publisher_name(k),
                    as_of,
                    segment,
                    covered,
                    eligible,
                    _percent(covered, eligible),
                )
            )
            sums = nation_sums.setdefault((k, segment), [0, 0])
            sums[0] += covered
            sums[1] += eligible
        if demo.nation is not None:
            for (k, segment), (covered, eligible) in sorted(nation_sums.items()):
                rows.append(
                    FigureRow(
                        demo.nation.code,
                        publisher_name(k),
                        as_of,
                        segment,
                        covered,
                        eligible,
                        _percent(covered, eligible),
                    )
                )
        yield rows


def targets(
    demo: DemoPlan, baselines: dict[tuple[str, str], tuple[date, Decimal]]
) -> list[TargetRow]:
    """A total and an informal target for every region that has a baseline:
    ``baselines[(code, segment)]`` is the first publisher's rate at the
    baseline month (see ``baseline_month``). The deadline is the end of the
    year after the last month."""
    deadline = date(demo.months[-1].year + 1, 12, 31)
    rows = []
    for region in demo.regions:
        rng = random.Random(f"cakupan-demo:{demo.seed}:{region.code}:target")
        for segment in TARGET_SEGMENTS:
            if (region.code, segment) not in baselines:
                continue
            as_of, percent = baselines[(region.code, segment)]
            rise = rng.uniform(8, 25) if segment == "total" else rng.uniform(4, 15)
            target = min(Decimal("95.00"), percent + Decimal(str(round(rise, 2))))
            rows.append(TargetRow(region.code, segment, percent, as_of, target, deadline))
    return rows


def baseline_month(demo: DemoPlan) -> date:
    """The month targets start from: two years before the last month, or the
    first month of a shorter run."""
    return demo.months[max(0, len(demo.months) - 25)]


def budgets(demo: DemoPlan, vulnerable: dict[str, int]) -> list[BudgetRow]:
    """A yearly APBD budget of every regency, city and province for the
    premiums of part of its vulnerable workers (``vulnerable[code]``: the
    first publisher's count of vulnerable eligible workers)."""
    years = sorted({m.year for m in demo.months})
    rows = []
    for region in [*demo.leaves, *demo.provinces]:
        eligible = vulnerable.get(region.code)
        if not eligible:
            continue
        rng = random.Random(f"cakupan-demo:{demo.seed}:{region.code}:budget")
        share = rng.uniform(0.03, 0.25)
        for year in years:
            share = min(0.6, share * rng.uniform(1.0, 1.2))
            workers = max(1, round(eligible * share))
            months = 12 if rng.random() < 0.7 else 6
            amount = workers * BPU_MINIMUM_MONTHLY_PREMIUM * months
            amount = max(1_000_000, round(amount, -6))  # budgets are set in millions
            rows.append(BudgetRow(region.code, year, amount, months, workers))
    return rows
