"""Spreadsheet import and export of coverage figures, targets and budgets:
the service (every rule reported with row and column, all rows or none,
scope), the admin's upload -> preview -> confirm, the export -> import round
trip, and the import_figures command."""

import datetime as dt
import io
import re
from decimal import Decimal
from io import StringIO

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import timezone

from jobs.models import Job
from regions import imports
from regions import spreadsheets as sheets
from regions.intake import read as intake_read
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from tests.regions.sourcing import DOCUMENT

pytestmark = pytest.mark.django_db

FIGURES_URL = "/admin/regions/coveragefigure/"
IMPORT_URL = FIGURES_URL + "import/"

FIGURE = {
    "kode_wilayah": "73.01",
    "segmen": "total",
    "per_tanggal": "2025-06-30",
    "persen": "50",
    "penerbit": "Uji Impor",
    "jenis_penerbit": "bpjs_branch",
}
TARGET = {
    "kode_wilayah": "73.01",
    "segmen": "total",
    "target_persen": "70",
    "target_tanggal": "2030",
    "penetap": "Uji Penetap",
    "jenis_penetap": "pemda",
}
BUDGET = {
    "kode_wilayah": "73.01",
    "tahun_anggaran": "2025",
    "jumlah": "1.000.000",
    "peruntukan": "Uji peruntukan",
    "penerbit": "Uji Penerbit",
}
BASE = {"figures": FIGURE, "targets": TARGET, "budgets": BUDGET}
MODELS = {"figures": CoverageFigure, "targets": CoverageTarget, "budgets": BudgetAllocation}


# ---- helpers ---------------------------------------------------------------------------


def csv_bytes(rows: list[dict], delimiter: str = ",") -> bytes:
    header = list(dict.fromkeys(key for row in rows for key in row))
    lines = [delimiter.join(header)]
    for row in rows:
        cells = []
        for key in header:
            value = str(row.get(key, ""))
            if any(ch in value for ch in f'{delimiter}"\n'):
                value = '"' + value.replace('"', '""') + '"'
            cells.append(value)
        lines.append(delimiter.join(cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_bytes(rows: list[dict], formats: dict[str, str] | None = None) -> bytes:
    header = list(dict.fromkeys(key for row in rows for key in row))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(key) for key in header])
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def run(kind: str, rows: list[dict], *, user=None, commit=False, fmt="csv"):
    data = csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows)
    return imports.records_import(
        kind=kind, table=sheets.read_table(data, f"x.{fmt}"), user=user, commit=commit
    )


def make_user(username, code=None, role="editor"):
    user = get_user_model().objects.create_user(username, password="uji-kata-sandi-9")
    if code:
        call_command("grant_region", username, code, "--role", role, stdout=StringIO())
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def editor73(seeded):
    return make_user("editor73", "73")


@pytest.fixture
def editor_client(editor73, client):
    client.force_login(editor73)
    return client


# ---- reading values ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "covered"),
    [("1.300.000", 1300000), ("1300000", 1300000), ("1,300,000", 1300000),
     ("1.300.000,0", 1300000), (" 24.874 ", 24874)],
)  # fmt: skip
def test_count_is_read_when_written_in_indonesian_or_plain_form(seeded, written, covered):
    report = run("figures", [{**FIGURE, "terlindungi": written, "persen": ""}], commit=True)
    assert report.ok, report.messages()
    assert CoverageFigure.objects.get(publisher="Uji Impor").covered == covered


@pytest.mark.parametrize(
    ("written", "percent"),
    [("46,44", "46.44"), ("46.44", "46.44"), ("46,44%", "46.44"), ("46.44 %", "46.44"),
     ("53", "53"), ("0,5", "0.5")],
)  # fmt: skip
def test_percent_is_read_when_written_in_indonesian_or_plain_form(seeded, written, percent):
    report = run("figures", [{**FIGURE, "persen": written}], commit=True)
    assert report.ok, report.messages()
    assert CoverageFigure.objects.get(publisher="Uji Impor").percent == Decimal(percent)


def test_xlsx_numbers_are_read_when_excel_stores_them_as_numbers_and_percents(seeded):
    rows = [{**FIGURE, "persen": 0.4644, "terlindungi": 24874, "penyebut": 53561.0}]
    data = xlsx_bytes(rows, formats={"D2": "0.00%"})
    report = imports.records_import(
        kind="figures", table=sheets.read_table(data, "x.xlsx"), commit=True
    )
    assert report.ok, report.messages()
    figure = CoverageFigure.objects.get(publisher="Uji Impor")
    assert (figure.percent, figure.covered, figure.eligible) == (Decimal("46.44"), 24874, 53561)


def test_budget_amount_is_read_when_written_with_rupiah_sign(seeded):
    report = run("budgets", [{**BUDGET, "jumlah": "Rp1.000.000.000"}], commit=True)
    assert report.ok, report.messages()
    assert BudgetAllocation.objects.get(publisher="Uji Penerbit").amount == 1_000_000_000


@pytest.mark.parametrize(
    ("written", "precision_cell", "as_of", "precision"),
    [
        ("2025-06-10", "", dt.date(2025, 6, 10), "day"),
        ("10/06/2025", "", dt.date(2025, 6, 10), "day"),
        ("10 Juni 2025", "", dt.date(2025, 6, 10), "day"),
        ("10 Jun 2025", "", dt.date(2025, 6, 10), "day"),
        ("Juni 2025", "", dt.date(2025, 6, 30), "month"),
        ("2025-06", "", dt.date(2025, 6, 30), "month"),
        ("2024", "", dt.date(2024, 12, 31), "year"),
        ("2024-12-31", "tahun", dt.date(2024, 12, 31), "year"),
    ],
)
def test_date_is_stored_with_its_precision_when_written_in_any_form(
    seeded, written, precision_cell, as_of, precision
):
    report = run(
        "figures", [{**FIGURE, "per_tanggal": written, "ketelitian": precision_cell}], commit=True
    )
    assert report.ok, report.messages()
    figure = CoverageFigure.objects.get(publisher="Uji Impor")
    assert (figure.as_of, figure.as_of_precision) == (as_of, precision)


