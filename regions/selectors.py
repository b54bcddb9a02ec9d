"""Read queries for pages: a fixed number of queries whatever the data size."""

from dataclasses import dataclass

from django.db.models import OuterRef, Subquery

from .choices import RecordStatus, RegionLevel, Segment
from .models import CoverageFigure, Region


@dataclass(frozen=True)
class ProvinceRow:
    region: Region
    figure: CoverageFigure | None


def _latest_figure_ids(segment_filter: dict) -> Subquery:
    return Subquery(
        CoverageFigure.objects.filter(
            region=OuterRef("pk"), status=RecordStatus.PUBLISHED, **segment_filter
        )
        .order_by("-as_of", "-pk")
        .values("pk")[:1]
    )


def province_latest_rows() -> list[ProvinceRow]:
    """Every province with its latest published figure: the total segment when
    one exists, else the latest of any segment. Two queries."""
    provinces = list(
        Region.objects.filter(level=RegionLevel.PROVINCE)
        .select_related("kanwil")
        .annotate(
            latest_total_id=_latest_figure_ids({"segment": Segment.TOTAL}),
            latest_any_id=_latest_figure_ids({}),
        )
        .order_by("code")
    )
    ids = {p.latest_total_id or p.latest_any_id for p in provinces} - {None}
    figures = CoverageFigure.objects.in_bulk(ids)
    return [
        ProvinceRow(region=p, figure=figures.get(p.latest_total_id or p.latest_any_id))
        for p in provinces
    ]
