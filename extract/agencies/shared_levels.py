"""A level, place, unit or title shared by the members of a list of bodies ("Công an, Bộ CHQS và BĐBP tỉnh"), and
bare members spread over the list after them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from phoihop.extract import lexicon
from phoihop.extract.agencies.canonical import canonical_name
from phoihop.extract.agencies.mention import AgencyMention, _as_list_member, _gap
from phoihop.extract.agencies.name_grammar import LEVEL_WORDS, _head_info, grammar
from phoihop.extract.agencies.patterns import (
    _ITEM_GAP,
    _NEEDS_LEVEL,
    _PLACED_TAIL,
    GROUP_COUNT,
    GROUP_COUNT_FIRST_CHARACTERS,
    GROUP_KIND_WORDS,
    GROUP_MEMBERS_OPENER,
    POLICE_DEPARTMENT,
    same_tier,
)
from phoihop.text import WS as _WS


def _spread_over_a_second_level(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "Viện kiểm sát nhân dân thành phố Long Xuyên và các huyện Phú Tân, Châu Thành": a placed body's head is
    shared by the places of another level listed after it, each a body of its own."""
    g = grammar()
    out: list[AgencyMention] = []
    starts = {a.start for a in found}
    for a in found:
        out.append(a)
        if not a.has_level or a.in_title or not _PLACED_TAIL.search(a.canonical):
            continue
        m = g["second_level_list"].match(text, a.end)
        if not m or any(m.start("items") <= start < m.end() for start in starts):
            continue  # the items are bodies of their own
        # (the first member's span opens at "các", so that only "và" stands between it and the body it shares with)
        first = text.rfind("các", m.start(), m.start("lvl"))
        for k, it in enumerate(g["item"].finditer(m.group("items"))):
            place = it.group("place")
            level = it.group("lvl") or m.group("lvl") + " "
            s, e = first if k == 0 else m.start("items") + it.start(), m.start("items") + it.end()
            name = canonical_name(f"{a.pre}{a.core} {level}{place}", extra)
            out.append(_as_list_member(a, s, e, name, f"{level}{place}", text=text[s:e]))
    return out


# "UBND TP Đà Nẵng và tỉnh Thừa Thiên Huế", "Công an tỉnh Gia Lai và tỉnh Kon Tum": a level word and a place after a
# body named with its own level and place share that body's head.
_PLACED_LEVEL_AFTER = re.compile(
    rf"\s*,?\s*(?:và|cùng)\s+(?P<lvl>tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+"
    rf"(?P<place>{lexicon.CAP_SYL}(?:[ ]+{lexicon.CAP_SYL}){{0,3}})"
)


# The body's own level and a capitalised place after it ("tỉnh Gia Lai", "TP Đà Nẵng")
_LEVEL_WORD_OF_ATT = re.compile(
    rf"(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?=\s*{lexicon.CAP_SYL})", re.IGNORECASE
)


