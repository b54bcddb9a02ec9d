"""Read queries of the articles app."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.urls import reverse

from awards.models import Outcome  # articles -> awards, one way (award ranks)
from regions.models import CoverageFigure, CoverageTarget, Region, RegionAlias
from regions.scoping import REVIEW, region_ids_in_scope, regions_in_scope
from regions.sections import Citation, RecordKey

from .choices import ClaimStatus
from .models import Article, Claim
from .publishers import canonical, choices, kind_of
from .review import AWARD, FIGURE, precision, record_kind, value_field
from .services import display_value, figures_same_place, record_existing


def articles_public() -> QuerySet[Article]:
    """Articles out of draft: a reviewer accepted one of their claims or
    marked them reviewed. Public pages and exports show only these."""
    accepted = Claim.objects.filter(article=OuterRef("pk"), status=ClaimStatus.ACCEPTED)
    return Article.objects.filter(Q(reviewed_at__isnull=False) | Exists(accepted))


def article_list() -> QuerySet[Article]:
    return (
        articles_public()
        .annotate(accepted_claims=Count("claims", filter=Q(claims__status=ClaimStatus.ACCEPTED)))
        .order_by("-published_date", "-pk")
    )


def latest_articles(limit: int = 5) -> list[Article]:
    return list(article_list()[:limit])


def article_url(article: Article, claim: Claim | None = None) -> str:
    url = reverse("articles:article_detail", args=[article.pk])
    return f"{url}#claim-{claim.pk}" if claim else url


def citations_for_records(records) -> dict[RecordKey, Citation]:
    """Citation provider for regions.sections: the accepted claim behind
    each record, with its article. One query for any number of records."""
    wanted: dict[int, set[int]] = {}
    labels: dict[int, str] = {}
    for record in records:
        content_type = ContentType.objects.get_for_model(record)  # cached by Django
        wanted.setdefault(content_type.pk, set()).add(record.pk)
        labels[content_type.pk] = record._meta.label_lower
    if not wanted:
        return {}
    condition = Q()
    for type_id, ids in wanted.items():
        condition |= Q(record_type_id=type_id, record_id__in=ids)
    claims = (
        Claim.objects.filter(condition, status=ClaimStatus.ACCEPTED)
        .select_related("article")
        .order_by("pk")
    )
    found: dict[RecordKey, Citation] = {}
    for claim in claims:
        article = claim.article
        found.setdefault(
            (labels[claim.record_type_id], claim.record_id),
            Citation(
                outlet=article.outlet,
                title=article.title,
                published=article.published_date,
                published_precision=article.published_precision,
                url=article_url(article, claim),
                quote=claim.quote,
            ),
        )
    return found


def article_claims(article: Article) -> list[Claim]:
    """The article's claims in the order of the text, with their region and
    record type. One query."""
    return list(article.claims.select_related("region", "record_type").order_by("start", "pk"))


_built_index: tuple[tuple, tuple, object] | None = None


def region_index():
    """The region register as the extractor's plain index. Two queries; the
    index is built again only when the register's rows differ from the last
    build's (a build takes about a tenth of a second, the rows a few ms)."""
    global _built_index
    from .extraction import RegionEntry, RegionIndex

    alias_rows = tuple(RegionAlias.objects.values_list("region_id", "name").order_by("pk"))
    rows = tuple(
        Region.objects.values_list("pk", "code", "name", "level", "parent__code").order_by("pk")
    )
    built = _built_index
    if built is not None and built[0] == rows and built[1] == alias_rows:
        return built[2]
    aliases: dict[int, list[str]] = {}
    for region_id, name in alias_rows:
        aliases.setdefault(region_id, []).append(name)
    index = RegionIndex(
        RegionEntry(
            code=code,
            name=name,
            level=level,
            parent_code=parent,
            aliases=tuple(sorted(aliases.get(pk, []))),
        )
        for pk, code, name, level, parent in rows
    )
    _built_index = (rows, alias_rows, index)
    return index


def regions_named(article: Article, user, *, limit: int = 10) -> list[dict]:
    """The regions the article's title and text name, in the order first
    named (every region an ambiguous name can mean), that ``user`` may
    review: the desk offers them as one-click choices for a claim's region.
    Three queries, and the reviewer's scope if it was not read before."""
    codes: list[str] = []
    for mention in region_index().find_mentions(f"{article.title}\n{article.text}"):
        codes += [code for code in mention.codes if code not in codes]
    if not codes:
        return []
    found = {
        r.code: r
        for r in regions_in_scope(user, REVIEW).filter(code__in=codes).select_related("parent")
    }
    return [_region_choice(found[code]) for code in codes if code in found][:limit]


def _region_choice(region: Region) -> dict:
    """A region as the desk's region pickers show it."""
    parent = region.parent
    return {
        "id": region.pk,
        "code": region.code,
        "name": region.name,
        "label": f"{region.code} · {region.name}"
        + (f" ({parent.name})" if parent is not None and parent.level != "nation" else ""),
    }


# --- The review desk --------------------------------------------------------


def _reviewable(user) -> Q:
    """Claims ``user`` may decide: pending, in their review regions."""
    ids = region_ids_in_scope(user, REVIEW)
    if ids is None:
        return Q(status=ClaimStatus.PENDING)
    return Q(status=ClaimStatus.PENDING, region_id__in=ids)


def desk_queue(user) -> QuerySet[Article]:
    """Draft articles with claims the reviewer may decide (and, for a
    reviewer of the whole country, drafts with no claim at all), the oldest
    import first, each with its count of claims waiting. One query."""
    mine = Claim.objects.filter(_reviewable(user), article=OuterRef("pk"))
    condition = Exists(mine)
    if region_ids_in_scope(user, REVIEW) is None:
        empty = ~Exists(Claim.objects.filter(article=OuterRef("pk")))
        condition |= Q(reviewed_at__isnull=True) & empty
    return (
        Article.objects.filter(condition)
        .annotate(
            waiting=Count("claims", filter=Q(claims__status=ClaimStatus.PENDING), distinct=True)
        )
        .order_by("created_at", "pk")
    )


