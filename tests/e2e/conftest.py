"""Browser tests: Playwright drives Debian's Chromium against pytest-django's
``live_server``.

- The browser is /usr/bin/chromium (``apt-get install chromium``); a missing
  browser fails the tests, it never skips them. ``playwright install`` is
  never needed.
- ``live_server`` runs every test in a transactional database that is flushed
  afterwards. Each test asks for ``live_server`` and then the seed data (the
  ``site`` fixture): a snapshot of the seeded tables, taken once, refills the
  flushed database in about 0.1 s; ``seeded`` from tests/conftest.py follows
  as the fallback. Each module of this folder refills the database when it
  is done, for the tests that run after it.
- Static files: the server's static handler serves them from the finders,
  but ``{% static %}`` asks the configured storage; tests/conftest.py's
  ``_test_settings`` switches it to plain ``StaticFilesStorage`` (with DEBUG
  off the settings may pick WhiteNoise's manifest storage, whose hashed names
  exist only after ``collectstatic``). test_harness.py checks the files load.
- Every test is marked ``e2e``: ``pytest -m "not e2e"`` leaves them out.
"""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

# Playwright's sync API keeps an event loop in the main thread; Django's ORM
# (the seeding fixtures) refuses to run there without this.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
HERE = Path(__file__).resolve().parent


def pytest_configure(config):
    config.addinivalue_line("markers", "e2e: browser test (Playwright + Chromium, live server)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.e2e)


# ---- browser -----------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium "
            "(apt-get install -y chromium). Never run `playwright install`.",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(pytestconfig):
    """Same as pytest-playwright's fallback ``base_url`` fixture, which is
    defined as an instance method: pytest 9 warns about that
    (PytestRemovedIn10Warning), and warnings are errors in this suite."""
    return pytestconfig.getoption("--base-url") or pytestconfig.getini("base_url") or None


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Chromium asks for en-US by default, which LocaleMiddleware would honour;
    # the tests see the site as an Indonesian visitor does.
    return {**browser_context_args, "locale": "id-ID", "accept_downloads": True}


# ---- server and data -------------------------------------------------------------


class SeedSnapshot:
    """Every row of every table, read once from the seeded database, so that
    a flushed database is refilled in a fraction of a second instead of
    running ``seed_all`` (about a second) before each browser test.

    The copy keeps primary keys, so content types (which the claims' generic
    relations point at) get back the ids the seed gave them.
    """

    def __init__(self, using=DEFAULT_DB_ALIAS):
        self.using = using
        self.tables = []  # (model, concrete fields, rows of their values)
        for model in apps.get_models(include_auto_created=True):
            opts = model._meta
            if opts.proxy or opts.swapped or not opts.managed:
                continue
            fields = opts.concrete_fields
            rows = model._base_manager.using(using).values_list(*(f.attname for f in fields))
            self.tables.append((model, fields, list(rows)))

    def restore(self):
        """Empty every table and write the rows back as they were read:
        plain INSERTs, so no save() logic (auto_now, history) runs."""
        from django.contrib.contenttypes.models import ContentType

        connection = connections[self.using]
        quote = connection.ops.quote_name
        models = [model for model, _, _ in self.tables]
        with transaction.atomic(using=self.using), connection.cursor() as cursor:
            # The flush left the content types and permissions that
            # post_migrate creates, under new ids: they go too.
            connection.ops.execute_sql_flush(
                connection.ops.sql_flush(
                    no_style(), [m._meta.db_table for m in models], allow_cascade=True
                )
            )
            for model, fields, rows in self.tables:
                if not rows:
                    continue
                sql = "INSERT INTO {} ({}) VALUES ({})".format(
                    quote(model._meta.db_table),
                    ", ".join(quote(f.column) for f in fields),
                    ", ".join(["%s"] * len(fields)),
                )
                cursor.executemany(
                    sql,
                    [
                        [
                            f.get_db_prep_save(v, connection)
                            for f, v in zip(fields, row, strict=True)
                        ]
                        for row in rows
                    ],
                )
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
        ContentType.objects.clear_cache()


def _is_seeded():
    from articles.models import Article
    from regions.models import Region

    return Region.objects.exists() and Article.objects.exists()


@pytest.fixture(scope="session")
def seed_snapshot(django_db_setup, django_db_blocker):
    from coverage_site.seed import seed_all

    with django_db_blocker.unblock():
        if not _is_seeded():
            seed_all()
        return SeedSnapshot()


@pytest.fixture
def _restored_seed(transactional_db, seed_snapshot):
    """Refill the database a previous browser test's flush emptied."""
    if not _is_seeded():
        seed_snapshot.restore()


@pytest.fixture
def site(live_server, _restored_seed, seeded, _close_connections_opened_under_playwright):
    """The live server's base URL, with the seed data committed in the
    database the server reads. ``seeded`` (tests/conftest.py) comes after the
    fast restore, as the fallback that runs ``seed_all`` if it is still empty."""
    return live_server.url


@pytest.fixture(scope="session")
def _close_connections_opened_under_playwright(playwright):
    """Once Playwright's sync API runs, the main thread has a running event
    loop, and Django (through asgiref) keeps its connections per context
    instead of per thread: the queries made from then on go through other
    connection objects than the ones the test database was set up with, and
    the session's teardown cannot close them. Left open on PostgreSQL, they
    stop it from dropping the test database. Close them while Playwright
    still runs."""
    yield
    connections.close_all()


@pytest.fixture(scope="module", autouse=True)
def _reseed_after_module(seed_snapshot, django_db_blocker):
    """The last transactional test of a module leaves the database flushed;
    refill it so the tests outside this folder find the session's data."""
    yield
    with django_db_blocker.unblock():
        if not _is_seeded():
            seed_snapshot.restore()


# ---- what went wrong in the page ------------------------------------------------

# Reports Content-Security-Policy violations as console errors, so the
# console collector below catches them even if the browser stays quiet.
CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', function (e) {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI +
                ' at ' + e.sourceFile + ':' + e.lineNumber);
});
"""


@dataclass
class BrowserProblems:
    """Console errors, uncaught page errors and failed responses of one page."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_responses: list[str] = field(default_factory=list)

    def all(self):
        return (
            [f"console: {m}" for m in self.console_errors]
            + [f"pageerror: {m}" for m in self.page_errors]
            + [f"response: {m}" for m in self.failed_responses]
        )

    def assert_none(self, where=""):
        problems = self.all()
        assert not problems, f"browser problems{' on ' + where if where else ''}:\n" + "\n".join(
            problems
        )