@pytest.mark.parametrize(
    ("written", "code"),
    [("73.01", "73.01"), (" 73.01 ", "73.01"), ("Kab. Kepulauan Selayar", "73.01"),
     ("Selayar", "73.01"), ("kabupaten  kepulauan selayar", "73.01"),
     ("Kabupaten Kepulauan Selayar", "73.01"), ("Sulsel", "73"), ("SULAWESI SELATAN", "73"),
     ("73", "73")],
)  # fmt: skip
def test_region_is_found_by_code_name_or_alias(seeded, written, code):
    report = run("figures", [{**FIGURE, "kode_wilayah": written}])
    assert report.ok, report.messages()
    assert report.rows[0].form.instance.region.code == code


def test_region_from_a_numeric_excel_cell_keeps_its_trailing_zero(seeded):
    # 73.10 typed into Excel becomes the number 73.1.
    data = xlsx_bytes([{**FIGURE, "kode_wilayah": 73.1}])
    report = imports.records_import(kind="figures", table=sheets.read_table(data))
    assert report.ok, report.messages()
    assert report.rows[0].form.instance.region.code == "73.10"


def test_region_may_be_given_by_name_column_only(seeded):
    row = {k: v for k, v in FIGURE.items() if k != "kode_wilayah"}
    report = run("figures", [{"nama_wilayah": "Kepulauan Selayar", **row}])
    assert report.ok, report.messages()
    assert report.rows[0].form.instance.region.code == "73.01"


# ---- every rule, with row and column ---------------------------------------------------------

RULES = [
    ("figures", {"persen": "10.000"},
     "Baris 2, kolom persen: Persentase harus 0 atau lebih dan di bawah 10.000. Di atas 100 "
     "boleh (penyebutnya perkiraan), tetapi seratus kali jumlah pekerja berarti salah ketik "
     "atau salah penyebut."),
    ("figures", {"persen": "abc"},
     "Baris 2, kolom persen: “abc” bukan angka. Contoh: 46,44 atau 1.300.000."),
    ("figures", {"persen": "=A1*2"},
     "Baris 2, kolom persen: “=A1*2” bukan angka. Contoh: 46,44 atau 1.300.000."),
    ("figures", {"penyebut": "0"}, "Baris 2, kolom penyebut: Penyebut harus lebih dari 0."),
    ("figures", {"terlindungi": "-5"}, "Baris 2, kolom terlindungi: Tidak boleh negatif."),
    ("figures", {"terlindungi": "1,5"},
     "Baris 2, kolom terlindungi: “1,5” harus bilangan bulat (tanpa pecahan)."),
    ("figures", {"persen": ""},
     "Baris 2, kolom persen: Isi persentase, jumlah pekerja terlindungi, atau keduanya."),
    ("figures", {"per_tanggal": "2099-01-01"},
     "Baris 2, kolom per_tanggal: Tanggal tidak boleh di masa depan."),
    ("figures", {"per_tanggal": "besok"},
     "Baris 2, kolom per_tanggal: “besok” bukan tanggal. Contoh: 2025-07-10, 10/07/2025 atau "
     "10 Juli 2025."),
    ("figures", {"per_tanggal": ""}, "Baris 2, kolom per_tanggal: Bidang ini tidak boleh kosong."),
    ("figures", {"ketelitian": "minggu"},
     "Baris 2, kolom ketelitian: “minggu” bukan ketelitian yang dikenal. Pilihan: hari, bulan, "
     "tahun."),
    ("figures", {"segmen": "PMI"},
     "Baris 2, kolom segmen: Segmen Pekerja Migran Indonesia (PMI) tidak dicatat untuk "
     "kabupaten; catat di provinsinya."),
    ("figures", {"segmen": "petani"}, "Baris 2, kolom segmen: “petani” bukan pilihan yang dikenal."),
    ("figures", {"penerbit": ""}, "Baris 2, kolom penerbit: Bidang ini tidak boleh kosong."),
    ("figures", {"jenis_penerbit": "koran"},
     "Baris 2, kolom jenis_penerbit: “koran” bukan pilihan yang dikenal."),
    ("figures", {"sumber_url": "bukan url"}, "Baris 2, kolom sumber_url: Masukkan URL yang valid."),
    ("figures", {"perkiraan": "mungkin"},
     "Baris 2, kolom perkiraan: “mungkin” bukan ya atau tidak."),
    ("figures", {"kode_wilayah": "Atlantis"},
     "Baris 2, kolom kode_wilayah: “Atlantis” bukan kode, nama atau nama lain wilayah yang "
     "dikenal."),
    ("figures", {"kode_wilayah": ""},
     "Baris 2, kolom kode_wilayah: wilayah kosong; isi kode_wilayah atau nama_wilayah."),
    ("figures", {"nama_wilayah": "Kalimantan Selatan"},
     "Baris 2, kolom nama_wilayah: “Kalimantan Selatan” tidak cocok dengan kode_wilayah "
     "Kabupaten Kepulauan Selayar (73.01)."),
    ("targets", {"awal_persen": "47"},
     "Baris 2, kolom awal_tanggal: Angka awal perlu tanggalnya."),
    ("targets", {"awal_persen": "47", "awal_tanggal": "2031-01-01"},
     "Baris 2, kolom awal_tanggal: Tanggal tidak boleh di masa depan."),
    ("targets", {"awal_persen": "47", "awal_tanggal": "2024-06-30", "target_tanggal": "2023"},
     "Baris 2, kolom target_tanggal: Tenggat target harus sesudah tanggal angka awal."),
    ("targets", {"target_persen": ""},
     "Baris 2, kolom target_persen: Bidang ini tidak boleh kosong."),
    ("targets", {"target_persen": "12.000"},
     "Baris 2, kolom target_persen: Persentase harus 0 atau lebih dan di bawah 10.000. Di atas "
     "100 boleh (penyebutnya perkiraan), tetapi seratus kali jumlah pekerja berarti salah "
     "ketik atau salah penyebut."),
    ("targets", {"target_utama": "barangkali"},
     "Baris 2, kolom target_utama: “barangkali” bukan ya atau tidak."),
    ("budgets", {"tahun_anggaran": "2099"},
     "Baris 2, kolom tahun_anggaran: Tahun anggaran paling jauh tahun depan."),
    ("budgets", {"tahun_anggaran": "dua ribu"},
     "Baris 2, kolom tahun_anggaran: Masukkan keseluruhan angka bilangan."),
    ("budgets", {"jumlah": "-5"}, "Baris 2, kolom jumlah: Tidak boleh negatif."),
    ("budgets", {"jumlah": "1,5 miliar"},
     "Baris 2, kolom jumlah: “1,5 miliar” bukan angka. Contoh: 46,44 atau 1.300.000."),
    ("budgets", {"bulan_dibiayai": "13"},
     "Baris 2, kolom bulan_dibiayai: Pastikan nilai ini lebih kecil dari atau sama dengan 12."),
    ("budgets", {"sumber_dana": "hibah"},
     "Baris 2, kolom sumber_dana: “hibah” bukan pilihan yang dikenal."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "change", "message"), RULES, ids=[r[2][:60] for r in RULES])
