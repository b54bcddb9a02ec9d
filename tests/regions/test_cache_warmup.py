"""What gunicorn's master does before forking (gunicorn.conf.py when_ready):
compile the site's templates, without the database."""

from django.template import engines

from regions.warmup import template_names, warm


def test_warm_compiles_the_sites_templates_without_touching_the_database():
    # No django_db mark: a query here would fail the test.
    count = warm()
    names = template_names()
    assert "base.html" in names
    assert "regions/region_detail.html" in names
    assert count >= len(names) - 5
    loader = engines["django"].engine.template_loaders[0]
    cached = " ".join(map(str, loader.get_template_cache))
    assert "regions/region_list.html" in cached
    assert "base.html" in cached


def test_warm_makes_the_page_caches_rebuilding_handler_before_the_fork(monkeypatch):
    """Made in a worker at its first stale page, it cost that worker most of
    a second (the middleware chain and WhiteNoise's index of the static
    files) while its other requests waited."""
    from regions import page_cache

    monkeypatch.setattr(page_cache, "_HANDLER", None)
    warm()
    handler = page_cache._HANDLER
    assert handler is not None
    assert page_cache._handler() is handler


def test_the_gunicorn_settings_warm_the_master():
    import runpy
    from pathlib import Path

    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    assert config["preload_app"] is True
    assert callable(config["when_ready"])


def _cache_settings(**env) -> dict:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    show = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps(s.CACHES['default']))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_DEBUG"}}
    clean.update(env, DJANGO_SETTINGS_MODULE="coverage_site.settings")
    result = subprocess.run(
        [sys.executable, "-c", show],
        cwd=Path(__file__).resolve().parents[2],
        env=clean,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_caches_in_redis_by_default_one_prefix_per_database():
    production = {"DJANGO_DEBUG": "0", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "a.id"}
    one = _cache_settings(**production, DATABASE_URL="postgres://u@db:5432/cakupan")
    other = _cache_settings(**production, DATABASE_URL="postgres://u@db:5432/cakupan_test")
    assert one["BACKEND"].endswith("RedisCache")
    assert one["LOCATION"].startswith("redis://")
    assert one["KEY_PREFIX"] != other["KEY_PREFIX"]
    assert _cache_settings(**production, REDIS_URL="locmem")["BACKEND"].endswith("LocMemCache")
    assert _cache_settings()["BACKEND"].endswith("LocMemCache")  # development
