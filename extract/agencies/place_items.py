"""Places listed after a head: the longest known place at a position, the items of a list and where the next one
starts, and whether a head opens such a list.
"""

from __future__ import annotations

import re

from phoihop.extract import lexicon
from phoihop.extract.agencies.name_grammar import _head_info, grammar
from phoihop.extract.agencies.patterns import (
    _COUNT_WORDS,
    _GATE_ITEM,
    _ITEM,
    _ONE_LEVEL,
    _OWN_LEVEL,
    _PLACE_NUMBER_AFTER,
    same_tier,
)
from phoihop.text import WS as _WS

# --- shared heads over a list of places ------------------------------------------------------------
# "Huyện ủy Phong Thổ, Sìn Hồ và Mường Tè", "Đảng ủy xã A, B, C", "Công an 7 tỉnh, thành phố gồm: A, B",
# "Cảng vụ Hàng hải các tỉnh, thành: A, B", "UBND 2 xã A và B": one body per place.  Every item must be
# a place the gazetteer knows (lexicon.places), so a list of persons or other bodies never spreads.
_PLACE_WORD = rf"(?:{lexicon.CAP_SYL}|\d{{1,2}}(?![\w]))"
_ITEM_SEP = re.compile(r"\s*(?:,|;|\s)\s*(?:và\s+|cùng\s+)?|\s+(?:và|cùng)\s+")
_ITEM_NOTE = re.compile(r"\s*\([^()\n]{1,40}\)")
# The connector between a shared head and its list: a count or "các", one or more level words ("xã, phường"),
# optional qualifiers ("biên giới biển", "trực thuộc Trung ương") and a list marker ("gồm", "là", ":").  With a
# marker (or a count right before the names) the structure itself says the names that follow are places.
_COUNT = rf"(?P<count>các|{lexicon.COUNT_RX})"
_LEVELS = rf"(?P<lvl>{_ONE_LEVEL}(?:\s*(?:,|/|và|,\s*và)\s*{_ONE_LEVEL})*)(?![\w])"
_QUALIFIERS = (
    r"(?:\s+(?:trực\s+thuộc\s+(?:Trung\s+ương|TW|TƯ)|(?!(?:gồm|bao|là|và|với|cùng|của)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS}+)(?![\w]))){{0,4}}"
)
# "Huyện ủy 5 huyện biên giới tỉnh Cao Bằng gồm: A, B": the province that places the whole list may stand
# before the marker (it is no item of the list).
_PLACING = rf"(?:\s+(?:tỉnh|thành\s+phố)\s+{lexicon.CAP_SYL}(?:\s+{lexicon.CAP_SYL}){{0,3}})?"
# "UBND các xã biên giới A, B, C": a word or two that qualify counted levels right before the names, without a
# list marker (not a phrase that places them: "các xã trên địa bàn huyện A" names one place, no list)
_BARE_QUALIFIERS = (
    r"(?P<bare>(?:\s+(?!(?:gồm|bao|là|và|với|cùng|của|trên|tại|thuộc|ở|trong|địa|đóng|giáp|thành|tỉnh|huyện)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS}+)(?![\w])){{1,2}}(?=\s+(?-i:{lexicon.UPPER_CLASS})))?"
)
# (after a count, a bracket opens the list too: "Huyện ủy 5 huyện biên giới (Tân Châu, Tân Biên, ... và Trảng Bàng)")
# (the marker's words in lower case only: "huyện Như Thanh", "xã Là ..." are places' names, not a list's opening)
_MARKER = r"(?P<marker>\s*,?\s*(?-i:(?:bao\s+)?gồm|là|như)(?![\w])\s*:?|\s*:|(?(count)\s*\(|(?!)))\s*"
# a numbered district or ward in a list after its level ("các quận: 1, 3, 4"), not a count or a date
_NUMBERED_PLACE_ITEM = re.compile(r"\d{1,2}(?![\w/]|[.,:]\d|\s+(?:năm|tháng|ngày|người|đơn\s+vị)(?![\w]))")
_QUANTIFIED_LEVEL = re.compile(
    # ("KBNN cấp quận/huyện gồm: A, B": the level named as a tier)
    # ("12 Hội Luật gia của các tỉnh, thành phố: A, B": "của" before a plural level)
    # (a short form in brackets may come first: "Ban chỉ đạo chống buôn lậu ... (Ban chỉ đạo 389) các tỉnh, thành phố:")
    rf"(?:\s*\([^()\n]{{1,40}}\))?\s+(?:của\s+(?=các\s))?(?:{_COUNT}\s+(?:đơn\s+vị\s+)?)?(?:cấp\s+)?{_LEVELS}(?:{_QUALIFIERS}{_PLACING}{_MARKER}|(?(count){_BARE_QUALIFIERS}\s*|(?!)))"
    # (a head before a colon or "gồm" and the places themselves: "các Cục QLTT giáp ranh: A, B", "05 Cục QLTT gồm A, B")
    rf"|(?P<colon>{_QUALIFIERS}(?:\s*:|\s*,?\s*(?:bao\s+)?gồm(?![\w])\s*:?)\s*)",
    re.IGNORECASE,
)
# "TPHCM", "TP.HCM", "TP. Hồ Chí Minh": the one city whose name is abbreviated in lists.
_HCM_ITEM = re.compile(r"(?:TP\.?\s*HCM|TPHCM|(?:TP\.?\s*|[Tt]hành\s+phố\s+)Hồ\s+Chí\s+Minh)(?![\w])")


