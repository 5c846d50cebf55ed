"""Lists under one head: numbered units ("các Đồn Biên phòng 627, 629 và 631"), names listed after "các Hội:", and a
counted branch word before a list of bodies.
"""

from __future__ import annotations

import re
from dataclasses import replace

from phoihop.extract import lexicon
from phoihop.extract.agencies.canonical import canonical_name
from phoihop.extract.agencies.mention import AgencyMention
from phoihop.extract.agencies.name_grammar import LEVEL_WORDS, _sector
from phoihop.extract.agencies.patterns import _NUMBERED_END, GROUP_COUNT, GROUP_COUNT_FIRST_CHARACTERS
from phoihop.extract.agencies.shared_levels import _LIST_SEP
from phoihop.text import WS as _WS

_NUMBERED_ITEM = re.compile(
    # (the last number may end the sentence: "Sư đoàn 2, 3 và 5."; not a decimal: "2,5", "3.5")
    r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)(\d{1,4})(?![\w/\-–]|[.,]\d)"
    # (not a count of something: "Tiểu đoàn 1, 2 đồng chí ...", "Quân khu 4, 10 năm qua")
    rf"(?!\s+(?:{lexicon.COUNTED_NOUNS}|đơn\s+vị|xã|thôn|tỉnh|huyện|đội|tổ)(?![\w]))"
)


