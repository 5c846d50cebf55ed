"""Several whole-text scans made in one pass, tried only at word starts that open with a letter one of them opens with.

Each ``rx.finditer(text)`` over a page is a loop of the regex engine over every character; a pattern that opens with
a look-behind or with an alternation of groups gives the engine no first character to skip to, so it enters the
pattern at every character.  ``WordStartScan`` finds, in one scan, the word starts where at least one of its patterns
matches: the scan opens by consuming a character of the patterns' first characters (read from the patterns
themselves), which the engine skips to in C, checks that it starts a word, and then tries the patterns there in a
look-ahead.  At those places alone each pattern is matched again, as its own ``finditer`` would, so every pattern
gives the same matches in the same order.
"""

from __future__ import annotations

import gc
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from re import _constants as _sre  # type: ignore[attr-defined]  # the parser's op codes (no public API)
from re import _parser as _sre_parse  # type: ignore[attr-defined]

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """A construct whose first characters are not read here (the scan then falls back to plain finditer)."""


def leading_characters(rx: re.Pattern) -> frozenset[str] | None:
    """The items of a character class (``"a"``, ``"0-9"``, ``"\\d"``) holding every character a match of ``rx`` may
    start with, or None where that cannot be read (an empty match is possible, a back-reference, ``.``, a
    ``(?i:`` group in a case-sensitive pattern ...).  Look-arounds are skipped: they consume nothing."""
    items: set[str] = set()
    try:
        may_be_empty = _add_first(_sre_parse.parse(rx.pattern, rx.flags).data, items)
    except _Unknown:
        return None
    return None if may_be_empty else frozenset(items)


def _add_first(ops: list, items: set[str]) -> bool:
    """Add to ``items`` the first characters of the sequence ``ops``; whether the sequence may match empty."""
    for op, av in ops:
        if op is _sre.LITERAL:
            items.add(re.escape(chr(av)))
            return False
        if op is _sre.IN:
            items.update(_class_items(av))
            return False
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                raise _Unknown("a case-blind group: its letters' other cases would be missed")
            if not _add_first(sub.data, items):
                return False
            continue
        if op is _sre.BRANCH:
            may_be_empty = False
            for branch in av[1]:
                may_be_empty |= _add_first(branch.data, items)
            if not may_be_empty:
                return False
            continue
        if op in _REPEATS:
            least, _most, sub = av
            if not _add_first(sub.data, items) and least >= 1:
                return False
            continue
        raise _Unknown(op)
    return True


def _class_items(av: list) -> list[str]:
    items = []
    for op, value in av:
        if op is _sre.LITERAL:
            items.append(re.escape(chr(value)))
        elif op is _sre.RANGE:
            items.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is _sre.CATEGORY and value in _CATEGORIES:
            items.append(_CATEGORIES[value])
        else:
            raise _Unknown(op)  # a negated class, another category
    return items


def opening_with_a_letter(words, not_after: str = "") -> str:
    """An alternation of lower-case words at a word's start in which each branch opens by consuming its first letter
    and checks the character before it after it ("p(?<![\\w].)hòng" is "(?<![\\w])phòng"), so that the engine skips
    in C to the next letter a branch can start with instead of trying a look-behind at every character. A space in a
    word is any run of spaces; the rest of a word may hold regex syntax ("quốc(?: việt nam)?"). ``not_after``: text
    that may not stand right before a word (checked the same way)."""
    before = r"(?<![\w].)" + (rf"(?<!{re.escape(not_after)}.)" if not_after else "")
    return "(?:" + "|".join(re.escape(w[0]) + before + w[1:].replace(" ", r"\s+") for w in words) + ")"


