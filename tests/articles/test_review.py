"""The review queue: pending claims proposed from an article are accepted
(becoming a coverage figure, target or budget linked to the claim) or
rejected with a reason, one by one or in bulk, each reviewer within their
region scope."""

import doctest
import re
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.test import Client

import articles.review
from articles.models import Article, Claim
from articles.selectors import region_index
from articles.services import (
    BulkRefused,
    article_import,
    claim_accept,
    claims_accept,
    claims_reject,
)
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region

pytestmark = pytest.mark.django_db

QUEUE = "/admin/articles/claim/"

PALU = """URL: https://contoh.id/berita/palu-bpjs
Title: Kepesertaan BPJS Ketenagakerjaan Kota Palu terus naik
Outlet: Kabar Palu
Date: 2025-03-14

PALU – Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Palu mencapai 41,5 persen pada akhir 2024, kata Kepala BPJS Ketenagakerjaan Cabang Palu, Jumat (14/3/2025).

Sebanyak 52.300 pekerja di Kota Palu telah terdaftar sebagai peserta aktif pada akhir 2024.

Angka itu dihitung dari 126.000 potensi pekerja di Kota Palu pada akhir 2024.

Cakupan kepesertaan Kota Palu pada 2025 ditargetkan 50 persen.

Pemkot Palu juga menyiapkan anggaran Rp1,2 miliar untuk iuran pekerja rentan pada 2025.

Kota Palu menempati peringkat kedua cakupan kepesertaan BPJS Ketenagakerjaan di Sulawesi Tengah.
"""

DONGGALA = """Title: Cakupan Donggala
Outlet: Kabar Palu
Date: 2025-04-02

DONGGALA – Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Donggala baru 18,2 persen pada akhir 2024.
"""

PUBLISHER = "BPJS Ketenagakerjaan Cabang Palu"


def make_user(username, code=None, role="reviewer"):
    user = get_user_model().objects.create_user(username, password="uji-kata-sandi-9")
    if code:
        call_command("grant_region", username, code, "--role", role, stdout=StringIO())
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def palu(seeded) -> dict[str, Claim]:
    """The Palu article imported: one pending claim per metric."""
    result = article_import(raw=PALU, index=region_index())
    claims = {c.metric: c for c in result.article.claims.all()}
    assert set(claims) == {
        "coverage_pct", "participants", "workforce", "target_pct", "budget_idr", "award_rank",
    }  # fmt: skip
    assert all(c.status == "pending" and c.region.code == "72.71" for c in claims.values())
    return claims


@pytest.fixture
def superuser(seeded):
    return get_user_model().objects.create_superuser("admin", "a@example.id", "pw-uji-12345")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def reviewer(seeded):
    """A reviewer for Sulawesi Tengah (72): Kota Palu is in scope."""
    return make_user("peninjau72", "72")


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


def change_url(claim) -> str:
    return f"{QUEUE}{claim.pk}/change/"


def review_post(claim, action="_accept", **overrides) -> dict:
    data = {
        "region": claim.region_id or "",
        "metric": claim.metric,
        "segment": claim.segment,
        "value": str(claim.value).replace(".", ","),
        "as_of": claim.as_of.isoformat() if claim.as_of else "",
        "as_of_precision": claim.as_of_precision or "day",
        "publisher": PUBLISHER,
        "publisher_kind": "bpjs_branch",
        "participant_kind": "",
        "denominator_kind": "",
        "denominator_label": "",
        "issuer": "",
        "issuer_kind": "",
        "target_date": "",
        "target_date_precision": "year",
        "baseline_percent": "",
        "baseline_date": "",
        "year": "",
        "purpose": "",
        "funding_source": "apbd",
        "note": "",
        action: "x",
    }
    data.update(overrides)
    return data


def errors_of(response) -> dict:
    return response.context["form"].errors


def test_review_helpers_doctests():
    result = doctest.testmod(articles.review)
    assert result.attempted > 0
    assert result.failed == 0


# -- the queue -------------------------------------------------------------


