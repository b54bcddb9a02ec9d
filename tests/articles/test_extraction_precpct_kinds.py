"""Issue 13, pooled round "precpct": percents, targets, budgets and standings
proposed where the labellers take none (or take another metric), kinds that
recur in at least three real-news sets, each on a text written for this test
(other places, other numbers, other words). Full register from fixtures/, no
database."""

from tests.articles.readings import read, values

# -- amounts that are not a budget -----------------------------------------------


def test_thousands_without_rupiah_near_a_budget_word_are_people(register):
    text = (
        "Pemkab Ngawi Lindungi Pekerja Rentan\n\n"
        "Ngawi - Sebanyak 47 ribu pekerja di Kabupaten Ngawi sudah menjadi peserta BPJS "
        "Ketenagakerjaan. Sebanyak 12 ribu di antaranya terlindungi lewat alokasi Anggaran "
        "Pendapatan dan Belanja Daerah (APBD)."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "47000", "Kabupaten Ngawi") in got
    assert not any(metric == "budget_idr" for metric, *_rest in got)


def test_a_price_per_worker_is_not_a_budget(register):
    text = (
        "Pemkab Ngawi mengalokasikan anggaran Rp201.600 bagi tiap pekerja rentan setiap "
        "tahunnya untuk iuran BPJS Ketenagakerjaan. Total anggaran tahun ini Rp2,4 miliar."
    )
    got = read(text, register)
    assert ("budget_idr", "total", "2400000000", "Kabupaten Ngawi") in got
    assert "201600" not in values(got)


# -- percents that are a change, not a level ---------------------------------------


def test_a_fall_written_menurun_or_penurunan_is_no_rate(register):
    text = (
        "BPJS Ketenagakerjaan Gorontalo mencatat capaian kepesertaan tahun ini menurun sekitar "
        "6 persen dari tahun 2024 yang mencapai 61,25 persen. Di 2024 cakupan kepesertaan "
        "61,25 persen, sehingga ada penurunan 6 persen, ujarnya."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "61.25", "Gorontalo") in got
    assert "6" not in values(got)


def test_a_change_against_the_year_before_is_no_rate(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Kendari kini sebesar 47,3 persen, "
        "setelah mengalami peningkatan dari tahun lalu sebesar 9,1 %. Pemkot diminta "
        "menaikkan cakupan perlindungan jaminan sosial ketenagakerjaan sebesar minimal "
        "15 persen dari tahun sebelumnya."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "47.3", "Kota Kendari") in got
    assert not {"9.1", "15"} & values(got)
    # the level a change led to stays a level
    text = "Cakupan kepesertaan BPJS Ketenagakerjaan Kota Kendari naik menjadi 44 persen dari "
    text += "tahun lalu."
    assert ("coverage_pct", "total", "44", "Kota Kendari") in read(text, register)


def test_a_growth_the_subject_of_its_clause_and_its_next_item_are_no_rates(register):
    text = (
        "Di Kabupaten Blora cakupan kepesertaan BPJS Ketenagakerjaan baru 24%, kata dia. "
        "Selain itu, pertumbuhan pekerja di Kabupaten Blora mencapai 4,2% dan di Kabupaten "
        "Rembang mencapai 2,9% menurut BPS."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "24", "Kabupaten Blora") in got
    assert not {"4.2", "2.9"} & values(got)


# -- a level aimed at is a target ---------------------------------------------------


def test_a_level_named_as_the_purpose_of_an_effort_is_a_target(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Kota Palopo mengatakan cakupan kepesertaan saat ini "
        'baru 38 persen. "Tahun ini kami berkomitmen untuk mencapai angka coverage 45 '
        'persen dari angkatan kerja yang ada di Palopo," ujarnya.'
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "38", "Kota Palopo") in got
    assert ("target_pct", "total", "45", "Kota Palopo") in got
    assert ("coverage_pct", "total", "45", "Kota Palopo") not in got


def test_a_level_a_budget_is_meant_to_reach_is_a_target(register):
    text = (
        'Pemkab Muaro Jambi terus memperluas kepesertaan BPJS Ketenagakerjaan. "APBD '
        "perubahan kita anggarkan untuk mencapai angka 70 persen dari total pekerja "
        'sebagai bagian dari UCJ," katanya.'
    )
    got = read(text, register)
    assert ("target_pct", "total", "70", "Kabupaten Muaro Jambi") in got
    assert "coverage_pct" not in {metric for metric, *_rest in got}


def test_a_level_that_should_have_been_reached_is_a_target(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Dompu pada Juni baru 41 "
        "persen. Padahal, target capaian pada bulan itu seharusnya sudah mencapai 52 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "41", "Kabupaten Dompu") in got
    assert ("target_pct", "total", "52", "Kabupaten Dompu") in got


# -- a share of the participants is no rate -----------------------------------------


def test_a_share_of_all_participants_is_no_rate(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Jawa Timur kini 41 persen. Dari sisi "
        "kepesertaan, wilayah Jawa Timur berkontribusi atas 18 persen BPU dari keseluruhan "
        "peserta di Tanah Air."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "41", "Jawa Timur") in got
    assert "18" not in values(got)


def test_a_share_of_the_active_members_is_no_target(register):
    text = (
        "Target kepesertaan BPJS Ketenagakerjaan pekerja informal di Bali memang lebih "
        "tinggi, karena jumlah pekerja informal sekitar 65 persen dari TK aktif. Target "
        "cakupan tahun depan 55 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "55", "Bali") in got
    assert "65" not in values(got)


def test_the_largest_share_of_participants_from_a_place_is_no_rate(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Sulawesi Tengah baru 22 persen. "
        '"Jumlah peserta terbanyak berasal dari Kota Palu, mencapai 55 persen," kata dia.'
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "22", "Sulawesi Tengah") in got
    assert "55" not in values(got)


def test_a_benefit_named_with_a_budget_word_is_not_a_budget(register):
    text = (
        "Pemkab Pidie menganggarkan Rp3,5 miliar untuk iuran BPJS Ketenagakerjaan pekerja "
        "rentan. Ahli waris peserta di Kabupaten Pidie menerima santunan dana kematian "
        "sebesar Rp2,1 miliar, dan anaknya menerima biaya pendidikan Rp 45.000.000."
    )
    got = read(text, register)
    assert ("budget_idr", "total", "3500000000", "Kabupaten Pidie") in got
    assert not {"2100000000", "45000000"} & values(got)


def test_a_regions_part_of_the_claims_before_is_not_a_budget(register):
    text = (
        "Klaim peserta BPJS Ketenagakerjaan di Provinsi Aceh sudah mencapai Rp500 miliar. "
        "Untuk wilayah Kota Langsa sebesar Rp2,3 miliar, sehingga Pemkot diharapkan memakai "
        "anggaran daerah untuk membayar iuran kepesertaan pekerja di Langsa."
    )
    got = read(text, register)
    assert "2300000000" not in values(got)
