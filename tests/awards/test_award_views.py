"""The award pages: /paritrana/, /paritrana/<id>/, the region pages' award
history, exports, and a fixed number of queries whatever the size."""

import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from award_builders import fill_scores, make_category, make_edition, make_seat, make_user
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import Edition, Nominee, Outcome
from awards.services import edition_lock, scores_save
from regions.models import CoverageFigure, Region

pytestmark = pytest.mark.django_db

D = Decimal


def html_of(response) -> str:
    return response.content.decode()


@pytest.fixture
def panel(client, seats):
    """A client logged in as a panel member of the Sulsel edition: the
    deliberation (scores, provisional ranking) is theirs to see."""
    client.force_login(seats["anggota73"].user)
    return client


def score_all(category, seat, table):
    """table: {region code: [score per criterion, in order]}"""
    criteria = list(category.criteria.order_by("id"))
    values = {}
    for nominee in category.nominees.select_related("region"):
        for criterion, value in zip(criteria, table[nominee.region.code], strict=True):
            values[(nominee.pk, criterion.pk)] = None if value is None else D(value)
    scores_save(seat=seat, values=values, user=seat.user)


# ---- /paritrana/ -------------------------------------------------------------------


def test_edition_list_shows_editions_newest_first_with_seed_outcomes(client, seeded):
    response = client.get("/paritrana/")
    assert response.status_code == 200
    assert "awards/edition_list.html" in [t.name for t in response.templates]
    years = [entry.edition.year for entry in response.context["page"].editions]
    assert years == sorted(years, reverse=True)
    assert years[0] == 2024
    html = html_of(response)
    assert "Coverage kepesertaan tertinggi keempat di Sulawesi Selatan" in html
    assert "Provinsi terbaik di zona Sulawesi" in html
    assert "Istana Negara" in html
    assert "11 Agustus 2024" in html
    assert "Porostengah.com" in html
    assert "ANTARA" in html.upper()


def test_edition_list_links_each_outcome_to_its_source_quote(client, seeded):
    html = html_of(client.get("/paritrana/"))
    assert "kembali meraih penghargaan" in html  # Selayar's quoted sentence
    assert "menjadi yang terbaik di zona Sulawesi" in html  # Sulsel's
    assert 'href="/sumber/' in html


def test_edition_list_offers_score_entry_to_panel_members(client, edition, seats):
    client.force_login(seats["anggota73"].user)
    html = html_of(client.get("/paritrana/"))
    assert f"/admin/awards/edition/{edition.pk}/nilai/" in html


@pytest.mark.parametrize(
    ("query", "filename", "expected"),
    [
        ("?export=csv", "paritrana-hasil.csv", "Coverage kepesertaan tertinggi keempat"),
        ("?export=csv&tabel=edisi", "paritrana-edisi.csv", "Paritrana Award 2024 Provinsi"),
    ],
)
def test_edition_list_exports_csv(client, seeded, query, filename, expected):
    response = client.get("/paritrana/" + query)
    assert response.status_code == 200
    assert filename in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    assert expected in text
    if "hasil" in filename:
        assert "73.01" in text
        assert "2024-08-11" in text


