"""The review desk: one page per article, claims decided in place through
JSON endpoints, missed claims added by selecting their sentence, award ranks
recorded as Paritrana outcomes with their quote, nothing recorded twice, and
articles kept as drafts until reviewed."""

import doctest
import json
import re
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

import articles.publishers
import articles.sameness
from articles import selectors
from articles.documents import locate_quote, parse_article_file
from articles.models import Article, Claim
from articles.selectors import pattern_precision, region_index
from articles.services import article_get_or_create, article_import, claim_accept
from awards.models import Edition, Outcome
from regions.models import CoverageFigure, Region

pytestmark = pytest.mark.django_db

PALU = """URL: https://www.contoh.id/berita/palu-bpjs/?utm_source=wa
Title: Kepesertaan BPJS Ketenagakerjaan Kota Palu terus naik
Outlet: Kabar Palu
Date: 2025-03-14

PALU – Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Palu mencapai 41,5 persen pada akhir 2024, kata Kepala BPJS Ketenagakerjaan Cabang Palu, Jumat (14/3/2025).

Sebanyak 52.300 pekerja di Kota Palu telah terdaftar sebagai peserta aktif pada akhir 2024.

Kota Palu menempati peringkat kedua cakupan kepesertaan BPJS Ketenagakerjaan di Sulawesi Tengah.

Di Kota Palu, sebanyak 8.100 pekerja rentan juga sudah dilindungi hingga akhir 2024.
"""


def make_user(username, code=None, role="reviewer"):
    user = get_user_model().objects.create_user(username, password="uji-kata-sandi-9")
    user.is_staff = True
    user.save()
    if code:
        call_command("grant_region", username, code, "--role", role, stdout=StringIO())
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def palu(seeded):
    """The Palu article as a draft with three proposals (made here, not by
    the extractor, so these tests do not follow its rules)."""
    article, _created = article_get_or_create(document=parse_article_file(PALU), draft=True)
    city = Region.objects.get(code="72.71")
    for quote, metric, value, pattern in (
        ("mencapai 41,5 persen pada akhir 2024", "coverage_pct", "41.5", "pct.test"),
        ("Sebanyak 52.300 pekerja di Kota Palu", "participants", "52300", "count.test"),
        ("menempati peringkat kedua", "award_rank", "2", "rank.test"),
    ):
        start, end = locate_quote(article.text, quote)
        Claim.objects.create(
            article=article, metric=metric, value=Decimal(value), region=city,
            as_of=date(2024, 12, 31), as_of_precision="year", quote=quote, start=start,
            end=end, pattern=pattern, confidence=Decimal("0.8"),
        )  # fmt: skip
    return article


@pytest.fixture
def reviewer(client, seeded):
    user = make_user("peninjau", "72")  # Sulawesi Tengah and its regencies
    client.force_login(user)
    return user


def claim_of(article, metric):
    return article.claims.get(metric=metric)


def accept_data(claim, **overrides):
    data = {
        "region": claim.region_id,
        "metric": claim.metric,
        "segment": claim.segment,
        "value": str(claim.value).replace(".", ","),
        "as_of": claim.as_of.isoformat() if claim.as_of else "",
        "as_of_precision": claim.as_of_precision or "day",
        "publisher": "BPJS Ketenagakerjaan Cabang Palu",
        "publisher_kind": "bpjs_branch",
        "target_date_precision": "year",
        "funding_source": "apbd",
    }
    data.update(overrides)
    return data


def test_pure_modules_doctests():
    for module in (articles.publishers, articles.sameness):
        assert doctest.testmod(module).failed == 0


def test_proposed_claims_keep_the_pattern_and_confidence_that_found_them(seeded):
    claims = list(article_import(raw=PALU, index=region_index()).article.claims.all())
    assert claims
    assert all(c.pattern and c.pattern != "manual" for c in claims)
    assert all(c.confidence is not None and 0 <= c.confidence <= 1 for c in claims)


def test_the_desk_needs_a_staff_login_with_a_review_scope(client, palu):
    url = f"/sumber/meja/{palu.pk}/"
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(make_user("tanpa-cakupan"))
    assert client.get(url).status_code == 403


