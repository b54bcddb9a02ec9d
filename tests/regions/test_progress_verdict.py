"""One Verdict: the values progress.py returns, the filter's choices, the
list's labels and the templates all name the same members."""

import ast
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from regions import progress
from regions.choices import VERDICT_CHOICES, VERDICT_LABELS
from regions.filters import RegionFilterSet
from regions.progress import Verdict


def test_the_values_stay_as_stored_and_as_the_colours_key_them():
    # RegionSummary.verdict rows, bookmarked ?verdict= addresses and
    # regions/scales.py's colours hold these strings.
    assert [v.value for v in Verdict] == [
        "achieved",
        "on_track",
        "behind",
        "no_target",
        "not_enough_data",
    ]
    assert Verdict.BEHIND == "behind"
    assert str(Verdict.BEHIND) == "behind"


def test_every_verdict_has_a_label_and_the_filter_offers_each():
    assert set(VERDICT_LABELS) == set(Verdict)
    assert [value for value, _label in VERDICT_CHOICES] == [v.value for v in Verdict]
    offered = [value for value, _label in RegionFilterSet().filters["verdict"].extra["choices"]]
    assert offered == [v.value for v in Verdict]


def test_assess_returns_members_of_verdict():
    from datetime import date
    from decimal import Decimal

    judged = progress.assess(
        target=progress.Point(date(2026, 12, 31), Decimal("50")),
        baseline=None,
        history=[progress.Point(date(2025, 1, 31), Decimal("60"))],
        today=date(2025, 6, 1),
    )
    assert judged.verdict is Verdict.ACHIEVED


def test_progress_stays_pure():
    tree = ast.parse(Path(progress.__file__).read_text())
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "django" not in imported


@pytest.mark.parametrize(
    ("verdict", "passed", "shown"),
    [
        (Verdict.ACHIEVED, False, "Target tercapai"),
        (Verdict.ON_TRACK, False, "Sesuai jalur"),
        (Verdict.BEHIND, False, "Tertinggal"),
        (Verdict.BEHIND, True, "Tenggat lewat"),
        (Verdict.NO_TARGET, False, "Belum ada target"),
        (Verdict.NOT_ENOUGH_DATA, False, "Data belum cukup"),
        ("behind", False, "Tertinggal"),  # as read back from a summary row
    ],
)
def test_the_badge_names_each_verdict(verdict, passed, shown):
    html = render_to_string(
        "partials/_verdict.html",
        {"v": verdict, "passed": passed},
        request=RequestFactory().get("/"),
    )
    assert shown in html
    assert f"verdict--{verdict}" in html


def test_no_template_spells_a_verdict_value():
    root = Path(__file__).resolve().parents[2]
    spelled = [
        f"{path.relative_to(root)}: {value}"
        for path in root.glob("**/templates/**/*.html")
        if ".venv" not in path.parts
        for value in (v.value for v in Verdict)
        if f'"{value}"' in path.read_text(encoding="utf-8")
    ]
    assert spelled == []
