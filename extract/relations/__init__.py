"""Relations between mentions: who issued a document, and which signings the article reports.

Signing grammar (facts-format.md): "với" pairs one party with each of the others
("A ký kết ... với B, C và D"; "giữa A với B và C"); parties listed without "với"
sign jointly ("A, B và C ký kết"; "A cùng B ..."; "giữa A, B và C").

A sentence is read in stages: its signing verbs (``_signing_verbs``), then per verb clause the
subject (``_clause_subject``), the parties (``_between_parties`` / ``_with_parties``), the period
(``_clause_period``) and the signed document (``_signed_document``).

The package, lowest first (a module imports only those above it in this list): ``patterns`` (patterns and windows
several stages read), ``records`` (a signing candidate, a signing), ``mention_lists`` (lists of mentions and the
gaps between them), ``article_scan`` (one article's scan, its sentences and listed groups), ``verbs`` (signing
verbs), ``periods`` (a clause's period, a programme's term), ``titles`` (signers' titles), ``references`` (bodies
referred to by a count, a number or a kind), ``subject`` (a clause's subject), ``parties`` (its other parties),
``document`` (its signed document and year), ``candidates`` (``signing_candidates``), ``resolve``
(``resolve_signings``) and ``issuers`` (``document_parties``).
"""

from __future__ import annotations

from phoihop.extract.relations.candidates import signing_candidates
from phoihop.extract.relations.issuers import (
    PASSIVE_RETELLING_OPENING,
    PartiesByCount,
    document_parties,
    rests_on_document,
    signers_retold_after,
)
from phoihop.extract.relations.patterns import _SIGNED_KINDS as SIGNED_KINDS
from phoihop.extract.relations.periods import (
    is_law_year,
    is_open_year,
    is_other_texts_term,
    is_until,
    open_period,
    programme_term,
)
from phoihop.extract.relations.records import Signing, SigningCandidate
from phoihop.extract.relations.resolve import resolve_signings
from phoihop.extract.relations.titles import (
    TITLE_BEFORE_NAME_GAP,
    first_body_in,
    mark_signer_titles,
    mark_signers_titled_before_their_names,
)

__all__ = [
    "PASSIVE_RETELLING_OPENING",
    "SIGNED_KINDS",
    "TITLE_BEFORE_NAME_GAP",
    "PartiesByCount",
    "Signing",
    "SigningCandidate",
    "document_parties",
    "first_body_in",
    "is_law_year",
    "is_open_year",
    "is_other_texts_term",
    "is_until",
    "mark_signer_titles",
    "mark_signers_titled_before_their_names",
    "open_period",
    "programme_term",
    "resolve_signings",
    "rests_on_document",
    "signers_retold_after",
    "signing_candidates",
]
