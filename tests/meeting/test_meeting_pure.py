"""The pure modules of the meeting app: their doctests, and the rules the
brief and the follow-up page rely on."""

import doctest
import importlib
from datetime import date
from decimal import Decimal
from types import SimpleNamespace as Row

import pytest

from meeting import brief, followup, intake


@pytest.mark.parametrize("name", ["meeting.brief", "meeting.followup", "meeting.intake"])
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0


def test_change_since_takes_the_latest_rate_on_or_before_the_date():
    rates = [
        Row(as_of=date(2023, 12, 31), percent=Decimal("40.4"), figure_id=1),
        Row(as_of=date(2024, 12, 31), percent=Decimal("44"), figure_id=2),
        Row(as_of=date(2025, 7, 15), percent=Decimal("47.38"), figure_id=3),
    ]
    change = brief.change_since(rates, date(2024, 12, 31), Decimal("47.38"))
    assert (change.base_figure_id, change.points) == (2, Decimal("3.38"))
    assert brief.change_since(rates, date(2024, 12, 30), Decimal("47.38")).base_figure_id == 1
    assert brief.change_since(rates, date(2024, 1, 1), None) is None


def test_rank_counts_only_peers_with_a_rate_and_ties_share_the_place():
    peers = [(1, Decimal("70")), (2, Decimal("50")), (3, Decimal("50")), (4, None), (5, "20")]
    assert brief.rank_among(3, peers) == brief.Rank(2, 4)
    assert brief.rank_among(5, peers) == brief.Rank(4, 4)
    assert brief.rank_among(4, peers) is None


def test_laggards_first_keeps_unrated_rows_last_in_their_order():
    rows = [Row(n="a", percent=None), Row(n="b", percent=50), Row(n="c", percent=10),
            Row(n="d", percent=None)]  # fmt: skip
    assert [r.n for r in brief.laggards_first(rows)] == ["c", "b", "a", "d"]


def test_latest_step_per_region_and_group_and_counts():
    rows = [
        Row(pk=1, region_id=1, kind="regulation", group="", as_of=date(2022, 1, 1), state="not_yet"),
        Row(pk=2, region_id=1, kind="regulation", group="", as_of=date(2023, 4, 1), state="done"),
        Row(pk=3, region_id=2, kind="regulation", group="", as_of=date(2023, 4, 1), state="in_progress"),
        Row(pk=4, region_id=2, kind="ecosystem", group="rt_rw", as_of=date(2023, 4, 1), state="done"),
        Row(pk=5, region_id=9, kind="regulation", group="", as_of=date(2023, 4, 1), state="done"),
    ]  # fmt: skip
    latest = followup.latest_per_step(rows)
    counts = {c.kind: c for c in followup.count_steps([1, 2, 3], latest)}
    regulation = counts["regulation"]
    assert (regulation.done, regulation.in_progress, regulation.not_yet) == (1, 1, 0)
    assert (regulation.unrecorded, regulation.total) == (1, 3)
    assert counts["budget"].unrecorded == 3  # an ecosystem row is not a budget step


def test_intake_reports_every_bad_cell_with_row_and_column():
    cells = [
        ["kode_wilayah", "butir", "tahap", "tanggal", "kelompok", "jumlah", "penyebut", "persen"],
        ["73", "ekosistem", "sudah", "2023-07", "astronot", "1", "2", ""],
        ["73", "perbup", "sudah", "kemarin", "", "", "", ""],
        ["73", "apbd", "sudah", "2024", "", "5", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["73.01", "ekosistem", "berjalan", "30/04/2023", "RT/RW", "1.300", "0", "12,5"],
    ]
    rows, errors = intake.parse_rows(cells)
    messages = [str(e) for e in errors]
    assert rows == []
    assert any(m.startswith("baris 2, kolom kelompok") for m in messages)
    assert any(m.startswith("baris 3, kolom tanggal") for m in messages)
    assert any(m.startswith("baris 4, kolom jumlah") for m in messages)
    assert any(m.startswith("baris 6, kolom penyebut") for m in messages)
    assert not any("baris 5" in m for m in messages)  # an empty line is skipped


def test_intake_refuses_a_file_without_the_required_columns_or_with_unknown_ones():
    _rows, errors = intake.parse_rows([["kode_wilayah", "butir"], ["73", "apbd"]])
    assert str(errors[0]).startswith("baris 1, kolom tahap, tanggal: Kolom wajib")
    _rows, errors = intake.parse_rows(
        [
            ["kode_wilayah", "butir", "tahap", "tanggal", "warna"],
            ["73", "apbd", "sudah", "2024", "x"],
        ]
    )
    assert [e.column for e in errors] == ["warna"]
