"""Hard line breaks inside sentences.

Some pages (procuracies' and courts' portals, texts pasted from a word processor or a PDF) keep the
line breaks of a fixed-width layout: a sentence runs over several lines of about the same length,
breaking inside names ("Viện kiểm sát nhân\\ndân", "Nguyễn\\nVăn Tập").  Every component reads a line
break as the end of a sentence, so such a page loses its names and its relations.

A page is hard-wrapped when at least three of its lines are long, end without sentence-final
punctuation, run on into a non-blank line, and have about the same length (the layout's width).
Only then are those breaks joined, and with them the breaks after shorter lines that end with a
spaced dash (a name cut from its title: "Nguyễn Văn A –" / "Phó Bí thư ..."); short lines
(headlines, menus, captions) and lines that end a sentence keep their breaks.  The text keeps its
length (a break becomes a space), so every offset stays valid.
"""

from __future__ import annotations

import re
import statistics

from phoihop.extract import lexicon, sentence_openers
from phoihop.text import UPPER_LETTERS

_MIN_WRAPPED = 50  # a wrapped line is at least this long: menus, captions and short headlines are not
_WIDTH_BAND = 0.2  # wrapped lines lie within this fraction of the layout's width
_MIN_LINES = 3  # fewer such lines is chance, not a layout
_ENDS_SENTENCE = frozenset(".!?…:;")
_DASH_END = re.compile(r"\s[-–]$")
_LOWER_AFTER_MIN = 0.25  # the share of a layout's breaks that fall before a word in lower case, at least


# A break right after a city's level word in short, before the city's name ("Công an TP.\nCần Thơ ký kết ..."): a
# scraper that cut the text into sentences at every full stop, not the end of a sentence ("... Phật giáo Việt Nam
# TP.\nPhát biểu tại hội nghị ..." ends one: "TP" there is the city itself)
_BREAK_AFTER_CITY_LEVEL = re.compile(r"(?<![\w.])(?:TP|Tp)\.\n")
_PLACE_WORDS = re.compile(r"[^\W\d_]+(?:[ ][^\W\d_]+){0,2}")
PLACE_WORDS_MAX = 3


def _join_breaks_before_a_city(text: str) -> str:
    chars = None
    for m in _BREAK_AFTER_CITY_LEVEL.finditer(text):
        words = _PLACE_WORDS.match(text, m.end())
        if words is None:
            continue
        parts = words.group(0).split(" ")
        if any(" ".join(parts[:k]) in lexicon.district_names() for k in range(PLACE_WORDS_MAX, 0, -1)):
            chars = chars or list(text)
            chars[m.end() - 1] = " "
    return "".join(chars) if chars else text


# A break inside a clause, in any text (a page copied with a line's end kept mid-sentence): after a comma, after a word
# that opens what follows it ("Bộ CHQS tỉnh và\nHội LHPN tỉnh ký kết"), or before a word in lower case ("Hội Nông
# dân\nhuyện Kinh Môn đã ký kết"). The line before ends no sentence and is no headline's (the page's first line);
# a paragraph opens with a capital, so a line in lower case goes on with the one before it.
_OPEN_CLAUSE_END = re.compile(r"(?:,|(?<![\w])(?:và|với|của|cho|giữa|cùng|tại|trong|về|là|các|những|gồm))$")
# ... or after the head of a name or a title, which no sentence ends with ("... và Ban\nThường trực Ủy ban MTTQ",
# "Trưởng\nBan Dân vận Tỉnh ủy"), or inside the country's name ("Ủy ban MTTQ Việt\nNam")
_OPEN_NAME_END = re.compile(
    r"(?<![\w])(?:Ban|Sở|Phòng|Cục|Chi\s+cục|Hội|Ủy\s+ban|Trưởng|Phó|Chủ\s+tịch|Giám\s+đốc|Bí\s+thư|Ủy\s+viên)$"
)
_COUNTRY_CUT = re.compile(r"(?<![\w])Việt$")
# ... or after "Đảng ủy" before the body whose Party committee it is: "Đảng ủy" heads the name of the committee of a
# command, a force, a unit or an office ("Ban Thường vụ Đảng ủy xã Tân Sơn và Đảng ủy\nBan Chỉ huy Phòng thủ khu vực
# 4 ký kết ..."); a line that ends "Đảng ủy" before another capital keeps its break
_PARTY_COMMITTEE_CUT = re.compile(r"(?<![\w])Đảng\s+ủy$")
_BODY_OF_A_COMMITTEE = re.compile(
    r"(?:Ban\s+Chỉ\s+huy|Bộ\s+Chỉ\s+huy|Bộ\s+đội|Công\s+an|Quân\s+sự|Quân\s+khu|Quân\s+đoàn|Binh\s+đoàn|Sư\s+đoàn|"
    r"Lữ\s+đoàn|Trung\s+đoàn|Đồn\s+Biên\s+phòng|Vùng|Hải\s+đội|Khối|Cơ\s+quan|Học\s+viện|Trường|Tổng\s+cục|Cục|"
    r"Bệnh\s+viện|Tập\s+đoàn|Tổng\s+công\s+ty|Công\s+ty|BĐBP|BCH)(?![\w])"
)
_LOWER_START = re.compile(r"[^\W\d_]")
_CLAUSE_LINE_MIN = 20  # a line this long at least: a short one may be a label or a caption's stub


