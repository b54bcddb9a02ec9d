import pytest

pytestmark = pytest.mark.django_db


def test_indonesian_by_default_even_for_an_english_browser(client, seeded):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.headers["Content-Language"] == "id"
    assert '<html lang="id">' in response.content.decode()


def test_the_switch_selects_english_and_back(client, seeded):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/wilayah/73/"})
    assert response.status_code == 302 and response.url == "/wilayah/73/"
    page = client.get("/wilayah/73/")
    assert page.headers["Content-Language"] == "en"
    assert '<html lang="en">' in page.content.decode()
    client.post("/i18n/setlang/", {"language": "id", "next": "/"})
    assert client.get("/").headers["Content-Language"] == "id"


def test_unknown_language_cookie_falls_back_to_indonesian(client, seeded):
    client.cookies["django_language"] = "xx"
    assert client.get("/").headers["Content-Language"] == "id"