def test_queue_shows_pending_claims_oldest_import_first(palu, admin_client):
    later = article_import(raw=DONGGALA, index=region_index()).article
    response = admin_client.get(QUEUE)
    assert response.status_code == 200
    claims = list(response.context["cl"].result_list)
    assert claims
    assert all(c.status == "pending" for c in claims)
    articles_in_order = [c.article_id for c in claims]
    first_palu, first_later = (
        articles_in_order.index(a) for a in (palu["coverage_pct"].article_id, later.pk)
    )
    assert first_palu < first_later
    palu_starts = [c.start for c in claims if c.article_id == palu["coverage_pct"].article_id]
    assert palu_starts == sorted(palu_starts)  # in the order the article makes them
    page = response.content.decode()
    assert "menunggu tinjauan" in page
    assert "41,5 %" in page
    assert "1.300.000" not in page
    assert "Rp1,2 miliar" in page


def test_queue_filters_other_statuses_and_all(palu, admin_client):
    accepted = admin_client.get(QUEUE, {"status__exact": "accepted"}).context["cl"]
    assert accepted.result_count == Claim.objects.filter(status="accepted").count() > 0
    every = admin_client.get(QUEUE, {"status__exact": "all"}).context["cl"]
    assert every.result_count == Claim.objects.count()
    by_metric = admin_client.get(QUEUE, {"metric__exact": "target_pct"}).context["cl"]
    assert {c.metric for c in by_metric.result_list} == {"target_pct"}
    assert all(c.status == "pending" for c in by_metric.result_list)


# -- the review page -------------------------------------------------------


def test_review_page_marks_the_quote_in_its_paragraph(palu, admin_client):
    claim = palu["participants"]
    response = admin_client.get(change_url(claim))
    assert response.status_code == 200
    page = response.content.decode()
    assert f"<mark>{claim.quote}</mark>" in page
    assert "Kepesertaan BPJS Ketenagakerjaan Kota Palu terus naik" in page
    assert "Kabar Palu" in page
    assert "14 Maret 2025" in page
    assert 'name="_accept"' in page
    assert 'name="_reject"' in page
    review_form = page.split('<form method="post" novalidate>', 1)[1].split("</form>", 1)[0]
    names = re.findall(r'<(?:input|select|textarea)[^>]*\sname="([^"]+)"', review_form)
    assert len(names) == len(set(names))  # one input per name: no field posted twice
    form = response.context["form"]
    assert form.initial["region"] == claim.region_id
    assert "publisher" not in form.initial  # the outlet is not the publisher


def test_publisher_is_prefilled_from_an_earlier_accepted_claim_of_the_article(palu, admin_client):
    admin_client.post(change_url(palu["coverage_pct"]), review_post(palu["coverage_pct"]))
    form = admin_client.get(change_url(palu["participants"])).context["form"]
    assert form.initial["publisher"] == PUBLISHER
    assert form.initial["publisher_kind"] == "bpjs_branch"


def test_target_review_defaults_to_the_end_of_the_year(palu, admin_client):
    form = admin_client.get(change_url(palu["target_pct"])).context["form"]
    assert form.initial["target_date"] == date(2025, 12, 31)
    assert form.initial["target_date_precision"] == "year"


# -- accepting -------------------------------------------------------------


def test_accepting_a_rate_creates_a_figure_linked_to_the_claim(palu, admin_client, superuser):
    claim = palu["coverage_pct"]
    response = admin_client.post(change_url(claim), review_post(claim))
    assert response.status_code == 302, errors_of(response)
    claim.refresh_from_db()
    figure = claim.record
    assert isinstance(figure, CoverageFigure)
    assert claim.status == "accepted"
    assert claim.reviewed_by == superuser
    assert claim.reviewed_at
    assert figure.percent == Decimal("41.50")
    assert figure.covered is None
    assert figure.region.code == "72.71"
    assert figure.as_of == date(2024, 12, 31)
    assert figure.as_of_precision == "year"
    assert figure.publisher == PUBLISHER
    assert figure.entered_by == superuser
    assert figure.history.first().history_user == superuser

    page = admin_client.get("/wilayah/72.71/").content.decode()
    assert "41,5 %" in page
    assert claim.quote in page  # "says who?": the sentence behind the number