def test_edition_list_exports_xlsx(client, seeded):
    response = client.get("/paritrana/?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Edisi"
    assert any("Istana Negara" in (row[11] or "") for row in rows[1:])


def test_unknown_export_format_is_404(client, seeded):
    assert client.get("/paritrana/?export=pdf").status_code == 404


# ---- /paritrana/<id>/ -------------------------------------------------------------


def test_edition_page_ranks_by_weighted_total_and_changes_with_a_score(
    panel, edition, category, seats
):
    seat = seats["anggota73"]
    score_all(category, seat, {"73.01": [80, 70], "73.71": [70, 75]})  # 76.00 vs 72.00
    response = panel.get(f"/paritrana/{edition.pk}/")
    assert response.status_code == 200
    block = response.context["page"].categories[0]
    assert [(r.standing.rank, r.nominee.region.code, r.standing.total) for r in block.rows] == [
        (1, "73.01", D("76.00")),
        (2, "73.71", D("72.00")),
    ]
    html = html_of(response)
    assert f'id="chart-category-{category.pk}"' in html
    assert "76,00" in html
    assert "sementara" in html
    score_all(category, seat, {"73.01": [80, 70], "73.71": [90, 75]})  # Makassar 84.00
    block = panel.get(f"/paritrana/{edition.pk}/").context["page"].categories[0]
    assert [r.nominee.region.code for r in block.rows] == ["73.71", "73.01"]


def test_edition_page_shows_ties_and_incomplete_nominees(panel, edition, category, seats):
    score_all(category, seats["anggota73"], {"73.01": [80, 70], "73.71": [80, None]})
    block = panel.get(f"/paritrana/{edition.pk}/").context["page"].categories[0]
    assert [(r.standing.rank, r.standing.complete) for r in block.rows] == [
        (1, True),
        (None, False),
    ]
    makassar = Nominee.objects.get(category=category, region__code="73.71")
    score_all(category, seats["anggota73"], {"73.01": [80, 70], "73.71": [70, 85]})
    response = panel.get(f"/paritrana/{edition.pk}/")
    block = response.context["page"].categories[0]
    assert [r.standing.rank for r in block.rows] == [1, 1]
    assert block.ranking.has_ties
    assert "seri" in html_of(response)
    assert makassar.pk in [r.nominee.pk for r in block.rows]


def test_edition_page_shows_coverage_beside_government_nominees(panel, edition, category):
    response = panel.get(f"/paritrana/{edition.pk}/")
    row = next(
        r for r in response.context["page"].categories[0].rows if r.nominee.region.code == "73.01"
    )
    assert row.coverage is not None
    assert row.coverage.percent == D("53")
    assert "53 %" in html_of(response)


def test_edition_page_shows_panel_criteria_and_weights(client, seeded):
    kalsel = Edition.objects.get(province__code="63")
    html = html_of(client.get(f"/paritrana/{kalsel.pk}/"))
    assert "Sekretaris Daerah Provinsi Kalimantan Selatan" in html
    assert "Bunyamin Najmi" in html
    assert "klikkalsel" in html.lower()  # the panel's source: named by the news already


def test_edition_page_warns_when_weights_do_not_total_100(panel, edition, category):
    category.criteria.filter(name="Kebijakan").update(weight=50)  # 50 + 40 = 90
    response = panel.get(f"/paritrana/{edition.pk}/")
    html = html_of(response)
    assert "Bobot berjumlah 90 %" in html
    assert all(r.standing.rank is None for r in response.context["page"].categories[0].rows)


def test_edition_page_says_locked_awaiting_announcement(client, edition, category, seats):
    fill_scores(edition)
    edition_lock(edition=edition, user=seats["ketua73"].user)
    html = html_of(client.get(f"/paritrana/{edition.pk}/"))
    assert "hasil belum diumumkan" in html
    assert "WITA" not in html
    assert "ketua73" not in html  # a login name is never on a public page
    client.force_login(seats["anggota73"].user)
    html = html_of(client.get(f"/paritrana/{edition.pk}/"))
    assert "ketua73" in html
    assert "WITA" in html


def test_seed_outcomes_show_on_their_edition_pages(client, seeded):
    sulsel = Edition.objects.get(province__code="73")
    national = Edition.objects.get(stage="national")
    assert "tertinggi keempat" in html_of(client.get(f"/paritrana/{sulsel.pk}/"))
    assert "zona Sulawesi" in html_of(client.get(f"/paritrana/{national.pk}/"))


def test_category_ranking_exports_csv_and_xlsx(panel, edition, category, seats):
    score_all(category, seats["anggota73"], {"73.01": [80, 70], "73.71": [70, 75]})
    response = panel.get(f"/paritrana/{edition.pk}/?export=csv&kategori={category.pk}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Peringkat,Nomine,Kode wilayah")
    assert lines[1].startswith("1,Kabupaten Kepulauan Selayar,73.01")
    assert "76.00" in lines[1]
    assert "53" in lines[1]
    response = panel.get(f"/paritrana/{edition.pk}/?export=xlsx&kategori={category.pk}")
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.values)
    assert rows[2][1] == "Kota Makassar"


def test_export_of_an_unknown_category_is_404(client, edition):
    assert client.get(f"/paritrana/{edition.pk}/?export=csv&kategori=0").status_code == 404


def test_unknown_edition_is_404(client, seeded):
    assert client.get("/paritrana/999999/").status_code == 404


# ---- region pages ----------------------------------------------------------------


def test_selayar_page_shows_its_award_with_source_and_edition_link(client, seeded):
    html = html_of(client.get("/wilayah/73.01/"))
    sulsel_2024 = Edition.objects.get(province__code="73")
    assert "Coverage kepesertaan tertinggi keempat di Sulawesi Selatan" in html
    assert f'href="/paritrana/{sulsel_2024.pk}/"' in html
    assert "Porostengah.com" in html


