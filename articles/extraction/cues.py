"""The words around a number that say what it is: vocabulary (coverage,
participants, workforce, budget, award, segments, health, economy) and the
patterns for targets, bounds, changes, masks, datelines and sentence ends."""

from __future__ import annotations

import re

from .figures import CONSTRUCTION, FORMAL, INFORMAL, MIGRANT, OTHER, VULNERABLE
from .tokens import ANY_CASE, CAPITALISED, UPPER, _phrase_tokens, _PhraseMatcher

# Word lists, phrases separated by commas; matched on whole words, any case.
_TERMS: dict[str, str] = {
    # the percent is about coverage
    "cov": (
        "cakupan, cakupannya, cakupan semesta, coverage, kepesertaan, kepesertaannya, ucj, "
        "universal coverage, terlindungi, terlindung, dilindungi, tercover, ter cover, "
        "tercoverage, tercakup, terdaftar, pendaftaran, peserta, pesertanya, capaian, "
        "pencapaian, terjamin, perlindungan, keikutsertaan, mencover, dicover, jamsostek, "
        "bpjstk, bpjs tk, bpjamsostek, bpjs ketenagakerjaan, jaminan sosial ketenagakerjaan"
    ),
    # a count is of people covered
    "part": (
        "peserta, pesertanya, kepesertaan, tercover, ter cover, terlindungi, dilindungi, "
        "terdaftar, didaftarkan, mendaftarkan, terjamin, tercakup, terproteksi, dicover, "
        "diikutsertakan, mengikutsertakan, menjadi peserta"
    ),
    # a count is the population a rate is measured against
    "wf": (
        "penduduk bekerja, penduduk yang bekerja, angkatan kerja, potensi, semesta, bps, "
        "sakernas, pekerja potensial"
    ),
    "health": (
        "jkn, jkn kis, bpjs kesehatan, uhc, jaminan kesehatan, jaminan kesehatan nasional, "
        "kis, jamkesda, jamkesmas, universal health coverage, pbi, kartu indonesia sehat"
    ),
    "emp": (
        "ketenagakerjaan, ketenagakerjaannya, bpjstk, bpjs tk, bpjs naker, bpjamsostek, "
        "jamsostek, jamsosnaker, ucj, jaminan sosial tenaga kerja, bpjs ketenagakerjaan, "
        "jaminan sosial ketenagakerjaan"
    ),
    # the percent is some other indicator
    "econ": (
        "pertumbuhan ekonomi, ekonomi, inflasi, kemiskinan, pengangguran, tpt, pdrb, ipm, "
        "suku bunga, bunga, upah minimum, ump, umk, umr, investasi, pajak, stunting, "
        "elektabilitas, suara, tingkat partisipasi angkatan kerja, tpak, diskon, "
        "realisasi anggaran, serapan anggaran, serapan, indeks"
    ),
    "budget": (
        "anggaran, anggarannya, pagu, apbd, apbdes, apbn, dialokasikan, mengalokasikan, "
        "alokasi, alokasikan, dana, dianggarkan, menganggarkan, biaya, membiayai, dibiayai, "
        "csr, hibah, menyiapkan, disiapkan, mengucurkan, dikucurkan, menggelontorkan, "
        "digelontorkan, menyediakan, disediakan"
    ),
    # an amount that is not a budget for worker protection
    "budget_x": (
        "santunan, santunannya, klaim, ahli waris, beasiswa, tunggakan, piutang, denda, pad, "
        "pendapatan, investasi, dana kelolaan, kelolaan, pinjaman, kredit, omzet, "
        "realisasi anggaran, serapan anggaran, aset, laba, jht, pencairan, dibayarkan"
    ),
    # a small amount per person (premium, wage, benefit)
    "budget_small": "iuran, premi, upah, gaji, ump, umk, manfaat, hadiah, uang pembinaan",
    "award": (
        "penghargaan, award, awards, paritrana, juara, zona, anugerah, predikat, prestasi, "
        "peringkat, pemenang, nominasi"
    ),
    "seg_formal": "penerima upah, pu, ppu, formal, sektor formal",
    "seg_informal": "bukan penerima upah, bpu, pbpu, informal, non formal, nonformal",
    "seg_construction": "jasa konstruksi, jakon, konstruksi",
    "seg_migrant": "pekerja migran, migran, pmi, tki, buruh migran",
    "seg_vulnerable": "rentan, pekerja rentan",
    # groups regions are asked to enrol (domain notes 3.1): their own rates, not the region's
    "seg_other": (
        "non asn, asn, honorer, tenaga honorer, perangkat desa, aparatur desa, aparat desa, "
        "rt rw, ketua rt, guru, guru mengaji, tenaga kependidikan, gtk, tenaga kesehatan, nakes, "
        "marbot, imam masjid, ekosistem desa, penyelenggara pemilu, badan adhoc, kader posyandu"
    ),
    "neg": "belum, tidak, tak, tanpa",
    # a national figure
    "nation": (
        "secara nasional, tingkat nasional, skala nasional, level nasional, cakupan nasional, "
        "coverage nasional, kepesertaan nasional, target nasional, capaian nasional, "
        "rata rata nasional, rerata nasional, se indonesia, seluruh indonesia, di indonesia"
    ),
}
# Abbreviations that are only meant in capitals ("PU", not "pu").
_TOPIC_CATEGORIES = ("cov", "emp", "part", "wf", "budget", "award")
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


