"""Text normalisation that keeps character offsets into the original text.

Vietnamese news text mixes Unicode forms (NFC/NFD), two tone-mark placements
(``Uỷ``/``Ủy``, ``hoà``/``hòa``), several dashes and spaces, and the Icelandic
``Ð`` look-alike for ``Đ``.  Matching grammars run on a normalised copy; every
span found there is mapped back to the original text with :class:`NormText`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from phoihop.text import LOWER_LETTERS, UPPER_LETTERS, spaced_dashes
from phoihop.text import WS as _WS

_TONES = "\u0300\u0301\u0309\u0303\u0323"
# One character in, one character out: dashes, spaces and look-alikes.
_SAME_LENGTH = str.maketrans(
    {
        "\u00d0": "\u0110",
        "\u00f0": "\u0111",  # Ð ð -> Đ đ
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\t": " ",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
    }
)
_NEEDS_TRANSLATE = re.compile("[" + "".join(re.escape(chr(c)) for c in _SAME_LENGTH) + "]")
# The same table by character: replacing the few characters found (one regex pass) costs a tenth of str.translate,
# which looks every character of the page up in the table.
_SAME_LENGTH_CHARS = {chr(c): to for c, to in _SAME_LENGTH.items()}


def _plain_characters(text: str) -> str:
    """``text.translate(_SAME_LENGTH)``: plain dashes, spaces and quotes."""
    return _NEEDS_TRANSLATE.sub(lambda m: _SAME_LENGTH_CHARS[m.group(0)], text)


# "oà", "oé", "uỷ" at the end of a syllable: the tone moves to the first vowel (the placement
# the rest of the toolkit and the scorer keep).  A table of the NFC pairs keeps this one pass.


def _moved(first: str, second: str) -> str:
    base, tone = unicodedata.normalize("NFD", second)[0], unicodedata.normalize("NFD", second)[1:]
    return unicodedata.normalize("NFC", first + tone) + base


_PAIRS = {
    f + s2: _moved(f, s2)
    for f in "oOuU"
    for s2 in "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"
    if unicodedata.normalize("NFD", s2)[0].lower() in ("a" if f in "oO" else "y") + ("e" if f in "oO" else "")
}
# It opens with the vowel and checks the letter before it after it ("(?<![qQ].)": no "qu"), so that the engine
# skips in C to the next o or u instead of trying the look-behind at every place (it runs on every name).
_OLD_TONE = re.compile(r"[oOuU](?<![qQ].)[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?!\w)")


# A syllable carries one tone; a second is a slip of the keyboard ("ngàỵ 17/10/2023"): the first one stays.
_TONED = "".join(
    c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and set(unicodedata.normalize("NFD", c)) & set(_TONES)
)
# Two toned letters in one run of letters; it opens with the toned letter, so the engine skips to the next in C.
_TWO_TONES = re.compile(rf"[{_TONED}][^\W\d_]{{0,5}}?[{_TONED}]")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]*$")
_LETTERS = re.compile(r"[^\W\d_]*")
_SYLLABLE_MAX = 7  # letters of the longest syllable ("nghiêng"): a longer run is words run together
_TONED_SET = frozenset(_TONED)


def _first_tone_only(word: str) -> str:
    if len(word) > _SYLLABLE_MAX or any(c.isupper() for c in word[1:]):
        return word  # words run together ("ĐắkLắk"), not one syllable
    out, seen = [], False
    for c in word:
        if c in _TONED_SET:
            if seen:
                c = unicodedata.normalize("NFC", "".join(x for x in unicodedata.normalize("NFD", c) if x not in _TONES))
            seen = True
        out.append(c)
    return "".join(out)


def one_tone_per_syllable(text: str) -> str:
    """``text`` with a second tone mark of a syllable dropped (NFC in, same length out)."""
    out, pos = [], 0
    for m in _TWO_TONES.finditer(text):
        if m.start() < pos:
            continue
        before = _LETTERS_BEFORE.search(text, max(0, m.start() - _SYLLABLE_MAX), m.start())
        start = before.start() if before else m.start()
        if start and text[start - 1].isalpha():
            continue  # the run of letters is longer than a syllable
        letters = _LETTERS.match(text, m.end())
        assert letters is not None  # "*" matches everywhere
        end = letters.end()
        out.append(text[pos:start])
        out.append(_first_tone_only(text[start:end]))
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def fold_tones(text: str) -> str:
    """Move a tone mark from the second to the first vowel of a final oa/oe/uy (NFC in, same length out)."""
    return _OLD_TONE.sub(lambda m: _PAIRS.get(m.group(0), m.group(0)), text)


@dataclass
class NormText:
    """A normalised copy of a text plus the map back to the original offsets.

    ``to_orig[i]`` is the original offset of normalised character ``i``
    (``None`` when the two texts have the same length and align one to one).
    """

    text: str
    original: str
    to_orig: list[int] | None = None
    to_orig_end: list[int] | None = None  # original end of normalised character ``i`` (entities)
    # the syllables the original writes with "i" only, read with "y", by their "y" form (``i_spellings``)
    i_spellings: dict[str, str] = field(default_factory=dict)

    def orig(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``i == len(text)`` maps to the end)."""
        if self.to_orig is None:
            return i
        if i >= len(self.to_orig):
            return len(self.original)
        return self.to_orig[i]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if self.to_orig is None:
            return start, end
        if end <= start:
            s = self.orig(start)
            return s, s
        if self.to_orig_end is not None:
            return self.orig(start), (
                self.to_orig_end[end - 1] if end - 1 < len(self.to_orig_end) else len(self.original)
            )
        return self.orig(start), self.orig(end - 1) + 1