_ITEM_WORD = re.compile(r"[^\s-]+")
# A place split in parts named by a letter or a number after its name: "Tân Lập A", "Tân Lập B", "Ấp 5".
# A number so placed ends the name, as a list item ends ("Ấp 5, Ấp 7"), not before a noun it counts ("huyện A 15 năm").
_PART_OF_PLACE = re.compile(r"[ ]+(?:(?-i:[A-ZĐ])(?![\w])|\d{1,2}(?=\s*(?:[,;.:)]|và\s|cùng\s|$)))")


def _place_item(
    text: str,
    pos: int,
    named: bool = False,
    levelled: bool = False,
    structural: bool = False,
    list_level: str = "",
    tier: str = "",
) -> tuple[int, str, str] | None:
    """The longest known place name at ``pos``: (end, name, the level word written before it: "thành phố" for
    "TP."; "" for none).

    After a head that takes a proper name (``named``: "Đồn Biên phòng A, B") an item is any short
    capitalised name, as a station or a paper is named after a place the gazetteer may not hold; so it is
    after a list marker (``structural``: "Công an 3 xã gồm: A, B và C"), where the structure says the names
    are places.  Only after a head that takes level words (``levelled``) may an item bring its own ("các
    huyện: A, B, thị xã C"), or where it repeats the level of the list's first place (``list_level``: "Hội
    Cựu chiến binh xã A, xã B"), or where it is of the tier of the level a plural names (``tier``: "các xã A, B và thị
    trấn C")."""
    hcm = _HCM_ITEM.match(text, pos)
    if hcm and (levelled or structural):
        return hcm.end(), "Hồ Chí Minh", "thành phố"
    number = _NUMBERED_PLACE_ITEM.match(text, pos) if structural and list_level in ("quận", "phường") else None
    if number:
        return number.end(), number.group(0), ""  # "Công an các quận như: 1, 3, Phú Nhuận": the numbered districts
    if named:
        gate = _GATE_ITEM.match(text, pos)
        if gate:
            rest = _place_item(text, gate.end(), named=True, structural=structural)
            return (rest[0], text[pos : gate.end()] + rest[1], "") if rest and not rest[2] else None
    m = _ITEM.match(text, pos)
    if not m:
        return None
    own = "thành phố" if m.group("tp") else _WS.sub(" ", m.group("lvl") or "").lower()
    if own and not levelled and own != list_level and not _of_tier(own, tier, list_level):
        return None
    if m.group("words")[0].isdigit():
        return m.end("words"), m.group("words"), own  # "quận Hồng Bàng và quận 1": a district named by its number
    words = list(_ITEM_WORD.finditer(m.group("words")))
    for k in range(len(words), 0, -1):
        end = m.start("words") + words[k - 1].end()
        name = text[m.start("words") : end]
        runs_on = k < len(words) or (k == 1 and lexicon.CAPITAL_WORD_NEXT.match(text, end))
        if runs_on and (k == 1 or (named and not own)) and not _PART_OF_PLACE.match(text, end):
            # (a known place that a name runs on from is no item: a one-word place ever, "Trường THCS Đất Mũi"; any
            # after a named head, "Đồn Biên phòng Cồn Lu" and not "Cồn")
            continue
        number = _PLACE_NUMBER_AFTER.match(text, end)
        if number and lexicon.is_place(f"{name} {number.group(1)}"):
            # (a place the gazetteer holds with its number: "các xã Sơn Kim 1, Sơn Kim 2 dự", communes split and
            # numbered, of which "Sơn Kim" alone names none)
            return number.end(), text[m.start("words") : number.end()], own
        if lexicon.is_place(name):
            part = _PART_OF_PLACE.match(text, end)
            if part:  # "Tân Lập A", "Ấp 5": one of the numbered or lettered parts of a known place
                end = part.end()
                name = text[m.start("words") : end]
            return end, name, own
    if structural or (named and not own) or (tier and not own):
        # (after a plural of one level, "Đảng ủy các xã Gio Việt và Gio Hải", a commune merged away that the gazetteer
        # lacks: the spread keeps such names only beside a place it knows)
        start = m.start("words") if structural else pos
        name = grammar()["place"].match(text, start)
        if (
            name
            and "\n" not in name.group(0)
            and not name.group(0)[0].isdigit()
            and not _NAME_RUNS_ON.match(text, name.end())
            and (" " in name.group(0).strip() or _ITEM_ENDS.match(text, name.end()))
            and (structural or not _person_or_body_at(text, start, name.group(0)))
        ):
            return name.end(), name.group(0), own
    return None


