"""Browser tests: Playwright drives Debian's Chromium against pytest-django's
``live_server``.

- The browser is /usr/bin/chromium (``apt-get install chromium``); a missing
  browser fails the tests, it never skips them. ``playwright install`` is
  never needed.
- ``live_server`` runs every test in a transactional database that is flushed
  afterwards, so each test asks for ``live_server`` and then ``seeded`` (via
  the ``site`` fixture), and each module of this folder seeds the database
  again when it is done, for the tests that run after it.
- Static files: the server's static handler reads the finders, but the
  ``{% static %}`` tag asks the configured storage. With DEBUG off the
  settings pick WhiteNoise's manifest storage, whose hashed names exist only
  after ``collectstatic``; the tests switch to plain ``StaticFilesStorage``.
- Every test is marked ``e2e``: ``pytest -m "not e2e"`` leaves them out.
"""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

# Playwright's sync API keeps an event loop in the main thread; Django's ORM
# (the seeding fixtures) refuses to run there without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

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

# The pages every page-level test visits. "article" stands for the first
# article linked from /sumber/ (its id depends on the seed order).
PAGES = [
    "/",
    "/wilayah/",
    "/wilayah/73/",
    "/wilayah/73.01/",
    "/wilayah/63/",
    "/sumber/",
    "article",
]


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
def browser_context_args(browser_context_args):
    # Chromium asks for en-US by default, which LocaleMiddleware would honour;
    # the tests see the site as an Indonesian visitor does.
    return {**browser_context_args, "locale": "id-ID", "accept_downloads": True}


# ---- server and data -------------------------------------------------------------


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Plain StaticFilesStorage: the manifest storage chosen when DEBUG is off
    needs ``collectstatic`` and would make ``{% static %}`` fail."""
    storages = dict(settings.STORAGES)
    storages["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    settings.STORAGES = storages  # assigning (not mutating) fires setting_changed


@pytest.fixture
def site(live_server, seeded, _plain_static_storage):
    """The live server's base URL, with the seed data committed in the
    database the server reads."""
    return live_server.url


@pytest.fixture(scope="module", autouse=True)
def _reseed_after_module(django_db_blocker):
    """The last transactional test of a module leaves the database flushed;
    seed it again so tests outside this folder find the session's data."""
    yield
    from articles.models import Article
    from coverage_site.seed import seed_all
    from regions.models import Region

    with django_db_blocker.unblock():
        if not (Region.objects.exists() and Article.objects.exists()):
            seed_all()


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

    def clear(self):
        self.console_errors.clear()
        self.page_errors.clear()
        self.failed_responses.clear()

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
        assert response is not None and response.status == 200, "/sumber/ did not load"
        href = self.page.locator("main table tbody a[href^='/sumber/']").first.get_attribute(
            "href"
        )
        assert href and re.fullmatch(r"/sumber/[^/]+/", href), f"no article link: {href!r}"
        return href

    def open(self, name):
        """Go to a page, wait for the network to be idle and for every chart
        to be drawn. Returns the main document's response."""
        path = self.path_of(name)
        response = self.page.goto(self.site + path, wait_until="networkidle")
        assert response is not None, f"no response for {path}"
        self.wait_for_charts(path)
        return response

    def wait_for_charts(self, where="", timeout=10_000):
        try:
            self.page.wait_for_function(
                """() => Array.from(document.querySelectorAll('[data-chart]')).every(
                       el => el.getAttribute('data-chart-ready') === 'drawn')""",
                timeout=timeout,
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
