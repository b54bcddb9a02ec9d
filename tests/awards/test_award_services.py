"""Writes: criteria weights, score entry (own seat, history, ranges), and
locking / unlocking an edition."""

from decimal import Decimal

import pytest
from award_builders import fill_scores, make_user
from django.core.exceptions import PermissionDenied, ValidationError

from awards import services
from awards.models import Edition, Score
from awards.services import EditionLocked, criteria_set, edition_lock, edition_unlock, scores_save
from regions.models import Region

pytestmark = pytest.mark.django_db

D = Decimal


def pairs(category):
    nominees = list(category.nominees.order_by("id"))
    criteria = list(category.criteria.order_by("id"))
    return nominees, criteria


def test_criteria_set_accepts_weights_totalling_100(category):
    kept = criteria_set(category=category, criteria=[("Kebijakan", D(50)), ("Inovasi", D(50))])
    assert [(c.name, c.weight) for c in kept] == [("Kebijakan", D(50)), ("Inovasi", D(50))]
    assert set(category.criteria.values_list("name", flat=True)) == {"Kebijakan", "Inovasi"}


@pytest.mark.parametrize("weights", [(60, 30), (60, 50), (100, 1)])
def test_criteria_set_refuses_weights_not_totalling_100_naming_the_total(category, weights):
    before = list(category.criteria.values_list("name", "weight"))
    with pytest.raises(ValidationError) as error:
        criteria_set(category=category, criteria=[("A", D(weights[0])), ("B", D(weights[1]))])
    total = sum(weights)
    assert f"berjumlah {total} %" in error.value.messages[0]
    assert "harus tepat 100 %" in error.value.messages[0]
    assert list(category.criteria.values_list("name", "weight")) == before


def test_member_writes_own_scores_with_history(category, seats):
    (selayar, makassar), (policy, performance) = pairs(category)
    seat = seats["anggota73"]
    changes = scores_save(
        seat=seat,
        values={(selayar.pk, policy.pk): D("80.5"), (selayar.pk, performance.pk): D(70),
                (makassar.pk, policy.pk): None},
        user=seat.user,
    )  # fmt: skip
    assert (changes.created, changes.updated, changes.deleted) == (2, 0, 0)
    score = Score.objects.get(nominee=selayar, criterion=policy, panel_member=seat)
    assert score.value == D("80.50")
    changes = scores_save(
        seat=seat,
        values={(selayar.pk, policy.pk): D(82), (selayar.pk, performance.pk): None},
        user=seat.user,
    )
    assert (changes.created, changes.updated, changes.deleted) == (0, 1, 1)
    history = list(Score.history.filter(nominee=selayar).order_by("history_id"))
    assert [h.history_type for h in history] == ["+", "+", "~", "-"]
    assert {h.history_user for h in history} == {seat.user}


def test_unchanged_scores_write_nothing(category, seats):
    (selayar, _m), (policy, _p) = pairs(category)
    seat = seats["anggota73"]
    scores_save(seat=seat, values={(selayar.pk, policy.pk): D(80)}, user=seat.user)
    changes = scores_save(seat=seat, values={(selayar.pk, policy.pk): D("80.00")}, user=seat.user)
    assert changes.total == 0
    assert Score.history.count() == 1


def test_member_cannot_write_for_another_seat(category, seats):
    (selayar, _m), (policy, _p) = pairs(category)
    with pytest.raises(PermissionDenied):
        scores_save(
            seat=seats["ketua73"],
            values={(selayar.pk, policy.pk): D(1)},
            user=seats["anggota73"].user,
        )
    assert not Score.objects.exists()


def test_member_cannot_score_another_editions_nominees(category, seats, kalsel_edition):
    other = kalsel_edition.categories.get()
    nominee, criterion = other.nominees.get(), other.criteria.first()
    with pytest.raises(ValidationError, match="bukan bagian"):
        scores_save(
            seat=seats["anggota73"], values={(nominee.pk, criterion.pk): D(90)},
            user=seats["anggota73"].user,
        )  # fmt: skip
    assert not Score.objects.exists()


def test_superuser_may_write_on_behalf_of_a_seat(category, seats):
    (selayar, _m), (policy, _p) = pairs(category)
    admin = make_user("nasional", is_superuser=True, is_staff=True)
    scores_save(seat=seats["ketua73"], values={(selayar.pk, policy.pk): D(75)}, user=admin)
    assert Score.history.get().history_user == admin


@pytest.mark.parametrize("value", [D("-1"), D("100.5"), D("50.125")])
def test_out_of_range_scores_are_refused(category, seats, value):
    (selayar, _m), (policy, _p) = pairs(category)
    with pytest.raises(ValidationError, match="antara 0 dan 100"):
        scores_save(seat=seats["anggota73"], values={(selayar.pk, policy.pk): value},
                    user=seats["anggota73"].user)  # fmt: skip


def test_chair_locks_and_then_every_score_write_is_refused(edition, category, seats):
    (selayar, _m), (policy, _p) = pairs(category)
    member = seats["anggota73"]
    scores_save(seat=member, values={(selayar.pk, policy.pk): D(60)}, user=member.user)
    fill_scores(edition)
    edition_lock(edition=edition, user=seats["ketua73"].user)
    edition.refresh_from_db()
    assert edition.is_locked
    assert edition.locked_by == seats["ketua73"].user
    assert edition.locked_at is not None
    for value in (D(99), None):
        with pytest.raises(EditionLocked, match="sudah dikunci"):
            scores_save(seat=member, values={(selayar.pk, policy.pk): value}, user=member.user)
    admin = make_user("nasional", is_superuser=True, is_staff=True)
    with pytest.raises(EditionLocked):
        scores_save(seat=member, values={(selayar.pk, policy.pk): D(1)}, user=admin)
    with pytest.raises(EditionLocked):
        criteria_set(category=category, criteria=[("Satu", D(100))])
    assert set(Score.objects.values_list("value", flat=True)) == {D(60)}


