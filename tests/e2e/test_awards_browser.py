"""Paritrana in a real browser: a panel member logs in through the admin
login form, enters scores on the score entry page, and sees the edition's
ranking follow a changed score. The award pages fit a phone and show the
seed outcomes with their sources."""

import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from awards import services
from awards.models import Category, Criterion, Edition, Nominee, PanelMember
from regions.models import Region

PASSWORD = "uji-kata-sandi-9"


@pytest.fixture
def scored_edition(site):
    """Sulsel 2026: one regency/city category weighted 60/40, Selayar and
    Kota Makassar nominated, one panel member with an account."""
    edition = Edition.objects.create(
        label="Paritrana Award 2026 Provinsi Sulawesi Selatan (uji)",
        year=2026,
        stage="provincial",
        province=Region.objects.get(code="73"),
    )
    category = Category.objects.create(
        edition=edition, kind="local_government", name="Pemerintah Kabupaten/Kota"
    )
    Criterion.objects.create(category=category, name="Kebijakan", weight=Decimal(60))
    Criterion.objects.create(category=category, name="Kinerja kepesertaan", weight=Decimal(40))
    for code in ("73.01", "73.71"):
        Nominee.objects.create(category=category, region=Region.objects.get(code=code))
    user = get_user_model().objects.create_user("penilai73", password=PASSWORD)
    seat = PanelMember.objects.create(edition=edition, role="member", seat="disnaker", user=user)
    services.panel_seat_users_enable([seat])
    return edition


def fill_scores(page, scores):
    for (nominee, criterion), value in scores.items():
        page.get_by_label(f"{nominee} — {criterion}", exact=True).fill(value)
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Simpan nilai").click()
    expect(page.locator(".messagelist")).to_contain_text("Nilai tersimpan")


def ranking_names(page, edition):
    category = edition.categories.get()
    rows = page.locator(f"#peringkat-{category.pk} tbody tr th[scope='row']")
    return [name.strip() for name in rows.all_inner_texts()]


def test_panel_member_enters_scores_and_the_ranking_follows(visit, page, problems, scored_edition):
    edition = scored_edition
    scores_url = f"/admin/awards/edition/{edition.pk}/nilai/"
    page.goto(visit.site + "/admin/login/?next=" + scores_url, wait_until="load")
    page.fill("#id_username", "penilai73")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.locator("input[type=submit]").click()
    assert page.url.endswith(scores_url), page.url
    expect(page.locator("#content")).to_contain_text("Menilai sebagai")

    selayar, makassar = "Kabupaten Kepulauan Selayar", "Kota Makassar"
    fill_scores(page, {
        (selayar, "Kebijakan"): "80",
        (selayar, "Kinerja kepesertaan"): "70",    # 0.6 x 80 + 0.4 x 70 = 76
        (makassar, "Kebijakan"): "70",
        (makassar, "Kinerja kepesertaan"): "75",   # 0.6 x 70 + 0.4 x 75 = 72
    })  # fmt: skip

    visit.open(f"/paritrana/{edition.pk}/")
    assert ranking_names(page, edition) == [selayar, makassar]
    expect(page.locator(f"#peringkat-{edition.categories.get().pk}")).to_contain_text("76,00")

    visit.open(scores_url)
    expect(page.get_by_label(f"{makassar} — Kebijakan", exact=True)).to_have_value(
        re.compile(r"^70([,.]00)?$")
    )
    fill_scores(page, {(makassar, "Kebijakan"): "90,5"})  # 0.6 x 90.5 + 30 = 84.30

    visit.open(f"/paritrana/{edition.pk}/")
    assert ranking_names(page, edition) == [makassar, selayar]
    table = page.locator(f"#peringkat-{edition.categories.get().pk}")
    expect(table.locator("tbody tr").first).to_contain_text("84,30")
    chart = page.locator(f"figure[data-chart='chart-category-{edition.categories.get().pk}']")
    expect(chart).to_have_attribute("data-chart-ready", "drawn")
    expect(chart.locator(".chart-plot svg.main-svg").first).to_be_attached()
    problems.assert_none("score entry and ranking")


