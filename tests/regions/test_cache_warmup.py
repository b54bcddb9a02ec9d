"""What gunicorn's master does before forking (gunicorn.conf.py when_ready):
compile the site's templates, without the database."""

from django.template import engines

from regions.warmup import template_names, warm


def test_warm_compiles_the_sites_templates_without_touching_the_database():
    # No django_db mark: a query here would fail the test.
    count = warm()
    names = template_names()
    assert "base.html" in names and "regions/region_detail.html" in names
    assert count >= len(names) - 5
    loader = engines["django"].engine.template_loaders[0]
    cached = " ".join(map(str, loader.get_template_cache))
    assert "regions/region_list.html" in cached and "base.html" in cached


def test_the_gunicorn_settings_warm_the_master():
    import runpy
    from pathlib import Path

    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    assert config["preload_app"] is True and callable(config["when_ready"])
