"""Issue 12 on the database: progress counted from today on the region page,
freshness, history warnings in the admin and the import preview, and the
reviewers' "Kualitas data" page (scope, ranking, fixed query count)."""

import datetime as dt
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from regions import formatting, imports, quality_selectors
from regions import pages as region_pages
from regions import spreadsheets as sheets
from regions.choices import RecordStatus
from regions.freshness import add_months
from regions.models import CoverageFigure, CoverageTarget, Region
from regions.progress import pace_needed_from

pytestmark = pytest.mark.django_db

D = Decimal
SOURCE = {
    "source_outlet": "BPJS Ketenagakerjaan Cabang Uji",
    "source_title": "Laporan kepesertaan bulanan",
    "source_url": "https://contoh.id/laporan",
    "source_date": date(2025, 1, 15),
}


def figure(region, as_of, percent, *, publisher="BPJS Uji", kind="bpjs_branch", **extra):
    values = {"status": RecordStatus.PUBLISHED, **SOURCE, **extra}
    return CoverageFigure.objects.create(
        region=region,
        as_of=as_of,
        percent=None if percent is None else D(percent),
        publisher=publisher,
        publisher_kind=kind,
        **values,
    )


def target(region, target_date, percent, **extra):
    return CoverageTarget.objects.create(
        region=region,
        target_percent=D(percent),
        target_date=target_date,
        issuer="Pemda Uji",
        issuer_kind="pemda",
        is_primary=True,
        status=RecordStatus.PUBLISHED,
        **{**SOURCE, **extra},
    )


@pytest.fixture
def blank_regency(seeded):
    """A regency with no figure and no target of its own."""
    region = (
        Region.objects.filter(level="regency", parent__code="73", figures=None, targets=None)
        .order_by("code")
        .first()
    )
    assert region is not None
    return region


@pytest.fixture
def history_12_to_15(blank_regency):
    for year, value in [(2022, "12"), (2023, "13"), (2024, "15")]:
        figure(blank_regency, date(year, 12, 31), value)
    return blank_regency


@pytest.fixture
def recent_history(blank_regency):
    """12, 13 and 15 % over the two years before last month (the review page
    checks the figures of the last two years, counted from today)."""
    today = timezone.localdate()
    for months, value in [(-25, "12"), (-13, "13"), (-2, "15")]:
        figure(blank_regency, add_months(today, months), value, publisher=f"BPJS {months}")
    return blank_regency


# ---- progress from today -------------------------------------------------------------------


def test_sulsel_page_says_the_deadline_passed_and_shows_no_pace(client, sulsel):
    # Sulsel's primary target is 68 % by the end of 2025; the page is read after it.
    assert timezone.localdate() > date(2025, 12, 31)
    response = client.get("/wilayah/73/")
    progress = response.context["page"].progress
    assert progress.deadline_passed
    assert progress.pace_needed is None
    html = response.content.decode()
    assert "✖ Tenggat lewat" in html
    assert "target 2025 belum tercapai: masih kurang" in html
    assert "tidak ada: tenggat sudah lewat" in html
    assert "+3,72" not in html
    assert "poin per bulan mulai hari ini" not in html


@pytest.mark.parametrize("months", [3, 12, 30])
def test_region_24_points_short_needs_24_over_n_points_a_month_from_today(blank_regency, months):
    today = date(2026, 1, 15)
    deadline = add_months(today, months)
    figure(blank_regency, date(2024, 12, 31), "36")  # a year old: the pace runs from today
    target(blank_regency, deadline, "60")
    page = region_pages.region_page(blank_regency, today=today)
    assert page.progress.gap_points == D("24.00")
    assert page.progress.pace_needed == pace_needed_from(
        gap_points=D(24), today=today, deadline=deadline
    )
    assert abs(page.progress.pace_needed - D(24) / months) < D("0.03") * 24 / months


def test_the_page_shows_the_pace_needed_from_today(client, blank_regency):
    today = timezone.localdate()
    deadline = add_months(today, 12)
    figure(blank_regency, add_months(today, -13), "30")
    figure(blank_regency, add_months(today, -1), "36", covered=36_000, eligible=100_000)
    target(blank_regency, deadline, "60", baseline_percent=D("30"),
           baseline_date=add_months(today, -13))  # fmt: skip
    html = client.get(f"/wilayah/{blank_regency.code}/").content.decode()
    pace = pace_needed_from(gap_points=D(24), today=today, deadline=deadline)
    assert f"+{formatting.number_id(pace, 2)} poin/bulan" in html
    assert "butuh +" in html
    assert "poin per bulan mulai hari ini" in html
    # 24 points of 100.000 eligible workers.
    assert "± 24.000 pekerja lagi" in html
    # 6 of the 30 points from the baseline: a share of the distance, said as such.
    assert "sudah menempuh 20 % dari jarak angka awal ke target" in html


# ---- freshness -----------------------------------------------------------------------------