def _of_tier(own: str, tier: str, list_level: str) -> bool:
    """Whether a place that brings its own level word is of the tier the list is of: the tier a plural names
    ("Đảng ủy các xã A, B và thị trấn C"), or below the provinces', that of the list's first place ("Hội LHPN phường A,
    phường B và xã C", as lists print since the 2025 mergers).  A province or a city is not, as it may locate the places
    before it ("huyện Củ Chi, thành phố Hồ Chí Minh")."""
    if tier and same_tier(own, tier):
        return True
    return (
        bool(list_level)
        and own not in _LEVELS_THAT_LOCATE
        and list_level not in _LEVELS_THAT_LOCATE
        and same_tier(own, list_level)
    )


_LEVELS_THAT_LOCATE = frozenset({"tỉnh", "thành phố", "tp", "tp."})


# What ends a list's item ("A, B và C."): an unknown name of one word is an item only before it ("Nghiệp đoàn nghề cá",
# "Trường THCS Đất Mũi", "Cụm thi đua số 3" open other names)
_ITEM_ENDS = re.compile(r"\s*(?:[,;.:)]|(?:và|cùng)\s|$)")


def _person_or_body_at(text: str, pos: int, name: str) -> bool:
    """Whether the unknown name at ``pos`` after a named head is rather a person's full name (a family name and two
    syllables more: "Trại giam Xuân Phước; Nguyễn Khánh Minh - Phó Bí thư ...") or opens a body's name ("... và
    Tỉnh Đoàn"): a station or a prison named after a place the gazetteer lacks has a short name of its own."""
    words = name.split()
    if len(words) >= 3 and words[0] in lexicon.surnames():
        return True
    return bool(grammar()["agency"].match(text, pos))


# An unknown name that runs on through lower-case words into more capitalised words ("Khu Bảo tồn Thiên nhiên X",
# "Vườn quốc gia Y", "Truyền tải điện Ninh Thuận") is the start of another body's name, no place (a preposition or a
# conjunction may stand there: "Đồn Biên phòng A, B tại Quảng Trị").
_NAME_RUNS_ON = re.compile(
    rf"[ ]+(?!(?:tại|ở|của|với|và|cùng|thuộc|trên|cho|về|đến|từ|trong|giữa|theo|là|gồm|như)(?![\w]))"
    rf"(?:(?-i:{lexicon.LOWER_CLASS})+[ ]+){{1,3}}(?-i:{lexicon.UPPER_CLASS})"
)


def _items_after(
    text: str,
    pos: int,
    first: tuple[int, str, str] | None,
    named: bool = False,
    levelled: bool = False,
    structural: bool = False,
    list_level: str = "",
    dash_joins: bool = False,
    tier: str = "",
) -> list[tuple[int, int, str, str]]:
    """Places listed from ``pos``: [(start, end, name, own level word)], the first one given or read here
    (``dash_joins``: a pair the count "hai" announces may be joined by a dash, "hai tỉnh Quảng Trị - Quảng Bình")."""
    items = []
    if first is None:
        first = _place_item(text, pos, named, levelled, structural, list_level, tier)
        if first is None:
            return []
    start = pos
    while first is not None:
        end, name, item_level = first
        items.append((start, end, name, item_level))
        next_start = _next_item_start(text, end)
        if next_start is None and dash_joins and len(items) == 1:
            dash = _PAIR_DASH.match(text, end)
            next_start = dash.end() if dash else None
        if next_start is None:
            break
        start = next_start
        first = _place_item(text, start, named, levelled, structural, list_level, tier)
        if first is not None and _opens_longer_body(text, start, first[0]):
            # "Ban Quản lý rừng phòng hộ A và Hạt Kiểm lâm huyện A", "Ban Nội chính Tỉnh ủy Quảng Ninh và Thanh tra
            # tỉnh": the next body, not a second place
            break
    return items