def _spread_numbered_lists(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "Các Tiểu đoàn 1, 2, 3 trực thuộc ...", "các Đồn Biên phòng 627, 629 và 631": a numbered unit's name followed
    by more numbers names one unit of the same head per number."""
    added: list[AgencyMention] = []
    replaced: dict[int, AgencyMention] = {}
    starts = {a.start for a in found}
    for a in found:
        number = _NUMBERED_END.search(a.canonical)
        if not number or not a.text.rstrip().endswith(number.group(0)) or a.listed:
            continue
        head = a.canonical[: number.start()]

        def member(item: re.Match, head: str = head, a: AgencyMention = a) -> AgencyMention:
            return replace(
                a,
                start=item.start(1),
                end=item.end(1),
                text=item.group(1),
                canonical=canonical_name(head + item.group(1), extra),
                listed=True,
            )

        pos = a.end
        members = []
        while (item := _NUMBERED_ITEM.match(text, pos)) and item.start(1) not in starts:
            members.append(member(item))
            pos = item.end()
        service = _SERVICE_AFTER_THE_LAST.match(text, pos) if members else None
        if service:
            # "Bộ Tư lệnh Vùng 2, 3, 4 Hải quân": the service printed after the last number is every member's
            tail = " " + _WS.sub(" ", service.group(1))
            members = [replace(m, canonical=canonical_name(m.canonical + tail, extra)) for m in members]
            replaced[a.start] = replace(a, canonical=canonical_name(a.canonical + tail, extra))
        added += members
        named = _NAMED_AFTER_NUMBERS.match(text, pos) if pos > a.end and _LEVEL_BEFORE_NUMBER.search(head) else None
        if named and named.start(1) not in starts and lexicon.is_place(named.group(1)):
            added.append(member(named))  # "Công an Quận 1, 3, 10, Tân Bình và ...": the list goes on with a named unit
    if not added:
        return found
    return sorted([replaced.get(a.start, a) for a in found] + added, key=lambda x: x.start)


_SERVICE_AFTER_THE_LAST = re.compile(r"\s+(Hải\s+quân|Cảnh\s+sát\s+biển|Biên\s+phòng)(?![\w])")


# The regional units of 2025 listed after the first one's head by their areas: "Viện KSND khu vực 8 - Gia Lai và khu vực
# 9 - Gia Lai", "Tòa án nhân dân khu vực 2, khu vực 3 và khu vực 4", "Ban Chỉ huy PTKV 1 - Bảo Lộc và PTKV 4 - Gia
# Nghĩa", "Viện KSND khu vực 8 và 9 - Gia Lai" (the place printed after the last is every member's)
_AREA_OF_NAME = re.compile(r"(?P<head>.*?(?:khu\s+vực|PTKV)\s+)(?:\d{1,2}|[IVX]{1,4})(?:\s+-\s+.+)?$", re.IGNORECASE)
_AREA_ITEM = re.compile(
    r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?:(?:[Kk]hu\s+vực|(?-i:PTKV|KV))\s+)?(?P<n>\d{1,2}|(?-i:[IVX]{1,4}))(?![\w/.,]\d|[\w])"
    r"(?!\s+(?:năm|tháng|ngày|người|đơn\s+vị|lần|vụ|cán\s+bộ)(?![\w]))"
    rf"(?P<place>\s*[-–]\s*(?P<name>{lexicon.CAP_SYL}(?:[ ]+{lexicon.CAP_SYL}){{0,3}}))?"
)


def _spread_area_lists(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """A regional unit followed by more areas (``_AREA_ITEM``): one unit of the same head per area, with its place,
    or with the place printed after the last area where none has one of its own."""
    added: list[AgencyMention] = []
    starts = {a.start for a in found}
    out = list(found)
    for i, a in enumerate(found):
        area = _AREA_OF_NAME.match(a.canonical)
        if not area or a.listed:
            continue
        items = []
        pos = a.end
        while (item := _AREA_ITEM.match(text, pos)) and item.start("n") not in starts:
            items.append(item)
            pos = item.end()
        if not items:
            continue
        head = area.group("head")
        last_place = items[-1].group("name")
        shared = last_place if last_place and not any(it.group("name") for it in items[:-1]) else None
        if shared and " - " not in a.canonical:
            out[i] = replace(a, canonical=canonical_name(f"{a.canonical} - {shared}", extra), listed=True)
        else:
            out[i] = replace(a, listed=True)
        for it in items:
            place = it.group("name") or shared
            name = f"{head}{it.group('n')}" + (f" - {place}" if place else "")
            added.append(
                replace(
                    a,
                    start=it.start("n"),
                    end=it.end(),
                    text=text[it.start("n") : it.end()],
                    canonical=canonical_name(name, extra),
                    listed=True,
                )
            )
    return sorted(out + added, key=lambda x: x.start) if added else found


# A level word before a unit's number ("Công an Quận 1", "Công an Phường 3"): the list may go on with named places
_LEVEL_BEFORE_NUMBER = re.compile(r"(?<![\w])(?:quận|huyện|phường|xã)\s*$", re.IGNORECASE)
_NAMED_AFTER_NUMBERS = re.compile(
    rf"(?:\s*,\s*(?:và\s+)?|\s+và\s+)({lexicon.CAP_SYL}(?:[ ]+{lexicon.CAP_SYL}){{0,2}})(?![ ]*{lexicon.CAP_SYL})"
)


# the words after a listed body's name that go on with the sentence ("... và Y tế ký kết", "... giai đoạn 2024 - 2030")
_ITEM_ENDING_WORDS = (
    r"phối\s+hợp|ký|tổ\s+chức|đã|cùng|giai\s+đoạn|nhiệm\s+kỳ|năm|về|tại|trong|nhằm|để|với|thực\s+hiện|trên|cho|"
    r"nhân\s+dịp|vừa|sẽ|cũng"
)
# "các Hội: Chữ thập đỏ, Luật gia, Khuyến học", "các sở: Tư pháp, Nội vụ và Y tế": a plural head (in either case) and a
# colon before the names of its bodies
_PLURAL_HEAD_COLON = re.compile(r"(?<![\w])(?:bao\s+gồm\s+|gồm\s+)?các\s+(?P<head>[Hh]ội|[Ss]ở)\s*:\s*")
# ... and a unit of each of the departments named after them ("Thanh tra các sở: Xây dựng, Y tế", "Văn phòng các sở: ...")
_UNIT_OF_DEPARTMENTS = re.compile(
    r"(?<![\w])(?P<unit>Thanh\s+tra|Văn\s+phòng|Công\s+đoàn|Chi\s+bộ|Chi\s+đoàn|Đảng\s+ủy)\s+(?=các\s+[Ss]ở\s*:)"
)
_NAMED_ITEM = re.compile(
    rf"(?P<name>(?-i:{lexicon.UPPER_CLASS})[^,;:.\n()]{{1,60}}?)(?=\s*(?:,|;|\.(?:\s|$)|\n|$)|\s+và\s+(?-i:{lexicon.UPPER_CLASS})"
    rf"|\s+(?:{_ITEM_ENDING_WORDS})(?![\w]))"
)
_NAMED_ITEM_SEP = re.compile(r"\s*(?:,|;|và)\s*(?:và\s+)?")
NAMED_ITEMS_MAX = 20


# "09 Sở, ngành thuộc Khối thi đua, gồm: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Y tế, Đài Phát thanh và
# Truyền hình tỉnh", "lãnh đạo các Sở, ngành: Văn hóa, Thể thao và Du lịch; Y tế; Ban Dân tộc tỉnh": counted or plural
# departments, then their bare names among bodies named in full (a colon right after them opens the list too, and so
# does a department's capitalised name right after them: "với các sở Tư pháp, Nội vụ và Y tế")
# (the scan opens with the first character of the count or of "Sở", which it consumes and the engine skips to in C,
# and looks back over it for the word start: then the count with its space, the rest of the count taken with "\w*", or
# the "S" of "Sở, ngành"; entered at every character, the look-behind and the count's words were tried at each)
_DEPARTMENTS_LEAD = re.compile(
    rf"(?-i:{GROUP_COUNT_FIRST_CHARACTERS})(?<![\w](?s:.))"
    rf"(?:(?<=(?={GROUP_COUNT}\s)(?s:.))\w*\s+(?-i:[Ss])ở(?:\s*,\s*ngành)?|(?<=(?-i:[Ss]))ở\s*,\s*ngành)"
    r"(?:(?:[\s,]+[^\W\d_]+){0,8}?[\s,]*(?:bao\s+)?gồm\s*:?|\s*:|\s+(?=(?-i:[A-ZĐ])))\s*",
    re.IGNORECASE,
)
# (the quick check for a lead that needs no "gồm": "lãnh đạo các sở: ...", "các Sở, ngành:")
_DEPARTMENTS_COLON = re.compile(r"(?-i:[Ss])ở(?:\s*,\s*ngành)?\s*:")
_DEPARTMENTS_NAMED = re.compile(rf"(?<![\w])các\s+[Ss]ở\s+(?-i:{lexicon.UPPER_CLASS})")
# a department's bare name, its own commas and all ("Văn hóa, Thể thao và Du lịch", "Lao động, Thương binh và Xã
# hội"), up to the next item
# (each may carry its province: "4 sở: Văn hóa, Thể thao và Du lịch Hưng Yên; Du lịch Nghệ An; ...", "... và Y tế tỉnh
# Quảng Trị")
_DEPARTMENT_NAME = re.compile(
    rf"(?P<name>{lexicon.department_regex(lexicon.provincial_departments())}"
    rf"(?:\s+(?:(?:tỉnh|thành\s+phố)\s+)?{lexicon.province_regex()})?)"
    rf"(?=\s*(?:[,;]|\.(?:\s|$)|\n|$)|\s+(?:và|{_ITEM_ENDING_WORDS})(?![\w]))",
    re.IGNORECASE,
)


def _spread_heads_over_named_items(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """Each name listed after "các Hội:" / "các Sở:" as a body of that head ("Hội Chữ thập đỏ", "Sở Tư pháp"), up to
    a body the grammar reads there ("..., Hội nhà báo, Liên hiệp Văn học Nghệ thuật tỉnh"): named by its kind, an
    association's or a department's name is no place and no person. After counted departments ("09 Sở, ngành ...
    gồm:") only a department's known name is one, and the bodies named in full among them are passed over."""
    plural = "các Hội" in text or "các Sở" in text or "các hội" in text or "các sở" in text
    if not plural and "gồm" not in text and not _DEPARTMENTS_COLON.search(text) and not _DEPARTMENTS_NAMED.search(text):
        return found
    starts = {a.start: a for a in found}
    added: list[AgencyMention] = []
    leads = (
        [
            (_unit_before(text, lead) + lead.group("head").capitalize(), lead.end(), False)
            for lead in _PLURAL_HEAD_COLON.finditer(text)
        ]
        if plural
        else []
    )
    leads += [("Sở", lead.end(), True) for lead in _DEPARTMENTS_LEAD.finditer(text) if not _unit_before(text, lead)]
    for head, pos, known_only in leads:
        for _ in range(NAMED_ITEMS_MAX):
            force = _ARMED_FORCE_ITEM.match(text, pos) if known_only else None
            if force:
                added.append(
                    _listed_body(force, "Công an" if force.group("police") else "Bộ Chỉ huy Quân sự", extra, "tỉnh")
                )
                starts.pop(pos, None)  # (the bare "Công an" the grammar read there is this body)
                end = force.end()
            elif known_only and pos in starts:
                end = starts[pos].end  # a body named in full among the departments
            else:
                item = _department_or_named_item(text, pos, head, known_only)
                if item is None or item.start() in starts:
                    break  # (a body the grammar reads ends the bare names: the list goes on in full names)
                added.append(_listed_body(item, f"{head} {item.group('name').strip()}", extra))
                end = item.end("name")
            sep = _NAMED_ITEM_SEP.match(text, end)
            if sep is None or sep.end() == end:
                break
            pos = sep.end()
    if not added:
        return found
    replaced = {a.start for a in added}
    return sorted([a for a in found if a.start not in replaced] + added, key=lambda x: x.start)


UNIT_WORDS_MAX = 12  # "Thanh tra ", "Văn phòng ", "Công đoàn " before the plural


def _unit_before(text: str, lead: re.Match) -> str:
    """The unit word before a plural of departments ("Thanh tra " of "Thanh tra các sở: ..."), or ""."""
    unit = _UNIT_OF_DEPARTMENTS.search(text, max(0, lead.start() - UNIT_WORDS_MAX), lead.end())
    return unit.group("unit") + " " if unit and unit.end() == lead.start() else ""


def _department_or_named_item(text: str, pos: int, head: str, known_only: bool) -> re.Match | None:
    """The bare name at ``pos``: a department's known name first (it may hold commas), else any capitalised name."""
    known = _DEPARTMENT_NAME.match(text, pos) if head.endswith("Sở") else None
    return known if known or known_only else _NAMED_ITEM.match(text, pos)


# the armed forces listed among a province's departments ("lãnh đạo các sở: Công an, Văn hóa, Thể thao và Du lịch"):
# the province's police and military command (a "Sở" is a province's), and the list goes on past them
_ARMED_FORCE_ITEM = re.compile(r"(?P<name>(?P<police>Công\s+an)|Quân\s+sự)(?=\s*[,;])")


# a level word and its place at the end of a listed name ("Khuyến học tỉnh", "Y tế tỉnh Quảng Trị")
_ENDING_LEVEL = re.compile(
    rf"\s+(?:{LEVEL_WORDS})(?:\s+(?-i:{lexicon.UPPER_CLASS})\S*(?:\s+(?-i:{lexicon.UPPER_CLASS})\S*){{0,3}})?$"
)


def _listed_body(item: re.Match, name: str, extra, level: str = "") -> AgencyMention:
    """The body a bare name listed under a head names (``name``: the head and the bare name; ``level``: a level
    word the name takes after it). The last name of a list may end with the level of all ("các Hội: Chữ thập đỏ,
    Luật gia và Khuyến học tỉnh"): the level is its place, not part of its kind's name."""
    placed = None if level else _ENDING_LEVEL.search(name)
    if placed:
        name, level = name[: placed.start()], placed.group(0).strip()
    core = canonical_name(name, extra)
    sector, role = _sector("", core)
    return AgencyMention(
        item.start(),
        item.end("name"),
        item.group("name"),
        f"{core} {level}" if level else core,
        sector,
        bool(level),
        core_role=role,
        core=core,
        att=level,
        listed=True,
    )


# "3 chi đoàn: Viện KSND, Sở Tư pháp, Tòa án nhân dân tỉnh": branches of the organisations of each listed body.
_BRANCHES = {
    "chi đoàn": ("Chi đoàn", "front"),
    "chi bộ": ("Chi bộ", "party"),
    "công đoàn": ("Công đoàn", "front"),
    "đoàn thanh niên": ("Đoàn Thanh niên", "front"),
    "chi hội": ("Chi hội", "front"),
    "đảng bộ": ("Đảng bộ", "party"),
    # (the Party committee of each listed body: "với các Đảng ủy: Quân sự tỉnh, Công an tỉnh" is "Đảng ủy Quân sự tỉnh"
    # and "Đảng ủy Công an tỉnh", not the command and the police)
    "đảng ủy": ("Đảng ủy", "party"),
}
_COUNTED_BRANCHES = re.compile(
    rf"(?<![\w])(?:{lexicon.COUNT_RX}|các)\s+"
    r"(?P<branch>chi\s+đoàn|chi\s+bộ|công\s+đoàn|đoàn\s+thanh\s+niên|chi\s+hội|đảng\s+bộ|đảng\s+ủy)"
    r"(?:\s+(?:cơ\s+sở|trực\s+thuộc))?\s*:\s*$",
    re.IGNORECASE,
)


def _colon_ends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a colon and white space only after it."""
    return text[start:end].rstrip().endswith(":")


def _name_counted_branches(text: str, found: list[AgencyMention], extra) -> None:
    """A counted branch word before a colon and a list of bodies names the branch of each body."""
    i = 0
    while i < len(found):
        window = max(0, found[i].start - 40)
        # (the pattern ends with a colon and white space: a mention after none, most, is passed without a search)
        head = (
            _COUNTED_BRANCHES.search(text, window, found[i].start)
            if _colon_ends(text, window, found[i].start)
            else None
        )
        if not head:
            i += 1
            continue
        word, sector = _BRANCHES[_WS.sub(" ", head.group("branch")).casefold()]
        j = i
        while True:
            a = found[j]
            a.canonical = canonical_name(f"{word} {a.canonical}", extra)
            a.sector, a.pre, a.has_level = sector, f"{word} {a.pre}", True
            if j + 1 >= len(found) or not _LIST_SEP.match(text[a.end : found[j + 1].start]):
                break
            j += 1
        i = j + 1