def test_seed_outcomes_show_with_sources_on_the_award_pages(visit, page, problems):
    visit.open("/paritrana/")
    expect(page.locator("main h1")).to_have_text("Paritrana Award")
    selayar = page.locator("li", has_text="Coverage kepesertaan tertinggi keempat")
    expect(selayar.first).to_contain_text("Porostengah.com")
    sulsel = page.locator("li", has_text="Provinsi terbaik di zona Sulawesi")
    expect(sulsel.first).to_contain_text("Istana Negara")
    for path in ("/wilayah/73.01/", "/wilayah/73/"):
        visit.open(path)
        expect(page.locator("#awards")).to_contain_text("tertinggi keempat")
    problems.assert_none("award pages")


@pytest.mark.parametrize("which", ["list", "edition"])
def test_award_pages_fit_a_phone(visit, page, problems, scored_edition, which):
    page.set_viewport_size({"width": 360, "height": 740})
    path = "/paritrana/" if which == "list" else f"/paritrana/{scored_edition.pk}/"
    visit.open(path)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360, f"{path} is {scroll_width}px wide at 360px"
    problems.assert_none(path)


@pytest.mark.parametrize("which", ["list", "edition", "scores"])
def test_award_pages_have_no_serious_axe_violations(visit, page, scored_edition, which):
    from axe_playwright_python.sync_playwright import Axe

    edition = scored_edition
    if which == "scores":
        page.goto(visit.site + f"/admin/login/?next=/admin/awards/edition/{edition.pk}/nilai/")
        page.fill("#id_username", "penilai73")
        page.fill("#id_password", PASSWORD)
        with page.expect_navigation(wait_until="load"):
            page.locator("input[type=submit]").click()
    else:
        visit.open("/paritrana/" if which == "list" else f"/paritrana/{edition.pk}/")
    # The admin's own chrome (header, breadcrumbs) is Django's; check our part.
    results = Axe().run(page, context="#content-main" if which == "scores" else None)
    blocking = [
        f"{v['id']}: {v.get('help')} {[n.get('target') for n in v.get('nodes', [])][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]
    assert not blocking, "\n".join(blocking)


def test_score_sheet_on_a_phone_keeps_the_nominee_in_view(visit, page, problems, scored_edition):
    """At 360 px the sheet scrolls inside its box, the page does not widen,
    and the nominee's name stays in view while the criteria scroll past."""
    edition = scored_edition
    Criterion.objects.filter(category__edition=edition, name="Kebijakan").update(weight=30)
    category = edition.categories.get()
    for name in ("Regulasi", "Inovasi"):
        Criterion.objects.create(category=category, name=name, weight=Decimal(15))
    page.set_viewport_size({"width": 360, "height": 740})
    scores_url = f"/admin/awards/edition/{edition.pk}/nilai/"
    page.goto(visit.site + "/admin/login/?next=" + scores_url, wait_until="load")
    page.fill("#id_username", "penilai73")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.locator("input[type=submit]").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    box = page.locator(".score-scroll").first
    assert box.evaluate("el => el.scrollWidth > el.clientWidth")  # four criteria do not fit
    box.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    name = page.locator(".score-grid tbody th[scope='row']").first
    left = name.evaluate("el => el.getBoundingClientRect().left")
    assert 0 <= left < 40, left  # still at the left edge, not scrolled away
    last = page.get_by_label("Kota Makassar — Inovasi", exact=True)
    last.fill("81")
    expect(last).to_be_in_viewport()
    problems.assert_none("score sheet on a phone")


def test_the_public_sees_no_score_while_the_assessment_runs(visit, page, browser, scored_edition):
    edition = scored_edition
    seat = edition.panel.get()
    category = edition.categories.get()
    values = {(n.pk, c.pk): Decimal("86.68") for n in category.nominees.all()
              for c in category.criteria.all()}  # fmt: skip
    services.scores_save(seat=seat, values=values, user=seat.user)
    visit.open(f"/paritrana/{edition.pk}/")
    body = page.locator("main")
    expect(body).to_contain_text("Penilaian sedang berlangsung")
    expect(body).to_contain_text("Kota Makassar")
    expect(body).not_to_contain_text("86,68")
    visit.open("/wilayah/73.01/")
    expect(page.locator("#awards")).to_contain_text("penilaian sedang berlangsung")
    expect(page.locator("#awards")).not_to_contain_text("86,68")