def test_accepting_takes_the_reviewers_corrections_in_indonesian_form(palu, admin_client):
    claim = palu["coverage_pct"]
    data = review_post(claim, value="42,75", segment="informal", as_of="2024-11-30")
    data["as_of_precision"] = "month"
    response = admin_client.post(change_url(claim), data)
    assert response.status_code == 302, errors_of(response)
    claim.refresh_from_db()
    assert claim.value == Decimal("42.75")
    assert claim.segment == "informal"
    assert claim.record.percent == Decimal("42.75")
    assert claim.record.segment == "informal"
    assert claim.record.as_of == date(2024, 11, 30)
    assert claim.record.as_of_precision == "month"


def test_count_and_rate_from_one_article_make_one_figure(palu, admin_client):
    count, rate, workforce = palu["participants"], palu["coverage_pct"], palu["workforce"]
    admin_client.post(change_url(count), review_post(count))
    page = admin_client.get(change_url(rate)).content.decode()
    assert "tidak perlu konfirmasi" in page
    assert 'name="confirm_update"' not in page
    for claim in (rate, workforce):
        response = admin_client.post(change_url(claim), review_post(claim))
        assert response.status_code == 302, errors_of(response)
    figure = CoverageFigure.objects.get(region__code="72.71", publisher=PUBLISHER)
    assert (figure.covered, figure.eligible, figure.percent) == (52300, 126000, Decimal("41.50"))
    assert {c.record for c in Claim.objects.filter(pk__in=[count.pk, rate.pk, workforce.pk])} == {
        figure
    }


def test_workforce_without_a_figure_is_refused_and_explained(palu, admin_client):
    claim = palu["workforce"]
    page = admin_client.get(change_url(claim)).content.decode()
    assert "terima dulu klaim jumlah peserta atau persentasenya" in page
    response = admin_client.post(change_url(claim), review_post(claim))
    assert response.status_code == 200
    assert "terima dulu klaim jumlah peserta atau persentase" in str(errors_of(response)["value"])
    claim.refresh_from_db()
    assert claim.status == "pending"
    assert not CoverageFigure.objects.filter(region__code="72.71").exists()


def test_accepting_a_target(palu, admin_client):
    claim = palu["target_pct"]
    data = review_post(
        claim,
        issuer="Pemerintah Kota Palu",
        issuer_kind="pemda",
        target_date="2025-12-31",
        baseline_percent="41,5",
        baseline_date="2024-12-31",
    )
    response = admin_client.post(change_url(claim), data)
    assert response.status_code == 302, errors_of(response)
    claim.refresh_from_db()
    target = claim.record
    assert isinstance(target, CoverageTarget)
    assert target.target_percent == Decimal("50.00")
    assert target.target_date == date(2025, 12, 31)
    assert target.baseline_percent == Decimal("41.50")
    assert target.issuer == "Pemerintah Kota Palu"


def test_a_target_needs_its_issuer(palu, admin_client):
    claim = palu["target_pct"]
    response = admin_client.post(change_url(claim), review_post(claim, target_date="2025-12-31"))
    assert response.status_code == 200
    assert {"issuer", "issuer_kind"} <= set(errors_of(response))
    assert not CoverageTarget.objects.filter(region__code="72.71").exists()


def test_accepting_a_budget(palu, admin_client):
    claim = palu["budget_idr"]
    data = review_post(
        claim,
        value="1.200.000.000",
        year="2025",
        purpose="Iuran pekerja rentan",
        publisher="Pemerintah Kota Palu",
        segment="vulnerable",
    )
    response = admin_client.post(change_url(claim), data)
    assert response.status_code == 302, errors_of(response)
    claim.refresh_from_db()
    budget = claim.record
    assert isinstance(budget, BudgetAllocation)
    assert budget.amount == 1_200_000_000
    assert budget.year == 2025
    assert budget.funding_source == "apbd"
    assert budget.purpose == "Iuran pekerja rentan"


