"""The patterns around a number that say what it is: targets, bounds,
changes, status, restatements, wholes and parts, attendance, dates and
sources (the word lists themselves are in ``lexicon``; the text step's
patterns, region masks, datelines, sentence ends and venues, are in
``cues_text``; the region step's, national sources and offices' areas, in
``cues_places``)."""

from __future__ import annotations

import re

# words just before a number
_BOUND_TAIL_RE = re.compile(
    r"(?:\bbelum[ \t]+(?:juga[ \t]+)?(?:mencapai|capai|sampai|menyentuh|tembus|menembus)"
    r"|\b(?:kurang|lebih|tidak[ \t]+kurang)[ \t]+dari|\bdi[ \t]*atas|\bdi[ \t]*bawah"
    r"|\bmelebihi|\bmelampaui|\bmaksimal|\bmaksimum|\bpaling[ \t]+banyak|[<>\u2264\u2265]"
    r"|\bjauh[ \t]+(?:dari|di[ \t]*bawah))"
    r"[ \t]*(?:angka[ \t]+|rp\.?[ \t]*)?$",
    re.IGNORECASE,
)
# "naik 11,97 ribu", "kenaikan peserta PMI sebesar 41,95 persen", "meningkatkan
# cakupan 20 persen": a change; "meningkat menjadi 62 persen", "meningkat dengan
# jumlah peserta mencapai 147 ribu" are levels
_CHANGE_TAIL_RE = re.compile(
    r"\b(?:naik|meningkat|meningkatkan|menaikkan|tumbuh|turun|menurun|bertambah|berkurang"
    r"|kenaikan|peningkatan|penurunan|pertumbuhan|penambahan|melonjak|anjlok|lonjakan|selisih"
    r"|defisit|surplus)"
    r"(?:[ \t]+(?!menjadi\b|jadi\b|mencapai\b|hingga\b|sampai\b|ke\b|dari\b|pada\b|di\b|tahun\b"
    r"|dengan[ \t]+(?:jumlah|total)\b)"
    r"[^\W\d_]+){0,3}"
    r"[ \t]+(?:sebesar[ \t]+|sekitar[ \t]+|sekira[ \t]+|hampir[ \t]+|lagi[ \t]+)?"
    r"(?:rp\.?[ \t]*)?$",
    re.IGNORECASE,
)
# either: the number is a bound or a change, not a level
_NOT_A_LEVEL_RE = re.compile(
    f"(?:{_BOUND_TAIL_RE.pattern})|(?:{_CHANGE_TAIL_RE.pattern})", re.IGNORECASE
)
# the words each half needs (lower-cased stems: every alternative holds one), so
# that each is tried only where they are ("nambah" for penambahan, "nurun" for menurun)
_BOUND_STEMS = (
    "belum", "kurang", "lebih", "atas", "bawah", "lampaui", "maksim", "banyak", "jauh", "<",
    ">", "\u2264", "\u2265",
)  # fmt: skip
_CHANGE_STEMS = (
    "naik", "ningkat", "tumbuh", "turun", "nurun", "tambah", "nambah", "kurang", "lonjak",
    "anjlok", "selisih", "defisit", "surplus",
)  # fmt: skip
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
    r"|menuju|diupayakan|upayakan|berupaya|target\w*|ditargetkan|menargetkan|targetkan"
    r"|harus|wajib)\b",
    re.IGNORECASE,
)
_ACHIEVED_RE = re.compile(r"\b(?:berhasil|telah|sudah)\b[^.;]{0,30}$", re.IGNORECASE)
_TARGET_AFTER_RE = re.compile(
    r"[ \t]*(?:yang[ \t]+)?(?:menjadi[ \t]+|sebagai[ \t]+|merupakan[ \t]+)?"
    r"(?:target|sasaran)\b"
    # "40% Pekerja Ditargetkan Terlindungi": the share planned for a group
    # (not "29,97% dan ditargetkan pada tahun 2045 mencapai 85,83%": the next clause)
    r"|(?:[ \t]+(?!dan\b|serta\b|sedangkan\b)[^\W\d_]+){0,2}?[ \t]+(?:ditargetkan|diproyeksikan)\b",
    re.IGNORECASE,
)
# "68,05 persen atau 41,56 juta orang merupakan peserta aktif": a share of the
# registered by status, not coverage
_STATUS_SHARE_RE = re.compile(
    # (not "yang terdaftar sebagai peserta aktif": the registered, the coverage)
    # (nor "yang tercatat sebagai peserta aktif": the same, said of the workers)
    r"[^.;]{0,50}?(?<!terdaftar )(?<!tercatat )\b(?:merupakan|adalah|berstatus|sebagai"
    r"|(?<!yang )tercatat[ \t]+sebagai)[ \t]+"
    r"peserta[ \t]+(?:non[ \t-]?aktif|tidak[ \t]+aktif|aktif)\b",
    re.IGNORECASE,
)
# "19,52 juta orang merupakan peserta non aktif": lapsed members, not participants
_INACTIVE_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|tenaga[ \t]+kerja)[ \t]+)?"
    r"(?:(?:merupakan|adalah|berstatus|sebagai)[ \t]+)?peserta[ \t]+"
    r"(?:non[ \t-]?aktif|tidak[ \t]+aktif|tak[ \t]+aktif)\b",
    re.IGNORECASE,
)
# "41,56 juta orang merupakan peserta aktif": the active members
_ACTIVE_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|tenaga[ \t]+kerja)[ \t]+)?"
    r"(?:(?:merupakan|adalah|berstatus|sebagai)[ \t]+)?peserta[ \t]+aktif\b",
    re.IGNORECASE,
)
# "peserta baru sebanyak 34.686", "34.686 peserta baru": new registrations (a
# flow), not the members; "peserta baru 77 ribu" (only 77 thousand) is a stock
_NEW_MEMBERS_TAIL_RE = re.compile(
    # "akuisisi perisai sebanyak 3.413 tenaga kerja": members acquired (by agents)
    r"\bakuisi(?:si)?\b[^.;\d]{0,30}$|"
    # "penambahan peserta selama Januari sampai Agustus 2018 yang sebanyak N": the
    # members added in a period (not "..., jumlah peserta kini mencapai N")
    r"\b(?:penambahan|pertambahan)[ \t]+(?:jumlah[ \t]+)?(?:peserta|kepesertaan|pekerja"
    r"|tenaga[ \t]+kerja)\b(?:(?!jumlah|total|menjadi|kini|sehingga|hingga[ \t]+kini)[^.;])"
    r"{0,90}?(?:yang[ \t]+)?(?:sebanyak|sejumlah|berjumlah|mencapai|sekitar|ada)[ \t]+$|"
    # (not "realisasi kepesertaan baru mencapai 555.276": only so many)
    r"\b(?:peserta|pekerja|tenaga[ \t]+kerja|kepesertaan(?![ \t]+baru[ \t]+mencapai))"
    r"[ \t]+baru[ \t]+"
    r"(?:yang[ \t]+)?(?:sebanyak|berjumlah|sejumlah|mencapai|tercatat|terdaftar|ada)\b"
    r"[^.;\d]{0,30}$",
    re.IGNORECASE,
)
_NEW_MEMBERS_AFTER_RE = re.compile(
    r"[ \t]*(?:orang[ \t]+)?(?:peserta|pekerja)[ \t]+baru\b"
    # "12 ribu pekerja di Kabupaten Lamongan menjadi peserta baru"
    r"|[^.;,\d]{0,60}?\b(?:menjadi|sebagai)[ \t]+peserta[ \t]+baru\b",
    re.IGNORECASE,
)
_HOPE_RE = re.compile(
    r"\b(?:berharap|harapan|harap|semoga|target\w*|ingin|mengincar|incar|bertekad|akan"
    r"|diharapkan|mimpi)\b",
    re.IGNORECASE,
)
_DARI_TAIL_RE = re.compile(
    r"(?<!terdiri )(?<!berasal )(?<!terbagi )\bdari[ \t]+"
    r"(?:(?:total|jumlah|sebanyak|sekitar|sekira|keseluruhan|potensi|estimasi|populasi)[ \t]+)*"
    r"(?:sebanyak[ \t]+)?$",
    re.IGNORECASE,
)
_NUMERATOR_RE = re.compile(
    r"[^\d.;]{0,40}?(?<!terdiri )(?<!berasal )\bdari[ \t]+"
    r"(?:(?:total|jumlah|sebanyak|sekitar|sekira|keseluruhan)[ \t]+)*$",
    re.IGNORECASE,
)
_RESTATES_RE = re.compile(
    r"\batau[ \t]+(?:(?:sekitar|sekira|sebesar|setara|kurang[ \t]+lebih|\u00b1)[ \t]*)*$",
    re.IGNORECASE,
)
# people at an event ("diikuti 150 peserta sosialisasi") are not participants
# people at an event: "diikuti 150 peserta", "dihadiri oleh sekitar 200 orang"
_ATTENDANCE_TAIL_RE = re.compile(
    r"\b(?:diikuti|dihadiri|menghadirkan|mengundang|menghadiri|hadir)[ \t]+"
    r"(?:(?:oleh|sebanyak|sekitar|lebih|dari|kurang|hampir)[ \t]+)*$"
    r"|\b(?:menghadiri|hadir)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_ATTENDANCE_EVENT_RE = re.compile(
    r"\bpeserta[ \t]+(?:sosialisasi|pelatihan|kegiatan|acara|rapat|lomba|seminar|webinar"
    r"|workshop|bimtek|pertemuan|jalan[ \t]+sehat|upacara)\b",
    re.IGNORECASE,
)
_ATTENDANCE_VERBS = ("hadir", "diundang")  # what the second half needs
_ATTENDANCE_RE = re.compile(
    _ATTENDANCE_EVENT_RE.pattern
    + r"|[ \t]*(?:\w+[ \t]+){0,2}(?:yang[ \t]+)?(?:hadir|menghadiri|diundang)\b",
    re.IGNORECASE,
)
_PERSON_TAIL_RE = re.compile(
    r"\b(?:pekerja|peserta|tenaga[ \t]+kerja|karyawan|buruh|orang|jiwa)\b", re.IGNORECASE
)
_FILLER_GAP_RE = re.compile(
    r"[\s()]*(?:(?:untuk|bagi|dari|pada|di|sektor|segmen|kategori|kelompok|pekerja|peserta"
    r"|tenaga|kerja|orang|jiwa|yang|merupakan|adalah|program|jenis|kepesertaan|status|sebagai"
    r"|golongan|aktif|terdaftar|khusus|kalangan|para|pegawai|aparat|aparatur|total|jumlah|seluruh"
    # ("24.286 Orang Tercatat Peserta Aktif Penerima Upah", "27.610 yang tercatat sebagai
    # pekerja formal")
    r"|populasi|tercatat|potensi|perusahaan"
    # "30 juta pekerja tergolong sebagai pekerja rentan": the group they are put in
    r"|lainnya|tergolong|digolongkan|dikategorikan|dikelompokkan)[\s()]+){0,6}",
    re.IGNORECASE,
)
_CHAIN_GAP_RE = re.compile(
    r"[\s()]*(?:(?:atau|/|yakni|yaitu|alias|dari[ \t]+(?:sektor|kalangan|kelompok)"
    # "2,8 juta pekerja formal dan informal": both, the total
    r"|dan|maupun|serta)[\s()]*)?"
    r"(?:(?:pekerja|peserta|sektor)[\s()]+)*",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(
    r"\b(?:(?P<this_year>tahun[ \t]+ini)|(?P<last_year>tahun[ \t]+(?:lalu|sebelumnya|kemarin))"
    r"|(?P<next_year>tahun[ \t]+depan)|(?P<now>saat[ \t]+ini|kini|sekarang)"
    r"|(?P<this_month>bulan[ \t]+ini)|(?P<last_month>bulan[ \t]+lalu))\b",
    re.IGNORECASE,
)


# "lebih dari 1,3 juta pekerja": a count stated as a lower bound is kept as stated
_LOWER_BOUND_TAIL_RE = re.compile(r"\blebih[ \t]+dari[ \t]*$", re.IGNORECASE)
# "55 persen tenaga kerja ... yang belum terlindungi", "267.790 tenaga kerja yang belum
# terdaftar": the uncovered, not the covered
_UNCOVERED_AFTER_RE = re.compile(
    r"[^.;\d]{0,90}?\b(?:belum|tidak|tak)[ \t]+(?:juga[ \t]+|pernah[ \t]+|sepenuhnya[ \t]+)?"
    # ("belum termasuk": not counted in, another group, not the uncovered)
    r"(?:ter(?!masuk\b)\w+|mendaftar\w*|didaftarkan|ikut\w*|menjadi[ \t]+peserta|memiliki"
    r"|mendapat\w*|dijamin|dilindungi|tersentuh)",
    re.IGNORECASE,
)
_UNCOVERED_TAIL_RE = re.compile(
    r"\b(?:belum|tidak|tak)[ \t]+(?:juga[ \t]+)?(?:ter(?!masuk\b)\w+|mendaftar\w*|didaftarkan"
    r"|ikut\w*|menjadi[ \t]+peserta|dijamin|dilindungi)"
    # "yang belum terjangkau mengikuti BPJS Ketenagakerjaan mencapai 89 persen": the
    # programme's name after the verb is no distance
    r"(?:[ \t]+(?:mengikuti|ikut|menjadi[ \t]+peserta|sebagai[ \t]+peserta|dalam|di|oleh)"
    r"(?:[ \t]+program)?[ \t]+(?:bpjs[ \t]+ketenagakerjaan|bpjamsostek|bpjs[ \t]*tk|jamsostek"
    r"|jaminan[ \t]+sosial[ \t]+ketenagakerjaan)\b)?[^.;\d]{0,30}$",
    re.IGNORECASE,
)
# "63,88 persen atau setara 395.239 pekerja": the same figure restated
_OR_RESTATES_RE = re.compile(
    r"[ \t]*\)?[ \t]*,?[ \t]*(?:atau|alias|setara|yakni|yaitu)[ \t]+"
    r"(?:(?:sekitar|sekira|sebanyak|sebesar|setara|dengan|kurang[ \t]+lebih|hanya|baru|hampir"
    r"|mencapai)[ \t]+)*$",
    re.IGNORECASE,
)
# "408.974 pekerja atau 23,32 persen": the count is the covered part of the rate
_COUNT_THEN_RATE_RE = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]+){0,4}?(?:,[ \t]*)?(?:atau|alias|setara|yakni|yaitu)[ \t]+"
    r"(?:(?:sekitar|sekira|sebesar|setara|dengan|kurang[ \t]+lebih|hanya|baru|hampir)[ \t]+)*$",
    re.IGNORECASE,
)
# "81 ribu pekerja rentan, atau sekitar 63 persen": a rate that restates a count
_COMMA_RESTATES_RE = re.compile(
    r"[^\d.;,]{0,60},[ \t]*(?:atau|alias|setara|yakni|yaitu)[ \t]+"
    r"(?:(?:sekitar|sekira|sebesar|setara|dengan|kurang[ \t]+lebih|hanya|baru|hampir)[ \t]+)*$",
    re.IGNORECASE,
)
# "Dari enam juta pekerja ..., baru 2,7 juta": the whole before the part
_WHOLE_TAIL_RE = re.compile(
    r"(?:^|\b)dari[ \t]+(?:(?:total|jumlah|sekitar|sekira|sebanyak|keseluruhan|seluruh|potensi"
    r"|kurang[ \t]+lebih|lebih[ \t]+dari)[ \t]+)*$",
    re.IGNORECASE,
)
_PART_FOLLOWS_RE = re.compile(
    # ("dari total 114.000 pekerja rentan, kini 71.000 telah terlindungi", "Dari total
    # 1,35 juta angkatan kerja, terdapat 962.711 peserta aktif")
    r"\b(?:baru|hanya|namun|tetapi|tapi|sebanyak|yang[ \t]+(?:sudah|telah|baru)|kini|sekarang"
    r"|(?<!masih )terdapat|tercatat|mendaftar|terdaftar)\b"
    r"[^\d;]{0,30}$",
    re.IGNORECASE,
)
# "20.614 pekerja rentan tersebut": a figure already stated, referred back to
# ("6.600 pekerja di sektor tersebut": the sector named before, not the count)
_BACK_REFERENCE_RE = re.compile(
    r"[ \t]*(?:(?!(?:di|dari|pada|ke|dalam)\b)[^\W\d_]+[ \t]+){0,3}?tersebut\b", re.IGNORECASE
)
# premiums paid for the workers by someone else: they are the vulnerable segment
_SUBSIDISED_RE = re.compile(
    r"\b(?:iuran\w*|premi\w*)\b[^.;]{0,50}?\b(?:ditanggung|tanggung|menanggung|dibayar\w*"
    r"|disubsidi|dibiayai)\b"
    r"|\b(?:subsidi|bantuan|menanggung|ditanggung|membayarkan|membayar|dibayarkan|membiayai"
    r"|mendanai|memberikan|memberi|pemberian)[ \t]+(?:pembayaran[ \t]+)?(?:iuran|premi)"
    # "untuk menanggung jaminan sosial sekitar 20 ribu pekerja": the cover itself paid for
    r"|\b(?:menanggung|membiayai)[ \t]+(?:jaminan[ \t]+sosial|kepesertaan)\b"
    # "pemberian PBI kepada 23 ribu pekerja", "mengalokasikan PBI melalui APBD"; "jumlah
    # penerima bantuan" (of the premiums)
    r"|\b(?:pemberian|memberikan|mengalokasikan|alokasi)[ \t]+PBI\b|\bpenerima[ \t]+bantuan\b"
    # "diberikan melalui mekanisme Dana Bagi Hasil Cukai Hasil Tembakau (DBHCHT)"
    r"|\bmelalui[ \t]+(?:mekanisme[ \t]+|skema[ \t]+|program[ \t]+)?(?:dana[ \t]+bagi[ \t]+hasil"
    r"[ \t]+cukai|dbhcht)\b"
    # "melalui skema Dana Bagi Hasil (DBH) Sawit", "yang didanai dari DBH Sawit": a
    # revenue share of the region pays (any kind: sawit, cukai, migas)
    r"|\b(?:melalui|didanai|dibiayai|dari|bersumber[ \t]+dari|menggunakan|memanfaatkan)[ \t]+"
    r"(?:mekanisme[ \t]+|skema[ \t]+"
    r"|program[ \t]+)?(?:dana[ \t]+bagi[ \t]+hasil|dbh(?:cht)?)\b"
    # "Pembayaran premi untuk ... menggunakan dana yang bersumber dari APBD"
    r"|\bpembayaran[ \t]+(?:iuran|premi)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:apbd|apbdes"
    r"|anggaran[ \t]+pendapatan)\b"
    # "Program ini didanai melalui APBD", "melalui pembiayaan pemerintah daerah"
    r"|\bdidanai[ \t]+(?:oleh[ \t]+|dari[ \t]+|melalui[ \t]+)?(?:anggaran[ \t]+pendapatan|apbd"
    r"|apbdes|apbn|pemerintah|pemda|pemkab|pemkot|pemprov)\b"
    r"|\bmelalui[ \t]+pembiayaan[ \t]+(?:dari[ \t]+)?(?:pemerintah|pemda|pemkab|pemkot|pemprov"
    r"|apbd|apbdes)\b"
    # "tercover perlindungan BPJS Ketenagakerjaan secara gratis": no premium of their own
    r"|\b(?:tercover|dicover|terlindungi|dilindungi|didaftarkan|terdaftar|mendapat\w*|menerima)\b"
    r"[^.;]{0,60}?\b(?:secara[ \t]+)?gratis\b"
    # "Pemkab ... mengalokasikan anggaran ... untuk perlindungan 34.400 pekerja",
    # "pemerintah daerah telah menganggarkan program perlindungan ... kepada N pekerja"
    r"|\b(?:pemerintah|pemkab|pemkot|pemprov|pemda)\b[^.;]{0,60}?\b(?:menganggarkan|mengalokasikan)"
    r"\b[^.;]{0,80}?\b(?:perlindungan|bantuan[ \t]+iuran|iuran|premi)\b"
    # "dari alokasi anggaran yang diberikan Pemda X sebesar Rp2 miliar dapat mengcover"
    r"|\balokasi[ \t]+anggaran\b[^.;]{0,60}?\b(?:pemerintah|pemkab|pemkot|pemprov|pemda|apbd)\b"
    r"[^.;]{0,80}?\b(?:meng-?cover|mencover|menanggung|membiayai|melindungi)\b"
    r"|\bditanggung[ \t]+(?:oleh[ \t]+)?(?:pemerintah|pemkab|pemkot|pemprov|pemda|apbd|negara)"
    # "yang dibayarkan dengan Anggaran Pendapatan Belanja Daerah", "dicover pemerintah"
    r"|\b(?:melalui[ \t]+)?pendanaan[ \t]+(?:dari[ \t]+)?(?:dana[ \t]+bagi[ \t]+hasil|apbd|apbn"
    r"|dbhcht)\b"
    r"|\b(?:dibayar\w*|dibiayai|dicover|dicovered|ditanggung)[ \t]+(?:(?:oleh|dengan|dari|melalui)"
    r"[ \t]+)?(?:dana[ \t]+|pembiayaan[ \t]+)?(?:anggaran[ \t]+pendapatan[ \t]+(?:dan[ \t]+)?"
    r"belanja[ \t]+(?:daerah|desa)|apbd|apbdes|apbn|pemerintah|pemda|pemkab|pemkot|pemprov)\b"
    r"|\b(?:iuran\w*|premi\w*)[ \t]+(?:nya[ \t]+)?(?:dari|melalui|bersumber[ \t]+dari|lewat)"
    r"[ \t]+(?:dana[ \t]+)?(?:apbd|apbn|apbdes|desa|pemerintah|pemda|pemkab|pemkot|pemprov"
    r"|baznas|csr)"
    # "didaftarkan oleh Pemkot", "Pemkab ... mendaftarkan 4.500 pekerja ... melalui APBD"
    r"|\bdidaftarkan[ \t]+(?:oleh[ \t]+)?(?:pemerintah|pemkab|pemkot|pemprov|pemda)\b"
    # "telah terlindungi BPJS Ketenagakerjaan melalui APBD"
    r"|\b(?:terlindungi|dilindungi|didaftarkan|terdaftar|dicover|tercover)\b[^.;]{0,40}?"
    r"\b(?:melalui|lewat|dengan)[ \t]+(?:dana[ \t]+)?(?:apbd|apbn|apbdes)\b"
    r"|\b(?:pemerintah|pemkab|pemkot|pemprov|pemda)\b[^.;]{0,40}?\bmendaftarkan\b[^;]{0,100}?"
    r"\b(?:melalui|lewat|dengan|dari|menggunakan)[ \t]+(?:dana[ \t]+)?(?:apbd|apbn|apbdes)\b",
    re.IGNORECASE,
)
# workers in general, for a count in a sentence about BPJS Ketenagakerjaan
_WORKER_NOUN_RE = re.compile(
    r"[ \t]*(?:\([ \t]*)?(?:pekerja|pekerjanya|tenaga[ \t]+kerja|karyawan|buruh|orang|jiwa"
    r"|peserta|pegawai)\b",
    re.IGNORECASE,
)
# "48,7 persen dari total PMI yang terdaftar": a share of the registered, not coverage
# (not "dari total jumlah peserta yang ada tiga juta orang": "peserta" given its
# size right after, the workers who ought to be members, not the registered)
_NOT_SIZED_AHEAD = (
    r"(?![^.;\d]{0,25}(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
    r"|se\w+)[ \t]+(?:juta|ribu)\b))"
)
_SHARE_OF_REGISTERED_RE = re.compile(
    r"[ \t]*dari[ \t]+(?:(?:total|jumlah|seluruh|keseluruhan)[ \t]+)*"
    r"(?:peserta\b" + _NOT_SIZED_AHEAD + r"|[^\W\d_]+[ \t]+yang[ \t]+terdaftar"
    r"|(?:apbd|apbn|apbdes|anggaran|dana|pendapatan|pad|belanja)\b"
    # "102 persen dari target" (an achievement), not "35,68 persen dari target 52,15 persen"
    r"|(?:target|sasaran)\b(?![^.;\d]{0,40}\d))"
    # "80 persen peserta ... adalah pekerja formal": a share among the participants
    r"|[ \t]+(?:(?:total|seluruh|jumlah)[ \t]+)?peserta\b(?![ \t]+(?:aktif|terdaftar)\b)",
    re.IGNORECASE,
)
# a proper name right before a percent ("Taiwan 36,55 persen"): one share of a list
_NAME_BEFORE_RE = re.compile(
    r"\b[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?[ \t]+(?:(?:dengan|sebesar|sekitar)[ \t]+)?$"
)

