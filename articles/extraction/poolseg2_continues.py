"""A sentence that goes on about the sentence before carries that sentence's
group only when the figure there took it (issue #13, pooled round
"poolseg2"). "Angkatan kerja di Kabupaten X tercatat 212.340 jiwa di luar TNI,
Polri, PNS dan P3K. Dari jumlah angkatan kerja tersebut, 61.870 jiwa atau 29,14%
telah terlindungi": the group named before ("TNI, Polri, PNS") is what the
figure leaves out, the 212.340 is everyone's, and so are the 61.870 and the
29,14 %. "Segmen PU berpotensi 35.036 pekerja. Bahkan, peserta aktif mencapai
38.036 pekerja" still carries: the 35.036 is the PU's. A mixin placed before
``PoolsegContinues`` in the extractor; pure Python."""

from __future__ import annotations

from .article import _Cand, _Sentence


class Poolseg2Continues:
    def _group_gone_on_with(self, cand: _Cand, s: _Sentence) -> str | None:
        group = super()._group_gone_on_with(cand, s)
        if group is None:
            return None
        # ``_last_figure`` is (segment, sentence start) of the last figure, in the
        # sentence right before (the parent checked); ``_groups_at`` the groups its
        # figures took
        last = self.__dict__.get("_last_figure")
        if last is None or group not in self._groups_at.get(last[1], ()):
            return None  # a group no figure there took: an exclusion, an aside
        return group