def test_rule_is_reported_with_row_and_column_when_a_cell_breaks_it(seeded, kind, change, message):
    model = MODELS[kind]
    before = model.objects.count()
    report = run(kind, [{**BASE[kind], **change}], commit=True)
    texts = report.messages()
    assert any(text.startswith(message) for text in texts), texts
    assert not report.written
    assert model.objects.count() == before


def test_all_problems_are_reported_in_row_order_when_several_rows_are_bad(seeded):
    rows = [
        {**FIGURE, "penerbit": "A"},
        {**FIGURE, "penerbit": "B", "persen": "abc", "per_tanggal": "kemarin"},
        {**FIGURE, "penerbit": "C"},
        {**FIGURE, "penerbit": "", "kode_wilayah": "Atlantis"},
    ]
    report = run("figures", rows, commit=True)
    assert report.messages() == [
        "Baris 3, kolom per_tanggal: “kemarin” bukan tanggal. Contoh: 2025-07-10, 10/07/2025 "
        "atau 10 Juli 2025.",
        "Baris 3, kolom persen: “abc” bukan angka. Contoh: 46,44 atau 1.300.000.",
        "Baris 5, kolom kode_wilayah: “Atlantis” bukan kode, nama atau nama lain wilayah yang "
        "dikenal.",
        "Baris 5, kolom penerbit: Bidang ini tidak boleh kosong.",
    ]
    assert not CoverageFigure.objects.filter(publisher__in=["A", "C"]).exists()


def test_duplicate_rows_in_the_file_are_reported_when_their_key_repeats(seeded):
    rows = [FIGURE, {**FIGURE, "persen": "51"}, {**FIGURE, "penerbit": "Lain"}]
    report = run("figures", rows)
    assert report.messages() == [
        "Baris 3: sama dengan baris 2 (kode_wilayah, segmen, per_tanggal, penerbit sama); "
        "satu data cukup satu baris."
    ]


def test_header_problems_are_reported_before_any_row_when_columns_are_wrong(seeded):
    data = b"kode_wilayah,persen,prsen\n73,50,1\n"
    report = imports.records_import(kind="figures", table=sheets.read_table(data))
    texts = report.messages()
    assert texts[0].startswith(
        "Baris 1, kolom prsen: kolom tidak dikenal untuk berkas angka cakupan."
    )
    assert "Kolom wajib “per_tanggal” tidak ada di baris judul." in texts


def test_file_of_another_kind_is_refused_when_its_header_says_so(seeded):
    report = run("budgets", [FIGURE])
    assert report.messages() == [
        "Berkas ini berisi angka cakupan, bukan anggaran perlindungan (lihat baris judulnya)."
    ]


# ---- scope ---------------------------------------------------------------------------------


def test_row_outside_the_editors_scope_is_an_error_and_nothing_is_written(editor73):
    rows = [FIGURE, {**FIGURE, "kode_wilayah": "63"}, {**FIGURE, "kode_wilayah": "Sulsel"}]
    report = run("figures", rows, user=editor73, commit=True)
    assert report.messages() == [
        "Baris 3, kolom kode_wilayah: Kalimantan Selatan (63) di luar wilayah yang boleh Anda ubah."
    ]
    assert not CoverageFigure.objects.filter(publisher="Uji Impor").exists()


def test_rows_in_scope_are_written_with_the_editor_as_author(editor73):
    report = run("figures", [FIGURE, {**FIGURE, "kode_wilayah": "73"}], user=editor73, commit=True)
    assert report.written
    assert report.created == 2
    for figure in CoverageFigure.objects.filter(publisher="Uji Impor"):
        assert figure.entered_by == editor73
        assert figure.history.get().history_user == editor73


# ---- existing records: update, unchanged ------------------------------------------------------


def _exported(kind, queryset):
    header, rows = imports.export_rows(kind, queryset)
    return [dict(zip(header, [sheets.cell_out(v) for v in row], strict=True)) for row in rows]


