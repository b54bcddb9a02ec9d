"""Figures as published (issue 12): what a source says is kept (above 100 %,
covered above eligible), no public number without a source, contradictions
visible where the number is, revisions shown with the value they replaced."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from regions import cache
from regions.choices import RecordStatus
from regions.forms import CoverageFigureForm
from regions.models import CoverageFigure
from tests.regions.sourcing import DOCUMENT

pytestmark = pytest.mark.django_db

SOURCE_COLUMNS = {
    "sumber_media": "BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
    "sumber_judul": "Laporan kepesertaan jasa konstruksi Juni 2025",
    "sumber_url": "https://contoh.id/laporan-jakon-juni-2025",
    "sumber_tanggal": "2025-07-10",
}
ABOVE_100 = {
    "kode_wilayah": "73",
    "segmen": "construction",
    "per_tanggal": "2025-06-30",
    "terlindungi": "392.400",
    "penyebut": "100.000",
    "persen": "392,4",
    "penerbit": "BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
    "jenis_penerbit": "bpjs_kanwil",
}
EXPLANATION = "penyebut adalah perkiraan BPS; peserta terdaftar di wilayah ini melebihi"


@pytest.fixture(autouse=True)
def _fresh_aggregates():
    cache.bump_data_version()
    yield
    cache.bump_data_version()


def write_csv(path, rows: list[dict]) -> str:
    header = list(dict.fromkeys(key for row in rows for key in row))
    lines = [",".join(header)]
    for row in rows:
        lines.append(",".join(f'"{row.get(key, "")}"' for key in header))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def run_import(path) -> str:
    out = StringIO()
    call_command("import_figures", path, "--no-progress", stdout=out)
    return out.getvalue()


def page(client, code="73") -> str:
    response = client.get(f"/wilayah/{code}/")
    assert response.status_code == 200
    return response.content.decode()


# ---- above 100 % ---------------------------------------------------------------------------


def test_figure_above_100_imports_with_its_source_and_shows_with_the_explanation(
    client, sulsel, tmp_path
):
    output = run_import(write_csv(tmp_path / "jakon.csv", [{**ABOVE_100, **SOURCE_COLUMNS}]))
    assert "1 baru" in output
    assert "Belum bersumber" not in output
    figure = CoverageFigure.objects.get(region=sulsel, segment="construction")
    assert (figure.percent, figure.covered, figure.eligible) == (Decimal("392.40"), 392400, 100000)
    assert figure.status == RecordStatus.PUBLISHED
    assert figure.source_kind == "document"
    assert figure.quality_warning == ""  # 392.400 / 100.000 is 392,40 %: consistent

    html = page(client)
    assert "392,4 %" in html
    assert EXPLANATION in html
    assert "Laporan kepesertaan jasa konstruksi Juni 2025" in html  # the source is named


def test_figure_above_100_without_source_is_imported_but_not_public(client, sulsel, tmp_path):
    output = run_import(write_csv(tmp_path / "jakon.csv", [ABOVE_100]))
    assert "Belum bersumber" in output
    assert "baris 2" in output
    figure = CoverageFigure.objects.get(region=sulsel, segment="construction")
    assert figure.status == RecordStatus.UNVERIFIED
    assert "392,4" not in page(client)


# ---- no public number without a source -------------------------------------------------------

UNSOURCED = {
    "segment": "total",
    "as_of": "2025-07-31",
    "as_of_precision": "day",
    "percent": "77,77",
    "publisher": "Pemerintah Provinsi Sulawesi Selatan",
    "publisher_kind": "pemprov",
    "status": "published",
}


@pytest.fixture
def clerk(sulsel):
    user = get_user_model().objects.create_user("clerk", password="uji-kata-sandi-9")
    call_command("grant_region", "clerk", "73", "--role", "editor", stdout=StringIO())
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def unsourced(clerk, client, sulsel):
    """The clerk saves a figure in the admin with no outlet, title or URL."""
    client.force_login(clerk)
    data = {**UNSOURCED, "region": sulsel.pk}
    for name in ("covered", "eligible", "source_outlet", "source_title", "source_url",
                 "source_date", "note", "denominator_kind", "denominator_label",
                 "participant_kind"):  # fmt: skip
        data.setdefault(name, "")
    response = client.post("/admin/regions/coveragefigure/add/", data, follow=True)
    assert response.status_code == 200
    assert "belum bersumber" in response.content.decode().lower()
    client.logout()
    return CoverageFigure.objects.get(region=sulsel, percent=Decimal("77.77"))


def test_unsourced_figure_is_kept_unverified_never_public(client, unsourced):
    assert unsourced.status == RecordStatus.UNVERIFIED
    for url in ("/", "/wilayah/73/", "/wilayah/?level=province"):
        html = client.get(url).content.decode()
        assert "77,77" not in html, url
        assert "clerk" not in html, url
    csv = b"".join(
        client.get("/wilayah/", {"level": "province", "_export": "csv"}).streaming_content
    ).decode()
    assert "77.77" not in csv
    assert "77,77" not in csv
    xlsx = client.get("/wilayah/", {"_export": "xlsx"})
    assert xlsx.status_code == 200
    assert b"77.77" not in xlsx.content


def test_editor_sees_the_unverified_figure_with_a_badge_and_filter(client, clerk, unsourced):
    client.force_login(clerk)
    listing = client.get("/admin/regions/coveragefigure/", {"status__exact": "unverified"})
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "status-unverified" in html
    assert "Belum bersumber" in html
    assert f"/admin/regions/coveragefigure/{unsourced.pk}/change/" in html


def test_reviewer_attaches_a_source_and_publishes(client, clerk, unsourced):
    client.force_login(clerk)
    # Without a source, the publish action refuses and says why.
    response = client.post(
        "/admin/regions/coveragefigure/",
        {"action": "publish_sourced", "_selected_action": [unsourced.pk]},
        follow=True,
    )
    assert "Belum bersumber, tidak diterbitkan" in response.content.decode()
    unsourced.refresh_from_db()
    assert unsourced.status == RecordStatus.UNVERIFIED

    CoverageFigure.objects.filter(pk=unsourced.pk).update(
        **{key: value for key, value in DOCUMENT.items()}
    )
    response = client.post(
        "/admin/regions/coveragefigure/",
        {"action": "publish_sourced", "_selected_action": [unsourced.pk]},
        follow=True,
    )
    assert "1 data diterbitkan" in response.content.decode()
    unsourced.refresh_from_db()
    assert (unsourced.status, unsourced.source_kind) == (RecordStatus.PUBLISHED, "document")
    client.logout()
    html = page(client)
    assert "77,77" in html
    assert DOCUMENT["source_outlet"] in html
    assert "Dimasukkan oleh" not in html


# ---- contradictions ------------------------------------------------------------------------


def figure(region, *, as_of, percent, covered=None, eligible=None, publisher="Uji Kanwil"):
    return CoverageFigure.objects.create(
        region=region, segment="total", as_of=as_of, percent=Decimal(percent), covered=covered,
        eligible=eligible, publisher=publisher, publisher_kind="bpjs_kanwil", **DOCUMENT,
    )  # fmt: skip


def test_contradictory_newest_figure_is_not_the_headline(client, sulsel):
    figure(sulsel, as_of=date(2025, 8, 31), percent="48.10", covered=481, eligible=1000)
    figure(sulsel, as_of=date(2025, 9, 30), percent="70", covered=500, eligible=1000)
    html = page(client)
    cards = html.split('id="h-target"')[0]
    assert "48,1 %" in cards
    # The card names the contradictory figure and both of its values ...
    assert "Angka yang lebih baru (per 30 September 2025, Uji Kanwil)" in cards
    assert "70 %" in cards
    assert "50 %" in cards
    # ... and the progress section judges from the same consistent figure.
    progress = html.split('id="h-target"')[1].split('id="h-children"')[0]
    assert "48,1 %" in progress
    assert "70 %" not in progress


def test_contradictory_figure_alone_shows_both_values_and_why(client, selayar):
    CoverageFigure.objects.filter(region=selayar, segment="total").update(status="draft")
    figure(selayar, as_of=date(2025, 9, 30), percent="70", covered=500, eligible=1000)
    cards = page(client, "73.01").split('id="h-target"')[0]
    assert "70 %" in cards
    assert "50 %" in cards
    assert "Belum ada angka lain untuk segmen ini yang cocok" in cards


# ---- revisions -----------------------------------------------------------------------------


def test_publisher_revision_shows_direvisi_and_the_earlier_value(client, sulsel):
    original = figure(sulsel, as_of=date(2025, 9, 30), percent="49.50")
    data = {
        **{k: v for k, v in CoverageFigureForm(instance=original).initial.items() if v is not None},
        "region": sulsel.pk,
        "percent": "51,20",
    }
    form = CoverageFigureForm(data=data, instance=CoverageFigure.objects.get(pk=original.pk))
    assert form.is_valid(), form.errors
    revised = form.save()
    assert revised.is_revised
    assert revised.previous_percent == Decimal("49.50")
    # The history keeps both values.
    assert {h.percent for h in revised.history.all()} == {Decimal("49.50"), Decimal("51.20")}

    cards = page(client).split('id="h-target"')[0]
    assert "51,2 %" in cards
    assert "direvisi" in cards
    assert "sebelumnya 49,5 %" in cards


def test_editing_an_unverified_figure_is_not_a_revision(sulsel):
    draft = CoverageFigure.objects.create(
        region=sulsel, segment="total", as_of=date(2025, 9, 30), percent=Decimal("49.5"),
        publisher="Uji", publisher_kind="other",
    )  # fmt: skip
    assert draft.status == RecordStatus.UNVERIFIED
    draft = CoverageFigure.objects.get(pk=draft.pk)
    draft.percent = Decimal("51.2")
    draft.save()
    assert not draft.is_revised
    assert draft.previous_percent is None


# ---- cached aggregates -----------------------------------------------------------------------


def test_cached_aggregates_leave_unverified_out_and_follow_publication(sulsel):
    from regions import selectors

    def sulsel_row():
        return next(r for r in selectors.province_latest_rows() if r.region.pk == sulsel.pk)

    before = sulsel_row().figure
    newer = CoverageFigure.objects.create(
        region=sulsel, segment="total", as_of=date(2025, 10, 31), percent=Decimal("52.5"),
        publisher="Uji Kanwil", publisher_kind="bpjs_kanwil",
    )  # fmt: skip
    assert newer.status == RecordStatus.UNVERIFIED
    assert sulsel_row().figure.pk == before.pk  # cached or not, never the unverified one

    for name, value in DOCUMENT.items():
        setattr(newer, name, value)
    newer.status = RecordStatus.PUBLISHED
    newer.save()  # the write bumps the data version: the cache is rebuilt
    assert sulsel_row().figure.pk == newer.pk


def test_region_list_marks_a_rate_above_100_and_exports_it_plainly(client, selayar):
    figure(selayar, as_of=date(2025, 10, 31), percent="104", covered=1040, eligible=1000)
    html = client.get("/wilayah/", {"province": "73"}).content.decode()
    row = html.split("Kabupaten Kepulauan Selayar")[1].split("</tr>")[0]
    assert "104 %" in row
    assert "di atas perkiraan pekerja" in row
    csv = b"".join(
        client.get("/wilayah/", {"province": "73", "_export": "csv"}).streaming_content
    ).decode()
    assert "104.00" in csv
    assert "perkiraan" not in csv


def test_region_list_and_export_use_the_latest_consistent_rate_as_the_page_does(client, selayar):
    figure(selayar, as_of=date(2025, 10, 31), percent="48.10", covered=481, eligible=1000)
    figure(selayar, as_of=date(2025, 11, 30), percent="70", covered=500, eligible=1000)
    html = client.get("/wilayah/", {"province": "73"}).content.decode()
    row = html.split("Kabupaten Kepulauan Selayar")[1].split("</tr>")[0]
    assert "48,1 %" in row
    assert "70 %" not in row
    csv = b"".join(
        client.get("/wilayah/", {"province": "73", "_export": "csv"}).streaming_content
    ).decode()
    selayar_line = next(line for line in csv.splitlines() if "Selayar" in line)
    assert "48.10" in selayar_line
    assert "70.00" not in selayar_line


def test_a_contradictory_rate_alone_still_heads_the_region_list(client, selayar):
    CoverageFigure.objects.filter(region=selayar, segment="total").update(status="draft")
    figure(selayar, as_of=date(2025, 11, 30), percent="70", covered=500, eligible=1000)
    html = client.get("/wilayah/", {"province": "73"}).content.decode()
    row = html.split("Kabupaten Kepulauan Selayar")[1].split("</tr>")[0]
    assert "70 %" in row