def _nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    mapping: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        mapping.extend([i] * len(piece))
        i = j
    return "".join(out), mapping


# HTML character references left in scraped text: "&nbsp;", "&ndash;", "&quot;", "&#8211;", "&#x2013;".
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Punctuation typed the loose way of many provincial pages: a space before the mark ("Tỉnh ủy ,UBND",
# "ký kết .Theo đó") or none after a comma between words ("Long An,Tây Ninh"). Lists are spread and
# sentences split on ", " and ". ", so the mark is put back against its word with one space after it.
# ... and a dash typed without its spaces between two words of a title chain or two names ("Ủy viên Ban Thường
# vụ-Phó Bí thư", "Bộ Tư lệnh Cảnh vệ-Bộ Công an"): a lower-case letter before it and a capitalised word after it
# (not a document's symbol, "01/KH-UBND", nor "Covid-19").
# Each scan opens with a character it consumes (the engine skips to it in C) and its replacement reads the character
# before the match, which a look-behind would have tried at every position of the page.
# (A run of spaces is entered at its first space only, and taken whole: a page padded with spaces, a million of them,
# is read in one pass, not once from each of its spaces.)
_SPACE_BEFORE_MARK = re.compile(r" (?<!  ) *+([,;:!?]|\.(?![.\d]))")  # (not " ...", not " .5")
_NO_SPACE_AFTER_COMMA = re.compile(r"([,;])(?=[^\W\d_])")
# ... and a full stop glued to the next sentence's capital ("Sở Giáo dục và Đào tạo.Đại tá A ký ..."), after a word in
# lower case (not "TP.Hồ Chí Minh", "Tp.HCM", "ThS.Nguyễn": a short form's dot)
# (it opens with the stop it consumes and looks back over it: a look-behind in front was tried at every character)
_NO_SPACE_AFTER_STOP = re.compile(
    rf"(\.)(?<=[{LOWER_LETTERS}][{LOWER_LETTERS}]\.)(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])"
)
_UNSPACED_DASH = re.compile(rf"-(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])")
_WORD_OR_CLOSING = re.compile(
    r"[^\W_)\"']"
)  # what a mark typed loose follows: a word's last letter or digit, a bracket
_LETTER = re.compile(r"[^\W\d_]")
_LOWER_LETTER = re.compile(f"[{LOWER_LETTERS}]")


def _after(pattern: re.Pattern[str], m: re.Match[str]) -> bool:
    """Whether the character right before ``m`` is one ``pattern`` matches."""
    return m.start() > 0 and pattern.match(m.string, m.start() - 1) is not None


def _decoded_entity(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFC", html.unescape(m.group(0)))


def _mark_against_its_word(m: re.Match[str]) -> str:
    if not _after(_WORD_OR_CLOSING, m):
        return m.group(0)
    after = m.string[m.end() : m.end() + 1]
    return m.group(1) + (" " if after.isalnum() else "")


def _mark_spaced_after(m: re.Match[str]) -> str:
    return m.group(1) + " " if _after(_LETTER, m) else m.group(0)


def _spaced_dash(m: re.Match[str]) -> str:
    return " - " if _after(_LOWER_LETTER, m) else m.group(0)


# "UB.MTTQVN", "UB.Mặt trận": "Ủy ban" written short with a dot glued to the next name (the scan opens with the "U" it
# consumes, and looks back from it to the character before)
_GLUED_UB_DOT = re.compile(rf"U(?<![\w.]U)B\.(?=[{UPPER_LETTERS}])")


def _ub_spaced(m: re.Match[str]) -> str:
    return "UB "


# "giữa Báo Thái NguyênBáo Thế giới và Việt Nam": a space a page lost between a name and the body named after it (no
# Vietnamese word holds a capital after a small letter; the heads listed are the words a body's name opens with, so a
# brand glued the same way, "VinFast", "TikTok", is left alone)
_GLUED_HEAD = re.compile(
    # (a capital next is checked first: most small letters have none after them)
    rf"([{LOWER_LETTERS}])(?=[{UPPER_LETTERS}])"
    r"(?=(?:Báo|Sở|Ban|Hội|Ủy ban|UBND|Công an|Bộ|Đảng ủy|Tỉnh ủy|Huyện ủy|Thành ủy|Liên đoàn|Viện|Tòa án|Đoàn|"
    rf"Mặt trận|Cục|Chi cục|Phòng|Đồn|Trung tâm)(?![{LOWER_LETTERS}]))"
)


def _head_spaced(m: re.Match[str]) -> str:
    return m.group(1) + " "


# A run of spaces inside a line (a page's editor typing two, a scraper joining inline elements, a tab) is one space:
# the grammars name bodies, lists and dates with single spaces between words ("Hội Nông dân  tỉnh", "TP.  Hồ Chí
# Minh"), and a run left in cut the body's name at it. Line breaks stay: they end paragraphs.
_SPACE_RUN = re.compile(r"  +")


def _one_space(m: re.Match[str]) -> str:
    return " "


_LOOSE_PUNCTUATION = (
    (_SPACE_RUN, _one_space),
    (_GLUED_UB_DOT, _ub_spaced),
    (_GLUED_HEAD, _head_spaced),
    (_SPACE_BEFORE_MARK, _mark_against_its_word),
    (_NO_SPACE_AFTER_COMMA, _mark_spaced_after),
    (_NO_SPACE_AFTER_STOP, _mark_spaced_after),
    (_UNSPACED_DASH, _spaced_dash),
)
# Characters that print nothing and that a page's editor or a scraper leaves inside and between words: the soft
# hyphen ("&shy;", a place to break a word), the zero-width joiners, the word joiner. Read as nothing: "Công an\u00ad
# tỉnh" is "Công an tỉnh". (A zero-width space is a space: _SAME_LENGTH.)
_INVISIBLE = re.compile("[\u00ad\u180e\u200c\u200d\u2060-\u2064]+")


# Markdown's emphasis marks around words, as a crawler converting a page prints its bold and italic runs ("ông **Lê
# Quốc Anh**, Phó Chủ tịch", "Đại tá *Trần Văn Hải*"): read as nothing, so the words between are read as printed. An
# opening mark stands before a letter or digit and after no word; a closing one after a word (or its full stop) and
# before none. A bullet's lone "* " opens no emphasis.
_MARKDOWN_EMPHASIS = re.compile(
    r"(?<![\w*])(?:\*{1,3}|_{2,3})(?=[^\W_])|(?<=[^\W_]|[.,!?:;)\"”])(?:\*{1,3}|_{2,3})(?![\w*])"
)


# Damage of print and OCR (round s32): a syllable broken at a line's end by a hyphen ("Trần Văn Hu-\nng", "tỉ-\nnh",
# "gi-\nữa") is one syllable; "Uy ban", the OCR's "Ủy ban" without its mark, is "Ủy ban"; "C.A" before a level is the
# police's short form "CA".
_BROKEN_SYLLABLE = re.compile(rf"(?<=[{LOWER_LETTERS}{UPPER_LETTERS}])-\n(?=[{LOWER_LETTERS}])")
_UNMARKED_UY_BAN = re.compile(r"(?<![\w])(U|u)y(?= ban(?![\w]))")
_DOTTED_POLICE = re.compile(r"(?<![\w.])C\.A(?=\s+(?:tỉnh|huyện|xã|phường|quận|thành\s+phố|thị\s+xã|TP)(?![\w]))")
_PRINT_DAMAGE = (
    (_BROKEN_SYLLABLE, lambda m: ""),
    (_UNMARKED_UY_BAN, lambda m: "Ủy" if m.group(1) == "U" else "ủy"),
    (_DOTTED_POLICE, lambda m: "CA"),
)


def _nothing(m: re.Match[str]) -> str:
    return ""


# "qui" is the older spelling of the syllable "quy" ("qui chế", "qui định", "Qui Nhơn", "quí III"): the rules and
# lexicons are written with "quy", so the syllable is read so (same length: only the vowel changes).
_QUI = re.compile(r"([Qq][Uu])([iìíỉĩịIÌÍỈĨỊ])(?![\w])")
_WORD_CHAR = re.compile(r"\w")
# "ky kết": the signing verb typed without its tone mark (same length); no other word "ky" stands before "kết"
_UNMARKED_KY = re.compile(r"(?<![\w])([Kk])y(?=\s+kết(?![\w]))")
_I_AS_Y = str.maketrans("iìíỉĩịIÌÍỈĨỊ", "yỳýỷỹỵYỲÝỶỸỴ")


def _as_quy(m: re.Match[str]) -> str:
    if _after(_WORD_CHAR, m):
        return m.group(0)  # (inside a word)
    if (
        m.group(1)[0].isupper()
        and _CAPITALISED_WORD_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
        and not _LEVEL_SHORT_FORM_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
        and not m.string.startswith(" Nhơn", m.end())
    ):
        return m.group(0)  # (in a person's name, "Nguyễn Văn Quí", "Trần Quí Hiền": the person's own spelling)
    return m.group(1) + m.group(2).translate(_I_AS_Y)


_LEVEL_SHORT_FORM_BEFORE = re.compile(r"(?<![\w])(?:TP|Tp|TX|TT)\.?\s$")


# "kí", "kì", "kỉ", "lí", "kĩ", "mĩ" are the school spelling of some sites for "ký" ("kí kết"), "kỳ" ("nhiệm kì"), "kỷ"
# ("kỉ niệm"), "lý" ("quản lí"), "kỹ" ("kĩ thuật"), "mỹ": the rules and lexicons write "y", so a syllable of k, l or m
# and a toned "i" is read with "y" (same length; a syllable with a plain "i", "ki ốt", stays). A capitalised one only
# before a word in lower case ("Kí kết") or in a line of capitals ("KÍ KẾT"): in a name ("Lê Thị Mĩ Hạnh", "Kì Sơn")
# it is the person's or the place's own spelling, which the facts keep as printed.
_I_AS_Y_SYLLABLE = re.compile(r"([KkLlMm])([ìíỉĩịÌÍỈĨỊ])(?![\w])")
_LOWER_WORD_NEXT = re.compile(f" [{LOWER_LETTERS}]")


# A capitalised one after a capitalised word ends a name even before a word in lower case ("Phó Chủ tịch UBND tỉnh
# Lò Văn Lí cho biết", "xã Mường Lí ký kết"), unless it makes a word of the rules' with that word ("Cao Đẳng Kĩ thuật").
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w])[{UPPER_LETTERS}]\w*\s$")
_Y_WORDS_NEXT = re.compile(r" (?:kết|thuật|niệm|luật|luận|năng|sư|họp)(?![\w])")


