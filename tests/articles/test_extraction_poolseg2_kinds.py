"""Issue 13, pooled round "poolseg2": kinds of segment and region errors that
recur across at least three real-news sets (the newer sets X to AD among
them), each on a text written for this test (other places, other numbers,
other words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- a sentence going on about the one before carries only a group a figure
# there took (not one the figure leaves out) ---------------------------------


def test_a_group_left_out_of_the_figure_before_is_not_carried(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Lahat\n\n"
        "Lahat - Jumlah angkatan kerja di Kabupaten Lahat tercatat 212.340 jiwa di luar "
        "TNI, Polri, PNS dan P3K. Dari jumlah angkatan kerja tersebut, 61.870 jiwa atau "
        "29,14% telah terlindungi BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "total", "212340", "Kabupaten Lahat") in got
    assert ("participants", "total", "61870", "Kabupaten Lahat") in got
    assert ("coverage_pct", "total", "29.14", "Kabupaten Lahat") in got
    # a group the figure before took is still carried
    text = (
        "Di Kabupaten Lahat, segmen penerima upah (PU) berpotensi 41.200 pekerja. Bahkan, "
        "peserta aktif BPJS Ketenagakerjaan sudah mencapai 30.515 pekerja."
    )
    got = read(text, register)
    assert ("participants", "formal", "30515", "Kabupaten Lahat") in got