def test_region_page_says_how_old_its_latest_figure_is_and_flags_stale_data(client, blank_regency):
    today = timezone.localdate()
    figure(blank_regency, add_months(today, -5), "40")  # BPJS branch: monthly
    response = client.get(f"/wilayah/{blank_regency.code}/")
    fresh = response.context["page"].freshness
    assert fresh.age_months == 5
    assert fresh.monthly
    assert fresh.stale
    html = response.content.decode()
    assert "Angka terbaru berumur 5 bulan" in html
    assert "BPJS Ketenagakerjaan merilis angka tiap bulan" in html
    assert "Data usang" in html


def test_a_yearly_figure_of_last_year_is_not_stale(blank_regency):
    figure(blank_regency, date(2024, 12, 31), "40", publisher="BPS", kind="bps")
    page = region_pages.region_page(blank_regency, today=date(2025, 10, 31))
    assert page.freshness.age_months == 10
    assert page.freshness.next_expected == date(2025, 12, 31)
    assert not page.freshness.stale


def test_freshness_goes_by_the_newest_figure_of_any_segment(blank_regency):
    figure(blank_regency, date(2024, 12, 31), "40", kind="pemda", publisher="Pemda")
    figure(blank_regency, date(2025, 9, 30), "20", segment="informal")
    page = region_pages.region_page(blank_regency, today=date(2025, 10, 31))
    assert page.freshness.as_of == date(2025, 9, 30)
    assert page.freshness.monthly
    assert not page.freshness.stale


# ---- history warnings while entering -------------------------------------------------------

ROW = {
    "segmen": "total",
    "per_tanggal": "2025-12-31",
    "persen": "40",
    "penerbit": "Pemda Uji Impor",
    "jenis_penerbit": "pemda",
    "sumber_media": "Pemda Uji",
    "sumber_judul": "Laporan",
    "sumber_url": "https://contoh.id/l",
}


def _import(rows):
    header = list(dict.fromkeys(k for row in rows for k in row))
    lines = [",".join(header)] + [",".join(str(r.get(k, "")) for k in header) for r in rows]
    table = sheets.read_table(("\n".join(lines) + "\n").encode(), "x.csv")
    return imports.records_import(kind="figures", table=table)


def test_import_preview_warns_of_a_value_far_above_the_regions_history(history_12_to_15):
    code = history_12_to_15.code
    report = _import([{**ROW, "kode_wilayah": code}, {**ROW, "kode_wilayah": code,
                      "penerbit": "Kedua", "persen": "20"}])  # fmt: skip
    assert report.ok, report.messages()
    warned, fine = report.rows
    assert warned.history_warning.startswith(
        "40 % jauh di atas riwayat wilayah ini: 12–15 % selama 2 tahun (3 angka)"
    )
    assert "paling tinggi 26 %" in warned.history_warning
    assert fine.history_warning == ""
    assert report.history_warnings == [warned]