# the dash between the two places of a counted pair (the gazetteer's longest name is read first, so a place whose name
# holds a dash, "Bà Rịa - Vũng Tàu", stays one)
_PAIR_DASH = re.compile(r"[ ]*[-–][ ]*(?=(?-i:[A-ZĐ]))")


def _opens_longer_body(text: str, start: int, end: int) -> bool:
    """Whether a body's name the grammar knows starts at ``start`` and runs on past ``end``."""
    m = grammar()["agency"].match(text, start)
    return bool(m and m.end() > end)


def _next_item_start(text: str, end: int) -> int | None:
    """Where the next item starts after an item ending at ``end`` (past a bracketed note and a comma, a
    semicolon, "và" or "cùng" on the same line), or None where the list ends there."""
    note = _ITEM_NOTE.match(text, end)
    end = note.end() if note else end
    sep = _ITEM_SEP.match(text, end)
    if (
        not sep
        or sep.end() == end
        or text.find("\n", end, sep.end()) >= 0
        or not _SEP_WORD.search(text, end, sep.end())
    ):
        return None
    return sep.end()


# What makes the gap after an item a list separator (it holds no anchor nor look-around: searching the text between
# two offsets finds what searching their slice finds, without making the slice).
_SEP_WORD = re.compile(r"[,;]|và|cùng")


def _structural_items(
    text: str, pos: int, connector: re.Match, named: bool, levelled: bool, count_before: str = ""
) -> list[tuple[int, int, str, str]] | None:
    """The names after a list marker read by structure alone: at least two, as many as the count says, and
    the list must end where the sentence goes on (a verb, a full stop), not inside a longer capitalised run."""
    if not (connector.group("marker") or connector.group("colon")):
        return None
    level = _WS.sub(" ", connector.groupdict().get("lvl") or "").lower()
    items = _items_after(text, pos, None, named, levelled, structural=True, list_level=level)
    if len(items) < 2:
        return None
    count = (connector.group("count") or count_before).casefold()
    number = int(count) if count.isdigit() else _COUNT_WORDS.get(count)
    if number is not None and number != len(items):
        return None
    return items


def _named_places_listed(text: str, end: int, att: str | None) -> bool:
    """ "các Hội Nông dân Tiền Giang, Sóc Trăng và An Giang": a plural head whose first place is printed right after
    it, then more places, names those bodies (no category)."""
    if not att:
        return False
    place = _WS.sub(" ", att).strip()
    level = _OWN_LEVEL.match(place)
    place = place[level.end() :] if level else place
    if not place or not lexicon.is_place(place):
        return False
    nxt = _next_item_start(text, end)
    return nxt is not None and _place_item(text, nxt) is not None


def place_in_committee_core(core: str) -> str:
    """The place the grammar reads into the core after a committee word that holds its level ("Huyện ủy Mường Nhé",
    "Huyện đoàn Phong Thổ": the level is the word's own, so no level word stands between), or ""."""
    word = grammar()["committee"].match(core)
    return core[word.end() :].strip() if word else ""


def _named_bodies_listed(text: str, end: int, core: str) -> bool:
    """ "các Đồn Biên phòng Nậm Na, Yok Đôn và Bu Cháp": a plural head that takes a proper name, its first name
    printed with it (in the core) and more names after, names those bodies, whether or not the gazetteer holds the
    names."""
    if _head_info(core)[1] != "named" or not text[end - 1 : end].isalpha() or not core.split()[-1][:1].isupper():
        return False
    nxt = _next_item_start(text, end)
    if nxt is None:
        return False
    if _place_item(text, nxt, named=True) is not None:
        return True
    # (or the next name is a named body printed whole: "các Đồn Biên phòng Thanh, Đồn Biên phòng Pa Tầng", "các Đồn
    # Biên phòng Cửa khẩu quốc tế Lao Bảo, Đồn Biên phòng Thanh")
    other = grammar()["agency"].match(text, nxt)
    return other is not None and not other.group("pre") and _head_info(other.group("core"))[1] == "named"


def _places_listed_after(text: str, end: int) -> bool:
    """Whether a colon or "gồm" after a head at ``end`` opens a list of two or more places the gazetteer knows."""
    connector = _QUANTIFIED_LEVEL.match(text, end)
    return bool(connector and connector.group("colon") and len(_items_after(text, connector.end(), None)) >= 2)
