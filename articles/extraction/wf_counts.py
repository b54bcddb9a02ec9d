"""Round "wf", what is left of it: the group of a count of the people who work
and of the rate a count is the whole of."""

from __future__ import annotations

from .article import _Cand, _Sentence
from .count_workforce import employed_group
from .figures import PARTICIPANTS


class WfCounts:
    def _segment(
        self, cands: list[_Cand], i: int, s: _Sentence, claimed: set[int], breaks: list[int]
    ) -> str:
        if cands[i].rule == "employed":
            group = employed_group(self, cands, i, s)
            if group is not None:
                return group
        return super()._segment(cands, i, s, claimed, breaks)

    def _carried_segment(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        if cands[i].rule == "rate_of_it":
            # "..., Sementara Jumlah Cakupannya 9.000, dan itu baru 10 persen": the
            # group the members were counted in before
            metric = PARTICIPANTS
        return super()._carried_segment(cands, i, s, metric)
