"""The secretariat (the panel's secretary, the province's organisers)
types in the paper sheets of any seat, recorded "entered by X for Y"; the
score sheet refuses what a sheet never says ("1e2") and never deletes a
score because a box was left blank; the completion matrix and the
abstentions that the lock's rule counts; a locked edition cannot be
deleted; times in the province's zone."""

import doctest
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from award_builders import fill_scores, make_user

import awards.completion
import awards.timezones
from awards import services
from awards.models import Abstention, Edition, Score
from awards.templatetags.awards_extras import zoned

pytestmark = pytest.mark.django_db

D = Decimal
ADMIN = "/admin/awards/"


def scores_url(edition, seat=None):
    url = f"{ADMIN}edition/{edition.pk}/nilai/"
    return f"{url}?penilai={seat.pk}" if seat else url


def grid(category, table, seat=None, **extra):
    criteria = list(category.criteria.order_by("id"))
    data = {"penilai": seat.pk} if seat else {}
    for nominee in category.nominees.select_related("region"):
        for criterion, value in zip(criteria, table[nominee.region.code], strict=True):
            data[f"n{nominee.pk}-c{criterion.pk}"] = value
    return data | extra


def login(client, seat):
    services.panel_seat_users_enable([seat])
    seat.user.refresh_from_db()
    client.force_login(seat.user)
    return client


def test_secretary_enters_a_members_paper_sheet_recorded_as_entered_for_him(
    client, edition, category, seats
):
    member, secretary = seats["anggota73"], seats["sekretaris73"]
    login(client, secretary)
    response = client.get(scores_url(edition, member))
    assert response.status_code == 200
    assert response.context["seat"] == member
    assert "atas nama" in response.content.decode()
    data = grid(category, {"73.01": ["80", "70"], "73.71": ["75", "65"]}, seat=member)
    assert client.post(scores_url(edition), data).status_code == 302
    scores = Score.objects.filter(panel_member=member)
    assert scores.count() == 4
    assert {s.entered_by for s in scores} == {secretary.user}
    html = client.get(f"{ADMIN}edition/{edition.pk}/kelengkapan/").content.decode()
    assert "sekretaris73 atas nama Anggota: Dinas Tenaga Kerja" in html


def test_organiser_of_the_province_is_secretariat_another_provinces_is_not(
    client, edition, category, seats, kalsel_edition
):
    organiser = make_user("panitia73", is_staff=True)
    services.organiser_grant(user=organiser, province=edition.province)
    client.force_login(organiser)
    chair = seats["ketua73"]
    data = grid(category, {"73.01": ["60", "60"], "73.71": ["61", "61"]}, seat=chair)
    assert client.post(scores_url(edition), data).status_code == 302
    assert Score.objects.filter(panel_member=chair, entered_by=organiser).count() == 4
    outsider = make_user("panitia63", is_staff=True)
    services.organiser_grant(user=outsider, province=kalsel_edition.province)
    client.force_login(outsider)
    assert client.get(scores_url(edition, chair)).status_code == 403
    # Kalsel's secretary-less panel member cannot enter Sulsel's sheets either
    login(client, kalsel_edition.panel.get())
    assert client.post(scores_url(edition), data).status_code == 403


@pytest.mark.parametrize("text", ["1e2", "1E1", "0x10", "NaN", "Infinity", "100.", "٨٠", "1.000"])
def test_the_sheet_refuses_what_no_paper_sheet_says(client, edition, category, seats, text):
    login(client, seats["anggota73"])
    data = grid(category, {"73.01": [text, "70"], "73.71": ["70", "70"]})
    response = client.post(scores_url(edition), data)
    assert response.status_code == 200
    assert "misalnya 82,5" in response.content.decode()
    assert not Score.objects.exists()


def test_a_blank_box_deletes_nothing_without_confirmation(client, edition, category, seats):
    member = seats["anggota73"]
    login(client, member)
    client.post(scores_url(edition), grid(category, {"73.01": ["80", "70"], "73.71": ["75", "65"]}))
    assert Score.objects.filter(panel_member=member).count() == 4
    cleared = grid(category, {"73.01": ["80", ""], "73.71": ["76", "65"]})
    response = client.post(scores_url(edition), cleared)
    html = response.content.decode()
    assert response.status_code == 200
    assert "dikosongkan" in html
    assert "Kabupaten Kepulauan Selayar — Kinerja kepesertaan" in html  # names the box
    assert sorted(Score.objects.values_list("value", flat=True)) == [D(65), D(70), D(75), D(80)]
    response = client.post(scores_url(edition), cleared | {"confirm_clear": "on"})
    assert response.status_code == 302
    assert sorted(Score.objects.values_list("value", flat=True)) == [D(65), D(76), D(80)]


def test_completion_matrix_names_what_is_missing_and_abstention_completes_it(
    client, edition, category, seats
):
    fill_scores(edition)
    chair, member = seats["ketua73"], seats["anggota73"]
    selayar = category.nominees.get(region__code="73.01")
    Score.objects.filter(panel_member=member, nominee=selayar).delete()
    login(client, seats["sekretaris73"])
    url = f"{ADMIN}edition/{edition.pk}/kelengkapan/"
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 nilai belum diisi" in html
    assert "belum dinilai" in html
    with pytest.raises(Exception, match="2 nilai belum diisi"):
        services.edition_lock(edition=edition, user=chair.user)
    response = client.post(url, {"seat": member.pk, "nominee": selayar.pk,
                                 "reason": "Anggota berasal dari Pemkab Selayar"})  # fmt: skip
    assert response.status_code == 302
    abstention = Abstention.objects.get()
    assert abstention.recorded_by == seats["sekretaris73"].user
    assert "Lengkap" in client.get(url).content.decode()
    services.edition_lock(edition=edition, user=chair.user)
    assert Edition.objects.get(pk=edition.pk).is_locked


