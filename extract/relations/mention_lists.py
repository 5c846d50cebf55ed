"""Lists of agency mentions: the gap between two mentions (without notes), what joins them into a list, members
listed after a body, the mention at a position, parents folded in apposition.
"""

from __future__ import annotations

import re
from dataclasses import replace

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention
from phoihop.extract.agencies.patterns import GROUP_MEMBERS_OPENER, GROUP_OF_KIND
from phoihop.extract.relations.patterns import (
    _BETWEEN_BOTH_SIDES,
    _BRAND_NAME,
    _COMMA_ONLY,
    _GROUP_LEAD_STOP,
    _LAST_AND,
    _NON_AGENCY_PARTNER,
    _SEP_JOINT,
    _SEP_WITH,
)
from phoihop.text import WS

SUBJECT_GAP_MAX = 160  # longest predicate between a subject and its signing verb
_GENERIC_MEMBER_SEP = re.compile(r"^\s*(?:,|và)\s+(?:các|những)\s+([^,;.()]{1,60}),\s*(?:và\s+)?$", re.IGNORECASE)
_SEP_COUNTED = re.compile(rf"^\s*(?:,|và|cùng(?:\s+với)?)\s+{lexicon.COUNT_RX}\s+$", re.IGNORECASE)
# a group named by its kind, counted or plural, that opens the list of its members ("A và 4 tổ chức chính trị - xã hội
# tỉnh (B, C, D)", "A và các hội: B, C", "A và các tổ chức chính trị - xã hội tỉnh gồm B, C"): A and the members are
# one list
_SEP_GROUP_OPENER = re.compile(
    rf"^\s*(?:,|và|cùng(?:\s+với)?)\s+{GROUP_OF_KIND}\s*{GROUP_MEMBERS_OPENER}\s*$", re.IGNORECASE
)
_SUBJECT_FILLER = re.compile(
    r"^[\s,]*(?:(?:đã|đang|vừa|cũng|còn|cùng|sẽ|chính\s+thức|tổ\s+chức|hội\s+nghị|lễ|buổi\s+lễ|để|hai\s+đơn\s+vị|"
    r"các\s+tổ\s+chức\s+thành\s+viên|thống\s+nhất\s+nội\s+dung|và|đại\s+diện|lãnh\s+đạo|trực\s+tuyến|mở)(?![\w])[\s,]*)*$",
    re.IGNORECASE,
)
_OF_PARENT = re.compile(r"\s*của\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"([^\W\d_][\w.]*)\s*")
_PARENS = re.compile(r"\([^)]*\)")
_HEADLINE_COLON = re.compile(r"\s*:\s*$")
# "A phối hợp với B tổ chức hội nghị sơ kết tình hình an ninh trật tự tại địa bàn giáp ranh năm 2021 và ký kết ...":
# "của", "tại", "cho", "ở" inside what the two review place or own what is reviewed, not the subject
_REVIEWED_OBJECT_IN_GAP = re.compile(r"(?<![\w])(?:sơ|tổng)\s+kết(?![\w])(?P<object>[^;:.]*)$", re.IGNORECASE)
_OBJECT_PREPOSITION = re.compile(r"(?<![\w])(?:của|tại|cho|ở)(?![\w])", re.IGNORECASE)
# A body that witnesses, attends or directs the signing ("... chứng kiến ký kết") is not a party.
_NOT_SUBJECT_GAP = re.compile(
    r"(?<![\w])(?:với|giữa|của|cho|tại|là\s+nơi|chứng\s+kiến|dự|tham\s+dự|chỉ\s+đạo|chúc\s+mừng|"
    r"phát\s+biểu)(?![\w])|[;:]",
    re.IGNORECASE,
)
# one such partner as a list item, up to the separator before the next item
NON_BODY_ITEM_MAX = 70  # longest name of a partner that is no body, as a list item
_NON_BODY_NAME = rf"[^,;.:()\n]{{1,{NON_BODY_ITEM_MAX}}}?"  # its name, up to a mark that ends it (lazily)
# such a partner named between a subject and its verb, with the place of its branch ("A và VNPT tại địa bàn tỉnh X
# đã ký kết"; "tại" there places the firm, it does not make A the object of a venue)
_NON_BODY_PARTNER_GAP = re.compile(
    # ("A đã phối hợp với Trường THPT X tổ chức Lễ kết nghĩa": joined by the verb of working together too)
    r"\s*(?:và|cùng(?:\s+với)?|,|(?:(?:đã|vừa)\s+)?phối\s+hợp(?:\s+(?:với|cùng))?)\s+"
    rf"(?=(?:{_NON_AGENCY_PARTNER.pattern}|{_BRAND_NAME.pattern}))"
    rf"{_NON_BODY_NAME}\s+(?:(?:đã|vừa|cũng|cùng|mới|chính\s+thức)\s+)*$",
    re.IGNORECASE,
)
# unnamed partners that organise the act with the subject ("A đã phối hợp với các phòng, ngành, đoàn thể tổ chức Hội
# nghị ký kết ..."): the subject is the one party named, and signs (facts-format: partners left unnamed)
_GENERIC_PARTNERS_ORGANISING_GAP = re.compile(
    r"\s*(?:(?:đã|vừa)\s+)?phối\s+hợp\s+(?:với|cùng)\s+(?:các|những)\s+(?-i:[a-zà-ỹđ][a-zà-ỹđ, ]{1,60}?)\s*"
    r"(?:đồng\s+)?tổ\s+chức\s+(?:hội\s+nghị|lễ|buổi\s+lễ)\s*$",
    re.IGNORECASE,
)
# a member's role in its bloc noted after a dash: "Liên hiệp Hội Hà Nội – Cụm trưởng, Liên hiệp Hội Hải Phòng – Cụm phó",
# "Cục Thống kê tỉnh - đơn vị trưởng khối; Văn phòng UBND tỉnh"
_ROLE_NOTE = re.compile(
    r"^\s*[-–]\s*(?:đơn\s+vị\s+)?(?:(?:Cụm|Khối)\s+(?:trưởng|phó)|(?:Trưởng|Phó)\s+(?:cụm|khối))(?![\w])",
    re.IGNORECASE,
)
UNREAD_ITEM_MAX = 70  # longest list item the grammar did not read as a body

# "Đoàn Trinh sát số 2, BTL Cảnh sát biển và Phòng Tham mưu, BTL Vùng 4 Hải quân": a functional unit
# (a department, a detachment; not a post named by its place, which is listed beside its command), then a
# comma and a command or ministry of the same force, is placed by that parent in apposition; the parent
# is no party of its own.
_UNIT_HEAD = re.compile(
    r"(?:Phòng|Đoàn(?!\s+(?:[Tt]hanh\s+niên|TN|[Cc]hủ\s+tịch))|Tổng\s+cục|Cục|Vụ|Hải\s+đoàn|Hải\s+đội|"
    r"Tiểu\s+đoàn|Trung\s+đoàn|Lữ\s+đoàn|Sư\s+đoàn|Trung\s+tâm|Văn\s+phòng|Cơ\s+quan|"
    r"Ban\s+(?:Tham\s+mưu|Chính\s+trị|Hậu\s+cần|Kỹ\s+thuật))(?![\w])"
)
_PARENT_HEAD = re.compile(
    # (a naval or coast guard region: "Trung tâm Bảo đảm kỹ thuật 354, Vùng 3 Hải quân")
    r"(?:Bộ\s+[Tt]ư\s+lệnh|Bộ\s+Chỉ\s+huy|Bộ(?!\s+(?:Chính\s+trị|đội))|Quân\s+khu|Quân\s+chủng|Vùng(?=\s+(?:\d|Cảnh))|"
    # (and the forces named whole: "Đoàn Trinh sát số 2 Cảnh sát biển Việt Nam")
    r"Binh\s+chủng|Tổng\s+cục|Công\s+an\s+(?:tỉnh|thành\s+phố)|Cảnh\s+sát\s+biển|Bộ\s+đội\s+Biên\s+phòng)(?![\w])"
)
# (or with no comma at all: "Sư đoàn 2 Quân khu 5 và Tỉnh đoàn ký kết"; a short form defined in brackets between:
# "Cục Cửa khẩu Bộ đội Biên phòng (BĐBP), Bộ Quốc phòng")
_APPOSITION_GAP = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s*,\s*|[ ]+")
# "Bộ Nông nghiệp và PTNT - Cục Thú y": a ministry written before its department, after a dash
_MINISTRY = re.compile(r"Bộ\s+(?!Tư\s+lệnh|Chỉ\s+huy|Chính\s+trị|đội)")
# (a board or an institute of a ministry too: "Ban Tôn giáo Chính phủ - Bộ Nội vụ")
_DEPARTMENT_HEAD = re.compile(r"(?:Tổng\s+cục|Cục|Vụ|Ban|Viện)\s")
# (a short form in brackets may stand before the dash: "Cục Cảnh sát QLHC về TTXH (C06) - Bộ Công an")
# "thuộc" (or "trực thuộc") between a body and the one it belongs to
_BELONGS_GAP = re.compile(r"\s+(?:trực\s+)?thuộc\s+", re.IGNORECASE)
_DASH_GAP = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s*[-–]\s*")
# "giữa (các) đơn vị ...", "giữa các ngành: A, B và C": a plural noun of the parties' kind may open the list
_BETWEEN_FILLER = re.compile(
    # "giữa (các / 3 / ba) đơn vị (gồm / là / :) A, B và C"
    rf"[\s,]*(?:(?:các\s+|{lexicon.COUNT_RX}\s+)?"
    r"(?:đơn\s+vị|lực\s+lượng|ngành|cơ\s+quan|bên)(?:\s+(?:gồm|là))?(?:\s*:\s*|\s+))?",
    re.IGNORECASE,
)


# a stray ";" that closes the subject list right before the verb and its adverbs ("A, B; cùng ký kết giao ước")
# (an adverb must follow: "...; ký kết ..." opens a second predicate of the sentence's subject)
_STRAY_SEMICOLON = re.compile(r";(\s*(?:(?:đã|vừa|cũng|cùng)\s+)+)$", re.IGNORECASE)


def _is_subject_gap(gap: str) -> bool:
    """Text between a subject and its signing verb: a few words of predicate ("tổ chức hội nghị
    tổng kết ... và"), with nothing that makes the agency an object of something else."""
    gap = _past_named_parent(gap)
    if _HEADLINE_COLON.match(gap):
        return True  # "Công đoàn Viên chức tỉnh và Sở VH,TT&DL: Ký chương trình phối hợp" (a headline's subject)
    if ";" in gap:
        gap = _STRAY_SEMICOLON.sub(r" \1", gap)
    if _SUBJECT_FILLER.match(gap) or _NON_BODY_PARTNER_GAP.match(gap) or _GENERIC_PARTNERS_ORGANISING_GAP.match(gap):
        return True
    # "A và B tổng kết Chương trình số X giữa hai cơ quan và ký kết ...": the two are the subject itself.
    gap = _BETWEEN_BOTH_SIDES.sub(" ", gap)
    review = _REVIEWED_OBJECT_IN_GAP.search(gap)
    if review:
        gap = gap[: review.start("object")] + _OBJECT_PREPOSITION.sub(" ", review.group("object"))
    return len(gap) <= SUBJECT_GAP_MAX and not _NOT_SUBJECT_GAP.search(gap)


def _past_named_parent(gap: str) -> str:
    """ "Hội đồng dân tộc của QH tổ chức ký kết": "của" and a proper name right after the body name its
    parent (the noun phrase goes on), so the predicate starts after the name."""
    m = _OF_PARENT.match(gap)
    if not m:
        return gap
    pos = m.end()
    named = 0
    for w in _NAME_WORD.finditer(gap, pos):
        if w.start() != pos or not w.group(1)[0].isupper():
            break
        pos, named = w.end(), named + 1
    return gap[pos:] if named else gap


def _gap_without_notes(s: str) -> str:
    """The gap between two mentions without its brackets (nor the bracket that closes a list of members), nor the
    district or province that locates the first ("VKSND huyện Điện Biên, tỉnh Điện Biên và VKSND huyện Đông Anh",
    "UBND xã Vĩnh Thái, huyện Vĩnh Linh và Hội Nông dân tỉnh": the two bodies are listed)."""
    s = _PARENS.sub(" ", s)
    if s.lstrip().startswith(")"):
        # "(A, B, C) và D": the bracket of a group's members closes before the next body
        s = s.lstrip()[1:]
    while "," in s:
        locator = _PLACE_LOCATOR.match(s)
        if not (locator and lexicon.is_place(locator.group("place"))):
            break
        s = " " + s[locator.end() :]
    return s


# ", tỉnh Điện Biên", ", huyện Vĩnh Linh", ", thị xã Quảng Trị": the district or province that locates a body, one
# level after another (", huyện Vĩnh Linh, tỉnh Quảng Trị"); the place must be one the gazetteer knows
_PLACE_LOCATOR = re.compile(
    r"\s*,\s*(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|TX\.?)\s*"
    r"(?P<place>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)(?=\s*(?:,|;|và(?![\w])|$))",
    re.IGNORECASE,
)


# "với" or "giữa" right before a list: its items are the partners of a verb before them
_OBJECT_OPENER = re.compile(r"(?<![\w])(?:với|giữa)\s*$", re.IGNORECASE)
OBJECT_OPENER_WINDOW = 8  # characters before the list's first item: the word and its spaces


def _semicolon_joins(text: str, sep: str, first: AgencyMention) -> bool:
    """Whether a semicolon alone (``sep``) joins the list that opens with ``first``: a list that opens a sentence or
    clause takes its items so ("A; B; C ký kết"); after "với" or "giữa" it ends the partners and opens the next act
    ("A ký với B; C ký với D")."""
    return sep.strip() == ";" and not _OBJECT_OPENER.search(
        text[max(0, first.start - OBJECT_OPENER_WINDOW) : first.start]
    )


def _list_ending_at(text: str, mentions: list[AgencyMention], last: int) -> list[AgencyMention]:
    """The list of bodies joined as one ("A, B và C") that ends with ``mentions[last]``. A body named as a venue opens
    no such list: "tại hội trường UBND xã A, Công an xã A và Ban CHQS xã A ký kết ..." lists the two signers only."""
    k = last
    while (
        k > 0
        and not mentions[k - 1].is_location
        and _joins(_gap_without_notes(text[mentions[k - 1].end : mentions[k].start]), mentions[k - 1], mentions[k])
    ):
        k -= 1
    return mentions[k : last + 1]


def _agency_list(text: str, mentions: list[AgencyMention], first: int) -> tuple[list[AgencyMention], bool]:
    """The list of agencies starting with ``mentions[first]``; True when "với" separates the first from the rest."""
    out = [mentions[first]]
    with_after_first = False
    closed = False  # "và" joined the last item: a comma after it ends the list ("giữa A và B, C ...")
    for k in range(first + 1, len(mentions)):
        sep = _gap_without_notes(text[out[-1].end : mentions[k].start])
        # (but not inside one head spread over places, the last item: "giữa A và Công an các xã X, Y, Z" lists the
        # police of Y and Z too)
        if closed and _COMMA_ONLY.match(sep) and not _within_spread_list(out[-1], mentions[k]):
            break
        closed = closed or bool(_LAST_AND.match(sep))
        if (
            _joins(sep, out[-1], mentions[k])
            or _semicolon_joins(text, sep, mentions[first])
            or _generic_member(sep)
            # (past items the grammar did not read: "giữa KTNN, Cơ quan điều tra và Viện KSNDTC"; a firm there signs
            # alone)
            or (_unread_items(sep) and not _NON_AGENCY_PARTNER.search(sep))
        ):
            out.append(mentions[k])
        elif _SEP_WITH.match(sep) and len(out) == 1:
            with_after_first = True
            out.append(mentions[k])
        else:
            break
    return out, with_after_first


def _joins(sep: str, prev: AgencyMention, nxt: AgencyMention) -> bool:
    """Whether ``sep`` (the text between two mentions, parentheses out) joins them in one list: a list
    separator, a count that opens a counted sub-list ("A và 4 đồn Biên phòng: B, C"), or none at all
    between the bodies one shared head names ("Bộ Chỉ huy BĐBP 3 tỉnh" read as three); a semicolon where a name has
    commas of its own ("với Ban Tuyên giáo và Dân vận Tỉnh ủy; Báo và Phát thanh, truyền hình Phú Thọ")."""
    if sep.strip() == ";" and ("," in prev.text or "," in nxt.text):
        return True
    return nxt.start < prev.end or bool(
        _SEP_JOINT.match(sep) or _SEP_COUNTED.match(sep) or _SEP_GROUP_OPENER.match(sep)
    )


def _within_spread_list(prev: AgencyMention, nxt: AgencyMention) -> bool:
    """Two members of one head spread over a list ("Huyện ủy 3 huyện gồm: A, B và C"): the "và" between
    them closes that inner list, not the list of parties it is one item of ("X và Huyện ủy 3 huyện ...")."""
    head = (nxt.pre + nxt.core).casefold()
    return prev.listed and nxt.listed and prev.core == nxt.core and not nxt.text.casefold().startswith(head)


def _generic_member(sep: str) -> bool:
    """ ", (và) các tổ chức chính trị - xã hội thành phố, ...": an unnamed group of members inside a list
    of named ones (the list goes on past it)."""
    m = _GENERIC_MEMBER_SEP.match(sep)
    return m is not None and not any(ch.isupper() for ch in m.group(1))


def _listed_members(
    text: str, bodies: list[AgencyMention], first: int, semicolons: bool = False
) -> list[AgencyMention]:
    """The bodies of a "gồm" list from ``bodies[first]``: joined as in any list, and past items the
    grammar did not read as bodies (capitalised names between commas: "A, Hội Người mù, B"); with ``semicolons``,
    also by the ";" a list of signers may put between its items ("gồm: A; B; C")."""
    out = [bodies[first]]
    for b in bodies[first + 1 :]:
        if _INSIDE_OPEN_BRACKET.fullmatch(text, out[-1].end, b.start):
            continue  # "Trại giam Xuyên Mộc (Cục 10-Bộ Công an) và Hải đoàn 18": the member's parent, in its brackets
        sep = _ROLE_NOTE.sub("", _gap_without_notes(text[out[-1].end : b.start]), count=1)
        if not (
            _SEP_JOINT.match(sep)
            or _unread_items(sep)
            or (semicolons and (sep.strip() == ";" or _unread_items(sep.replace(";", ","))))
        ):
            break
        out.append(b)
    return out


# from a member's end into the brackets after it, none closed yet
_INSIDE_OPEN_BRACKET = re.compile(r"\s*\([^()\n]{0,30}")


def _unread_items(sep: str) -> bool:
    """ ", Hội Người mù, Hội Văn học nghệ thuật, (và) ", ", Truyền tải điện Ninh Thuận và ": list items named with a
    capital, none read."""
    pieces = sep.split(",")
    last = pieces[-1].strip()
    if last.endswith(" và"):  # the last unread item joined to the next body by "và"
        pieces, last = [*pieces[:-1], last[:-3], "và"], "và"
    if len(pieces) < 3 or pieces[0].strip() or last not in ("", "và"):
        return False
    return all(
        p.strip()[:1].isupper() and len(p) <= UNREAD_ITEM_MAX and not _GROUP_LEAD_STOP.search(p) for p in pieces[1:-1]
    )


# The echelons of the army, lowest first: a unit named with a higher one after it belongs to it.
_ECHELON = re.compile(r"(Tiểu\s+đoàn|Trung\s+đoàn|Lữ\s+đoàn|Sư\s+đoàn|Quân\s+đoàn|Quân\s+khu)(?![\w])")
# (a brigade stands beside the divisions, under a corps or a region: "Lữ đoàn 168, Sư đoàn 10" are two units)
_ECHELON_RANK = {"tiểu đoàn": 1, "trung đoàn": 2, "lữ đoàn": 3, "sư đoàn": 3, "quân đoàn": 4, "quân khu": 4}


def _under_higher_echelon(text: str, unit: AgencyMention, parent: AgencyMention) -> bool:
    """ "Tiểu đoàn Bộ binh 1 - Trung đoàn 6", "Tiểu đoàn 3, Lữ đoàn 229": a unit and the higher echelon it belongs to,
    after a comma, a dash or nothing, are one party, the unit."""
    low, high = _ECHELON.match(unit.canonical), _ECHELON.match(parent.canonical)
    if not (low and high):
        return False
    if _ECHELON_RANK[WS.sub(" ", low.group(1)).lower()] >= _ECHELON_RANK[WS.sub(" ", high.group(1)).lower()]:
        return False
    return bool(
        _APPOSITION_GAP.fullmatch(text, unit.end, parent.start) or _DASH_GAP.fullmatch(text, unit.end, parent.start)
    )


# A comma between two names, a short form in brackets maybe before it
_COMMA_GAP = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s*,\s*")
# What tops a unit's chain of names, above its parent: a ministry, a force's command, a military region ("Cục An ninh
# Cửa khẩu, Tổng cục An ninh, Bộ Công an"); a province's command is a partner of its own after a unit and a comma
_CHAIN_TOP = re.compile(r"(?:Bộ(?!\s+(?:Chỉ\s+huy|Chính\s+trị|đội))|Quân\s+khu|Quân\s+chủng|Binh\s+chủng)(?![\w])")


# Brigades and divisions serve a region, a corps or an arm, never a province's command: "Sở Y tế, Lữ đoàn 168, Bộ Chỉ
# huy Quân sự tỉnh và Tỉnh đoàn" lists the brigade and the command
_ABOVE_A_PROVINCE = re.compile(r"(?:Lữ|Sư)\s+đoàn(?![\w])")
_PROVINCE_COMMAND = re.compile(r"Bộ\s+Chỉ\s+huy\s.*\s(?:tỉnh|thành\s+phố)(?:\s|$)")


# "Đồn Biên phòng Gành Hào, Ban Chỉ huy BĐBP tỉnh Cà Mau", "Công an xã Na Sang, Công an tỉnh Điện Biên", "Ban CHQS
# huyện Mường Tè, Bộ CHQS tỉnh": a post or a lower level's body of a force, then a comma or a dash and the force's
# command of the province, is placed by it (its Party committee too: "Đảng ủy Đồn Biên phòng Chi Ma, BĐBP tỉnh").
# The command of another force after the comma is a partner ("Đồn Biên phòng A, Bộ CHQS tỉnh"), and so is a body of
# the same level ("Công an xã A, Đồn Biên phòng B").
_LOWER_LEVEL = r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|đặc\s+khu)"
# (a post's Party committee or cell of the Front, "Chi đoàn Đồn Biên phòng Mù Cả, BĐBP Lai Châu", is the post's)
_CELL_OF = r"(?:(?:Đảng\s+ủy|Chi\s+bộ|Chi\s+đoàn|Đoàn\s+(?:Thanh\s+niên|cơ\s+sở)|(?:Chi\s+)?[Hh]ội\s+Phụ\s+nữ)\s+)?"
_POSTS_AND_COMMANDS = (
    (
        re.compile(rf"{_CELL_OF}(?:Đồn|Trạm|Hải\s+đội)\s+(?:Biên\s+phòng|BP)(?![\w])"),
        re.compile(r"(?:(?:Bộ|Ban)\s+Chỉ\s+huy\s+)?Bộ\s+đội\s+Biên\s+phòng(?![\w])"),
    ),
    (
        re.compile(rf"(?:Đảng\s+ủy\s+)?Công\s+an\s+{_LOWER_LEVEL}(?![\w])"),
        re.compile(r"Công\s+an\s+(?:tỉnh|thành\s+phố)(?![\w])"),
    ),
    (
        re.compile(
            rf"(?:Đảng\s+ủy\s+(?:Quân\s+sự\s+)?)?Ban\s+Chỉ\s+huy\s+(?:Quân\s+sự\s+{_LOWER_LEVEL}|Phòng\s+thủ\s+khu\s+vực)(?![\w])"
        ),
        re.compile(r"Bộ\s+Chỉ\s+huy\s+Quân\s+sự\s+(?:tỉnh|thành\s+phố)(?![\w])"),
    ),
)


