"""Counts of people that are not the members or workers of a region, read as
participants or workforce by the count rules:

- a number for each unit: "setiap desa menanggung minimal 40 pekerja rentan",
  "program \u201c1 desa 60 pekerja\u201d", "berjumlah 15 orang, per-kecamatan";
- members added in a period: "kembali menambah jumlah kepesertaan program itu
  sebanyak 2.750 jiwa", "Sigi Tambah 3.500 Peserta" (not "bertambah sehingga
  kini mencapai 48.200", the level reached);
- the people claims were paid to: "klaim yang dibayarkan mencapai Rp4,2
  miliar, dinikmati oleh 380 orang";
- the workers still to cover, in words the count vetoes did not know: "8.400
  pekerja masih berada di luar sistem BPJS", "3.000 pekerja dari 7.500 ...
  belum mengikuti program";
- a headcount aimed at: "Program ini menyasar sekitar 1.500 pekerja rentan";
- units counted, not people: "mencakup 940 RT dan 210 RW", "dari 48 perangkat
  daerah", "520 perusahaan, dan 880 jasa konstruksi" (projects);
- a sub-district's (kecamatan), which no region row holds: an item of a list by
  sub-district ("tersebar di Kecamatan Penajam 4.468 orang, Waru 859 orang"),
  a count for some of them only ("kepada 200 pekerja di empat kecamatan"; not
  "tersebar di 15 kecamatan", "se-kecamatan": all of the regency);
- the parts of a whole's sub-breakdown by something that is not a segment:
  "sebanyak 18.400 orang yang terdiri atas 6.100 pekerja perusahaan besar,
  9.300 pekerja perusahaan menengah dan 3.000 pekerja usaha kecil" (the sets
  label the whole; parts that are other groups or places stay); the whole
  may be said again ("Total 7.782 pekerja tersebut terbagi lagi menjadi") or
  named as the covered workers ("Pekerja rentan yang tercover ... terbagi
  dalam 4 sektor yakni ...");
- the share of one office, agency or level: "2.375 orang dari OPD, 168 orang
  dari kecamatan", "1.635 orang di tingkat koorwil SD", "petani yang diampu
  Dinas Pertanian sebanyak 1.462 orang".
- the items of a bulleted list of programmes or occupations whose sum the text
  states ("\u2022 BPD: 1.984 orang ... Total keseluruhan: 15.358 pekerja"; not a
  list of places or of the core segments);
- people on a list, with no word of membership in the clause: "terdata
  sekitar 2.100 perangkat desa" (participants only).

A count ruled out still names the group the text goes on about, as a figure
would ("... menyasar 1.500 pekerja rentan. Sementara itu, peserta aktif
tercatat 1.320 orang": vulnerable). ``other_count`` takes back the metric the
count rules gave; pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Sentence
from .cues import _BACK_REFERENCE_RE
from .figures import PARTICIPANTS, TOTAL, WORKFORCE

_UNIT = (
    r"(?:desa|kelurahan|kecamatan|dusun|kampung|gampong|nagari|lingkungan|rt|rw|sekolah"
    r"|perusahaan|opd|instansi|puskesmas|kegiatan)"
)
# "setiap desa menanggung minimal", "tiap desa rata-rata terdapat", "1 desa",
# "di setiap kegiatan melibatkan" (an activity's crew)
_PER_UNIT_TAIL_RE = re.compile(
    r"(?:\b(?:setiap|tiap|per|masing[ \t-]*masing)|(?<![\d.,])(?:1|satu))[ \t-]*"
    + _UNIT
    + r"\b(?P<gap>[^\d.;,:!?()\"\u201c\u201d]{0,40})$",
    re.IGNORECASE,
)
# what says the count is the units' sum after all: "maka total", "seluruhnya"
_SUM_WORD_RE = re.compile(
    r"\b(?:total\w*|jumlah\w*|seluruh\w*|keseluruhan|sehingga|maka|menjadi)\b", re.IGNORECASE
)
# "22 orang, per-kecamatan", "10 orang perwakilan dari masing-masing kecamatan",
# "100 orang masyarakat rentan disetiap desa"
_PER_UNIT_AFTER_RE = re.compile(
    # (not "4.400 pekerja yang tersebar di setiap kecamatan": all of them)
    r"[ \t]*(?:(?!yang\b|tersebar\b)[^\W\d_]+[ \t]+){0,3}?(?:(?!yang\b|tersebar\b)[^\W\d_]+[ \t]*)?"
    r",?[ \t]*(?:(?:di|dari|untuk|pada)[ \t]*)?(?:setiap|tiap|per|masing[ \t-]*masing)[ \t-]*"
    + _UNIT
    + r"\b",
    re.IGNORECASE,
)
# the words the two patterns need ("per " and "per-", not the "per" of "pekerja")
_UNIT_AFTER_STEMS = ("tiap", "per ", "per-", "masing")
_UNIT_TAIL_STEMS = ("tiap", "per ", "per-", "masing", "1 ", "satu")

# "Tambah 5.000 Peserta", "2024 (bertambah) 1.300", "kembali menambah jumlah
# kepesertaan program tersebut sebanyak 4.000", "Penambahan peserta baru selama
# Januari hingga November 2017 mencapai 906 perusahaan dengan 54.478 tenaga kerja"
# (not "menambahkan", "he added", nor "tambahnya")
_ADDED_TAIL_RE = re.compile(
    r"\b(?:penambahan|pertambahan|tambahan|bertambah(?:nya)?|menambah|tambah)\b"
    r"(?![ \t]*,)(?P<gap>(?:[^\d.;:!?]|(?<![\d.,])(?:19|20)\d\d(?![\d.,])){0,100}?)"
    r"(?:\d[\d.,]*[ \t]+(?:perusahaan|badan[ \t]+usaha|pemberi[ \t]+kerja)[ \t]+(?:dengan|dan)"
    r"[ \t]+)?$",
    re.IGNORECASE,
)
# the level reached, not the number added: "bertambah menjadi", "hingga kini",
# "bertambah dari 4.000 (menjadi 5.000)"
_LEVEL_WORD_RE = re.compile(
    r"\b(?:(?:men)?jadi|sehingga|total\w*|kini|sekarang|keseluruhan|seluruhnya"
    r"|(?:hingga|sampai)[ \t]+(?:mencapai|menjadi|saat[ \t]+ini))\b|\bdari[ \t]*$",
    re.IGNORECASE,
)
_ADDED_STEMS = ("ambah",)  # tambah, menambah, penambahan
# what is added is the protection, given to the workers counted: "memberikan
# tambahan perlindungan jaminan sosial ... kepada 7.000 pekerja", "Tambah
# Perlindungan Jaminan Sosial Bagi 7.000 Pekerja" (the workers protected)
_PROTECTION_GIVEN_RE = re.compile(
    r"^[ \t]*(?:perlindungan|jaminan)\b[^\d.;:!?]*\b(?:kepada|bagi|untuk)[ \t]+"
    r"(?:(?:sebanyak|sekitar|sejumlah)[ \t]+)?$",
    re.IGNORECASE,
)

# "klaim yang dibayarkan ... mencapai Rp23 miliar, dinikmati oleh 1.522 orang",
# "penyaluran klaim beasiswa ... sebanyak 116 orang": claims paid, then the count
_CLAIM_RE = re.compile(r"\bklaim\b", re.IGNORECASE)
_PAID_RE = re.compile(
    r"\b(?:(?:di|mem|pem)?bayar\w*|(?:pe|di|me)nyalur\w*|salur\w*|(?:di|pen)?cair\w*"
    r"|diberikan|diterima|dinikmati)\b",
    re.IGNORECASE,
)
_MEMBERS_WORD_RE = re.compile(
    r"\b(?:peserta[ \t]+aktif|kepesertaan|mencatat|tercatat|terdaftar|terlindungi)\b",
    re.IGNORECASE,
)
_CLAIM_REACH = 250  # characters before the count where the claims are looked for

# "100.000 pekerja ... masih berada di luar sistem BPJS", "43.785 pekerja yang perlu
# ... segera didaftarkan": the workers still to cover
_STILL_OUT_AFTER_RE = re.compile(
    r"[^.;\d]{0,60}?\bdi[ \t]+luar[ \t]+(?:sistem|kepesertaan|program|perlindungan|jaminan"
    r"|cakupan|bpjs)\b"
    # (not "80.000 pekerja penerima upah yang wajib menjadi peserta": the workforce)
    r"|[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?yang[ \t]+(?:masih[ \t]+)?(?:perlu|harus)\b"
    r"[^.;\d]{0,50}?\bsegera[ \t]+"
    r"(?:didaftarkan|dilindungi|terdaftar|terlindungi|menjadi[ \t]+peserta)\b",
    re.IGNORECASE,
)
_STILL_OUT_STEMS = ("luar", "segera")
# "6.000 tenaga kerja dari 10.000 jumlah tenaga kerja di X belum mengikuti": the
# part is the uncovered one
_PART_OF_AFTER_RE = re.compile(
    r"[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?dari[ \t]+(?:(?:total|jumlah)[ \t]+)?\d[\d.,]*",
    re.IGNORECASE,
)
# "telah terdaftar 895 orang dari 2.269 yang belum terdaftar": the count said
# registered before it is the registered part, whatever the whole after it is
_REGISTERED_TAIL_RE = re.compile(
    r"\b(?:telah|sudah)[ \t]+(?:ter(?:daftar|catat|lindungi)|mendaftar\w*|didaftarkan"
    r"|menjadi[ \t]+peserta)\b[^\d.;:!?]{0,30}$",
    re.IGNORECASE,
)
_NOT_IN_AFTER_RE = re.compile(
    r"[^.;\d]{0,90}?\b(?:belum|tidak|tak)[ \t]+(?:ter(?!masuk\b)\w+|mendaftar\w*|didaftarkan"
    r"|(?:meng)?ikut\w*|menjadi[ \t]+peserta|dilindungi|memiliki)",
    re.IGNORECASE,
)

# "Program ini menyasar sekitar 1.500 pekerja", "membidik kepesertaan BPU mencapai
# 250.000 peserta", "3.200 pekerja ... telah menjadi sasaran program": a headcount
# aimed at
_AIMED_TAIL_RE = re.compile(
    r"\b(?:menyasar|disasar|sasar|membidik|dibidik|bidik)\b(?P<gap>[^\d.;:!?,]{0,60})$",
    re.IGNORECASE,
)
# "menyasar pekerja informal dan kini sudah terdaftar 5.000": those reached
_REACHED_WORD_RE = re.compile(
    r"\b(?:sudah|telah|kini|terdaftar|tercatat|terlindungi|saat[ \t]+ini)\b", re.IGNORECASE
)
_AIMED_AFTER_RE = re.compile(
    r"[^.;\d]{0,60}?\b(?:menjadi|merupakan|adalah|sebagai)[ \t]+sasaran\b", re.IGNORECASE
)
_AIMED_STEMS = ("sasar", "nyasar", "bidik")  # menyasar: no "sasar"

# "1.383 RT dan 249 RW", "dari 53 perangkat daerah", "839 proyek": units, not people
_UNITS_AFTER_RE = re.compile(
    r"[ \t]+(?:RT|RW|OPD|SKPD|(?:organisasi[ \t]+)?perangkat[ \t]+daerah|proyek|instansi)\b"
    r"(?![ \t]*/)",
    re.IGNORECASE,
)
# "616 perusahaan, dan 1.375 jasa konstruksi": projects, after a count of employers
_PROJECTS_AFTER_EMPLOYERS_RE = re.compile(
    r"[ \t]+(?:perusahaan|badan[ \t]+usaha|pemberi[ \t]+kerja)[ \t]*,?[ \t]*(?:dan|serta)[ \t]+$",
    re.IGNORECASE,
)
_PROJECTS_RE = re.compile(r"[ \t]+(?:proyek[ \t]+)?jasa[ \t]+konstruksi\b", re.IGNORECASE)
_NAME = r"(?:[A-Z][\w'-]*[ \t]*){1,3}"
# "Kecamatan Penajam 4.468", "Kec. Alok Timur: 312", "Kecamatan Waru sebanyak 859"
_ITEM_TAIL_RE = re.compile(
    r"\b(?i:kecamatan|kec\.)[ \t]*"
    + _NAME
    + r"[:,]?[ \t]*(?:(?i:sebanyak|ada|yakni|sejumlah)[ \t]+)?$"
)
# such an item anywhere before the count: a sub-district named right before a number
_ITEM_RE = re.compile(
    r"\b(?i:kecamatan|kec\.)[ \t]*"
    + _NAME
    + r"[:,]?[ \t]*(?:(?i:sebanyak|ada|yakni|sejumlah)[ \t]+)?(?<![\d.,])(?=\d)"
)
# the next items of such a list: ", Waru 859", "dan di Kecamatan Sepaku 1.636",
# ", Babat ada 697", or after the item before with no comma: "697 peserta Babat
# Hilir ada 247"
_NEXT_ITEM_TAIL_RE = re.compile(
    r"(?:,|\bdan\b|\bserta\b|(?<![\d.,])\d[\d.,]*[ \t]+[^\W\d_]+)"
    r"[ \t]*(?:di[ \t]+)?(?:(?i:kecamatan|kec\.)[ \t]*)?"
    + _NAME
    + r"[:,]?[ \t]*(?:(?i:sebanyak|ada|yakni|sejumlah)[ \t]+)?$"
)
# "di empat kecamatan", "untuk dua kecamatan": some of them
_SOME_SUBDISTRICTS_RE = re.compile(
    r"(?<!tersebar )(?<!tersebar  )\b(?:di|untuk|pada|dari|meliputi)[ \t]+"
    r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|\d{1,2})[ \t]+kecamatan\b"
    # (not "di 12 kecamatan se-Kabupaten Pacitan": all of them)
    r"(?![ \t]*(?:se[ \t-]|yang[ \t]+ada|di[ \t]+(?:wilayah[ \t]+)?(?:kabupaten|kota)))",
    re.IGNORECASE,
)
# "orang dari OPD", "pekerja terlindungi dari Kantor Koperasi X", "orang di tingkat
# koordinator wilayah": one office's or level's share (a sub-district with its
# name is a place: the sub-district readings take it)
_UNIT_SHARE_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:orang|pekerja|perkerja|peserta|pegawai|tenaga[ \t]+kerja)[ \t]+)?"
    r"(?:(?:yang[ \t]+)?(?:terlindungi|terdaftar|tercover)[ \t]+)?"
    r"(?:dari[ \t]+(?:(?i:kantor|opd|skpd|puskesmas|sekolah)\b"
    r"|(?i:kecamatan|kelurahan)\b(?![ \t]+[A-Z]))"
    r"|di[ \t]+tingkat[ \t]+(?!(?i:kabupaten|kota|provinsi|nasional)\b))",
)
_UNIT_SHARE_STEMS = ("dari", "tingkat")
# "yang diampu (oleh) Dinas Pertanian sebanyak" (not "potensi GTT dan PTT di
# bawah Dinas Pendidikan sebanyak": the workers of an agency, a workforce)
_IN_CHARGE_TAIL_RE = re.compile(
    r"\bdiampu[ \t]+(?:oleh[ \t]+)?dinas\b[^\d.;:!?]{0,60}$",
    re.IGNORECASE,
)
_REACH = 160
# the words both readings need ("kecamatan" for a count of some of them)
_STEMS = ("kecamatan", "kec.")
# "terdiri atas", "terbagi untuk", "dengan rincian": the parts follow
_PARTS_FOLLOW_RE = re.compile(
    r"\b(?:terdiri[ \t]+(?:atas|dari)|terbagi|rincian(?:nya)?|dirinci)\b", re.IGNORECASE
)
# "jumlah itu terdiri": the whole is the count of the sentence before
_WHOLE_BEFORE_RE = re.compile(
    r"\b(?:jumlah|angka|total)[ \t]+(?:itu|tersebut|ini)[ \t]+$", re.IGNORECASE
)
# "Pekerja rentan yang tercover BPJS Ketenagakerjaan ": the covered workers, as
# the subject of the split that follows (no number before it)
_COVERED_SUBJECT_RE = re.compile(
    r"[\W_]*(?:para[ \t]+)?(?:pekerja|peserta|tenaga[ \t]+kerja)\b[^\d.;:!?]{0,60}?"
    r"\byang[ \t]+(?:sudah[ \t]+|telah[ \t]+)?(?:ter(?:cover|daftar|lindungi)|dilindungi"
    r"|di-?cover|menjadi[ \t]+peserta)\b[^\d.;:!?]{0,60}$",
    re.IGNORECASE,
)
_PARTS_STEMS = ("terdiri", "terbagi", "rinci")
# "\u2022 BPD: 1.984 orang", "\u2013 Program Berkah Nelayan sebanyak 1.850 peserta",
# "* Pedagang (359 peserta)": a line that is an item of a bulleted list
_BULLET = r"[-\u2013\u2014\u2022\u00b7*][ \t]"
_BULLET_RE = re.compile(r"[ \t]*" + _BULLET)
# the list's sum said after it: "Total keseluruhan: 15.358 pekerja", "maka total
# pekerja rentan yang ... mencapai 18.786 jiwa", "(total 2.104 peserta)"
_LIST_TOTAL_RE = re.compile(
    r"\b(?:total|jumlah[ \t]+(?:keseluruhan|seluruhnya))\b[^\d\n.;!?]{0,120}(?<![\d.,])\d",
    re.IGNORECASE,
)
# "terdata": on a list, which by itself says nothing of membership
_LISTED_RE = re.compile(r"\bterdata\b", re.IGNORECASE)
_MEMBERSHIP_RE = re.compile(
    r"\b(?:peserta|kepesertaan|bpjs|bpjamsostek|jamsostek|program|iuran|penerima|terdaftar"
    r"|terlindungi|dilindungi|didaftarkan|tercover|perlindungan|jaminan)\b",
    re.IGNORECASE,
)
_CONTRAST_RE = re.compile(r"\b(?:namun|tetapi|tapi|sedangkan|sementara)\b", re.IGNORECASE)
_BULLET_REACH = 8  # characters before a sentence where its line may start
# groups an item may name and still be a part: the core segments are figures
_PART_GROUPS = frozenset({"vulnerable", "other", TOTAL})
_COUNTS = (PARTICIPANTS, WORKFORCE)
_WHOLE_REACH = 600  # characters back to the sentence of the whole "jumlah itu" names


def _group_goes_on(x, cands: list[_Cand], i: int, s: _Sentence, metric: str) -> None:
    """ "Program ini menyasar 1.815 pekerja rentan. Sementara itu, ... peserta
    aktif tercatat 1.495 orang": the group a count ruled out names is still
    the one the text goes on about, as if it were a figure."""
    starts = x.break_starts
    breaks = starts[bisect.bisect_left(starts, s.lo) : bisect.bisect_left(starts, s.hi)]
    claimed = set().union(*(d.claimed for d in cands))
    segment = x._segment(cands, i, s, claimed, breaks)
    x._last_segment[metric] = segment
    x._last_figure = (segment, s.lo)
    x._groups_at.setdefault(s.lo, set()).add(segment)


def _group_to_sum(x, cands: list[_Cand], i: int, s: _Sentence) -> None:
    """ "tiap desa rata-rata 10 perangkat desa, maka ... seluruhnya 2.240 orang":
    the group the count ruled out names goes on to the sum it makes."""
    # (past "224 desa": a count of something else)
    nxt = next((d for d in cands[i + 1 :] if d.noun != "other"), None)
    if nxt is None or nxt.kind != "count" or nxt.seg_hint:
        return
    c = cands[i]
    if not _SUM_WORD_RE.search(x.text, c.end, nxt.start):
        return
    groups = {seg for _lo, _hi, seg in x._segment_hits(s.lo, nxt.start)}
    if len(groups) == 1 and TOTAL not in groups:
        nxt.seg_hint = groups.pop()


def _is_per_unit_count(x, c: _Cand, s: _Sentence, tail: str) -> bool:
    """ "setiap desa menanggung minimal 40 pekerja": a number for each unit"""
    text = x.text
    if x.a.may_hold(c.end, min(s.hi, c.end + 70), _UNIT_AFTER_STEMS) and (
        _PER_UNIT_AFTER_RE.match(text, c.end, s.hi) is not None
    ):
        return True
    near = tail[-60:]
    if not x.a.may_hold(c.start - len(near), c.start, _UNIT_TAIL_STEMS):
        return False
    m = _PER_UNIT_TAIL_RE.search(near)
    if m is None or _SUM_WORD_RE.search(m.group("gap")):
        return False
    # "tiap kabupaten, Kabupaten A 5.000": a place's own count, not a unit's
    return not x.a.mentions_in(c.start - len(near) + m.start(), c.start)


def _is_added_count(x, c: _Cand, _s: _Sentence, tail: str) -> bool:
    """ "menambah jumlah kepesertaan sebanyak 4.000 jiwa": members added in a
    period, a flow, not the members"""
    return _added_before(x, c.start - len(tail), c.start)


def _added_before(x, lo: int, hi: int) -> bool:
    if not x.a.may_hold(lo, hi, _ADDED_STEMS):
        return False
    m = _ADDED_TAIL_RE.search(x.text, lo, hi)
    if m is None or _LEVEL_WORD_RE.search(m.group("gap")):
        return False
    return _PROTECTION_GIVEN_RE.match(m.group("gap")) is None


def _is_claims_count(x, c: _Cand, s: _Sentence, _tail: str) -> bool:
    """ "klaim yang dibayarkan mencapai Rp23 miliar, dinikmati oleh 1.522 orang":
    the people claims were paid to, not the members"""
    lo = max(s.lo, c.start - _CLAIM_REACH)
    if not x.a.may_hold(lo, c.start, ("klaim",)):
        return False
    claims = list(_CLAIM_RE.finditer(x.text, lo, c.start))
    if not claims:
        return False
    claim = claims[-1]
    # in the same part of the sentence ("...; sedangkan peserta aktif 50.000")
    starts = x.break_starts
    if bisect.bisect_left(starts, claim.end()) != bisect.bisect_left(starts, c.start):
        return False
    # ("Selain membayar klaim Rp5 miliar, BPJS mencatat peserta aktif 50.000")
    if _MEMBERS_WORD_RE.search(x.text, claim.end(), c.start):
        return False
    return _PAID_RE.search(x.text, max(lo, claim.start() - 30), c.start) is not None


def _is_still_out_count(x, c: _Cand, s: _Sentence, _tail: str) -> bool:
    """ "lebih dari 100.000 pekerja masih berada di luar sistem BPJS": the
    uncovered, said in words the count vetoes do not know"""
    text, hi = x.text, min(s.hi, c.end + 120)
    if x.a.may_hold(c.end, hi, _STILL_OUT_STEMS) and _STILL_OUT_AFTER_RE.match(text, c.end, s.hi):
        return True
    m = _PART_OF_AFTER_RE.match(text, c.end, s.hi)
    if m is None or _NOT_IN_AFTER_RE.match(text, m.end(), s.hi) is None:
        return False
    return _REGISTERED_TAIL_RE.search(text, max(s.lo, c.start - 60), c.start) is None


def _is_aimed_count(x, c: _Cand, s: _Sentence, tail: str) -> bool:
    """ "Program ini menyasar sekitar 1.500 pekerja rentan": a headcount aimed at"""
    near = tail[-80:]
    if x.a.may_hold(c.start - len(near), c.start, _AIMED_STEMS) and (
        (m := _AIMED_TAIL_RE.search(near)) is not None
        and not _REACHED_WORD_RE.search(m.group("gap"))
    ):
        return True
    hi = min(s.hi, c.end + 90)
    return x.a.may_hold(c.end, hi, ("sasaran",)) and bool(_AIMED_AFTER_RE.match(x.text, c.end, hi))


def _is_units_count(x, c: _Cand, s: _Sentence, _tail: str) -> bool:
    """ "program ini mencakup 1.383 RT dan 249 RW": units (neighbourhoods,
    agencies, projects) counted, not people"""
    text = x.text
    if _UNITS_AFTER_RE.match(text, c.end, s.hi):
        return True
    if not _PROJECTS_RE.match(text, c.end, s.hi):
        return False
    # "tercatat 616 perusahaan, dan 1.375 jasa konstruksi"
    j = bisect.bisect_left(x.number_starts, c.start) - 1
    if j < 0 or x.numbers[j].end() < s.lo:
        return False
    return _PROJECTS_AFTER_EMPLOYERS_RE.match(text, x.numbers[j].end(), c.start) is not None


def _subdistrict_item(x, c: _Cand, s: _Sentence, tail: str) -> bool:
    """An item of a list of counts by sub-district."""
    if not x.a.may_hold(s.lo, c.start, _STEMS):
        return False
    if _ITEM_TAIL_RE.search(tail[-80:]):
        return True
    # a later item, once the sentence has listed a sub-district's count
    # (read in the text: the tail stops at the item before)
    return bool(
        _NEXT_ITEM_TAIL_RE.search(x.text, max(s.lo, c.start - 60), c.start)
        and _ITEM_RE.search(x.text, s.lo, c.start)
    )


def _some_subdistricts(x, c: _Cand, s: _Sentence) -> bool:
    """A count said of some of the sub-districts, in its sentence."""
    lo, hi = max(s.lo, c.start - _REACH), min(s.hi, c.end + _REACH)
    if not x.a.may_hold(lo, hi, ("kecamatan",)):
        return False
    return _SOME_SUBDISTRICTS_RE.search(x.text, lo, hi) is not None


def _is_sub_part(x, cands: list[_Cand], i: int, s: _Sentence) -> bool:
    c, text = cands[i], x.text
    if not x.a.may_hold(s.lo, c.start, _PARTS_STEMS):
        return False
    splits = list(_PARTS_FOLLOW_RE.finditer(text, s.lo, c.start))
    if not splits:
        return False
    split = splits[-1]
    whole_group = _whole_group(x, cands, i, s, split.start())
    if whole_group is None:
        return False
    # the parts: the counts after the split word, two at least
    parts = [d for d in cands if d.start > split.end() and d.noun != "other"]
    if len(parts) < 2 or any(d.kind != "count" for d in parts):
        return False
    # parts that are places or other groups than the whole's are figures
    if x.a.mentions_in(split.end(), s.hi):
        return False
    groups = {seg for _lo, _hi, seg in x._segment_hits(split.end(), s.hi)}
    return not groups - {whole_group, TOTAL}


def _whole_group(x, cands: list[_Cand], i: int, s: _Sentence, at: int) -> str | None:
    """The group of the count of people the parts split: one before the split
    word in the sentence, or the last one before it when "jumlah itu" names it."""
    before = [d for d in cands[:i] if d.end <= at and d.noun != "other"]
    if before:
        whole = before[-1]
        if whole.metric not in _COUNTS:
            return _restated_whole_group(x, whole, s)
        return whole.segment or TOTAL
    if not _WHOLE_BEFORE_RE.search(x.text, max(s.lo, at - 40), at):
        return _covered_subject_group(x, s, at)
    for lo, _value, _metric, segment in reversed(x._count_wholes):
        if lo < s.lo:
            return segment if s.lo - lo <= _WHOLE_REACH else None
    return None


def _restated_whole_group(x, whole: _Cand, s: _Sentence) -> str | None:
    """ "Total 7.782 pekerja tersebut terbagi lagi menjadi ...": the whole is a
    count said before (no figure again here); its group is that count's."""
    if whole.kind != "count" or not _BACK_REFERENCE_RE.match(x.text, whole.end, s.hi):
        return None
    for lo, value, _metric, segment in reversed(x._count_wholes):
        if lo < s.lo and value == whole.value:
            return segment if s.lo - lo <= _WHOLE_REACH else None
    return None