# a comma or a new clause between a number and a date after it
_CLAUSE_GAP_RE = re.compile(r",(?!\d)|[;:]|\b(?:lalu|kemudian|dan[ \t]+(?:pada|di))\b")
# "APBD 2026", "anggaran tahun 2025": the fiscal year of a budget
_BUDGET_YEAR_RE = re.compile(
    r"\b(?:APBD|APBN|APBDes|APBD-P|APBD[ \t]+Perubahan|tahun[ \t]+anggaran|TA)\.?[ \t]+"
    r"(?:tahun[ \t]+)?((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# the words (lower-cased) that every match of it starts with
_BUDGET_YEAR_WORDS = frozenset({"apbd", "apbn", "apbdes", "tahun", "ta"})

# "baru sekitar 49.397 orang", "hanya 2.852": the covered part
_ONLY_TAIL_RE = re.compile(
    r"\b(?:baru|hanya)[ \t]+(?:(?:sekitar|sekira|sebanyak|mencapai|tercatat|ada)[ \t]+)*$",
    re.IGNORECASE,
)
# "untuk alokasi 20 ribu keluarga", "akan didaftarkan 5.000 pekerja": a plan
_PLANNED_RE = re.compile(
    r"\b(?:akan|alokasi|(?:meng|di)?alokasikan|kuota|direncanakan|rencananya|berencana"
    r"|merencanakan|rencana)\b",
    re.IGNORECASE,
)
# a growth rate: "Tren pertumbuhan kepesertaan PMI ... sebesar 151 persen"
_GROWTH_WORD_RE = re.compile(
    r"\b(?:pertumbuhan|kenaikan|peningkatan|penurunan|tumbuh|naik|turun|melonjak)\b"
    r"(?!(?:[^\d]|(?:19|20)\d\d)*\b(?:menjadi|jadi|mencapai|capaian|cakupan|coverage|sebanyak|ke|dari"
    r"|(?:hingga|sampai)(?![ \t]+(?:dengan[ \t]+)?(?:19|20)\d\d)|target\w*"
    # "naik dibanding tahun 2023 yang sebesar 24,1 persen": the earlier level
    r"|dibanding\w*[^\d]{0,20}?(?:(?:19|20)\d\d)?[^\d]{0,10}?\byang)\b)"
    r"(?:[^\d]|(?:19|20)\d\d)*$",
    re.IGNORECASE,
)
# "BPJS Ketenagakerjaan Sulawesi Tenggara", "Cabang Pontianak": an office, not the place
_OFFICE_BEFORE_RE = re.compile(
    r"\b(?:bpjs[ \t]+ketenagakerjaan|bpjs[ \t-]+tk|bpjamsostek|bpjstk|jamsostek|kanwil"
    r"|kantor[ \t]+wilayah|kantor[ \t]+cabang|kantor[ \t]+bpjs|cabang|kacab|kakanwil)"
    r"(?:[ \t]*\([\w ]{2,20}\))?[ \t]+"
    r"(?:(?:kantor[ \t]+)?(?:cabang|wilayah|provinsi|prov\.?)[ \t]+)?$",
    re.IGNORECASE,
)
# "Cakupan BPJS Ketenagakerjaan Kabupaten A 55,2 persen", "Peserta BPJS Ketenagakerjaan
# Kota B ...": the programme's figure of the place, no office acting (round "probe";
# not "dengan kepesertaan BPJS Ketenagakerjaan Jakarta", an office's register)
_PROGRAMME_OF_PLACE_RE = re.compile(
    r"\b(?:cakupan|coverage|peserta(?:[ \t]+aktif)?|capaian)[ \t]+"
    r"(?:(?:kepesertaan|program)[ \t]+)?"
    r"(?:bpjs[ \t]+ketenagakerjaan|bpjamsostek|bpjstk|jamsostek)[ \t]+$",
    re.IGNORECASE,
)
# segment words excluded from the count: "di luar ASN, TNI, dan Polri", "kalau
# dikurangi ASN dan Polri, sudah mencapai 65 persen"
_EXCLUDING_RE = re.compile(
    # "selain itu" is "besides", not "except"
    r"\b(?:di[ \t]*luar|selain(?![ \t]+(?:itu|ini)\b)|kecuali|tidak[ \t]+termasuk|tanpa"
    r"|dikurangi|dikurangkan)\b"
    r"[^;.]{0,45}$",
    re.IGNORECASE,
)
# a status date that later undated figures share: "per 31 Maret 2025", "hingga Agustus 2021",
# "hingga periode September 2022"
_STATUS_DATE_TAIL_RE = re.compile(
    r"\b(?:per|hingga|sampai(?:[ \t]+dengan)?|s\.?d\.?|posisi|data|pada|tahun)[ \t]+"
    r"(?:(?:akhir|awal|pertengahan|bulan|tanggal|tahun|periode)[ \t]+)?$",
    re.IGNORECASE,
)

# segment words joined into one group: "formal maupun informal", "informal rentan"
_JOINED_GAP_RE = re.compile(
    r"[ \t/&()-]*(?:(?:,[ \t]*)?(?:dan|maupun|serta|atau|juga)[ \t]+)?"
    r"(?:(?:pekerja|sektor|peserta|tenaga[ \t]+kerja|yang)[ \t]+)*",
    re.IGNORECASE,
)

# "30 hingga 40 persen", "37-38 persen": a range, not a figure
_RANGE_TAIL_RE = re.compile(
    r"\d[\d.,]*[ \t]*(?:persen|%)?[ \t]*(?:hingga|sampai|s\.?d\.?|-|\u2013|ke)[ \t]*$",
    re.IGNORECASE,
)
# nothing more in the clause after a number ("..., seperti di Gorontalo Utara 60 persen.")
_BARE_END_RE = re.compile(r"[\s.,;:)\"'\u201d\u2019]*")
_ALSO_START_RE = re.compile(
    r"\W*(?:demikian[ \t]+(?:juga|pula)|begitu[ \t]+(?:juga|pula)|sama[ \t]+halnya|seperti"
    r"|sementara|sedangkan|adapun"
    # "A dan B memiliki cakupan lebih rendah. Masing-masing 26% dan 31%.": the
    # figures of the places just named, of the kind that sentence talks about
    r"|masing-masing|masing2|berturut-turut)\b",
    re.IGNORECASE,
)

# the level word in front of a region name ("Kabupaten", "Pemkab", "Kota")
_LEVEL_WORD_RE = re.compile(
    r"^(?:pemerintah[ \t]+(?:kabupaten|kota|provinsi)|kabupaten|kab\.?|kota|pemkab|pemkot"
    r"|provinsi|prov\.?|pemprov)[ \t]+",
    re.IGNORECASE,
)
# "2.288 perusahaan dengan total tenaga kerja sebanyak 54.719", "81.321 usaha dengan
# jumlah tenaga kerja 3,4 juta", "1.990 perusahaan dengan 38.348 tenaga kerja" (the
# workers named after the number): the workers they registered
_EMPLOYERS_WORKERS_RE = re.compile(
    r"[ \t]*(?:perusahaan|badan[ \t]+usaha|pemberi[ \t]+kerja|usaha)\b[^\d.;]{0,40}?\bdengan[ \t]+"
    r"(?:(?:total|jumlah|sebanyak)[ \t]+)*(?:(?:tenaga[ \t]+kerja|pekerja|karyawan)\b[^\d.;]{0,25}"
    r"|(?=[\d.,]+(?:[ \t]*(?:ribu|juta))?[ \t]+(?:orang[ \t]+)?"
    r"(?:tenaga[ \t]+kerja|pekerja|karyawan)\b))",
    re.IGNORECASE,
)


_TABLE_NUMBER_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+")
_TABLE_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,])")

