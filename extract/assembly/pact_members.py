"""An emulation pact's signers: the bloc's members, however the page lists them.

A pact ("giao ước thi đua") is signed by every member of a bloc at once (facts-format: one joint signing of the
members that are named). Pages name the members in many shapes ("Khối thi đua X gồm: A, B, C", "Tham dự ký kết có các
đơn vị A, B, C", "7 đơn vị thuộc Khối, gồm: ...", a caption), and the sentence that tells the signing often names
the bloc alone, its leader or nobody ("Hội nghị đã ký kết giao ước thi đua năm 2023"). The grammar of the signing
sentence then reads one party or none, and every pair of members is lost. Here the longest list of bodies in the
body of the page whose sentence tells membership stands for the members:

- a pact the grammar read with fewer than ``MIN_MEMBERS`` parties takes the list's members besides its own;
- a pact sentence the grammar reads as a reported signing (not planned, not an old act, not "đăng ký") but with no
  party is signed by the list's members, with the date, period and document the grammar read for it.

Not when a pact of the page already has its members (another sentence read them): the list would add its guests.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from phoihop.extract.agencies import AgencyMention
from phoihop.extract.assembly.context import Mentions
from phoihop.extract.relations import Signing, SigningCandidate
from phoihop.extract.relations.mention_lists import _listed_members

MIN_MEMBERS = 3  # a list this long is a bloc's members; a pact read with fewer parties takes it
_PACT = re.compile(r"(?<![\w])giao\s+ước(?![\w])", re.IGNORECASE)
# what a list of a bloc's members follows in its sentence: "Khối thi đua X gồm", "các thành viên trong khối",
# "Tham dự ký kết có các đơn vị", "7 đơn vị thuộc Cụm"; not the guests who attend ("dự chỉ đạo"), nor the bodies a
# sentence names for anything else
_MEMBERS_LEAD = re.compile(
    r"(?<![\w])(?:(?:bao\s+)?gồm(?:\s+có)?|thành\s+viên|(?:khối|cụm)(?:\s+thi\s+đua)?|(?:tham\s+(?:dự|gia)\s+)?ký(?:\s+kết)?"
    r"|\d+\s+đơn\s+vị)(?![\w])",
    re.IGNORECASE,
)
MEMBERS_LEAD_WINDOW = 160  # before a list's first member, inside its sentence: where its lead is read


def _longest_members_list(
    text: str, m: Mentions, bodies: list[AgencyMention], key_of: Callable[[AgencyMention], str]
) -> list[str]:
    """The party keys of the longest list of bodies in ``bodies`` (each read as a "gồm" list is) that its sentence
    tells as a bloc's members."""
    best: list[str] = []
    k = 0
    while k < len(bodies):
        # (a bloc's members may be numbered and parted by ";": "gồm: (1) Văn phòng Tỉnh ủy; (2) Ban Tổ chức Tỉnh ủy")
        members = _listed_members(text, bodies, k, semicolons=True)
        keys = list(dict.fromkeys(key_of(b) for b in members))
        if len(keys) > len(best):
            first = members[0].start
            sentence_start = m.sentences[m.sentence_index(first)][0]
            if _MEMBERS_LEAD.search(text, max(sentence_start, first - MEMBERS_LEAD_WINDOW), first):
                best = keys
        k += len(members)
    return best


def widen_pacts(
    text: str,
    m: Mentions,
    key_of: Callable[[AgencyMention], str],
    title_end: int,
    cands: list[SigningCandidate],
    found: list[Signing],
) -> list[Signing]:
    """``found`` (the signings resolved from ``cands``) with each pact's members (see the module's note)."""
    if not _PACT.search(text):
        return found  # (most pages print no pact: one scan of the page)
    pacts = [s for s in found if _PACT.search(text, *m.sentences[s.sentence])]
    if any(len(set(s.parties)) >= MIN_MEMBERS for s in pacts):
        return found
    # a pact the grammar reads as signed but with no party: the body's sentence before the headline's (it dates the act)
    told = sorted(
        (c for c in cands if not c.parties and _PACT.search(text, *m.sentences[c.sentence])),
        key=lambda c: c.in_title,
    )
    if not pacts and not told:
        return found
    bodies = [a for a in m.agencies if a.start >= title_end and not a.in_title and not a.is_location]
    members = _longest_members_list(text, m, bodies, key_of)
    if len(members) < MIN_MEMBERS:
        return found
    for s in pacts:
        s.parties = list(dict.fromkeys([*members, *s.parties]))
    if not pacts:
        c = told[0]
        found = [*found, Signing(members, c.period, c.date, c.document, c.sentence, recent=c.recent)]
    return found