def _covered_subject_group(x, s: _Sentence, at: int) -> str | None:
    """ "Pekerja rentan yang tercover BPJS Ketenagakerjaan terbagi dalam 4
    sektor yakni ...": the covered workers already counted, named as the
    subject of the split; their group is the one the subject names."""
    if not x._count_wholes or x._count_wholes[0][0] >= s.lo:
        return None
    if not _COVERED_SUBJECT_RE.match(x.text, s.lo, at):
        return None
    groups = {seg for _lo, _hi, seg in x._segment_hits(s.lo, at)} - {TOTAL}
    if len(groups) > 1:
        return None
    return groups.pop() if groups else TOTAL


def _is_unit_share(x, c: _Cand, s: _Sentence, tail: str) -> bool:
    """ "2.375 orang dari OPD, 168 orang dari kecamatan", "1.635 orang di tingkat
    koorwil SD", "petani yang diampu Dinas Pertanian sebanyak 1.462 orang": the
    share of one office, agency or level of a whole counted for the place, not
    the place's own count"""
    hi = min(s.hi, c.end + 70)
    if x.a.may_hold(c.end, hi, _UNIT_SHARE_STEMS) and _UNIT_SHARE_AFTER_RE.match(x.text, c.end, hi):
        return True
    near = tail[-90:]
    return x.a.may_hold(c.start - len(near), c.start, ("diampu",)) and bool(
        _IN_CHARGE_TAIL_RE.search(near)
    )