def _post_under_its_command(text: str, unit: AgencyMention, parent: AgencyMention) -> bool:
    """Whether ``parent`` is the province's command of the force whose post or lower body ``unit`` is, after a comma
    or a dash."""
    if not any(post.match(unit.canonical) and command.match(parent.canonical) for post, command in _POSTS_AND_COMMANDS):
        return False
    # (a comma or a dash: with nothing between, "Công an xã A Công an tỉnh" is no page's way of writing it)
    return bool(_COMMA_GAP.fullmatch(text, unit.end, parent.start) or _DASH_GAP.fullmatch(text, unit.end, parent.start))


def _is_parent_of(text: str, unit: AgencyMention, parent: AgencyMention) -> bool:
    """Whether ``parent`` may be the command or higher echelon ``unit`` belongs to, by their names and the gap."""
    return (
        (
            # (a youth union or another cell of the Front inside a command is the command's: "Đoàn cơ sở Hải đoàn 21, Bộ
            # Tư lệnh Vùng Cảnh sát biển 2")
            unit.sector in (parent.sector, "front")
            and _UNIT_HEAD.match(unit.canonical) is not None
            and _PARENT_HEAD.match(parent.canonical) is not None
            and not (_ABOVE_A_PROVINCE.match(unit.canonical) and _PROVINCE_COMMAND.match(parent.canonical))
            # (or after a dash: "Trung tâm Bảo đảm kỹ thuật 354 - Vùng 3 Hải Quân")
            and bool(
                _APPOSITION_GAP.fullmatch(text, unit.end, parent.start)
                or _DASH_GAP.fullmatch(text, unit.end, parent.start)
            )
        )
        or _under_higher_echelon(text, unit, parent)
        or _post_under_its_command(text, unit, parent)
    )


