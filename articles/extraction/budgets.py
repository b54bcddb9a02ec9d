"""Amounts: which are premium budgets. The nearest money word decides
("anggaran Rp ...", "APBD sebesar Rp ..."), beyond which: an increment
("menambahkan anggaran Rp3,5 miliar"), a whole agency's budget ("Disnaker
memiliki anggaran Rp29 miliar") and a part of a budget broken down ("Rincian
... meliputi pembayaran premi sebesar Rp2,2 miliar") are not; the premiums a
government pays for a group ("dengan nilai iuran Rp2,3 miliar") are, and so is
an amount right after a fund the sentence says pays premiums ("Iuran mereka
dibayar dari DBHCHT senilai Rp 1,97 miliar"; not "Pemkab X diguyur Rp 437
miliar DBHCHT", the whole fund), and so is the total of premiums a government
paid ("iuran ... yang dibayarkan Pemkot X itu ... sebesar Rp1,49 miliar", "nilai
iuran yang ditanggung pemerintah telah mencapai Rp1,6 miliar"; no benefit or
claim word between). "ditambah dengan anggaran sebesar" is a second budget
beside the first, not an increment. Nor is the whole of which the sentence
names a budget's part ("menyerap Rp20 miliar dari total alokasi Rp40 miliar",
"mendapat DBH Rp46 miliar, dan dari jumlah tersebut Dinas X mendapat bagian
Rp700 juta"): the part is the budget.

Not budgets either: a count in thousands with no "Rp" counts people ("Sebanyak
12 ribu di antaranya dibiayai lewat APBD"); an amount under a million rupiah is
a price per worker ("Rp201.600 bagi tiap pekerja setiap tahun"); a benefit paid
("santunan dana kematian sebesar Rp2,1 miliar", "biaya pendidikan Rp
45.000.000") or a region's part of the claims of the sentence before ("Klaim
peserta di Provinsi A mencapai Rp500 miliar. Untuk wilayah Kota B sebesar
Rp2,3 miliar.")."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _decide, _Sentence
from .figures import BUDGET_IDR
from .numbers import _PER_UNIT_RE

# "menambahkan (alokasi) anggaran sebesar", "tambahan dana", "penambahan anggaran":
# the amount added, not the budget
_INCREMENT_RE = re.compile(
    r"\b(?:menambah(?:kan)?|ditambah(?:kan)?|tambahan|penambahan|kenaikan)\b"
    # "..., ditambah dengan anggaran sebesar Rp2 miliar dari APBD": a second budget
    # beside the first (another payer's), not an increment of it
    r"(?![ \t]+dengan[ \t]+(?:anggaran|dana|alokasi)\b)"
    # "... ditambah menjadi Rp6 miliar": the level it reached is the budget
    r"(?![^.;,\d]*\b(?:menjadi|jadi)\b)[^.;,\d]{0,50}$",
    re.IGNORECASE,
)
# "Disnaker Kota Medan memiliki anggaran sebesar", "anggaran Dinas Tenaga Kerja":
# a whole agency's budget (salaries and all), not the premiums it pays
_AGENCY_BUDGET_RE = re.compile(
    r"\b(?:dinas|disnaker\w*|opd|instansi|satuan[ \t]+kerja|satker|kementerian|badan)\b"
    r"[^.;,\d]{0,60}\b(?:memiliki|mempunyai|punya|mengelola)[ \t]+(?:total[ \t]+)?"
    r"(?:anggaran|pagu|dana)\b[^.;,\d]{0,30}$"
    r"|\b(?:anggaran|pagu)[ \t]+(?:dinas|disnaker\w*|opd|instansi)\b[^.;,\d]{0,40}$",
    re.IGNORECASE,
)
# "Rincian kebutuhan anggaran tersebut meliputi pembayaran premi ... sebesar": one
# part of a budget broken down, not the budget
_BREAKDOWN_RE = re.compile(
    r"\brincian(?:nya)?\b[^.;\d]{0,80}?\b(?:meliputi|terdiri|yaitu|yakni|antara[ \t]+lain|untuk)\b"
    r"[^.;\d]{0,80}$",
    re.IGNORECASE,
)
# "dengan nilai iuran Rp2,3 miliar", "total iuran yang dibayarkan Pemkot Rp 1,2 miliar"
_PREMIUM_TOTAL_RE = re.compile(
    r"\b(?:nilai|total|jumlah|besaran)[ \t]+(?:iuran|premi)(?:nya)?\b[^.;,\d]{0,40}$",
    re.IGNORECASE,
)
# who pays the premiums: a local government or its budget
_PAYER_RE = re.compile(
    r"\b(?:pemkot|pemkab|pemprov|pemko|pemda|pemerintah[ \t]+(?:kota|kabupaten|provinsi|daerah)"
    r"|apbd|apbn|dbhcht)\b",
    re.IGNORECASE,
)
# a premium total is a sum in the millions, not one person's monthly premium
_MIN_PREMIUM_TOTAL = 100_000_000

# no budget of a government or a programme is this small: a premium or a price
_LEAST_BUDGET = 1_000_000
# a benefit named with a budget word: "dana kematian", "biaya pendidikan"
_BENEFIT_NAME_RE = re.compile(
    r"(?:dana|biaya)[ \t]+(?:kematian|pendidikan|pemakaman|perawatan|pengobatan|beasiswa)\b",
    re.IGNORECASE,
)
_SANTUNAN_END_RE = re.compile(r"\bsantunan[ \t]+$", re.IGNORECASE)
# "Untuk wilayah Kota B sebesar": a region's part of the amount said before
_REGION_PART_START_RE = re.compile(
    r"[ \t]*(?:sedangkan[ \t]+|adapun[ \t]+|khusus[ \t]+)?untuk[ \t]+(?:wilayah|daerah"
    r"|kabupaten|kota|provinsi)\b[^\d.;]{0,40}?\bsebesar[ \t]+$",
    re.IGNORECASE,
)
# "iuran BPJS Ketenagakerjaan yang dibayarkan Pemkot X itu ... sebesar", "nilai iuran
# yang ditanggung pemerintah telah mencapai": the premiums a government paid, in
# total (no benefit or claim word between)
_PREMIUMS_PAID_RE = re.compile(
    r"\b(?:iuran|premi)(?:nya)?\b[^.;\d]{0,60}?\b(?:yang[ \t]+)?(?:telah[ \t]+|sudah[ \t]+)?"
    r"(?:dibayar(?:kan)?|ditanggung|dibiayai)[ \t]+(?:oleh[ \t]+)?(?:pemerintah|pemkot|pemkab"
    r"|pemprov|pemko|pemda|apbd)\b(?![^.;\d]*\b(?:klaim|santunan|manfaat|jht)\b)[^.;\d]{0,80}$",
    re.IGNORECASE,
)
# "Rp20 miliar dari total alokasi sekitar": the whole after its part
_WHOLE_AFTER_PART_RE = re.compile(
    r"\bRp\.?[ \t]*\d[\d.,]*(?:[ \t]*(?:triliun|miliar|milyar|juta))?\b[^.;\d]{0,20}?"
    r"\bdari[ \t]+(?:total|jumlah|seluruh|keseluruhan)[ \t]+(?:alokasi|anggaran|dana|pagu)\b"
    r"[^.;\d]{0,40}$",
    re.IGNORECASE,
)
# "Rp46 miliar lebih, dan dari jumlah tersebut Dinas X mendapat bagian Rp": the
# whole before its part
_PART_OF_IT_AFTER_RE = re.compile(
    r"[^.;\d]{0,20}?,?[ \t]*(?:dan[ \t]+)?dari[ \t]+(?:jumlah|total|dana|anggaran)[ \t]+"
    r"(?:tersebut|itu)\b[^.;\d]{0,100}?\bRp",
    re.IGNORECASE,
)
_MONEY_CATEGORIES = ("budget", "budget_x", "budget_small")
# the fund, then at most a few words ("senilai", "sebesar", "tahun 2025") before the amount
_FUND_TAIL_RE = re.compile(
    r"\b(?:dbhcht|dbh[ \t]+cht|zakat|infak|infaq|csr|tjsl)\b[^.;,\d]{0,25}$",
    re.IGNORECASE,
)
_PREMIUM_RE = re.compile(r"\b(?:iuran|premi)(?:nya)?\b", re.IGNORECASE)
_FUND_STEMS = ("dbh", "zakat", "infa", "csr", "tjsl")


class BudgetRules:
    def _budget_check(self, c: _Cand, s: _Sentence, metric: str | None) -> str | None:
        """The metric after the budget rules: a budget vetoed as an increment or
        an agency's whole budget, or premiums paid for a group made one."""
        if c.kind != "money":
            return metric
        lo = max(s.lo, c.start - 120)
        if metric == BUDGET_IDR:
            if (
                _INCREMENT_RE.search(self.text, lo, c.start)
                or _AGENCY_BUDGET_RE.search(self.text, lo, c.start)
                or (
                    "incian" in self.text[s.lo : c.start]
                    and _BREAKDOWN_RE.search(self.text, s.lo, c.start)
                )
                or _whole_of_a_part(self, c, s)
            ):
                return None
            return metric
        if (
            metric is None
            and c.value >= _MIN_PREMIUM_TOTAL
            and _PREMIUM_TOTAL_RE.search(self.text, lo, c.start)
            and _PAYER_RE.search(self.text, s.lo, s.hi)
        ):
            return _decide(c, BUDGET_IDR, "premium_total", 0.6)
        if metric is None and c.value >= _MIN_PREMIUM_TOTAL and _fund_for_premiums(self, c, s):
            return _decide(c, BUDGET_IDR, "fund_for_premiums", 0.6)
        if (
            metric is None
            and c.value >= _MIN_PREMIUM_TOTAL
            and _PREMIUMS_PAID_RE.search(self.text, max(s.lo, c.start - 160), c.start)
        ):
            return _decide(c, BUDGET_IDR, "premiums_paid", 0.55)
        return metric

    # -- money ---------------------------------------------------------------

    def _nearest_money_word(
        self, c: _Cand, p_lo: int, f_hi: int, s: _Sentence | None = None
    ) -> str | None:
        """Which kind of money word is closest before the amount in its clause
        (else just after it, else before it in its sentence)."""
        if c.kind == "count" and not c.rp and c.mult in ("ribu", "rb"):
            # asked whether a bare count is money: thousands of rupiah are written
            # with "Rp" when they are; without it they are people
            return None
        nearest = None
        nearest_cat = None
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].last_before(p_lo, c.start)
            if hit and (nearest is None or hit[1] > nearest[1]):
                nearest, nearest_cat = hit, cat
        if nearest_cat is not None:
            return nearest_cat
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].first_after(c.end, f_hi)
            if hit and (nearest is None or hit[0] < nearest[0]):
                nearest, nearest_cat = hit, cat
        if nearest_cat is not None or s is None:
            return nearest_cat
        # "Anggaran ... Rp 4 miliar, jika dibandingkan ..., di 2025 hanya Rp 3,4 miliar"
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].last_before(s.lo, c.start)
            if hit and (nearest is None or hit[1] > nearest[1]):
                nearest, nearest_cat = hit, cat
        return nearest_cat

    def _classify_money(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
        if c.value < 1 or _PER_UNIT_RE.match(self.text, c.end, s.hi):
            return None
        if not self.hits["budget"].any(s.lo, s.hi):
            return None
        nearest_cat = self._nearest_money_word(c, p_lo, f_hi, s)
        if nearest_cat is None or nearest_cat == "budget_x":
            return None
        if nearest_cat == "budget_small" and c.value < 100_000_000:
            return None
        metric = _decide(c, BUDGET_IDR, "budget_word", 0.75)
        if c.value < _LEAST_BUDGET:
            c.rule = "price_not_budget"
            return None
        if _benefit_paid(self, c, s):
            c.rule = "benefit_not_budget"
            return None
        return metric


def _benefit_paid(x, c: _Cand, s: _Sentence) -> bool:
    """Whether the budget word before the amount names a benefit, or the
    amount is a region's part of the benefits or claims of the sentence before."""
    text = x.text
    hit = x.hits["budget"].last_before(s.lo, c.start)
    if hit is not None and (
        _BENEFIT_NAME_RE.match(text, hit[0])
        or _SANTUNAN_END_RE.search(text, max(s.lo, hit[0] - 12), hit[0])
    ):
        return True
    if not _REGION_PART_START_RE.fullmatch(text, s.lo, c.start):
        return False
    k = bisect.bisect_right(x.a.sentence_starts, s.lo) - 1
    if k <= 0:
        return False
    before = x.a.sentences[k - 1]
    last, last_cat = None, None
    for cat in _MONEY_CATEGORIES:
        found = x.hits[cat].last_before(before.lo, before.hi)
        if found is not None and (last is None or found[0] > last[0]):
            last, last_cat = found, cat
    return last_cat == "budget_x"


def _whole_of_a_part(x, c: _Cand, s: _Sentence) -> bool:
    """An amount the sentence names as the whole of a budget's part: after
    it ("Rp20 miliar dari total alokasi sekitar Rp40 miliar") or before it
    ("Rp46 miliar, dan dari jumlah tersebut Dinas X mendapat bagian Rp700 juta")."""
    text = x.text
    lo = max(s.lo, c.start - 120)
    if "dari" in text[lo : c.start] and _WHOLE_AFTER_PART_RE.search(text, lo, c.start):
        return True
    hi = min(s.hi, c.end + 140)
    return "dari" in text[c.end : hi] and bool(_PART_OF_IT_AFTER_RE.match(text, c.end, hi))


def _fund_for_premiums(x, c: _Cand, s: _Sentence) -> bool:
    """An amount right after a fund that pays premiums: "Iuran mereka dibayar
    dari DBHCHT senilai Rp 1,97 miliar", "Baznas menyalurkan zakat Rp 850 juta
    untuk membayar iuran"."""
    if c.kind != "money":
        return False
    lo = max(s.lo, c.start - 40)
    if not (x.a.holds(_FUND_STEMS) and x.a.may_hold(lo, c.start, _FUND_STEMS)):
        return False
    return bool(
        _FUND_TAIL_RE.search(x.text, lo, c.start) and _PREMIUM_RE.search(x.text, s.lo, s.hi)
    )
