"""Where agency heads start in a text, and the grammar's matches at them: capitalised heads, heads in lower case and
the heads of lists, each text read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from phoihop.extract import lexicon
from phoihop.extract.agencies.name_grammar import grammar
from phoihop.extract.agencies.patterns import _COMMITTEE_LEVEL
from phoihop.extract.scans import WordStartScan, characters_never_taken, opening_with_a_letter


@lru_cache(maxsize=1)
def _head_starts(text: str) -> tuple[int, ...]:
    """The places in ``text`` where an agency head may start (read once per text by the scans of find_agencies)."""
    return tuple(m.start() for m in grammar()["head_start"].finditer(text))


def _head_scan(rx: re.Pattern, text: str) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern that opens with the head-start look-aheads, tried only where a head may
    start: a scan that tries every character costs several times more, and four patterns scan each text."""
    end = 0
    for pos in _head_starts(text):
        if pos >= end:
            m = rx.match(text, pos)
            if m:
                end = m.end()
                yield m


# An organisation noun printed in lower case before the capitalised rest of a name ("phòng Tư pháp quận", "trường
# Quân sự tỉnh", "cục Thuế tỉnh"): the name all the same (pages lower-case heads inside sentences and lists). The
# nouns are those that head nothing but a body when a capitalised word follows them ("hội" does: "Đại hội Đảng bộ",
# "Ngày hội Quốc phòng toàn dân"); a short form after the noun is a kind in general ("viện KSND các khu vực").
_LOWER_HEAD_NOUNS = (
    "tổng cục",
    "phòng",
    "sở",
    "ban",
    "trường",
    "cục",
    "chi cục",
    "đội",
    "viện",
    "trung tâm",
    "học viện",
    "bệnh viện",
    "hạt",
    "đồn",
    "ủy ban",
    "tòa án",
    "vườn quốc gia",
    "kiểm toán",
    "công đoàn",
    # a youth union's base or cell in lower case before its unit ("đoàn cơ sở Hải đội 322", "chi đoàn Đồn Biên phòng X")
    "đoàn cơ sở",
    "chi đoàn",
)
# a party committee in lower case ("huyện ủy Đakrông", "thành ủy Hội An")
_LOWER_COMMITTEES = tuple(_COMMITTEE_LEVEL)
# the Youth Union's committee of a level, a word that holds its level as the party's does, in lower case before the
# place ("các huyện đoàn Mường Tè, Nậm Nhùn", "đại diện huyện đoàn Phong Thổ"); before a capital only (the place), so
# not "tỉnh đoàn kết". Not "thành đoàn" nor "thị đoàn", whose first syllable ends other words before a delegation
# ("hoàn thành đoàn Kiểm tra", "chỉ thị đoàn ...").
_LOWER_YOUTH_COMMITTEES = ("tỉnh đoàn", "huyện đoàn", "quận đoàn")