def test_row_with_an_existing_key_updates_that_record_and_lists_the_change(seeded):
    figure = CoverageFigure.objects.filter(region__code="73.01", percent__isnull=False).first()
    figure.entered_by = make_user("asal")
    figure.save()
    row = _exported("figures", CoverageFigure.objects.filter(pk=figure.pk))[0]
    old_percent = figure.percent
    row["persen"] = "54,5"
    report = run("figures", [row], user=make_user("pengubah", "73"))
    assert report.ok
    assert report.updated == 1
    assert report.created == 0
    (change,) = report.rows[0].changes
    assert change[0] == "persen"
    assert change[2] == "54,5"
    assert CoverageFigure.objects.get(pk=figure.pk).percent == old_percent  # only a preview
    count = CoverageFigure.objects.count()
    report = run("figures", [row], user=get_user_model().objects.get(username="pengubah"),
                 commit=True)  # fmt: skip
    figure.refresh_from_db()
    assert figure.percent == Decimal("54.5")
    assert figure.entered_by.username == "asal"  # the author stays
    assert figure.history.first().history_user.username == "pengubah"
    assert CoverageFigure.objects.count() == count


def test_importing_the_same_file_twice_writes_nothing_the_second_time(seeded):
    first = run("figures", [FIGURE], commit=True)
    history = CoverageFigure.history.count()
    second = run("figures", [FIGURE], commit=True)
    assert (first.created, second.created, second.updated, second.unchanged) == (1, 0, 0, 1)
    assert CoverageFigure.history.count() == history


def test_primary_target_clash_is_reported_unless_the_file_moves_the_mark(seeded):
    kajati = CoverageTarget.objects.get(region__code="73", is_primary=True)
    new = {**TARGET, "kode_wilayah": "73", "target_utama": "ya"}
    report = run("targets", [new])
    assert report.messages() == [
        f"Baris 2, kolom target_utama: sudah ada target utama untuk wilayah dan segmen ini "
        f"({kajati}); isi “tidak” pada salah satunya."
    ]
    old = _exported("targets", CoverageTarget.objects.filter(pk=kajati.pk))[0]
    old["target_utama"] = "tidak"
    report = run("targets", [new, old], commit=True)
    assert report.ok, report.messages()
    kajati.refresh_from_db()
    assert not kajati.is_primary
    assert CoverageTarget.objects.get(region__code="73", is_primary=True).issuer == "Uji Penetap"


def test_two_primary_targets_in_one_file_are_refused(seeded):
    rows = [
        {**TARGET, "target_utama": "ya"},
        {**TARGET, "target_utama": "ya", "penetap": "Lain"},
    ]
    report = run("targets", rows)
    assert report.messages() == [
        "Baris 3, kolom target_utama: baris 2 sudah menandai target utama untuk wilayah dan "
        "segmen ini; hanya satu yang boleh."
    ]


# ---- the model's check constraints, evaluated without the database ---------------------------

CONSTRAINT_CASES = [
    (CoverageFigure, {"covered": None, "eligible": None, "percent": None}),
    (CoverageFigure, {"covered": 5, "eligible": 4, "percent": Decimal("50")}),
    (CoverageFigure, {"covered": 4, "eligible": 5, "percent": None}),
    (CoverageFigure, {"covered": -1, "eligible": 0, "percent": Decimal("100.01")}),
    (CoverageFigure, {"covered": None, "eligible": None, "percent": Decimal("0")}),
    (CoverageTarget, {"baseline_percent": Decimal("10"), "baseline_date": None,
                      "target_percent": Decimal("101"), "target_date": dt.date(2025, 1, 1)}),
    (CoverageTarget, {"baseline_percent": None, "baseline_date": dt.date(2025, 1, 1),
                      "target_percent": Decimal("50"), "target_date": dt.date(2025, 1, 1)}),
    (CoverageTarget, {"baseline_percent": Decimal("10"), "baseline_date": dt.date(2024, 1, 1),
                      "target_percent": Decimal("50"), "target_date": dt.date(2025, 1, 1)}),
    (BudgetAllocation, {"year": 1999, "amount": -1, "months_covered": 0, "workers_funded": -5}),
    (BudgetAllocation, {"year": 2025, "amount": 0, "months_covered": None,
                        "workers_funded": None}),
]  # fmt: skip


@pytest.mark.parametrize(("model", "values"), CONSTRAINT_CASES)
def test_python_check_of_a_constraint_agrees_with_the_database(seeded, model, values):
    from django.core.exceptions import ValidationError
    from django.db.models import CheckConstraint

    instance = model(region=Region.objects.get(code="73"), **values)
    for constraint in model._meta.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        try:
            constraint.validate(model, instance)
            in_database = True
        except ValidationError:
            in_database = False
        in_python = imports.condition_value(constraint.condition, instance, set()) is not False
        assert in_python == in_database, constraint.name


# ---- all or nothing ------------------------------------------------------------------------


def _thousand_rows():
    return [
        {**FIGURE, "penerbit": f"Uji {i:04d}", "terlindungi": f"{1000 + i}", "penyebut": "5.000",
         "persen": ""}
        for i in range(1000)
    ]  # fmt: skip


def test_one_bad_row_among_a_thousand_writes_nothing_and_names_that_row(seeded):
    rows = _thousand_rows()
    rows[499]["penyebut"] = "abc"
    before, history = CoverageFigure.objects.count(), CoverageFigure.history.count()
    report = run("figures", rows, commit=True)
    assert report.messages() == [
        "Baris 501, kolom penyebut: “abc” bukan angka. Contoh: 46,44 atau 1.300.000."
    ]
    assert not report.written
    assert CoverageFigure.objects.count() == before
    assert CoverageFigure.history.count() == history


def test_a_thousand_good_rows_are_written_each_with_history(seeded):
    before, history = CoverageFigure.objects.count(), CoverageFigure.history.count()
    report = run("figures", _thousand_rows(), commit=True)
    assert report.written
    assert report.created == 1000
    assert CoverageFigure.objects.count() == before + 1000
    assert CoverageFigure.history.count() == history + 1000