def test_award_rank_needs_its_edition_on_the_old_review_page(palu, admin_client):
    # The admin review page has no edition fields: the desk records award
    # ranks (tests/articles/test_desk.py); here nothing is written.
    claim = palu["award_rank"]
    response = admin_client.post(change_url(claim), review_post(claim))
    assert response.status_code == 200
    assert "edisi" in str(errors_of(response)).lower()
    claim.refresh_from_db()
    assert claim.status == "pending"
    assert claim.record_id is None


def test_the_records_rules_are_the_regions_forms_rules(palu, admin_client):
    claim = palu["coverage_pct"]
    response = admin_client.post(change_url(claim), review_post(claim, value="-5"))
    assert response.status_code == 200
    assert "0 atau lebih" in str(errors_of(response)["value"])
    response = admin_client.post(change_url(claim), review_post(claim, as_of="2999-12-31"))
    assert "masa depan" in str(errors_of(response)["as_of"])
    response = admin_client.post(change_url(claim), review_post(claim, publisher=""))
    assert "publisher" in errors_of(response)
    assert not CoverageFigure.objects.filter(region__code="72.71").exists()
    assert Claim.objects.get(pk=claim.pk).status == "pending"


def test_a_count_above_the_denominator_is_kept_as_published_with_a_warning(palu, admin_client):
    CoverageFigure.objects.create(
        region=Region.objects.get(code="72.71"),
        as_of=date(2024, 12, 31),
        as_of_precision="year",
        eligible=50_000,
        percent=Decimal("40"),
        publisher=PUBLISHER,
        publisher_kind="bpjs_branch",
    )
    claim = palu["participants"]
    response = admin_client.post(change_url(claim), review_post(claim))
    assert response.status_code == 302, errors_of(response)
    figure = CoverageFigure.objects.get(region__code="72.71")
    assert figure.covered == 52_300
    assert figure.quality_warning


@pytest.fixture
def existing_figure(palu, superuser):
    return CoverageFigure.objects.create(
        region=Region.objects.get(code="72.71"),
        as_of=date(2024, 12, 31),
        as_of_precision="year",
        percent=Decimal("40.10"),
        covered=50_000,
        publisher=PUBLISHER,
        publisher_kind="bpjs_branch",
        participant_kind="active",
        note="dari laporan cabang",
        entered_by=superuser,
    )


def test_a_different_value_on_an_existing_figure_needs_confirmation(
    palu, admin_client, existing_figure
):
    claim = palu["coverage_pct"]
    page = admin_client.get(change_url(claim)).content.decode()
    assert "Angka lain untuk wilayah, segmen dan tanggal ini" in page
    assert PUBLISHER in page
    response = admin_client.post(change_url(claim), review_post(claim))
    assert response.status_code == 200
    page = response.content.decode()
    assert "sudah tercatat" in page
    assert "40,1 %" in page
    message = str(errors_of(response)["confirm_update"])
    assert f"/admin/regions/coveragefigure/{existing_figure.pk}/change/" in message
    assert "40,1 %" in message
    assert "41,5 %" in message
    existing_figure.refresh_from_db()
    assert existing_figure.percent == Decimal("40.10")
    assert Claim.objects.get(pk=claim.pk).status == "pending"


def test_confirmed_update_changes_only_the_claims_field(palu, admin_client, existing_figure):
    claim = palu["coverage_pct"]
    data = review_post(claim, confirm_update="on", publisher_kind="other", participant_kind="")
    response = admin_client.post(change_url(claim), data)
    assert response.status_code == 302, errors_of(response)
    existing_figure.refresh_from_db()
    assert existing_figure.percent == Decimal("41.50")
    assert existing_figure.covered == 50_000  # kept
    assert existing_figure.publisher_kind == "bpjs_branch"  # kept
    assert existing_figure.participant_kind == "active"  # kept
    assert existing_figure.note == "dari laporan cabang"  # kept
    assert existing_figure.entered_by.username == "admin"
    assert existing_figure.history.count() == 2
    claim.refresh_from_db()
    assert claim.record == existing_figure
    assert claim.status == "accepted"
    assert CoverageFigure.objects.filter(region__code="72.71").count() == 1


