"""The review desk in a real browser, worked with the keyboard: a scoped
reviewer opens the next article, accepts the rate (publisher typed once, its
kind follows), adds the figure the extractor missed by selecting its
sentence, rejects the rest with r, and the desk moves on by itself when the
article is done. One page load for the article; the seconds are printed."""

import re
import time
from datetime import date
from decimal import Decimal
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import expect

from articles.documents import locate_quote, parse_article_file
from articles.models import Article, Claim
from articles.services import article_get_or_create
from regions.models import CoverageFigure, Region

PASSWORD = "uji-kata-sandi-peramban-9"

PALU = """Title: Cakupan Kota Palu naik
Outlet: Kabar Palu
Date: 2025-03-14

PALU – Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Palu mencapai 41,5 persen pada akhir 2024, kata Kepala BPJS Ketenagakerjaan Cabang Palu, Jumat (14/3/2025).

Kota Palu menempati peringkat kedua cakupan kepesertaan BPJS Ketenagakerjaan di Sulawesi Tengah.

Para pengemudi ojek daring di kota itu, sebanyak 8.100 orang, juga sudah terlindungi.
"""

MISSED = "sebanyak 8.100 orang"


def with_proposals(raw: str) -> Article:
    """The article as a draft with two proposals (a rate and a rank), made
    here rather than by the extractor so the walk does not follow its rules."""
    article, _created = article_get_or_create(document=parse_article_file(raw), draft=True)
    palu = Region.objects.get(code="72.71")
    for quote, metric, value, pattern in (
        ("mencapai 41,5 persen pada akhir 2024", "coverage_pct", "41.5", "pct.test"),
        ("menempati peringkat kedua", "award_rank", "2", "rank.test"),
    ):
        start, end = locate_quote(article.text, quote)
        Claim.objects.create(
            article=article, metric=metric, value=Decimal(value), region=palu,
            as_of=date(2024, 12, 31), as_of_precision="year", quote=quote, start=start,
            end=end, pattern=pattern, confidence=Decimal("0.8"),
        )  # fmt: skip
    return article


def select_text(page, text):
    """Select ``text`` inside the article as a reader would with the mouse."""
    page.evaluate(
        """(wanted) => {
            const box = document.getElementById("desk-text");
            const at = box.textContent.indexOf(wanted);
            if (at < 0) { throw new Error("text not found: " + wanted); }
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let node, seen = 0;
            while ((node = walker.nextNode())) {
                const size = node.textContent.length;
                if (seen <= at && at < seen + size) { range.setStart(node, at - seen); }
                const end = at + wanted.length;
                if (seen < end && end <= seen + size) { range.setEnd(node, end - seen); break; }
                seen += size;
            }
            const sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
        }""",
        text,
    )


def test_one_article_through_the_desk_with_the_keyboard(page, problems, site):
    get_user_model().objects.create_user("meja_peramban", password=PASSWORD, is_staff=True)
    call_command("grant_region", "meja_peramban", "72", "--role", "reviewer", stdout=StringIO())
    article = with_proposals(PALU)
    proposed = article.claims.count()
    rate = article.claims.get(metric="coverage_pct")

    page.goto(f"{site}/admin/login/?next=/sumber/meja/berikut/", wait_until="load")
    page.locator("#id_username").fill("meja_peramban")
    page.locator("#id_password").fill(PASSWORD)
    started = time.monotonic()
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/sumber/meja/{article.pk}/$"))
    editor = page.locator("#desk-editor")
    expect(editor).to_be_visible()
    expect(page.locator(f"#desk-claim-{rate.pk}")).to_have_class(re.compile("active"))
    expect(page.locator("#desk-text mark.active.num").first).to_have_text("41,5 persen")
    expect(page.locator("#desk_value")).to_have_value("41,5")
    expect(page.locator(f"#desk-claim-{rate.pk}")).to_contain_text("pct.test")

    # k and j move between claims; the rate is the first one.
    page.keyboard.press("j")
    page.keyboard.press("k")
    expect(page.locator(f"#desk-claim-{rate.pk}")).to_have_class(re.compile("active"))

    # e: into the editor; Tab to the publisher, typed once (an alias).
    page.keyboard.press("e")
    expect(page.locator("#desk_region_search")).to_be_focused()
    page.locator("#desk_region_search").press("Tab")
    while page.evaluate("document.activeElement.name") != "publisher":
        page.keyboard.press("Tab")
    page.keyboard.type("BPJamsostek Cabang Palu")
    expect(page.locator("#desk_publisher_kind")).to_have_value("bpjs_branch")
    expect(page.locator("#desk-check")).to_contain_text("BPJS Ketenagakerjaan Cabang Palu")
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    expect(page.locator(f"#desk-claim-{rate.pk}")).to_have_attribute("data-status", "accepted")
    figure = CoverageFigure.objects.get(region__code="72.71", publisher__startswith="BPJS")
    assert figure.publisher == "BPJS Ketenagakerjaan Cabang Palu"

    # The missed figure: select its words, t adds it with its exact quote.
    select_text(page, MISSED)
    expect(page.locator("#desk-add")).to_be_visible()
    cards = page.locator("li.desk-claim")
    before = cards.count()
    page.keyboard.press("t")
    # Wait for the server's card: the add form previews the selected words
    # inside the active card, so "8.100" shows before the claim exists.
    expect(cards).to_have_count(before + 1)
    added = page.locator("li.desk-claim[data-status=pending]").last
    expect(added).to_contain_text("8.100")
    manual = Claim.objects.get(article=article, pattern="manual")
    assert article.text[manual.start : manual.end] == manual.quote == MISSED
    expect(added).to_have_class(re.compile("active"))
    page.keyboard.press("a")  # its region and date came from the claim before
    expect(page.locator(f"#desk-claim-{manual.pk}")).to_have_attribute("data-status", "accepted")

    # r twice (or r then Enter) rejects the rest with the first reason.
    while Claim.objects.filter(article=article, status="pending").exists():
        page.keyboard.press("r")
        expect(page.locator("#desk_note")).to_be_focused()
        page.keyboard.press("Enter")
        # after the last one the desk moves on: no status line on the next page
        page.wait_for_function(
            "() => { const s = document.querySelector('#desk-status');"
            " return !s || !s.textContent.includes('…'); }"
        )
        page.wait_for_timeout(150)
    # Done: the article is marked reviewed and the desk moves on.
    expect(page).to_have_url(re.compile(r"/sumber/meja/$"))
    seconds = time.monotonic() - started
    print(f"\ndesk: one article, {proposed} proposals + 1 added, keyboard only: {seconds:.1f} s")
    article = Article.objects.get(pk=article.pk)
    assert article.reviewed_at is not None
    assert not article.claims.filter(status="pending").exists()
    assert article.claims.filter(status="accepted").count() == 2
    problems.assert_none("the review desk")


