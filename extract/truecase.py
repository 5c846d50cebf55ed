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
from functools import cache
from itertools import pairwise

from phoihop.extract import lexicon
from phoihop.extract.scans import opening_with_a_letter
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
        if _ends_a_known_place(m.string, start, m.group(0)):
            return m.group(0)
        return m.group(0)[0].lower() + m.group(0)[1:]
    return m.group(0)


# One or two capitalised syllables after a local level word, right before a capitalised level word: the level word may
# end the place's name ("xã Phước Tỉnh", "xã Tân Xã", "xã Tứ Quận"), where the gazetteer knows the name so.
_PLACE_OPENING_BEFORE = re.compile(
    rf"(?<![\w]){lexicon.LOCAL_LEVEL_RX}\s+(?P<opening>(?:{lexicon.CAP_SYL}\s+){{1,2}})$"
)


def _ends_a_known_place(text: str, start: int, level: str) -> bool:
    before = _PLACE_OPENING_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and lexicon.is_place(before.group("opening") + level.split()[0])


# Bodies' names printed with every word capitalised, as some sites print them ("Viện Kiểm Sát Nhân Dân tỉnh", "Hội
# Nông Dân huyện", "Bộ Chỉ Huy Quân Sự"): the finders tell a name from the words around it by its capitals, and read
# "Kiểm Sát Nhân Dân" as a person's name, or run a body's name on into a place. A known name so printed takes the
# case its table writes it in; the words the table capitalises stay so ("Hồ Chí Minh", "Biên phòng" in "Đồn Biên
# phòng"). "và" inside a name stays in lower case in both prints.
_LOWER_WORDS = frozenset({"và"})
# Names whose owners print them in Title Case themselves, as many pages do: a paper's ("Báo Nhân Dân", "Tạp chí Cộng
# Sản"), a youth union committee's by its level ("Tỉnh Đoàn", "Thành Đoàn Hà Nội"); they are read so already.
_OWN_CAPITALS = re.compile(r"(?:Báo|Tạp chí) |(?:Tỉnh|Thành|Huyện|Quận|Thị) đoàn$")


def _title(name: str) -> str:
    return " ".join(w if w in _LOWER_WORDS else w[:1].upper() + w[1:] for w in name.split(" "))


@cache
def _title_cased_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A scan for the names as Title Case prints them, and the names as the tables write them by their print (each
    without its spaces, which a page may print otherwise: "Lao Động-Thương Binh"). A name the tables write in Title
    Case already ("Công Thương") has nothing to give back. The scan is case-sensitive over literal names grouped by
    their first letters: it opens with a consumed capital, so the engine skips in C to the next one."""
    table: dict[str, str] = {}
    names = lexicon.body_names()
    for name in sorted(names):
        words = name.split(" ")
        # (a name's first words name its kind of body too: "Bệnh viện" of "Bệnh viện Quân y", "Chi cục" of "Chi cục
        # Kiểm ngư"; such a part is marked, "…" after it)
        for k in range(len(words), 1, -1):
            part = " ".join(words[:k])
            title = _title(part)
            if title != part and len(title) == len(part) and not _OWN_CAPITALS.match(part):
                table.setdefault(title, part if part in names else part + _PART)
    unspaced = {_SPACES.sub("", title): name.replace(" ", "") for title, name in table.items()}
    # (the scan consumes a capital, which the engine skips to in C, and turns it away unless a second capitalised word
    # follows, as in every such name, before the names are tried from it: the match is the capital, the name its group)
    # (a word of a name is one syllable, seven letters at most: a look-ahead bounded so, not one that reads a run of a
    # million letters from each of its capitals)
    first = rf"[{UPPER_LETTERS}](?=[^\W\d_]{{0,7}}\s+[{UPPER_LETTERS}])"
    return re.compile(rf"{first}(?<=(?=(?P<name>{lexicon.alternation(table)})(?![\w])).)"), unspaced


_PART = "…"


@cache
def _next_words() -> dict[tuple[str, str], str]:
    """How the tables write a word after another inside a body's name ("lâm" after "Kiểm" in "Hạt Kiểm lâm", "thành"
    after "an" in "Công an thành phố"), by the two words case-folded; a word the tables write both ways there is
    left out."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name in lexicon.body_names():
        words = name.split(" ")
        for first, second in pairwise(words):
            seen[first.casefold(), second.casefold()].add(second)
    return {pair: forms.pop() for pair, forms in seen.items() if len(forms) == 1}