class WordStartScan:
    """``tuple(list(rx.finditer(text)) for rx in patterns)`` in one pass, for patterns that match only where a word
    starts (no word character before the match: the caller's promise, which tests/test_extract_fast_paths.py
    checks for each use on made-up and real sentences)."""

    def __init__(self, *patterns: re.Pattern):
        self.patterns = patterns
        self.candidates = _candidate_scan(patterns)

    def finditer_each(self, text: str) -> tuple[list[re.Match], ...]:
        if self.candidates is None:
            return tuple(list(rx.finditer(text)) for rx in self.patterns)
        found: tuple[list[re.Match], ...] = tuple([] for _ in self.patterns)
        ends = [0] * len(self.patterns)  # each pattern goes on after its last match, as its finditer does
        for candidate in self.candidates.finditer(text):
            pos = candidate.start()
            for i, rx in enumerate(self.patterns):
                if pos >= ends[i]:
                    m = rx.match(text, pos)
                    if m:
                        ends[i] = m.end()
                        found[i].append(m)
        return found


class OpeningWith:
    """The pattern ``re.compile(f"(?=(?-i:{opening}))" + rx.pattern, rx.flags)`` (its matches that start at a
    character of the class ``opening``), without compiling ``rx`` a second time: the agency grammar's patterns are
    read both at capitals and at lower-case heads, and compiling one of them costs a quarter of a second, once per
    process.  ``rx`` must never match empty (the scans below step over a match as finditer steps over a non-empty
    one).  Only match, search and finditer are offered; ``pattern`` and ``flags`` are those of the pattern it
    stands for; a match found by search or finditer holds as ``pos`` the place it was tried at, not the caller's."""

    def __init__(self, rx: re.Pattern, opening: str):
        self.rx = rx
        self.opening = re.compile(opening)
        self.pattern = f"(?=(?-i:{opening}))" + rx.pattern
        self.flags = rx.flags

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        # (the class is matched with the same bounds: it fails where the look-ahead would, past endpos too)
        return self.rx.match(string, pos, endpos) if self.opening.match(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        end = 0
        for c in self.opening.finditer(string, pos, endpos):
            if c.start() >= end:
                m = self.rx.match(string, c.start(), endpos)
                if m:
                    end = m.end()
                    yield m

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return next(self.finditer(string, pos, endpos), None)


def _candidate_scan(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """One character where a word starts and one of ``patterns`` matches (``(?<=(?=X).)`` steps back over the
    character just consumed and looks ahead from it), or None where the patterns' first characters are unknown."""
    items: set[str] = set()
    for rx in patterns:
        first = leading_characters(rx)
        # (under IGNORECASE the class would need every case variant the engine folds together: not worth it here)
        if first is None or rx.flags != re.UNICODE:
            return None
        items |= first
    branches = "|".join(f"(?:{rx.pattern})" for rx in patterns)
    try:
        return re.compile(rf"[{''.join(sorted(items))}](?<![\w].)(?<=(?={branches})(?s:.))")
    except re.error:  # a group name used by two patterns, a back-reference inside the look-behind
        return None


def characters_never_taken(rx: re.Pattern, characters: str) -> str:
    """Those of ``characters`` that no match of ``rx`` takes (look-arounds aside: they take nothing), "" where the
    pattern holds a construct not read here.  A match that starts before such a character ends before it."""
    try:
        atoms = _atoms_read_off(rx)
    except _Unknown:
        try:
            atoms = set(_taken_atoms(_sre_parse.parse(rx.pattern, rx.flags).data))
        except _Unknown:
            return ""
    if not atoms:
        return characters
    # (each atom a regex of one character; a big alternation repeats them, hence the set)
    taken = re.compile("|".join(sorted(atoms)), rx.flags & re.IGNORECASE)
    return "".join(c for c in characters if not taken.fullmatch(c))


# The tokens of a pattern, for _atoms_read_off: an escape, a class, a look-around's or another group's opening, a
# group's end, another character of the syntax ("(" that opens a construct not read here, "|", anchors,
# quantifiers), a run of word characters (literals all), and another literal character (or ".").
_TOKEN = re.compile(
    r"\\(?P<escape>.)"
    r"|(?P<cls>\[\^?\]?(?:\\.|[^\]\\])*\])"
    r"|(?P<look>\(\?<?[=!])"
    r"|(?P<group>\((?:\?:|\?P<\w+>|\?[aiLmsux]*-[imsx]+:|\?[aiLmsux]+:|(?!\?)))"
    r"|(?P<close>\))"
    r"|(?P<syntax>\(|[|^$?*+]|\{(?:\d+(?:,\d*)?|,\d*)\})"
    r"|(?P<word>\w+)"
    r"|(?P<char>.)",
    re.DOTALL,
)
_CATEGORY_ESCAPES = "dDsSwW"
_ZERO_WIDTH_ESCAPES = "bBAZ"


def _atoms_read_off(rx: re.Pattern) -> set[str]:
    """The atoms _taken_atoms reads from the parsed pattern (as regexes of one character), read off the pattern's
    text in one scan instead: parsing a pattern of thousands of alternatives costs tens of milliseconds, once per
    process.  Raises _Unknown on what this reading does not know (a verbose pattern, a back-reference, a
    conditional, an escape such as \\x41); the caller then parses the pattern."""
    if rx.flags & re.VERBOSE:
        raise _Unknown("verbose")
    atoms: set[str] = set()
    looks = 0  # look-arounds open around the place read: what they hold is taken by no match
    opened: list[bool] = []  # of each group open, whether it is a look-around
    for token in _TOKEN.finditer(rx.pattern):
        kind = token.lastgroup
        if kind == "look":
            opened.append(True)
            looks += 1
        elif kind == "group":
            opened.append(False)
        elif kind == "close":
            looks -= opened.pop()
        elif kind == "syntax":
            if token.group() == "(":
                raise _Unknown(token.group())  # "(?P=name)", "(?(1)...)", "(?#...)", "(?>...)", "(?i)"
        elif looks:
            continue
        elif kind == "cls":
            atoms.add(token.group())
        elif kind == "escape":
            c = token.group("escape")
            if c in _CATEGORY_ESCAPES:
                atoms.add(token.group())
            elif c in _ZERO_WIDTH_ESCAPES:
                continue
            elif c.isalnum():
                raise _Unknown(token.group())  # a back-reference, an octal, \\x.., \\n ...
            else:
                atoms.add(token.group())
        elif kind == "word":
            atoms.update(map(re.escape, set(token.group())))  # (the head words of a lexicon, letter by letter)
        else:
            atoms.add(token.group() if token.group() == "." else re.escape(token.group()))
    return atoms


def _taken_atoms(ops: list):
    """Each character class (as a regex) that the sequence ``ops`` may take a character with."""
    for op, av in ops:
        if op is _sre.LITERAL:
            yield re.escape(chr(av))
        elif op is _sre.NOT_LITERAL:
            yield f"[^{re.escape(chr(av))}]"
        elif op is _sre.IN:
            negated = bool(av) and av[0][0] is _sre.NEGATE
            yield ("[^" if negated else "[") + "".join(_class_items(av[1:] if negated else av)) + "]"
        elif op is _sre.ANY:
            yield "."  # (DOTALL aside: "." never takes a newline, and no caller asks about one)
        elif op in _ZERO_WIDTH:
            continue
        elif op is _sre.SUBPATTERN:
            yield from _taken_atoms(av[3].data)
        elif op is _sre.ATOMIC_GROUP:
            yield from _taken_atoms(av.data)
        elif op is _sre.BRANCH:
            for branch in av[1]:
                yield from _taken_atoms(branch.data)
        elif op in _REPEATS:
            yield from _taken_atoms(av[2].data)
        elif op is _sre.GROUPREF_EXISTS:
            _group, yes, no = av
            yield from _taken_atoms(yes.data)
            if no is not None:
                yield from _taken_atoms(no.data)
        else:
            raise _Unknown(op)  # a back-reference takes what its group took


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the block runs (as it was after it).

    Parsing a pattern of the agency grammar allocates some hundred thousand short-lived objects, which start
    collections of every generation; once spaCy and pyvi (scikit-learn) are loaded, each full collection walks
    their ~170,000 objects, and the grammar's compile took ~1.05 s instead of ~0.6 s.  The parser's garbage is
    freed by reference counting as it goes (it makes no cycles), so nothing is left for the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
