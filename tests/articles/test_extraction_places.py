"""Round "places": which place a standing names as its scope and which as its
holder, figures that count villages, employers or regencies rather than
workers, and levels or headcounts a clause only aims at. Each kind on texts
written for this test (other places, other numbers, other words); each case
fails with its reading unhooked, the near misses pass both ways. Full
register from fixtures/, no database."""

from tests.articles.readings import read

# -- the scope of a standing and its holder (places.py) ------------------------


def test_the_nation_after_a_standing_is_its_scope(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Kalimantan Selatan mengatakan kepesertaan di Kalsel "
        "terus naik. Kini mencapai 38 persen dari angkatan kerja dan masuk 10 besar "
        "terbaik secara nasional."
    )
    assert ("coverage_pct", "total", "38", "Kalimantan Selatan") in read(text, register)


def test_a_national_figure_stays_the_nations(register):
    # near miss: no standing before "secara nasional"
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kalsel terus naik. Cakupan kepesertaan "
        "secara nasional baru mencapai 41 persen."
    )
    assert ("coverage_pct", "total", "41", "Indonesia") in read(text, register)


def test_a_regency_after_the_superlative_holds_it_within_its_province(register):
    text = (
        "BPJS Ketenagakerjaan mencatat, dari sepuluh daerah di Provinsi Sulawesi Tengah, "
        "cakupan kepesertaan yang tertinggi di Kabupaten Morowali yang mencapai 71 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "71", "Kabupaten Morowali") in got
    assert ("award_rank", "other", "1", "Kabupaten Morowali") in got


def test_a_regency_story_s_province_after_a_superlative_is_a_scope(register):
    text = (
        "Pemerintah Kabupaten Banjar menyerahkan kartu BPJS Ketenagakerjaan kepada "
        "pekerja rentan. Bupati Banjar meminta seluruh desa ikut mendaftarkan warganya.\n\n"
        '"Ini capaian terbesar di Kalsel," ujar Kepala Cabang pada acara peluncuran '
        "perlindungan bagi 6.400 pekerja rentan di Kecamatan Martapura, Senin."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6400", "Kabupaten Banjar") in got


# -- what is counted is not workers (counted_units.py, hooked by figure_kinds.py) --


def _metrics_of(got, value):
    return {metric for metric, _segment, v, _region in got if v == value}


def test_a_percent_of_villages_is_no_coverage(register):
    text = (
        "Pemkab Sijunjung meluncurkan perlindungan BPJS Ketenagakerjaan bagi pekerja "
        "rentan dan kini sudah 61,5 persen nagari yang mendaftarkan warganya."
    )
    assert _metrics_of(read(text, register), "61.5") == set()
    text = (
        "Kepesertaan BPJS Ketenagakerjaan perangkat desa terus naik. Hingga kini sebanyak "
        "31.200 desa telah terdaftar atau 42 persen dari total jumlah desa di Indonesia."
    )
    assert _metrics_of(read(text, register), "42") == set()


def test_a_percent_of_village_staff_stays_coverage(register):
    # near miss: "perangkat desa" are people
    text = (
        "Kepesertaan BPJS Ketenagakerjaan perangkat desa di Kabupaten Sijunjung kini "
        "mencapai 88 persen dari total jumlah perangkat desa."
    )
    assert _metrics_of(read(text, register), "88") == {"coverage_pct"}


def test_a_ratio_of_employers_is_neither_coverage_nor_participants(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Kabupaten Muara Enim mengatakan peserta terus bertambah. "
        "Sedangkan untuk perusahaan yang sudah mendaftar di BPJS Ketenagakerjaan baru 214 "
        "dari 530 atau 40 persen."
    )
    got = read(text, register)
    assert _metrics_of(got, "214") == set()
    assert _metrics_of(got, "530") == set()
    assert _metrics_of(got, "40") == set()


def test_a_count_of_villages_is_no_headcount(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Serang mengaku kesulitan menjangkau 1.300-an desa "
        "di Provinsi Banten untuk mendaftarkan pekerja rentan."
    )
    assert _metrics_of(read(text, register), "1300") == set()


def test_people_from_villages_and_a_ratio_of_people_stay_counts(register):
    # near misses: "dari kelurahan sebanyak N" (people from a village), "N dari M pekerja"
    text = (
        "Kepesertaan BPJS Ketenagakerjaan pekerja rentan di Kota Sorong terus bertambah. "
        "Peserta yang didata dari kelurahan sebanyak 4.215 orang."
    )
    assert _metrics_of(read(text, register), "4215") == {"participants"}
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Pidie Jaya: ekosistem desa: "
        "12.480 dari 40.115 pekerja."
    )
    assert "participants" in _metrics_of(read(text, register), "12480")


# -- levels and headcounts only aimed at or pending (aims.py, by figure_kinds.py) --


def test_a_level_aimed_at_is_no_coverage(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Kapuas baru 31 persen. Kami minta "
        "data pekerja yang belum terdaftar agar bisa didaftarkan sehingga mencapai "
        "cakupan 100 persen."
    )
    assert _metrics_of(read(text, register), "100") == set()
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Palu kini 45 persen. "
        '"Kalau idealnya ya 100 persen," katanya.'
    )
    assert _metrics_of(read(text, register), "100") == set()


def test_a_headcount_aimed_at_is_no_count_of_participants(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi terus naik. Pada akhir tahun "
        "ini, jumlah pekerja yang terlindungi harus mencapai 1,2 juta orang."
    )
    assert _metrics_of(read(text, register), "1200000") == set()


def test_what_a_consequence_reached_stays(register):
    # near miss: "sehingga" with no word of the future is what was reached
    text = (
        "Pemkab Sumenep telah mendaftarkan 4.000 pekerja rentan ke BPJS Ketenagakerjaan, "
        "sehingga total peserta di kabupaten itu mencapai 52.000 orang."
    )
    assert ("participants", "total", "52000", "Kabupaten Sumenep") in read(text, register)


def test_workers_still_in_process_are_no_participants(register):
    text = (
        "Pemkab Balangan mendaftarkan pekerja rentan ke BPJS Ketenagakerjaan. Saat ini, "
        "sebanyak 2.615 pekerja rentan masih dalam proses verifikasi oleh BPJS Ketenagakerjaan."
    )
    assert _metrics_of(read(text, register), "2615") == set()
    text = (
        "Perlindungan BPJS Ketenagakerjaan bagi pekerja rentan di Provinsi Maluku Utara "
        "meluas. Daerah lain masih dalam tahap pendataan, seperti Kabupaten Halmahera Barat "
        "4.100 orang peserta dan Kabupaten Pulau Taliabu 1.900 peserta."
    )
    got = read(text, register)
    assert _metrics_of(got, "4100") == set()
    assert _metrics_of(got, "1900") == set()
    text = (
        "Kepesertaan BPJS Ketenagakerjaan pekerja rentan di Kabupaten Konawe: dari 5.210 orang "
        "yang lolos verifikasi, 4.000 ditetapkan sebagai peserta, sementara 1.210 orang "
        "sisanya masuk dalam daftar cadangan."
    )
    assert _metrics_of(read(text, register), "1210") == set()


def test_workers_enrolled_after_a_pending_part_stay(register):
    # near miss: "sudah terdaftar" after the pending words: a reached count
    text = (
        "Pendaftaran pekerja rentan ke BPJS Ketenagakerjaan di Kabupaten Konawe masih dalam "
        "proses, namun yang sudah terdaftar sebanyak 3.400 orang."
    )
    assert _metrics_of(read(text, register), "3400") == {"participants"}
