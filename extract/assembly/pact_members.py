"""An emulation pact's signers: the bloc's members, however the page lists them.

A pact ("giao ước thi đua") is signed by every member of a bloc at once (facts-format: one joint signing of the
members that are named). Pages name the members in many shapes ("Khối thi đua X gồm: A, B, C", "Tham dự ký kết có các
đơn vị A, B, C", "7 đơn vị thuộc Khối, gồm: ...", a caption), and the sentence that tells the signing often names
the bloc alone, its leader or nobody ("Hội nghị đã ký kết giao ước thi đua năm 2023"). The grammar of the signing
sentence then reads one party or none, and every pair of members is lost. Here the longest list of bodies in the
body of the page stands for the members:

- a pact the grammar read with fewer than ``MIN_MEMBERS`` parties takes the list's members besides its own;
- a pact the page tells as signed, of which the grammar read nothing, is signed by the list's members, on the date of
  its sentence (else the event's), for the year printed after it ("giao ước thi đua năm 2023": that year).

Not when a pact of the page already has its members (another sentence read them): the list would add its guests.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from phoihop.extract.agencies import AgencyMention
from phoihop.extract.dates import DateMention
from phoihop.extract.relations import Signing
from phoihop.extract.relations.mention_lists import _listed_members

MIN_MEMBERS = 3  # a list this long is a bloc's members; a pact read with fewer parties takes it
_PACT = re.compile(r"(?<![\w])giao\s+ước(?![\w])", re.IGNORECASE)
# a pact told as signed: "ký (kết) (bản) giao ước", "giao ước thi đua ... đã được ký kết" (not registered for: "đăng
# ký giao ước thi đua")
_PACT_SIGNED = re.compile(
    r"(?<![\w])(?<!đăng\s)ký(?:\s+kết)?\s+(?:bản\s+|các\s+)?giao\s+ước(?![\w])"
    r"|(?<![\w])giao\s+ước(?:\s+thi\s+đua)?[^.;\n]{0,80}?(?<![\w])(?:được|đã)\s+ký(?![\w])",
    re.IGNORECASE,
)
# what a list of a bloc's members follows in its sentence: "Khối thi đua X gồm", "các thành viên trong khối",
# "Tham dự ký kết có các đơn vị", "7 đơn vị thuộc Cụm"; not the guests who attend ("dự chỉ đạo"), nor the bodies a
# sentence names for anything else
_MEMBERS_LEAD = re.compile(
    r"(?<![\w])(?:(?:bao\s+)?gồm(?:\s+có)?|thành\s+viên|(?:khối|cụm)(?:\s+thi\s+đua)?|(?:tham\s+(?:dự|gia)\s+)?ký(?:\s+kết)?"
    r"|\d+\s+đơn\s+vị)(?![\w])",
    re.IGNORECASE,
)
MEMBERS_LEAD_WINDOW = 160  # before a list's first member, inside its sentence: where its lead is read
# "giao ước thi đua năm 2023": the year the pact is for
_PACT_YEAR = re.compile(r"giao\s+ước[^.;:\n]{0,80}?(?<![\w])năm\s+((?:19|20)\d\d)(?![\d\s]*[-–/])", re.IGNORECASE)


def _longest_list(
    text: str, sentences: list[tuple[int, int]], bodies: list[AgencyMention], key_of: Callable[[AgencyMention], str]
) -> list[str]:
    """The party keys of the longest list of bodies in ``bodies`` (each read as a "gồm" list is) that its sentence
    tells as a bloc's members."""
    starts = [s for s, _ in sentences]
    best: list[str] = []
    k = 0
    while k < len(bodies):
        members = _listed_members(text, bodies, k)
        keys = list(dict.fromkeys(key_of(b) for b in members))
        if len(keys) > len(best):
            first = members[0].start
            sentence_start = starts[max(0, bisect.bisect_right(starts, first) - 1)]
            if _MEMBERS_LEAD.search(text, max(sentence_start, first - MEMBERS_LEAD_WINDOW), first):
                best = keys
        k += len(members)
    return best


def _pact_year(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The year a pact is for, as its sentence prints it after the pact ("giao ước thi đua năm 2023")."""
    year = _PACT_YEAR.search(text, start, end)
    return (int(year.group(1)), int(year.group(1))) if year else None


def _told_pact(text: str, sentences: list[tuple[int, int]], title_end: int) -> int | None:
    """The first sentence that tells a pact signed, the body's before the headline's (the body dates the act)."""
    told = [i for i, (s, e) in enumerate(sentences) if _PACT_SIGNED.search(text, s, e)]
    return next((i for i in told if sentences[i][0] >= title_end), told[0] if told else None)


def widen_pacts(
    text: str,
    sentences: list[tuple[int, int]],
    agencies: list[AgencyMention],
    dates: list[DateMention],
    doc_dates: set[int],
    key_of: Callable[[AgencyMention], str],
    title_end: int,
    found: list[Signing],
) -> list[Signing]:
    """``found`` with each pact's members (see the module's note)."""
    if not _PACT.search(text):
        return found  # (most pages print no pact: one scan of the page, not one per sentence)
    pacts = [s for s in found if _PACT.search(text, *sentences[s.sentence])]
    if any(len(set(s.parties)) >= MIN_MEMBERS for s in pacts):
        return found
    told = None if pacts else _told_pact(text, sentences, title_end)
    if not pacts and told is None:
        return found
    bodies = [a for a in agencies if a.start >= title_end and not a.in_title and not a.is_location]
    members = _longest_list(text, sentences, bodies, key_of)
    if len(members) < MIN_MEMBERS:
        return found
    for s in pacts:
        s.parties = list(dict.fromkeys([*members, *s.parties]))
    if told is not None:
        start, end = sentences[told]
        date = next((d for d in dates if start <= d.start < end and d.start not in doc_dates), None)
        found = [*found, Signing(members, _pact_year(text, start, end), date, None, told)]
    return found