def test_the_same_value_links_to_the_existing_figure_without_confirmation(
    palu, admin_client, existing_figure
):
    claim = palu["coverage_pct"]
    response = admin_client.post(change_url(claim), review_post(claim, value="40,1"))
    assert response.status_code == 302, errors_of(response)
    assert Claim.objects.get(pk=claim.pk).record == existing_figure


def test_accepting_into_an_unsourced_figure_gives_it_the_article_as_source(
    palu, admin_client, existing_figure
):
    assert existing_figure.status == "unverified"  # entered with no source
    claim = palu["coverage_pct"]
    response = admin_client.post(change_url(claim), review_post(claim, value="40,1"))
    assert response.status_code == 302, errors_of(response)
    existing_figure.refresh_from_db()
    article = claim.article
    assert existing_figure.status == "published"
    assert (existing_figure.source_kind, existing_figure.source_outlet) == (
        "article",
        article.outlet,
    )
    assert existing_figure.source_title == article.title
    assert existing_figure.note == "dari laporan cabang"  # the rest is kept


def test_accepting_into_a_sourced_figure_keeps_its_own_source(palu, admin_client, existing_figure):
    CoverageFigure.objects.filter(pk=existing_figure.pk).update(
        status="published",
        source_kind="document",
        source_outlet="BPJS Ketenagakerjaan Palu",
        source_title="Laporan bulanan Desember 2024",
        source_url="https://example.org/laporan",
    )
    claim = palu["coverage_pct"]
    response = admin_client.post(change_url(claim), review_post(claim, value="40,1"))
    assert response.status_code == 302, errors_of(response)
    existing_figure.refresh_from_db()
    assert existing_figure.source_kind == "document"
    assert existing_figure.source_title == "Laporan bulanan Desember 2024"


# -- rejecting -------------------------------------------------------------


def test_rejecting_needs_a_reason(palu, admin_client):
    claim = palu["award_rank"]
    response = admin_client.post(change_url(claim), review_post(claim, "_reject", note="  "))
    assert response.status_code == 200
    assert "Tulis alasan penolakan." in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "pending"


def test_rejecting_keeps_the_claim_with_its_reason(palu, admin_client, superuser):
    claim = palu["award_rank"]
    data = review_post(claim, "_reject", note="Peringkat provinsi, dicatat di admin Paritrana")
    response = admin_client.post(change_url(claim), data)
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == "rejected"
    assert claim.record_id is None
    assert claim.review_note == "Peringkat provinsi, dicatat di admin Paritrana"
    assert claim.reviewed_by == superuser
    assert claim.reviewed_at is not None
    page = admin_client.get(change_url(claim)).content.decode()
    assert "Peringkat provinsi, dicatat di admin Paritrana" in page
    assert 'name="_accept"' not in page  # reviewed: nothing left to decide
    response = admin_client.post(change_url(claim), review_post(claim))
    assert Claim.objects.get(pk=claim.pk).status == "rejected"


# -- bulk actions ----------------------------------------------------------


def bulk(client, action, claims, **data):
    payload = {"action": action, "_selected_action": [c.pk for c in claims], **data}
    return client.post(QUEUE + "?status__exact=all", payload)


def test_bulk_reject_asks_one_reason_then_rejects_all(palu, admin_client):
    claims = [palu["award_rank"], palu["budget_idr"]]
    page = bulk(admin_client, "reject_selected", claims, index="0")
    assert page.status_code == 200
    assert "Alasan penolakan" in page.content.decode()
    no_reason = bulk(admin_client, "reject_selected", claims, apply="1", note="")
    assert "Tulis alasan penolakan." in no_reason.content.decode()
    response = bulk(admin_client, "reject_selected", claims, apply="1", note="Bukan angka cakupan")
    assert response.status_code == 302
    assert {c.status for c in Claim.objects.filter(pk__in=[c.pk for c in claims])} == {"rejected"}
    assert {c.review_note for c in Claim.objects.filter(pk__in=[c.pk for c in claims])} == {
        "Bukan angka cakupan"
    }


