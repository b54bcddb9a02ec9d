"""Charts on the seeded pages: every province with published figures has a
chart of them, and no region without a target gets a bar to one."""

import re

from regions.models import CoverageFigure, CoverageTarget, Region


def test_every_province_with_figures_charts_them(client, seeded):
    with_figures = set(
        CoverageFigure.objects.filter(region__level="province").values_list(
            "region__code", flat=True
        )
    )
    assert with_figures
    uncharted = []
    for code in sorted(with_figures):
        html = client.get(f"/wilayah/{code}/").content.decode()
        if not re.search(r'data-chart="chart-(trend|participants|segments)"', html):
            uncharted.append(code)
    assert uncharted == []


def test_count_only_province_draws_its_participant_counts(client, seeded):
    # DKI Jakarta: three published counts, no rate.
    assert not CoverageFigure.objects.filter(region__code="31", percent__isnull=False).exists()
    response = client.get("/wilayah/31/")
    figure = response.context["page"].charts["participants"]
    points = {
        (x, y) for trace in figure["data"] for x, y in zip(trace["x"], trace["y"], strict=True)
    }
    assert ("2025-05-31", 7670000) in points
    assert len(points) == 3
    assert 'id="chart-participants"' in response.content.decode()
    assert "trend" not in response.context["page"].charts


def test_no_target_bar_without_a_target(client, seeded):
    region = Region.objects.get(code="31")
    assert not CoverageTarget.objects.filter(region=region).exists()
    html = client.get("/wilayah/31/").content.decode()
    assert "progress-svg" not in html
    assert "chart-progress" not in html
    html = client.get("/wilayah/73/").content.decode()
    assert 'class="progress-svg"' in html
    assert "Target 68 %" in html