def test_nothing_is_written_when_the_database_refuses_a_row_at_save(seeded, monkeypatch):
    """The second row reaches the database breaking a check constraint (as
    if changed between the check and the write): the bulk insert fails and
    the first row's insert and history are undone with it."""
    from regions.intake import store

    original = store.prepare

    def corrupting_prepare(obj, now):
        original(obj, now)
        if obj.publisher == "Dua":
            obj.percent = Decimal("-5")  # the check constraint: not negative

    monkeypatch.setattr(store, "prepare", corrupting_prepare)
    history_before = CoverageFigure.history.count()
    report = run("figures", [FIGURE, {**FIGURE, "penerbit": "Dua"}], commit=True)
    assert not report.written
    assert report.messages()[0].startswith("Basis data menolak impor (")
    assert not CoverageFigure.objects.filter(publisher__in=["Uji Impor", "Dua"]).exists()
    assert CoverageFigure.history.count() == history_before


def test_an_import_updating_published_figures_keeps_what_it_replaces(seeded):
    """Updates go out in one UPDATE per batch: each row gets its own new
    value, a published figure keeps the value it replaces (a revision), the
    columns whose value is the same stay, and each row gets a history record."""
    regions = list(Region.objects.filter(code__in=["73.01", "73.02", "73.03"]).order_by("code"))
    figures = [
        CoverageFigure.objects.create(
            region=region, segment="total", as_of=dt.date(2025, 6, 30), percent=Decimal("40.50"),
            covered=1000 + i, publisher="Uji Revisi", publisher_kind="bpjs_branch",
            status="published", **DOCUMENT,
        )
        for i, region in enumerate(regions)
    ]  # fmt: skip
    rows = [
        {"kode_wilayah": region.code, "segmen": "total", "per_tanggal": "2025-06-30",
         "persen": f"4{i + 1},25", "terlindungi": str(1000 + i), "penerbit": "Uji Revisi",
         "jenis_penerbit": "bpjs_branch", "sumber_media": DOCUMENT["source_outlet"],
         "sumber_judul": DOCUMENT["source_title"], "sumber_url": DOCUMENT["source_url"],
         "sumber_tanggal": "2025-07-01"}
        for i, region in enumerate(regions)
    ]  # fmt: skip
    report = run("figures", rows, commit=True)
    assert report.written
    assert report.updated == 3
    for i, figure in enumerate(figures):
        figure.refresh_from_db()
        assert figure.percent == Decimal(f"4{i + 1}.25")
        assert figure.previous_percent == Decimal("40.50")
        assert figure.revised_at is not None
        assert figure.covered == 1000 + i
        assert figure.source_title == DOCUMENT["source_title"]
        assert figure.status == "published"
        latest = figure.history.first()
        assert latest.history_type == "~"
        assert latest.percent == figure.percent


# ---- round trip ------------------------------------------------------------------------------


def _tricky_records(editor):
    selayar = Region.objects.get(code="73.01")
    sulsel = Region.objects.get(code="73")
    CoverageFigure.objects.create(
        region=selayar,
        segment="informal",
        as_of=dt.date(2025, 6, 30),
        as_of_precision="month",
        covered=24874,
        eligible=46933,
        percent=Decimal("53.00"),
        is_approximate=True,
        publisher='=Penerbit, "kutip"; titik koma',
        publisher_kind="bpjs_branch",
        denominator_kind="potential",
        denominator_label="-pekerja rentan",
        participant_kind="active",
        status="draft",
        source_outlet="@media",
        source_title="Judul\nbaris dua",
        source_url="https://example.org/a?b=1&c=ä",
        source_date=dt.date(2025, 7, 1),
        note="+62 catatan 'kutip'",
        entered_by=editor,
    )
    CoverageFigure.objects.create(
        region=sulsel,
        segment="vulnerable",
        as_of=dt.date(2023, 12, 31),
        as_of_precision="year",
        covered=10_000_000_000,
        publisher="Uji'=aneh",
        publisher_kind="other",
        percent=None,
        **DOCUMENT,
    )
    CoverageTarget.objects.create(
        region=selayar,
        segment="informal",
        baseline_percent=Decimal("12.34"),
        baseline_date=dt.date(2024, 12, 31),
        target_percent=Decimal("99.99"),
        target_date=dt.date(2026, 6, 30),
        target_date_precision="month",
        issuer="=Bupati",
        issuer_kind="pemda",
        legal_basis="Perbup No. 1/2025",
        is_primary=True,
        note="-",
        **DOCUMENT,
    )
    BudgetAllocation.objects.create(
        region=selayar, year=2025, amount=12_345_678_901_234, amount_is_approximate=True,
        purpose="@iuran; pekerja \"rentan\"", funding_source="asn_sponsorship", recurring=True,
        months_covered=6, workers_funded=4321, publisher="Pemkab", status="draft",
    )  # fmt: skip


def _status_without_claims(obj) -> str:
    """The status a record comes back with from a file: an accepted claim
    does not travel in it, so a record whose only source was the claim's
    article (one uploaded as text, without an address) is unverified."""
    if obj.status == "published" and obj.from_article() and not obj.document_complete():
        return "unverified"
    return obj.status


def _snapshot(kind, queryset, *, from_file=False):
    columns = [c for c in sheets.KINDS[kind].columns if c.field]
    extra = ["quality_warning"] if kind == "figures" else []
    rows = []
    for obj in queryset.select_related("region"):
        if from_file:
            obj.status = _status_without_claims(obj)
        values = [
            obj.region.code if c.field == "region" else getattr(obj, c.field) for c in columns
        ]
        rows.append(tuple(values) + tuple(getattr(obj, name) for name in extra))
    return sorted(rows, key=repr)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", ["figures", "targets", "budgets"])