def test_secretary_may_lock_an_ordinary_member_may_not(edition, seats):
    with pytest.raises(PermissionDenied):
        edition_lock(edition=edition, user=seats["anggota73"].user)
    assert not Edition.objects.get(pk=edition.pk).is_locked
    fill_scores(edition)
    edition_lock(edition=edition, user=seats["sekretaris73"].user)
    assert Edition.objects.get(pk=edition.pk).is_locked


def test_another_provinces_panel_cannot_lock(edition, kalsel_edition):
    with pytest.raises(PermissionDenied):
        edition_lock(edition=edition, user=kalsel_edition.panel.get().user)


def test_organiser_in_scope_may_lock_out_of_scope_may_not(edition, kalsel_edition):
    kalsel_organiser = make_user("panitia63")
    services.organiser_grant(user=kalsel_organiser, province=kalsel_edition.province)
    with pytest.raises(PermissionDenied):
        edition_lock(edition=edition, user=kalsel_organiser)
    fill_scores(kalsel_edition)
    edition_lock(edition=kalsel_edition, user=kalsel_organiser)
    assert Edition.objects.get(pk=kalsel_edition.pk).is_locked


def test_locking_twice_keeps_the_first_lock(edition, seats):
    fill_scores(edition)
    edition_lock(edition=edition, user=seats["ketua73"].user)
    first = Edition.objects.get(pk=edition.pk).locked_at
    edition_lock(edition=edition, user=seats["sekretaris73"].user)
    again = Edition.objects.get(pk=edition.pk)
    assert again.locked_at == first
    assert again.locked_by == seats["ketua73"].user


def test_only_a_superuser_unlocks_and_needs_a_reason(edition, seats):
    fill_scores(edition)
    edition_lock(edition=edition, user=seats["ketua73"].user)
    with pytest.raises(PermissionDenied):
        edition_unlock(edition=edition, user=seats["ketua73"].user, reason="salah ketik")
    admin = make_user("nasional", is_superuser=True, is_staff=True)
    with pytest.raises(ValidationError):
        edition_unlock(edition=edition, user=admin, reason="   ")
    assert Edition.objects.get(pk=edition.pk).is_locked
    reason = "Nilai anggota unsur pengusaha salah ketik pada kriteria kebijakan; diperbaiki."
    edition_unlock(edition=edition, user=admin, reason=reason)
    edition.refresh_from_db()
    assert not edition.is_locked
    assert edition.locked_at is None
    assert edition.locked_by is None
    latest = edition.history.order_by("-history_id").first()
    assert latest.history_user == admin
    assert reason in latest.history_change_reason
    reasons = list(edition.history.values_list("history_change_reason", flat=True))
    assert services.LOCK_REASON in reasons


def test_panel_seat_users_get_a_staff_login(edition, seats):
    user = seats["anggota73"].user
    assert not user.is_staff
    assert services.panel_seat_users_enable([seats["anggota73"]]) == 1
    user.refresh_from_db()
    assert user.is_staff
    assert not user.user_permissions.exists()


def test_grant_awards_command_gives_scope_and_organiser_group(seeded):
    from io import StringIO

    from django.core.management import CommandError, call_command

    from regions.models import RegionScope

    user = make_user("panitia")
    call_command("grant_awards", "panitia", "Kalsel", stdout=StringIO())
    user.refresh_from_db()
    assert user.is_staff
    assert user.groups.filter(name=services.ORGANISER_GROUP).exists()
    assert RegionScope.objects.filter(user=user, region__code="63", role="editor").exists()
    assert user.has_perm("awards.change_category")
    assert not user.has_perm("awards.change_score")
    with pytest.raises(CommandError, match="No province"):
        call_command("grant_awards", "panitia", "73.01", stdout=StringIO())


# ---- results from a source (the review desk) ---------------------------------------


@pytest.mark.django_db
def test_a_result_from_a_source_creates_its_edition_and_keeps_the_quote(seeded):
    province = Region.objects.get(code="92")
    region = Region.objects.get(code="92.02")
    source = {"outlet": "Contoh", "title": "Judul", "url": "https://contoh.id/a",
              "date": None, "quote": "Kabupaten Manokwari juga terbaik pertama"}  # fmt: skip
    reviewer = make_user("peninjau")
    first = services.outcome_record_from_source(
        year=2024, stage="provincial", province=province, region=region, rank=1,
        title="Paritrana Award", source=source, user=reviewer,
    )  # fmt: skip
    assert first.created
    assert first.edition_created
    edition = first.outcome.edition
    assert edition.history.get().history_user == reviewer
    assert (edition.year, edition.stage, edition.province) == (2024, "provincial", province)
    assert edition.results_announced
    assert edition.is_final
    assert not edition.is_locked
    assert first.outcome.quote == source["quote"]
    assert first.outcome.source_outlet == "Contoh"
    again = services.outcome_record_from_source(
        year=2024, stage="provincial", province=province, region=region, rank=1,
        title="Paritrana Award", source=source,
    )  # fmt: skip
    assert not again.created
    assert again.outcome == first.outcome
    with pytest.raises(ValidationError):
        services.outcome_record_from_source(
            year=2024, stage="provincial", province=province, region=region, rank=2,
            title="Paritrana Award", source=source,
        )  # fmt: skip
    with pytest.raises(ValidationError):
        services.outcome_record_from_source(
            year=2024, stage="provincial", province=None, region=region, rank=1,
            title="Lain", source=source,
        )  # fmt: skip
