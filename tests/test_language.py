"""Languages at their own addresses: Indonesian at the plain URLs, English
under /en/; the address alone decides (no cookie, no Accept-Language)."""

import re

import pytest
from django.core.cache import caches
from django.test import Client

pytestmark = pytest.mark.django_db


def html_of(response) -> str:
    return response.content.decode()


def text_of(response) -> str:
    """The page's visible text (no tags, attributes or scripts)."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", html_of(response), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def test_indonesian_by_default_even_for_an_english_browser(client, seeded):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.headers["Content-Language"] == "id"
    assert '<html lang="id">' in html_of(response)


def test_english_lives_under_en_whatever_the_cookie_or_browser(client, seeded):
    client.cookies["django_language"] = "id"
    response = client.get("/en/wilayah/73/", HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "en"
    assert '<html lang="en">' in html_of(response)
    assert "Latest coverage" in html_of(response)


def test_a_language_cookie_no_longer_changes_the_plain_address(client, seeded):
    client.cookies["django_language"] = "en"
    response = client.get("/wilayah/73/")
    assert response.headers["Content-Language"] == "id"
    assert "Cakupan terakhir" in html_of(response)


def test_unknown_language_cookie_falls_back_to_indonesian(client, seeded):
    client.cookies["django_language"] = "xx"
    assert client.get("/").headers["Content-Language"] == "id"


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ("/", "/en/"),
        ("/wilayah/", "/en/wilayah/"),
        ("/wilayah/73/", "/en/wilayah/73/"),
        ("/wilayah/73.01/", "/en/wilayah/73.01/"),
        ("/sumber/", "/en/sumber/"),
        ("/paritrana/", "/en/paritrana/"),
    ],
)
def test_every_public_page_answers_in_both_languages(client, seeded, path, english):
    assert client.get(path).headers["Content-Language"] == "id"
    response = client.get(english)
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "en"


def test_links_inside_an_english_page_stay_in_english(client, seeded):
    page = html_of(client.get("/en/wilayah/73/"))
    assert 'href="/en/wilayah/73.01/"' in page  # a regency in the province table
    assert 'href="/en/wilayah/"' in page  # the navigation
    assert 'href="/wilayah/73.01/"' not in page


def switch_links(page: str) -> dict[str, tuple[str, bool]]:
    nav = re.search(r'<nav class="lang"[^>]*>(.*?)</nav>', page, re.S).group(1)
    return {
        code: (href, "aria-current" in attrs)
        for href, code, attrs in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"([^>]*)>', nav)
    }


def test_the_switch_links_to_the_same_page_in_the_other_language(client, seeded):
    indonesian = html_of(client.get("/wilayah/?level=province"))
    assert switch_links(indonesian) == {
        "id": ("/wilayah/?level=province", True),
        "en": ("/en/wilayah/?level=province", False),
    }
    english = html_of(client.get("/en/wilayah/73.01/"))
    assert switch_links(english) == {
        "id": ("/wilayah/73.01/", False),
        "en": ("/en/wilayah/73.01/", True),
    }


def test_the_switch_is_plain_links_with_no_form_and_no_csrf_token(client, seeded):
    page = html_of(client.get("/wilayah/73/"))
    assert 'class="lang"' in page
    assert "csrfmiddlewaretoken" not in page
    assert "setlang" not in page


def test_hreflang_links_name_both_addresses_from_each_page(client, seeded):
    for path in ("/wilayah/73/", "/en/wilayah/73/"):
        page = html_of(client.get(path))
        alternates = dict(
            re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', page)
        )
        assert alternates == {
            "id": "http://testserver/wilayah/73/",
            "en": "http://testserver/en/wilayah/73/",
            "x-default": "http://testserver/wilayah/73/",
        }


@pytest.mark.parametrize("method", ["post", "get"])
def test_the_old_switch_address_redirects_to_the_prefixed_page(client, seeded, method):
    send = getattr(client, method)
    response = send("/i18n/setlang/", {"language": "en", "next": "/wilayah/73/?x=1"})
    assert response.status_code == 302
    assert response.url == "/en/wilayah/73/?x=1"
    back = send("/i18n/setlang/", {"language": "id", "next": "/en/wilayah/73/"})
    assert back.status_code == 302
    assert back.url == "/wilayah/73/"
    assert not response.cookies  # nothing stored: the address is the choice


def test_the_old_switch_needs_no_csrf_token_and_refuses_foreign_targets(seeded):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/i18n/setlang/", {"language": "en", "next": "https://evil.example/x"})
    assert response.status_code == 302
    assert response.url == "/en/"
    referer = client.post(
        "/i18n/setlang/", {"language": "en"}, HTTP_REFERER="http://testserver/wilayah/73/"
    )
    assert referer.url == "/en/wilayah/73/"
    assert client.post("/i18n/setlang/", {"language": "xx", "next": "/en/"}).url == "/"


def test_the_admin_has_one_address_outside_the_language_prefix(client, seeded):
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/en/admin/login/").status_code == 404


def test_the_api_has_one_address_outside_the_language_prefix(client, seeded):
    assert client.get("/api/v1/").status_code == 200
    assert client.get("/en/api/v1/").status_code == 404


def test_an_indonesian_prefix_is_not_an_address(client, seeded):
    assert client.get("/id/wilayah/73/").status_code == 404


@pytest.fixture
def page_cache(settings, tmp_path):
    settings.CAKUPAN_PAGE_CACHE = True
    settings.CAKUPAN_DATA_VERSION_DIR = str(tmp_path / "version")
    caches["default"].clear()
    yield
    caches["default"].clear()


def test_the_page_cache_keeps_the_languages_apart(client, seeded, page_cache):
    first_id = client.get("/wilayah/73/")
    first_en = client.get("/en/wilayah/73/")
    cached_id = client.get("/wilayah/73/")
    cached_en = client.get("/en/wilayah/73/")
    # Built once each, then served from the cache (no template context).
    assert first_id.context is not None
    assert first_en.context is not None
    assert cached_id.context is None
    assert cached_en.context is None
    assert "47,38 %" in text_of(cached_id)
    assert "47.38%" not in text_of(cached_id)
    assert "47.38%" in text_of(cached_en)
    assert "47,38 %" not in text_of(cached_en)
    assert cached_id["Content-Language"] == "id"
    assert cached_en["Content-Language"] == "en"
    assert cached_id.content == first_id.content
    assert cached_en.content == first_en.content
