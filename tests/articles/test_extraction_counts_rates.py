"""Round five of issue 13 (extract-a), rates and the counts paid for: a level
a region must or may reach is a target, a rate stated elsewhere as a share of
a target is no coverage, a lower bound is kept as stated, and workers whose
premiums a budget pays are participants. Each text is written for this test,
to show a kind of sentence; full region register from fixtures/, no database."""

from tests.articles.readings import read, values


def test_a_level_the_region_must_or_may_reach_is_a_target(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi saat ini berada di "
        "angka 27,15 persen. Provinsi Jambi dibebankan untuk bisa mencapai coverage "
        "jaminan sosial ketenagakerjaan di angka 33,4 persen. Gubernur yakin Jambi bisa "
        "merealisasikan cakupan peserta BPJS Ketenagakerjaan mencapai 90 persen di 2045."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "27.15", "Jambi") in got
    assert ("target_pct", "total", "33.4", "Jambi") in got
    assert ("target_pct", "total", "90", "Jambi") in got
    assert (
        not {("coverage_pct", "total", "33.4", "Jambi"), ("coverage_pct", "total", "90", "Jambi")}
        & got
    )


def test_a_level_already_reached_stays_coverage(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi sudah bisa mencapai 41 persen."
    )
    assert ("coverage_pct", "total", "41", "Jambi") in read(text, register)


def test_a_rate_restated_as_a_share_of_a_target_is_no_coverage(register):
    text = (
        "Realisasi kepesertaan UCJ Gorontalo per Juli 2025 mencapai 73 persen.\n"
        "Realisasi kepesertaan Universal Coverage Jaminan Sosial Ketenagakerjaan "
        "Gorontalo per Juli 2025 mencapai 73 persen dari target Pemerintah Provinsi."
    )
    got = read(text, register)
    assert not any(value == "73" for _m, _s, value, _r in got)


def test_a_rate_stated_as_a_lower_bound_is_kept_as_stated(register):
    text = (
        "Tingkat kepesertaan BPJS Ketenagakerjaan tertinggi berada di Kalimantan Timur "
        "dengan capaian lebih dari 52 persen."
    )
    assert ("coverage_pct", "total", "52", "Kalimantan Timur") in read(text, register)


def test_workers_paid_for_by_the_regional_budget_are_participants(register):
    text = (
        "Realisasi perlindungan bagi pekerja rentan melalui Anggaran Pendapatan dan "
        "Belanja Daerah (APBD) Kabupaten Sumbawa mencapai 6.412 orang.\n"
        "Hal itu ditunjukkan dengan keseriusan Pemprov Bengkulu dalam melindungi 21 ribu "
        "pekerja rentan nelayan dan petani, melalui pendanaan APBD."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6412", "Kabupaten Sumbawa") in got
    assert ("participants", "vulnerable", "21000", "Bengkulu") in got


def test_a_count_typed_with_a_space_after_its_thousands_point(register):
    text = (
        "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Belitung saat ini yang "
        "tercatat 21. 406 peserta atau tercapai 28,40 persen."
    )
    got = read(text, register)
    assert ("participants", "total", "21406", "Kabupaten Belitung") in got
    assert ("coverage_pct", "total", "28.4", "Kabupaten Belitung") in got
    assert not any(metric == "budget_idr" for metric, *_ in got)


def test_the_level_before_a_change_is_read_with_the_level_after(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Jambi tahun 2023 mencapai 40,2 "
        "persen, sementara per Juni 2024 turun menjadi 33,1 persen.\n"
        "Secara rinci, untuk segmen PU dari 44,61 persen turun menjadi 43,05 persen, "
        "sedangkan segmen BPU dari 21,35 persen turun menjadi 14,2 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "formal", "44.61", "Jambi") in got
    assert ("coverage_pct", "formal", "43.05", "Jambi") in got
    assert ("coverage_pct", "informal", "21.35", "Jambi") in got
    assert ("coverage_pct", "informal", "14.2", "Jambi") in got


def test_the_level_now_beside_a_target_for_a_later_year_is_coverage(register):
    text = (
        "Pemkab Bantul menargetkan cakupan kepesertaan BPJS Ketenagakerjaan mencapai "
        "60 persen pada 2026, dari capaian saat ini 38 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "60", "Kabupaten Bantul") in got
    assert ("coverage_pct", "total", "38", "Kabupaten Bantul") in got


def test_the_share_of_workers_in_a_group_is_no_coverage(register):
    text = (
        "Sekitar 70 persen pekerja di Kabupaten Gunungkidul merupakan pekerja informal, "
        "dan baru 12 persen di antaranya terdaftar BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("coverage_pct", "informal", "12", "Kabupaten Gunungkidul") in got
    assert not any(value == "70" for _m, _s, value, _r in got)


def test_a_ratio_of_claims_is_no_coverage(register):
    text = (
        "Rasio klaim JHT terhadap iuran di Kota Magelang mencapai 120 persen, sementara "
        "cakupan kepesertaan BPJS Ketenagakerjaan baru 33,4 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "33.4", "Kota Magelang") in got
    assert not any(value == "120" for _m, _s, value, _r in got)


def test_workers_protected_through_the_regional_budget_are_vulnerable(register):
    text = (
        "Sebanyak 7.500 nelayan dan 2.300 petani di Kabupaten Situbondo telah "
        "terlindungi BPJS Ketenagakerjaan melalui APBD."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "7500", "Kabupaten Situbondo") in got
    assert ("participants", "vulnerable", "2300", "Kabupaten Situbondo") in got


def test_the_share_restating_an_uncovered_count_is_no_coverage(register):
    text = (
        "Jumlah pekerja di Kabupaten Boalemo yang belum menjadi peserta sekitar 40 ribu "
        "orang atau 76 persen. Cakupan kepesertaan di Kabupaten Boalemo baru 24 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "24", "Kabupaten Boalemo") in got
    assert not values(got) & {"76", "40000"}


def test_workers_whose_premiums_a_government_pays_are_participants(register):
    text = (
        "Pemprov Sulteng membayarkan iuran bagi 50 ribu pekerja rentan pada 2024, dan "
        "tahun ini bertambah menjadi 75 ribu pekerja rentan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "50000", "Sulawesi Tengah") in got
    assert ("participants", "vulnerable", "75000", "Sulawesi Tengah") in got
