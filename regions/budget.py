"""What a budget buys. Pure: no Django imports.

The minimum BPU package (JKK + JKM) costs Rp16.800 a worker a month
(Rp10.000 JKK minimum + Rp6.800 JKM, PP 44/2015): Rp201.600 for a year.
"""

MIN_BPU_PREMIUM_MONTHLY = 16_800


def workers_protected(amount: int, months: int | None = None) -> int:
    """Workers the amount protects for ``months`` (a full year when not
    given) at the minimum premium, rounded down.

    >>> workers_protected(10_080_000_000, 12)
    50000
    >>> workers_protected(16_000_000_000)
    79365
    """
    months = months or 12
    if amount < 0 or months < 1:
        raise ValueError("amount must be >= 0 and months >= 1")
    return amount // (MIN_BPU_PREMIUM_MONTHLY * months)
