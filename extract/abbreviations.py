"""Abbreviations defined in brackets ("Bộ Chỉ huy quân sự (CHQS) tỉnh"), Schwartz–Hearst style.

First letters are compared after stripping tone and vowel marks (Ủ -> U) but
keeping Đ, so "UBND" <- "Ủy ban nhân dân" and "HĐND" <- "Hội đồng nhân dân" match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from phoihop.text import WS as _WS

# A short form may hold "&" with spaces round it: "(NN & PTNT)".
# (a short form may join its parts by a hyphen: "Đài Phát thanh - Truyền hình (PT-TH)"; the bracket may go on with the
# body the unit belongs to after a dash or a comma: "Cục Phát thanh, Truyền hình và Thông tin điện tử (PTTH&TTĐT - Bộ
# TT&TT)")
# (round s32: or of two parts, a head's word and initials or two runs of initials: "(Bộ CHQS)", "(Hội CCB)", "(BCH
# BĐBP)", "(UBMTTQ VN)")
_BRACKET = re.compile(
    r"\(\s*(?P<short>[A-ZĐ](?:[A-Za-zĐđ&]|-(?=[A-ZĐ])){1,11}(?:\s+&\s+[A-ZĐ][A-Za-zĐđ]{1,5})?"
    r"|(?:[A-ZĐ][a-zà-ỹđ]{1,4}|[A-ZĐ]{2}[A-ZĐ&]{0,8})\s+[A-ZĐ]{2}[A-ZĐ&]{0,8})\s*"
    r"(?:(?:\s[-–]|,)\s*(?:Bộ|Tổng\s+cục|Cục|Ủy\s+ban|UBND)\s[^()\n]{1,40})?\)"
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@dataclass
class Abbreviation:
    short: str
    long: str
    start: int  # the bracket "(SHORT)" in the text
    end: int
    long_start: int
    long_end: int


def base_letter(ch: str) -> str:
    """Upper-case letter without tone or vowel marks; Đ stays Đ."""
    if ch in "Đđ":
        return "Đ"
    return unicodedata.normalize("NFD", ch)[0].upper()


# The words a long form's initials skip: "Sở Tài nguyên và Môi trường" is "STNMT" in a symbol, "Báo Văn hóa và Đời
# sống" is "Báo VHĐS" in a post, "Sở Lao động - Thương binh và Xã hội" is "SLĐTBXH".
SKIPPED_BY_INITIALS = frozenset({"và", "&", "-", "–"})


def initials_of(words: list[str]) -> str:
    """The base letters of the words' initials (``base_letter``), without the joints initials skip:
    ["Tài", "nguyên", "và", "Môi", "trường"] -> "TNMT"."""
    return "".join(base_letter(w[0]) for w in words if w and w not in SKIPPED_BY_INITIALS)


def match_long_form(short: str, words: list[str]) -> int | None:
    """Index of the first word of the shortest suffix of ``words`` whose initials spell ``short``.

    Every letter of the short form must be the initial of a word, in order,
    and the first letter must be the initial of the suffix's first word
    (words in between, such as "và", may be skipped).
    """
    span = _long_form_span(short, words)
    return span[0] if span else None


def _long_form_span(short: str, words: list[str]) -> tuple[int, int] | None:
    """(first, last): the words of ``match_long_form``'s suffix whose initials open and close the spelling of
    ``short`` (words after the last may follow it in the suffix), or None."""
    # (a head's word in the short form gives its initial only: "Bộ CHQS" spells B, C, H, Q, S)
    letters = [
        base_letter(c) for part in short.split() for c in (part[0] if part[1:].islower() else part) if c.isalpha()
    ]
    if len(letters) < 2:
        return None
    limit = min(len(letters) + 5, 2 * len(letters))
    for first in range(len(words) - 1, max(-1, len(words) - 1 - limit), -1):
        if base_letter(words[first][0]) != letters[0] or len(words) - first > limit:
            continue
        k = 0
        for i in range(first, len(words)):
            if k < len(letters) and base_letter(words[i][0]) == letters[k]:
                k += 1
                if k == len(letters):
                    return first, i
    return None


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Bracketed short forms in ``text`` with the long form just before them."""
    out = []
    for m in _BRACKET.finditer(text):
        short = m.group("short")
        line_start = max(
            text.rfind("\n", 0, m.start()),
            text.rfind(".", 0, max(0, m.start() - 1)),
            text.rfind(",", 0, m.start()),
            text.rfind(";", 0, m.start()),
            text.rfind("(", 0, m.start()),
        )
        window = text[line_start + 1 : m.start()]
        words = list(_WORD.finditer(window))
        span = _long_form_span(short, [w.group(0) for w in words])
        if span is None:
            continue
        idx, last = span
        ls = line_start + 1 + words[idx].start()
        # (the body's place after the words the initials spell is no part of the short form: "Bộ đội Biên phòng tỉnh
        # An Giang (BĐBP)" defines "BĐBP", which the page then writes with other places, "Bộ Chỉ huy BĐBP tỉnh")
        tail = words[last + 1 :]
        end_word = words[last] if tail and tail[0].group(0).lower() in _LEVEL_WORDS else words[-1]
        le = line_start + 1 + end_word.end()
        out.append(Abbreviation(short, _WS.sub(" ", text[ls:le]), m.start(), m.end(), ls, le))
    return out


_LEVEL_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường"})


# A unit's code in brackets after its name: the police's department codes ("Phòng An ninh kinh tế (PA04) Công an
# tỉnh", "Cục Cảnh sát hình sự (C02) Bộ Công an"), an army unit's number ("(QK7)"). It spells no words, so it
# defines no short form; blanked like a definition, the unit's name runs on to its parent after it.
# (the scan opens with the bracket it consumes and looks back over it: a look-behind in front was tried at every
# character of the page)
_UNIT_CODE = re.compile(r"\((?<=[^\W\d_] \()(?-i:[A-ZĐ]{1,3}\d{1,3}[A-Z]?)\)(?= [^\W\d_])")


def unit_code_spans(text: str) -> list[tuple[int, int]]:
    """The spans of bracketed unit codes between a unit's name and the words after it."""
    return [m.span() for m in _UNIT_CODE.finditer(text)]
