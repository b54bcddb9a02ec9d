"""Settings of the load benchmark (bench/run.py): production's, with the
URLconf that adds the benchmark's no-database baseline page (/hello/)."""

from .settings import *  # noqa: F403

ROOT_URLCONF = "coverage_site.bench_urls"
