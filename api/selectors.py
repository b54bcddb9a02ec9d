"""Read queries of the open-data API: only what public pages show.

Figures, targets and budgets are the published ones (hence sourced: the
database refuses a published record without a source); drafts and
unverified records never leave. Articles are the reviewed ones, claims the
accepted ones of those articles whose record is public. No query reads a
user: the API names sources and institutions, never logins. Each list is
one query (plus one for the citations of a page of records), whatever the
size of the data.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from articles.choices import ClaimStatus
from articles.models import Claim
from articles.selectors import articles_public
from awards.models import Outcome, OutcomeOrigin
from regions import bps
from regions.choices import RecordStatus, RegionLevel
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region, RegionAlias
from regions.selectors import PUBLISHED, published_figures, with_summary


def find_region(raw: str) -> Region | None:
    """The region a code of either system names (regions/bps.py): a
    Kemendagri code (``73``, ``73.01``), a BPS code (``7301``) or ``bps:94``.
    One query."""
    ref = bps.classify(raw)
    if ref is None:
        return None
    field = "code" if ref.system == bps.KEMENDAGRI else "bps_code"
    return Region.objects.filter(**{field: ref.code}).select_related("parent").first()


def within(region: Region, field: str = "region") -> Q:
    """The region and every region under it (a province's regencies and
    cities; the nation's everything), as a list of ids, so that the
    database walks the (region, as_of) index once per region instead of
    joining the register. One query for a province."""
    if region.level == RegionLevel.NATION:
        return Q()
    ids = [region.pk]
    if region.level == RegionLevel.PROVINCE:
        ids += list(Region.objects.filter(parent=region).values_list("pk", flat=True))
    return Q(**{f"{field}_id__in": ids})


def regions() -> QuerySet[Region]:
    """The register with parents, Kanwil, aliases (one more query) and the
    latest rate the region page shows, read from the summaries."""
    return (
        with_summary(Region.objects.all())
        .select_related("parent", "kanwil")
        .prefetch_related(Prefetch("aliases", queryset=RegionAlias.objects.order_by("name")))
        .order_by("code")
    )


def figures() -> QuerySet[CoverageFigure]:
    """By region (in the register's order), newest first: the order of the
    (region, -as_of, -id) index, so a page is an index walk however many
    figures there are."""
    return published_figures().select_related("region").order_by("region_id", "-as_of", "-pk")


def targets() -> QuerySet[CoverageTarget]:
    return (
        CoverageTarget.objects.filter(PUBLISHED)
        .select_related("region")
        .order_by("region__code", "segment", "target_date", "pk")
    )


def budgets() -> QuerySet[BudgetAllocation]:
    return (
        BudgetAllocation.objects.filter(PUBLISHED)
        .select_related("region")
        .order_by("region__code", "-year", "pk")
    )


def award_results() -> QuerySet[Outcome]:
    """Announced award results: those a source reported, and those the
    panel's ranking produced once the edition's results were published
    (the publish step); never a provisional rank or a score."""
    announced = Q(origin=OutcomeOrigin.SOURCE) | Q(edition__published_at__isnull=False)
    return (
        Outcome.objects.filter(announced)
        .select_related("edition", "category", "region")
        .order_by("-edition__year", "edition_id", "rank", "pk")
    )


def articles():
    return articles_public().order_by("-published_date", "-pk")


def _public_record(model, condition: Q) -> Q:
    content_type = ContentType.objects.get_for_model(model)
    return Q(record_type=content_type) & Exists(
        model.objects.filter(condition, pk=OuterRef("record_id"))
    )


def claims() -> QuerySet[Claim]:
    """Accepted claims of reviewed articles whose record is public (a claim
    of a record set back to draft or unverified would reveal its number)."""
    published = Q(status=RecordStatus.PUBLISHED)
    public_record = (
        _public_record(CoverageFigure, published)
        | _public_record(CoverageTarget, published)
        | _public_record(BudgetAllocation, published)
        | _public_record(Outcome, Q())
    )
    return (
        Claim.objects.filter(
            public_record,
            status=ClaimStatus.ACCEPTED,
            article__in=articles_public().values("pk"),
        )
        .select_related("region", "record_type")
        .order_by("article_id", "start", "pk")
    )


#: What the rows (api/rows.py) and the citations (regions.sections: the
#: claim by the record's id, else its own source fields, else the
#: institution) read of a record, for the full CSV read as values():
#: nothing else leaves, no login among them.
SOURCE_FIELDS = ("source_outlet", "source_title", "source_date", "source_url")
REGION_FIELDS = ("region__code", "region__bps_code", "region__name")
PLAIN_FIELDS = {
    "figures": (
        "id", "as_of", "as_of_precision", "segment", "percent", "covered", "eligible",
        "is_approximate", "publisher", "publisher_kind", "denominator_kind",
        "denominator_label", "participant_kind", "quality_warning", "previous_percent",
        "is_synthetic", *SOURCE_FIELDS, *REGION_FIELDS,
    ),
    "targets": (
        "id", "segment", "baseline_percent", "baseline_date", "target_percent", "target_date",
        "target_date_precision", "issuer", "issuer_kind", "legal_basis", "is_primary",
        "is_synthetic", *SOURCE_FIELDS, *REGION_FIELDS,
    ),
    "budgets": (
        "id", "year", "amount", "amount_is_approximate", "purpose", "funding_source",
        "recurring", "months_covered", "workers_funded", "publisher", "is_synthetic",
        *SOURCE_FIELDS, *REGION_FIELDS,
    ),
}  # fmt: skip


def plain(queryset: QuerySet, table: str, chunk_size: int):
    """The records of a filtered list as plain dicts of ``PLAIN_FIELDS``,
    read from a server-side cursor ``chunk_size`` at a time: no model
    instance per row (a full download holds 300.000)."""
    return queryset.values(*PLAIN_FIELDS[table]).iterator(chunk_size=chunk_size)