def _join_breaks_inside_clauses(text: str) -> str:
    chars = None
    first_end = text.find("\n")
    for m in re.finditer("\n", text):
        at = m.start()
        if at <= first_end:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        line = text[line_start:at].rstrip()
        if len(line) < _CLAUSE_LINE_MIN or line[-1] in _ENDS_SENTENCE:
            continue
        nxt = _LOWER_START.match(text, at + 1)
        # (a blank line between is a paragraph's end)
        opens = (
            _OPEN_CLAUSE_END.search(line)
            or _OPEN_NAME_END.search(line)
            or (_COUNTRY_CUT.search(line) and text.startswith("Nam", at + 1))
            or (_PARTY_COMMITTEE_CUT.search(line) and _BODY_OF_A_COMMITTEE.match(text, at + 1))
        )
        if (opens or (nxt and nxt.group(0).islower())) and text[at + 1 : at + 2].strip():
            chars = chars or list(text)
            chars[at] = " "
    return "".join(chars) if chars else text


def join_hard_wraps(text: str) -> str:
    """``text`` with the line breaks of a fixed-width layout replaced by spaces (same length);
    ``text`` itself when it shows no such layout. A break after "TP." before a city's name, and one inside a clause
    (``_join_breaks_inside_clauses``), is joined in any text; so is a name's line with the title's under it
    (``_join_names_to_their_titles``)."""
    if "P.\n" in text:
        text = _join_breaks_before_a_city(text)
    return _join_names_to_their_titles(_join_breaks_inside_clauses(_join_layout_breaks(text)))


# A line that is a person's name after a form of address or a rank, alone ("Bà Lê Thị Hoa", "Đại tá Nguyễn Văn
# Trọng"), then a line that opens with a title ("Chủ tịch Hội Nông dân tỉnh"): a video's caption or a quotation's
# attribution set in two lines; the break is the comma between the name and the title (same length)
_ADDRESSED_NAME_LINE = re.compile(
    rf"(?m)^[ \t]*(?:Ông|Bà|Anh|Chị|Đồng\s+chí|Đ/c|{sentence_openers.RANK_WORDS})[ \t]+"
    rf"(?:[{UPPER_LETTERS}][\w'’]*[ \t]+){{1,4}}[{UPPER_LETTERS}][\w'’]*[ \t]*"
    rf"(?=\n[ \t]*(?:{sentence_openers.POST_WORDS}|Chính\s+ủy|Tư\s+lệnh|Chỉ\s+huy|Viện\s+trưởng|Chánh|Tổng|Ủy\s+viên|"
    r"Hiệu\s+trưởng)(?![\w]))"
)


def _join_names_to_their_titles(text: str) -> str:
    if "\n" not in text:
        return text
    breaks = [m.end() for m in _ADDRESSED_NAME_LINE.finditer(text)]
    if not breaks:
        return text
    out = list(text)
    for b in breaks:
        out[b] = ","
    return "".join(out)


def _join_layout_breaks(text: str) -> str:
    """``text`` with the breaks of a fixed-width layout joined, where it shows one."""
    if text.count("\n") < _MIN_LINES:
        return text
    lines = text.split("\n")
    candidates: list[tuple[int, int]] = []  # (offset of the break after the line, stripped length)
    dashed: list[int] = []  # breaks after a line that ends with a spaced dash ("Nguyễn Văn A –")
    pos = 0
    for i, raw in enumerate(lines[:-1]):
        pos += len(raw)
        line = raw.strip()
        # The first line is the headline: it never runs on into the lead.
        if i and line and line[-1] not in _ENDS_SENTENCE and lines[i + 1].strip():
            if len(line) >= _MIN_WRAPPED:
                candidates.append((pos, len(line)))
            elif _DASH_END.search(line):
                dashed.append(pos)
        pos += 1
    if len(candidates) < _MIN_LINES:
        return text
    width = statistics.median(length for _, length in candidates)
    breaks = [at for at, length in candidates if abs(length - width) <= _WIDTH_BAND * width]
    if len(breaks) < _MIN_LINES:
        return text
    # A layout breaks lines wherever the width ends, mostly before a word in lower case; a list of headlines (the
    # teasers of other articles, a menu of captions) has each line open with a capital.
    if sum(1 for at in breaks if text[at + 1 : at + 2].islower()) < len(breaks) * _LOWER_AFTER_MIN:
        return text
    chars = list(text)
    # In a wrapped layout a short line that ends with a spaced dash was cut between a name and its title.
    for at in breaks + dashed:
        chars[at] = " "
    return "".join(chars)