def test_a_3_mb_paste_keeps_its_text_and_explains_the_limit(page, problems, site):
    get_user_model().objects.create_superuser("impor_peramban", "i@contoh.id", PASSWORD)
    page.goto(f"{site}/admin/login/?next=/admin/articles/article/add/", wait_until="load")
    page.locator("#id_username").fill("impor_peramban")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.locator("#login-form [type=submit]").click()
    size = page.evaluate(
        """() => {
            const text = "Cakupan kepesertaan 41,5 persen. ".repeat(100000);  // 3,3 MB
            document.getElementById("id_text").value = text;
            return text.length;
        }"""
    )
    before = Article.objects.count()
    page.get_by_role("button", name="Impor dan usulkan angka").click()
    expect(page.locator("#article-import-size")).to_be_visible()
    expect(page.locator("#article-import-size")).to_contain_text("batasnya 2 MB")
    assert page.evaluate("document.getElementById('id_text').value.length") == size
    assert page.url.endswith("/admin/articles/article/add/")
    assert Article.objects.count() == before
    problems.assert_none("the import form")


def test_selecting_a_spaced_decimal_fills_its_value(page, problems, site):
    get_user_model().objects.create_user("meja_desimal", password=PASSWORD, is_staff=True)
    call_command("grant_region", "meja_desimal", "72", "--role", "reviewer", stdout=StringIO())
    raw = PALU + "\nCakupan pekerja rentan di kota itu 31, 45 persen pada akhir 2024.\n"
    article = with_proposals(raw)
    page.goto(f"{site}/admin/login/?next=/sumber/meja/{article.pk}/", wait_until="load")
    page.locator("#id_username").fill("meja_desimal")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    expect(page.locator("#desk-text .num", has_text="31, 45 persen")).to_have_count(1)
    select_text(page, "31, 45 persen pada akhir 2024")
    expect(page.locator("#desk-add")).to_be_visible()
    form = page.locator("#desk-add-form")
    assert form.evaluate("f => f.elements.value.value") == "31,45"
    assert form.evaluate("f => f.elements.metric.value") == "coverage_pct"
    problems.assert_none("the review desk")


