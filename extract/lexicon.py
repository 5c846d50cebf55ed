"""Domain lexicons (data/*.tsv, *.txt) and the regex building blocks made from them.

Everything here is general domain knowledge (abbreviations, province names,
surnames, title heads, document type codes, agency head nouns); nothing is
specific to one article.  Patterns are compiled once per process.
"""

from __future__ import annotations

import functools
import re
from functools import cache, lru_cache
from importlib import resources

from phoihop.extract.grouped_alternation import grouped_alternation
from phoihop.extract.normalize import fold_tones
from phoihop.text import LOWER_LETTERS, UPPER_LETTERS
from phoihop.text import WS as _WS

# Upper-case letters of Vietnamese (Latin with diacritics); used with (?-i:...)
UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-ỸẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"


def _class_of(characters: set[str]) -> str:
    """A character class of ``characters``, each run of consecutive code points written as a range ("A-Z"): the
    classes below are written out some two hundred times in the agency grammar, where the parser's reading of
    every character was about a third of the grammar's compile time; the class compiles to the same code."""
    assert not characters & set("[]\\^-"), "a character with a meaning in a class would need escaping"
    ordered = sorted(characters)
    items = []
    start = 0
    for n in range(1, len(ordered) + 1):
        if n == len(ordered) or ord(ordered[n]) != ord(ordered[n - 1]) + 1:
            first, last = ordered[start], ordered[n - 1]
            items.append(first if n - start == 1 else first + last if n - start == 2 else f"{first}-{last}")
            start = n
    return "[" + "".join(items) + "]"


UPPER_CLASS = _class_of(set(UPPER_LETTERS))
LOWER_CLASS = _class_of(set(LOWER_LETTERS))
# An outlet's code as pages print it in a dateline, in capitals with its dots ("BST", "QĐND", "T.Ư"): read by the
# dateline furniture and by the signing sentence's opening after it (relations.patterns.OUTLET_CODE_OPENING)
OUTLET_CODE = r"(?-i:[A-ZĐ][A-ZĐ.]{1,11})"
# One capitalised syllable ("Nưng", "Đắk", "H'Hen") and one lower-case syllable.
CAP_SYL = rf"(?-i:{UPPER_CLASS}{LOWER_CLASS}*(?:'{UPPER_CLASS}?{LOWER_CLASS}+)?)(?![\w])"
# ... and one word of a place's name, which may be a foreign name transliterated syllable by syllable with hyphens
# ("Tỉnh ủy Chăm-pa-sắc", "Công an tỉnh Bô-ly-khăm-xay", "Luông Pha-bang": the Lao provinces as Vietnamese pages
# print them)
PLACE_SYL = rf"(?-i:{UPPER_CLASS}{LOWER_CLASS}*(?:'{UPPER_CLASS}?{LOWER_CLASS}+)?(?:-{LOWER_CLASS}+)*)(?![\w])"
# A capitalised word next, after spaces: a name goes on (a list's item, a board's name, a title's body run on)
CAPITAL_WORD_NEXT = re.compile(rf"[ ]+(?-i:{UPPER_CLASS})")
# The level words of places below a province, in lower case as a place's name follows them ("xã", "phường", "thị trấn",
# "huyện", "quận", "thị xã", "thành phố", "đặc khu")
LOCAL_LEVEL_RX = r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|đặc\s+khu)"
# The words of a hamlet, a village or a residential block, below a commune ("thôn 3", "bản Cù Bai", "làng Ia Mơr",
# "buôn Ea Bông", "plei Ốp", "sóc Ba Chúc", "khu phố 2", "tổ dân phố 5"): the cells of the mass organisations and the
# Front are named after them, and a post twinned with one signs alone (agency_heads.tsv writes it {{VILLAGE}})
# ("khu 5", "khu Xoan": the hamlet of Phú Thọ and Hòa Bình, a number or a name after it; not "khu vực", "khu công
# nghiệp")
# Nouns a number counts ("214 nguồn tin", "3 năm liền", "5 lần"): a number they follow is no unit's, post's or place's
COUNTED_NOUNS = (
    r"lần|tin|nguồn|vụ|suất|người|đối\s+tượng|trường\s+hợp|hộ|lượt|buổi|cuộc|đợt|năm|tháng|ngày|giờ|triệu|tỷ|nghìn|"
    r"ngàn|tấn|km|ha|cán\s+bộ|đồng\s+chí|học\s+sinh|hội\s+viên|đoàn\s+viên|chiến\s+sĩ|phần(?:\s+quà)?|sổ|nhà|căn|"
    # (round s32: the things a gift counts, "tặng Hội LHPN xã 1 máy khâu", "Hội Nông dân xã 2 con bò giống")
    r"con|chiếc|cái|máy|tủ|bình|bao|thùng|ngôi|cây|túi|gói|cuốn|quyển|kg|lít|(?-i:bộ)(?!\s+binh)"
)
VILLAGE_RX = r"(?:ấp|thôn|bản|làng|buôn|plei|bon|sóc|xóm|khóm|khu\s+phố|tổ\s+dân\s+phố|khu(?=\s+(?:\d|(?-i:[A-ZĐ]))))"
# The gate a border post, station or command is named for: a land gate, an international one, a sea port or an airport
# ("Đồn Biên phòng cửa khẩu cảng Cam Ranh", "Ban Chỉ huy BĐBP Cửa khẩu Cảng hàng không quốc tế Cam Ranh"; read to "Cảng"
# alone, the airport's post was cut to "... cửa khẩu Cảng"); a name's grammar and the heads' table ({{BORDER_GATE}})
BORDER_GATE_RX = r"[Cc]ửa\s+khẩu(?:\s+(?:[Qq]uốc\s+tế|cảng(?:\s+hàng\s+không)?(?:\s+quốc\s+tế)?))?"
LOW_SYL = rf"(?-i:{LOWER_CLASS}+)(?![\w])"
# "đồng chí" as pages print it: in full, "Đ/c", "đ/c" or "Đc" (for patterns read case-insensitively; no word
# boundary of its own)
COMRADE = r"(?:đồng\s+chí|đ/c|đc)"


