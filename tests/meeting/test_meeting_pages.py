"""The Inpres 2/2021 page, the printed brief (HTML print view and PDF) and
the follow-up rows in the admin, scoped like the figures."""

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from meeting import pdf
from meeting.models import InpresItem
from regions import cache
from regions.models import Region

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    """The page's visible text, tags dropped and spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def add_regulation(code, state="done", **fields):
    values = {
        "kind": "regulation",
        "state": state,
        "as_of": date(2023, 4, 30),
        "source_outlet": "Uji Media",
        "source_title": "Perbup uji",
        "source_url": f"https://contoh.test/{code}",
        **fields,
    }
    return InpresItem.objects.create(region=Region.objects.get(code=code), **values)


# The Inpres page ---------------------------------------------------------


def test_inpres_page_shows_items_with_their_sources(client, inpres):
    response = client.get("/wilayah/73/inpres/")
    assert response.status_code == 200
    text = text_of(response)
    assert "23.446 = 64,04 %" in text  # non-ASN, its own denominator
    assert "19 dari 24 kab/kota punya peraturan kepala daerah" in text
    assert "Harian Fajar" in text
    assert "Rakyat Sulsel" in text
    assert "https://rakyatsulsel.fajar.co.id/2023/04/30/" in response.content.decode()


def test_unsourced_and_draft_rows_are_not_public(client, inpres):
    add_regulation("73.01", source_url="", regulation_number="Perbup Rahasia 9/2023")
    add_regulation("73.02", status="draft", regulation_number="Perbup Draf 8/2023")
    assert InpresItem.objects.get(region__code="73.01").status == "unverified"
    for url in ("/wilayah/73/inpres/", "/wilayah/73.01/inpres/", "/wilayah/73/ringkasan/"):
        body = client.get(url).content.decode()
        assert "Rahasia" not in body
        assert "Draf 8" not in body


def test_province_counts_its_kab_kota_and_the_table_sorts(client, inpres):
    add_regulation("73.01", regulation_number="Perbup Selayar 1/2022")
    add_regulation("73.02", state="in_progress")
    add_regulation("73.03", state="not_yet")
    response = client.get("/wilayah/73/inpres/")
    text = text_of(response)
    assert "1 dari 24 kab/kota punya Perbup/Perwali" in text
    assert "(21 belum tercatat)" in text
    assert "Perbup Selayar 1/2022" in text

    def order(query):
        body = client.get("/wilayah/73/inpres/" + query).content.decode()
        table = body[body.index('id="kabkota"') :]
        names = ["Kepulauan Selayar", "Bulukumba", "Bantaeng"]
        return sorted(names, key=table.index)

    assert order("?sort=regulation") == ["Kepulauan Selayar", "Bulukumba", "Bantaeng"]
    assert order("?sort=-regulation")[0] == "Bantaeng"


def test_kab_kota_page_shows_its_own_steps_and_links_its_province(client, inpres):
    add_regulation("73.01", regulation_number="Perbup Selayar 1/2022")
    text = text_of(client.get("/wilayah/73.01/inpres/"))
    assert "Perbup Selayar 1/2022" in text
    assert "Tindak lanjut di Sulawesi Selatan" in text


def test_inpres_page_of_an_unknown_region_is_404(client, seeded):
    assert client.get("/wilayah/99/inpres/").status_code == 404


def test_region_page_links_the_brief_and_the_follow_up(client, seeded):
    body = client.get("/wilayah/73/").content.decode()
    assert 'href="/wilayah/73/ringkasan.pdf"' in body
    assert 'href="/wilayah/73/inpres/"' in body


# The brief ---------------------------------------------------------------


def test_print_view_holds_rate_target_and_inpres_status(client, inpres):
    response = client.get("/wilayah/73/ringkasan/")
    assert response.status_code == 200
    text = text_of(response)
    assert "47,38 %" in text  # the Kanwil's latest rate
    assert "68 %" in text  # the Kajati's target
    assert "Tindak lanjut Inpres 2/2021" in text
    assert "19 dari 24 kab/kota punya Perbup/Perwali" in text
    assert "23.446 = 64,04 %" in text
    assert "Peringkat antarprovinsi" in text
    assert "Rp16 miliar" in text  # budget, and the workers it protects:
    assert "79.365 pekerja" in text
    assert "Provinsi terbaik di zona Sulawesi" in text  # award result
    assert "Kabupaten Jeneponto" in text  # the kab/kota table
    assert "versi data" in text
    assert "<svg" in response.content.decode()  # the permalink's QR code


@pytest.mark.parametrize("code", ["73", "73.01", "95.01"])
def test_every_footnote_of_the_brief_is_listed_in_the_small_print(client, inpres, code):
    body = client.get(f"/wilayah/{code}/ringkasan/").content.decode()
    cited = {
        int(n)
        for sup in re.findall(r"<sup>([^<]*)</sup>", body)
        for n in sup.split(",")
        if n.strip()
    }
    listed = {int(n) for n in re.findall(r'<li value="(\d+)">', body)}
    assert cited == listed
    if code == "73":
        # The latest rate's footnote names its publisher's article.
        assert "Miris, 1,76 Juta Pekerja di Sulsel" in body


def test_kab_kota_table_puts_laggards_first(client, inpres):
    text = text_of(client.get("/wilayah/73/ringkasan/"))
    table = text[text.index("yang tertinggal lebih dulu") :]
    assert table.index("Jeneponto") < table.index("Gowa") < table.index("Kepulauan Selayar")
    # Kab/kota without a rate come after every rated one.
    assert table.index("Luwu Utara") < table.index("Kota Makassar")


def test_change_since_a_chosen_date(client, inpres):
    default = text_of(client.get("/wilayah/73/ringkasan/"))
    since = (timezone.localdate() - timedelta(days=365)).isoformat()
    assert f"sejak={since}" in default  # the permalink keeps the date
    text = text_of(client.get("/wilayah/73/ringkasan/?sejak=2024-06-30"))
    assert "Perubahan sejak 30 Juni 2024" in text
    match = re.search(r"Perubahan sejak 30 Juni 2024 ([+−-][\d,]+) poin", text)
    assert match, text[text.index("Perubahan sejak") : text.index("Perubahan sejak") + 120]
    text = text_of(client.get("/wilayah/73/ringkasan/?sejak=1990-01-01"))
    assert "tidak ada angka pada atau sebelum tanggal itu" in text
    assert client.get("/wilayah/73/ringkasan/?sejak=bukan-tanggal").status_code == 200


def test_english_brief_from_the_english_address(client, inpres):
    text = text_of(client.get("/en/wilayah/73/ringkasan/"))
    assert "Latest figure" in text
    assert "Inpres 2/2021 follow-up" in text
    assert re.search(r"47[.,]38 ?%", text)  # the number format follows the language
    assert "/en/wilayah/73/ringkasan/" in text  # the permalink stays English


@pytest.fixture
def laid_out(monkeypatch):
    """The pages WeasyPrint laid out for the last PDF the view made (the
    PDF's own objects are compressed: counted from the layout instead)."""
    made = {}
    original = pdf.render_pdf
    cache.clear()  # a PDF cached by an earlier test would not be laid out again

    def render(html):
        made["pages"] = pdf.document(html).pages
        made["count"] = made.get("count", 0) + 1
        return original(html)

    monkeypatch.setattr(pdf, "render_pdf", render)
    return made


def test_pdf_of_a_province_is_at_most_two_a4_pages(client, inpres, laid_out):
    response = client.get("/wilayah/73/ringkasan.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert 1 <= len(laid_out["pages"]) <= 2
    width, height = laid_out["pages"][0].width, laid_out["pages"][0].height
    # A4 in CSS pixels (96 per inch): 210 x 297 mm.
    assert (round(width * 25.4 / 96), round(height * 25.4 / 96)) == (210, 297)


def test_pdf_of_a_kab_kota_is_one_page(client, inpres, laid_out):
    assert client.get("/wilayah/73.01/ringkasan.pdf").status_code == 200
    assert len(laid_out["pages"]) == 1


def test_the_largest_province_fits_two_pages(client, inpres, laid_out):
    """Jawa Timur has 38 kab/kota, the most of any province."""
    assert client.get("/wilayah/35/ringkasan.pdf").status_code == 200
    assert 1 <= len(laid_out["pages"]) <= 2


def test_brief_of_a_region_with_no_data_still_renders(client, seeded):
    response = client.get("/wilayah/95.01/ringkasan.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")


def test_brief_reads_a_fixed_number_of_queries(client, inpres, django_assert_max_num_queries):
    client.get("/wilayah/73/ringkasan/")  # warm the region page's cached aggregates
    for number, code in enumerate(["73.02", "73.03", "73.04"]):
        add_regulation(code, as_of=date(2023, 4, 30) + timedelta(days=number))
    with django_assert_max_num_queries(25):
        client.get("/wilayah/73/ringkasan/")


# Admin ---------------------------------------------------------------


def test_admin_scope_for_follow_up_rows(client, make_user, inpres):
    editor = make_user("editor7301", "73.01")
    own = add_regulation("73.01")
    other = InpresItem.objects.get(region__code="11", kind="prosecutor")
    client.force_login(editor)
    listing = client.get("/admin/meeting/inpresitem/")
    assert listing.status_code == 200
    assert f"/admin/meeting/inpresitem/{own.pk}/change/" in listing.content.decode()
    assert f"/admin/meeting/inpresitem/{other.pk}/change/" not in listing.content.decode()
    assert client.get(f"/admin/meeting/inpresitem/{other.pk}/change/").status_code == 403
    assert (
        client.post(f"/admin/meeting/inpresitem/{other.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert InpresItem.objects.filter(pk=other.pk).exists()
    form = client.get("/admin/meeting/inpresitem/add/")
    assert form.status_code == 200
    # A forged add for a region outside the scope is refused by the form.
    forged = client.post(
        "/admin/meeting/inpresitem/add/",
        {"region": Region.objects.get(code="74").pk, "kind": "licensing", "state": "done",
         "as_of": "2024-01-01", "as_of_precision": "day", "status": "published",
         "source_outlet": "X", "source_title": "Y", "source_url": "https://contoh.test/z"},
    )  # fmt: skip
    assert forged.status_code == 200
    assert not InpresItem.objects.filter(region__code="74").exists()


def test_admin_import_view_lists_row_errors(client, make_user, seeded):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(make_user("editor73", "73"))
    assert client.get("/admin/meeting/inpresitem/import/").status_code == 200
    upload = SimpleUploadedFile(
        "uji.csv",
        b"kode_wilayah,butir,tahap,tanggal\n73.01,perbup,sudah,2023\n73.02,perbup,entah,2023\n",
    )
    response = client.post("/admin/meeting/inpresitem/import/", {"file": upload})
    assert "baris 3, kolom tahap" in response.content.decode()
    assert not InpresItem.objects.exists()
    upload = SimpleUploadedFile(
        "uji.csv", b"kode_wilayah,butir,tahap,tanggal\n73.01,perbup,sudah,2023\n"
    )
    response = client.post("/admin/meeting/inpresitem/import/", {"file": upload})
    assert response.status_code == 302
    assert InpresItem.objects.get().status == "unverified"  # no source given


def test_pdf_is_cached_until_the_data_version_changes(
    client, seeded, laid_out, monkeypatch, settings, tmp_path
):
    """The second request is served from the cache; a new data version
    (what the commit of any write, a follow-up row's included, sets) makes
    a new PDF. The test's transaction is never committed: once anything in
    it has written (earlier tests leave summaries to refresh), the cache is
    bypassed, as it is for any request that has written; here it counts as
    committed."""
    monkeypatch.setattr(cache, "writes_pending", lambda: False)
    # Version tokens of this test alone (the default folder is shared by
    # every process of the machine's user: other test runs bump it).
    settings.CAKUPAN_DATA_VERSION_DIR = str(tmp_path)
    client.get("/wilayah/73.01/ringkasan/")
    laid_out.clear()
    first = client.get("/wilayah/73.01/ringkasan.pdf").content
    assert laid_out["count"] == 1
    assert client.get("/wilayah/73.01/ringkasan.pdf").content == first
    assert laid_out["count"] == 1
    cache.clear()
    client.get("/wilayah/73.01/ringkasan.pdf")
    assert laid_out["count"] == 2


def test_saving_a_follow_up_row_bumps_the_data_version(seeded, django_capture_on_commit_callbacks):
    before = cache.data_version()
    with django_capture_on_commit_callbacks(execute=True):
        add_regulation("73.01")
    assert cache.data_version() != before


def test_a_full_province_still_fits_two_pages(client, seeded, laid_out):
    """Every one of Jawa Timur's 38 kab/kota with a rate from its own source
    (38 footnotes with long titles and addresses), besides the province's
    own numbers: the brief stays within two A4 pages."""
    from regions.models import CoverageFigure
    from regions.summaries import refresh

    province = Region.objects.get(code="35")
    kids = list(province.children.order_by("code"))
    assert len(kids) == 38
    for number, kid in enumerate(kids):
        CoverageFigure.objects.create(
            region=kid,
            as_of=date(2025, 6, 30),
            percent=Decimal("20") + number,
            publisher=f"BPJS Ketenagakerjaan Cabang {kid.name}",
            publisher_kind="bpjs_branch",
            source_outlet=f"Media Daerah {number}",
            source_title=f"Cakupan jaminan sosial ketenagakerjaan di {kid.name} terus naik "
            "berkat kerja sama pemerintah daerah dan BPJS Ketenagakerjaan",
            source_url=f"https://media-daerah-{number}.contoh.test/berita/2025/06/30/"
            "cakupan-jaminan-sosial-ketenagakerjaan-terus-naik",
        )
    refresh([k.pk for k in kids] + [province.pk])
    response = client.get("/wilayah/35/ringkasan.pdf")
    assert response.status_code == 200
    assert 1 <= len(laid_out["pages"]) <= 2


def test_a_kab_kota_with_every_step_recorded_fits_one_page(client, seeded, laid_out):
    """Selayar with every step and every ecosystem group recorded, each
    from its own source with a long title: still one A4 page."""
    from meeting.choices import EcosystemGroup

    selayar = Region.objects.get(code="73.01")

    def source(number):
        return {
            "source_outlet": f"Media Daerah {number}",
            "source_title": "Judul berita yang cukup panjang tentang langkah pemerintah "
            "kabupaten untuk jaminan sosial ketenagakerjaan",
            "source_url": f"https://media-daerah-{number}.contoh.test/berita/2025/06/30/judul",
        }

    number = 0
    for kind in ["regulation", "licensing", "prosecutor", "budget"]:
        number += 1
        InpresItem.objects.create(
            region=selayar, kind=kind, state="done", as_of=date(2024, 1, 1), **source(number)
        )
    for group in EcosystemGroup.values:
        number += 1
        InpresItem.objects.create(
            region=selayar, kind="ecosystem", group=group, state="in_progress",
            as_of=date(2024, 1, 1), count=12345, denominator=23456,
            group_label="kelompok sebagaimana disebut sumber", **source(number),
        )  # fmt: skip
    assert client.get("/wilayah/73.01/ringkasan.pdf").status_code == 200
    assert len(laid_out["pages"]) == 1
