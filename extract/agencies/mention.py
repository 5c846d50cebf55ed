"""An agency mention (``AgencyMention``), a member of a spread list, and the text between two mentions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace


@dataclass
class AgencyMention:
    start: int
    end: int
    text: str
    canonical: str
    sector: str
    has_level: bool
    in_title: bool = False
    is_location: bool = False
    signer: bool = False  # named in the title of a person who signs (an actor after all)
    core_role: str = ""
    core: str = ""
    pre: str = ""
    att: str = ""
    listed: bool = False  # one member of a spread list ("Huyện ủy A, B": the "B"); never spread again
    listed_with_committee: bool = False  # an organ named by the committee after its list ("Ban X, Ban Y của Tỉnh ủy")


def _as_list_member(a: AgencyMention, start: int, end: int, canonical: str, att: str, *, text: str) -> AgencyMention:
    """``a`` as one member of a spread list ("Huyện ủy A, B": the "B"): the member's span, name and place, with
    a level, never spread again; a member is no signer by title nor an organ named by a committee after it."""
    return replace(
        a,
        start=start,
        end=end,
        text=text,
        canonical=canonical,
        has_level=True,
        att=att,
        listed=True,
        signer=False,
        listed_with_committee=False,
    )


def _gap(text: str, found: list[AgencyMention], j: int) -> str:
    """The text between found[j] and the mention after it ("" past the end, which no separator matches)."""
    if j + 1 >= len(found) or found[j + 1].start < found[j].end:
        return "."
    return text[found[j].end : found[j + 1].start]


def text_without_bodies(text: str, start: int, end: int, bodies: list[AgencyMention]) -> str:
    """``text[start:end]`` with the ``bodies`` (sorted by start) that lie wholly inside it blanked out (same length):
    what else a stretch holds between the bodies it names ("của UBND tỉnh ngày", "QH, Ủy ban thường vụ QH, ")."""
    out = list(text[start:end])
    for a in bodies[bisect.bisect_left(bodies, start, key=lambda b: b.start) :]:
        if a.start >= end:
            break
        if a.end <= end:
            out[a.start - start : a.end - start] = " " * (a.end - a.start)
    return "".join(out)
