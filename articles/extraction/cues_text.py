"""The patterns the text step reads before any number: region masks, skipped
lines, datelines, sentence ends and clause breaks, scopes and superlatives, a
list item's figure, a continuing sentence, venues, paying governments and a
story about the whole country (used by ``article`` and ``mention_roles``)."""

from __future__ import annotations

import re

_REGION_MASK_RE = re.compile(
    r"(?i:\bsulawesi[ \t]*(?:dan[ \t]+|&[ \t]*|-[ \t]*)?maluku\b|\bsulama\b|\bsumbagut\b"
    r"|\bsumbagsel\b|\bsumbar[ \t]*riau\b|\bsumbarriau\b|\bbanuspa\b"
    r"|\bbali[ \t]*,?[ \t]*nusa[ \t]+tenggara[ \t]*,?[ \t]*(?:dan[ \t]+)?papua\b"
    r"|\bbali[ \t]*,?[ \t]*nusra[ \t]*,?[ \t]*(?:dan[ \t]+)?papua\b"
    r"|\bsumatera[ \t]+bagian[ \t]+(?:utara|selatan|tengah)\b)"
    r"|\b(?i:hotel|hote|gedung|aula|bandara|pelabuhan|universitas|univ\.|stadion|lapangan"
    r"|masjid|plaza|mall|rsud|rumah[ \t]+sakit|jalan|jl\.|bank)(?:[ \t]+[A-Z][\w'\u2019.-]*){1,4}"
    # "CSR BPD Bali", "BPD Kalbar": a regional bank (not the village council,
    # "BPD Kabupaten X"), not the place of the workers it helps protect
    r"|\bBPD(?![ \t]+(?:Kabupaten|Kab\.|Kota|Provinsi|Desa|se)\b)(?:[ \t]+[A-Z][\w'\u2019.-]*){1,3}"
    # "Surat Edaran Sekretariat Daerah Provinsi Jawa Timur ... ditargetkan 95,37%": a
    # circular's issuer, not the place of the regions it sets a level for
    r"|\b(?i:surat[ \t]+edaran)(?:[ \t]+(?:\([A-Z]{2,6}\)|[A-Z][\w'\u2019.-]*)){1,6}"
    # "Desa Batu Merah", "Kelurahan Sukamaju": a village, not the region named alike
    # (but "aparat desa Kabupaten X" names the regency)
    r"|\b(?i:desa|kelurahan|kel\.|dusun|kampung|gampong|nagari)(?![ \t]+(?:Kabupaten|Kab\.|Kota"
    r"|Provinsi)[ \t])(?:[ \t]+[A-Z][\w'\u2019.-]*){1,4}"
    # "(Humas Pemprov Jabar/Golali.id)": a credit, not the figures' place
    r"|(?<=\()[ \t]*(?i:humas)(?:[ \t]+[A-Z][\w'\u2019.-]*){1,4}(?=[ \t]*[/)])"
)
# the first words of _REGION_MASK_RE's alternatives (tried only at these tokens)
_REGION_MASK_WORDS = frozenset((
    "sulawesi", "sulama", "sumbagut", "sumbagsel", "sumbar", "sumbarriau", "banuspa", "bali",
    "sumatera", "hotel", "hote", "gedung", "aula", "bandara", "pelabuhan", "universitas",
    "univ", "stadion", "lapangan", "masjid", "plaza", "mall", "rsud", "rumah", "jalan", "jl",
    "bank", "bpd", "surat", "desa", "kelurahan", "kel", "dusun", "kampung", "gampong",
    "nagari", "humas",
))  # fmt: skip
# "TRIBUN-BALI.COM": a place in an outlet's web address is not a place of the text
_IN_WEB_ADDRESS_RE = re.compile(r"[\w-]*\.(?i:com|co\.id|net|id)\b")
_SKIP_LINE_RE = re.compile(
    r"[ \t]*(?:baca[ \t]+juga|simak[ \t]+juga|lihat[ \t]+juga|berita[ \t]+terkait"
    r"|artikel[ \t]+terkait|(?:\u2022[ \t]*)?bagikan|editor[ \t]*:|pewarta[ \t]*:|penulis[ \t]*:"
    r"|reporter[ \t]*:|redaktur[ \t]*:|copyright|\u00a9|sumber[ \t]*:|foto[ \t]*:|tags?[ \t]*:)",
    re.IGNORECASE,
)
_DATELINE_RE = re.compile(
    r"[ \t]*(?:(?P<outlet1>[\w-]+\.(?i:com|co\.id|id|net|news|org))[ \t]*,[ \t]*)?"
    r"(?P<place>[A-Z][\w'\u2019.]*(?:[ \t]+[A-Z][\w'\u2019.]*){0,2})"
    r"(?P<paren>[ \t]*\([^()\n]{2,25}\))?"
    # "SERANG, (Kabar.co.id) –": the outlet in brackets after the comma
    r"(?P<outlet2>[ \t]*,[ \t]*(?:[\w.]{2,40}(?:[ \t]+[\w.]{2,40}){0,2}|\([\w. ]{2,40}\)))?"
    r"[ \t]*[-\u2013\u2014]{1,2}(?:[ \t]+|(?=[A-Z]))"
)
# "Kabar Kerja – Jakarta, 30 Januari 2024 –": an outlet, then the city and the date
_DATELINE_DATED_RE = re.compile(
    r"[ \t]*[\w.]{2,40}(?:[ \t]+[\w.]{2,40}){0,3}[ \t]*[-\u2013\u2014|]{1,2}[ \t]*"
    r"(?P<place>[A-Z][\w'\u2019.]*(?:[ \t]+[A-Z][\w'\u2019.]*){0,2})[ \t]*,[ \t]*"
    r"(?:[A-Z][a-z]{2,6}[ \t]*,[ \t]*)?"
    r"(?:\d{1,2}[ \t]+[A-Za-z]{3,9}\.?[ \t]+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"[ \t]*[-\u2013\u2014]{1,2}(?:[ \t]+|(?=[A-Z]))"
)
_WEEKDAY_AS_DAY_RE = re.compile(
    r"(?<=[,(][ \t])\w+['\u2019]?\w*(?=[ \t]*[.,)]|[ \t]*\(\d)|(?<=[,(])\w+['\u2019]?\w*(?=[.,)])"
)
_WEB_NAME_RE = re.compile(r"\.(?:com|id|net|org|news)\b", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(
    r"(?:copyright|\u00a9|\(c\))[^\n\d]{0,40}((?:19|20)\d{2})", re.IGNORECASE
)
# (not the thousands point of "37. 229 peserta", a number typed with a space).
# It starts with the punctuation mark itself, the checks on the character before
# it come after, so that the search skips to each mark instead of trying every
# position.
_SENT_END_RE = re.compile(
    r"[.!?](?<![.!?][.!?])(?!(?<=\d\.)[ ]\d{3}(?![\d.,]?\d))[.!?]*+[\"'\u201d\u2019)\]]*+"
    r"(?=\s|\(|$)"
)
_MAX_SENTENCE = 1000  # longer "sentences" (tables, junk) are cut into pieces
_ABBREVIATIONS = frozenset((
    "kab", "kec", "kel", "prov", "no", "nomor", "rp", "jl", "dr", "drs", "dra", "ir", "h", "hj",
    "prof", "pj", "plt", "pjs", "pt", "cv", "st", "sh", "mh", "sp", "spd", "mpd", "msi", "mm",
    "sos", "dll", "dsb", "dkk", "tsb", "ybs", "sdr", "kh", "tgl", "th", "thn", "adm", "bpk",
    "yth", "ust", "gub", "kol", "brigjen", "mayjen", "jend", "kompol", "akbp", "kapt", "lettu",
    "sekda", "kadis", "kasi", "kabid",
))  # fmt: skip
# words that open a new clause ("sementara itu" starts at "sementara"); ";" too
_STRONG_BREAK_WORDS = frozenset({"sedangkan", "sementara", "namun", "tetapi", "adapun", "kemudian"})
_SCOPE_PREP_RE = re.compile(
    r"(?:\b(?:di|se|dari|antar|tingkat|level|skala|wilayah|zona)|\bse-)[ \t]*"
    r"(?:(?:seluruh|provinsi|kabupaten|kab\.?|kota|kabupaten/kota|kab/kota|daerah|wilayah)"
    r"[ \t/]+)*$",
    re.IGNORECASE,
)
_SUPERLATIVE_RE = re.compile(
    r"\b(?:tertinggi|terendah|terbaik|terbesar|terbanyak|teratas|terbawah|peringkat|juara"
    # "Pertama di Jabar, 11.666 pekerja rentan di Bekasi": the first of a province
    r"|urutan|pertama|ranking|rangking)\b",
    re.IGNORECASE,
)
# every word of _SUPERLATIVE_RE holds one of these ("terb": terbaik, terbesar, ...)
_SUPERLATIVE_STEMS = (
    "terting", "terend", "terb", "teratas", "peringkat", "juara", "urutan", "ranking", "rangking",
    "pertama",
)  # fmt: skip
# a list item's figure right after its place ("Kota Ambon 89 persen", "C tiga persen")
_ITEM_FIGURE_RE = re.compile(
    r"[ \t]+(?:(?:sebesar|mencapai|hanya|baru)[ \t]+)?(?:\d[\d.,]*|[^\W\d_]+)[ \t]*(?:%|persen)\b",
    re.IGNORECASE,
)
_NATION_SCOPE_START = ("tingkat", "skala", "level", "se")
# "Pasalnya, dari 10 kabupaten/kota di Maluku Utara, sebanyak ...": a fronted
# clause naming the province as the field the figure's own region is one of
# (not "pesertanya berasal dari 19 kabupaten/kota di Sumbar": where they come from)
_FIELD_BEFORE_RE = re.compile(
    r"(?:^|[.,;:][ \t]*)(?:dari|di[ \t]+antara)[ \t]+\d+[ \t]+(?:kabupaten[ \t]*/[ \t]*kota"
    r"|kab\.?[ \t]*/[ \t]*kota|kabupaten[ \t]+dan[ \t]+kota|kabupaten|kota|provinsi|daerah)"
    r"(?:[ \t]+yang[ \t]+ada)?[ \t]+(?:di|se-?)[ \t]*(?:provinsi[ \t]+)?$",
    re.IGNORECASE,
)
_FIELD_AFTER_RE = re.compile(r"[ \t]*,")
# "salah satu kabupaten di NTT yang ...", "satu-satunya daerah di Jawa Timur": the
# province as the field a region is one of, wherever the clause stands
_ONE_OF_RE = re.compile(
    r"\b(?:salah[ \t]+satu|satu-satunya)[ \t]+(?:kabupaten[ \t]*/[ \t]*kota|kabupaten|kota"
    r"|daerah|pemerintah[ \t]+daerah|pemda)(?:[ \t]+(?:pertama|lain))?[ \t]+"
    r"(?:yang[ \t]+ada[ \t]+)?(?:di|se-?)[ \t]*(?:provinsi[ \t]+)?$",
    re.IGNORECASE,
)
# A sentence that continues the one before it ("Sementara Kabupaten Bangli ...",
# "... menargetkan angka itu naik ...") takes its topic from that sentence.
_CONTINUES_RE = re.compile(
    r"\W*(?:sementara|sedangkan|adapun|namun|kemudian|selain\s+itu|yakni|yaitu"
    # "... tertinggi di Sulawesi Utara. Sebanyak 623.409 atau 80 persen ...": the
    # figures of the place just named
    r"|sebanyak(?=[ \t]+\d[\d.,]*[ \t]+atau\b))\b",
    re.IGNORECASE,
)
_ANAPHORA_RE = re.compile(
    r"\b(?:angka|capaian|jumlah|persentase|realisasi|cakupan)\s+(?:itu|tersebut|ini)\b",
    re.IGNORECASE,
)
_WEEKDAYS = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum\u2019at|Sabtu|Minggu|Ahad)"
# "... di Pontianak, Kalbar, Selasa", "di DPR, Jakarta, Selasa (2/7/2024)"
_VENUE_BEFORE_RE = re.compile(r"\bdi[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]*,?[ \t]*){0,5}$")
_VENUE_AFTER_RE = re.compile(
    # "di Padang Aro, Senin": a town whose name starts with a region's
    r"(?:[ \t]+[A-Z][a-z][\w'\u2019-]*){0,2}"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2}){0,2}"
    rf"[ \t]*,?[ \t]*(?:(?:pada[ \t]+)?(?:hari[ \t]+)?{_WEEKDAYS}\b|\(\d{{1,2}}/\d{{1,2}})"
)
# "ditanggung oleh Pemerintah Provinsi (Pemprov) Kalimantan Timur"
_AGENT_BEFORE_RE = re.compile(
    r"(?:\b(?:oleh|dari)[ \t]+(?:(?:pemerintah|pemkab|pemkot|pemprov|pemprop|pemda)[ \t]+"
    r"(?:(?:provinsi|kabupaten|kota|daerah)[ \t]+)?(?:\([\w ]{2,12}\)[ \t]*)?)"
    # "ditanggung Pemprov Kaltim": the mention may itself start with "Pemprov"
    # "terlindungi melalui bantuan Pemprov Sumut": the government that helps pay
    r"|\b(?:ditanggung|dibayar\w*|dibiayai|didanai|disubsidi|bantuan)[ \t]+(?:oleh[ \t]+)?"
    r"(?:(?:pemerintah|pemkab|pemkot|pemprov|pemprop|pemda)[ \t]+"
    r"(?:(?:provinsi|kabupaten|kota|daerah)[ \t]+)?(?:\([\w ]{2,12}\)[ \t]*)?)?)$",
    re.IGNORECASE,
)
# words of a story about the whole country, when no region is named
_NATIONAL_STORY_RE = re.compile(
    r"\b(?:nasional|Indonesia|Kemendagri|Kemnaker|Kemenaker|Kementerian|DPR"
    r"|Direktur[ \t]+Utama|Dirut|RPJMN|RPJPN|Presiden)\b"
)
