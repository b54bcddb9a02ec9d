"""Which amounts are premium budgets beyond what the money words say: an
increment ("menambahkan anggaran Rp3,5 miliar"), a whole agency's budget
("Disnaker memiliki anggaran Rp29 miliar") and a part of a budget broken down
("Rincian ... meliputi pembayaran premi sebesar Rp2,2 miliar") are not; the
premiums a government pays for a group ("dengan nilai iuran Rp2,3 miliar") are."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import BUDGET_IDR

# "menambahkan (alokasi) anggaran sebesar", "tambahan dana", "penambahan anggaran":
# the amount added, not the budget
_INCREMENT_RE = re.compile(
    r"\b(?:menambah(?:kan)?|ditambah(?:kan)?|tambahan|penambahan|kenaikan)\b"
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
        return metric
