"""axe-core in a real browser: no serious or critical violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe

BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def describe(violation):
    nodes = violation.get("nodes") or [{}]
    return (
        f"- {violation['id']} ({violation.get('impact')}): {violation.get('help')}\n"
        f"    first of {len(violation.get('nodes') or [])} node(s): {nodes[0].get('target')}\n"
        f"    {violation.get('helpUrl', '')}"
    )


@pytest.mark.parametrize("path", ["/", "/wilayah/", "/wilayah/73/", "/sumber/"])
def test_page_has_no_serious_axe_violations_when_fully_drawn(visit, page, axe, path):
    visit.open(path)

    results = axe.run(page)

    blocking = [v for v in results.response["violations"] if v.get("impact") in BLOCKING]
    if blocking:
        report = "\n".join(describe(v) for v in blocking)
        print(f"axe on {path}:\n{report}")
        pytest.fail(f"axe found {len(blocking)} serious/critical violation(s) on {path}:\n{report}")