# (a standing body of a council or a committee before its short form: "thường trực HĐND và UBND tỉnh"; a ministry
# in lower case, "bộ Nông nghiệp và Phát triển nông thôn", not the "bộ" of "cán bộ", "toàn bộ", "đồng bộ"; a ministry's,
# a department's or a committee's short form after "bộ" / "sở" / "ủy ban": "sở GD & ĐT Hà Nội", "ủy ban MTTQ tỉnh")
# (round s35: nor the "bộ" of "nội bộ", internal, which ends a police department's name before its force: "Phòng Bảo
# vệ chính trị nội bộ Công an tỉnh"; nor of "sơ bộ", "tiến bộ", "cục bộ", words of the same making)
_SYLLABLES_BEFORE_A_WORD_BO = ("cán", "toàn", "đồng", "nội", "sơ", "tiến", "cục")
_MINISTRY_IN_LOWER_CASE = (
    r"b(?<![\w].)" + "".join(f"(?<!{word} b)(?<!{word.capitalize()} b)" for word in _SYLLABLES_BEFORE_A_WORD_BO) + "ộ"
)
# the first words of the national press titles of agency_heads.tsv: "báo Bảo vệ Pháp luật" in lower case is the paper
# ("nhà báo Nguyễn Văn A", "thông báo Kết luận" are not: their next word opens no title)
# (a word that opens a province's name too takes its title's second word: "báo Thanh Hóa" is the provincial paper as
# it is sold and read, "đặt mua báo Thanh Hóa", not "báo Thanh niên")
_PRESS_TITLE_WORDS = (
    "(?:Kinh|Đời|Bảo|Pháp|Tuổi|Người|Sài|Hà(?=\\s+Nội)|Cựu|Phụ|Giáo|Sức|Dân|Tài|Khoa|Văn|Tin|Giao|Công|Xây|Đầu|"
    "Thanh(?=\\s+(?:[Nn]iên|[Tt]ra))|Hải(?=\\s+[Qq]uan)|Nông|Điện(?=\\s+[Tt]ử)|Quân|Biên|Nhân|Tiền(?=\\s+[Pp]hong)|Lao|Đại|Đảng)"
)
# a level word and a capitalised place's name after it ("huyện Mường Nhé", "thành phố Điện Biên Phủ")
_PLACED_LEVEL = rf"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)[ ]+(?-i:{lexicon.UPPER_CLASS})"
_LOWER_CASE_HEAD = re.compile(
    rf"(?:{opening_with_a_letter(_LOWER_HEAD_NOUNS + _LOWER_COMMITTEES + _LOWER_YOUTH_COMMITTEES)}|"
    rf"{_MINISTRY_IN_LOWER_CASE})[ ]+"
    rf"(?=(?-i:{lexicon.UPPER_CLASS}{lexicon.LOWER_CLASS}))"
    rf"|{opening_with_a_letter(('thường trực', 'ban thường vụ'))}[ ]+(?=(?-i:HĐND|UBND|Hội\s+đồng|Ủy\s+ban)(?![\w]))"
    rf"|(?:{opening_with_a_letter(('sở', 'ủy ban'))}|{_MINISTRY_IN_LOWER_CASE})[ ]+(?=(?-i:[A-ZĐ]{{2}}))"
    # (round s34: any organisation noun before a short form that a level and a place's name follow: "các phòng GD&ĐT
    # huyện Mường Nhé, Nậm Pồ", the placed bodies, where "phòng CSGT" alone is a kind in general)
    rf"|{opening_with_a_letter(_LOWER_HEAD_NOUNS)}[ ]+(?=(?-i:[A-ZĐ]{{2}})\S*[ ]+{_PLACED_LEVEL})"
    rf"|{opening_with_a_letter(('báo',))}[ ]+(?=(?-i:{_PRESS_TITLE_WORDS})[ ])"
    # a party committee in lower case listed before a body ("tham mưu cho tỉnh ủy, UBND tỉnh", "huyện ủy và UBND huyện");
    # not an item of a list of levels ("Ban Dân vận các huyện, thị, thành ủy, Phòng ...")
    rf"|{opening_with_a_letter(_LOWER_COMMITTEES, not_after=', ')}(?=\s*(?:,|và)\s*(?-i:{lexicon.UPPER_CLASS}))"
)


# A count before a head in lower case ("với 3 đồn biên phòng Ia Nan, Ia Dom và Ia Lốp", "5 hạt kiểm lâm khu vực A,
# B, ..."): the head is the name of each body the places after it name.
# (a count in digits, as news writes the number of bodies; scanning for the spelled counts, whose letters are the
# commonest, cost more than the few lists they open)
_COUNT_THEN_HEAD = re.compile(r"\d(?<![\w]\d)\d?\s+(?=[a-zđ])")


def _lower_case_heads(text: str) -> Iterator[re.Match]:
    """The grammar's matches that open with an organisation noun in lower case (see _LOWER_CASE_HEAD), and those of
    a lower-case head after a count that a place follows (see _COUNT_THEN_HEAD)."""
    rx = grammar()["agency_any_case"]
    heads, counts, _ = _lower_case_cues(text)
    starts = {h.start() for h in heads}
    for cue in counts:
        m = rx.match(text, cue.end())
        if m and any(c.isupper() for c in m.group(0)):  # a place follows the head: not "3 đồn biên phòng trên ..."
            starts.add(cue.end())
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = rx.match(text, start)
            if m:
                end = m.end()
                yield m


def _agency_matches(text: str) -> Iterator[re.Match]:
    """The grammar's matches at capitalised head starts, and at lower-case heads outside them, in text order."""
    # (every head start is a capital: the pattern without its capital look-ahead matches there as "agency" does)
    upper = list(_head_scan(grammar()["agency_any_case"], text))
    lower = list(_lower_case_heads(text))
    if not lower:
        return iter(upper)
    # "trường Quân sự tỉnh": the name the lower-case head opens holds the shorter one read from its capital
    upper = [u for u in upper if not any(m.start() < u.start() and u.end() <= m.end() for m in lower)]
    lower = [m for m in lower if not any(u.start() < m.end() and m.start() < u.end() for u in upper)]
    return iter(sorted(upper + lower, key=lambda m: m.start()))