def test_the_desk_page_shows_the_text_numbers_and_claims(client, reviewer, palu):
    response = client.get(f"/sumber/meja/{palu.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="num">52.300</mark>' in page or 'class="num">52.300' in page
    assert 'id="desk-claims"' in page
    assert "desk.js" in page
    data = json.loads(
        page.split('id="desk-claim-data" type="application/json">')[1].split("</script>")[0]
    )
    assert {c["metric"] for c in data.values()} >= {"coverage_pct", "participants"}
    assert "<script>" not in page  # strict CSP: data in json_script only


def test_the_desk_marks_a_spaced_decimal_as_one_number(client, reviewer, seeded):
    raw = PALU.replace(
        "Di Kota Palu, sebanyak 8.100",
        "Cakupan pekerja rentan di kota itu 31, 45 persen, naik dari 2023, 12 desa lebih banyak. "
        "Di Kota Palu, sebanyak 8.100",
    )
    article, _created = article_get_or_create(document=parse_article_file(raw), draft=True)
    page = client.get(f"/sumber/meja/{article.pk}/").content.decode()
    assert 'class="num">31, 45 persen</span>' in page
    # a year and a count after a comma stay two numbers
    assert 'class="num">2023</span>' in page
    assert 'class="num">12</span>' in page


def test_the_english_desk_names_one_region_per_field_and_the_menu_all_regions(
    client, reviewer, palu
):
    page = client.get(f"/en/sumber/meja/{palu.pk}/").content.decode()
    # the add form and the claim editor each take one region
    assert len(re.findall(r"<label(?: class=\"wide\")?>Region <input", page)) == 2
    assert "Regions <input" not in page
    # the site menu leads to the list of all regions
    assert re.search(r'<nav aria-label="Main navigation">.*?>Regions</a>', page, re.S)


def test_the_desk_offers_the_regions_the_article_names_in_the_reviewers_scope(
    client, reviewer, seeded
):
    raw = PALU.replace(
        "Di Kota Palu, sebanyak",
        "Di Kabupaten Donggala dan Kabupaten Sumenep, Jawa Timur, juga naik. Di Kota Palu, sebanyak",
    )
    article, _created = article_get_or_create(document=parse_article_file(raw), draft=True)
    named = selectors.regions_named(article, reviewer)
    # first named first; Sumenep and Jawa Timur lie outside the reviewer's scope
    assert [r["name"] for r in named] == ["Kota Palu", "Sulawesi Tengah", "Kabupaten Donggala"]
    assert named[0]["label"] == "72.71 · Kota Palu (Sulawesi Tengah)"
    page = client.get(f"/sumber/meja/{article.pk}/").content.decode()
    for target in ("add-region", "desk_region"):
        picks = page.split(f'data-picks="{target}"')[1].split("</div>")[0]
        assert re.findall(r'data-label="([^"]+)"', picks) == [r["label"] for r in named]
    assert "Kabupaten Sumenep" not in page.split('data-picks="desk_region"')[1].split("</div>")[0]


def test_an_article_naming_no_region_gets_no_picks(client, reviewer, seeded):
    raw = PALU.split("\n\n")[0] + "\n\nCakupan kepesertaan naik menjadi 41,5 persen pada 2024.\n"
    raw = raw.replace("Kota Palu", "kota itu").replace("Kabar Palu", "Kabar")
    article, _created = article_get_or_create(document=parse_article_file(raw), draft=True)
    assert selectors.regions_named(article, reviewer) == []
    assert "data-picks" not in client.get(f"/sumber/meja/{article.pk}/").content.decode()


def test_the_region_index_is_built_again_only_when_the_register_changes(seeded):
    first = selectors.region_index()
    assert selectors.region_index() is first
    palu = Region.objects.get(code="72.71")
    palu.aliases.create(name="Kota Teluk Lembah")
    rebuilt = selectors.region_index()
    assert rebuilt is not first
    assert [m.code for m in rebuilt.find_mentions("Di Kota Teluk Lembah, cakupan naik.")] == [
        "72.71"
    ]


def test_accepting_on_the_desk_records_the_figure_and_returns_the_card(client, reviewer, palu):
    claim = claim_of(palu, "coverage_pct")
    response = client.post(f"/sumber/meja/klaim/{claim.pk}/terima/", accept_data(claim))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["ok"]
    assert body["claim"]["status"] == "accepted"
    assert f'id="desk-claim-{claim.pk}"' in body["card"]
    claim.refresh_from_db()
    assert claim.status == "accepted"
    assert not claim.corrected
    assert claim.record.percent == Decimal("41.50")


def test_a_corrected_value_marks_the_claim_corrected(client, reviewer, palu):
    claim = claim_of(palu, "coverage_pct")
    response = client.post(
        f"/sumber/meja/klaim/{claim.pk}/terima/", accept_data(claim, value="41,6")
    )
    assert response.json()["ok"]
    claim.refresh_from_db()
    assert claim.corrected
    assert claim.record.percent == Decimal("41.60")


def test_desk_errors_name_the_field(client, reviewer, palu):
    claim = claim_of(palu, "coverage_pct")
    response = client.post(
        f"/sumber/meja/klaim/{claim.pk}/terima/", accept_data(claim, publisher="")
    )
    assert response.status_code == 400
    assert "publisher" in response.json()["errors"]
    assert Claim.objects.get(pk=claim.pk).status == "pending"


def test_a_publisher_alias_lands_on_the_figure_already_recorded(client, reviewer, palu):
    """Nothing recorded twice: "BPJamsostek Cabang Palu" is the publisher
    already recorded as "BPJS Ketenagakerjaan Cabang Palu"."""
    first = claim_of(palu, "coverage_pct")
    client.post(f"/sumber/meja/klaim/{first.pk}/terima/", accept_data(first))
    second = palu.claims.get(metric="participants", segment="total")
    data = accept_data(second, publisher="BPJamsostek Cabang Palu", as_of=first.as_of.isoformat())
    data["as_of_precision"] = first.as_of_precision
    response = client.post(f"/sumber/meja/klaim/{second.pk}/terima/", data)
    assert response.json()["ok"], response.content
    figures = CoverageFigure.objects.filter(region__code="72.71", segment="total")
    assert figures.count() == 1
    assert figures.get().covered == 52_300
    assert figures.get().percent == Decimal("41.50")


def test_the_live_check_follows_the_corrected_values(client, reviewer, palu):
    claim = claim_of(palu, "coverage_pct")
    client.post(f"/sumber/meja/klaim/{claim.pk}/terima/", accept_data(claim))
    other = palu.claims.get(metric="participants", segment="total")
    params = accept_data(other, publisher="BPJamsostek Cabang Palu")
    params["as_of"], params["as_of_precision"] = claim.as_of.isoformat(), claim.as_of_precision
    answer = client.get("/sumber/meja/cek/", params).json()
    assert answer["existing"]
    assert "Palu" in answer["existing"]["label"]
    assert answer["publisher"] == "BPJS Ketenagakerjaan Cabang Palu"
    # The reviewer changes the region: the check runs on the new one.
    params["region"] = Region.objects.get(code="72.10").pk
    assert client.get("/sumber/meja/cek/", params).json()["existing"] is None


def test_selecting_text_adds_a_claim_with_its_exact_quote(client, reviewer, palu):
    quote = "sebanyak 8.100 pekerja rentan juga sudah dilindungi"
    start = palu.text.index(quote)
    data = {"start": start, "end": start + len(quote), "quote": quote, "metric": "participants",
            "value": "8.100", "segment": "vulnerable",
            "region": Region.objects.get(code="72.71").pk}  # fmt: skip
    response = client.post(f"/sumber/meja/{palu.pk}/tambah/", data)
    assert response.status_code == 200, response.content
    claim = Claim.objects.get(pk=response.json()["claim"]["id"])
    assert claim.pattern == "manual"
    assert claim.confidence is None
    assert palu.text[claim.start : claim.end] == claim.quote == quote
    assert claim.value == 8100
    assert claim.status == "pending"


def test_a_selection_that_does_not_match_the_text_is_refused(client, reviewer, palu):
    quote = "sebanyak 8.100 pekerja rentan"
    start = palu.text.index(quote) + 1  # one character off
    data = {"start": start, "end": start + len(quote), "quote": quote, "metric": "participants",
            "value": "8100", "segment": "vulnerable"}  # fmt: skip
    response = client.post(f"/sumber/meja/{palu.pk}/tambah/", data)
    assert response.status_code == 400
    assert "quote" in response.json()["errors"]
    assert not palu.claims.filter(pattern="manual").exists()


def test_a_quote_span_can_be_corrected(client, reviewer, palu):
    claim = claim_of(palu, "coverage_pct")
    sentence = palu.text.splitlines()[0]
    start = palu.text.index(sentence)
    response = client.post(
        f"/sumber/meja/klaim/{claim.pk}/kutipan/",
        {"start": start, "end": start + len(sentence), "quote": sentence},
    )
    assert response.json()["ok"]
    claim.refresh_from_db()
    assert claim.quote == sentence
    assert palu.text[claim.start : claim.end] == sentence


def test_an_award_rank_becomes_a_paritrana_outcome_with_its_quote(client, reviewer, palu):
    claim = claim_of(palu, "award_rank")
    assert not Edition.objects.filter(year=2024, province__code="72").exists()
    data = accept_data(claim, value="2", as_of="", edition_year="2024",
                       edition_stage="provincial", zone="Cakupan kepesertaan",
                       edition_province=Region.objects.get(code="72").pk, for_year="2024",
                       award_title="Peringkat cakupan kepesertaan di Sulawesi Tengah")  # fmt: skip
    response = client.post(f"/sumber/meja/klaim/{claim.pk}/terima/", data)
    assert response.json()["ok"], response.content
    edition = Edition.objects.get(year=2024, stage="provincial", province__code="72")
    outcome = Outcome.objects.get(edition=edition)
    assert outcome.rank == 2
    assert outcome.region.code == "72.71"
    assert outcome.quote == claim.quote
    assert outcome.source_outlet == "Kabar Palu"
    assert edition.results_announced
    assert edition.is_final
    page = client.get(f"/paritrana/{edition.pk}/").content.decode()
    assert claim.quote in page
    assert "peringkat sementara" not in page.lower()


def test_the_same_article_again_by_url_creates_nothing(palu):
    again = (
        PALU.replace("utm_source=wa", "utm_medium=fb").replace(
            "Kota Palu terus naik", "Kota Palu naik"
        )
        + "\nBaca juga: berita lain.\n"
    )
    before = (Article.objects.count(), Claim.objects.count())
    result = article_import(raw=again, index=region_index())
    assert not result.created
    assert result.same_as == "url"
    assert result.article == palu
    assert (Article.objects.count(), Claim.objects.count()) == before


def test_nearly_the_same_text_without_a_url_creates_nothing(palu):
    body = PALU.split("\n\n", 1)[1]
    again = "Title: Salinan\nOutlet: Lain\n\n" + body + "\nBaca juga: berita lain.\n"
    result = article_import(raw=again, index=region_index())
    assert not result.created
    assert result.same_as == "similar"
    assert result.article == palu


def test_the_admin_import_says_which_article_it_already_is(client, palu):
    admin = get_user_model().objects.create_superuser("admin", "a@contoh.id", "pw-uji-12345")
    client.force_login(admin)
    response = client.post(
        "/admin/articles/article/add/", {"text": PALU + "\nTambahan satu baris.\n"}, follow=True
    )
    page = response.content.decode()
    assert f"/sumber/meja/{palu.pk}/" in page
    assert "Tidak ada yang dibuat" in page
    assert Article.objects.filter(title=palu.title).count() == 1


def test_an_article_with_no_figures_says_so(client, seeded):
    admin = get_user_model().objects.create_superuser("admin", "a@contoh.id", "pw-uji-12345")
    client.force_login(admin)
    response = client.post(
        "/admin/articles/article/add/",
        {"text": "Rapat koordinasi membahas sosialisasi program tanpa angka apa pun."},
        follow=True,
    )
    page = response.content.decode()
    assert "tidak menemukan angka" in page
    assert "angka diusulkan untuk ditinjau" not in page


def test_articles_are_drafts_until_reviewed(client, reviewer, palu):
    assert palu.title not in client.get("/sumber/").content.decode()
    assert client.get(f"/sumber/{palu.pk}/").status_code == 404
    claim = claim_of(palu, "coverage_pct")
    client.post(f"/sumber/meja/klaim/{claim.pk}/terima/", accept_data(claim))
    assert palu.title in client.get("/sumber/").content.decode()
    assert client.get(f"/sumber/{palu.pk}/").status_code == 200


def test_marking_reviewed_needs_every_claim_decided(client, reviewer, palu):
    response = client.post(f"/sumber/meja/{palu.pk}/selesai/")
    assert response.status_code == 400
    for claim in palu.claims.all():
        client.post(f"/sumber/meja/klaim/{claim.pk}/tolak/", {"note": "Bukan angka cakupan"})
    response = client.post(f"/sumber/meja/{palu.pk}/selesai/")
    assert response.json()["ok"]
    assert "/sumber/meja/berikut/" in response.json()["next"]
    palu.refresh_from_db()
    assert palu.reviewed_at is not None
    assert palu.title in client.get("/sumber/").content.decode()


def test_a_reviewer_deletes_junk_but_not_a_cited_article(client, reviewer, palu):
    claim = claim_of(palu, "coverage_pct")
    client.post(f"/sumber/meja/klaim/{claim.pk}/terima/", accept_data(claim))
    assert client.post(f"/sumber/meja/{palu.pk}/hapus/").status_code == 400
    junk = article_import(raw="Title: Sampah\n\n" + "asdf qwer zxcv " * 50, index=region_index())
    response = client.post(f"/sumber/meja/{junk.article.pk}/hapus/")
    assert response.json()["ok"]
    assert not Article.objects.filter(pk=junk.article.pk).exists()


def test_scope_rules_hold_on_the_desk(client, palu):
    client.force_login(make_user("sulsel", "73"))
    claim = claim_of(palu, "coverage_pct")
    response = client.post(f"/sumber/meja/klaim/{claim.pk}/terima/", accept_data(claim))
    assert response.status_code in (400, 403)
    assert Claim.objects.get(pk=claim.pk).status == "pending"
    response = client.post(f"/sumber/meja/klaim/{claim.pk}/tolak/", {"note": "x"})
    assert response.status_code == 403


def test_regions_are_searchable_by_name_alias_and_code(client, reviewer):
    admin = get_user_model().objects.create_superuser("admin", "a@contoh.id", "pw-uji-12345")
    client.force_login(admin)
    by_alias = client.get("/sumber/meja/wilayah/", {"q": "Sulsel"}).json()["results"]
    assert by_alias[0]["code"] == "73"
    by_code = client.get("/sumber/meja/wilayah/", {"q": "72.71"}).json()["results"]
    assert by_code[0]["name"] == "Kota Palu"
    by_name = client.get("/sumber/meja/wilayah/", {"q": "palu"}).json()["results"]
    assert "Kota Palu" in [r["name"] for r in by_name]
    client.force_login(reviewer)  # Sulawesi Tengah only
    assert client.get("/sumber/meja/wilayah/", {"q": "Sulsel"}).json()["results"] == []


def test_accept_the_rest_takes_every_pending_claim_or_none(client, reviewer, palu):
    for claim in palu.claims.exclude(metric__in=["coverage_pct", "participants"]):
        client.post(f"/sumber/meja/klaim/{claim.pk}/tolak/", {"note": "Bukan angka cakupan"})
    response = client.post(
        f"/sumber/meja/{palu.pk}/terima-sisanya/",
        {"publisher": "BPJamsostek Cabang Palu", "publisher_kind": "bpjs_branch"},
    )
    assert response.json()["ok"], response.content
    assert not palu.claims.filter(status="pending").exists()
    figure = CoverageFigure.objects.get(region__code="72.71", segment="total")
    assert figure.publisher == "BPJS Ketenagakerjaan Cabang Palu"


def test_pattern_precision_counts_every_decision(client, reviewer, palu):
    accepted = claim_of(palu, "coverage_pct")
    claim_accept(
        claim=accepted,
        reviewer=get_user_model().objects.create_superuser("su", "s@contoh.id", "pw-uji-12345"),
        proposal={
            "region": accepted.region, "metric": "coverage_pct", "segment": "total",
            "value": accepted.value, "as_of": accepted.as_of,
            "as_of_precision": accepted.as_of_precision, "publisher": "BPJS Ketenagakerjaan",
            "publisher_kind": "bpjs_national",
        },
    )  # fmt: skip
    rejected = claim_of(palu, "award_rank")
    client.post(f"/sumber/meja/klaim/{rejected.pk}/tolak/", {"note": "Bukan penghargaan"})
    rows = {row["pattern"]: row for row in pattern_precision()}
    assert rows[accepted.pattern]["accepted"] >= 1
    assert rows[rejected.pattern]["rejected"] >= 1
    out = StringIO()
    call_command("pattern_precision", stdout=out)
    assert accepted.pattern in out.getvalue()
    desk = client.get("/sumber/meja/").content.decode()
    assert accepted.pattern in desk


def test_the_queue_opens_the_next_article(client, reviewer, palu):
    response = client.get("/sumber/meja/berikut/")
    assert response.status_code == 302
    assert response.url == f"/sumber/meja/{palu.pk}/"
    response = client.get(f"/sumber/meja/berikut/?setelah={palu.pk}")
    assert response.url == "/sumber/meja/"


def test_an_announced_edition_reads_as_final(client, seeded):
    edition = Edition.objects.get(year=2022, stage="national")
    assert edition.results_announced  # a result is recorded for it
    page = client.get(f"/paritrana/{edition.pk}/").content.decode()
    assert "Dibuka — peringkat sementara" not in page
    assert "Hasil sudah diumumkan" in page


def test_claim_confidence_is_kept_between_0_and_1_by_the_database(palu):
    from django.db import IntegrityError, transaction

    claim = palu.claims.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(confidence=Decimal("1.5"))


def test_a_paste_over_the_limit_keeps_its_text_and_names_the_limit(client, seeded):
    admin = get_user_model().objects.create_superuser("admin", "a@contoh.id", "pw-uji-12345")
    client.force_login(admin)
    text = "Cakupan 41,5 persen. " * 110_000  # 2,2 MB: under the request limit, over ours
    response = client.post("/admin/articles/article/add/", {"text": text})
    assert response.status_code == 200
    page = response.content.decode()
    assert "batasnya 2 MB" in page
    assert response.context["form"]["text"].value() == text
    assert not Article.objects.filter(text__startswith="Cakupan 41,5 persen.").exists()


def test_the_desk_offers_the_groups_a_claims_sentence_names(client, reviewer, palu):
    city = Region.objects.get(code="72.71")
    quote = "sebanyak 8.100 pekerja rentan juga sudah dilindungi"
    start, end = locate_quote(palu.text, quote)
    vulnerable = Claim.objects.create(
        article=palu, metric="participants", value=Decimal("8100"), region=city,
        as_of=date(2024, 12, 31), as_of_precision="year", quote=quote, start=start, end=end,
        pattern="count.test", confidence=Decimal("0.8"),
    )  # fmt: skip
    page = client.get(f"/sumber/meja/{palu.pk}/").content.decode()
    data = json.loads(
        page.split('<script id="desk-claim-data" type="application/json">')[1].split("</script>")[0]
    )
    assert data[str(vulnerable.pk)]["groups_named"] == ["vulnerable"]
    # a sentence that names no group offers none
    assert data[str(claim_of(palu, "coverage_pct").pk)]["groups_named"] == []
    assert 'id="desk-segment-picks"' in page
    assert "Disebut di kalimat:" in page
    english = client.get(f"/en/sumber/meja/{palu.pk}/").content.decode()
    assert "Named in the sentence:" in english