def test_export_then_import_gives_back_identical_records(seeded, kind, fmt):
    _tricky_records(make_user("pencatat"))
    model = MODELS[kind]
    before = _snapshot(kind, model.objects.all())
    expected = _snapshot(kind, model.objects.all(), from_file=True)
    assert len(before) >= 2
    data = imports.records_export(kind=kind, queryset=model.objects.all(), fmt=fmt)

    # Importing the export over the same records changes nothing ...
    same = imports.records_import(kind=kind, table=sheets.read_table(data, f"x.{fmt}"))
    assert same.ok, same.messages()[:5]
    assert same.unchanged == len(before)
    assert same.created == same.updated == 0

    # ... and into an emptied table it recreates every record exactly (a
    # record sourced only by an article claim comes back unverified).
    model.objects.all().delete()
    report = imports.records_import(
        kind=kind, table=sheets.read_table(data, f"x.{fmt}"), commit=True
    )
    assert report.ok, report.messages()[:5]
    assert report.created == len(before)
    assert _snapshot(kind, model.objects.all()) == expected


def test_export_columns_are_exactly_the_import_columns(seeded):
    data = imports.records_export(kind="figures", queryset=CoverageFigure.objects.all(), fmt="csv")
    first_line = data.decode("utf-8-sig").splitlines()[0]
    assert first_line.split(",") == sheets.FIGURE_KIND.headers


def test_formula_text_is_guarded_in_the_export_and_restored_on_import(seeded):
    _tricky_records(None)
    data = imports.records_export(
        kind="targets", queryset=CoverageTarget.objects.filter(issuer="=Bupati"), fmt="csv"
    )
    assert ",'=Bupati," in data.decode("utf-8-sig")
    sheet = openpyxl.load_workbook(
        io.BytesIO(
            imports.records_export(
                kind="targets", queryset=CoverageTarget.objects.filter(issuer="=Bupati"), fmt="xlsx"
            )
        )
    ).active
    assert "'=Bupati" in [cell.value for cell in sheet[2]]


# ---- templates -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["figures", "targets", "budgets"])
def test_template_has_the_header_an_example_and_a_sheet_explaining_columns(seeded, kind):
    csv_template = imports.import_template(kind=kind, fmt="csv").decode("utf-8-sig").splitlines()
    assert csv_template[0].split(",") == sheets.KINDS[kind].headers
    assert len(csv_template) == 2
    workbook = openpyxl.load_workbook(io.BytesIO(imports.import_template(kind=kind, fmt="xlsx")))
    data, notes = workbook.worksheets
    assert [c.value for c in data[1]] == sheets.KINDS[kind].headers
    assert notes.title == "keterangan"
    explained = [row[0] for row in notes.iter_rows(min_row=2, values_only=True)]
    assert explained == sheets.KINDS[kind].headers
    # The example row itself passes every check.
    report = imports.records_import(
        kind=kind, table=sheets.read_table(imports.import_template(kind=kind, fmt="xlsx"))
    )
    assert report.ok, report.messages()


# ---- admin: upload, preview, confirm --------------------------------------------------------


def upload(client, data: bytes, name="angka.csv"):
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, data)})