def _share_head_with_a_placed_level_after(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """``found`` with a mention for each place named with its level right after a placed body, under its head."""
    if " và " not in text:
        return found
    starts = [a.start for a in found]
    added = []
    for k, a in enumerate(found):
        # (a Party committee named by its place is read as a unit: "Đảng ủy phường Sơn Trà và xã Trà Leng")
        if a.core_role not in ("body", "unit") or not a.att or a.in_title or a.is_location or a.listed:
            continue
        m = _PLACED_LEVEL_AFTER.match(text, a.end)
        own = _LEVEL_WORD_OF_ATT.match(a.att)
        if not m or not own or not lexicon.is_place(m.group("place")):
            continue
        if not same_tier(own.group(0), m.group("lvl")):
            continue  # "giữa Công an tỉnh A và xã B": the commune is the partner of a twinning, no body
        nxt = bisect.bisect_left(starts, a.end)
        if nxt < len(found) and found[nxt].start < m.end():
            continue  # the level opens a body of its own ("và tỉnh đoàn", "và xã A's UBND" read already)
        att = f"{m.group('lvl')} {m.group('place')}"
        added.append(
            replace(
                a,
                start=m.start("lvl"),
                end=m.end(),
                text=text[m.start("lvl") : m.end()],
                canonical=canonical_name(f"{a.pre}{a.core} {att}", extra),
                att=att,
                listed=True,
                signer=False,
            )
        )
        # "Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường A và xã B": the bodies listed before it that took its place
        # are those of the second place too
        members: list[AgencyMention] = []
        j = k - 1
        while j >= 0 and not found[j].in_title and found[j].canonical.endswith(" " + a.att):
            if not _LIST_SEP.match(
                text[found[j].end : found[j + 1].start] if found[j + 1].start >= found[j].end else "."
            ):
                break
            member = found[j]
            members.append(
                replace(
                    member,
                    start=m.start("lvl"),
                    end=m.end(),
                    text=text[m.start("lvl") : m.end()],
                    canonical=canonical_name(f"{member.canonical[: -len(a.att)]}{att}", extra),
                    att=att,
                    listed=True,
                    signer=False,
                )
            )
            j -= 1
        added[-1:-1] = reversed(members)  # (in the list's order, before the body they were listed with)
    return sorted(found + added, key=lambda x: x.start) if added else found


def _share_title_over_list(text: str, found: list[AgencyMention]) -> None:
    """ "Chủ tịch Hội Nông dân các huyện A, B và C": a title before a spread list is the title of every member."""
    for prev, a in itertools.pairwise(found):
        if (
            prev.in_title
            and a.listed
            and prev.listed
            and a.core == prev.core
            and a.pre == prev.pre
            and _ITEM_GAP.fullmatch(text, prev.end, a.start)
        ):
            a.in_title = True


def _share_unit(text: str, found: list[AgencyMention], extra) -> None:
    """ "Thường trực Thị ủy A, Huyện ủy B, Huyện ủy C": the unit belongs to every committee of the list of the same
    kind (a Party committee's board is none of the Youth Union's: "Ban Dân vận Tỉnh ủy và Tỉnh đoàn" are two bodies)."""
    for i in range(len(found) - 1):
        if not found[i].pre or found[i].core_role != "committee":
            continue
        pre = found[i].pre
        kind = _head_info(found[i].core)[0]
        k = i + 1
        while (
            k < len(found)
            and found[k].core_role == "committee"
            and _head_info(found[k].core)[0] == kind
            and _LIST_SEP.match(text[found[k - 1].end : found[k].start])
        ):
            if found[k].pre:
                break
            found[k].canonical = canonical_name(pre + found[k].text, extra)
            found[k].sector = found[i].sector
            k += 1


# A command's or a police force's staff office ("Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật", "Ban Chính trị")
_STAFF_OFFICE = (
    r"(?:Phòng|Ban)\s+(?:Chính\s+trị|Tham\s+mưu|Hậu\s+cần(?:\s*-\s*Kỹ\s+thuật)?|Kỹ\s+thuật|Công\s+tác\s+[Cc]hính\s+trị|"
    r"Tổ\s+chức\s+cán\s+bộ|Tuyên\s+huấn)"
)
# a people's council's boards (round s33: "Ban Pháp chế, Ban Văn hóa - Xã hội và Ban Dân tộc HĐND tỉnh")
_COUNCIL_BOARD = (
    r"Ban\s+(?:Pháp\s+chế|Kinh\s+tế\s*-\s*(?:Ngân\s+sách|Xã\s+hội)|Văn\s+hóa\s*-\s*Xã\s+hội|Dân\s+tộc|Đô\s+thị)"
)
# the offices and boards inside a body that a list names before the last, which names the body
_INNER_OFFICE = rf"(?:{_STAFF_OFFICE}|{_COUNCIL_BOARD})"
_OFFICE = re.compile(_INNER_OFFICE)
_OFFICE_PRE = re.compile(rf"{_INNER_OFFICE}\s*-?\s*$")
# "Phòng Tham mưu, Phòng Chính trị và Phòng Hậu cần - Kỹ thuật Bộ CHQS tỉnh": offices listed before the last, which
# names their command
_OFFICES_LISTED_BEFORE = re.compile(rf"(?<![\w])(?:{_INNER_OFFICE}\s*(?:,\s*(?:và\s+)?|\s+và\s+))+$")
OFFICES_WINDOW = 200  # characters before the last office of a list where the others are listed


def _share_parent_with_listed_offices(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """Staff offices listed before an office named with its command are that command's offices too (each an agency,
    in the command's sector); a bare office the grammar read alone ("Phòng Tham mưu") gives way to it."""
    added: list[AgencyMention] = []
    for a in found:
        parent = None if a.listed else _parent_of_the_last_office(a)
        if parent is None:
            continue
        listed = _OFFICES_LISTED_BEFORE.search(text, max(0, a.start - OFFICES_WINDOW), a.start)
        if listed is None:
            continue
        for m in _OFFICE.finditer(text, listed.start(), listed.end()):
            office = m.group(0)
            added.append(
                replace(
                    a,
                    start=m.start(),
                    end=m.end(),
                    text=office,
                    canonical=canonical_name(f"{office} {parent}", extra),
                    pre=office + " ",
                    listed=True,
                    signer=False,
                )
            )
    if not added:
        return found
    spans = [(b.start, b.end) for b in added]
    kept = [a for a in found if not any(s <= a.start < e for s, e in spans)]
    return sorted(kept + added, key=lambda x: x.start)


def _parent_of_the_last_office(a: AgencyMention) -> str | None:
    """The command or the police that ``a`` names as the last of a list of offices: a staff office named with its command
    ("... và Phòng Hậu cần - Kỹ thuật Bộ CHQS tỉnh"), or a police department named with its police ("Phòng Tham mưu,
    Phòng An ninh chính trị nội bộ Công an tỉnh": the staff office is that police's too)."""
    if a.pre and _OFFICE_PRE.match(a.pre):
        own = _OFFICE.match(a.canonical)  # (the command as the last office's name spells it)
        return a.canonical[own.end() :].lstrip(" -") if own else a.core
    if a.sector == "police" and POLICE_DEPARTMENT.match(a.text):
        police = _POLICE_OF_A_DEPARTMENT.search(a.canonical)
        return police.group("police") if police else None
    return None


# A dash between two bodies the grammar read apart lists them ("Đảng ủy – HĐND – UBND phường"); a dash inside a
# name ("Ban Dân chủ - Pháp luật") is part of the mention.
_LIST_SEPARATORS = r",|và|,\s*và|[-–]"
_LIST_SEP = re.compile(rf"^\s*(?:{_LIST_SEPARATORS})\s*$")
# ("Bộ Chỉ huy Quân sự cùng Hội Nông dân tỉnh tổ chức ký kết", "Hội CCB phối hợp với Hội Cựu CAND huyện X tổ chức
# ký kết": "cùng (với)" and "phối hợp với" join the bodies of a subject as "và" does)
# ("Thường trực HĐND, lãnh đạo UBND, Ban Thường trực UBMTTQ huyện": the people who act for a member, named before it,
# keep it in the list)
_SHARED_LEVEL_SEP = re.compile(
    rf"^\s*(?:{_LIST_SEPARATORS}|cùng(?:\s+với)?|phối\s+hợp\s+với)(?:\s+(?:lãnh\s+đạo|đại\s+diện))?\s*$",
    re.IGNORECASE,
)


def _share_parent_with_a_listed_unit(text: str, found: list[AgencyMention], extra) -> None:
    """ "Ban Pháp chế và Ban Dân tộc HĐND tỉnh", "Ban Kinh tế - Ngân sách, Ban Văn hóa - Xã hội HĐND tỉnh": a unit
    named bare right before a unit named with its parent is a unit of that parent too, where the grammar reads the two
    as one name."""
    g = grammar()
    for a, b in itertools.pairwise(found):
        if a.pre or a.att or not b.pre or a.sector != b.sector or b.start < a.end:
            continue
        if not _LIST_SEP.match(text[a.end : b.start]):
            continue
        parent = text[b.start + len(b.pre) : b.end]
        unit = _WS.sub(" ", a.text)
        whole = f"{unit} {parent}"
        # (the bare name is a whole unit's, as the one after it names a unit: no body of its own, "Sở Nội vụ, Ban Tổ
        # chức Tỉnh ủy")
        head = g["unit"].match(whole) if parent else None
        m = g["agency"].match(whole) if head and head.group(0).strip() == unit else None
        if m and m.end() == len(whole):
            a.canonical = canonical_name(whole, extra)
            a.has_level = b.has_level


# "Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh", "Hội Nông dân, các đoàn thể huyện": the level the mass
# organisations named by their kind after a body are of is the body's too
_ORGANISATIONS_OF_LEVEL_AFTER = re.compile(
    r"\s*(?:,\s*(?:và\s+)?|\s+(?:và|cùng)\s+)(?:các\s+)?(?:tổ\s+chức\s+)?đoàn\s+thể"
    r"(?:\s+chính\s+trị\s*-\s*xã\s+hội)?\s+(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?![\w])"
    rf"(?:[ ]+(?P<place>{lexicon.CAP_SYL}(?:[ ]+{lexicon.CAP_SYL}){{0,3}}))?"
)


def _share_level_of_organisations_listed_after(text: str, found: list[AgencyMention], extra) -> None:
    """A Front or mass organisation named without its level, then the other organisations by their kind and a level:
    the organisation is of that level (and place, where the gazetteer knows it)."""
    for a in found:
        if a.att or a.sector != "front" or a.core_role != "body" or a.in_title:
            continue
        m = _ORGANISATIONS_OF_LEVEL_AFTER.match(text, a.end)
        if m is None:
            continue
        place = m.group("place") if m.group("place") and lexicon.is_place(m.group("place")) else ""
        level = _WS.sub(" ", m.group("level"))
        a.canonical = canonical_name(f"{_WS.sub(' ', a.text)} {level} {place}".strip(), extra)
        a.has_level = True


def _spread_shared_level(text: str, found: list[AgencyMention], extra) -> None:
    """ "Công an, Bộ CHQS và BĐBP tỉnh": the last member's level belongs to every bare member."""
    g = grammar()
    i = 0
    while i < len(found):
        j = i
        while (
            j + 1 < len(found)
            and (
                not _placed_at_a_level(found[j])
                or (j > i and (_named_by_its_own_name(found[j]) or _committee_word_alone(found[j])))
            )
            and _SHARED_LEVEL_SEP.match(text[found[j].end : found[j + 1].start])
        ):
            # (a member named by a name of its own, "Trại giam Bình Điền", or by a committee word that holds its level,
            # "Hội Nông dân, Tỉnh Đoàn và Hội CCB tỉnh", stands in the list and takes none)
            j += 1
        if j > i and _placed_at_a_level(found[j]):
            att = found[j].att or _level_of_police_initials(found[j])
            # (a list of two only when no placed member is listed before or after them: "Ban Tuyên giáo Tỉnh ủy, Sở X
            # và Hội Y tỉnh Z" and "Sở X, Công an tỉnh Z và Trại giam Y" are lists of three)
            pair = (
                j == i + 1
                and not (i > 0 and _SHARED_LEVEL_SEP.match(text[found[i - 1].end : found[i].start]))
                and not (j + 1 < len(found) and _SHARED_LEVEL_SEP.match(text[found[j].end : found[j + 1].start]))
            )
            alike = _departments_alike(found[i : j + 1])
            if att and (g["level"].match(att) or _AREA.match(att)) and not _prints_levels_each(text, found, i, j):
                for k in range(i, j):
                    if found[k].has_level or not _takes_shared_level(found[k], found[j], pair=pair, alike=alike):
                        continue
                    if POLICE_DEPARTMENT.match(found[k].text) and found[k].sector == "police":
                        # "Phòng Cảnh sát hình sự, Phòng Tham mưu Công an tỉnh": a police department shares the police
                        # the last one is of; before the police force itself ("và Công an thành phố X") it shares none
                        police = _POLICE_OF_A_DEPARTMENT.search(found[j].text) or _POLICE_OF_A_DEPARTMENT.search(
                            found[j].canonical
                        )
                        if police:
                            found[k].canonical = canonical_name(f"{found[k].text} {police.group('police')}", extra)
                            found[k].has_level = True
                        continue
                    found[k].canonical = canonical_name(f"{found[k].text} {att}", extra)
                    found[k].has_level = True
        i = j + 1


# the police a department is of, at the end of its name ("Phòng Tham mưu Công an tỉnh"; not the force itself)
_POLICE_OF_A_DEPARTMENT = re.compile(r"(?<=\S)\s+(?P<police>(?:Công\s+an|(?-i:CA))\s+\S.*)$")
# (round s35) a department's police by its initials glued to its level's ("Phòng Cảnh sát kinh tế CATP", "... CAH",
# "... CAQ"): they place the department as "Công an thành phố" does, and the bare departments listed before it share
# them ("Phòng An ninh kinh tế, Phòng Cảnh sát kinh tế CATP": both of the city's police)
# (read from the abbreviation table: every short form the table spells out as "Công an <level>")
_POLICE_WITH_LEVEL = re.compile(rf"Công an ({LEVEL_WORDS})")
_POLICE_INITIALS_WITH_LEVEL = {
    short: m.group(1) for short, long in lexicon.abbreviations() if (m := _POLICE_WITH_LEVEL.fullmatch(long))
}
_POLICE_BY_INITIALS = re.compile(rf"(?<=\s)(?-i:{'|'.join(_POLICE_INITIALS_WITH_LEVEL)})$")


def _level_of_police_initials(a: AgencyMention) -> str:
    """The level a police department's name gives by its police's initials at its end ("CATP": "thành phố"), or ""."""
    if a.sector != "police" or not POLICE_DEPARTMENT.match(a.text):
        return ""
    m = _POLICE_BY_INITIALS.search(a.text)
    return _POLICE_INITIALS_WITH_LEVEL[m.group(0)] if m else ""


def _placed_at_a_level(a: AgencyMention) -> bool:
    return a.has_level or bool(_level_of_police_initials(a))


def _committee_word_alone(a: AgencyMention) -> bool:
    """A body named by a committee word that holds its level, with no place ("Tỉnh Đoàn", "Huyện ủy")."""
    return a.core_role == "committee" and not a.att and not a.pre


def _named_by_its_own_name(a: AgencyMention) -> bool:
    """A body named by a proper name of its own, with no level ("Trại giam Bình Điền", "Đồn Biên phòng Lò Gò")."""
    return a.core_role == "named" and not a.att


LEVELS_EACH_MIN = 2  # members before a bare run that print their own level, for the list to print levels each
# a level word printed as a word of a member's name ("Hội Nông dân tỉnh"; not the level a committee word holds,
# "Thường trực Tỉnh ủy, Ban TVTU, Thường trực HĐND, UBND tỉnh")
_PRINTED_LEVEL_WORD = re.compile(rf"(?<![\w])(?:{LEVEL_WORDS})(?![\w])")


def _prints_levels_each(text: str, found: list[AgencyMention], i: int, j: int) -> bool:
    """Whether the list that ``found[i:j]`` (bare members before the placed ``found[j]``) ends prints the level of
    most of its members before them, each with its own ("UBMTTQVN tỉnh, Hội CCB tỉnh, Hội Nông dân tỉnh, LĐLĐ tỉnh
    và Liên hiệp các Hội KH&KT, Hội LHPN tỉnh"): a member printed bare there is named bare. (A list that prints one
    level or none before ("UBMTTQ tỉnh, Hội Nông dân, Hội CCB, LĐLĐ tỉnh") shares the last member's.)"""
    placed = 0
    k = i
    while k > 0 and _SHARED_LEVEL_SEP.match(text[found[k - 1].end : found[k].start]):
        k -= 1
        # (a level the member prints, not one a list before gave it: "Công an, Ban CHQS huyện A và Công an, Ban CHQS
        # huyện B" is two lists, the second's bare member takes B's level as the first's took A's)
        placed += bool(found[k].att and _PRINTED_LEVEL_WORD.search(found[k].canonical))
    return placed >= LEVELS_EACH_MIN and placed > (i - k) - placed + (j - i)


# The area of a regional court, procuracy or enforcement office (2025): "Tòa án, Viện Kiểm sát khu vực 3".
_AREA = re.compile(r"khu\s+vực\s+(?:\d{1,2}|[IVX]{1,4})(?![\w])", re.IGNORECASE)


# The level a party committee word stands for ("Thành ủy" is the committee of a "thành phố").
_COMMITTEE_OF_LEVEL = {
    "tỉnh ủy": "tỉnh",
    "thành ủy": "thành phố",
    "huyện ủy": "huyện",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
    "tỉnh đoàn": "tỉnh",
    "thành đoàn": "thành phố",
    "huyện đoàn": "huyện",
    "quận đoàn": "quận",
    "thị đoàn": "thị xã",
}


def _share_place_of_last(text: str, found: list[AgencyMention], extra) -> None:
    """ "Ban Dân vận Thành ủy, Công an thành phố và BCH Quân sự thành phố Pleiku": the place after the last
    member of a list belongs to every member named at the same level without a place (a bare level word,
    or a committee word of that level)."""
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and _LIST_SEP.match(text[found[j].end : found[j + 1].start]):
            j += 1
        # (the last placed member, past members named by names of their own after it: "Công an huyện, Ban CHQS huyện
        # Lộc Ninh và Đồn Biên phòng Lộc Tấn")
        last = j
        while last > i and _named_by_its_own_name(found[last]) and not _PLACED_TAIL.search(found[last].canonical):
            last -= 1
        tail = _PLACED_TAIL.search(found[last].canonical) if last > i and not found[last].listed else None
        if tail:
            level, place = tail.group("lvl").casefold(), tail.group("place")
            last_head = _WS.sub(" ", found[last].pre + found[last].core).casefold()
            for a in found[i:last]:
                if _WS.sub(" ", a.pre + a.core).casefold() == last_head:
                    continue  # "Công an tỉnh và Công an tỉnh Yên Bái": the same head placed apart is another body
                bare_level = _WS.sub(" ", a.att).casefold()
                committee = _WS.sub(" ", a.core).casefold() if a.core_role == "committee" and not a.att else ""
                if bare_level == level or _COMMITTEE_OF_LEVEL.get(committee) == level:
                    a.canonical = canonical_name(f"{a.canonical} {place}", extra)
        i = j + 1


# A mass organisation named as the national one ("Hội Nông dân Việt Nam") is complete without a level.
_NATIONAL_NAME = re.compile(r"(?:Việt\s+Nam|VN)$")


_DEPARTMENT_OF_PROVINCE = re.compile(r"Sở\s")
_PROVINCE_LEVEL_ATT = re.compile(r"(?:tỉnh|thành\s+phố|TP)(?![\w])", re.IGNORECASE)
_CITY_LEVEL_ATT = re.compile(r"(?:thành\s+phố|TP)(?![\w])", re.IGNORECASE)
# The cities run by the centre, provinces of their own (Huế from 2025)
_CENTRAL_CITY = re.compile(r"(?:Hà\s+Nội|Hồ\s+Chí\s+Minh|HCM|Hải\s+Phòng|Đà\s+Nẵng|Cần\s+Thơ|Huế)$")


_FRONT_COMMITTEE_HEADS = ("Ủy ban Mặt trận", "Ủy ban MTTQ", "UBMTTQ", "UB MTTQ")
_NATIONAL_ASSEMBLY_DELEGATION = re.compile(r"Đoàn (?:Đại biểu Quốc hội|ĐBQH)$")


def _named_at_every_level(core: str) -> bool:
    """A body that stands bare as an agency but is of every level, so that a list's level is its too (unlike
    _NEEDS_LEVEL's, which name nothing bare): the Front's committee ("Ủy ban MTTQVN và Viện kiểm sát nhân dân tỉnh"),
    a province's National Assembly delegation ("Đoàn ĐBQH và Thường trực HĐND tỉnh") and a State programme's
    steering committee ("Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ và Hội CCB tỉnh")."""
    return (
        core.startswith(_FRONT_COMMITTEE_HEADS)
        or bool(_NATIONAL_ASSEMBLY_DELEGATION.match(core))
        or (core.startswith("Ban Chỉ đạo") and _head_info(core) == ("state", "body"))
    )


# A province's departments and branches by their heads ("Sở Tư pháp", "Chi cục Kiểm lâm")
_PROVINCE_DEPARTMENT_HEAD = re.compile(r"(?:Sở|Chi\s+cục)\s")


def _departments_alike(members: list[AgencyMention]) -> str:
    """The head every one of ``members`` opens with, when they are all a province's departments or all its branches
    ("Sở Tư pháp, Sở Y tế và Sở Nội vụ tỉnh Lạng Sơn"), else ""."""
    heads = set()
    for a in members:
        m = _PROVINCE_DEPARTMENT_HEAD.match(_WS.sub(" ", a.core or a.text))
        if m is None or a.pre:
            return ""
        heads.add(m.group(0))
    return heads.pop() if len(heads) == 1 else ""


def _takes_shared_level(a: AgencyMention, last: AgencyMention, pair: bool = False, alike: str = "") -> bool:
    """Whether a bare list member takes the level of the list's ``last`` member: a body that needs a level
    ("Công an, Bộ CHQS tỉnh"), or a mass organisation in a list of mass organisations ("Hội Nông dân, Hội CCB,
    LĐLĐ tỉnh") or before a placed level ("Hội CCB và Bộ CHQS tỉnh Đồng Tháp"). Before another kind of body
    with a bare level ("Đoàn TNCS Hồ Chí Minh và Bộ CHQS tỉnh") the association's level is left unsaid. ``pair``: the
    list has two members; ``alike``: the head all its members share, when they are all departments or all branches
    of a province ("Sở Tư pháp, Sở Y tế và Sở Nội vụ tỉnh Lạng Sơn", "Chi cục Kiểm lâm, Chi cục Thủy sản tỉnh": the
    level is every member's, as a list of departments of one province prints it once)."""
    if alike:
        return bool(_PROVINCE_LEVEL_ATT.match(last.att))
    core = _WS.sub(" ", a.core or a.text)
    if a.sector == "police" and POLICE_DEPARTMENT.match(core):
        # ("Phòng Cảnh sát PCCC, Ban CHQS thị xã A": no district's)
        return bool(_PROVINCE_LEVEL_ATT.match(last.att or _level_of_police_initials(last)))
    if _NEEDS_LEVEL.fullmatch(core) or (not a.pre and _named_at_every_level(core)):
        return True
    if _DEPARTMENT_OF_PROVINCE.match(core) and not a.pre:
        # "Sở Ngoại vụ và Bộ CHQS tỉnh Gia Lai": a provincial department paired with a body placed in a province (in a
        # longer list, "Viện KSND, Sở Tư pháp, Tòa án nhân dân tỉnh X", the department is named as it stands)
        # (a city's only where it is a province, run by the centre: "Sở Tư pháp và UBND thành phố Hà Tĩnh" names the
        # province's department beside a provincial city's committee)
        return pair and bool(
            _PROVINCE_LEVEL_ATT.match(last.att)
            and grammar()["place_after_level"].fullmatch(last.att)
            and (not _CITY_LEVEL_ATT.match(last.att) or _CENTRAL_CITY.search(last.att))
        )
    if a.sector != "front" or a.core_role != "body" or a.pre or _NATIONAL_NAME.search(core):
        return False
    return last.sector == "front" or bool(grammar()["place_after_level"].fullmatch(last.att))


# A group named by its kind and level, then its members (patterns.GROUP_OF_KIND, GROUP_MEMBERS_OPENER): "4 tổ chức
# chính trị - xã hội tỉnh (Hội Nông dân, Hội CCB, ...)", "các đoàn thể huyện gồm: ..."
# (the scan opens with the count's first character, which it consumes, and looks back over it: for a word start, then
# for the count and the space after it, read from there; "\w*" takes the rest of the count, which a space ends.
# Entered at every character and tried there with the look-behind and the count's eleven words, it cost a fifth more)
_LEVELLED_GROUP = re.compile(
    rf"(?-i:{GROUP_COUNT_FIRST_CHARACTERS})(?<![\w](?s:.))(?<=(?={GROUP_COUNT}\s)(?s:.))\w*{GROUP_KIND_WORDS}\s+"
    rf"(?P<level>(?:{LEVEL_WORDS})(?:\s+(?-i:{lexicon.UPPER_CLASS})[\w']*(?:\s+(?-i:{lexicon.UPPER_CLASS})[\w']*){{0,2}})?)"
    rf"\s*{GROUP_MEMBERS_OPENER}",
    re.IGNORECASE,
)
GROUP_MEMBERS_WINDOW = 300  # characters after the group's name where its members are listed


def _give_a_named_group_s_level_to_its_members(text: str, found: list[AgencyMention], extra) -> None:
    """The members listed after a group named at a level take that level where they print none, as the group's members
    of that level ("Bộ CHQS tỉnh và 4 tổ chức chính trị - xã hội tỉnh (Hội Nông dân, Hội CCB, Hội LHPN, Tỉnh đoàn)":
    "Hội Nông dân tỉnh"; "Tỉnh đoàn" names its level itself)."""
    if "gồm" not in text and "(" not in text and ":" not in text:
        return
    for group in _LEVELLED_GROUP.finditer(text):
        level = _WS.sub(" ", group.group("level"))
        close = text.find(")", group.end()) if group.group(0).rstrip().endswith("(") else -1
        stop = close if close >= 0 else _sentence_end(text, group.end(), group.end() + GROUP_MEMBERS_WINDOW)
        for a in found:
            if group.end() <= a.start < stop and not a.has_level and not a.att and _takes_group_level(a):
                a.att, a.has_level = level, True
                a.canonical = canonical_name(f"{a.pre}{a.core} {level}", extra)


def _sentence_end(text: str, start: int, limit: int) -> int:
    end = min(limit, len(text))
    stop = re.search(r"[.;\n]", text[start:end])
    return start + stop.start() if stop else end


def _takes_group_level(a: AgencyMention) -> bool:
    """A member that a level completes: a body that needs one, or a mass organisation by its name alone."""
    core = _WS.sub(" ", a.core or a.text)
    if _NEEDS_LEVEL.fullmatch(core):
        return True
    return a.sector == "front" and a.core_role == "body" and not a.pre and not _NATIONAL_NAME.search(core)


def _spread_bare_members_over_lists(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "UBND và Ủy ban MTTQ các phường A, B và C", "Công an, Ban CHQS huyện A, B": a body listed without its place
    right before a head spread over a list of places shares the list: one body per place, as the head has."""
    out: list[AgencyMention] = []
    for run in _runs_with_bare_members(text, found):
        bare, members = run
        for a in bare:
            if not members:
                out.append(a)
                continue
            for b in members:
                att = _place_with_its_level(b)
                out.append(
                    _as_list_member(a, a.start, a.end, canonical_name(f"{a.text} {att}", extra), att, text=a.text)
                )
        out.extend(members)
    return out


def _place_with_its_level(member: AgencyMention) -> str:
    """The place of a spread list's ``member`` with its level word, which a committee's word holds in itself ("Huyện
    đoàn các huyện Thọ Xuân, Triệu Sơn": "Thọ Xuân" is a "huyện"; a bare body before the list takes "huyện Thọ Xuân")."""
    level = _COMMITTEE_OF_LEVEL.get(_WS.sub(" ", member.core).casefold()) if member.core_role == "committee" else None
    return f"{level} {member.att}" if level and not member.att.casefold().startswith(level) else member.att


def _runs_with_bare_members(text: str, found: list[AgencyMention]) -> Iterator[tuple[list[AgencyMention], list]]:
    """``found`` cut into (bare members, the spread list they stand before); a mention in no such run comes as
    ([mention], [])."""
    i = 0
    while i < len(found):
        j = i
        while j < len(found) and _bare_before_list(found[j]) and _LIST_SEP.match(_gap(text, found, j)):
            j += 1
        members = _spread_run(text, found, j) if j > i else []
        if len(members) >= 2 and all(_takes_level_of(found[k], members[0], text) for k in range(i, j)):
            yield found[i:j], members
            i = j + len(members)
            continue
        yield [found[i]], []
        i += 1


def _bare_before_list(a: AgencyMention) -> bool:
    return not a.listed and a.core_role == "body" and not a.pre and not a.in_title


def _takes_level_of(a: AgencyMention, first: AgencyMention, text: str) -> bool:
    """Whether bare ``a`` is unplaced, or placed only by the first place of the list after it (the level
    _spread_shared_level gave it)."""
    if not a.has_level:
        return _takes_shared_level(a, first)
    return bool(a.att == "" and a.canonical.endswith(" " + first.att) and _takes_shared_level(a, first))


def _spread_run(text: str, found: list[AgencyMention], j: int) -> list[AgencyMention]:
    """The members of one spread list that starts at found[j] (one head over two or more places), or []."""
    if j >= len(found) or not (found[j].listed and found[j].has_level and found[j].att):
        return []
    run = [found[j]]
    for b in found[j + 1 :]:
        last = run[-1]
        if not (b.listed and b.core == last.core and b.pre == last.pre and b.start >= last.end):
            break
        if not _ITEM_GAP.fullmatch(text, last.end, b.start):
            break
        run.append(b)
    return run
