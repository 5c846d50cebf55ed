"""A head spread over the places listed after it ("Công an các quận 3, 4, 5"), each member with its level word; heads
the grammar left for lack of a place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from phoihop.extract import lexicon
from phoihop.extract.agencies.canonical import canonical_name
from phoihop.extract.agencies.head_scan import _listed_heads
from phoihop.extract.agencies.mention import AgencyMention, _as_list_member
from phoihop.extract.agencies.name_grammar import _sector
from phoihop.extract.agencies.patterns import _BARE_LEVEL, _CENTRAL_CITIES, _GATE_ITEM, _ITEM, _OWN_LEVEL
from phoihop.extract.agencies.place_items import (
    _PART_OF_PLACE,
    _QUANTIFIED_LEVEL,
    _items_after,
    _next_item_start,
    _place_item,
    _places_listed_after,
    _structural_items,
)
from phoihop.text import WS as _WS

_WORD_AFTER_SPACE = re.compile(r"(?<=\s)\S")


def _level_printed_for(text: str, connector: re.Match | None, place: str) -> str:
    """The one level word of a list of several ("Công an 07 xã, phường giáp ranh: Minh Long, ...") that the article
    prints before ``place`` elsewhere ("Công an phường Minh Long"), or ""."""
    levels = _BARE_LEVEL.findall(connector.group("lvl") or "") if connector else []
    if len(levels) < 2:
        return ""
    named = "|".join(re.escape(w) for w in levels)
    found = {
        _WS.sub(" ", m.group(1)).lower()
        for m in re.finditer(rf"(?<![\w])({named})\s+{re.escape(place)}(?![\w])", text, re.IGNORECASE)
    }
    return found.pop() if len(found) == 1 else ""


def _list_level(connector: re.Match | None, place: str, own_level: str) -> str:
    """The level word an item takes: its own, or the list connector's ("các xã" -> "xã"); none where the
    connector names several levels ("10 xã, phường gồm: A, B": which is which is not said)."""
    lvl = _WS.sub(" ", (connector.group("lvl") or "") if connector else "").lower()
    if own_level:
        return own_level
    if lvl == "tỉnh, thành phố":
        return "thành phố" if place.casefold() in _CENTRAL_CITIES else "tỉnh"
    if lvl.startswith("tỉnh") and "thành" in lvl:
        return ""
    if re.search(r",|/|\svà\s", lvl) or lvl == "địa phương":
        return ""
    return lvl


def _add_listed_heads(text: str, found: list[AgencyMention], extra) -> None:
    """Heads that the grammar leaves because no place follows them directly ("Cảng vụ Hàng hải các tỉnh,
    thành: ..."): a bare mention each, which _spread_place_lists then spreads over the listed places."""
    starts = [(a.start, a.end) for a in found]
    for m in _listed_heads(text, starts[:]):
        if any(s <= m.start() < e for s, e in starts):
            continue
        lower = not m.group(0)[0].isupper()
        if (
            lower
            and not _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not _COUNTED_CONNECTOR.match(text, m.end())
        ):
            continue  # "lực lượng công an: ..." is no head of a list; "công an các tỉnh: A, B" is
        pre, core = m.group("pre") or "", m.group("core")
        sector, role = _sector(pre, core)
        name = (m.group(0)[0].upper() + m.group(0)[1:]) if lower else m.group(0)
        bare = AgencyMention(
            m.start(),
            m.end(),
            name,
            name,
            sector,
            False,
            core_role=role,
            core=(core[0].upper() + core[1:]) if lower and not pre else core,
            pre=(pre[0].upper() + pre[1:]) if lower and pre else pre,
        )
        count = _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()) if lower else None
        spread = _spread_one(text, bare, extra, strict=lower, count_before=count.group("n") if count else "") or []
        if spread:
            # the head's own words ("Biên phòng" in "4 đồn Biên phòng: A, B") head no second list
            found[:] = [a for a in found if not m.start() <= a.start < m.end()]
            found.extend(spread)
            starts.extend((a.start, a.end) for a in spread)