def _is_listed_only(x, c: _Cand, s: _Sentence, _tail: str) -> bool:
    """ "terdata sekitar 2.100 perangkat desa", "10.124 pekerja dari berbagai
    profesi yang terdata": people on a government's list, with nothing in the
    clause saying they are members (not "terdata menjadi peserta", "melalui
    program tersebut terdata", "terdata dalam BPJS Ketenagakerjaan")"""
    lo, hi = max(s.lo, c.start - 60), min(s.hi, c.end + 60)
    if not x.a.may_hold(lo, hi, ("terdata",)):
        return False
    text = x.text
    if _LISTED_RE.search(text, lo, hi) is None:
        return False
    # the clause: back to the sentence start, on to a contrast ("namun masih
    # banyak yang belum terjangkau")
    stop = _CONTRAST_RE.search(text, c.end, s.hi)
    return _MEMBERSHIP_RE.search(text, s.lo, stop.start() if stop else s.hi) is None


def _line_at(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, len(text) if hi < 0 else hi


def _is_bullet_part(x, c: _Cand, s: _Sentence, _tail: str) -> bool:
    """ "\u2022 BPD: 1.984 orang / \u2022 RT: 6.859 orang / ... Total keseluruhan:
    15.358 pekerja": an item of a bulleted list of programmes or occupations
    whose sum the text states (the sets label the sum); not a list of places,
    of the core segments (formal, informal, construction, migrant) or of more
    than one group (vulnerable and other: each its own figure)."""
    text = x.text
    # the line's start, looked for only from just before the sentence (a bullet
    # line is its own sentence): no scan back through a long paragraph
    nl = text.rfind("\n", max(0, s.lo - _BULLET_REACH), c.start)
    if nl < 0 and s.lo > _BULLET_REACH:
        return False
    if not _BULLET_RE.match(text, nl + 1):
        return False
    lo, hi = _line_at(text, c.start)
    # the count is not the sum itself ("(total 2.104 peserta)")
    if _LIST_TOTAL_RE.search(text, lo, c.end) is not None:
        return False
    # the run of bullet lines around it (blank lines between allowed)
    run_lo, run_hi, items = lo, hi, 1
    pos = lo - 1
    while pos > 0:
        p_lo, p_hi = _line_at(text, pos - 1)
        if text[p_lo:p_hi].strip():
            if not _BULLET_RE.match(text, p_lo):
                break
            run_lo, items = p_lo, items + 1
        pos = p_lo - 1
    pos = hi + 1
    after = None
    while pos < len(text):
        n_lo, n_hi = _line_at(text, pos)
        if text[n_lo:n_hi].strip():
            if not _BULLET_RE.match(text, n_lo):
                after = (n_lo, n_hi)
                break
            run_hi, items = n_hi, items + 1
        pos = n_hi + 1
    if items < 3:
        return False
    last_lo = _line_at(text, run_hi - 1)[0]
    summed = _LIST_TOTAL_RE.search(text, last_lo, run_hi) is not None
    if not summed and after is not None:
        summed = _LIST_TOTAL_RE.search(text, after[0], min(after[1], after[0] + 200)) is not None
    if not summed or x.a.mentions_in(run_lo, run_hi):
        return False
    groups = {seg for _lo, _hi, seg in x._segment_hits(run_lo, run_hi)}
    return groups <= _PART_GROUPS and len(groups - {TOTAL}) <= 1


_NOT_OF_A_REGION = (
    _is_per_unit_count,
    _is_added_count,
    _is_claims_count,
    _is_still_out_count,
    _is_aimed_count,
    _is_units_count,
    _is_unit_share,
)
# a line that is an item of a bulleted list, anywhere in the text
_BULLET_LINE_RE = re.compile(r"\n[ \t]*" + _BULLET)


def _checks(x, metric: str | None) -> tuple:
    """The checks for a count of ``metric``: the bulleted items' only in a text
    with a bulleted line, and for participants the list's only in a text that
    says "terdata" (found once per text, not per count)."""
    found = x.__dict__.get("_other_checks")
    if found is None:
        text = x.text
        bullets = bool(_BULLET_RE.match(text) or _BULLET_LINE_RE.search(text))
        region = (*_NOT_OF_A_REGION, _is_bullet_part) if bullets else _NOT_OF_A_REGION
        # a count of participants also needs some word of membership
        members = (*region, _is_listed_only) if x.a.holds(("terdata",)) else region
        found = x.__dict__["_other_checks"] = (region, members)
    return found[1] if metric == PARTICIPANTS else found[0]


def other_count(
    x, metric: str | None, cands: list[_Cand], i: int, s: _Sentence, tail: str
) -> str | None:
    """None for a count of participants or workforce that is not a region's
    (its rule says why), else ``metric``."""
    c = cands[i]
    for check in _checks(x, metric):
        if check(x, c, s, tail):
            c.rule = "poolprec"
            _group_goes_on(x, cands, i, s, metric)
            _group_to_sum(x, cands, i, s)
            return None
    if x.a.holds(_STEMS) and (_subdistrict_item(x, c, s, tail) or _some_subdistricts(x, c, s)):
        c.rule = "subdistrict"
        # the group it names is still the one the text goes on about (the
        # list's first item names it; the later ones name none of their own)
        if not x._groups_at.get(s.lo, set()) - {TOTAL}:
            _group_goes_on(x, cands, i, s, metric)
        return None
    if _is_sub_part(x, cands, i, s):
        c.rule = "poolprec"
        _group_goes_on(x, cands, i, s, metric)
        return None
    return metric
