"""The staff of a village under its regional names (kelurahan, nagari,
gampong, kampung) are a group of their own (segment ``other``), as "perangkat
desa" is. Texts written for this test; full register, no database."""

import pytest

from tests.articles.readings import read


@pytest.mark.parametrize(
    "staff", ["perangkat kelurahan", "perangkat nagari", "aparatur gampong", "aparat kampung"]
)
def test_village_staff_under_any_name_are_their_own_group(register, staff):
    text = (
        f"Pemerintah Kabupaten Agam telah mendaftarkan 2.318 {staff} sebagai peserta BPJS "
        "Ketenagakerjaan tahun ini."
    )
    assert ("participants", "other", "2318", "Kabupaten Agam") in read(text, register)


def test_a_village_head_speaking_names_no_group(register):
    # near miss: the head of a nagari who gives the figure is no group of staff
    text = (
        "Wali Nagari Koto Tinggi di Kabupaten Agam menyebut 2.318 pekerja sektor informal di "
        "wilayahnya sudah menjadi peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "other", "2318", "Kabupaten Agam") not in got