# A count or "các" before a lower-case word: where a lower-case listed head may stand ("4 đồn Biên phòng: A, B",
# "công an các tỉnh: A, B"); the any-case pattern is tried only at the word starts around it (it is slow).
_LOWER_HEAD_CUE = re.compile(
    rf"(?<![\w])(?:các|{lexicon.COUNT_RX})\s+"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đồn|công\s+an|đảng\s+ủy|"
    r"huyện\s+ủy|hội|ban|chi\s+cục|hạt|trạm|ủy\s+ban)(?![\w])"
)
_WORD_START = re.compile(r"(?<![\w])(?-i:[a-zđ])")


# The three scans of a text for lower-case heads and their cues, made in one pass (each pattern matches only where a
# word starts; tests/test_extract_fast_paths.py checks that each finds what its own finditer finds).
_LOWER_CASE_CUE_SCAN = WordStartScan(_LOWER_CASE_HEAD, _COUNT_THEN_HEAD, _LOWER_HEAD_CUE)


@lru_cache(maxsize=1)
def _lower_case_cues(text: str) -> tuple[tuple[re.Match, ...], ...]:
    """The matches in ``text`` of _LOWER_CASE_HEAD, _COUNT_THEN_HEAD and _LOWER_HEAD_CUE (read once per text by
    _lower_case_heads and _listed_heads)."""
    return tuple(tuple(found) for found in _LOWER_CASE_CUE_SCAN.finditer_each(text))


# Characters that may end the part of a sentence a listed head is read in (those the pattern never takes are kept
# by _listed_stops).
_STOP_CANDIDATES = '.;:()"“”!?…[]'


@cache
def _listed_stops() -> re.Pattern | None:
    """The characters no match of the listed-head pattern takes, as a class (None if the pattern takes them all)."""
    stops = characters_never_taken(grammar()["listed_any_case"], _STOP_CANDIDATES)  # (a look-ahead takes nothing)
    return re.compile(f"[{re.escape(stops)}]") if stops else None


def _head_scan_outside(
    rx: re.Pattern, text: str, taken: list[tuple[int, int]], stops: re.Pattern
) -> Iterator[re.Match]:
    """The matches of ``_head_scan(rx, text)`` that start outside every span of ``taken``.  At a head start inside a
    span the match would be dropped, so ``rx`` is tried there only where it must be to know which later head starts
    the scan passes over: where the match could cover a head start outside the spans, that is where no character
    of ``stops`` (which ``rx`` never takes) stands between them.  (Two head starts with no stop between them share
    the same next stop, so leaving out the match of an earlier one never lets a later one cover more.)"""
    inside = bytearray(len(text) + 1)
    for s, e in taken:
        if e > s:
            inside[s:e] = b"\x01" * (e - s)
    end = 0
    pending: list[int] = []  # head starts inside a span since the last one outside
    for pos in _head_starts(text):
        if inside[pos]:
            pending.append(pos)
            continue
        for before in pending:
            if before >= end and not stops.search(text, before, pos):
                m = rx.match(text, before)
                if m:
                    end = m.end()
        pending.clear()
        if pos >= end:
            m = rx.match(text, pos)
            if m:
                end = m.end()
                yield m


def _listed_heads(text: str, taken: list[tuple[int, int]]) -> list[re.Match]:
    """Matches of the listed-head pattern: capitalised heads anywhere, lower-case ones near a count; of the
    capitalised ones only those outside the spans ``taken`` (the caller drops the others)."""
    g = grammar()
    stops = _listed_stops()
    # (at head starts, capitals all, the pattern without its capital look-ahead matches as "listed" does)
    rx = g["listed_any_case"]
    capitalised = _head_scan_outside(rx, text, taken, stops) if stops else _head_scan(rx, text)
    out = {m.start(): m for m in capitalised}
    for cue in _lower_case_cues(text)[2]:
        for w in _WORD_START.finditer(text, max(0, cue.start() - 30), cue.end()):
            if w.start() not in out:
                m = g["listed_any_case"].match(text, w.start())
                if m:
                    out[m.start()] = m
    return [out[k] for k in sorted(out)]
