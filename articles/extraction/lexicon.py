"""The vocabulary around a number: word lists for coverage, participants,
workforce, budgets, awards, segments, health and the economy, looked up as
whole words in a trie (``_LEXICON``), and the words that make a count one of
people or join it to what follows."""

from __future__ import annotations

from .figures import CONSTRUCTION, FORMAL, INFORMAL, MIGRANT, OTHER, VULNERABLE
from .tokens import ANY_CASE, CAPITALISED, UPPER, _phrase_tokens, _PhraseMatcher

# Word lists, phrases separated by commas; matched on whole words, any case.
_TERMS: dict[str, str] = {
    # the percent is about coverage
    "cov": (
        "cakupan, cakupannya, cakupan semesta, coverage, kepesertaan, kepesertaannya, ucj, "
        "universal coverage, terlindungi, terlindung, dilindungi, tercover, ter cover, "
        "tercoverage, tercakup, terdaftar, mendaftar, pendaftaran, peserta, pesertanya, capaian, "
        "pencapaian, terjamin, perlindungan, keikutsertaan, mencover, dicover, jamsostek, "
        "terkaver, terkover, tergabung, terdata, tersentuh, universal coverage jamsostek, "
        "bpjstk, bpjs tk, bpjamsostek, bpjs ketenagakerjaan, jaminan sosial ketenagakerjaan"
    ),
    # a count is of people covered
    "part": (
        "peserta, pesertanya, kepesertaan, tercover, ter cover, terlindungi, dilindungi, "
        "terdaftar, didaftarkan, mendaftarkan, terjamin, tercakup, terproteksi, dicover, "
        "diikutsertakan, mengikutsertakan, menjadi peserta, terkaver, terkover, ter kaver, "
        # "dari 33.976 pekerja, mendaftar 4.088 pekerja": those who signed up
        "mendaftar, baru mendaftar, sudah mendaftar, telah mendaftar, "
        # "tercatat 14.725 pekerja memiliki BPJS": those who hold a membership
        "memiliki bpjs, memiliki jamsostek, memiliki bpjamsostek, punya bpjs, "
        "tergabung, bergabung, menjadi anggota, anggota kami, keanggotaan, tertangani, "
        "tersentuh, terdata, masuk program, masuk dalam program, mengikuti program, "
        "ikut program, peserta aktif, yang aktif, ditanggung, tanggung, menanggung, "
        "mendapatkan jaminan, mendapat jaminan, memperoleh jaminan, mendapatkan perlindungan, "
        "mendapat perlindungan, memperoleh perlindungan, penerima manfaat, tercatat aktif, "
        # "jumlah tenaga kerja aktif sebanyak 2,65 juta": the active members (not
        # the workforce "jumlah tenaga kerja" names)
        "tenaga kerja aktif, pekerja aktif, jumlah tenaga kerja aktif, jumlah pekerja aktif, "
        "total tenaga kerja aktif, total pekerja aktif, "
        "perlindungan kepada, perlindungan bagi, perlindungan untuk, menjangkau, dijangkau, "
        # "membayarkan iuran bagi 50 ribu pekerja rentan": the workers whose premiums are paid
        "membayarkan iuran, membayar iuran, membayarkan premi, membayar premi, "
        "iurannya dibayar, iurannya dibayarkan, iurannya ditanggung, "
        # "memberikan iuran ... kepada 36.500 nelayan", "pemberian PBI kepada 23 ribu pekerja"
        "memberikan iuran, pemberian iuran, membiayai iuran, membiayai premi, bantuan iuran, "
        "pemberian pbi, mengalokasikan pbi, menerima perlindungan, menerima bantuan perlindungan, "
        "mendapat bantuan perlindungan, mendapatkan bantuan perlindungan, "
        # "86 ribu orang pekerja rentan ... telah mendapatkan layanan BPJS Ketenagakerjaan"
        "mendapatkan layanan, mendapat layanan, memperoleh layanan, "
        # "Program perlindungan ini mencakup: 1.937 orang aparat desa, ...": whom it covers
        "perlindungan ini mencakup, perlindungan tersebut mencakup, perlindungan itu mencakup, "
        "perlindungan ini meliputi, perlindungan tersebut meliputi, perlindungan itu meliputi, "
        # "jaminan sosial telah mencakup 2.310 non-ASN, ... dan 9.870 pekerja rentan":
        # whom social security itself covers (not "program ini mencakup 40 RT")
        "jaminan sosial mencakup, jaminan sosial telah mencakup, jaminan sosial sudah mencakup, "
        "jaminan sosial meliputi, jaminan sosial telah meliputi, jaminan sosial sudah meliputi"
    ),
    # a count is the population a rate is measured against
    "wf": (
        "penduduk bekerja, penduduk yang bekerja, angkatan kerja, potensi, semesta, bps, "
        "sakernas, pekerja potensial, angka kerja, angka pekerja, jumlah tenaga kerja, "
        # "dari estimasi populasi 51.086 orang": the workers a rate is measured against
        "estimasi populasi, populasi pekerja, populasi tenaga kerja, "
        "jumlah pekerja, jumlah keseluruhan, jumlah keseluruhannya, "
        "total tenaga kerja, total pekerja, total angkatan kerja, potensi peserta, "
        "potensi pekerja, badan pusat statistik, potensi kepesertaan, berpotensi menjadi peserta, "
        "layak menjadi peserta, eligible menjadi peserta, eligible untuk menjadi peserta, "
        "layak untuk menjadi peserta, "
        # "segmen PU berpotensi 35.036 pekerja": the potential, not those covered
        "berpotensi, "
        # "1.228.079 orang yang berhak dilindungi": those entitled, not yet those covered
        "berhak dilindungi, berhak menjadi peserta, berhak mendapatkan perlindungan, "
        "berhak mendapat perlindungan, "
        # "79.388 angkatan kerja non-ASN": the workforce apart from civil servants
        # (every worker a region's coverage counts), not the group of non-ASN staff
        "angkatan kerja non asn, angkatan kerja nonasn"
    ),
    "health": (
        "jkn, jkn kis, bpjs kesehatan, uhc, jaminan kesehatan, jaminan kesehatan nasional, "
        "kis, jamkesda, jamkesmas, universal health coverage, pbi, kartu indonesia sehat"
    ),
    "emp": (
        "ketenagakerjaan, ketenagakerjaannya, bpjstk, bpjs tk, bpjs naker, bpjamsostek, "
        "jamsostek, jamsosnaker, ucj, jaminan sosial tenaga kerja, bpjs ketenagakerjaan, "
        "jaminan sosial ketenagakerjaan, "
        # its own programmes: "jaminan kecelakaan kerja (JKK) dan jaminan kematian (JKM)"
        "jaminan kecelakaan kerja, jaminan kematian"
    ),
    # the percent is some other indicator
    "econ": (
        "pertumbuhan ekonomi, ekonomi, inflasi, kemiskinan, pengangguran, tpt, pdrb, ipm, "
        "suku bunga, bunga, upah minimum, ump, umk, umr, investasi, pajak, stunting, "
        "elektabilitas, suara, tingkat partisipasi angkatan kerja, tpak, diskon, "
        "realisasi anggaran, serapan anggaran, serapan, indeks, pad, pendapatan asli daerah, "
        "retribusi, belanja pegawai, apbd murni, kepatuhan, tingkat kepatuhan, patuh"
    ),
    "budget": (
        "anggaran, anggarannya, pagu, apbd, apbdes, apbn, dialokasikan, mengalokasikan, "
        "alokasi, alokasikan, dana, dianggarkan, menganggarkan, biaya, membiayai, dibiayai, "
        # a headline's verb: "Pemkab X Anggarkan Rp963 Juta"
        "anggarkan, "
        "csr, hibah, menyiapkan, disiapkan, mengucurkan, dikucurkan, menggelontorkan, "
        "digelontorkan, menyediakan, disediakan, "
        # the budget's name, not revenue ("pendapatan" alone is no budget)
        "anggaran pendapatan dan belanja daerah, anggaran pendapatan belanja daerah, "
        "anggaran pendapatan dan belanja negara, anggaran pendapatan belanja negara"
    ),
    # an amount that is not a budget for worker protection
    "budget_x": (
        "santunan, santunannya, klaim, ahli waris, beasiswa, tunggakan, piutang, denda, pad, "
        "pendapatan, investasi, dana kelolaan, kelolaan, pinjaman, kredit, omzet, "
        "realisasi anggaran, serapan anggaran, aset, laba, jht, pencairan, dibayarkan, "
        "manfaat, dana manfaat, manfaatnya"
    ),
    # a small amount per person (premium, wage, benefit)
    "budget_small": "iuran, premi, upah, gaji, ump, umk, hadiah, uang pembinaan",
    "award": (
        "penghargaan, award, awards, paritrana, juara, zona, anugerah, predikat, prestasi, "
        "peringkat, pemenang, nominasi, menobatkan, dinobatkan, dewan juri, juri, "
        "menjuarai, trofi, piagam"
    ),
    "seg_formal": (
        "penerima upah, pu, ppu, formal, sektor formal, pekerja formal, tenaga kerja formal, "
        "pekerja penerima upah, karyawan swasta"
    ),
    "seg_informal": (
        "bukan penerima upah, bpu, pbpu, informal, non formal, nonformal, mandiri, "
        "pekerja mandiri, sektor mandiri, pekerja bukan penerima upah, "
        "tenaga informal, tenaga kerja informal"
    ),
    # "kontruksi": the word as news often misspells it
    "seg_construction": (
        "jasa konstruksi, jakon, konstruksi, sektor konstruksi, "
        "jasa kontruksi, kontruksi, sektor kontruksi"
    ),
    "seg_migrant": (
        "pekerja migran, migran, pmi, tki, buruh migran, pekerja migran indonesia, "
        "tenaga kerja indonesia, pekerja indonesia di luar negeri"
    ),
    "seg_vulnerable": (
        "rentan, pekerja rentan, kurang mampu, warga kurang mampu, miskin, miskin ekstrem, "
        "kemiskinan ekstrem, masyarakat rentan, pekerja rentan miskin"
    ),
    # groups regions are asked to enrol (domain notes 3.1): their own rates, not the region's
    "seg_other": (
        "non asn, asn, honorer, tenaga honorer, perangkat desa, aparatur desa, aparat desa, "
        "rt rw, ketua rt, guru, guru mengaji, tenaga kependidikan, gtk, tenaga kesehatan, nakes, "
        "marbot, imam masjid, ekosistem desa, penyelenggara pemilu, petugas pemilu, badan adhoc, "
        "kader posyandu, "
        "pns, pegawai negeri, pegawai negeri sipil, aparatur sipil negara, ppnpn, "
        "pegawai pemerintah non pegawai negeri, non pegawai negeri, pegawai kontrak, thl, "
        "tenaga harian lepas, ptt, gtt, guru ptt, guru honorer, tendik, ekosistem gampong, "
        "gampong, ekosistem kampung, ekosistem, kepala desa, kades, pppk, p3k, "
        "pegawai non asn, nonasn, tenaga kontrak, linmas, bpd, "
        # (round 10: "anggota BPD", "pengurus RT/RW", "aparat pemerintah desa",
        # "kelembagaan desa", "tenaga kerja non-Aparatur Sipil Negara")
        "anggota bpd, pengurus rt rw, pengurus rt, pengurus rw, ketua rt rw, "
        "aparat pemerintah desa, aparatur pemerintah desa, kelembagaan desa, "
        "lembaga desa, lembaga kemasyarakatan desa, non aparatur sipil negara, non pns, "
        # the village's staff under its other names: kelurahan (a town's), nagari
        # (Sumatera Barat), gampong (Aceh), kampung (Papua and others)
        "perangkat kelurahan, aparatur kelurahan, aparat kelurahan, perangkat nagari, "
        "aparatur nagari, perangkat gampong, aparatur gampong, perangkat kampung, "
        "aparatur kampung, aparat kampung, "
        # those who serve a faith, like the marbot and imam above
        "pekerja keagamaan, petugas keagamaan, tenaga keagamaan, pemuka agama, rohaniwan, "
        # the long names of words above: RT/RW, contract staff, teaching staff
        "rukun tetangga, rukun warga, ketua rukun tetangga, pekerja kontrak, tenaga pendidik"
    ),
    "neg": "belum, tidak, tak, tanpa",
    # a national figure
    "nation": (
        "secara nasional, tingkat nasional, skala nasional, level nasional, cakupan nasional, "
        "coverage nasional, kepesertaan nasional, target nasional, capaian nasional, "
        "rata rata nasional, rerata nasional, se indonesia, seluruh indonesia, di indonesia, "
        "ucj nasional, uc nasional, universal coverage nasional, jamsostek nasional, "
        "kepesertaan secara nasional, angka nasional, data nasional, pekerja nasional"
    ),
}
# (No segment phrase starts with "peserta": that word must stay a participation cue.)
# Abbreviations that are only meant in capitals ("PU", not "pu").
_TOPIC_CATEGORIES = ("cov", "emp", "part", "wf", "budget", "award")
_TOPIC_SET = frozenset(_TOPIC_CATEGORIES)
_UPPER_ONLY = frozenset(
    {
        "pu",
        "ppu",
        "bpu",
        "pbpu",
        "pmi",
        "tki",
        "tpt",
        "ump",
        "umk",
        "umr",
        "pad",
        "kis",
        "pbi",
        "jht",
        "pns",
        "thl",
        "ptt",
        "gtt",
        "bpd",
    }
)
_SEGMENT_OF = {
    "seg_formal": FORMAL,
    "seg_informal": INFORMAL,
    "seg_construction": CONSTRUCTION,
    "seg_migrant": MIGRANT,
    "seg_vulnerable": VULNERABLE,
    "seg_other": OTHER,
}