def _as_y(m: re.Match[str]) -> str:
    if _after(_WORD_CHAR, m):
        return m.group(0)  # (inside a word: "khí", "thì")
    if m.group(1).isupper() and m.group(2).islower():
        if not _LOWER_WORD_NEXT.match(m.string, m.end()):
            return m.group(0)  # (a name's)
        if _CAPITALISED_WORD_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) and not _Y_WORDS_NEXT.match(
            m.string, m.end()
        ):
            return m.group(0)  # (the end of a name's)
    return m.group(1) + m.group(2).translate(_I_AS_Y)


_Y_AS_I = str.maketrans("yỳýỷỹỵYỲÝỶỸỴ", "iìíỉĩịIÌÍỈĨỊ")
_Y_SYLLABLE = re.compile(r"[KkLlMm](?<![\w].)[ỳýỷỹỵỲÝỶỸỴ](?![\w])")  # (opens with the letter it consumes)


def i_spellings(text: str) -> dict[str, str]:
    """The syllables ``text`` writes with "i" where the rules read "y" (``_as_y``) and nowhere with "y", each by its
    "y" form ("lý": "lí", "Kỹ": "Kĩ"): the facts name a body as its page writes it ("Ban Quản lí dự án", as its gold
    copies it), though the rules read it with "y"."""
    return _read_with_y(unicodedata.normalize("NFC", text))[1]