# "12,345 peserta": a thousands comma, the English way, where a whole count is meant
_ENGLISH_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+")

# "berpenduduk 3,7 juta jiwa": the population, not workers ("jumlah penduduk
# bekerja di Kota X 322.000 orang" are the workers)
_POPULATION_TAIL_RE = re.compile(
    r"\b(?:berpenduduk|populasi|(?:jumlah[ \t]+)?penduduk(?![ \t]+(?:yang[ \t]+)?bekerja))"
    r"\b[^\d.;]{0,25}$",
    re.IGNORECASE,
)

# the edition of an award: "Paritrana Award 2024"
_AWARD_YEAR_RE = re.compile(
    r"\b(?:paritrana(?:[ \t]+award)?|award)[ \t]+(?:tahun[ \t]+)?((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_AWARD_YEAR_WORDS = frozenset({"paritrana", "award"})

# the rest of a clause that names no new group: "..., namun yang terdaftar baru"
_RELATIVE_ONLY_RE = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]*)?[ \t,]*(?:(?:namun|tetapi|tapi|dan|sedangkan)[ \t]+)?"
    r"yang[ \t]+[^\d,;]{0,40}$",
    re.IGNORECASE,
)


# a date that belongs to the number right before it: "35,6 persen pada 2024"
_OWN_DATE_GAP_RE = re.compile(
    r"[ \t]*(?:\([ \t]*)?(?:(?:pada|di|per|hingga|sampai|tahun|bulan|akhir|posisi)[ \t]+){0,2}"
)

