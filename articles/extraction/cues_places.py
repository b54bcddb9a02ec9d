"""The patterns the region step reads around a figure: a national source, the
region the article is about ("provinsi ini"), a branch covering several
regions, a region in the next clause, a regional office's area, a placement's
winner, a pair of regions of one name (used by ``placing``)."""

from __future__ import annotations

import re

# "Data Kemnaker menunjukkan ...", "secara nasional", "di seluruh Indonesia": a
# figure from a national source, with no region named before it, is the nation's
_NATIONAL_SOURCE_RE = re.compile(
    r"\b(?:(?:data|menurut|catatan|laporan|rilis)[ \t]+(?:dari[ \t]+)?(?:Kemnaker|Kemenaker"
    r"|Kementerian[ \t]+Ketenagakerjaan|BPS|Badan[ \t]+Pusat[ \t]+Statistik"
    r"|BPJS[ \t]+Ketenagakerjaan[ \t]+pusat)(?![ \t]+(?-i:[A-Z]))"
    r"|secara[ \t]+nasional|(?:di[ \t]+)?seluruh[ \t]+Indonesia"
    r"|se-?Indonesia|tingkat[ \t]+nasional|skala[ \t]+nasional)\b",
    re.IGNORECASE,
)
# "di provinsi ini", "daerah setempat": the region the article is about
_LOCAL_DEICTIC_RE = re.compile(
    r"\b(?:(?:provinsi|kabupaten|kota|daerah|wilayah|kawasan)[ \t]+(?:ini|tersebut|setempat)"
    r"|setempat|di[ \t]+sini)\b",
    re.IGNORECASE,
)
# "Cabang Serang yang meliputi Kabupaten dan Kota Serang": a branch covering several regions
_BRANCH_SPAN_RE = re.compile(
    r"\bcabang\b[^.;]{0,60}?\b(?:meliputi|mencakup|membawahi|membawahkan|wilayah[ \t]+kerja)\b",
    re.IGNORECASE,
)
# a region named after the number but in the next clause: "58,68 persen dan Kabupaten Bangli ..."
_NEXT_CLAUSE_RE = re.compile(
    r"\b(?:dan|serta|sedangkan|sementara|namun|tetapi|lalu|kemudian)\b|[;]", re.IGNORECASE
)
# a regional office's area ("di wilayah Sulawesi Maluku", "se-Banuspa"): several provinces
_AREA_RE = re.compile(
    # an office's area with its provinces needs no "di": "peserta Sumbagut (Sumut dan Aceh)"
    r"\b(?:sumbagut|sumbagsel|sumbagteng|banuspa|sulama)\b(?=[ \t]*\()"
    r"|(?:\b(?:di|se-?|kawasan|seluruh)[ \t]*(?:wilayah[ \t]+(?:kerja[ \t]+)?)?|\bwilayah[ \t]+)"
    r"(?:sulawesi[ \t]*(?:dan[ \t]+|&[ \t]*|-[ \t]*)?maluku|sulama|sumbagut|sumbagsel"
    r"|kalimantan(?![ \t]+(?:barat|timur|selatan|tengah|utara))"
    r"|sumbar[ \t]*,?[ \t]*riau|banuspa|bali[ \t]*,?[ \t]*nus(?:a[ \t]+tenggara|ra)[ \t]*,?[ \t]*"
    r"(?:dan[ \t]+)?papua|sumatera[ \t]+bagian[ \t]+(?:utara|selatan|tengah)"
    r"|jateng[ \t]*(?:-|dan|&)[ \t]*diy|jawa[ \t]+tengah[ \t]+dan[ \t]+diy)\b"
    r"|\bwilayah[ \t]+kerja(?:nya)?\b",
    re.IGNORECASE,
)
# a placement followed by its winner: "juara ketiga Kabupaten X", "ditempati Kota Y"
_WINNER_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:ditempati|diraih|diraih[ \t]+oleh|dicapai|jatuh[ \t]+kepada|adalah|yaitu|yakni"
    r"|diduduki)[ \t]+(?:oleh[ \t]+)?)?(?:(?:pemerintah|pemkab|pemkot|pemprov)[ \t]+)?",
    re.IGNORECASE,
)
# "di Kota dan Kabupaten Sukabumi": a pair of regions of one name (a branch's area)
_REGION_PAIR_RE = re.compile(
    r"\b(?:kota|kabupaten|kab\.?)[ \t]+(?:dan|&|serta|maupun)[ \t]+(?:kota|kabupaten|kab\.?)"
    r"[ \t]+[A-Z]",
    re.IGNORECASE,
)