def test_bulk_reject_is_all_or_nothing(palu, admin_client):
    reviewed = Claim.objects.filter(status="accepted").first()
    claims = [palu["award_rank"], reviewed]
    response = bulk(admin_client, "reject_selected", claims, apply="1", note="Duplikat")
    assert response.status_code == 200
    assert "sudah ditinjau" in response.content.decode()
    assert Claim.objects.get(pk=palu["award_rank"].pk).status == "pending"
    assert Claim.objects.get(pk=reviewed.pk).status == "accepted"


def test_bulk_accept_takes_one_publisher_for_all(palu, admin_client):
    claims = [palu["coverage_pct"], palu["participants"]]
    page = bulk(admin_client, "accept_selected", claims, index="0")
    assert page.status_code == 200
    assert "Penerbit angka" in page.content.decode()
    response = bulk(
        admin_client, "accept_selected", claims,
        apply="1", publisher=PUBLISHER, publisher_kind="bpjs_branch", participant_kind="active",
    )  # fmt: skip
    assert response.status_code == 302
    figure = CoverageFigure.objects.get(region__code="72.71")
    assert (figure.percent, figure.covered) == (Decimal("41.50"), 52300)
    assert figure.participant_kind == "active"
    assert all(Claim.objects.get(pk=c.pk).record == figure for c in claims)


def test_bulk_accept_names_every_claim_it_cannot_take_and_writes_nothing(palu, admin_client):
    claims = [palu["coverage_pct"], palu["target_pct"], palu["budget_idr"]]
    response = bulk(
        admin_client, "accept_selected", claims,
        apply="1", publisher=PUBLISHER, publisher_kind="bpjs_branch",
    )  # fmt: skip
    assert response.status_code == 200
    rows = {row["claim"].pk: row["reason"] for row in response.context["rows"]}
    assert rows[palu["coverage_pct"].pk] == ""
    assert "tinjau klaim ini sendiri" in rows[palu["target_pct"].pk]
    assert "tinjau klaim ini sendiri" in rows[palu["budget_idr"].pk]
    assert not CoverageFigure.objects.filter(region__code="72.71").exists()
    assert Claim.objects.get(pk=palu["coverage_pct"].pk).status == "pending"


def test_claims_accept_rolls_back_every_claim_when_one_is_refused(palu, superuser):
    # The count passes; the rate would replace a different recorded rate
    # without confirmation: neither is written.
    CoverageFigure.objects.create(
        region=Region.objects.get(code="72.71"),
        as_of=date(2024, 12, 31),
        as_of_precision="year",
        percent=Decimal("39"),
        publisher=PUBLISHER,
        publisher_kind="bpjs_branch",
    )
    with pytest.raises(BulkRefused) as refused:
        claims_accept(
            claims=[palu["participants"], palu["coverage_pct"]],
            reviewer=superuser,
            publisher=PUBLISHER,
            publisher_kind="bpjs_branch",
        )
    assert [r.claim.pk for r in refused.value.refusals] == [palu["coverage_pct"].pk]
    assert "konfirmasi" in refused.value.refusals[0].reason
    figure = CoverageFigure.objects.get(region__code="72.71")
    assert figure.covered is None
    assert figure.percent == Decimal("39.00")
    assert Claim.objects.get(pk=palu["participants"].pk).status == "pending"


# -- scope -----------------------------------------------------------------


def test_reviewer_sees_and_reviews_only_claims_in_scope(palu, reviewer_client):
    later = article_import(raw=DONGGALA, index=region_index()).article
    makassar_quote = "cakupan di Makassar"
    outside = Claim.objects.create(
        article=later, metric="coverage_pct", value=Decimal("30"), quote=makassar_quote,
        start=0, end=len(makassar_quote), region=Region.objects.get(code="73.71"),
    )  # fmt: skip
    claims = list(reviewer_client.get(QUEUE).context["cl"].result_list)
    assert claims
    assert all(c.region.code.startswith("72") for c in claims)
    assert outside.pk not in {c.pk for c in claims}
    assert reviewer_client.get(change_url(palu["coverage_pct"])).status_code == 200
    assert reviewer_client.get(change_url(outside)).status_code == 403


