"""Rules the database holds, and the cross-row rules kept in clean()."""

from decimal import Decimal

import pytest
from award_builders import make_seat, make_user
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from awards.models import Category, Criterion, Edition, Nominee, PanelMember, Score
from regions.models import Region

pytestmark = pytest.mark.django_db


def violates(callable_):
    with pytest.raises(IntegrityError), transaction.atomic():
        callable_()


def test_nominee_is_a_region_or_an_organisation_never_both(category):
    selayar = Region.objects.get(code="73.01")
    violates(lambda: Nominee.objects.create(category=category, region=selayar, organisation="X"))
    violates(lambda: Nominee.objects.create(category=category))


def test_size_is_only_for_organisations(category):
    region = Region.objects.get(code="73.02")
    violates(lambda: Nominee.objects.create(category=category, region=region, size="large"))


def test_a_region_is_nominated_once_per_category(category):
    violates(
        lambda: Nominee.objects.create(category=category, region=Region.objects.get(code="73.01"))
    )


def test_locked_edition_must_say_when(edition):
    violates(lambda: Edition.objects.filter(pk=edition.pk).update(is_locked=True))
    Edition.objects.filter(pk=edition.pk).update(is_locked=True, locked_at=timezone.now())


def test_unlocked_edition_has_no_lock_time(edition):
    violates(lambda: Edition.objects.filter(pk=edition.pk).update(locked_at=timezone.now()))


def test_one_seat_per_account_and_edition(edition, seats):
    user = seats["anggota73"].user
    violates(lambda: make_seat(edition, user, seat="unions"))


def test_one_chair_per_panel(edition):
    violates(lambda: make_seat(edition, make_user("ketua2"), role="chair", seat="sekda"))


def test_score_and_weight_ranges(category, seats):
    criterion = category.criteria.first()
    nominee = category.nominees.first()
    seat = seats["anggota73"]
    violates(
        lambda: Score.objects.create(
            nominee=nominee, criterion=criterion, panel_member=seat, value=Decimal("100.01")
        )
    )
    violates(lambda: Criterion.objects.create(category=category, name="Nol", weight=0))


def test_government_category_needs_a_region_of_the_right_level_in_the_province(category):
    with pytest.raises(ValidationError) as error:
        Nominee(category=category, organisation="PT Contoh").full_clean()
    assert "region" in error.value.message_dict
    with pytest.raises(ValidationError, match="provinsi penyelenggara"):
        Nominee(category=category, region=Region.objects.get(code="63.71")).full_clean()
    with pytest.raises(ValidationError, match="jenis kategori"):
        Nominee(category=category, region=Region.objects.get(code="73")).full_clean()
    Nominee(category=category, region=Region.objects.get(code="73.02")).full_clean()


def test_enterprise_category_nominates_organisations(edition):
    enterprises = Category.objects.create(
        edition=edition, kind="large_enterprise", name="Perusahaan Besar"
    )
    with pytest.raises(ValidationError):
        Nominee(category=enterprises, region=Region.objects.get(code="73.01")).full_clean()
    Nominee(
        category=enterprises, organisation="PT Semen Tonasa", sector="Industri", size="large"
    ).full_clean()


def test_zone_only_for_national_editions(edition):
    with pytest.raises(ValidationError, match="nasional"):
        Category(
            edition=edition, kind="provincial_government", name="Z", zone="Sulawesi"
        ).full_clean()


def test_score_must_match_category_and_edition(edition, category, kalsel_edition, seats):
    other = kalsel_edition.categories.get()
    score = Score(
        nominee=category.nominees.first(),
        criterion=other.criteria.first(),
        panel_member=seats["anggota73"],
        value=50,
    )
    with pytest.raises(ValidationError, match="kategori yang sama"):
        score.full_clean()
    score = Score(
        nominee=other.nominees.first(),
        criterion=other.criteria.first(),
        panel_member=seats["anggota73"],
        value=50,
    )
    with pytest.raises(ValidationError, match="edisi yang sama"):
        score.full_clean()


def test_seed_editions_are_open_and_have_no_scores(seeded):
    assert not Edition.objects.filter(is_locked=True).exists()
    assert not Score.objects.exists()
    assert PanelMember.objects.filter(edition__province__code="63").count() == 9