def _spread_place_lists(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    out: list[AgencyMention] = []
    for a in found:
        spread = _spread_one(text, a, extra)
        out.extend(spread or [a])
    out.sort(key=lambda x: x.start)
    return out


def _may_open_place(text: str, pos: int, named: bool) -> bool:
    """Whether _place_item, outside a levelled or structural list, may read a place at ``pos``: it reads one only
    where the item pattern matches there, or (after a named head) a gate's descriptor does."""
    return bool(_ITEM.match(text, pos) or (named and _GATE_ITEM.match(text, pos)))


def _head_and_first_place(text: str, a: AgencyMention):
    """Split a placed mention ("Huyện ủy Phong Thổ", "Đảng ủy xã Tú Mịch") into its head, its level word
    and its place, where the place is a known one that ends the mention."""
    head_len = len(a.pre) + len(a.core.split()[0]) if a.core else 0
    for w in _WORD_AFTER_SPACE.finditer(a.text):
        if w.start() < head_len:
            continue
        pos = a.start + w.start()
        own = _OWN_LEVEL.match(text, pos)
        level = _WS.sub(" ", own.group("lvl")) if own else ""
        item = _place_item(text, own.end() if own else pos, named=a.core_role == "named" and not own)
        if item and item[0] == a.end:
            return text[a.start : pos].strip(), level, (own.end() if own else pos)
    return None


def _spread_one(
    text: str, a: AgencyMention, extra, strict: bool = False, count_before: str = ""
) -> list[AgencyMention] | None:
    """The members of a head shared over a list of places, or None.  ``strict`` (a lower-case head): only
    where a count or a list marker makes the list certain; ``count_before``: the count written before the
    head ("4 đồn Biên phòng: A, B, C, D"), which the list must match as one written after it must."""
    if a.listed or not a.core or a.att.startswith(("Trung", "TW", "TƯ", "T.Ư")):
        return None
    if a.core_role == "standalone" and not _plural_before_places(text, a):
        return None
    head_end = a.start + len(a.pre) + len(a.core)
    same_head = text[a.start : head_end].casefold() == (a.pre + a.core).casefold()
    connector = _QUANTIFIED_LEVEL.match(text, head_end) if same_head else None
    own_level = ""
    if connector:
        head, pos = a.pre + a.core, connector.end()
    elif strict:
        return None
    else:
        # (a place's numbered part the grammar left after the mention, "Công an phường Móng Cái 1, phường Móng Cái 2":
        # the list goes on after it; the mention takes it)
        part = _PART_OF_PLACE.match(text, a.end)
        if part and a.has_level and a.att:
            a = replace(a, end=part.end(), text=text[a.start : part.end()])
        second = _next_item_start(text, a.end)
        if second is None or not _may_open_place(text, second, named=a.core_role == "named"):
            return None  # no second item: the list the split would start has one member (most mentions)
        split = _head_and_first_place(text, a)
        if split is None:
            return None
        head, own_level, pos = split
    named = a.core_role == "named" and not own_level
    levelled = bool(connector) and a.core_role in ("body", "named", "unit")
    structural = _structural_items(text, pos, connector, named, levelled, count_before) if connector else None
    tier = _one_level_of(connector)
    if strict and not (structural or (connector and connector.group("count"))):
        return None
    items = structural or _items_after(
        text,
        pos,
        None,
        named=named,
        levelled=levelled and a.core_role == "body",
        list_level=_WS.sub(" ", own_level).lower(),
        tier=tier,
        dash_joins=connector is not None and (connector.group("count") or "").casefold() in _PAIR_COUNTS,
    )
    if tier and not structural and not named and not any(it[2][0].isdigit() or lexicon.is_place(it[2]) for it in items):
        return None  # (names after a plural of one level, none of them a place the gazetteer knows)
    # "Ban Chỉ huy các Đồn Biên phòng A, B": each member is "Ban Chỉ huy Đồn Biên phòng A".
    head = _PLURAL_INSIDE.sub(" ", head)
    if not connector:
        # "Công an huyện Đức Cơ, Gia Lai": a province after a smaller place locates it; it is no second body.
        keep = [items[0]] if items else []
        for it in items[1:]:
            if own_level.lower() not in ("", "tỉnh", "thành phố", "tp", "tp.") and it[2].casefold() in _PROVINCE_KEYS():
                break
            if _LEVEL_RANK.get(it[3], 0) > _LEVEL_RANK.get(_WS.sub(" ", own_level).lower(), 9):
                break  # "Đoàn Thanh niên xã A, TP. B": a place of a higher level locates A
            keep.append(it)
        items = keep
    if len(items) < 2 and not (connector and items and not connector.groupdict().get("bare")):
        return None
    spread: list[AgencyMention] = []
    for s, e, name, item_level in items:
        if own_level and item_level:
            own_level = item_level  # "UBND quận A, B, huyện C, D": D is a district (huyện) as C is
        # a committee word names its place without a level word ("Huyện ủy 3 huyện là A, B" -> "Huyện ủy A"),
        # except that a level printed after it stays for every place, as it does for one ("Huyện ủy huyện A và B")
        level = (
            own_level
            if own_level or (a.core_role == "committee" and not item_level)
            else _list_level(connector, name, item_level) or _level_printed_for(text, connector, name)
        )
        full = f"{head} {level} {name}" if level else f"{head} {name}"
        start = a.start if not spread else s
        spread.append(
            _as_list_member(a, start, e, canonical_name(full, extra), f"{level} {name}".strip(), text=text[start:e])
        )
    return spread


_PAIR_COUNTS = frozenset({"hai", "2", "02"})


def _one_level_of(connector: re.Match | None) -> str:
    """The level word a plural connector names, where it names one ("các xã"; not "các xã, phường")."""
    level = connector.groupdict().get("lvl") if connector else None
    return level if level and _LEVEL_RANK.get(_WS.sub(" ", level).lower()) else ""


def _plural_before_places(text: str, a: AgencyMention) -> bool:
    """Whether a body named in full by itself (a department of the State: "Cục QLTT") is written in the plural
    before a colon or "gồm" and the places it stands for ("các Cục QLTT giáp ranh: Bình Dương, Long An", "05 Cục QLTT
    gồm A, B"): two or more places the gazetteer knows."""
    return bool(_COUNT_BEFORE.search(text, max(0, a.start - 12), a.start)) and _places_listed_after(text, a.end)


_PLURAL_INSIDE = re.compile(r"\s+các\s+")
# Levels of places, smallest first: a commune lies in a district, town or provincial city, which lies in a province.
_LEVEL_RANK = {"xã": 1, "phường": 1, "thị trấn": 1, "huyện": 2, "quận": 2, "thị xã": 2, "thành phố": 2, "tỉnh": 3}
# A count before a lower-case head ("4 đồn Biên phòng: A, B"), or a counted level after it ("công an các tỉnh: A").
_COUNT_BEFORE = re.compile(rf"(?<![\w])(?P<n>các|{lexicon.COUNT_RX})\s+$", re.IGNORECASE)
_COUNTED_CONNECTOR = re.compile(rf"\s+(?:các|{lexicon.COUNT_RX})\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _PROVINCE_KEYS() -> frozenset[str]:
    return frozenset(p.casefold() for p in lexicon.provinces())
