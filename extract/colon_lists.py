"""Lists whose items a page prints one per line after a line that ends with a colon ("ký kết chương trình phối hợp
với các đơn vị sau:" / "1. Sở Y tế;" / "2. Hội Nông dân tỉnh."): the items are the words the colon announces, one
sentence with the line before, and their markers ("1.", "-", "+", "(2)", "b)") are no words of it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from phoihop.text import line_spans

# The mark that opens an item: a bullet or a dash, a number or a letter with a full stop or a bracket
_MARKER = re.compile(r"[ \t]*(?:[-+•*·–]|\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))(?=[ \t]+\S)")
# the line that announces the list ends with a colon, maybe before spaces
_OPENS_A_LIST = re.compile(r":[ \t]*$")
# The marks an item may end with itself ("1. Sở Y tế;", "2. Hội Nông dân tỉnh.")
_ITEM_END = frozenset(";,.:!?")
MAX_ITEMS = 30  # a longer run of marked lines is a page's list of links, no sentence's items


@dataclass(frozen=True)
class ColonList:
    """The line breaks inside one list (each before an item) and the spans of its items' markers."""

    breaks: tuple[tuple[int, int], ...]
    markers: tuple[tuple[int, int], ...]

    def inside(self, spans: list[tuple[int, int]]) -> bool:
        """Whether an item's marker lies inside one of ``spans`` (sorted, not overlapping: the page's furniture)."""
        starts = [s for s, _ in spans]
        for m, _ in self.markers:
            k = bisect.bisect_right(starts, m) - 1
            if k >= 0 and spans[k][0] <= m < spans[k][1]:
                return True
        return False


def colon_lists(text: str) -> list[ColonList]:
    """The lists of ``text`` printed one item a line after a line that ends with a colon."""
    lines = list(line_spans(text))
    out: list[ColonList] = []
    i = 1  # (the headline announces no list)
    while i < len(lines):
        start, end = lines[i]
        if not _OPENS_A_LIST.search(text, start, end):
            i += 1
            continue
        breaks: list[tuple[int, int]] = []
        markers: list[tuple[int, int]] = []
        j = i + 1
        while j < len(lines) and len(markers) < MAX_ITEMS:
            m = _MARKER.match(text, lines[j][0], lines[j][1])
            if m is None:
                break
            breaks.append((lines[j - 1][1], lines[j][0]))
            markers.append((m.end() - len(m.group(0).lstrip(" \t")), m.end()))
            j += 1
        if markers and j - i - 1 < MAX_ITEMS:
            out.append(ColonList(tuple(breaks), tuple(markers)))
        i = max(j, i + 1)
    return out


def as_sentences(text: str, lists: list[ColonList]) -> str:
    """``text`` with each list of ``lists`` run into the line that announces it: the line breaks before its items
    and their markers blanked (same length), an item that ends with no mark of its own set off from the next by a
    semicolon, as a sentence sets off its list's members (run together, an item's last words read as the next one's
    first: "NGƯỜI KÝ:" / "- Đại tá A - Giám đốc Công an tỉnh" / "- Ông B - Viện trưởng ..." gave B the first title)."""
    if not lists:
        return text
    out = list(text)
    for cl in lists:
        for s, e in cl.breaks + cl.markers:
            out[s:e] = " " * (e - s)
        for s, _ in cl.breaks[1:]:  # (the first break is the announcing line's, after its colon)
            if text[s - 1] not in _ITEM_END:
                out[s] = ";"
    return "".join(out)
