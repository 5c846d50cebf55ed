"""Article metadata read from the text: publication date (dateline) and province."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from phoihop.extract import lexicon
from phoihop.extract.dates import find_dates
from phoihop.extract.furniture import is_chrome_line

_URL_MONTH = re.compile(r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])(?:[/_-]|\d\d[/_-]|$)")


def published_from_text(text: str, max_lines: int = 6) -> str | None:
    """The dateline near the top ("29/10/2021 - 14:57", "Cập nhật: 22-07-2015 | 06:04", "2021-03-30"), as ISO; else
    a date line its label names anywhere ("Cập nhật: 14:20 | 08/11/2025" under the related links at the foot).

    The top is the ``max_lines`` lines after the first that are no menu: a page copied whole may open with a long
    menu, one short item a line."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    read = 0
    for line in lines[1:]:
        if read == max_lines:
            break
        if is_chrome_line(line.strip()):
            continue  # a date in a menu is the site's clock
        if len(line.split()) > 4 or any(ch.isdigit() for ch in line):
            read += 1  # (a menu's items, one a line, "Thời sự", "Quốc phòng - An ninh", do not count)
        if len(line) > 80 or len(re.findall(r"[^\W\d_]+", line)) > 8:
            continue  # nor is one in a hotline banner ("Đường dây nóng: ... 01/10/2023") or in the lead
        found = _date_of_line(line)
        if found:
            return found
    for line in lines:
        if len(line) <= 80 and _DATE_LABEL.match(line):
            found = _date_of_line(line)
            if found:
                return found
    return None


_ISO_DATE = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d/-])")
# The labels a page prints before its own date ("Cập nhật lúc ...", "Ngày đăng: ...", "Đăng ngày ...").
_DATE_LABEL = re.compile(
    r"\s*[*_]*(?:Cập\s+nhật|Ngày\s+đăng|Đăng\s+ngày|Đăng\s+lúc|Ngày\s+xuất\s+bản|Xuất\s+bản|Thời\s+gian\s+đăng)"
    r"(?:\s+lúc)?\s*:?",
    re.IGNORECASE,
)


def _date_of_line(line: str) -> str | None:
    """The first dated day of ``line`` with its year, as ISO (a Vietnamese date, or year-month-day)."""
    iso = _ISO_DATE.search(line)
    if iso:
        return "-".join(iso.groups())
    return next((d.iso() for d in find_dates(line) if d.year), None)


def year_from_url(url: str | None) -> int | None:
    """The year of a news URL's dated path ("/202403/", "/2024/03/"), or None."""
    if not url:
        return None
    m = _URL_MONTH.search(url)
    return int(m.group(1)) if m else None


@cache
def _province_patterns() -> tuple[re.Pattern, re.Pattern]:
    provs = lexicon.province_regex()
    return (
        re.compile(rf"(?:tỉnh|thành\s+phố|TP\.?|Tỉnh\s+ủy|Thành\s+ủy)\s*(?P<p>{provs})(?![\w])"),
        re.compile(rf"\s*(?P<p>{provs})\s*:"),
    )


def province_from_text(text: str) -> str | None:
    """The province the article names most (after "tỉnh"/"thành phố", or as a "Tỉnh: ..." title prefix)."""
    after_level, title_prefix = _province_patterns()
    counts: Counter[str] = Counter()
    for m in after_level.finditer(text):
        counts[re.sub(r"\s+", " ", m.group("p"))] += 1
    first_line = text.split("\n", 1)[0]
    title_match = title_prefix.match(first_line)
    if title_match:
        counts[title_match.group("p")] += 2
    if not counts:
        return None
    name = counts.most_common(1)[0][0]
    if name == "Hồ Chí Minh":
        return "Thành phố Hồ Chí Minh"
    return name
