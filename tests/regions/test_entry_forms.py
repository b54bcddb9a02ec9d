"""The rules a typed entry must meet, each with its message; and history."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from regions.forms import BudgetAllocationForm, CoverageFigureForm, CoverageTargetForm
from regions.models import CoverageFigure, Region
from regions.numbers import NumberError, parse_count, parse_decimal

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "value"),
    [("46,44", "46.44"), ("46.44", "46.44"), ("46,44 %", "46.44"), ("1.300.000", "1300000"),
     ("1.300.000,5", "1300000.5"), ("1,300,000", "1300000"), ("Rp16.000.000.000", "16000000000"),
     ("10,6", "10.6"), ("0", "0")],
)  # fmt: skip
def test_parse_decimal(text, value):
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "46,4,4", "1.30.000", "--5", "12a"])
def test_parse_decimal_refuses_non_numbers_in_indonesian(text):
    with pytest.raises(NumberError):
        parse_decimal(text)


def test_parse_count_refuses_fractions():
    with pytest.raises(NumberError, match="bilangan bulat"):
        parse_count("12,5")


def figure_data(region, **overrides):
    data = {
        "region": region.pk,
        "segment": "total",
        "as_of": "2025-06-30",
        "as_of_precision": "day",
        "percent": "46,44",
        "publisher": "Uji",
        "publisher_kind": "bpjs_kanwil",
        "status": "published",
    }
    data.update(overrides)
    return data


def errors_of(form_class, data, instance=None):
    form = form_class(data=data, instance=instance)
    form.is_valid()
    return form.errors


def test_valid_figure_with_indonesian_numbers(sulsel):
    errors = errors_of(CoverageFigureForm, figure_data(sulsel, covered="1.159.887",
                                                       eligible="2.871.182", percent="40,40"))  # fmt: skip
    assert errors == {}


@pytest.mark.parametrize("percent", ["10000", "-1", "15.000,5"])
def test_percent_negative_or_a_hundred_times_the_workforce_refused(sulsel, percent):
    errors = errors_of(CoverageFigureForm, figure_data(sulsel, percent=percent))
    assert "di bawah 10.000" in errors["percent"][0]


# Bengkulu's construction workers were reported at 1.233 % of BPS's potential.
@pytest.mark.parametrize("percent", ["100,01", "150,5", "392,4", "1.233", "9.999,99"])
def test_percent_above_100_is_kept_as_published(sulsel, percent):
    assert errors_of(CoverageFigureForm, figure_data(sulsel, percent=percent)) == {}


def test_covered_above_eligible_is_kept_as_published(sulsel):
    data = figure_data(sulsel, covered="2.000", eligible="1.000", percent="200")
    assert errors_of(CoverageFigureForm, data) == {}


def test_figure_without_source_is_saved_unverified(sulsel):
    form = CoverageFigureForm(data=figure_data(sulsel))
    assert form.is_valid(), form.errors
    figure = form.save()
    assert form.saved_unverified
    assert figure.status == "unverified"
    assert figure.source_kind == ""


def test_figure_with_a_document_source_is_published(sulsel):
    data = figure_data(
        sulsel,
        source_outlet="BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
        source_title="Laporan kepesertaan Juni 2025",
        source_url="https://contoh.id/laporan-juni-2025",
        source_date="2025-07-10",
    )
    form = CoverageFigureForm(data=data)
    assert form.is_valid(), form.errors
    figure = form.save()
    assert not form.saved_unverified
    assert (figure.status, figure.source_kind) == ("published", "document")


def test_a_title_alone_is_not_a_source(sulsel):
    data = figure_data(sulsel, source_outlet="Uji", source_title="Judul tanpa alamat")
    form = CoverageFigureForm(data=data)
    assert form.is_valid(), form.errors
    assert form.save().status == "unverified"


def test_date_in_the_future_is_refused(sulsel):
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    errors = errors_of(CoverageFigureForm, figure_data(sulsel, as_of=tomorrow))
    assert errors["as_of"] == ["Tanggal tidak boleh di masa depan."]


def test_figure_needs_a_percent_or_a_count(sulsel):
    errors = errors_of(CoverageFigureForm, figure_data(sulsel, percent="", eligible="5000"))
    assert "percent" in errors


def test_migrant_segment_at_regency_level_is_refused(selayar):
    errors = errors_of(CoverageFigureForm, figure_data(selayar, segment="migrant"))
    assert "segment" in errors


def test_duplicate_is_refused_with_a_link_to_the_existing_figure(sulsel):
    existing = CoverageFigure.objects.filter(region=sulsel).first()
    data = figure_data(
        sulsel,
        segment=existing.segment,
        as_of=existing.as_of.isoformat(),
        publisher=existing.publisher,
    )
    errors = errors_of(CoverageFigureForm, data)
    message = str(errors["__all__"][0])
    assert "sudah ada" in message
    assert f"/admin/regions/coveragefigure/{existing.pk}/change/" in message


def test_same_figure_from_another_publisher_is_accepted(sulsel):
    existing = CoverageFigure.objects.filter(region=sulsel).first()
    data = figure_data(
        sulsel, segment=existing.segment, as_of=existing.as_of.isoformat(), publisher="Lain"
    )
    assert errors_of(CoverageFigureForm, data) == {}


def test_editing_a_figure_does_not_count_itself_as_duplicate(sulsel):
    existing = CoverageFigure.objects.filter(region=sulsel, percent__isnull=False).first()
    data = figure_data(
        sulsel,
        segment=existing.segment,
        as_of=existing.as_of.isoformat(),
        publisher=existing.publisher,
        publisher_kind=existing.publisher_kind,
        as_of_precision=existing.as_of_precision,
    )
    assert errors_of(CoverageFigureForm, data, instance=existing) == {}


def test_disagreeing_counts_and_percent_save_with_a_warning(sulsel):
    form = CoverageFigureForm(
        data=figure_data(sulsel, covered="935.079", eligible="1.873.899", percent="50,88")
    )
    assert form.is_valid(), form.errors
    figure = form.save()
    assert "49.90" in figure.quality_warning


def target_data(region, **overrides):
    data = {
        "region": region.pk,
        "segment": "total",
        "baseline_percent": "47",
        "baseline_date": "2025-07-10",
        "target_percent": "62,93",
        "target_date": "2026-12-31",
        "target_date_precision": "year",
        "issuer": "Kanwil Uji",
        "issuer_kind": "bpjs",
        "status": "published",
    }
    data.update(overrides)
    return data


def test_target_accepts_comma_decimals(sulsel):
    assert errors_of(CoverageTargetForm, target_data(sulsel)) == {}


def test_target_date_must_follow_baseline(sulsel):
    errors = errors_of(CoverageTargetForm, target_data(sulsel, target_date="2025-07-01"))
    assert errors["target_date"] == ["Tenggat target harus sesudah tanggal angka awal."]


def test_target_at_the_ceiling_refused(sulsel):
    assert "target_percent" in errors_of(
        CoverageTargetForm, target_data(sulsel, target_percent="10000")
    )


def test_baseline_without_date_refused(sulsel):
    errors = errors_of(CoverageTargetForm, target_data(sulsel, baseline_date=""))
    assert "baseline_date" in errors


def test_budget_accepts_dotted_rupiah(sulsel):
    data = {
        "region": sulsel.pk,
        "year": 2025,
        "purpose": "Iuran pekerja rentan",
        "funding_source": "apbd",
        "publisher": "Pemprov",
        "amount": "Rp16.000.000.000",
        "status": "published",
    }
    form = BudgetAllocationForm(data=data)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["amount"] == 16_000_000_000


def test_budget_too_far_in_the_future_refused(sulsel):
    data = {"region": sulsel.pk, "year": date.today().year + 3, "purpose": "x",
            "funding_source": "apbd", "publisher": "p", "amount": "1", "status": "published"}  # fmt: skip
    assert "year" in errors_of(BudgetAllocationForm, data)


def test_change_is_recorded_in_history_and_can_be_reverted(seeded, admin_client):
    figure = CoverageFigure.objects.get(region__code="63", segment="formal")
    url = f"/admin/regions/coveragefigure/{figure.pk}/change/"
    form = admin_client.get(url).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update(region=figure.region_id, percent="47,50", as_of=figure.as_of.isoformat())
    assert admin_client.post(url, data).status_code == 302
    figure.refresh_from_db()
    assert figure.percent == Decimal("47.50")
    history = list(figure.history.order_by("history_date"))
    assert history[-1].history_user.username == "admin"
    assert history[-1].percent == Decimal("47.50")
    assert history[-2].percent == Decimal("46.44")
    revert_url = f"/admin/regions/coveragefigure/{figure.pk}/history/{history[-2].history_id}/"
    page = admin_client.get(revert_url)
    assert page.status_code == 200
    data = {name: page.context["adminform"].form.initial.get(name) or "" for name in form.fields}
    data.update(region=figure.region_id, as_of=figure.as_of.isoformat())
    assert admin_client.post(revert_url, data).status_code == 302
    figure.refresh_from_db()
    assert figure.percent == Decimal("46.44")


@pytest.fixture
def admin_client(client, seeded):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("admin", "a@contoh.id", "uji-kata-sandi-9")
    client.force_login(user)
    return client


def test_region_list_is_not_affected(seeded):
    assert Region.objects.filter(level="province").count() == 38
