"""Short forms of the abbreviation table as pages misprint them (round s36).

Provincial pages type a body's initials by hand, and slips stay in print: two letters swapped ("UNBD huyện" for
"UBND huyện"), a letter doubled ("Ủy ban MTTTQ tỉnh" for "MTTQ"), the head word before the initials without its tone
mark ("Bô CHQS tỉnh", "Hôi LHPN huyện"), the level word glued to the initials ("BCHQShuyện"). Such a form is read as
the table's row only where nothing else can be meant: the slip is one step from a single row and is no row itself, and
it stands where a body's name opens (a level word or the country after it; the table's initials after a head word).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from phoihop.extract import lexicon

# Initials shorter than this have too many neighbours one slip away ("BTV", "CCB", "TTG"): only longer ones are read.
_SLIP_MIN_LETTERS = 4
# A body's name goes on after its initials with its level or the country ("UNBD huyện Mộc Châu", "MTTTQVN" aside:
# "Ủy ban MTTTQ Việt Nam tỉnh").
_LEVEL_AFTER = r"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|TP|Việt Nam|VN)(?![\w])"
# The level words a page may glue to the initials before them ("BCHQShuyện", "UBNDtỉnh").
_GLUED_LEVEL = r"(?:tỉnh|huyện|quận|xã|phường)(?![\w])"
_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
# A head word without its marks that is a person's given name ("Nguyễn Minh Khôi", "Lê Thị Đoan") is read as printed.
_GIVEN_NAMES = frozenset({"Khôi", "Đoan"})
# A row of a head word and the table's initials ("Bộ CHQS", "Hội LHPN", "Đồn BP")
_HEAD_AND_INITIALS = re.compile(r"[A-ZĐ][a-zà-ỹđ]+ [A-ZĐ]{2,}")


def _one_slip_spellings(initials: str) -> set[str]:
    """``initials`` with one letter doubled or two neighbouring letters swapped ("UBND": "UUBND", "UBBND", "BUND",
    "UNBD", ...)."""
    doubled = {initials[: i + 1] + initials[i:] for i in range(len(initials))}
    swapped = {
        initials[:i] + initials[i + 1] + initials[i] + initials[i + 2 :]
        for i in range(len(initials) - 1)
        if initials[i] != initials[i + 1]
    }
    return doubled | swapped


def _table_initials() -> set[str]:
    """The table's short forms of capitals only ("UBND", "BCHQS", "MTTQVN")."""
    return {short for short, _ in lexicon.abbreviations() if short.isalpha() and short.isupper()}


@cache
def misprinted_initials() -> dict[str, str]:
    """Each one-slip spelling of a table's initials that is one step from that row only and is no row itself, with
    the row."""
    table = _table_initials()
    rows_by_slip: dict[str, set[str]] = {}
    for initials in table:
        if len(initials) >= _SLIP_MIN_LETTERS:
            for slip in _one_slip_spellings(initials) - table:
                rows_by_slip.setdefault(slip, set()).add(initials)
    return {slip: rows.pop() for slip, rows in rows_by_slip.items() if len(rows) == 1}


def _unmarked(word: str) -> set[str]:
    """``word`` without its tone mark, and without any mark but Đ's ("Hội": "Hôi", "Hoi")."""
    decomposed = unicodedata.normalize("NFD", word)
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return {toneless, bare} - {word}


@cache
def unmarked_heads() -> dict[str, str]:
    """The head words of the table's "head + initials" rows ("Bộ CHQS", "Hội LHPN", "Đồn BP") without their marks,
    with the head ("Bô": "Bộ", "Hôi": "Hội")."""
    heads = {short.split()[0] for short, _ in lexicon.abbreviations() if _HEAD_AND_INITIALS.fullmatch(short)}
    return {slip: head for head in heads for slip in _unmarked(head) - _GIVEN_NAMES}


@cache
def slips_scan() -> re.Pattern[str]:
    """Misprinted initials before a level word (group ``slip``), an unmarked head word before the table's initials
    (``head``), a table's initials with a level word glued to them (``glued``)."""
    initials, slips, heads = _table_initials(), misprinted_initials(), unmarked_heads()
    firsts = "".join(sorted({re.escape(w[0]) for w in (*slips, *heads, *initials)}))
    return re.compile(
        rf"(?=[{firsts}])(?<![\w&])(?:(?P<slip>{lexicon.alternation(slips)})(?= {_LEVEL_AFTER})"
        rf"|(?P<head>{lexicon.alternation(heads)})(?= {lexicon.alternation(initials)}(?![\w&]))"
        rf"|(?P<glued>{lexicon.alternation(initials)})(?={_GLUED_LEVEL}))"
    )


def repaired(m: re.Match[str]) -> str:
    """The table's spelling of a form ``slips_scan`` found."""
    if m.group("slip"):
        # (a page that defines the form in brackets uses its own short form, no slip: "Văn phòng Đoàn Đại biểu Quốc
        # hội (ĐĐBQH) tỉnh ... ĐĐBQH tỉnh")
        defined = f"({m.group('slip')})" in m.string
        return m.group(0) if defined else misprinted_initials()[m.group("slip")]
    if m.group("head"):
        return unmarked_heads()[m.group("head")]
    return m.group("glued") + " "