def test_a_plain_member_sees_the_matrix_but_records_no_abstention(client, edition, seats):
    login(client, seats["anggota73"])
    url = f"{ADMIN}edition/{edition.pk}/kelengkapan/"
    assert client.get(url).status_code == 200
    nominee = edition.categories.get().nominees.first()
    data = {"seat": seats["ketua73"].pk, "nominee": nominee.pk, "reason": "x"}
    assert client.post(url, data).status_code == 403
    assert not Abstention.objects.exists()


def test_a_superuser_cannot_delete_a_locked_edition(client, edition, seats):
    fill_scores(edition)
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    client.force_login(make_user("nasional", is_superuser=True, is_staff=True))
    url = f"{ADMIN}edition/{edition.pk}/delete/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Edition.objects.filter(pk=edition.pk).exists()
    assert Score.objects.count() == 12


def test_times_show_in_the_provinces_zone(edition, kalsel_edition):
    moment = datetime(2025, 7, 10, 6, 5, tzinfo=UTC)
    assert zoned(moment, edition) == "10 Juli 2025 14.05 WITA"  # Sulsel
    assert zoned(moment, Edition(province=None)) == "10 Juli 2025 13.05 WIB"
    papua = Edition(province=edition.province.__class__(code="94", name="Papua Tengah"))
    assert zoned(moment, papua) == "10 Juli 2025 15.05 WIT"


@pytest.mark.parametrize("module", [awards.completion, awards.timezones])
def test_pure_modules_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


def test_a_panel_member_lands_on_their_assessments_after_login(client, edition, seats):
    from award_builders import PASSWORD

    member = seats["anggota73"]
    services.panel_seat_users_enable([member])
    response = client.post("/admin/login/", {"username": "anggota73", "password": PASSWORD,
                                             "next": "/admin/"}, follow=True)  # fmt: skip
    assert response.redirect_chain[-1][0] == f"{ADMIN}edition/penilaian-saya/"
    html = response.content.decode()
    assert edition.label in html
    assert "8 nilai belum diisi" not in html
    assert "4 nilai belum diisi" in html  # the member's own: 2 nominees x 2 criteria
    assert f"{ADMIN}edition/{edition.pk}/nilai/" in html
    # later visits to the admin index are left alone
    assert client.get("/admin/").status_code == 200


def test_a_plain_editor_still_lands_on_the_admin_index(client, seeded):
    from award_builders import PASSWORD

    make_user("editor", is_staff=True)
    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD,
                                             "next": "/admin/"}, follow=True)  # fmt: skip
    assert response.redirect_chain[-1][0] == "/admin/"


def test_minutes_pdf_and_xlsx_hold_every_members_raw_scores_and_the_lock(
    client, edition, category, seats, tmp_path
):
    import io
    import shutil
    import subprocess

    import openpyxl

    fill_scores(edition, values={"73.01": "86.68", "73.71": "71.23"})
    member = seats["anggota73"]
    Score.objects.filter(panel_member=member, nominee__region__code="73.71").update(value=D("55.5"))
    edition.decree_number = "188.4/1234/2026"
    edition.save()
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    login(client, member)
    response = client.get(f"{ADMIN}edition/{edition.pk}/berita-acara.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert "no-store" in response["Cache-Control"]
    if shutil.which("pdftotext"):
        path = tmp_path / "ba.pdf"
        path.write_bytes(response.content)
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        assert "Berita acara penilaian" in text
        assert "188.4/1234/2026" in text
        assert "55,50" in text
        assert "86,68" in text
        assert "WITA" in text
        assert "DRAF" not in text
    response = client.get(f"{ADMIN}edition/{edition.pk}/berita-acara.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert len(book.sheetnames) == 1 + 3  # the summary and one sheet per member
    values = [c for row in book.worksheets[3].values for c in row]  # anggota73's sheet
    assert 55.5 in values
    assert 86.68 in values
    client.logout()
    assert client.get(f"{ADMIN}edition/{edition.pk}/berita-acara.pdf").status_code == 302


def test_evidence_is_uploaded_per_nominee_and_opened_by_the_panel_only(
    client, edition, category, seats, kalsel_edition, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from awards.models import Evidence

    settings.MEDIA_ROOT = str(tmp_path)
    organiser = make_user("panitia73", is_staff=True)
    services.organiser_grant(user=organiser, province=edition.province)
    client.force_login(organiser)
    selayar = category.nominees.get(region__code="73.01")
    url = f"{ADMIN}nominee/{selayar.pk}/change/"
    data = {"category": category.pk, "region": selayar.region_id, "organisation": "",
            "sector": "", "size": "", "evidence-TOTAL_FORMS": 1, "evidence-INITIAL_FORMS": 0,
            "evidence-MIN_NUM_FORMS": 0, "evidence-MAX_NUM_FORMS": 1000,
            "evidence-0-title": "Perbup Selayar tentang jaminan sosial pekerja rentan",
            "evidence-0-file": SimpleUploadedFile("perbup.pdf", b"%PDF-1.4 uji"),
            "evidence-0-nominee": selayar.pk}  # fmt: skip
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    evidence = Evidence.objects.get()
    assert evidence.uploaded_by == organiser
    assert (tmp_path / evidence.file.name).exists()
    link = evidence.file.url
    assert link.startswith(f"{ADMIN}edition/bukti/")
    assert "/media/" not in link
    login(client, seats["anggota73"])
    response = client.get(link)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 uji"
    login(client, kalsel_edition.panel.get())
    assert client.get(link).status_code == 403
    client.logout()
    assert client.get(link).status_code == 302  # to the login