def test_import_preview_page_names_the_row_and_still_offers_to_confirm(
    admin_client, history_12_to_15
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    row = {**ROW, "kode_wilayah": history_12_to_15.code}
    data = (",".join(row) + "\n" + ",".join(row.values()) + "\n").encode()
    response = admin_client.post(
        "/admin/regions/coveragefigure/import/", {"file": SimpleUploadedFile("a.csv", data)}
    )
    html = response.content.decode()
    assert '<a href="#baris-2">Baris 2</a>' in html
    assert "jauh di atas riwayat wilayah ini: 12–15 % selama 2 tahun" in html
    assert "Konfirmasi impor" in html


def test_a_series_with_too_little_history_gets_no_warning(blank_regency):
    figure(blank_regency, date(2024, 12, 31), "15")
    report = _import([{**ROW, "kode_wilayah": blank_regency.code, "persen": "90"}])
    assert report.ok
    assert report.rows[0].history_warning == ""


def test_admin_save_of_an_unusual_figure_warns_but_saves(admin_client, history_12_to_15):
    new = figure(history_12_to_15, date(2025, 12, 31), "40", publisher="Kedua")
    assert quality_selectors.history_warning_for(new).startswith(
        "40 % jauh di atas riwayat wilayah ini"
    )
    url = f"/admin/regions/coveragefigure/{new.pk}/change/"
    form = admin_client.get(url).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update(region=new.region_id, percent="41", as_of="2025-12-31")
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    new.refresh_from_db()
    assert new.percent == D("41")
    messages = [str(m) for m in response.context["messages"]]
    assert any("41 % jauh di atas riwayat wilayah ini: 12–15 %" in m for m in messages), messages


def test_history_warning_ignores_other_regions_segments_and_denominators(history_12_to_15):
    other = figure(history_12_to_15, date(2025, 12, 31), "40", segment="informal")
    bps = figure(history_12_to_15, date(2025, 12, 31), "40", kind="bps", publisher="BPS")
    assert quality_selectors.history_warning_for(other) == ""
    assert quality_selectors.history_warning_for(bps) == ""


# ---- the reviewers' page -------------------------------------------------------------------


def make_user(username, code=None, role="reviewer", **flags):
    user = get_user_model().objects.create_user(username, password="uji-kata-sandi-9", **flags)
    if code:
        call_command("grant_region", username, code, "--role", role, stdout=StringIO())
        user.refresh_from_db()
    return user


@pytest.fixture
def admin_client(client, seeded):
    user = get_user_model().objects.create_superuser("admin", "a@contoh.id", "uji-kata-sandi-9")
    client.force_login(user)
    return client


def test_quality_page_asks_anonymous_visitors_to_log_in(client, seeded):
    response = client.get("/kualitas/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/kualitas/")


def test_quality_page_refuses_staff_without_a_review_scope(client, seeded):
    client.force_login(make_user("tanpa", is_staff=True))
    assert client.get("/kualitas/").status_code == 403
    client.force_login(make_user("pemantau", "73", role="viewer"))
    assert client.get("/kualitas/").status_code == 403


def test_reviewer_sees_the_findings_of_their_own_regions_only(client, recent_history):
    last_month = add_months(timezone.localdate(), -1)
    unusual = figure(recent_history, last_month, "40", publisher="Kedua")
    elsewhere = Region.objects.get(code="63")  # Kalimantan Selatan: not in the scope
    far = figure(elsewhere, last_month, "70", covered=500, eligible=1000)
    client.force_login(make_user("peninjau73", "73"))
    response = client.get("/kualitas/")
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    lists = {kind: rows for kind, _t, _h, rows, _n in response.context["page"].lists}
    assert unusual.pk in [r.figure.pk for r in lists["unusual"]]
    assert far.pk not in [r.figure.pk for rows in lists.values() for r in rows]
    assert {r.region.code[:2] for rows in lists.values() for r in rows} == {"73"}
    html = response.content.decode()
    assert "jauh di atas riwayat wilayah ini: 12–15 % selama 2 tahun" in html
    assert f"/admin/regions/coveragefigure/{unusual.pk}/change/" in html


def test_national_admin_sees_every_region_ranked_by_impact(admin_client, history_12_to_15):
    small = figure(history_12_to_15, date(2025, 6, 30), "60", covered=500, eligible=1000)
    big = figure(Region.objects.get(code="63"), date(2025, 6, 30), "70", covered=400,
                 eligible=1000)  # fmt: skip
    page = admin_client.get("/kualitas/").context["page"]
    assert page.national
    contradictory = dict((k, rows) for k, _t, _h, rows, _n in page.lists)["contradictory"]
    pks = [r.figure.pk for r in contradictory]
    assert pks.index(big.pk) < pks.index(small.pk)  # 30 points before 10


def test_quality_page_opens_only_the_first_list_with_findings(admin_client, history_12_to_15):
    # A phone sees every list's name and count first; the first list with
    # findings is open, the others collapsed (issue 12's note: 14.000 px).
    figure(history_12_to_15, date(2025, 6, 30), "60", covered=500, eligible=1000)
    response = admin_client.get("/kualitas/")
    page = response.context["page"]
    with_rows = [kind for kind, _t, _h, rows, _n in page.lists if rows]
    assert page.first_open == with_rows[0]
    html = response.content.decode()
    assert html.count('<details class="quality-list" open>') == 1
    assert html.count('<details class="quality-list"') == len(page.lists)
    opened = html.index('<details class="quality-list" open>')
    assert html.index(f'id="h-{page.first_open}"') > opened


def test_quality_page_lists_unsourced_figures_when_that_status_exists(admin_client, blank_regency):
    if quality_selectors.UNVERIFIED is None:
        assert not hasattr(RecordStatus, "UNVERIFIED")
        return
    draft = figure(blank_regency, date(2025, 6, 30), "44", status=quality_selectors.UNVERIFIED,
                   source_outlet="", source_title="", source_url="")  # fmt: skip
    page = admin_client.get("/kualitas/").context["page"]
    unsourced = dict((k, rows) for k, _t, _h, rows, _n in page.lists)["unsourced"]
    assert draft.pk in [r.figure.pk for r in unsourced]


def test_quality_page_lists_stale_regions(admin_client, blank_regency):
    old = figure(blank_regency, timezone.localdate() - dt.timedelta(days=400), "30")
    page = admin_client.get("/kualitas/").context["page"]
    stale = dict((k, rows) for k, _t, _h, rows, _n in page.lists)["stale"]
    assert old.pk in [r.figure.pk for r in stale]


def test_quality_page_queries_do_not_grow_with_the_data(client, history_12_to_15):
    client.force_login(make_user("peninjau", "73"))
    client.get("/kualitas/")  # sessions, content types: warmed once

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/kualitas/").status_code == 200
        return len(queries)

    before = count()
    for i, code in enumerate(["73.01", "73.02", "73.03"]):
        region = Region.objects.get(code=code)
        figure(region, date(2025, 6, 30), str(50 + i), covered=1, eligible=1000, publisher="X")
        for year in (2021, 2022, 2023):
            figure(region, date(year, 6, 30), str(10 + i), publisher=f"Y{year}")
    assert count() == before


def test_admin_index_links_the_quality_page_for_reviewers_only(client, seeded):
    client.force_login(make_user("peninjau_indeks", "73"))
    assert 'href="/kualitas/"' in client.get("/admin/").content.decode()
    client.force_login(make_user("staf_indeks", is_staff=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'href="/kualitas/"' not in response.content.decode()
