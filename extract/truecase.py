"""Words printed in capitals where the report writes them in lower case, given back their usual case.

Some sites print a headline or a subheading in capitals ("KÝ KẾT QUY CHẾ PHỐI HỢP GIỮA ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 5
VÀ ĐỒN BIÊN PHÒNG CỔ CHIÊN"). The finders tell a name from the words around it by its capitals, and in such a line
every word has them: a name runs on into the next words ("Đồn Biên phòng Cổ Chiên" was read "Đồn Biên phòng Cổ"), or
a head word inside a phrase opens a body ("NHIỆM VỤ QUÂN SỰ" gave "Vụ Quân sự"). The same words are printed in the
report below in their usual case, so each word of such a line takes the form the rest of the page prints it in most
often after the word before it (or, failing that, anywhere); a word the page prints nowhere else keeps its capitals
(a short form, "VKSND", or a name the report does not repeat: in lower case it would be read as a common word).
Vietnamese letters change case one for one, so the text keeps its length and every offset holds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from phoihop.text import LOWER_LETTERS, UPPER_LETTERS

# A line with no lower-case letter and at least this many words of letters (a byline in capitals, "NGỌC HÀ - THANH
# QUANG", has fewer, and stays as printed: its capitals are what marks it as a byline)
_MIN_WORDS = 5
_CAPITAL_LINE = re.compile(rf"^[^\n{LOWER_LETTERS}]{{20,}}$", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+")


def truecase_capital_lines(text: str) -> str:
    """``text`` with each line printed all in capitals recased from the rest of the text (same length)."""
    lines = [m for m in _CAPITAL_LINE.finditer(text) if len(_WORD.findall(m.group(0))) >= _MIN_WORDS]
    if not lines:
        return text
    after, anywhere = _forms(text, lines)
    out = []
    pos = 0
    for line in lines:
        out.append(text[pos : line.start()])
        out.append(_recased(line.group(0), after, anywhere))
        pos = line.end()
    out.append(text[pos:])
    recased = "".join(out)
    return recased if len(recased) == len(text) else text


def _forms(text: str, capital_lines: list[re.Match]) -> tuple[dict, dict]:
    """How the text outside the capital lines prints each word: after a given word, and anywhere."""
    after: dict[tuple[str, str], Counter] = defaultdict(Counter)
    anywhere: dict[str, Counter] = defaultdict(Counter)
    pos = 0
    for piece_end, next_pos in [(m.start(), m.end()) for m in capital_lines] + [(len(text), len(text))]:
        previous = ""
        for w in _WORD.finditer(text, pos, piece_end):
            word = w.group(0)
            key = word.casefold()
            anywhere[key][word] += 1
            after[previous, key][word] += 1
            previous = key
        pos = next_pos
    return after, anywhere


def _recased(line: str, after: dict, anywhere: dict) -> str:
    out = []
    pos = 0
    previous = ""
    first = True
    for w in _WORD.finditer(line):
        key = w.group(0).casefold()
        forms = after.get((previous, key)) or anywhere.get(key)
        word = forms.most_common(1)[0][0] if forms else w.group(0)
        if first:
            word = word[:1].upper() + word[1:]
            first = False
        out.append(line[pos : w.start()])
        out.append(word if len(word) == len(key) else w.group(0))
        pos = w.end()
        previous = key
    out.append(line[pos:])
    return "".join(out)


# A level word capitalised inside a sentence before a place's name ("UBND Huyện Đakrông", "Công an Tỉnh Quảng Trị"),
# as some sites print it: the rules read the level in lower case there (a shared tail "huyện Đakrông" spreads over
# "Huyện ủy, UBND huyện Đakrông"; "Huyện Đakrông" was read as a name). Not a body named by its level ("Huyện ủy",
# "Tỉnh Đoàn Ninh Bình"), not a sentence's first word, not the city's own name ("Thành phố Hồ Chí
# Minh", which the lexicons spell so).
_CAPITAL_LEVEL = re.compile(
    rf"(?:Tỉnh|Huyện|Xã|Phường|Quận|Thị xã|Thị trấn|Thành phố(?! Hồ Chí Minh))(?= [{UPPER_LETTERS}])"
    r"(?! (?:Đoàn|Ủy|Uỷ|Đội|Hội)(?![\w]))"  # (a body named by its level: "Tỉnh Đoàn Ninh Bình", "Huyện Ủy")
)
_LETTER = re.compile(r"[^\W\d_]")


def lower_capital_levels(text: str) -> str:
    """``text`` with the level words capitalised inside a sentence before a place's name in lower case (same
    length)."""
    return _CAPITAL_LEVEL.sub(_lower_inside_a_sentence, text)


def _lower_inside_a_sentence(m: re.Match[str]) -> str:
    # (a word and a space before it: the scan opens with the level word itself, not a look-behind at every character)
    start = m.start()
    if start >= 2 and m.string[start - 1] == " " and _LETTER.match(m.string, start - 2):
        return m.group(0)[0].lower() + m.group(0)[1:]
    return m.group(0)