def desk_next_article(user, *, after: int | None = None) -> Article | None:
    """The article the desk opens next: the first in the queue other than
    ``after``. One query."""
    queue = desk_queue(user)
    if after is not None:
        queue = queue.exclude(pk=after)
    return queue.first()


def desk_claims(article: Article) -> list[Claim]:
    """The article's claims in the order of the text, with their region.
    One query."""
    return list(article.claims.select_related("region").order_by("start", "pk"))


def decidable_claim_ids(article: Article, user) -> set[int]:
    """The article's claims ``user`` may decide. One query."""
    return set(
        Claim.objects.filter(_reviewable(user), article=article).values_list("pk", flat=True)
    )


def known_publishers() -> list[str]:
    """The publishers recorded so far, as the desk offers them. One query."""
    return choices(
        list(CoverageFigure.objects.order_by().values_list("publisher", flat=True).distinct()[:300])
    )


def known_issuers() -> list[str]:
    """The target issuers recorded so far, as the desk offers them. One query."""
    return choices(
        list(CoverageTarget.objects.order_by().values_list("issuer", flat=True).distinct()[:300])
    )


def region_search(query: str, user, *, limit: int = 12) -> list[dict]:
    """Regions whose name, alias or code matches ``query`` (case-folded,
    "Kabupaten"/"Kota" optional), in the reviewer's scope: exact code
    first, then names that start with the query, then the rest. Two queries."""
    query = " ".join(query.split())
    if not query:
        return []
    scope = regions_in_scope(user, REVIEW)
    by_alias = RegionAlias.objects.filter(name__icontains=query).values("region_id")
    found = list(
        scope.filter(
            Q(code__startswith=query) | Q(name__icontains=query) | Q(pk__in=by_alias)
        ).select_related("parent")[:200]
    )
    folded = query.casefold()

    def rank(region) -> tuple:
        name = region.name.casefold()
        bare = name.removeprefix("kabupaten ").removeprefix("kota ")
        return (
            region.code != query,
            not (name.startswith(folded) or bare.startswith(folded)),
            region.level != "province",
            len(region.name),
            region.code,
        )

    return [_region_choice(r) for r in sorted(found, key=rank)[:limit]]


def pattern_precision() -> list[dict]:
    """Each extraction pattern's record: claims accepted as proposed,
    accepted after correction, rejected, still pending, and its precision
    (accepted / decided). One query."""
    rows = (
        Claim.objects.exclude(pattern="")  # curated before patterns were kept
        .values("pattern")
        .annotate(
            accepted=Count("pk", filter=Q(status=ClaimStatus.ACCEPTED, corrected=False)),
            corrected=Count("pk", filter=Q(status=ClaimStatus.ACCEPTED, corrected=True)),
            rejected=Count("pk", filter=Q(status=ClaimStatus.REJECTED)),
            pending=Count("pk", filter=Q(status=ClaimStatus.PENDING)),
        )
        .order_by("pattern")
    )
    return [
        {
            **row,
            "pattern": row["pattern"],
            "precision": precision(row["accepted"] + row["corrected"], row["rejected"]),
            "exact": precision(row["accepted"], row["corrected"] + row["rejected"]),
        }
        for row in rows
    ]


def desk_check(proposal: dict) -> dict:
    """What accepting ``proposal`` (the editor's values as they stand, maybe
    incomplete) would land on: the record already recorded with the same
    key (publishers compared by canonical name), other publishers' figures
    for the same place and date, and the publisher as it will be saved.
    Three queries at most."""
    proposal = {
        **proposal,
        "publisher": canonical(proposal.get("publisher") or ""),
        "issuer": canonical(proposal.get("issuer") or ""),
    }
    kind = record_kind(proposal.get("metric") or "")
    answer: dict = {
        "kind": kind or "",
        "publisher": proposal["publisher"],
        "publisher_kind": kind_of(proposal["publisher"]),
        "existing": None,
    }
    if kind == AWARD:
        region, year = proposal.get("region"), proposal.get("edition_year")
        if region is not None and year:
            outcome = (
                Outcome.objects.filter(
                    region=region, edition__year=year, edition__stage=proposal.get("edition_stage")
                )
                .select_related("edition")
                .first()
            )
            if outcome is not None:
                answer["existing"] = {
                    "label": f"{outcome.edition.label}: {outcome}",
                    "current": f"{outcome.rank or '–'}",
                    "proposed": str(int(proposal["value"])) if proposal.get("value") else "–",
                    "differs": outcome.rank
                    != (int(proposal["value"]) if proposal.get("value") else None),
                    "url": reverse("admin:awards_outcome_change", args=[outcome.pk]),
                }
        return answer
    existing = record_existing(kind, proposal) if kind else None
    if existing is not None:
        field = value_field(proposal["metric"])
        current = getattr(existing, field)
        value = proposal.get("value")
        answer["existing"] = {
            "label": str(existing),
            "current": display_value(field, current),
            "proposed": display_value(field, value) if value is not None else "–",
            "differs": current is not None and value is not None and current != value,
            "url": reverse(
                f"admin:{existing._meta.app_label}_{existing._meta.model_name}_change",
                args=[existing.pk],
            ),
        }
    if kind == FIGURE:
        answer["same_place"] = [
            {"publisher": f.publisher, "label": str(f)}
            for f in figures_same_place(proposal)
            if f != existing
        ]
    return answer