def _read(name: str) -> list[str]:
    text = resources.files("phoihop.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [fold_tones(line.rstrip("\n")) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _read(name)]


_SPACED_DASH = re.compile(r"\s*-\s*")


def words_to_regex(phrase: str) -> str:
    """A literal phrase as a regex: any run of spaces matches any whitespace, '-' may have spaces on either side
    or none ("Thừa Thiên - Huế" matches "Thừa Thiên-Huế" and "Thừa Thiên- Huế")."""
    out = []
    for part in re.split(r"(\s+|-)", _SPACED_DASH.sub("-", phrase)):
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        elif part == "-":
            out.append(r"\s*-\s*")
        else:
            out.append(re.escape(part))
    return "".join(out)


def alternation(phrases) -> str:
    """Longest-first alternation of literal phrases (grouped by leading letters: the engine skips a group at once)."""
    longest_first = sorted(set(phrases), key=lambda s: (-len(s), s))
    return "(?:" + grouped_alternation([words_to_regex(p) for p in longest_first]) + ")"


@cache
def abbreviations() -> list[tuple[str, str]]:
    """(short, long) pairs, longest short form first."""
    rows = [(r[0], r[1]) for r in _rows("abbreviations.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


# The parts of a short form printed with any joint: "TN&MT", "TN-MT", "TN - MT", "TN và MT" are one form, as the
# department names' parts are (department_regex); a table row names one of them.
_SHORT_FORM_JOINT = re.compile(r"\s*[,&–-]\s*|\s+và\s+")


def _short_form_parts(short: str) -> list[str] | None:
    """The parts of a short form joined by "&", "-", "," or "và", or None where it has no such joint."""
    parts = [p for p in _SHORT_FORM_JOINT.split(short) if p]
    return parts if len(parts) > 1 and all(p[:1].isalpha() for p in parts) else None


# the joints of a short form that read "và" ("PT&TH"), and those between a long form's parts
_AND_JOINT = re.compile(r"\s*&\s*|\s+và\s+")
_LONG_FORM_JOINT = re.compile(r" - | và ")


def _with_printed_joint(short: str, long: str) -> str:
    """``long`` with its parts joined as ``short`` joins them, where the two have as many parts: "PT&TH" is "Phát
    thanh và Truyền hình", where "PT-TH" is "Phát thanh - Truyền hình" (a name printed with "&" reads "và"); "LĐTB&XH"
    (two parts) keeps "Lao động - Thương binh và Xã hội" (three)."""
    if " - " not in long or not _AND_JOINT.search(short):
        return long
    joints = _SHORT_FORM_JOINT.findall(short)
    if len(_LONG_FORM_JOINT.findall(long)) != len(joints):
        return long
    pieces = _LONG_FORM_JOINT.split(long)
    out = pieces[0]
    for joint, piece in zip(joints, pieces[1:], strict=True):
        out += (" và " if _AND_JOINT.fullmatch(joint) else " - " if joint.strip() in "-–" else ", ") + piece
    return out


# A short form of three capitals or more is one form however the page joins its letters: "VH-TT&DL", "VH-TTDL", "VHTT &
# DL" and "VHTTDL" are all "VHTTDL" (pages split the initials at any part).
_INITIALS = re.compile(r"[A-ZĐ]{3,}")


def _initials(short: str) -> str | None:
    """The letters of an all-capitals short form without its joints ("VH-TT&DL": "VHTTDL"), or None."""
    letters = _SHORT_FORM_JOINT.sub("", short)
    return letters if _INITIALS.fullmatch(letters) else None


def _initials_regex(letters: str) -> str:
    """A short form's capitals with any joint, or none, between two of them."""
    joint = f"(?:{_SHORT_FORM_JOINT.pattern})?"
    return joint.join(re.escape(c) for c in letters)


def _short_form_key(short: str) -> str:
    letters = _initials(short)
    if letters:
        return letters
    parts = _short_form_parts(short)
    return "|".join(parts) if parts else short


@cache
def _abbr_regex() -> tuple[re.Pattern, dict[str, str]]:
    table = {_short_form_key(a): long for a, long in reversed(abbreviations())}
    joint = f"(?:{_SHORT_FORM_JOINT.pattern})"
    pieces = []
    for a, _ in abbreviations():
        letters = _initials(a)
        parts = _short_form_parts(a)
        if letters:
            pieces.append(_initials_regex(letters))
        else:
            pieces.append(joint.join(re.escape(p) for p in parts) if parts else re.escape(a))
    # (grouped by their leading letters: a capital that opens no short form costs one try per letter, not one per
    # row of the table; the grouping keeps every match and which row wins, see grouped_alternation)
    pattern = grouped_alternation(pieces)
    # "TP." ("Tp.") may touch the next word ("TP.Hồ Chí Minh"); other short forms stand alone.  An all-caps
    # headline's "BỘ TƯ LỆNH" holds the word "Tư" (commander), not the short form of "Trung ương".
    # Every short form (and "TP.") starts with one of ``firsts``: the look-ahead skips the other positions fast.
    firsts = "".join(sorted({re.escape(a[0]) for a, _ in abbreviations()} | {"T"}))
    return re.compile(
        rf"(?=[{firsts}])(?:(?<![\w])T[Pp]\.(?=\w)|(?<![\w&])(?!TƯ\s+L[ỆE]NH)(?:{pattern})(?![\w&]))"
    ), table


@cache
def _exact_forms() -> dict[str, str]:
    return dict(abbreviations())


# A short form of two joined parts ("PTTH&TTĐT", "PT-TH")
_JOINED_SHORT_FORM = re.compile(r"[A-ZĐ]\s*[&-]\s*[A-ZĐ]")
# "&" between two short forms ("ĐBQH&HĐND", "GD & ĐT"); between words it stays ("Báo Kinh tế & Đô thị")
_AMPERSAND = re.compile(r"(?<=[A-ZĐ])\s*&\s*(?=[A-ZĐ]{2})")


@lru_cache(maxsize=256)
def _longest_first(items: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """(short, long) pairs, longest short form first, in their order otherwise (kept per table: an article's table
    and the title table are read for every name)."""
    return sorted(items, key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=256)
def _joined_forms_no_row_spells(items: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The (short, long) pairs of ``items`` whose short form joins parts ("PTTH&TTĐT") and is no row of the table,
    longest first (kept per table: the article's is read for every name, and most tables hold none)."""
    table = _abbr_regex()[1]
    return [
        (short, long)
        for short, long in _longest_first(items)
        if _JOINED_SHORT_FORM.search(short) and _short_form_key(short) not in table
    ]


@lru_cache(maxsize=256)
def _keyed(items: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {_short_form_key(short): long for short, long in items}


def _spelled_before(long: str, m: re.Match) -> str:
    """An article's short form spelled out, with a space before the number it was glued to."""
    return long + " " if m.end() < len(m.string) and m.string[m.end()].isdigit() else long


_SHIP_BEFORE = re.compile(r"(?<![\w])(?:tàu|Tàu)\s+$")
_HULL_NUMBER_AFTER = re.compile(r"[\s-]?\d{2,5}(?![\w])")


def _hull_number(m: re.Match) -> bool:
    """Whether the short form ``m`` found is a ship's hull number, which spells nothing out: "tàu CSB 8004"."""
    return bool(
        _HULL_NUMBER_AFTER.match(m.string, m.end()) and _SHIP_BEFORE.search(m.string, max(0, m.start() - 6), m.start())
    )


def _spelled_unless_hull_number(long: str, m: re.Match) -> str:
    return m.group(0) if _hull_number(m) else _spelled_before(long, m)


# A short form whose long form the page prints itself with other commas than the table's: the table spells "PCTT"
# "Phòng, chống thiên tai", a page prints "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh" and, in a title,
# "Trưởng Ban Chỉ huy PCTT&TKCN tỉnh". A body is named as the article would write it in full, and one page writes one
# body one way: its short forms are spelled as it prints the long form. A page that never prints it keeps the table's.
_LONG_FORM_WORD_GAP = r"(?:[ \t]*,[ \t]*|[ \t]+)"
_LONG_FORM_SPLIT = re.compile(_LONG_FORM_WORD_GAP)
# A short form's opening capitals ("PCTT" of "PCTT", "BCH" of "BCH PCTT", "TP" of "TP."): the page's runs of capitals,
# found in one scan, tell which rows of the table may be on it
_CAPITAL_RUN = re.compile(rf"[{UPPER_LETTERS}]+")


@cache
def _long_form_prints() -> dict[str, tuple[tuple[str, str, re.Pattern[str]], ...]]:
    """Each table row whose long form has two words or more, with a scan for that form with or without a comma
    between any two of its words (case-sensitive: a name's capitals, not a common phrase in lower case), by the
    short form's opening capitals."""
    rows: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    for short, long in abbreviations():
        words = _LONG_FORM_SPLIT.split(long)
        opening_capitals = _CAPITAL_RUN.match(short)
        if len(words) >= 2 and opening_capitals:
            # (the word boundary checked after the first word, so that the scan opens with a literal the engine skips
            # to in C)
            opening = re.escape(words[0]) + rf"(?<![\w].{{{len(words[0])}}})"
            print_rx = re.compile(
                opening + _LONG_FORM_WORD_GAP + _LONG_FORM_WORD_GAP.join(map(re.escape, words[1:])) + r"(?![\w])"
            )
            rows.setdefault(opening_capitals.group(0), []).append((short, long, print_rx))
    return {capitals: tuple(row) for capitals, row in rows.items()}


def spellings_the_page_prints(text: str) -> dict[str, str]:
    """The table's short forms ``text`` uses whose long form it prints with other commas, spelled as it prints them."""
    found = {}
    by_capitals = _long_form_prints()
    rows = [row for capitals in set(_CAPITAL_RUN.findall(text)) for row in by_capitals.get(capitals, ())]
    for short, long, print_rx in rows:
        if short not in text:
            continue
        printed = print_rx.search(text)
        if printed and printed.group(0) != long:
            found[short] = printed.group(0)
    return found


def expand_abbreviations(text: str, extra: dict[str, str] | None = None) -> str:
    """Spell out the known (and the article's own) abbreviations in ``text``.

    A short form the article defines in brackets is spelled as the article prints it ("Sở Nông nghiệp & Phát triển
    nông thôn (NN & PTNT)"), whichever joint its later uses print."""
    rx, table = _abbr_regex()
    # (the article's table as one tuple, built once: each lru_cache key below is hashed item by item on every call)
    extra_items = tuple(extra.items()) if extra else ()
    own = _keyed(extra_items) if extra_items else {}

    def repl(m: re.Match) -> str:
        short = m.group(0)
        if _hull_number(m):
            return short
        if short in ("TP.", "Tp.") and m.end() < len(m.string) and m.string[m.end()].isalpha():
            return table["TP."] + " "  # "TP.Hồ Chí Minh", "Tp.Cần Thơ": the level touches the place
        key = _short_form_key(short)
        printed = own.get(key)
        # the table's spelling where the article's differs only in case ("Tài Nguyên")
        if printed and printed.casefold() != table[key].casefold():
            return printed
        # (a form the table prints as the page does is read as the table reads it: "PCCC" and "PC&CC" differ)
        return _with_printed_joint(short, _exact_forms().get(short) or table[key])

    out = text
    longest_first = _longest_first(extra_items) if extra_items else []
    # an article's own short form of joined parts that no table row spells as a whole goes first: the "&" pass below
    # would split it into short forms of the table ("Cục PTTH&TTĐT" is not "Phát thanh - Truyền hình và TTĐT")
    for short, long in _joined_forms_no_row_spells(extra_items) if extra_items else ():
        if short in out:
            out = re.sub(rf"(?<![\w&]){re.escape(short)}(?![\w&])", long, out)
    out = rx.sub(repl, out)
    if "&" in out:
        # "ĐBQH&HĐND": "&" for "và" between two short forms (the tables' own "NN&PTNT", "TT&TT" are spelled out
        # above as wholes)
        out = rx.sub(repl, _AMPERSAND.sub(" và ", out))
    for short, long in longest_first:
        if short in out:  # most of the article's short forms are not in this text
            # (also glued to a unit's number: "Tiểu đoàn BB1" after "Tiểu đoàn Bộ binh (BB)1")
            glued = rf"(?<!\w){re.escape(short)}(?:(?!\w)|(?=\d))"
            out = re.sub(glued, functools.partial(_spelled_unless_hull_number, long), out)
    return _WS.sub(" ", out).strip()


@cache
def provinces() -> list[str]:
    return _read("provinces.txt")


_PROVINCE_LEVEL = re.compile(r"^(?:tinh|thanh pho|tp)\b\.?\s*", re.I)
_PROVINCE_SHORT = {"hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "hn": "Hà Nội"}


_KEY_SPACING = re.compile(r"[\s_\-]+")
_NOT_KEY_CHARACTER = re.compile(r"[^a-z0-9]+")


# (kept per name: a name the gazetteer does not list is keyed twice, as a neighbour's province and as one of ours)
@lru_cache(maxsize=4096)
def _province_key(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower().strip()
    folded = _PROVINCE_LEVEL.sub("", _KEY_SPACING.sub(" ", folded).strip())
    return _NOT_KEY_CHARACTER.sub("", folded)


@cache
def _provinces_by_key() -> dict[str, str]:
    keys: dict[str, str] = {}
    for name in provinces():
        keys.setdefault(_province_key(name), name)
    for short, name in _PROVINCE_SHORT.items():
        keys.setdefault(short, fold_tones(name))
    return keys


@lru_cache(maxsize=4096)
def known_province(text: str | None) -> str | None:
    """The province ``text`` names, as the lexicon writes it, or ``None`` when it names none.

    Accepts the name with or without "tỉnh"/"thành phố", with or without
    diacritics, and slugs: "Hà Nam", "tỉnh Hà Nam", "Ha Nam", "ha-nam" all
    give "Hà Nam". Anything else (markup, a district, a typo) gives ``None``.
    """
    if not text or not str(text).strip() or len(str(text)) > 80:
        return None
    exact = fold_tones(_WS.sub(" ", str(text)).strip())
    if exact in provinces():
        return exact
    return _provinces_by_key().get(_province_key(str(text)))


@cache
def _neighbour_province_keys() -> frozenset[str]:
    return frozenset(_province_key(name) for name in _read("neighbour_provinces.txt"))


@lru_cache(maxsize=4096)
def neighbour_province(text: str | None) -> bool:
    """Whether ``text`` names a province of Laos, Cambodia or China's border ("Xiêng Khoảng", "Svay Rieng", "Vân
    Nam"): a body's place after "tỉnh" in a twinning, never an article's province."""
    return bool(text) and _province_key(str(text)) in _neighbour_province_keys()


@cache
def places() -> frozenset[str]:
    """Case-folded names of provinces, districts and communes, before and after the 2025 reform.

    From ``data/places.tsv``, which ``scripts/build_places.py`` makes out of the maintained
    ``vietnamadminunits`` gazetteer (7,700 names; the hand list of provinces covered 39 of the 100 place
    names in the gold corpora, the gazetteer 98).  A set, not a regex: the grammar proposes capitalised
    syllables and asks here whether they name a place, which costs one look-up per candidate.
    """
    names = {row[0].casefold() for row in _rows("places.tsv")}
    return frozenset(names | {p.casefold() for p in provinces()})


_DASH_SPACING = re.compile(r"\s*-\s*")


@cache
def place_rows() -> list[list[str]]:
    """The rows of ``data/places.tsv``: each place's name as written, then its kinds ("commune,district")."""
    return _rows("places.tsv")


@lru_cache(maxsize=16384)
def is_place(name: str) -> bool:
    """Whether ``name`` ("Ia Pnôn", "Ch'Ơm", "TP. Hồ Chí Minh" without "TP.") is a known place name."""
    key = _WS.sub(" ", fold_tones(name).replace("\u2019", "'")).strip().casefold()
    key = _DASH_SPACING.sub(" - ", key)
    if key in places() or key.replace(" - ", "-") in places():
        return True
    if neighbour_province(name):
        # a province of Laos, Cambodia or China's border, listed with ours ("hai tỉnh Quảng Trị và Savannakhet")
        return True
    # a province whose tone marks the page misprints ("Đắk Lăk", "Đăk Nông"): its letters without them (a name of two
    # syllables or more; the 7,700 districts and communes share too many letters to be told apart so)
    return " " in key and known_province(name) is not None


@cache
def district_names() -> frozenset[str]:
    """Names of provinces and districts (the levels a body's name is placed at most), as written."""
    return frozenset(
        row[0] for row in _rows("places.tsv") if len(row) > 1 and ("district" in row[1] or "province" in row[1])
    )


@cache
def place_names_opening_with(word: str) -> frozenset[str]:
    """Names of provinces, districts and communes (any level, before and after the 2025 reform) whose first syllable
    is ``word``, as written ("Hội An", "Hội Phú" for "Hội")."""
    return frozenset(row[0] for row in _rows("places.tsv") if row[0].startswith(word + " "))


@cache
def surnames() -> frozenset[str]:
    return frozenset(w for line in _read("surnames.txt") for w in line.split())


@cache
def clan_names() -> frozenset[str]:
    """Clan names of two syllables that open a Central Highlands person's name where a family name opens a Kinh one
    (data/clan_names.txt: "Bon Niêng Ha Thủy", "Kră Jăn Ha Lim"), each as its two words with one space."""
    return frozenset(" ".join(line.split()) for line in _read("clan_names.txt"))


@cache
def saint_names() -> frozenset[str]:
    """Saints' names that Catholics print before their Kinh name (data/saint_names.txt: "Giuse Phạm Văn Hạnh")."""
    return frozenset(w for line in _read("saint_names.txt") for w in line.split())


@cache
def countries() -> frozenset[str]:
    """The countries news names (data/countries.txt), a foreign body's place and no person."""
    return frozenset(_read("countries.txt"))


@cache
def departments() -> list[str]:
    return _read("departments.txt")


@cache
def provincial_departments() -> list[str]:
    """The names a province's "Sở" may take: the departments but the armed forces' ministries ("Bộ Quốc phòng",
    "Bộ Công an"; no "Sở Công an")."""
    return [d for d in departments() if d not in ("Quốc phòng", "Công an")]


# Counts written as words ("hai đơn vị", "Công an bảy tỉnh"), and their alternation with a one- or two-digit number
COUNT_WORD_VALUES = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
COUNT_RX = r"(?:\d{1,2}|" + "|".join(COUNT_WORD_VALUES) + ")"


def count_value(word: str) -> int | None:
    """The number a count ("07", "bảy") stands for; None for any other word."""
    word = word.lower()
    return int(word) if word.isdigit() else COUNT_WORD_VALUES.get(word)


# The parts of a department's name are joined by "và", a dash, a comma or "&" as the page likes ("Sở Nông nghiệp và
# PTNT", "Sở Nông nghiệp-PTNT", "Sở Lao động, Thương binh và Xã hội"), and a part may be printed by its initials.
_DEPARTMENT_PART_SEP = _SHORT_FORM_JOINT  # a department's name joins its parts as a short form does
# (or by a space alone: "Sở Lao động Thương binh và Xã hội", "Bộ Văn hóa Thể thao và Du lịch")
_DEPARTMENT_JOIN = f"(?:{_DEPARTMENT_PART_SEP.pattern}|[ ]+)"
_DEPARTMENT_PART_SHORT = (
    ("Phát triển nông thôn", "PTNT"),
    ("Thương binh và Xã hội", "TB&XH"),
    ("Thương binh và Xã hội", "TBXH"),
)


def department_regex(names: list[str]) -> str:
    """Longest-first alternation of department names whose parts may be joined by any of the separators pages use
    and whose last part may be printed by its initials (see _DEPARTMENT_PART_SHORT)."""
    variants = set(names)
    for name in names:
        for long, short in _DEPARTMENT_PART_SHORT:
            if name.endswith(" " + long):
                variants.add(name[: -len(long)] + short)
    patterns = set()
    for name in variants:
        letters = _initials(name)
        if letters:
            patterns.add((len(name), _initials_regex(letters)))
            continue
        parts = [p for p in _DEPARTMENT_PART_SEP.split(name) if p]
        if len(parts) == 1 or not all(p[:1].isalpha() for p in parts):
            patterns.add((len(name), words_to_regex(name)))
            continue
        patterns.add((len(name), _DEPARTMENT_JOIN.join(words_to_regex(p) for p in parts)))
    return "(?:" + "|".join(rx for _, rx in sorted(patterns, key=lambda p: (-p[0], p[1]))) + ")"


@cache
def titles() -> list[str]:
    return _read("titles.txt")


@cache
def title_initials() -> str:
    """A character class of the first letters of the title heads (both cases), for fast scanning."""
    letters = {t[0] for t in titles()} | {t[0].lower() for t in titles()} | {t[0].upper() for t in titles()}
    return "[" + "".join(sorted(re.escape(c) for c in letters)) + "]"


@cache
def ranks() -> list[str]:
    return _read("ranks.txt")


@cache
def document_types() -> dict[str, str]:
    return {r[0].casefold(): r[1] for r in _rows("document_types.tsv")}


@cache
def document_kinds() -> list[str]:
    return _read("document_kinds.txt")


@cache
def issuer_codes() -> dict[str, list[tuple[str, str]]]:
    """Issuer code (case-folded) -> the (agency name, level) readings it has; level is central,
    province or district."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("issuer_codes.tsv"):
        code, name = row[0], row[1]
        level = row[2] if len(row) > 2 else "province"
        out.setdefault(code.casefold(), []).append((name, level))
    return out


@cache
def agency_heads() -> list[tuple[str, str, str]]:
    """(regex, sector, role) rows of the agency grammar, with the named fragments ("=NAME<tab>regex" rows) spelled
    out where a head says {{NAME}}: a long word list the department heads share is written once. {{UPPER}} is any
    capital letter of the language ("Ân Sơn", "Ea Kar", "Ứng Hòa" open with capitals that [A-ZĐ] misses); {{VILLAGE}}
    the words of a hamlet (VILLAGE_RX); {{COUNTED}} the nouns a number counts (COUNTED_NOUNS); {{BORDER_GATE}} a border
    post's gate (BORDER_GATE_RX)."""
    fragments: dict[str, str] = {
        "UPPER": UPPER_CLASS,
        "VILLAGE": VILLAGE_RX,
        "COUNTED": COUNTED_NOUNS,
        "BORDER_GATE": BORDER_GATE_RX,
    }

    def spelled_out(regex: str) -> str:
        return _FRAGMENT.sub(lambda m: fragments[m.group(1)], regex)

    heads = []
    for r in _rows("agency_heads.tsv"):
        if r[0].startswith("="):
            fragments[r[0][1:]] = spelled_out(r[1])  # a fragment may use the fragments named before it
        else:
            heads.append((spelled_out(r[0]), r[1], r[2]))
    return heads


_FRAGMENT = re.compile(r"\{\{(\w+)\}\}")


@cache
def body_names() -> frozenset[str]:
    """Bodies' names of several words as the tables write them: the long forms of the short forms ("Ủy ban nhân
    dân", "Thanh niên Cộng sản Hồ Chí Minh"), the plain words each head of the agency grammar opens with ("Ban Dân
    vận", "Hội Chữ thập đỏ", "Đảng ủy"), the departments and ministries ("Sở Tài nguyên và Môi trường"); a name opens
    with a capital (not "cửa khẩu", a common noun of the table)."""
    names = {long for _, long in abbreviations()}
    names |= {_leading_words(head) for head, _, _ in agency_heads()}
    names |= {f"{head} {name}" for name in departments() for head in ("Sở", "Bộ")}
    return frozenset(n for n in names if n[:1].isupper() and " " in n)


_REGEX_SPACE = re.compile(r"\\s[+*]")
# a letter the grammar takes in either case, "[Hh]àng hải": the tables' form is the lower-case one
_CASE_CLASS = re.compile(rf"\[({UPPER_CLASS})({LOWER_CLASS})\]")
_LEADING_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _leading_words(head: str) -> str:
    """The plain words a head of the agency grammar opens with ("Đảng ủy" of "Đảng ủy(?!\\s+...)", "Chi cục" of "Chi
    cục (?:Thi hành án|...)"); not a word the regex makes optional or goes on writing ("Viện (?:Kiểm sát ...)")."""
    head = _CASE_CLASS.sub(lambda m: m.group(2), _REGEX_SPACE.sub(" ", head))
    m = _LEADING_WORDS.match(head)
    if not m:
        return ""
    words = m.group(0).split(" ")
    rest = head[m.end() :]
    if rest[:1] in ("?", "*", "{", "+") or rest[:1].isalnum():
        words = words[:-1]  # (the last word is optional or runs on: not a word of the name as printed)
    return " ".join(words)


@cache
def province_regex() -> str:
    """Alternation of the province names (built once: the list is long)."""
    return alternation(provinces())


def preload() -> None:
    """Read now the lexicons the components read only when a page needs them (the gazetteer of 7,700 places
    above all, about 10 ms): loading the pipeline pays for them, not the first pages extracted."""
    places()
    _provinces_by_key()
    issuer_codes()