_PERSON_WORDS = frozenset(
    """orang pekerja peserta tenaga jiwa karyawan karyawati buruh warga nelayan petani pegawai
    asn guru perangkat pedagang pengemudi ojek honorer kader marbot imam aparatur relawan sopir
    petugas ptt pppk penyelenggara pengurus aparat tki pmi tukang perawat bidan dokter penyuluh
    pendamping pengajar dosen peternak pekebun pelaut awak pemulung kuli satpam nakes pelajar
    mahasiswa penggarap pekerjanya pesertanya jamaah penghulu pendeta penjaga semesta potensi
    angkatan""".split()
)
_CONNECTOR_WORDS = frozenset(
    """dan atau yang dari di pada untuk per hingga sampai serta sedangkan sementara ini itu
    tersebut lebih kurang sekitar dengan se ke bagi menjadi adalah yaitu yakni namun tetapi tapi
    karena sehingga agar jika pun saja lagi sudah telah baru masih akan se-indonesia sebanyak
    sebesar setiap tiap atas oleh dalam""".split()
)


_REGULATION = (
    r"(?:inpres|impres|instruksi\s+presiden|perpres|peraturan\s+presiden|keppres"
    r"|keputusan\s+presiden|pp|peraturan\s+pemerintah|uu|undang[-\s]undang|permendagri"
    r"|permenaker|permen\w*|peraturan\s+menteri(?:\s+\w+){0,3}|perda|peraturan\s+daerah|pergub"
    r"|peraturan\s+gubernur|perbup|peraturan\s+bupati|perwal|perwali|peraturan\s+wali\s*kota"
    r"|kepmendagri|kepmen\w*|kepgub|keputusan\s+\w+|se|surat\s+edaran(?:\s+\w+){0,2}|sk"
    r"|instruksi\s+\w+)"
)
_MASK_RE = re.compile(
    rf"\b{_REGULATION}[ \t]*(?:ri[ \t]+)?(?:(?:nomor|nomer|no\.?|nr\.?)[ \t]*:?[ \t]*)?"
    r"\d[\w./-]*(?:[ \t]*(?:tahun|thn\.?|/)[ \t]*\d{4})?"
    r"|\b(?:nomor|nomer|no\.?|nr\.?)[ \t]*:?[ \t]*\d[\w./-]*(?:[ \t]*(?:tahun|thn\.?)[ \t]*\d{4})?"
    r"|\btim[ \t]+\d+\b"
    r"|\b(?:pasal|ayat|huruf|halaman|hal\.|lantai|rt|rw|km|kilometer|jalan|jl\.|blok|kode"
    r"|gelombang|tahap|batch|sesi|kloter|edisi|periode|angka[ \t]+kecelakaan)[ \t]*\d+\b"
    r"|\bpukul[ \t]+\d{1,2}(?:[.:]\d{2})?"
    r"|\b\d{1,2}[.:]\d{2}[ \t]*(?:wib|wita|wit)\b"
    r"|\bcovid[-\s]?19\b"
    r"|https?://\S+|www\.\S+"
    r"|(?<!\d)(?:\+62|0)8\d{1,3}[-\s]?\d{3,4}[-\s]?\d{3,5}(?!\d)",
    re.IGNORECASE,
)
_MASK_TRIGGER_RE = re.compile(
    r"(?<![^\W\d_])(?:inpres|impres|instruksi|perpres|peraturan|keppres|keputusan|pp|uu|undang"
    r"|permen[a-z]*|kepmen[a-z]*|perda|pergub|perbup|perwal|perwali|kepgub|se|surat|sk|nomor"
    r"|nomer|no|nr|tim|pasal|ayat|huruf|halaman|hal|lantai|rt|rw|km|kilometer|jalan|jl|blok|kode"
    r"|gelombang|tahap|batch|sesi|kloter|edisi|periode|angka|pukul|covid|https?|www)(?![^\W\d_])"
    r"|(?<![\w.,/-])(?:\d{1,2}[.:]\d{2}[ \t]*wi|08|\+62)"
)
_REGION_MASK_RE = re.compile(
    r"(?i:\bsulawesi[ \t]*(?:dan[ \t]+|&[ \t]*|-[ \t]*)?maluku\b|\bsulama\b|\bsumbagut\b"
    r"|\bsumbagsel\b|\bsumbar[ \t]*riau\b|\bsumbarriau\b|\bbanuspa\b"
    r"|\bbali[ \t]*,?[ \t]*nusa[ \t]+tenggara[ \t]*,?[ \t]*(?:dan[ \t]+)?papua\b"
    r"|\bbali[ \t]*,?[ \t]*nusra[ \t]*,?[ \t]*(?:dan[ \t]+)?papua\b"
    r"|\bsumatera[ \t]+bagian[ \t]+(?:utara|selatan|tengah)\b)"
    r"|\b(?i:hotel|hote|gedung|aula|bandara|pelabuhan|universitas|univ\.|stadion|lapangan"
    r"|masjid|plaza|mall|rsud|rumah[ \t]+sakit|jalan|jl\.)(?:[ \t]+[A-Z][\w'\u2019.-]*){1,4}"
)
_REGION_MASK_TRIGGER_RE = re.compile(
    r"(?<![^\W\d_])(?:sulawesi|sulama|sumbagut|sumbagsel|sumbar|sumbarriau|banuspa|bali|sumatera"
    r"|hotel|hote|gedung|aula|bandara|pelabuhan|universitas|univ|stadion|lapangan|masjid|plaza"
    r"|mall|rsud|rumah|jalan|jl)(?![^\W\d_])"
)
_SKIP_LINE_RE = re.compile(
    r"[ \t]*(?:baca[ \t]+juga|simak[ \t]+juga|lihat[ \t]+juga|berita[ \t]+terkait"
    r"|artikel[ \t]+terkait|(?:\u2022[ \t]*)?bagikan|editor[ \t]*:|pewarta[ \t]*:|penulis[ \t]*:"
    r"|reporter[ \t]*:|redaktur[ \t]*:|copyright|\u00a9|sumber[ \t]*:|foto[ \t]*:|tags?[ \t]*:)",
    re.IGNORECASE,
)
_DATELINE_RE = re.compile(
    r"[ \t]*(?:(?P<outlet1>[\w-]+\.(?:com|co\.id|id|net|news|org))[ \t]*,[ \t]*)?"
    r"(?P<place>[A-Z][\w'\u2019.]*(?:[ \t]+[A-Z][\w'\u2019.]*){0,2})"
    r"(?P<paren>[ \t]*\([^()\n]{2,25}\))?"
    r"(?P<outlet2>[ \t]*,[ \t]*[\w.]{2,40}(?:[ \t]+[\w.]{2,40}){0,2})?"
    r"[ \t]*[-\u2013\u2014]{1,2}[ \t]+"
)
_WEEKDAY_AS_DAY_RE = re.compile(
    r"(?<=[,(][ \t])\w+['\u2019]?\w*(?=[ \t]*[.,)]|[ \t]*\(\d)|(?<=[,(])\w+['\u2019]?\w*(?=[.,)])"
)
_WEB_NAME_RE = re.compile(r"\.(?:com|id|net|org|news)\b", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(
    r"(?:copyright|\u00a9|\(c\))[^\n\d]{0,40}((?:19|20)\d{2})", re.IGNORECASE
)
_SENT_END_RE = re.compile(r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s|\(|$)")
_MAX_SENTENCE = 1000  # longer "sentences" (tables, junk) are cut into pieces
_TRAILING_WORD_RE = re.compile(r"(\w+)$")
_ABBREVIATIONS = frozenset(
    """kab kec kel prov no nomor rp jl dr drs dra ir h hj prof pj plt pjs pt cv st sh mh sp spd
    mpd msi mm sos dll dsb dkk tsb ybs sdr kh tgl th thn adm bpk yth ust gub kol brigjen mayjen
    jend kompol akbp kapt lettu sekda kadis kasi kabid""".split()
)
_STRONG_BREAK_RE = re.compile(
    r";|\b(?:sedangkan|sementara\s+itu|sementara|namun|tetapi|adapun|kemudian)\b", re.IGNORECASE
)
_SCOPE_PREP_RE = re.compile(
    r"(?:\b(?:di|se|dari|antar|tingkat|level|skala|wilayah|zona)|\bse-)[ \t]*"
    r"(?:(?:seluruh|provinsi|kabupaten|kab\.?|kota|kabupaten/kota|kab/kota|daerah|wilayah)"
    r"[ \t/]+)*$",
    re.IGNORECASE,
)
_SUPERLATIVE_RE = re.compile(
    r"\b(?:tertinggi|terendah|terbaik|terbesar|terbanyak|teratas|terbawah|peringkat|juara"
    r"|urutan|ranking|rangking)\b",
    re.IGNORECASE,
)
_NATION_SCOPE_START = ("tingkat", "skala", "level", "se")

# words just before a number
_BOUND_TAIL_RE = re.compile(
    r"(?:\bbelum[ \t]+(?:juga[ \t]+)?(?:mencapai|capai|sampai|menyentuh|tembus|menembus)"
    r"|\b(?:kurang|lebih|tidak[ \t]+kurang)[ \t]+dari|\bdi[ \t]*atas|\bdi[ \t]*bawah"
    r"|\bmelebihi|\bmelampaui|\bmaksimal|\bmaksimum|\bpaling[ \t]+banyak|[<>\u2264\u2265])"
    r"[ \t]*(?:angka[ \t]+|rp\.?[ \t]*)?$",
    re.IGNORECASE,
)
_CHANGE_TAIL_RE = re.compile(
    r"\b(?:naik|meningkat|tumbuh|turun|menurun|bertambah|berkurang|kenaikan|peningkatan"
    r"|penurunan|pertumbuhan|melonjak|anjlok|lonjakan|selisih|defisit|surplus)"
    r"[ \t]+(?:sebesar[ \t]+|sekitar[ \t]+|sekira[ \t]+|hampir[ \t]+|mencapai[ \t]+|lagi[ \t]+)?"
    r"(?:rp\.?[ \t]*)?$",
    re.IGNORECASE,
)
# either: the number is a bound or a change, not a level
_NOT_A_LEVEL_RE = re.compile(
    f"(?:{_BOUND_TAIL_RE.pattern})|(?:{_CHANGE_TAIL_RE.pattern})", re.IGNORECASE
)
_TARGET_WORD_RE = re.compile(
    r"\b(?:target\w*|ditargetkan|menargetkan|targetkan|sasaran|rencana|diproyeksikan)\b",
    re.IGNORECASE,
)
_CURRENT_WORD_RE = re.compile(
    r"\b(?:baru|saat[ \t]+ini|kini|sekarang|tercatat|capaian\w*|pencapaian|realisasi\w*|sudah"
    r"|telah|hanya|masih|posisi)\b",
    re.IGNORECASE,
)
_TOWARD_END_RE = re.compile(
    r"\b(?:menjadi|hingga|sampai|ke[ \t]+angka)[ \t]+"
    r"(?:sekitar[ \t]+|sekira[ \t]+|minimal[ \t]+)?$",
    re.IGNORECASE,
)
_TARGET_VERB_RE = re.compile(
    r"\b(?:(?:di|me|men)?tingkatkan|ditingkatkan|meningkatkan|(?:di|me)?naikkan|menaikkan"
    r"|didorong|mendorong|diharapkan|berharap|harapkan|akan|bisa|dapat|mampu|optimis\w*"
    r"|menuju|diupayakan|upayakan|berupaya|target\w*|ditargetkan)\b",
    re.IGNORECASE,
)
_ACHIEVED_RE = re.compile(r"\b(?:berhasil|telah|sudah)\b[^.;]{0,30}$", re.IGNORECASE)
_TARGET_AFTER_RE = re.compile(
    r"[ \t]*(?:yang[ \t]+)?(?:menjadi[ \t]+|sebagai[ \t]+|merupakan[ \t]+)?"
    r"(?:target|sasaran)\b",
    re.IGNORECASE,
)
_HOPE_RE = re.compile(
    r"\b(?:berharap|harapan|harap|semoga|target\w*|ingin|mengincar|incar|bertekad|akan"
    r"|diharapkan|mimpi)\b",
    re.IGNORECASE,
)
_DARI_TAIL_RE = re.compile(
    r"\bdari[ \t]+(?:(?:total|jumlah|sebanyak|sekitar|sekira|keseluruhan|potensi)[ \t]+)*"
    r"(?:sebanyak[ \t]+)?$",
    re.IGNORECASE,
)
_NUMERATOR_RE = re.compile(
    r"[^\d.;]{0,40}?\bdari[ \t]+(?:(?:total|jumlah|sebanyak|sekitar|sekira|keseluruhan)[ \t]+)*$",
    re.IGNORECASE,
)
_RESTATES_RE = re.compile(
    r"\batau[ \t]+(?:(?:sekitar|sekira|sebesar|setara|kurang[ \t]+lebih|\u00b1)[ \t]*)*$",
    re.IGNORECASE,
)
# people at an event ("diikuti 150 peserta sosialisasi") are not participants
_ATTENDANCE_RE = re.compile(
    r"\b(?:diikuti|dihadiri|menghadirkan|mengundang|menghadiri|hadir)\b"
    r"|\bpeserta[ \t]+(?:sosialisasi|pelatihan|kegiatan|acara|rapat|lomba|seminar|webinar"
    r"|workshop|bimtek|pertemuan|jalan[ \t]+sehat|upacara)\b",
    re.IGNORECASE,
)
_PERSON_TAIL_RE = re.compile(
    r"\b(?:pekerja|peserta|tenaga[ \t]+kerja|karyawan|buruh|orang|jiwa)\b", re.IGNORECASE
)
_FILLER_GAP_RE = re.compile(
    r"[\s()]*(?:(?:untuk|bagi|dari|pada|di|sektor|segmen|kategori|kelompok|pekerja|peserta"
    r"|tenaga|kerja|orang|jiwa|yang|merupakan|adalah|program|jenis|kepesertaan|status|sebagai"
    r"|golongan|aktif|terdaftar|khusus|kalangan|para|pegawai)[\s()]+){0,6}",
    re.IGNORECASE,
)
_CHAIN_GAP_RE = re.compile(
    r"[\s()]*(?:(?:atau|/|yakni|yaitu|alias)[\s()]*)?(?:(?:pekerja|peserta|sektor)[\s()]+)*",
    re.IGNORECASE,
)
# A sentence that continues the one before it ("Sementara Kabupaten Bangli ...",
# "... menargetkan angka itu naik ...") takes its topic from that sentence.
_CONTINUES_RE = re.compile(
    r"\W*(?:sementara|sedangkan|adapun|namun|kemudian|selain\s+itu)\b", re.IGNORECASE
)
_ANAPHORA_RE = re.compile(
    r"\b(?:angka|capaian|jumlah|persentase|realisasi|cakupan)\s+(?:itu|tersebut|ini)\b",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(
    r"\b(?:(?P<this_year>tahun[ \t]+ini)|(?P<last_year>tahun[ \t]+(?:lalu|sebelumnya|kemarin))"
    r"|(?P<next_year>tahun[ \t]+depan)|(?P<now>saat[ \t]+ini|kini|sekarang)"
    r"|(?P<this_month>bulan[ \t]+ini)|(?P<last_month>bulan[ \t]+lalu))\b",
    re.IGNORECASE,
)