def test_adding_a_selection_with_no_number_says_so_and_adds_nothing(page, problems, site):
    get_user_model().objects.create_user("meja_kosong", password=PASSWORD, is_staff=True)
    call_command("grant_region", "meja_kosong", "72", "--role", "reviewer", stdout=StringIO())
    article = with_proposals(PALU)
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{site}/admin/login/?next=/sumber/meja/{article.pk}/", wait_until="load")
    page.locator("#id_username").fill("meja_kosong")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    select_text(page, "juga sudah terlindungi")
    page.get_by_role("button", name="Tambah klaim (t)").click()
    value_error = page.locator('#desk-add-form [data-errors="value"]')
    expect(value_error).not_to_be_empty()
    expect(page.locator("#desk-status")).to_contain_text("periksa isian")
    assert Claim.objects.filter(article=article, pattern="manual").count() == 0
    # a new selection starts clean, its number filled in
    select_text(page, MISSED)
    expect(value_error).to_be_empty()
    assert page.locator("#desk-add-form").evaluate("f => f.elements.value.value") == "8.100"
    # the one refusal is the expected 400 of the add; no script error
    assert problems.page_errors == []
    assert problems.failed_responses
    assert all(r.startswith("400 ") and r.endswith("/tambah/") for r in problems.failed_responses)
    assert all("400" in m for m in problems.console_errors)


def test_a_region_named_in_the_article_is_one_click_away(page, problems, site):
    get_user_model().objects.create_user("meja_wilayah", password=PASSWORD, is_staff=True)
    call_command("grant_region", "meja_wilayah", "72", "--role", "reviewer", stdout=StringIO())
    article = with_proposals(PALU)
    rate = article.claims.get(metric="coverage_pct")
    # proposed on the province, as a "Kota X, Provinsi Y" sentence can mislead
    rate.region = Region.objects.get(code="72")
    rate.save()
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{site}/admin/login/?next=/sumber/meja/{article.pk}/", wait_until="load")
    page.locator("#id_username").fill("meja_wilayah")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    picks = page.locator('#desk-editor [data-picks="desk_region"] .desk-pick')
    expect(picks).to_have_text(["Kota Palu", "Sulawesi Tengah"])
    page.locator(f"#desk-claim-{rate.pk} .desk-claim-head").click()
    expect(page.locator("#desk_region_search")).to_have_value("72 · Sulawesi Tengah")
    expect(picks.nth(1)).to_have_attribute("aria-pressed", "true")
    picks.first.click()
    expect(picks.first).to_have_attribute("aria-pressed", "true")
    expect(picks.nth(1)).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#desk_region_search")).to_have_value("72.71 · Kota Palu (Sulawesi Tengah)")
    page.locator("#desk_publisher").fill("BPJS Ketenagakerjaan Cabang Palu")
    page.get_by_role("button", name="Terima (a)").click()
    expect(page.locator(f"#desk-claim-{rate.pk}")).to_have_attribute("data-status", "accepted")
    assert CoverageFigure.objects.get(percent=Decimal("41.5")).region.code == "72.71"
    # the next claim's own region is shown as chosen
    expect(picks.first).to_have_attribute("aria-pressed", "true")
    problems.assert_none("the review desk")


def test_a_group_its_sentence_names_is_one_click_away(page, problems, site):
    get_user_model().objects.create_user("meja_segmen", password=PASSWORD, is_staff=True)
    call_command("grant_region", "meja_segmen", "72", "--role", "reviewer", stdout=StringIO())
    raw = PALU.replace("juga sudah terlindungi", "pekerja rentan, juga sudah terlindungi")
    article = with_proposals(raw)
    quote = "sebanyak 8.100 orang, pekerja rentan"
    start, end = locate_quote(article.text, quote)
    # proposed as everyone's, as a count whose group comes after it can be
    count = Claim.objects.create(
        article=article, metric="participants", value=Decimal("8100"),
        region=Region.objects.get(code="72.71"), as_of=date(2024, 12, 31),
        as_of_precision="year", quote=quote, start=start, end=end, pattern="count.test",
        confidence=Decimal("0.6"),
    )  # fmt: skip
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{site}/admin/login/?next=/sumber/meja/{article.pk}/", wait_until="load")
    page.locator("#id_username").fill("meja_segmen")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    picks = page.locator("#desk-segment-picks .desk-segment-pick")
    # the rate's sentence names no group: no picks are shown
    expect(page.locator("#desk-segment-picks")).to_be_hidden()
    page.locator(f"#desk-claim-{count.pk} .desk-claim-head").click()
    expect(picks).to_have_text(["Pekerja rentan"])
    expect(picks.first).to_have_attribute("aria-pressed", "false")
    picks.first.click()
    expect(page.locator("#desk_segment")).to_have_value("vulnerable")
    expect(picks.first).to_have_attribute("aria-pressed", "true")
    # choosing another segment in the list releases the pick
    page.locator("#desk_segment").select_option("total")
    expect(picks.first).to_have_attribute("aria-pressed", "false")
    picks.first.click()
    page.locator("#desk_publisher").fill("BPJS Ketenagakerjaan Cabang Palu")
    page.get_by_role("button", name="Terima (a)").click()
    expect(page.locator(f"#desk-claim-{count.pk}")).to_have_attribute("data-status", "accepted")
    count.refresh_from_db()
    assert count.segment == "vulnerable"
    problems.assert_none("the review desk")
