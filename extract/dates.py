"""Dates and periods in the ways Vietnamese news writes them.

Run on text whose document symbols are already masked (``13/2019/QĐ-UBND``
must not read as a date).  Dates without a year take a reference year.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from dataclasses import dataclass

# (also in capitals, where a page prints its lead's time word so: "SÁNG 5/3, Hội Nông dân tỉnh và ...")
_TIME_OF_DAY = (
    r"(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Nn]gày|[Hh]ôm|[Kk]ể từ ngày|[Tt]ừ ngày|[Đđ]ến ngày|[Vv]ào ngày"
    r"|SÁNG|CHIỀU|TRƯA|TỐI|ĐÊM|NGÀY|HÔM)"
)
# The prefix word ("Chiều 24/6") is read backwards from the digits, so the scanning patterns
# start with a digit and the regex engine skips ahead cheaply: each opens by consuming its first
# character (a pattern that opens with a look-around is tried at every character), and the look-behind
# on the character before it comes after it ("\d(?<![\d/.\-]\d)" is "(?<![\d/.\-])\d").
# "Sáng nay 17.3", "Hôm nay (20/3)", "Chiều ngày 14/7", "Sáng thứ Hai (4/3)"
# "Hôm qua (8.11)", "Sáng thứ Sáu (8/11)": yesterday, and the day of the week before the date
# (named: a weekday alone opens a date too, "Thứ Năm (5/3)"; after a time of day also by its number, "Sáng thứ 2 (4/3)")
_WEEKDAY_NAME = r"(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật)"
_WEEKDAY = r"(?:\s*,?\s*(?:" + _WEEKDAY_NAME + r"|[Tt]hứ\s+[2-7])\s*,?)?"
# "Sáng sớm 5/3", "Sáng hôm qua (4/3)", "ngày mùng 5/3"
_PREFIX = re.compile(
    "(?P<pre>"
    + _TIME_OF_DAY
    + r"(?:\s+(?:sớm|muộn))?(?:\s+(?:hôm\s+)?(?:nay|qua)\s*,?)?"
    + _WEEKDAY
    + r"|(?<![\w])"
    + _WEEKDAY_NAME
    + r"\s*,?)(?:\s+|\s*\(\s*)(?:ngày\s+)?(?:m[ùồ]ng\s+)?$"
)
_Y = r"((?:19|20)\d\d)"
# 5 tháng 10 năm 2016 / 5 tháng 10
_WORDY = re.compile(r"(?P<d>\d(?<!\d\d)\d?)\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>(?:19|20)\d\d))?(?!\d)")
# 21-4-2017, 21/4/2017, 22.1.2024 (a year needs no prefix word); a doubled separator is a typo
# ("1/8//2013")
_FULL = re.compile(
    r"(?P<d>\d(?<![\d/.\-]\d)\d?)\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep){1,2}\s*"
    r"(?P<y>(?:19|20)\d\d)(?![\d/\-]|\.\d)"
)
# 24/6, 5/10, 7-11 (a prefix word is required without a year)
_PARTIAL = re.compile(r"(?P<d>\d(?<![\d/.\-]\d)\d?)\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})(?![\d]|\s*[-/.]\s*\d)")
# (the first year is _Y opening with its first digit: "1(?<![\d/.\-]1)9" is "(?<![\d/.\-])19")
# ("2023 đến hết năm 2028", "2023 tới năm 2028": the term's last year with its words)
_PERIOD = re.compile(
    r"((?:1(?<![\d/.\-]1)9|2(?<![\d/.\-]2)0)\d\d)\s*(?:-|(?:đến|tới)(?:\s+hết)?(?:\s+năm)?)\s*" + _Y + r"(?![\d/\-])"
)
_YEAR = re.compile(r"(?-i:[nN])(?<![\w].)ăm\s+" + _Y + r"(?![\d/\-])", re.IGNORECASE)
# "giai đoạn 2021-25": a term's last year by its last two digits (after a term's word only: "2021-25" alone may be a
# number of another kind); a last year mistyped in its century ("giai đoạn 2013-1016") is read by its last two
# digits too
# (it opens by consuming the term word's first letter, every character IGNORECASE takes for one, and checks the
# character before it and which word it opens after it, so that the engine skips in C to the next such letter
# instead of entering the look-behind at every character: "(?-i:[gG])(?<![\w].)iai" is "(?<![\w])giai")
_SHORT_PERIOD = re.compile(
    r"(?-i:[gGnNtT])(?<![\w].)(?:(?<=[gG])iai\s+đoạn|(?<=[nN])hiệm\s+kỳ|(?<=[tT])hời\s+kỳ)"
    r"\s+((?:19|20)\d\d)\s*[-–]\s*(?:(?!19|20)\d\d)?(\d\d)(?![\d/\-.,]\d|[\d/\-])",
    re.IGNORECASE,
)
# "từ tháng 9.2020 đến tháng 5.2021", "từ tháng 01/2024 đến hết tháng 12/2025": a term by its first and last months
_MONTH_RANGE = re.compile(
    r"(?<![\w])từ\s+tháng\s+\d{1,2}\s*[./-]\s*((?:19|20)\d\d)\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+\d{1,2}\s*[./-]\s*"
    r"((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "Tháng 12/2015", "vào tháng 3 năm 2019", "tháng 5.2018": a month of a year, the time of an act (not a term's ends,
# "từ tháng 1/2021 đến tháng 12/2025", which _MONTH_RANGE reads; nor a date)
_MONTH_OF_YEAR = re.compile(
    r"(?<![\w])(?-i:[tT])háng\s+\d{1,2}\s*(?:[./-]|,?\s+năm)\s*((?:19|20)\d\d)(?!\d)"
    r"(?!\s*(?:đến|tới)\s+(?:hết\s+)?tháng)",
    re.IGNORECASE,
)
_YEAR_PRE = re.compile(r"(?:quý\s+[IV\d]+|tháng\s+\d{1,2})\s+$", re.IGNORECASE)


@dataclass
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    prefix: str = ""

    def iso(self, ref_year: int | None = None, ref: _dt.date | None = None) -> str | None:
        """ISO date; a missing year comes from ``ref`` (the article date) or ``ref_year``."""
        year = self.year
        if year is None:
            if ref is not None:
                year = ref.year
                # "Chiều 30/12" in an article of 2 January belongs to the year before.
                if self.month - ref.month > 6:
                    year -= 1
            else:
                year = ref_year
        if year is None:
            return None
        try:
            return _dt.date(year, self.month, self.day).isoformat()
        except ValueError:
            return None


@dataclass
class PeriodMention:
    start: int
    end: int
    first: int
    last: int
    kind: str  # "range" or "year"


def find_dates(text: str) -> list[DateMention]:
    """All dates in ``text`` (sorted, non-overlapping), with or without a year."""
    found: list[DateMention] = []
    taken = bytearray(len(text) + 1)  # characters already inside a date (keeps this linear)

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    for rx in (_WORDY, _FULL, _PARTIAL):
        for m in rx.finditer(text):
            d, mo = int(m.group("d")), int(m.group("m"))
            y = m.groupdict().get("y")
            if rx is _FULL and mo > 12 and 1 <= d <= 12:
                d, mo = mo, d  # month first ("05-16-2018"): unambiguous only when the day exceeds 12
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            pre = _PREFIX.search(text, max(0, m.start() - 24), m.start())
            if rx is _PARTIAL and not pre:
                continue
            start = pre.start() if pre else m.start()
            if not free(start, m.end()):
                continue
            taken[start : m.end()] = b"\x01" * (m.end() - start)
            found.append(
                DateMention(start, m.end(), d, mo, int(y) if y else None, (pre.group("pre") if pre else "").lower())
            )
    return sorted(found, key=lambda x: x.start)


# "(26/3/1931 - 26/3/2026)": two dates joined by a dash bound a span (an anniversary, a term under review)
_SPAN_DASH = re.compile(r"\s*[-–—]\s*")


# "kỷ niệm 94 năm Ngày thành lập Đoàn (26/3/1931)": a date in the clause of an anniversary or a birth
_ANNIVERSARY = re.compile(r"(?<![\w])(?:kỷ\s+niệm|thành\s+lập|truyền\s+thống|ngày\s+sinh)(?![\w])", re.IGNORECASE)
# The characters that end the clause searched before a date (the last one is found from the end, with str.rfind).
_CLAUSE_BREAKS = ",.;:!?\n"
ANNIVERSARY_WINDOW = 80  # before a date: the clause searched for "kỷ niệm / thành lập"


def span_dates(text: str, dates: list[DateMention]) -> set[int]:
    """Starts of the dates that date no event: those that bound a span with the next or the previous date
    ("26/3/1931 - 26/3/2026", the ends of an anniversary or a reviewed term), and those in the clause of
    an anniversary ("Ngày thành lập Đoàn (26/3/1931)")."""
    out: set[int] = set()
    for a, b in itertools.pairwise(dates):
        if _SPAN_DASH.fullmatch(text, a.end, b.start):
            out.update((a.start, b.start))
    out.update(d.start for d in dates if in_anniversary_clause(text, d.start))
    return out


def in_anniversary_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the clause of an anniversary ("kỷ niệm 94 năm Ngày thành lập <pos>"): a date or
    a body there names the day, not an event or an actor."""
    lead_from = max(0, pos - ANNIVERSARY_WINDOW)
    # Most windows hold no cue at all: a search from the window's start tries every place a search from the clause's
    # start tries (with the same look-behinds), so none found there means none in the clause, and the clause's
    # start (seven reverse finds) is looked for only where a cue is.
    if not _ANNIVERSARY.search(text, lead_from, pos):
        return False
    last_break = max(text.rfind(c, lead_from, pos) for c in _CLAUSE_BREAKS)  # -1 where none
    return bool(_ANNIVERSARY.search(text, last_break + 1 if last_break >= 0 else lead_from, pos))