def lower_title_cased_bodies(text: str) -> str:
    """``text`` with the known bodies' names printed in Title Case in the case the tables write them (same
    length)."""
    pattern, table = _title_cased_names()
    out = []
    pos = 0
    for found in pattern.finditer(text):
        start, end = found.span("name")
        if start < pos or (start and _LETTER.match(text, start - 1)):
            continue  # (inside a word, or inside words already given back)
        name = found.group("name")
        # A name of two words may be the end of a person's name ("Nguyễn Hải Quan", "Lê Thanh Tra"): not after a
        # capitalised word, unless that word ends a body's name given back just before ("Ban Dân Vận Tỉnh Ủy").
        if len(name.split()) == 2 and pos != start - 1 and _NAME_WORD_BEFORE.search(text, max(0, start - 12), start):
            continue
        # After a local level word or a border post's noun the words are a place's where the gazetteer knows them ("xã
        # An Ninh Tây", "xã Liên Hiệp": not "an ninh", "liên hiệp")
        # (or an item of a list of places after a plural level: "các xã Thắng Sơn, Liên Hiệp")
        if lexicon.is_place(name) and (
            _PLACE_NOUN_BEFORE.search(text, max(0, start - 16), start)
            or _PLACE_LIST_BEFORE.search(text, max(0, start - PLACE_LIST_REACH), start)
        ):
            continue
        written_name = table[_SPACES.sub("", name)]
        if written_name.endswith(_PART):
            # the first words of a name that the page goes on writing in lower case ("Ban Liên lạc Cựu chiến binh",
            # "Ban Đại diện"): the page's own print of the name, no Title Case
            if _LOWER_WORD_AFTER.match(text, end):
                continue
            written_name = written_name[: -len(_PART)]
        out.append(text[pos:start])
        # (letter for letter: the page's own spaces and line breaks inside the name stay, and so do the offsets)
        written = iter(written_name)
        out.append("".join(c if c.isspace() else next(written) for c in name))
        pos = end
        # The words after it that the tables write after its last word, as they write them: a name the tables hold
        # only in part ("Chi Cục Kiểm Lâm Gia Lai": "Chi cục", then "Kiểm lâm" as in "Hạt Kiểm lâm")
        previous = name.rsplit(None, 1)[-1].casefold()
        while (word := _NEXT_TITLE_WORD.match(text, pos)) is not None:
            form = _next_words().get((previous, word.group(1).casefold()))
            if form is None or len(form) != len(word.group(1)):
                break
            out.append(text[pos : word.start(1)] + form)
            pos = word.end()
            previous = form.casefold()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_SPACES = re.compile(r"\s+")
_LOWER_WORD_AFTER = re.compile(rf"[ ]+[{LOWER_LETTERS}]")
_NEXT_TITLE_WORD = re.compile(rf"[ ]+([{UPPER_LETTERS}][{LOWER_LETTERS}]*)(?![\w])")
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w])[{UPPER_LETTERS}][{LOWER_LETTERS}]+ $")
# A local level word or a border post's noun, which a place's name follows ("xã An Ninh Tây", "Đồn Biên phòng An
# Ninh Tây")
_PLACE_NOUN_BEFORE = re.compile(rf"(?<![\w])(?:{lexicon.LOCAL_LEVEL_RX}|Đồn\s+Biên\s+phòng|Đồn\s+BP)\s+$")
_PLACE_LIST_BEFORE = re.compile(
    rf"(?<![\w])(?:các|\d{{1,2}})\s+{lexicon.LOCAL_LEVEL_RX}\s[^.;:\n]{{0,120}}(?:,|\s+và|\s+cùng)\s+$",
    re.IGNORECASE,
)
PLACE_LIST_REACH = 160  # characters before a name searched for the list of places it is an item of


# A body's name written all in lower case before its level and a capitalised place ("công an phường Nhơn Hưng đã ký kết
# ... với ban chỉ huy quân sự phường Nhơn Hưng", "hội nông dân xã Tân Phú"), as portals' editors type them: its first
# letter is put back in capitals so that the grammar, which reads a name from its capital, reads it (a name with no
# place after it, "công an xã", "hội nông dân các cấp", is a kind in general and stays as written)
# (each name opens with the letter it consumes, so that the scan of a page skips in C to the letters names open with)
_LOWER_CASE_BODY_NAMES = (
    "công an",
    "hội nông dân",
    "hội cựu chiến binh",
    "hội liên hiệp phụ nữ",
    "hội phụ nữ",
    "đoàn thanh niên",
    "đảng ủy",
    "ủy ban nhân dân",
    "ủy ban mặt trận tổ quốc(?: việt nam)?",
    "mặt trận tổ quốc",
    "ban chỉ huy quân sự",
    "hội đồng nhân dân",
    "liên đoàn lao động",
)
_LOWER_CASE_BODY = re.compile(
    opening_with_a_letter(_LOWER_CASE_BODY_NAMES) + rf"(?=\s+{lexicon.LOCAL_LEVEL_RX}\s+[{UPPER_LETTERS}])"
)