def _read_with_y(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with its "i" syllables read with "y", and ``i_spellings`` of it (one scan; a second over the text
    only where a syllable was read so)."""
    written_i: set[str] = set()

    def as_y(m: re.Match[str]) -> str:
        read = _as_y(m)
        if read != m.group(0):
            written_i.add(m.group(0))
        return read

    read = _I_AS_Y_SYLLABLE.sub(as_y, text)
    if not written_i:
        return read, {}
    written_y = {m.group(0) for m in _Y_SYLLABLE.finditer(text)}
    return read, {y: i for i in written_i if (y := i.translate(_I_AS_Y)) not in written_y}


def in_spelling(name: str, spellings: dict[str, str]) -> str:
    """``name`` with its syllables in the spellings ``i_spellings`` found."""
    return _Y_SYLLABLE.sub(lambda m: spellings.get(m.group(0), m.group(0)), name) if spellings else name


Edit = tuple[str, list[int], list[int]]


def _edited(text: str, pattern: re.Pattern[str], replace) -> Edit | None:
    """``pattern.sub(replace, text)``, plus the start and end offset in ``text`` of each output character
    (a character of a replacement spans the whole match), or ``None`` when nothing changes."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        replacement = replace(m)
        if replacement == m.group(0):
            continue
        out.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        out.append(replacement)
        starts.extend([m.start()] * len(replacement))
        ends.extend([m.end()] * len(replacement))
        pos = m.end()
    if not pos:
        return None
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends


def _composed(
    mapping: list[int] | None, mapping_end: list[int] | None, edit: Edit, original_length: int
) -> tuple[list[int], list[int]]:
    """The maps to the original text after one more edit, from the maps before it (``None``: one to one)
    and the edit's own starts and ends into the text it edited."""
    _, starts, ends = edit
    if mapping is None:
        return starts, ends
    n = len(mapping)
    if mapping_end is not None:
        return [mapping[i] for i in starts], [mapping_end[e - 1] for e in ends]
    # Without ends of its own, a character ends where the next one starts (an NFD sequence is one character).
    return [mapping[i] for i in starts], [mapping[e] if e < n else original_length for e in ends]


Repair = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def normalize(text: str, slips: Repair | None = None) -> NormText:
    """Return the normalised text (NFC, HTML character references decoded, one tone placement,
    plain dashes/spaces/quotes, real Đ, "quy" for "qui", "ký" for "kí" (and "lý", "kỹ", "mỹ", "kỳ", "kỷ") and for
    "ky kết", no invisible characters, a comma or full stop typed loose put back against its word, a space lost before
    a body's name put back, and the ``slips`` of the keyboard the caller's scan finds spelled as it says: the
    pipeline's misprinted short forms, ``short_form_slips``, whose table this module cannot import)."""
    nfc, mapping = _nfc_with_map(text)
    mapping_end = None
    if "&" in nfc and _ENTITY.search(nfc):
        decoded = _edited(nfc, _ENTITY, _decoded_entity)
        if decoded is not None:
            nfc = decoded[0]
            mapping, mapping_end = _composed(mapping, mapping_end, decoded, len(text))
    nfc = _plain_characters(nfc)  # after the entities: "&nbsp;" is a no-break space until here
    nfc = _QUI.sub(_as_quy, nfc)
    if "y kết" in nfc:
        nfc = _UNMARKED_KY.sub(r"\1ý", nfc)
    nfc, spellings = _read_with_y(nfc)
    emphasis = ((_MARKDOWN_EMPHASIS, _nothing),) if "*" in nfc or "__" in nfc else ()
    damage = _PRINT_DAMAGE if ("-\n" in nfc or "Uy ban" in nfc or "uy ban" in nfc or "C.A" in nfc) else ()
    repaired_slips = (slips,) if slips else ()
    for pattern, replace in ((_INVISIBLE, _nothing), *emphasis, *damage, *repaired_slips, *_LOOSE_PUNCTUATION):
        spaced = _edited(nfc, pattern, replace)
        if spaced is not None:
            nfc = spaced[0]
            mapping, mapping_end = _composed(mapping, mapping_end, spaced, len(text))
    norm = one_tone_per_syllable(fold_tones(nfc))
    return NormText(norm, text, mapping, mapping_end, spellings)


def normalize_string(text: str) -> str:
    """Normalise a short string for output: NFC, tones, dashes, collapsed spaces."""
    s = normalize(text).text
    s = spaced_dashes(s)
    return _WS.sub(" ", s).strip(" ,;:")


def mask(text: str, spans) -> str:
    """Replace each ``(start, end)`` span of ``text`` with spaces (same length; line breaks kept)."""
    spans = sorted((max(0, a), min(len(text), b)) for a, b in spans if b > a)
    if not spans:
        return text
    out, pos = [], 0
    for start, end in spans:
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        piece = text[start:end]
        out.append(" " * len(piece) if "\n" not in piece else re.sub(r"[^\n]", " ", piece))
        pos = end
    out.append(text[pos:])
    return "".join(out)
