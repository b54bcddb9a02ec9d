"""Per-region summaries (regions/summaries.py): after edits, imports,
reverts, deletes and bulk writes, the stored summaries equal a from-scratch
computation from the records, and the pages read them."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from regions import imports, selectors, summaries
from regions import pages as region_pages
from regions import spreadsheets as sheets
from regions.choices import RecordStatus
from regions.models import CoverageFigure, CoverageTarget, Region, RegionSummary
from tests.regions.sourcing import DOCUMENT

pytestmark = pytest.mark.django_db


def figure(region, percent, as_of=date(2026, 1, 31), **fields) -> CoverageFigure:
    values = {
        "region": region,
        "as_of": as_of,
        "percent": Decimal(percent),
        "publisher": "BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
        "publisher_kind": "bpjs_kanwil",
        "source_kind": "document",
        **DOCUMENT,
        **fields,
    }
    return CoverageFigure(**values)


def summary_of(region) -> RegionSummary:
    summaries.flush_pending()  # as every reader does
    return RegionSummary.objects.get(region=region)


def assert_fresh():
    summaries.flush_pending()
    assert summaries.stale_regions() == []


def test_seeded_summaries_equal_a_fresh_computation(seeded):
    # Every region with a published record has its row (one without reads
    # as empty).
    with_records = Region.objects.filter(figures__status=RecordStatus.PUBLISHED).distinct()
    assert not with_records.filter(summary__isnull=True).exists()
    assert_fresh()
    sulsel = summary_of(Region.objects.get(code="73"))
    rate = CoverageFigure.objects.get(pk=sulsel.rate_figure_id)
    assert (rate.region.code, rate.segment, rate.percent) == ("73", "total", sulsel.rate_percent)


def test_an_edit_updates_its_region_and_ancestors_and_nothing_else(seeded, selayar, sulsel):
    untouched = RegionSummary.objects.get(region__code="11").refreshed_at
    new = figure(selayar, "61.50")
    new.save()
    row = summary_of(selayar)
    assert row.rate_figure_id == new.pk
    assert row.rate_percent == Decimal("61.50")
    refreshed = dict(
        RegionSummary.objects.filter(region__code__in=["73", "ID", "11"]).values_list(
            "region__code", "refreshed_at"
        )
    )
    assert refreshed["73"] >= row.refreshed_at
    assert refreshed["ID"] >= row.refreshed_at
    assert refreshed["11"] == untouched
    assert_fresh()

    new.percent = Decimal("62.25")  # a revision
    new.save()
    assert summary_of(selayar).rate_percent == Decimal("62.25")
    assert_fresh()


def test_drafts_and_unverified_records_never_enter(seeded, selayar):
    before = summary_of(selayar)
    for month, status in ((6, RecordStatus.DRAFT), (7, RecordStatus.UNVERIFIED)):
        figure(selayar, "99.00", as_of=date(2026, month, 30), status=status).save()
        CoverageTarget.objects.create(
            region=selayar,
            segment="total",
            target_percent=Decimal("95"),
            target_date=date(2031, month, 30),
            issuer="Uji",
            issuer_kind="pemda",
            is_primary=False,
            status=status,
            source_kind="document",
            **DOCUMENT,
        )
    after = summary_of(selayar)
    assert summaries.summary_values(after) == summaries.summary_values(before)
    assert_fresh()


def test_a_revert_and_a_delete_bring_the_previous_figure_back(seeded, selayar):
    before = summary_of(selayar)
    new = figure(selayar, "61.50")
    new.save()
    new.percent = Decimal("63.00")
    new.save()
    new.history.order_by("history_date").first().instance.save()  # revert to 61,50
    assert summary_of(selayar).rate_percent == Decimal("61.50")
    assert_fresh()
    new.delete()
    assert summaries.summary_values(summary_of(selayar)) == summaries.summary_values(before)
    assert_fresh()


def test_a_figure_moved_to_another_region_refreshes_both(seeded, selayar):
    gowa = Region.objects.get(code="73.06")
    new = figure(selayar, "88.00", as_of=date(2027, 1, 31))
    new.save()
    assert summary_of(selayar).rate_figure_id == new.pk
    moved = CoverageFigure.objects.get(pk=new.pk)  # loaded, as the admin does
    moved.region = gowa
    moved.save()
    assert summary_of(selayar).rate_figure_id != new.pk
    assert summary_of(gowa).rate_figure_id == new.pk
    assert_fresh()


def test_an_import_updates_the_summaries(seeded, selayar):
    rows = [
        {
            "kode_wilayah": "73.01",
            "segmen": "total",
            "per_tanggal": "2026-03-31",
            "persen": "57",
            "penerbit": "Uji Impor",
            "jenis_penerbit": "bpjs_branch",
            "sumber_media": "Dokumen uji",
            "sumber_judul": "Laporan uji",
            "sumber_url": "https://contoh.id/laporan-uji",
            "sumber_tanggal": "2026-04-01",
        }
    ]
    header = ",".join(rows[0])
    data = (header + "\n" + ",".join(rows[0].values()) + "\n").encode()
    report = imports.records_import(
        kind="figures", table=sheets.read_table(data, "x.csv"), user=None, commit=True
    )
    assert report.ok, report.messages()
    # Whether the import saves row by row (signals) or in bulk (then it
    # calls summaries.mark_dirty), the summary follows.
    published = CoverageFigure.objects.get(region=selayar, publisher="Uji Impor")
    assert published.status == RecordStatus.PUBLISHED
    assert summary_of(selayar).rate_figure_id == published.pk
    assert_fresh()


def test_bulk_writes_are_seen_once_marked_and_the_command_rebuilds(seeded, selayar):
    CoverageFigure.objects.bulk_create([figure(selayar, "71.00", as_of=date(2027, 6, 30))])
    with pytest.raises(CommandError, match="73.01"):
        call_command("rebuild_summaries", "--check", stdout=StringIO())
    summaries.mark_dirty([selayar.pk])
    assert summary_of(selayar).rate_percent == Decimal("71.00")
    assert_fresh()

    CoverageFigure.objects.filter(region=selayar, percent=Decimal("71.00")).update(
        percent=Decimal("72.00")
    )
    out = StringIO()
    call_command("rebuild_summaries", stdout=out)
    assert "rebuilt" in out.getvalue()
    assert summary_of(selayar).rate_percent == Decimal("72.00")
    call_command("rebuild_summaries", "--check", stdout=StringIO())


def test_one_refresh_per_transaction_however_many_writes(
    seeded, selayar, django_capture_on_commit_callbacks
):
    regencies = list(Region.objects.filter(parent__code="73"))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for index, region in enumerate(regencies):
            figure(region, str(40 + index)).save()
    hooks = [c for c in callbacks if getattr(c, "_summaries_hook", False)]
    assert len(hooks) == 1
    assert summaries.stale_regions() == []  # refreshed on commit, no reader needed
    assert RegionSummary.objects.get(region=regencies[-1]).rate_percent == Decimal(
        40 + len(regencies) - 1
    )


def test_a_refresh_costs_the_same_queries_for_one_region_or_all(seeded):
    def queries(ids) -> int:
        with CaptureQueriesContext(connection) as context:
            summaries.refresh(ids)
        return len(context.captured_queries)

    one = queries([Region.objects.get(code="73.01").pk])
    # (a province and its 24 regencies: within one batch of SQLite's insert)
    province = queries(
        list(Region.objects.filter(code__startswith="73").values_list("pk", flat=True))
    )
    assert one == province


def test_pages_read_the_summaries(seeded, selayar, client):
    new = figure(selayar, "64.00", as_of=date(2027, 3, 31))
    new.save()
    rows = region_pages.region_list_rows(
        selectors.region_list_queryset().filter(code="73.01"), today=timezone.localdate()
    )
    assert [row.figure.pk for row in rows] == [new.pk]
    target = CoverageTarget.objects.get(pk=rows[0].target.pk) if rows[0].target else None
    assert summary_of(selayar).target_id == (target.pk if target else None)
    # The verdict equals the one computed from the history itself.
    history = [f for f in selectors.region_figure_rows(selayar) if f.segment == "total"]
    judged = region_pages.progress_for(target, history, timezone.localdate())
    assert rows[0].verdict == judged.verdict
    assert summary_of(selayar).pace_so_far == judged.pace_so_far
    response = client.get("/wilayah/", {"q": "Selayar", "_export": "csv"})
    assert "64.00" in b"".join(response.streaming_content).decode()
