"""Small text helpers shared by the stages (``extract`` and ``graph`` may both import this).

Kept here, in core, so that one definition serves every stage: core imports
neither ``phoihop.extract`` nor ``phoihop.graph``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

WS = re.compile(r"\s+")
"""A run of whitespace (``WS.sub(" ", text)`` collapses it to one space)."""

UPPER_LETTERS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper())
"""The upper-case letters of the Latin script up to the last of Vietnamese's ("Ỹ"), one after another (for
character classes: not "À-Ỹ", whose range holds lower-case letters too)."""
LOWER_LETTERS = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.isalpha() and c.islower())
"""The lower-case letters of the Latin script up to the last of Vietnamese's ("ỹ")."""

# A dash between two parts of a name, however the page spaced it; not a hyphen inside a word, a letter before it and a
# small letter after (a foreign place transliterated syllable by syllable: "Chăm-pa-sắc", "Bô-ly-khăm-xay")
# (nor a code's, a letter before it and a digit after: "COVID-19")
_NAME_DASH = re.compile(rf"\s+-\s*|-\s+|(?<![^\W\d_])-|-(?![{LOWER_LETTERS}\d])")


def spaced_dashes(text: str) -> str:
    """``text`` with each dash between two parts of a name spaced one way (" - "), a word's own hyphens kept."""
    return _NAME_DASH.sub(" - ", text) if "-" in text else text


_SPACES = re.compile(r"\s*")


def skip_spaces(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is not white space."""
    m = _SPACES.match(text, pos)
    assert m is not None  # "\s*" matches everywhere
    return m.end()


def clause_start(text: str, end: int, window: int, stops: re.Pattern) -> int:
    """Where the clause that ends at ``end`` starts: right after the last of ``stops`` within ``window`` characters
    before it, else at the window's start."""
    start = max(0, end - window)
    found = list(stops.finditer(text, start, end))
    return found[-1].end() if found else start


def unique(items: Iterable[T], key: Callable[[T], Hashable] | None = None) -> list[T]:
    """``items`` without repeats, in first-seen order; ``key(item)`` decides what counts as a repeat."""
    seen: set = set()
    out: list[T] = []
    for item in items:
        k = item if key is None else key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def unique_folded(items: Iterable[str]) -> list[str]:
    """Strings without repeats that differ only in case (``str.casefold``); the first spelling is kept."""
    return unique(items, key=str.casefold)


def bare_letters(text: str) -> str:
    """``text`` without its tone and vowel marks, case-folded ("Dương Ngọc Sáu" -> "duong ngoc sau"): two spellings
    of one name that a typo's missing mark tells apart ("Ninh Binh", "Ninh Bình") read alike."""
    base = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in base if not unicodedata.combining(c)).casefold()


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line of ``text``, its spaces trimmed at both ends."""
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e
