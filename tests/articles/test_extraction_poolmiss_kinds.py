"""Issue 13, pooled round "poolmiss": kinds of labelled figures the extractor
did not propose (or proposed under the other count metric), recurring across
at least three real-news sets, each on a text written for this test (other
places, other numbers, other words). Full register from fixtures/, no
database."""

from tests.articles.readings import read

# -- the whole and the part around "dari total" ----------------------------------


def test_a_count_right_after_dari_total_is_the_whole(register):
    text = (
        "Di Kabupaten Ponorogo masih terdapat 21.480 pekerja yang belum terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan, dari total 64.310 angkatan kerja yang bekerja."
    )
    got = read(text, register)
    assert ("workforce", "total", "64310", "Kabupaten Ponorogo") in got
    assert not any(m == "participants" and v == "64310" for m, _s, v, _r in got)


def test_a_whole_after_dari_total_keeps_its_group(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Madiun mengatakan, dari total sekitar 90 ribu "
        "pekerja rentan di Kabupaten Ponorogo, jumlahnya terus didata."
    )
    got = read(text, register)
    assert ("workforce", "vulnerable", "90000", "Kabupaten Ponorogo") in got


def test_dari_total_registered_whole_is_not_the_workforce(register):
    # a whole of the registered, and the level before a change, stay as they were
    text = (
        "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Ponorogo naik dari total "
        "41.200 peserta pada tahun lalu."
    )
    got = read(text, register)
    assert not any(m == "workforce" for m, *_x in got)


def test_a_part_after_a_whole_named_in_words_is_the_registered(register):
    text = (
        "Di Kabupaten Ponorogo terdapat 74 ribu pekerja. Dari jumlah pekerja tersebut 31.275 "
        "orang sudah menjadi peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "31275", "Kabupaten Ponorogo") in got
    text = (
        "Kepala BPJS Ketenagakerjaan Ponorogo mengungkapkan bahwa dari total pekerja formal "
        "di Kabupaten Ponorogo, sebanyak 18.940 orang telah terdaftar dalam BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "formal", "18940", "Kabupaten Ponorogo") in got
    assert not any(m == "workforce" for m, *_x in got)


# -- workers a verb of protection or of paid membership is said of -------------


def test_workers_a_verb_of_protection_is_said_of_are_participants(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Rangkasbitung mengatakan, Jamsostek di Kabupaten "
        "Lebak telah mengcover 31 ribu penerima upah dan 9 ribu bukan penerima upah."
    )
    got = read(text, register)
    assert ("participants", "formal", "31000", "Kabupaten Lebak") in got
    assert ("participants", "informal", "9000", "Kabupaten Lebak") in got
    text = (
        "Jaminan Sosial Ketenagakerjaan Kabupaten Lebak\n\n"
        "Kegiatan perlindungan 850 pekerja rentan di Kabupaten Lebak ini untuk meningkatkan "
        "coverage di sektor BPU."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "850", "Kabupaten Lebak") in got


def test_protection_as_a_purpose_is_not_protection_given(register):
    # (a guard: these were not read before the change either)
    for text in (
        "Jamsostek di Kabupaten Lebak\n\nBupati Lebak bekerja sama untuk memberikan "
        "perlindungan sosial kepada 4.200 petani di seluruh kecamatan.",
        "Jamsostek di Kabupaten Lebak\n\nBupati Lebak berkomitmen untuk melindungi 4.200 "
        "petani di seluruh kecamatan.",
    ):
        assert read(text, register) == set()


def test_workers_who_receive_membership_are_participants_of_the_group_they_name(register):
    text = (
        "Jaminan Sosial Ketenagakerjaan di Kabupaten Lebak\n\n"
        "Sebanyak 3.415 petani kopi, buruh tani kopi, dan pekerja rentan di Kabupaten Lebak "
        "menerima bantuan sosial ketenagakerjaan dari Pemerintah Kabupaten Lebak."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3415", "Kabupaten Lebak") in got
    text = (
        "Tahun lalu BPJS Ketenagakerjaan Kabupaten Lebak membiayai 9.000 pekerja informal, "
        "tahun ini hanya sekitar 6.500 yang bisa di-cover."
    )
    got = read(text, register)
    # (a bare count: it names no group of its own)
    assert ("participants", "total", "6500", "Kabupaten Lebak") in got


# -- a rate that names its own denominator ----------------------------------------


def test_a_rate_of_the_potential_workers_is_coverage_in_a_sentence_without_its_word(register):
    text = (
        "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Tegal tercatat sebanyak 52.300 "
        "orang. “Ini sekitar 41 persen dari total potensi pekerja di Kabupaten Tegal,” ujarnya."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "41", "Kabupaten Tegal") in got


def test_a_rate_of_all_workers_is_of_all_workers_whatever_its_count_names(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Tegal terus mendorong kepesertaan pekerja. Andi "
        "menjelaskan, jumlah pekerja di Kabupaten Tegal diperkirakan mencapai 91.000 orang, "
        "namun baru sekitar 30.120 yang tercatat sebagai pekerja formal atau 33,1 persen dari "
        "total pekerja."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "33.1", "Kabupaten Tegal") in got


def test_a_rate_of_a_target_population_of_workers_is_coverage(register):
    text = (
        "Hingga saat ini, capaian Universal Coverage Jamsostek (UCJ) di Kabupaten Tegal baru "
        "mencapai 28,4 persen dari total sasaran yang mencakup pekerja penerima upah, pekerja "
        "informal, dan sektor jasa konstruksi."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "28.4", "Kabupaten Tegal") in got


def test_a_share_of_the_workers_in_a_sector_is_no_coverage(register):
    # (a guard: not read before the change either)
    text = (
        "Menurut Kepala BPJS Ketenagakerjaan Tegal, sekitar 70 persen dari total pekerja di "
        "Kabupaten Tegal bekerja di sektor informal."
    )
    assert not any(m == "coverage_pct" for m, *_x in read(text, register))