def test_import_page_offers_templates_and_explains_columns(editor_client):
    response = editor_client.get(IMPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/admin/regions/coveragefigure/import/template.xlsx"' in html
    assert 'href="/admin/regions/coveragefigure/import/template.csv"' in html
    assert "<code>per_tanggal</code>" in html
    template = editor_client.get(FIGURES_URL + "import/template.csv")
    assert template.status_code == 200
    assert template["Content-Disposition"] == 'attachment; filename="templat-angka-cakupan.csv"'


def test_changelist_has_import_and_export_buttons(editor_client):
    html = editor_client.get(FIGURES_URL).content.decode()
    assert f'href="{IMPORT_URL}"' in html
    assert 'href="/admin/regions/coveragefigure/export.csv?' in html
    assert 'href="/admin/regions/coveragefigure/export.xlsx?' in html


def test_upload_shows_a_preview_and_writes_nothing_until_confirmed(editor_client, editor73):
    data = csv_bytes([FIGURE, {**FIGURE, "penerbit": "Kedua", "persen": "46,44"}], delimiter=";")
    response = upload(editor_client, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Konfirmasi impor" in html
    assert "2 baris diperiksa, tanpa masalah: 2 baru, 0 diubah, 0 sama" in html
    assert "46,44" in html
    assert "Kabupaten Kepulauan Selayar (73.01)" in html
    assert not CoverageFigure.objects.filter(publisher__in=["Uji Impor", "Kedua"]).exists()

    token, confirm_url = response.context["token"], response.context["confirm_url"]
    check = Job.objects.get(kind="import_check", file_name="angka.csv")
    assert check.created_by == editor73
    assert check.state == "succeeded"
    assert check.upload
    response = editor_client.post(confirm_url, {"confirm": "1", "token": token})
    assert response.status_code == 302
    assert response["Location"] == FIGURES_URL
    figures = CoverageFigure.objects.filter(publisher__in=["Uji Impor", "Kedua"])
    assert figures.count() == 2
    for figure in figures:
        assert figure.entered_by == editor73
        record = figure.history.get()
        assert record.history_user == editor73
        assert record.history_change_reason == "Impor berkas angka.csv"
    write = Job.objects.get(kind="import_write", parent=check)
    assert write.state == "succeeded"
    assert write.upload is None
    assert write.summary == "Impor angka.csv selesai: 2 baru, 0 diubah, 0 tidak berubah."
    check.refresh_from_db()
    assert check.upload is None
    # Confirming again (a double click, the back button) writes nothing more.
    response = editor_client.post(confirm_url, {"confirm": "1", "token": token})
    assert response.status_code == 302
    assert figures.count() == 2
    assert Job.objects.filter(kind="import_write").count() == 1


def test_confirm_with_a_token_of_another_preview_writes_nothing(editor_client):
    confirm_url = upload(editor_client, csv_bytes([FIGURE])).context["confirm_url"]
    response = editor_client.post(confirm_url, {"confirm": "1", "token": "0" * 64}, follow=True)
    assert "Pratinjau ini sudah tidak berlaku" in response.content.decode()
    assert not CoverageFigure.objects.filter(publisher="Uji Impor").exists()


def test_confirm_checks_again_and_writes_nothing_when_the_database_changed(editor_client):
    row = {**TARGET, "target_utama": "ya"}
    response = editor_client.post(
        "/admin/regions/coveragetarget/import/",
        {"file": SimpleUploadedFile("t.csv", csv_bytes([row]))},
    )
    token, confirm_url = response.context["token"], response.context["confirm_url"]
    assert token
    CoverageTarget.objects.create(
        region=Region.objects.get(code="73.01"), segment="total", target_percent=60,
        target_date=dt.date(2029, 12, 31), issuer="Pesaing", issuer_kind="pemda", is_primary=True,
    )  # fmt: skip
    response = editor_client.post(confirm_url, {"confirm": "1", "token": token}, follow=True)
    assert response.status_code == 200
    assert "sudah ada target utama" in response.content.decode()
    assert Job.objects.get(kind="import_write").state == "failed"
    assert not CoverageTarget.objects.filter(issuer="Uji Penetap").exists()


def test_preview_lists_every_problem_linked_to_its_row_and_cell(editor_client):
    rows = [FIGURE, {**FIGURE, "kode_wilayah": "63", "penerbit": "B"},
            {**FIGURE, "penerbit": "C", "persen": "abc"}]  # fmt: skip
    response = upload(editor_client, csv_bytes(rows))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Ada 2 masalah; tidak ada yang disimpan." in html
    assert (
        '<a href="#baris-3-kode_wilayah">Baris 3, kolom kode_wilayah: Kalimantan Selatan (63) '
        "di luar wilayah yang boleh Anda ubah.</a>"
    ) in html
    assert '<a href="#baris-4-persen">Baris 4, kolom persen: “abc” bukan angka.' in html
    assert 'id="baris-3"' in html
    assert 'id="baris-4-persen" class="errors"' in html
    assert 'id="baris-2"' not in html  # the good row is not in the problem table
    assert "Konfirmasi impor" not in html
    assert Job.objects.get(kind="import_check").upload is None  # nothing to confirm: file dropped
    assert not CoverageFigure.objects.filter(publisher__in=["Uji Impor", "B", "C"]).exists()


def test_xlsx_upload_is_previewed_like_csv(editor_client):
    response = upload(editor_client, xlsx_bytes([FIGURE]), name="angka.xlsx")
    assert response.status_code == 200
    assert response.context["preview"]["created"] == 1


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        ("kode_wilayah,catatan\n73,café\n".encode("cp1252"), "a.csv",
         "Berkas CSV bukan teks UTF-8: byte 0xE9 di posisi 27 (baris 2) tidak dikenal."),
        (b"\x00\x01\x02binary", "a.csv", "Berkas ini bukan CSV atau XLSX (berisi data biner)."),
        (b"", "a.csv", "Berkas kosong."),
        (b"PK\x03\x04broken", "a.xlsx", "Berkas XLSX tidak dapat dibaca: rusak atau bukan XLSX."),
    ],
)  # fmt: skip
def test_unreadable_upload_is_refused_with_a_clear_message(editor_client, data, name, message):
    response = upload(editor_client, data, name)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<a href="#id_file">{message}' in html
    assert 'aria-invalid="true"' in html


def test_oversize_upload_is_refused_before_reading(editor_client, monkeypatch):
    monkeypatch.setattr(intake_read, "MAX_BYTES", 100)
    response = upload(editor_client, csv_bytes([FIGURE] * 5))
    assert response.status_code == 400
    assert "Berkas terlalu besar" in response.content.decode()


def test_upload_without_a_file_asks_for_one(editor_client):
    response = editor_client.post(IMPORT_URL, {})
    assert response.status_code == 400
    assert "Pilih berkas CSV atau XLSX." in response.content.decode()


def test_viewer_may_export_but_not_import(seeded, client):
    client.force_login(make_user("pemantau", "63", role="viewer"))
    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(IMPORT_URL, {"file": SimpleUploadedFile("a.csv", b"x")}).status_code == 403
    assert client.get(FIGURES_URL + "import/template.csv").status_code == 403
    response = client.get(FIGURES_URL + "export.csv")
    assert response.status_code == 200
    codes = {line.split(",")[0] for line in response.content.decode("utf-8-sig").splitlines()[1:]}
    assert codes
    assert all(code.startswith("63") for code in codes)


def test_export_follows_the_changelist_scope_and_filters(editor_client):
    response = editor_client.get(FIGURES_URL + "export.csv?segment__exact=total")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(
        r'attachment; filename="angka-cakupan-\d{4}-\d{2}-\d{2}\.csv"',
        response["Content-Disposition"],
    )
    table = sheets.read_table(response.content)
    assert table.header == sheets.FIGURE_KIND.headers
    expected = CoverageFigure.objects.filter(region__code__startswith="73", segment="total")
    assert len(table.rows) == expected.count() > 0
    assert {cells[0][:2] for _, cells in table.rows} == {"73"}
    assert {cells[2] for _, cells in table.rows} == {"total"}
    xlsx = editor_client.get(FIGURES_URL + "export.xlsx?segment__exact=total")
    assert len(sheets.read_table(xlsx.content).rows) == expected.count()
    assert editor_client.get(FIGURES_URL + "export.pdf").status_code == 404


