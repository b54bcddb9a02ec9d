from django.db.models import Q

from regions.models import Region
from regions.sections import citations_for, record_key

from .models import Outcome


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


def region_awards_section(*, region: Region, **kwargs) -> dict:
    """Context of the region page's awards section: each outcome with the
    source it was recorded from."""
    outcomes = region_outcomes(region)
    cites = citations_for(outcomes)
    return {
        "region": region,
        "outcomes": [(o, cites.get(record_key(o))) for o in outcomes],
    }