def test_out_of_scope_post_is_403_and_writes_nothing(palu, client):
    client.force_login(make_user("peninjau73", "73"))
    claim = palu["coverage_pct"]
    assert client.get(change_url(claim)).status_code == 403
    response = client.post(change_url(claim), review_post(claim))
    assert response.status_code == 403
    response = client.post(change_url(claim), review_post(claim, "_reject", note="tidak"))
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).status == "pending"
    assert not CoverageFigure.objects.filter(region__code="72.71").exists()


def test_region_choices_are_limited_and_a_forged_region_is_refused(palu, reviewer_client):
    claim = palu["coverage_pct"]
    offered = reviewer_client.get(change_url(claim)).context["form"].fields["region"].queryset
    codes = set(offered.values_list("code", flat=True))
    assert "72.71" in codes
    assert "72" in codes
    assert "73" not in codes
    makassar = Region.objects.get(code="73.71")
    response = reviewer_client.post(change_url(claim), review_post(claim, region=makassar.pk))
    assert response.status_code == 200
    assert "cakupan Anda" in str(errors_of(response)["region"])
    claim.refresh_from_db()
    assert claim.status == "pending"
    assert claim.region.code == "72.71"
    assert not CoverageFigure.objects.filter(region=makassar, publisher=PUBLISHER).exists()


def test_service_refuses_a_region_outside_the_reviewers_scope(palu, reviewer):
    claim = palu["coverage_pct"]
    proposal = {
        "region": Region.objects.get(code="73.71"), "metric": "coverage_pct", "segment": "total",
        "value": Decimal("41.5"), "as_of": date(2024, 12, 31), "as_of_precision": "year",
        "publisher": PUBLISHER, "publisher_kind": "bpjs_branch",
    }  # fmt: skip
    with pytest.raises(ValidationError) as error:
        claim_accept(claim=claim, reviewer=reviewer, proposal=proposal)
    assert "region" in error.value.error_dict
    with pytest.raises(PermissionDenied):
        claim_accept(claim=claim, reviewer=make_user("peninjau73", "73"), proposal=proposal)
    assert Claim.objects.get(pk=claim.pk).status == "pending"


def test_claims_without_a_region_are_for_unrestricted_reviewers_only(
    palu, reviewer_client, superuser
):
    claim = palu["coverage_pct"]
    Claim.objects.filter(pk=claim.pk).update(region=None)
    assert claim.pk not in {c.pk for c in reviewer_client.get(QUEUE).context["cl"].result_list}
    assert reviewer_client.get(change_url(claim)).status_code == 403
    admin_client = Client()
    admin_client.force_login(superuser)
    page = admin_client.get(change_url(claim))
    assert page.status_code == 200
    assert "tidak dikenali" in page.content.decode()
    response = admin_client.post(change_url(claim), review_post(claim, region=""))
    assert "region" in errors_of(response)  # a region must be chosen to accept


def test_viewer_scope_shows_the_claim_but_not_the_decision(palu, client):
    user = make_user("campuran", "73")  # reviews Sulsel ...
    call_command("grant_region", "campuran", "72", "--role", "viewer", stdout=StringIO())
    client.force_login(user)  # ... and only views Sulteng
    claim = palu["coverage_pct"]
    page = client.get(change_url(claim))
    assert page.status_code == 200
    assert 'name="_accept"' not in page.content.decode()
    assert client.post(change_url(claim), review_post(claim)).status_code == 403
    response = bulk(client, "reject_selected", [claim], apply="1", note="tidak")
    assert "di luar cakupan" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "pending"


def test_bulk_services_refuse_out_of_scope_claims(palu):
    outsider = make_user("peninjau73", "73")
    with pytest.raises(BulkRefused) as refused:
        claims_reject(claims=[palu["award_rank"]], reviewer=outsider, reason="tidak")
    assert "di luar cakupan" in refused.value.refusals[0].reason
    assert Claim.objects.get(pk=palu["award_rank"].pk).status == "pending"


def test_importing_the_article_is_where_claims_come_from(palu, admin_client):
    assert admin_client.get(QUEUE + "add/").status_code == 403
    assert Article.objects.filter(outlet="Kabar Palu").count() == 1
