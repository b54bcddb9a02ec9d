"""Follow-up rows: the database refuses what cannot be true, a row without
a source is kept out of public view, and the spreadsheet import is atomic,
row-numbered and scoped like the figures."""

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from openpyxl import Workbook

from meeting.models import InpresItem
from meeting.services import import_inpres
from regions.models import BudgetAllocation, Region

pytestmark = pytest.mark.django_db

SOURCE = {
    "source_outlet": "Uji Media",
    "source_title": "Judul uji",
    "source_url": "https://contoh.test/berita/1",
}


def item(code="73", **fields):
    values = {"kind": "regulation", "state": "done", "as_of": date(2023, 4, 30), **SOURCE}
    values.update(fields)
    return InpresItem(region=Region.objects.get(code=code), **values)


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "ecosystem", "group": ""},  # a group's enrolment names its group
        {"kind": "regulation", "group": "rt_rw"},  # only enrolment has a group
        {"kind": "licensing", "regulation_number": "Perbup 1/2023"},
        {"kind": "licensing", "count": 5},  # counts only for groups and tallies
        {"kind": "ecosystem", "group": "non_asn", "count": -1},
        {"kind": "ecosystem", "group": "non_asn", "count": 1, "denominator": 0},
        {"kind": "uptake", "count": 25, "denominator": 24},  # more kab/kota than there are
        {"kind": "ecosystem", "group": "non_asn", "percent": Decimal("-0.01")},
    ],
)
def test_database_refuses_impossible_rows(seeded, fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        item(**fields).save()


def test_budget_link_only_on_budget_rows_and_of_the_same_region(seeded):
    budget = BudgetAllocation.objects.get(region__code="73", year=2024)
    with pytest.raises(IntegrityError), transaction.atomic():
        item(kind="licensing", budget=budget).save()
    with pytest.raises(ValidationError) as error:
        item(code="73.01", kind="budget", budget=budget).full_clean()
    assert "budget" in error.value.message_dict


def test_tally_of_kab_kota_is_for_provinces_only(seeded):
    with pytest.raises(ValidationError) as error:
        item(code="73.01", kind="uptake", count=1, denominator=1).full_clean()
    assert "kind" in error.value.message_dict


def test_a_row_without_a_complete_source_is_saved_unverified(seeded):
    row = item(source_url="")
    row.save()
    assert row.status == "unverified"
    row = item(kind="licensing")
    row.save()
    assert row.status == "published"


def csv_bytes(*lines):
    header = "kode_wilayah,butir,kelompok,tahap,tanggal,jumlah,penyebut,persen,media_sumber,judul_sumber,url_sumber"
    return ("\n".join([header, *lines]) + "\n").encode()


GOOD = "73.01,perbup,,sudah,2023-03,,,,Uji Media,Judul,https://contoh.test/a"
ENROL = (
    '73.01,ekosistem,non-ASN,berjalan,2023,"1.200","2.400",,Uji Media,Judul,https://contoh.test/b'
)


def test_import_writes_every_row_and_again_updates_them(make_user):
    user = make_user("editor73", "73")
    result = import_inpres("uji.csv", csv_bytes(GOOD, ENROL), user=user)
    assert result.ok
    assert (result.created, result.updated) == (2, 0)
    enrol = InpresItem.objects.get(region__code="73.01", kind="ecosystem")
    assert (enrol.group, enrol.count, enrol.denominator, enrol.share) == (
        "non_asn",
        1200,
        2400,
        Decimal("50.00"),
    )
    assert enrol.as_of == date(2023, 12, 31)
    assert enrol.as_of_precision == "year"
    assert enrol.entered_by == user
    history = InpresItem.history.count()
    again = import_inpres("uji.csv", csv_bytes(GOOD, ENROL), user=user)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert InpresItem.history.count() == history  # nothing saved, nothing in the history
    changed = ENROL.replace('"1.200"', '"1.300"')
    third = import_inpres("uji.csv", csv_bytes(GOOD, changed), user=user)
    assert (third.created, third.updated, third.unchanged) == (0, 1, 1)
    assert InpresItem.objects.get(region__code="73.01", kind="ecosystem").count == 1300
    assert InpresItem.objects.filter(region__code="73.01").count() == 2


def test_seed_inpres_twice_reports_nothing_changed_the_second_time():
    from io import StringIO

    from django.core.management import call_command

    call_command("seed_inpres", stdout=StringIO())
    second = StringIO()
    call_command("seed_inpres", stdout=second)
    assert "0 new, 0 updated, 15 unchanged" in second.getvalue()


def test_import_with_one_bad_row_writes_nothing_and_names_the_row(make_user):
    user = make_user("editor73", "73")
    bad = "73.02,kejaksaan,,sudah,2023,5,,,Uji Media,Judul,https://contoh.test/c"
    result = import_inpres("uji.csv", csv_bytes(GOOD, bad), user=user)
    assert not result.ok
    assert [str(e) for e in result.errors] == [
        "baris 3, kolom jumlah: Angka hanya untuk butir ekosistem atau rekap kab/kota."
    ]
    assert not InpresItem.objects.filter(region__code__startswith="73").exists()


def test_import_refuses_rows_outside_the_editors_scope(make_user):
    user = make_user("editor7301", "73.01")
    outside = "74,perbup,,sudah,2023,,,,Uji Media,Judul,https://contoh.test/d"
    result = import_inpres("uji.csv", csv_bytes(GOOD, outside), user=user)
    assert [(e.row, e.column) for e in result.errors] == [(3, "kode_wilayah")]
    assert "di luar wilayah" in result.errors[0].message
    assert not InpresItem.objects.exists()
    viewer = make_user("viewer73", "73", role="viewer")
    assert not import_inpres("uji.csv", csv_bytes(GOOD), user=viewer).ok


def test_dry_run_checks_without_writing(make_user):
    user = make_user("editor73", "73")
    result = import_inpres("uji.csv", csv_bytes(GOOD), user=user, dry_run=True)
    assert result.ok
    assert result.created == 1
    assert not InpresItem.objects.exists()


def test_import_reads_xlsx_and_links_the_budget_of_the_year(make_user):
    book = Workbook()
    sheet = book.active
    sheet.append(["kode_wilayah", "butir", "tahap", "tanggal", "anggaran_tahun",
                  "media_sumber", "judul_sumber", "url_sumber"])  # fmt: skip
    sheet.append(
        ["73", "APBD", "Sudah", date(2024, 1, 27), 2024, "ANTARA", "Judul", "https://contoh.test/e"]
    )
    sheet.append(["73", "APBD", "Sudah", "2023", 2019, "ANTARA", "Judul", "https://contoh.test/e"])
    data = BytesIO()
    book.save(data)
    result = import_inpres("uji.xlsx", data.getvalue(), user=make_user("editor73", "73"))
    assert [(e.row, e.column) for e in result.errors] == [(3, "anggaran_tahun")]
    sheet.delete_rows(3)
    data = BytesIO()
    book.save(data)
    result = import_inpres("uji.xlsx", data.getvalue(), user=make_user("editor73b", "73"))
    assert result.ok
    row = InpresItem.objects.get(region__code="73", kind="budget")
    assert row.budget.amount == 16_000_000_000
    assert row.as_of == date(2024, 1, 27)


def test_unreadable_file_is_reported_not_raised(make_user):
    result = import_inpres("uji.csv", b"\xff\xfe\x00bukan teks", user=make_user("e", "73"))
    assert not result.ok
    assert result.errors[0].row == 0


def test_seed_rows_are_all_sourced(inpres):
    rows = InpresItem.objects.all()
    assert rows.count() >= 10
    assert set(rows.values_list("status", flat=True)) == {"published"}
    non_asn = rows.get(region__code="73", group="non_asn")
    assert (non_asn.count, non_asn.percent) == (23446, Decimal("64.04"))
    tally = rows.get(region__code="73", kind="uptake")
    assert (tally.count, tally.denominator) == (19, 24)
