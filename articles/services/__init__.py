"""Writes in the articles app, by step of an article's way through Cakupan:

- ``articles_in``  an article from its text, the claims the extractor proposes
- ``accept``       a claim accepted: the record it becomes, and the refusals
- ``desk``         the review desk's other writes (reject, in bulk, by hand)

The public names are importable from ``articles.services`` as before.
"""

from .accept import (
    COMPARED_FIELDS,
    CORRECTABLE,
    RECORD_FORMS,
    RECORD_MODELS,
    AcceptResult,
    BulkRefused,
    Refusal,
    claim_accept,
    display_value,
    figures_same_place,
    record_existing,
)
from .articles_in import (
    ImportResult,
    article_get_or_create,
    article_import,
    article_same,
    claim_accepted_for_record,
    claims_propose,
)
from .desk import (
    article_delete,
    article_mark_reviewed,
    bulk_accept_refusal,
    claim_add,
    claim_reject,
    claim_review_defaults,
    claim_span_set,
    claims_accept,
    claims_accept_rest,
    claims_reject,
    record_comparison,
)

__all__ = [
    "COMPARED_FIELDS",
    "CORRECTABLE",
    "RECORD_FORMS",
    "RECORD_MODELS",
    "AcceptResult",
    "BulkRefused",
    "ImportResult",
    "Refusal",
    "article_delete",
    "article_get_or_create",
    "article_import",
    "article_mark_reviewed",
    "article_same",
    "bulk_accept_refusal",
    "claim_accept",
    "claim_accepted_for_record",
    "claim_add",
    "claim_reject",
    "claim_review_defaults",
    "claim_span_set",
    "claims_accept",
    "claims_accept_rest",
    "claims_propose",
    "claims_reject",
    "display_value",
    "figures_same_place",
    "record_comparison",
    "record_existing",
]