def _listed_by_commas(text: str, unit: AgencyMention, parent: AgencyMention, after: AgencyMention | None) -> bool:
    """Whether the comma between ``unit`` and ``parent`` is one of a list's ("Hội Cựu chiến binh tỉnh cùng Trung đoàn
    95, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Sư đoàn 10 tổ chức": three partners, not a regiment of the border guard):
    a comma after the parent too, and a name that does not top the unit's chain ("Tiểu đoàn 3, Lữ đoàn 229, Quân khu
    3", "Cục An ninh Cửa khẩu, Tổng cục An ninh, Bộ Công an" are one unit each). (A comma before the unit tells
    nothing: "Kho KT 789, Trung tâm Bảo đảm kỹ thuật 354, Vùng 3 Hải quân và ..." lists a centre with its region.)"""
    if not _COMMA_GAP.fullmatch(text, unit.end, parent.start):
        return False  # (a dash or nothing between: apposition, list or not)
    return (
        after is not None
        and _COMMA_GAP.fullmatch(text, parent.end, after.start) is not None
        and not _is_parent_of(text, parent, after)
        and not (after.sector == parent.sector and _CHAIN_TOP.match(after.canonical))
    )


def _fold_parents_in_apposition(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The sentence's party mentions with each parent in apposition folded into the unit before it
    ("Phòng Tham mưu, BTL Vùng 4 Hải quân" is one party, the unit, spanning both names; not in a list whose names
    commas part), and a ministry written before or after its department, with a dash between, folded into the
    department ("Bộ NN&PTNT - Cục Thú y", "Cục Quản lý khám, chữa bệnh - Bộ Y tế")."""
    out: list[AgencyMention] = []
    for i, a in enumerate(mentions):
        unit = out[-1] if out else None
        if (
            unit is not None
            and _is_parent_of(text, unit, a)
            and not _listed_by_commas(text, unit, a, mentions[i + 1] if i + 1 < len(mentions) else None)
        ):
            out[-1] = replace(unit, end=a.end)
            continue
        before = out[-1] if out else None
        if before is not None and _BELONGS_GAP.fullmatch(text, before.end, a.start):
            # "Cục Quản lý dược thuộc Bộ Y tế và Cục CSĐT ... thuộc Bộ Công an": the body it belongs to, no party
            out[-1] = replace(before, end=a.end)
            continue
        if before is not None and _DASH_GAP.fullmatch(text, before.end, a.start):
            # "Bộ NN&PTNT - Cục Thú y", "Cục Quản lý khám, chữa bệnh - Bộ Y tế": the department, with its ministry
            # written before or after it
            if _MINISTRY.match(before.canonical) and _DEPARTMENT_HEAD.match(a.canonical):
                out[-1] = replace(a, start=before.start)
                continue
            if _DEPARTMENT_HEAD.match(before.canonical) and _MINISTRY.match(a.canonical):
                out[-1] = replace(before, end=a.end)
                continue
        out.append(a)
    return out


def _mention_at(mentions: list[AgencyMention], pos: int) -> int | None:
    """The index of the mention that starts at ``pos``, or None."""
    return next((i for i, a in enumerate(mentions) if a.start == pos), None)


def _first_after_between(text: str, after: list[AgencyMention], g_pos: int) -> int | None:
    """Index in ``after`` of the body right after "giữa" (a word "đơn vị" may come first)."""
    return next(
        (i for i, a in enumerate(after) if a.start >= g_pos and _BETWEEN_FILLER.fullmatch(text, g_pos, a.start)), None
    )