def test_budget_and_target_admins_import_and_export_too(editor_client):
    for url, rows in (("/admin/regions/budgetallocation/", [BUDGET]),
                      ("/admin/regions/coveragetarget/", [TARGET])):  # fmt: skip
        assert editor_client.get(url + "export.xlsx").status_code == 200
        response = editor_client.post(
            url + "import/", {"file": SimpleUploadedFile("x.csv", csv_bytes(rows))}
        )
        assert response.context["preview"]["created"] == 1
        response = editor_client.post(
            response.context["confirm_url"], {"confirm": "1", "token": response.context["token"]}
        )
        assert response.status_code == 302
    assert BudgetAllocation.objects.filter(publisher="Uji Penerbit").exists()
    assert CoverageTarget.objects.filter(issuer="Uji Penetap").exists()


# ---- the command ------------------------------------------------------------------------------


@pytest.fixture
def figure_file(tmp_path):
    path = tmp_path / "angka.csv"
    # The first row names its source; the second has none (kept unverified).
    sourced = {
        **FIGURE,
        "sumber_media": "Uji",
        "sumber_judul": "Laporan uji",
        "sumber_url": "https://contoh.id/uji",
    }
    path.write_bytes(csv_bytes([sourced, {**FIGURE, "kode_wilayah": "63", "penerbit": "Dua"}]))
    return path


UNVERIFIED_LINE = (
    r"Belum bersumber \(tidak tampil di halaman publik\): baris 3\. Lengkapi sumber_media, "
    r"sumber_judul dan sumber_url untuk menerbitkannya\.\n"
)


def test_command_dry_run_checks_everything_and_writes_nothing(seeded, figure_file):
    out = StringIO()
    call_command("import_figures", str(figure_file), "--dry-run", stdout=out)
    text = out.getvalue()
    assert re.search(
        r"Uji coba \(--dry-run\), tidak ada yang disimpan\. 2 baris angka cakupan: 2 baru, "
        r"0 diubah, 0 tidak berubah \(\d+\.\d s\)\.\n" + UNVERIFIED_LINE + "$",
        text,
    ), text
    assert "Memeriksa" in text
    assert "█" in text
    assert not CoverageFigure.objects.filter(publisher__in=["Uji Impor", "Dua"]).exists()


def test_command_writes_all_rows_and_prints_a_summary(seeded, figure_file):
    out = StringIO()
    call_command("import_figures", str(figure_file), "--no-progress", stdout=out)
    assert re.fullmatch(
        r"Tersimpan\. 2 baris angka cakupan: 2 baru, 0 diubah, 0 tidak berubah \(\d+\.\d s\)\.\n"
        + UNVERIFIED_LINE,
        out.getvalue(),
    ), out.getvalue()
    figure = CoverageFigure.objects.get(publisher="Dua")
    assert figure.region.code == "63"
    assert figure.entered_by is None
    assert figure.status == "unverified"
    assert CoverageFigure.objects.get(publisher="Uji Impor").status == "published"
    assert figure.history.get().history_change_reason == "import_figures angka.csv"


def test_command_applies_the_users_scope_when_given_a_user(editor73, figure_file):
    with pytest.raises(CommandError) as caught:
        call_command("import_figures", str(figure_file), "--user", "editor73", stdout=StringIO())
    assert str(caught.value) == (
        "angka.csv: 1 masalah; tidak ada yang disimpan.\n"
        "  Baris 3, kolom kode_wilayah: Kalimantan Selatan (63) di luar wilayah yang boleh "
        "Anda ubah."
    )
    assert not CoverageFigure.objects.filter(publisher="Uji Impor").exists()


def test_command_reads_the_kind_from_the_header_or_from_kind(seeded, tmp_path):
    path = tmp_path / "target.xlsx"
    path.write_bytes(xlsx_bytes([TARGET]))
    out = StringIO()
    call_command("import_figures", str(path), "--no-progress", stdout=out)
    assert "1 baris target cakupan: 1 baru" in out.getvalue()
    with pytest.raises(CommandError, match="bukan anggaran perlindungan"):
        call_command("import_figures", str(path), "--kind", "budgets", stdout=StringIO())
    unclear = tmp_path / "unclear.csv"
    unclear.write_bytes(b"kode_wilayah,persen\n73,50\n")
    with pytest.raises(CommandError, match="beri --kind"):
        call_command("import_figures", str(unclear), stdout=StringIO())


def test_command_refuses_a_missing_file_an_unknown_user_and_an_unreadable_file(
    seeded, tmp_path, figure_file
):
    with pytest.raises(CommandError, match="tidak ada"):
        call_command("import_figures", str(tmp_path / "tidak-ada.csv"), stdout=StringIO())
    with pytest.raises(CommandError, match="Pengguna 'siapa' tidak ada"):
        call_command("import_figures", str(figure_file), "--user", "siapa", stdout=StringIO())
    bad = tmp_path / "latin.csv"
    bad.write_bytes("kode_wilayah\ncafé\n".encode("cp1252"))
    with pytest.raises(CommandError, match="bukan teks UTF-8"):
        call_command("import_figures", str(bad), stdout=StringIO())


def test_future_check_uses_todays_date(seeded):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    report = run("figures", [{**FIGURE, "per_tanggal": tomorrow.isoformat()}])
    assert report.messages() == ["Baris 2, kolom per_tanggal: Tanggal tidak boleh di masa depan."]


def test_preview_carries_the_quality_warning_that_saving_will_record(seeded):
    row = {**FIGURE, "terlindungi": "24.874", "penyebut": "46.933", "persen": "60"}
    report = run("figures", [row])
    assert report.ok
    assert report.rows[0].warning.startswith("Persentase yang dikutip (60)")
