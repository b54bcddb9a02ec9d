"""Round "ajtune": workers a text says ought to be covered are the workforce,
not the members, each on a text written for this test (other places, other
numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- the obligation clause right after the count ------------------------------


def test_workers_who_ought_to_be_protected_are_the_workforce(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Lumajang baru 41 persen. "
        "Menurut Kepala Disnaker, 412 ribu pekerja yang seharusnya terlindungi di "
        "Kabupaten Lumajang, sehingga sosialisasi terus digencarkan."
    )
    got = read(text, register)
    assert ("workforce", "total", "412000", "Kabupaten Lumajang") in got
    assert ("participants", "total", "412000", "Kabupaten Lumajang") not in got


def test_workers_who_are_protected_stay_the_members(register):
    # near miss: no word of obligation, the workers are protected already
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Lumajang terus naik. "
        "Menurut Kepala Disnaker, 112 ribu pekerja yang sudah terlindungi di "
        "Kabupaten Lumajang, sehingga sosialisasi terus digencarkan."
    )
    got = read(text, register)
    assert ("participants", "total", "112000", "Kabupaten Lumajang") in got
    assert ("workforce", "total", "112000", "Kabupaten Lumajang") not in got


def test_vulnerable_workers_who_should_be_covered_keep_their_group(register):
    text = (
        "Menurut data dinas, ada 54 ribu pekerja rentan yang harusnya tercover BPJS "
        "Ketenagakerjaan di Kota Kediri. Namun baru 9 ribu pekerja rentan yang terdaftar."
    )
    got = read(text, register)
    assert ("workforce", "vulnerable", "54000", "Kota Kediri") in got


# -- the obligation clause before the count, in its clause --------------------


def test_the_staff_who_must_be_protected_are_the_workforce_of_their_group(register):
    text = (
        "Berdasarkan data BPJS Ketenagakerjaan, jumlah pegawai non-ASN yang wajib "
        "dilindungi di lingkungan Pemprov Gorontalo sebanyak 3.815 orang."
    )
    got = read(text, register)
    assert ("workforce", "other", "3815", "Gorontalo") in got
    assert ("participants", "other", "3815", "Gorontalo") not in got


def test_the_rest_that_must_still_be_protected_is_not_the_workforce(register):
    # near miss: what is left over ("sisa") is the uncovered, not the potential
    text = (
        "Cakupan BPJS Ketenagakerjaan di Kota Kediri baru 38 persen. Sisa pekerja yang "
        "harus terlindungi mencapai 61.240 orang."
    )
    got = read(text, register)
    assert ("workforce", "total", "61240", "Kota Kediri") not in got