# The words that open a range of years, kept in its mention: "giai đoạn 2021 - 2025", and the term written out,
# "giai đoạn từ năm 2021 đến năm 2025" (the term's word first, so that the mention opens with it, not with "từ năm")
_PERIOD_KW = re.compile(
    r"(?<![\w])(?:(?:giai đoạn|nhiệm kỳ|thời kỳ|khóa|niên khóa)(?:\s+từ(?:\s+năm)?)?|từ năm|từ)\s+$", re.IGNORECASE
)
PERIOD_KW_WINDOW = 24  # before a range's first year: "niên khóa từ năm "


def find_periods(text: str, with_years: bool = True) -> list[PeriodMention]:
    """Periods "2021 - 2025", "giai đoạn 2021 đến 2025", "nhiệm kỳ 2020-2025" and (optionally) "năm 2015"."""
    out: list[PeriodMention] = []
    for m in _PERIOD.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b <= a + 30:
            kw = _PERIOD_KW.search(text, max(0, m.start() - PERIOD_KW_WINDOW), m.start())
            out.append(PeriodMention(kw.start() if kw else m.start(), m.end(), a, b, "range"))
    if "tháng" in text:
        for m in _MONTH_RANGE.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if a <= b <= a + 30:
                out.append(PeriodMention(m.start(), m.end(), a, b, "range"))
    if "-" in text or "–" in text:  # (a 4-digit end here is a mistyped century: _PERIOD reads the well-typed ones)
        for m in _SHORT_PERIOD.finditer(text):
            a = int(m.group(1))
            b = a - a % 100 + int(m.group(2))
            if a < b <= a + 30:
                out.append(PeriodMention(m.start(), m.end(), a, b, "range"))
    if with_years:
        inside = bytearray(len(text) + 1)
        for p in out:
            inside[p.start : p.end] = b"\x01" * (p.end - p.start)
        for m in _YEAR.finditer(text):
            if _YEAR_PRE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if inside[m.start()]:
                continue
            y = int(m.group(1))
            out.append(PeriodMention(m.start(), m.end(), y, y, "year"))
    return sorted(out, key=lambda p: p.start)


def parse_iso(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def months_of_year(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(position, year) of each month of a year in ``text[start:end]`` ("Tháng 12/2015", "tháng 3 năm 2019")."""
    if text.find("háng", start, end) < 0:  # (a month is rare in a sentence: most are searched for nothing)
        return []
    return [(m.start(), int(m.group(1))) for m in _MONTH_OF_YEAR.finditer(text, start, end)]