# words that name coverage itself (not just the institution)
_COVERAGE_NOUN_RE = re.compile(
    r"\b(?:cakupan\w*|coverage|kepesertaan\w*|capaian\w*|ucj|terlindung\w*|terdaftar|peserta"
    r"|tercover|universal|tercakup|perlindungan)\b",
    re.IGNORECASE,
)

# counts of something that happened to workers, not of workers enrolled
_EVENT_COUNT_RE = re.compile(
    # (not the benefit "jaminan kecelakaan kerja" a protection covers)
    r"\b(?<!jaminan )(?<!jaminan\t)(?:kecelakaan|meninggal|wafat|korban|kasus|pelatihan|dilatih"
    r"|phk|di-phk|dirumahkan|menganggur|beasiswa|mudik|vaksin\w*|antre\w*)\b",
    re.IGNORECASE,
)

# a speech attribution closing a quote: '," kata Panji', ", ujarnya"
_SAID_RE = re.compile(
    r"(?:kata|ujar|ungkap|jelas|tutur|ucap|tegas|sebut|papar|terang|imbuh|tambah|lanjut)\w*\b",
    re.IGNORECASE,
)
# words for everyone, not one group: "total", "seluruh", "secara keseluruhan"
# ("jumlah itu" points back to the group just counted)
_WHOLE_WORD_RE = re.compile(
    r"\b(?:total|seluruh|keseluruhan|semua|jumlah(?![ \t]+(?:itu|tersebut|ini)\b)"
    r"|secara[ \t]+umum)\b",
    re.IGNORECASE,
)

# "tiga pemerintah daerah berhasil meraih predikat terbaik": several winners share
# the words, none has a place by them
_SEVERAL_WINNERS_TAIL_RE = re.compile(
    r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|[2-9]|[1-9]\d)[ \t]+"
    r"(?:pemerintah[ \t]+daerah|pemda|kabupaten(?:/kota)?|kota|daerah|perusahaan)\b"
    r"[^\d.;,:]{0,50}$",
    re.IGNORECASE,
)
# "29.040 orang dan jumlah yang belum terlindungi sebanyak 41.386 orang": the
# uncovered are the next number's, named after a new subject
_REST_COUNTED_NEXT_RE = re.compile(
    r"[^.;\d]{0,40}?\b(?:dan|sedangkan|serta|sementara)[ \t]+(?:(?:jumlah|total)[ \t]+)?yang[ \t]+"
    r"(?:belum|tidak)\b[^.;\d]{0,60}?\b(?:sebanyak|sejumlah|sekitar|mencapai|ada)[ \t]*",
    re.IGNORECASE,
)