def _build_lexicon() -> _PhraseMatcher:
    merged: dict[tuple[str, ...], set[str]] = {}
    for category, phrases in _TERMS.items():
        for phrase in phrases.split(","):
            merged.setdefault(_phrase_tokens(phrase), set()).add(category)
    matcher = _PhraseMatcher()
    for tokens, categories in merged.items():
        rule = UPPER if len(tokens) == 1 and tokens[0] in _UPPER_ONLY else ANY_CASE
        if tokens == ("indonesia",):
            rule = CAPITALISED
        matcher.add(tokens, frozenset(categories), rule)
    return matcher


_LEXICON = _build_lexicon()


_PERSON_WORDS = frozenset((
    "orang", "pekerja", "peserta", "tenaga", "jiwa", "karyawan", "karyawati", "buruh", "warga",
    "nelayan", "petani", "pegawai", "asn", "guru", "perangkat", "pedagang", "pengemudi", "ojek",
    "honorer", "kader", "marbot", "imam", "aparatur", "relawan", "sopir", "petugas", "ptt",
    "pppk", "penyelenggara", "pengurus", "aparat", "tki", "pmi", "tukang", "perawat", "bidan",
    "dokter", "penyuluh", "pendamping", "pengajar", "dosen", "peternak", "pekebun", "pelaut",
    "awak", "pemulung", "kuli", "satpam", "nakes", "pelajar", "mahasiswa", "penggarap",
    # (tappers of palm sap or rubber, fish-pond farmers: "1.722 penderes")
    "penderes", "penyadap", "petambak",
    # those who serve a faith ("11.321 rohaniwan", "500 pemuka agama")
    "rohaniwan", "pemuka",
    "pekerjanya", "pesertanya", "jamaah", "penghulu", "pendeta", "penjaga", "semesta",
    "potensi", "angkatan", "pns", "ppnpn", "thl", "pengemudi", "kepala", "keluarga", "anggota",
    "karyawannya", "orangnya", "pu", "bpu", "ppu", "pbpu", "jakon", "formal", "informal",
    "nonformal", "rt", "rw", "masyarakat", "ketua",
    # "menanggung iuran 7.654 kepesertaan": memberships, one a person
    "kepesertaan",
))  # fmt: skip
_CONNECTOR_WORDS = frozenset((
    "dan", "atau", "yang", "dari", "di", "pada", "untuk", "per", "hingga", "sampai", "serta",
    "sedangkan", "sementara", "ini", "itu", "tersebut", "lebih", "kurang", "sekitar", "dengan",
    "se", "ke", "bagi", "menjadi", "adalah", "yaitu", "yakni", "namun", "tetapi", "tapi",
    "karena", "sehingga", "agar", "jika", "pun", "saja", "lagi", "sudah", "telah", "baru",
    "masih", "akan", "se-indonesia", "sebanyak", "sebesar", "setiap", "tiap", "atas", "oleh",
    "dalam", "merupakan", "ialah", "diantaranya", "antaranya", "terdiri", "tercatat",
    "terdaftar", "telah", "maka", "lainnya",
))  # fmt: skip