@pytest.fixture
def problems(page):
    found = BrowserProblems()

    def on_console(message):
        if message.type == "error":
            location = message.location or {}
            found.console_errors.append(f"{message.text} ({location.get('url', '')})")

    def on_response(response):
        if response.status >= 400:
            found.failed_responses.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: found.page_errors.append(str(error)))
    page.on("response", on_response)
    page.add_init_script(CSP_LISTENER)
    return found


# ---- helpers ---------------------------------------------------------------------


class Visitor:
    """Opens the site's pages in ``page`` and waits until they have settled."""

    def __init__(self, page, site):
        self.page = page
        self.site = site

    def path_of(self, name):
        """The URL path of an entry of PAGES ("article": the first article
        linked from /sumber/)."""
        if name != "article":
            return name
        response = self.page.goto(self.site + "/sumber/", wait_until="domcontentloaded")
        assert response is not None, "/sumber/ did not load"
        assert response.status == 200, "/sumber/ did not load"
        href = self.page.locator("main table tbody a[href^='/sumber/']").first.get_attribute("href")
        assert href, "no article link"
        assert re.fullmatch(r"/sumber/[^/]+/", href), f"no article link: {href!r}"
        return href

    def open(self, name):
        """Go to a page, wait for its load event and for every chart to be
        drawn. Returns the main document's response."""
        path = self.path_of(name)
        response = self.page.goto(self.site + path, wait_until="load")
        assert response is not None, f"no response for {path}"
        self.wait_for_charts(path)
        return response

    def wait_for_charts(self, where="", timeout=10_000):
        # Charts are drawn when they come into view: scroll to each in turn
        # (as a reader would), then back to the top.
        figures = self.page.locator("[data-chart]")
        for i in range(figures.count()):
            figures.nth(i).scroll_into_view_if_needed()
            handle = figures.nth(i).element_handle()
            try:
                self.page.wait_for_function(
                    """el => el.getAttribute('data-chart-ready') !== 'waiting'""",
                    arg=handle,
                    timeout=timeout,
                    polling=100,  # a timer, not animation frames (a busy headless page may skip them)
                )
            except PlaywrightTimeoutError:
                seen = self.page.evaluate(
                    """el => ({chart: el.dataset.chart, box: el.getBoundingClientRect().toJSON(),
                               scrollY: window.scrollY, innerHeight: window.innerHeight})""",
                    handle,
                )
                pytest.fail(f"chart scrolled into view but never started on {where}: {seen}")
        self.page.evaluate("() => window.scrollTo(0, 0)")
        try:
            self.page.wait_for_function(
                """() => Array.from(document.querySelectorAll('[data-chart]')).every(
                       el => el.getAttribute('data-chart-ready') === 'drawn')""",
                timeout=timeout,
                polling=100,
            )
        except PlaywrightTimeoutError:
            states = self.page.eval_on_selector_all(
                "[data-chart]",
                "els => els.map(el => el.dataset.chart + '=' + el.dataset.chartReady)",
            )
            pytest.fail(f"charts not drawn on {where or self.page.url}: {states}")


@pytest.fixture
def visit(page, site, problems):
    return Visitor(page, site)
