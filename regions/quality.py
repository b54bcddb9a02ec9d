"""Data-quality checks on one coverage figure. Pure: no Django imports.

Published rates are often rounded ("53 persen") and sometimes simply wrong
(Bali, 31 March 2025: 935.079 / 1.873.899 is 49,90 %, quoted as 50,88 %). When a
figure carries the count, the denominator and the rate, the rate is recomputed
and a disagreement larger than rounding can explain is reported.
"""

from decimal import ROUND_HALF_UP, Decimal

# A quoted rate may be rounded to whole points ("47 persen"): half a point is
# the largest gap rounding alone can produce.
ROUNDING_TOLERANCE = Decimal("0.5")


def computed_percent(covered: int | None, eligible: int | None) -> Decimal | None:
    """covered / eligible as a percentage with two decimals, or None.

    >>> computed_percent(935_079, 1_873_899)
    Decimal('49.90')
    >>> computed_percent(10, None) is None
    True
    """
    if covered is None or not eligible:
        return None
    value = Decimal(covered) * 100 / Decimal(eligible)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def percent_mismatch(
    covered: int | None,
    eligible: int | None,
    percent: Decimal | None,
    tolerance: Decimal = ROUNDING_TOLERANCE,
) -> Decimal | None:
    """The recomputed rate when it disagrees with the quoted one beyond
    ``tolerance`` points, else None.

    >>> percent_mismatch(935_079, 1_873_899, Decimal("50.88"))
    Decimal('49.90')
    >>> percent_mismatch(1_159_887, 2_871_182, Decimal("40.40")) is None
    True
    """
    if percent is None:
        return None
    recomputed = computed_percent(covered, eligible)
    if recomputed is None:
        return None
    if abs(recomputed - Decimal(percent)) > tolerance:
        return recomputed
    return None
