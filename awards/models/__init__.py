"""Paritrana Award: editions, categories, panels (Tim 9), criteria, nominees,
scores, and outcomes recorded from sources.

The edition label, the assessment period and the ceremony date differ
(domain.md §4.2), so all three are stored. Ranks are computed from scores
elsewhere (awards/ranking.py); outcomes published without scores are
recorded as they were reported.

Rules the database holds: value ranges, one chair and one secretary per
panel, one seat per account and edition, a nominee is a region or an
organisation (never both), a locked edition records when it was locked.
Rules it cannot hold, because they span rows, are kept in ``clean()``, the
admin forms and awards/services.py: the weights of a category total
100 %, a score belongs to a criterion and a nominee of the same category
and to a panel member of that edition, and a locked edition takes no score
writes (see services.scores_save / edition_lock).

A module per model family; every public name is importable from
``awards.models`` as before (the migrations name ``awards.models.evidence_path``
and ``awards.models.evidence_storage``):

- ``editions``: Edition, Category, PanelMember, Criterion;
- ``nominees``: Nominee and its Evidence (with the storage of its files);
- ``scoring``: Score, Abstention, TieBreak;
- ``outcomes``: OutcomeOrigin, Outcome.
"""

from .editions import SCORE_VALIDATORS, Category, Criterion, Edition, PanelMember
from .nominees import Evidence, EvidenceStorage, Nominee, evidence_path, evidence_storage
from .outcomes import Outcome, OutcomeOrigin
from .scoring import Abstention, Score, TieBreak

__all__ = [
    "SCORE_VALIDATORS",
    "Abstention",
    "Category",
    "Criterion",
    "Edition",
    "Evidence",
    "EvidenceStorage",
    "Nominee",
    "Outcome",
    "OutcomeOrigin",
    "PanelMember",
    "Score",
    "TieBreak",
    "evidence_path",
    "evidence_storage",
]