def test_sulsel_page_shows_its_zone_award_and_selayars(client, seeded):
    html = html_of(client.get("/wilayah/73/"))
    assert "Provinsi terbaik di zona Sulawesi" in html
    assert "Istana Negara" in html
    assert "tertinggi keempat" in html


# ---- query counts -----------------------------------------------------------------


@pytest.fixture
def uncached(settings):
    """Count the queries that build the page, not a cache read (the region
    and home pages cache their aggregates until the next write)."""
    settings.CAKUPAN_CACHE = False


def queries_for(client, url) -> int:
    client.get(url)  # warm per-process caches (content types)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def build_edition(size: int, *, province="73", year=2030):
    """An edition with a government category and an enterprise category of
    ``size`` nominees each, three panel members, every score entered, and an
    outcome per government nominee."""
    edition = make_edition(province, year=year)
    government = make_category(edition)
    business = make_category(
        edition, kind="large_enterprise", name="Perusahaan Besar",
        weights=(("Kepatuhan", 50), ("Kinerja", 30), ("Wawancara", 20)),
    )  # fmt: skip
    regencies = list(Region.objects.filter(parent__code=province).order_by("code")[:size])
    for region in regencies:
        Nominee.objects.create(category=government, region=region)
        Outcome.objects.create(edition=edition, region=region, title="Uji", rank=1)
    for index in range(size):
        Nominee.objects.create(
            category=business, organisation=f"PT Uji {index:02d}", sector="Jasa", size="large"
        )
    seats = [make_seat(edition, make_user(f"uji{year}-{i}"), seat=s)
             for i, s in enumerate(["disnaker", "unions", "employers"])]  # fmt: skip
    for number, seat in enumerate(seats):
        for category in (government, business):
            values = {
                (n.pk, c.pk): D(50 + (n.pk * 7 + c.pk * 3 + number) % 50)
                for n in category.nominees.all()
                for c in category.criteria.all()
            }
            scores_save(seat=seat, values=values, user=seat.user)
    return edition


def test_edition_page_queries_do_not_grow_with_nominees(client, seeded, uncached):
    small = build_edition(2, year=2030)
    large = build_edition(20, year=2031)
    assert queries_for(client, f"/paritrana/{small.pk}/") == queries_for(
        client, f"/paritrana/{large.pk}/"
    )


def test_edition_list_queries_do_not_grow_with_editions(client, seeded, uncached):
    before = queries_for(client, "/paritrana/")
    for year in (2030, 2031, 2032):
        build_edition(5, year=year)
    assert queries_for(client, "/paritrana/") == before


def test_region_page_queries_do_not_grow_with_nominations(client, seeded, uncached):
    build_edition(2, year=2030)
    before = queries_for(client, "/wilayah/73.01/")
    for year in (2031, 2032, 2033):
        build_edition(20, year=year)
    assert queries_for(client, "/wilayah/73.01/") == before


def test_edition_page_query_count_is_pinned(client, seeded, uncached):
    """The public page: edition, categories, criteria, nominees, panel,
    outcomes and one per citation provider. The panel's page adds its
    scores, two for the nominees' coverage, and the reads of who the user
    is (session, user, seat, entry seats, lock rights) and the plenary's
    tie decisions."""
    edition = build_edition(3)
    assert queries_for(client, f"/paritrana/{edition.pk}/") == 7
    client.force_login(edition.panel.first().user)
    assert queries_for(client, f"/paritrana/{edition.pk}/") == PANEL_PAGE_QUERIES
    bigger = build_edition(12, year=2031)
    client.force_login(bigger.panel.first().user)
    assert queries_for(client, f"/paritrana/{bigger.pk}/") == PANEL_PAGE_QUERIES


PANEL_PAGE_QUERIES = 18


def test_coverage_is_read_for_government_nominees_only(client, seeded):
    edition = build_edition(2)
    client.force_login(edition.panel.first().user)
    CoverageFigure.objects.filter(region__code="73.01").update(as_of=date(2024, 12, 31))
    response = client.get(f"/paritrana/{edition.pk}/")
    government, business = response.context["page"].categories
    assert any(r.coverage is not None for r in government.rows)
    assert all(r.coverage is None for r in business.rows)


def test_home_page_shows_latest_outcomes_and_links_to_paritrana(client, seeded):
    html = html_of(client.get("/"))
    assert 'href="/paritrana/"' in html
    assert "tertinggi keempat" in html
    assert "zona Sulawesi" in html


def test_home_page_queries_do_not_grow_with_outcomes(client, seeded, uncached):
    before = queries_for(client, "/")
    for year in (2030, 2031):
        build_edition(10, year=year)
    assert queries_for(client, "/") == before
