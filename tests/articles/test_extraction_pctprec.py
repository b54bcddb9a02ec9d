"""Round "pctprec": percents and amounts that are no coverage rate or budget
though a coverage or budget word is near them (the active among the
registered, the whole of a budget's part). Each on a text written for this
test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read, values

# -- the active among the registered is no coverage rate --------------------------


def test_the_active_share_of_the_registered_is_no_rate(register):
    text = (
        "Kabupaten Magetan memiliki tingkat kepesertaan BPJS Ketenagakerjaan yang tinggi, "
        "dengan 71 persen pekerja sudah terdaftar dan 88 persen di antaranya berstatus aktif."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "71", "Kabupaten Magetan") in got
    assert "88" not in values(got)


def test_the_active_with_no_noun_of_their_own_are_no_rate(register):
    text = (
        "Menurut Kepala Cabang BPJS Ketenagakerjaan, di Kabupaten Ngawi sebagian besar "
        "pekerja sudah pernah didaftarkan. Namun yang aktif dan iurannya dibayar "
        "kepesertaannya hanya 47 persen."
    )
    got = read(text, register)
    assert "47" not in values(got)


def test_workers_active_as_members_stay_a_rate(register):
    # near miss: "pekerja yang aktif menjadi peserta" are the covered workers
    text = (
        "Di Kabupaten Ngawi, pekerja yang aktif menjadi peserta BPJS Ketenagakerjaan "
        "baru mencapai 39 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "39", "Kabupaten Ngawi") in got


def test_active_membership_named_stays_a_rate(register):
    # near miss: "Kepesertaan yang aktif" names its noun
    text = "Kepesertaan yang aktif di Kabupaten Ngawi baru mencapai 40 persen dari seluruh pekerja."
    got = read(text, register)
    assert ("coverage_pct", "total", "40", "Kabupaten Ngawi") in got


# -- the whole of a budget's part is no budget ------------------------------------


def test_the_whole_allocation_after_its_part_is_no_budget(register):
    text = (
        "Perlindungan pekerja rentan di Kabupaten Sragen menyerap anggaran sekitar "
        "Rp7 miliar dari total alokasi hampir Rp25 miliar yang disiapkan Pemkab Sragen "
        "untuk urusan ketenagakerjaan."
    )
    got = read(text, register)
    assert "7000000000" in values(got)
    assert "25000000000" not in values(got)


def test_the_whole_fund_before_its_part_is_no_budget(register):
    text = (
        "Pemerintah Kabupaten Sragen tahun ini menerima dana bagi hasil cukai sebesar "
        "Rp31 miliar, dan dari jumlah tersebut Dinas Tenaga Kerja mendapat bagian "
        "Rp820 juta untuk membayar iuran BPJS Ketenagakerjaan pekerja rentan."
    )
    got = read(text, register)
    assert "820000000" in values(got)
    assert "31000000000" not in values(got)


def test_a_budget_from_the_regional_budget_stays(register):
    # near miss: "Rp2 miliar dari APBD" names the payer, not a whole
    text = (
        "Pemkab Sragen mengalokasikan anggaran Rp2 miliar dari APBD 2025 untuk "
        "iuran BPJS Ketenagakerjaan 9.000 pekerja rentan."
    )
    got = read(text, register)
    assert "2000000000" in values(got)


# -- a rate over 100 beside a target headcount is the target's realisation -------


def test_a_rate_over_a_hundred_beside_a_target_headcount_is_no_rate(register):
    text = (
        "Peserta BPJS Ketenagakerjaan dari sektor informal di Kabupaten Klaten mencapai "
        "9.420 orang. Jumlah itu jauh melampaui target 5.100 orang.\n"
        '"Jadi capaian sektor informal kami 184 persen," kata Kepala Cabang.'
    )
    got = read(text, register)
    assert "184" not in values(got)


def test_a_rate_over_a_hundred_of_the_potential_stays(register):
    # near miss: no target headcount near it, a rate of the potential
    text = (
        "Realisasi kepesertaan jasa konstruksi di Kabupaten Klaten tercatat sebesar "
        "143,5 persen dari potensi yang dipetakan."
    )
    got = read(text, register)
    assert ("coverage_pct", "construction", "143.5", "Kabupaten Klaten") in got


# -- a level a plan sets, and the next group's item of it, is a target -----------


def test_a_level_a_plan_sets_is_a_target(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Sintang masih berada di "
        "bawah angka yang ditetapkan melalui RPJMD Kabupaten Sintang tahun 2025 yakni "
        "angka capaian 45 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "45", "Kabupaten Sintang") in got
    assert not any(m == "coverage_pct" for m, _s, _v, _r in got)


def test_a_level_that_ought_to_be_and_its_next_group_are_targets(register):
    text = (
        "Menurut dia, cakupan kepesertaan di Kabupaten Sintang seharusnya capaian pekerja "
        "formal 68,2 persen dan pekerja informal 21,5 persen."
    )
    got = read(text, register)
    assert ("target_pct", "formal", "68.2", "Kabupaten Sintang") in got
    assert ("target_pct", "informal", "21.5", "Kabupaten Sintang") in got


def test_a_level_now_after_a_target_stays_a_rate(register):
    # near miss: "dan kini baru" names the level reached, not another target
    text = (
        "Pemkab Sintang menargetkan cakupan kepesertaan BPJS Ketenagakerjaan 50 persen "
        "dan kini baru 31 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "50", "Kabupaten Sintang") in got
    assert ("coverage_pct", "total", "31", "Kabupaten Sintang") in got


def test_a_level_of_another_time_after_a_target_stays_a_rate(register):
    # near miss: "dan bulan ini 38 persen" is this month's level, not another target
    text = (
        "Pemkab Sintang menargetkan cakupan kepesertaan BPJS Ketenagakerjaan 55 persen "
        "dan bulan ini 38 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "55", "Kabupaten Sintang") in got
    assert not any(m == "target_pct" and v == "38" for m, _s, v, _r in got)


# -- the lower end of a range is no rate ------------------------------------------


def test_the_lower_end_of_a_range_is_no_rate(register):
    text = (
        "Cakupan kepesertaan pekerja informal di Kabupaten Kebumen berkisar 12 persen "
        "sampai 18 persen."
    )
    got = read(text, register)
    assert "12" not in values(got)
    assert "18" not in values(got)


def test_a_rate_rising_from_one_level_to_another_keeps_its_levels(register):
    # near miss: "dari 22 persen hingga 27 persen" is a change, not a range
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Kebumen naik dari 22 persen "
        "hingga 27 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "22", "Kabupaten Kebumen") in got


# -- what a rate is still behind by is no rate --------------------------------------


def test_what_a_rate_is_behind_by_is_no_rate(register):
    text = (
        "Saat ini kepesertaan BPJS Ketenagakerjaan di Kota Tegal baru mencapai 58 persen, "
        "masih tertinggal 9 persen dari target nasional sebesar 67 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "58", "Kota Tegal") in got
    assert "9" not in values(got)


# -- a share of a target named with its year is an achievement ----------------------


def test_a_share_of_a_target_named_with_its_year_is_no_rate(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Salatiga mencapai 47 persen. "
        "Capaian ini setara 74 persen dari target UCJ tahun 2026."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "47", "Kota Salatiga") in got
    assert "74" not in values(got)


def test_a_rate_beside_a_target_of_a_year_and_a_size_stays(register):
    # near miss: the target has a size after its year
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Salatiga mencapai 39 persen "
        "dari target tahun 2025 sebesar 50 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "39", "Kota Salatiga") in got


# -- a place's contribution to a whole is no rate -----------------------------------


def test_a_contribution_to_the_national_figure_is_no_rate(register):
    text = (
        "Berdasarkan data BPJS Ketenagakerjaan, cakupan kepesertaan di Provinsi Gorontalo "
        "mencapai 34 persen dan berkontribusi sebesar 0,87% terhadap capaian nasional "
        "Universal Coverage Jamsostek."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "34", "Gorontalo") in got
    assert "0.87" not in values(got)
