"""Which place a standing names as its scope and which as its holder (round
"places"): a region read as the scope of a superlative is no figure's place,
one read as the holder is. The article marks scopes when it finds its
mentions (``_Article._is_scope``); these readings correct the marks once,
before the sentences are read.

- "(Bupati OKI ...) Ini merupakan capaian terbesar di Sumsel": in a story
  about a regency or city, its province right after a superlative is the scope.
- "... menjadi 5 besar terbaik secara nasional": the nation after a standing
  is its scope, as "tingkat nasional" is.
- "dari enam daerah di Provinsi Gorontalo, cakupan yang tertinggi di Bone
  Bolango": a regency or city named after the superlative, when the sentence
  named its own province before, holds the standing; the province is the scope.

Rules of the extractor, run once before the subject region is settled
(``_mark_scopes``); pure Python."""

from __future__ import annotations

import re

from .article import _Mention
from .cues_text import _SUPERLATIVE_RE, _SUPERLATIVE_STEMS

# "capaian terbesar di", "tertinggi se-": a superlative and the word of its scope
_SUPERLATIVE_AT_RE = re.compile(
    r"\b(?:tertinggi|terbesar|terbanyak|terbaik|teratas)[ \t]+(?:di|se-?)[ \t]*"
    r"(?:provinsi[ \t]+)?$",
    re.IGNORECASE,
)
# "5 besar terbaik secara", "tertinggi secara": a standing right before the nation
_STANDING_BEFORE_NATION_RE = re.compile(
    r"(?:" + _SUPERLATIVE_RE.pattern + r"|\b\d{1,2}[ \t]+besar\b)[^\d.;,]{0,25}$",
    re.IGNORECASE,
)
_STANDING_STEMS = (*_SUPERLATIVE_STEMS, "besar")


class PlaceScopes:
    def _mark_scopes(self) -> None:
        """The article's scope marks corrected, before the subject region is
        settled and any sentence is read."""
        if self.a.holds(_SUPERLATIVE_STEMS):
            self._mark_standing_scopes(self.a.mentions)

    def _mark_standing_scopes(self, mentions: list[_Mention]) -> None:
        nation = self.a.index.nation_code
        for k, m in enumerate(mentions):
            if m.code == nation and not m.scope:
                m.scope = self._nation_after_standing(m)
            elif m.scope:
                m.scope = not self._holder_in_own_province(m, mentions[:k])
            elif m.placing and "." not in m.code:
                m.scope = self._province_around_subject(m)

    def _nation_after_standing(self, m: _Mention) -> bool:
        """ "5 besar terbaik secara nasional": the nation, a standing's scope."""
        if not self.text.startswith(("secara", "Secara"), m.start):
            return False
        s = self.a.sentence_at(m.start)
        lo = max(s.lo if s is not None else 0, m.start - 60)
        return self.a.may_hold(lo, m.start, _STANDING_STEMS) and bool(
            _STANDING_BEFORE_NATION_RE.search(self.text, lo, m.start)
        )

    def _province_around_subject(self, m: _Mention) -> bool:
        """ "(OKI ...) Ini merupakan capaian terbesar di Sumsel": in a story about
        a regency or city, its province named right after a superlative is the
        standing's scope, not the place of the story's figures."""
        subject = self.a.subject
        if not subject or "." not in subject or self.a.index.province_of(subject) != m.code:
            return False
        lo = max(0, m.start - 30)
        return self.a.may_hold(lo, m.start, _SUPERLATIVE_STEMS) and bool(
            _SUPERLATIVE_AT_RE.search(self.text, lo, m.start)
        )

    def _holder_in_own_province(self, m: _Mention, earlier: list[_Mention]) -> bool:
        """A regency or city marked as a scope whose own province the sentence
        named before it: the place that holds the standing, within that scope."""
        index = self.a.index
        entry = index.get(m.code)
        if entry is None or not entry.parent_code or len(m.codes) != 1:
            return False
        s = self.a.sentence_at(m.start)
        if s is None:
            return False
        return any(
            e.start >= s.lo and len(e.codes) == 1 and index.is_ancestor(e.code, m.code)
            for e in earlier
        )