_COUNTED_NOUN = rf"(?:{lexicon.COUNTED_NOUNS})(?![\w])"
# ... and a border post in lower case before its name or number ("đồn biên phòng Lũng Cú", "các đồn biên phòng Trà Lĩnh,
# Sóc Giang", "đồn biên phòng 721"), as older pages print it
# (a post's number has three digits; a shorter number a lower-case noun follows counts it: "cung cấp cho đồn biên phòng
# 15 nguồn tin"; and so does a longer one a counted noun follows: "cho các đồn biên phòng 214 nguồn tin", not "các đồn
# biên phòng 721 và 723")
_LOWER_CASE_POST = re.compile(
    rf"{opening_with_a_letter(('đồn',))}(?=\s+biên\s+phòng\s+(?:[{UPPER_LETTERS}]|\d{{3}}(?!\d)(?!\s+{_COUNTED_NOUN})|"
    rf"\d{{1,2}}(?!\d)(?!\s+[{LOWER_LETTERS}])))"
)


def capitalise_lower_case_bodies(text: str) -> str:
    """``text`` with the first letter of a body's name written in lower case before a named place capitalised (same
    length)."""
    for rx in (_LOWER_CASE_BODY, _LOWER_CASE_POST):
        if rx.search(text):
            text = rx.sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:], text)
    return text


# Persons' names printed in capitals inside a sentence, as some pages set off a guest's or a signer's name ("đồng chí
# ĐẶNG THỊ HUYỀN TRANG, Trưởng Ban Dân vận Tỉnh ủy", "Đại tá PHẠM VĂN QUÂN"). The finders know a name by a capital on
# each syllable's first letter and lower case after it, so such a name was no person. A run of two to five words in
# capitals that opens with a family name takes its title case where a person's context marks it: a form of address or
# a rank right before it, or a title right after it (a caption: "NGUYỄN VĂN AN, Chủ tịch UBND tỉnh"). A byline
# ("NGỌC HÀ - THANH QUANG") has neither, and a line all in capitals is a headline's (truecase_capital_lines).
_NAME_RUN_WORDS = 4  # the words after the family name
_PERSON_BEFORE_WINDOW = 30


@cache
def _capital_name_run() -> re.Pattern[str]:
    """A run of words in capitals opening with a family name in capitals (case-sensitive, so the engine skips in C to
    the next capital)."""
    family = lexicon.alternation(sorted({s.upper() for s in lexicon.surnames()}))
    word = rf"[{UPPER_LETTERS}]+(?:'[{UPPER_LETTERS}]+)?"
    return re.compile(rf"(?<![\w'])(?:{family})(?:[ ]+{word}){{1,{_NAME_RUN_WORDS}}}(?![\w'])")


@cache
def _person_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A form of address or a rank right before a name, and a title right after it."""
    ranks = lexicon.alternation(lexicon.ranks())
    titles = lexicon.alternation(lexicon.titles())
    before = re.compile(rf"(?<![\w])(?:{lexicon.COMRADE}|ông|bà|{ranks})[ ]+$", re.IGNORECASE)
    after = re.compile(rf"[ ]*(?:,|\(|[-–])[ ]*(?:nguyên[ ]+|quyền[ ]+)?(?:{titles})(?![\w])", re.IGNORECASE)
    return before, after


def title_case_capital_names(text: str) -> str:
    """``text`` with persons' names printed in capitals inside a sentence in title case (same length)."""
    runs = [m for m in _capital_name_run().finditer(text) if _a_person_s_context(text, m)]
    if not runs:
        return text
    out = []
    pos = 0
    for run in runs:
        out.append(text[pos : run.start()])
        out.append(" ".join(w[:1] + w[1:].lower() for w in run.group(0).split(" ")))
        pos = run.end()
    out.append(text[pos:])
    recased = "".join(out)
    return recased if len(recased) == len(text) else text


def _a_person_s_context(text: str, run: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, run.start()) + 1
    line_end = text.find("\n", run.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not any(c in LOWER_LETTERS for c in line):
        return False  # (a headline in capitals)
    before, after = _person_marks()
    return bool(
        before.search(text, max(line_start, run.start() - _PERSON_BEFORE_WINDOW), run.start())
        or after.match(text, run.end())
    )
