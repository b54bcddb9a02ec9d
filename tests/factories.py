"""Keyword builders for test rows: each fills what a valid, published row
needs (a document source, a publisher, a date) and takes any field as a
keyword, so a test names only what it is about.

Builders save by default (``save=False`` gives an unsaved instance, for a
test of the save itself). Regions come from the seeded register by code;
``region(...)`` with a new code adds one.
"""

from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model

from articles.models import Article, Claim
from awards.models import Category, Criterion, Edition, Nominee
from regions.choices import RegionLevel
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region

PASSWORD = "uji-kata-sandi-9"

# A document source: a published record needs one (regions.models.has_source).
DOCUMENT = {
    "source_kind": "document",
    "source_outlet": "Dokumen uji",
    "source_title": "Laporan bulanan uji",
    "source_url": "https://contoh.id/laporan-uji",
    "source_date": date(2025, 7, 1),
}
PUBLISHER = {
    "publisher": "BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
    "publisher_kind": "bpjs_kanwil",
}


def _made(instance, save: bool):
    if save:
        instance.save()
    return instance


def _region(value) -> Region:
    return value if isinstance(value, Region) else Region.objects.get(code=value)


def region(code: str, *, name: str = "", parent=None, save: bool = True, **fields) -> Region:
    """The register's region with ``code``; a new one when the register has
    none (a regency of ``parent``, "73" unless given)."""
    found = Region.objects.filter(code=code).first()
    if found is not None:
        return found
    level = fields.pop("level", RegionLevel.PROVINCE if "." not in code else RegionLevel.REGENCY)
    if parent is None:
        parent = "ID" if level == RegionLevel.PROVINCE else code.split(".")[0]
    new = Region(code=code, name=name or f"Wilayah uji {code}", level=level,
                 parent=_region(parent), **fields)  # fmt: skip
    return _made(new, save)


def figure(
    where="73",
    percent="47.38",
    *,
    as_of: date = date(2025, 6, 30),
    segment: str = "total",
    save: bool = True,
    **fields,
) -> CoverageFigure:
    """A published coverage rate (``percent=None`` with ``covered=`` for a
    bare count) of the region ``where`` (a code or a Region)."""
    values = {
        "region": _region(where),
        "as_of": as_of,
        "segment": segment,
        "percent": None if percent is None else Decimal(percent),
        **PUBLISHER,
        **DOCUMENT,
        **fields,
    }
    return _made(CoverageFigure(**values), save)


def target(
    where="73",
    target_percent="68",
    *,
    target_date: date = date(2026, 12, 31),
    save: bool = True,
    **fields,
) -> CoverageTarget:
    """A published total-segment target of the region ``where``."""
    values = {
        "region": _region(where),
        "target_percent": Decimal(target_percent),
        "target_date": target_date,
        "issuer": "Pemerintah Provinsi uji",
        "issuer_kind": "pemprov",
        **DOCUMENT,
        **fields,
    }
    return _made(CoverageTarget(**values), save)


def budget(
    where="73", amount: int = 1_000_000_000, *, year: int = 2025, save: bool = True, **fields
) -> BudgetAllocation:
    """A published APBD allocation for workers' premiums in ``where``."""
    values = {
        "region": _region(where),
        "year": year,
        "amount": amount,
        "purpose": "Iuran pekerja rentan (uji)",
        "publisher": "Pemerintah Provinsi uji",
        **DOCUMENT,
        **fields,
    }
    return _made(BudgetAllocation(**values), save)


def article(text: str = "Cakupan kepesertaan di Sulsel 47,38 persen.", *, save: bool = True,
            **fields) -> Article:  # fmt: skip
    """An imported news article (a draft until reviewed)."""
    values = {
        "outlet": "Media uji",
        "title": "Berita uji",
        "url": "https://contoh.id/berita-uji",
        "published_date": date(2025, 7, 10),
        "text": text,
        **fields,
    }
    return _made(Article(**values), save)


def claim(of: Article, quote: str = "", *, save: bool = True, **fields) -> Claim:
    """A pending coverage-rate claim (``value=`` the rate) quoting ``quote``
    (the article's whole text unless given) of the article ``of``; a region
    given by code is looked up."""
    quote = quote or of.text
    start = of.text.index(quote)
    if isinstance(fields.get("region"), str):
        fields["region"] = _region(fields["region"])
    values = {
        "article": of,
        "metric": "coverage_pct",
        "value": Decimal("47.38"),
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        **fields,
    }
    return _made(Claim(**values), save)


def edition(province="73", *, year: int = 2025, save: bool = True, **fields) -> Edition:
    """A Paritrana Award edition: provincial for ``province``, national for None."""
    values = {
        "label": f"Paritrana Award {year} uji {province or 'nasional'}",
        "year": year,
        "stage": "provincial" if province else "national",
        "province": _region(province) if province else None,
        "assessment_start": date(year - 1, 1, 1),
        "assessment_end": date(year - 1, 12, 31),
        **fields,
    }
    return _made(Edition(**values), save)


def category(of: Edition, *, weights=(("Kebijakan", 60), ("Kinerja kepesertaan", 40)),
             **fields) -> Category:  # fmt: skip
    """A category of the edition with its weighted criteria (saved)."""
    values = {"kind": "local_government", "name": "Pemerintah Kabupaten/Kota", **fields}
    made = Category.objects.create(edition=of, **values)
    for name, weight in weights:
        Criterion.objects.create(category=made, name=name, weight=Decimal(weight))
    return made


def nominee(of: Category, where="73.01", *, save: bool = True, **fields) -> Nominee:
    """A region nominated in the category (``where=None`` with
    ``organisation=`` for a company)."""
    values = {"category": of, "region": _region(where) if where else None, **fields}
    return _made(Nominee(**values), save)


def user(username: str, *, save: bool = True, **fields):
    """An account with the tests' password (log in with ``PASSWORD``)."""
    made = get_user_model()(username=username, **fields)
    made.set_password(PASSWORD)
    return _made(made, save)


def user_with_role(username: str, *, role: str = "editor", where="73", **fields):
    """An account granted ``role`` over the region ``where`` as grant_region
    grants it: a staff login, the role's group, the scope row."""
    from regions.services import region_grant

    made = user(username, **fields)
    region_grant(user=made, region=_region(where), role=role)
    return made
