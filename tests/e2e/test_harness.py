"""The browser tests' own set-up: static files reach the browser, and the
fast refill of a flushed database gives back exactly the seeded rows."""

from django.core.management import call_command

from regions.models import Region


def test_static_files_are_served_when_the_live_server_runs(site, page):
    for path in ("js/charts.js", "vendor/plotly/plotly-basic.min.js", "css/cakupan.css"):
        response = page.request.get(f"{site}/static/{path}")
        assert response.status == 200, f"/static/{path}: HTTP {response.status}"


def _rows(snapshot):
    return {model._meta.label: sorted(map(repr, rows)) for model, _, rows in snapshot.tables}


def test_seed_snapshot_restores_every_row_when_the_database_was_flushed(site, seed_snapshot):
    call_command("flush", interactive=False, verbosity=0)  # as after each browser test
    assert not Region.objects.exists()

    seed_snapshot.restore()

    restored = _rows(type(seed_snapshot)())
    expected = _rows(seed_snapshot)
    assert restored.keys() == expected.keys()
    differing = [label for label in expected if restored[label] != expected[label]]
    assert not differing, f"tables restored differently: {differing}"
    assert Region.objects.filter(code="73").exists()
