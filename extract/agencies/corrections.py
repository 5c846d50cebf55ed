"""Mentions corrected after the read: commanders' commands, other names in brackets, names cut by an ellipsis, full
and short names in lists, ministries' departments, bare and generic mentions dropped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from phoihop.extract import lexicon
from phoihop.extract.agencies.canonical import canonical_name
from phoihop.extract.agencies.mention import AgencyMention, _gap
from phoihop.extract.agencies.name_grammar import _head_info
from phoihop.extract.agencies.patterns import _BARE_LEVEL, _CLOSE_BRACKET, _NEEDS_LEVEL, _OPEN_BRACKET
from phoihop.extract.agencies.shared_levels import _LIST_SEP
from phoihop.text import WS as _WS

# "Trung tướng A, Tư lệnh Bộ đội Biên phòng": a commander's or a commissar's title names the force he commands, whose
# body is its command ("Bộ Tư lệnh Bộ đội Biên phòng"), the party he signs for; the force itself is no body
_COMMANDER_BEFORE = re.compile(r"(?<![\w])(?:Phó\s+)?(?:Tư\s+lệnh|Chính\s+ủy)\s+$", re.IGNORECASE)
_COMMANDED_FORCE = re.compile(r"(?:Bộ\s+đội\s+Biên\s+phòng|BĐBP|Cảnh\s+sát\s+biển(?:\s+Việt\s+Nam)?)", re.IGNORECASE)
COMMANDER_WINDOW = 16


def _name_commands_of_commanders(text: str, found: list[AgencyMention], extra) -> None:
    for a in found:
        if a.pre or a.att or not _COMMANDED_FORCE.fullmatch(a.core):
            continue
        if _COMMANDER_BEFORE.search(text, max(0, a.start - COMMANDER_WINDOW), a.start):
            a.core = "Bộ Tư lệnh " + a.core
            a.canonical = canonical_name(a.core, extra)
            a.core_role = "standalone"


def _drop_other_names_in_brackets(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """ "Đồn Biên phòng Chi Ma (Đồn Biên phòng 41)": a body's other name in brackets right after it, with the same
    head, is that body, not a second one."""
    dropped = set()
    for a, b in itertools.pairwise(found):
        if (
            _OPEN_BRACKET.fullmatch(text, a.end, b.start)
            and _CLOSE_BRACKET.match(text, b.end)
            and a.canonical.split()[:2] == b.canonical.split()[:2]
        ):
            dropped.add(id(b))
    return [a for a in found if id(a) not in dropped] if dropped else found


# List separators between partners, with the ";" of a list of bodies that have commas in their names.
_LISTED_PARTNERS = re.compile(r"^\s*(?:,|;|và|,\s*và|[-–])\s*$")
# A body's full name ("Tòa án nhân dân", "Viện Kiểm sát nhân dân", "Bộ Chỉ huy Quân sự", or its initials "TAND",
# "Bộ CHQS"), not a short name ("Tòa án", "Viện Kiểm sát") nor a force ("Công an").
_SPELLED_OUT_WORDS = 4


def _keep_full_names_listed_with_bodies(run: list[AgencyMention]) -> None:
    """ "phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân, Sở Tư pháp": a body written by its full name
    without a level ("Tòa án nhân dân", not the force "Công an"), listed with a body complete without one, is
    the specific body of the place the article is about, as its list neighbour is; so it is after a body named
    with its level ("Công an tỉnh, Tòa án nhân dân và ..."), whose level is not shared backwards. ``run``: one run
    of listed mentions (see _partner_runs)."""
    if len(run) >= 2 and any(_complete_without_level(a) or a.has_level for a in run):
        for a in run:
            # (counted in the name's words spelled out: "Bộ CHQS", "BĐBP" are written short, not by a short name)
            if not a.has_level and len(canonical_name(a.core).split()) >= _SPELLED_OUT_WORDS and not a.in_title:
                a.has_level = True


# "Ủy ban MTTQ Việt Nam huyện Chiêm…": a page's excerpt cut inside a name; the whole name stands elsewhere.
_ELLIPSIS_AFTER = re.compile(r"\s*(?:…|\.\.\.)")


def _drop_names_cut_by_an_ellipsis(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """``found`` without the mentions an ellipsis cuts whose name another mention gives in full."""
    if "…" not in text and "..." not in text:
        return found  # most pages have none
    names = {a.canonical for a in found}
    return [
        a
        for a in found
        if not (
            _ELLIPSIS_AFTER.match(text, a.end)
            and any(n.startswith(a.canonical + " ") for n in names if n != a.canonical)
        )
    ]


def _partner_runs(text: str, found: list[AgencyMention]) -> Iterator[list[AgencyMention]]:
    """``found`` cut into runs of mentions that list separators join ("A, B và C"), in order."""
    i = 0
    while i < len(found):
        j = i
        while (
            j + 1 < len(found) and found[j + 1].start >= found[j].end and _LISTED_PARTNERS.match(_gap(text, found, j))
        ):
            j += 1
        yield found[i : j + 1]
        i = j + 1


# An inter-agency list names at least this many different bodies.
_INTER_AGENCY_MEMBERS = 3
# The people or the forces of the bodies listed after them, not the bodies acting ("lực lượng Công an, Quân sự").
# A list after "như" gives examples of a kind ("các cơ quan như: Công an, Tòa án, ..."), not actors.
# ("giữa lực lượng là Công an, Quân sự và Biên phòng": the forces introduced by "là" or "gồm")
_FORCES_BEFORE = re.compile(
    r"(?<![\w])(?:lực\s+lượng(?:\s+(?:là|gồm))?|cán\s+bộ|chiến\s+sĩ|ngành\s+dọc|như|chẳng\s+hạn)\s*:?\s*$",
    re.IGNORECASE,
)


def _keep_short_forms_in_inter_agency_lists(text: str, run: list[AgencyMention]) -> None:
    """ "Viện kiểm sát, Công an, Tòa án, Chi cục Thuế, Đội Quản lý thị trường số 2 đã ký kết": in a list of three or
    more different bodies, a body's short form without a level ("Công an", "Tòa án") is the body of the place the
    article is about, one of the list's actors, not the force or the branch in general (which is not listed with
    other bodies one by one)."""
    if len(run) < _INTER_AGENCY_MEMBERS:
        return
    cores = {_WS.sub(" ", a.core).casefold() for a in run}
    if (
        len(cores) >= _INTER_AGENCY_MEMBERS
        and not any(a.in_title for a in run)
        and not _FORCES_BEFORE.search(text, max(0, run[0].start - 16), run[0].start)
    ):
        for a in run:
            a.has_level = True


def _complete_without_level(a: AgencyMention) -> bool:
    """A department or another body that is specific without a level word ("Sở Nông nghiệp và Môi trường")."""
    core = _WS.sub(" ", a.core)
    return not a.att and not a.pre and a.core_role == "body" and not a.listed and not _NEEDS_LEVEL.fullmatch(core)


# The organisations kept inside a body (its Party committee or cell, its youth, women's or veterans' branch, its
# union): before the body's full name they name one specific organisation even where the body has no level word,
# as "Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng" is the committee of the command the article is about.
_ORGANISATION_UNIT = re.compile(
    r"(?:Đảng\s+ủy|Chi\s+bộ|Chi\s+đoàn|Đoàn\s+(?:Thanh\s+niên|TN|TNCS)|Hội\s+(?:Phụ\s+nữ|LHPN|Cựu\s+chiến\s+binh|CCB)|"
    r"Công\s+đoàn)(?![\w])",
    re.IGNORECASE,
)
# A full name has three or more words ("Bộ Chỉ huy Quân sự", "Tòa án nhân dân"); "Công an" alone is the force.
_FULL_BODY_WORDS = 3


def _organisation_of_named_body(pre: str, core: str) -> bool:
    """Whether ``pre`` opens with an organisation kept inside a body and ``core`` is that body's full name."""
    return bool(_ORGANISATION_UNIT.match(pre)) and len(core.split()) >= _FULL_BODY_WORDS


# "Cục Xây dựng phong trào ... - Bộ Công an", "Vụ Tổ chức cán bộ thuộc Bộ Quốc phòng", "Cục Đối ngoại (Bộ Công an)": a
# department and its ministry.
_DEPARTMENT = re.compile(r"(?:Tổng\s+cục|Cục|Vụ)\s", re.IGNORECASE)
_OF_MINISTRY = re.compile(r"\s*(?:-|–|,|\()?\s*(?:(?:thuộc|của)\s+)?$")
# The central bodies of the Party, the forces and the Front whose departments and boards are named with them ("Vụ Tổng
# hợp (Ủy ban Kiểm tra Trung ương)", "Ban Dân tộc - Tôn giáo (Hội LHPN Việt Nam)", "Cục Công tác đảng và công tác chính
# trị, Tổng cục Chính trị")
_CENTRAL_PARENT = re.compile(
    r".*(?:Trung\s+ương|Việt\s+Nam)$|Tổng\s+cục\s+Chính\s+trị|Tổng\s+Liên\s+đoàn", re.IGNORECASE
)
_CENTRAL_UNIT = re.compile(r"(?:Tổng\s+cục|Cục|Vụ|Ban)\s", re.IGNORECASE)
# A department named after the force it belongs to ("Tổng cục Xây dựng lực lượng Công an nhân dân", "Vụ Pháp chế Bộ
# Quốc phòng")
_FORCE_ENDING = (
    (re.compile(r"(?:Bộ\s+Công\s+an|Công\s+an\s+nhân\s+dân(?:\s+Việt\s+Nam)?)$", re.IGNORECASE), "police"),
    (re.compile(r"(?:Bộ\s+Quốc\s+phòng|Quân\s+đội\s+nhân\s+dân(?:\s+Việt\s+Nam)?)$", re.IGNORECASE), "military"),
)


_COMMAND_OPENING = re.compile(r"Bộ\s+(?:Tư\s+lệnh|Chỉ\s+huy|CHQS|CH\s|đội)")


def _departments_take_ministry_sector(text: str, found: list[AgencyMention]) -> None:
    """A ministry's department named with its ministry right after it (after a dash, "thuộc" or "của") is in the
    ministry's sector: a department of the Ministry of Public Security is a police body; so is a department or a board
    of a central body of the Party, the forces or the Front, and a department named after its force."""
    for dept, ministry in itertools.pairwise(found):
        if ministry.start < dept.end or not _OF_MINISTRY.fullmatch(text, dept.end, ministry.start):
            continue
        if (
            _DEPARTMENT.match(dept.text)
            and ministry.core_role == "standalone"
            and ministry.text.startswith("Bộ ")
            # (a command is no ministry: "Tổng cục Hải quan, Bộ Tư lệnh BĐBP và ..." lists bodies)
            and not _COMMAND_OPENING.match(ministry.text)
        ) or (
            _CENTRAL_UNIT.match(dept.text)
            # (not a central body listed before another: "Ban Dân vận Trung ương, Mặt trận Tổ quốc Việt Nam")
            and not _CENTRAL_PARENT.match(dept.canonical)
            and ministry.sector != "state"
            and _CENTRAL_PARENT.match(ministry.canonical)
        ):
            dept.sector = ministry.sector
    for a in found:
        if a.sector == "state" and _DEPARTMENT.match(a.canonical):
            a.sector = next((sector for rx, sector in _FORCE_ENDING if rx.search(a.canonical)), a.sector)


def _ministry_units_take_its_sector(found: list[AgencyMention]) -> None:
    """A State unit of the Ministry of Defence or of Public Security named with it ("Thanh tra Bộ Quốc phòng",
    "Văn phòng Bộ Công an") is in the ministry's sector, as the ministry's departments are."""
    for a in found:
        if a.pre and a.sector == "state" and a.core.startswith("Bộ "):
            ministry_sector = _head_info(_WS.sub(" ", a.core))[0]
            if ministry_sector in ("military", "police"):
                a.sector = ministry_sector


# "Đảng bộ Công an tỉnh", "Đảng bộ Quân sự tỉnh", "Ban Chấp hành Đảng bộ Công an tỉnh": the Party organisation of a body
# (its congress, its elected committee), neither the body itself nor a ministry read from "bộ Công an"
_PARTY_ORGANISATION_BEFORE = re.compile(r"(?<![\w])Đảng\s+(?:bộ\s+)?$")
_PARTY_ORGANISATION_HEAD = re.compile(r"Ban\s+Chấp\s+hành\s+Đảng\s+bộ$")


def _named_as_its_party_organisation(text: str, a: AgencyMention) -> bool:
    """Whether ``a`` is a body named only as the Party organisation it holds ("Đại hội Đảng bộ Công an tỉnh")."""
    before = _PARTY_ORGANISATION_BEFORE.search(text, max(0, a.start - 10), a.start)
    if before and (a.text.startswith("bộ") or (before.group(0).rstrip().endswith("bộ") and a.text[:1].isupper())):
        return True  # (not "Đảng bộ tỉnh Vĩnh Phúc", the province's own: its committee)
    # (the elected committee of a body's Party organisation, named with the body after it)
    return (
        bool(_PARTY_ORGANISATION_HEAD.fullmatch(_WS.sub(" ", a.text))) and text[a.end : a.end + 2].strip()[:1].isupper()
    )


# "Ban Dân vận các huyện ủy, thị ủy", "Ủy ban Kiểm tra các đảng ủy xã": a unit of every committee of a kind, no body
_PLURAL_BEFORE_COMMITTEE = re.compile(r"(?<![\w])(?:các|những)\s+$")


# "chính sách BHYT, BHXH", "đóng BHXH tự nguyện", "thẻ BHYT": the insurance itself, no insurer's office
_INSURANCE_AS_A_THING_BEFORE = re.compile(
    r"(?<![\w])(?:chính\s+sách|chế\s+độ|thẻ|sổ|quỹ|luật|đóng|tham\s+gia|hưởng)\s+(?:(?-i:BHYT|BHXH|BHTN)\s*,\s*)?$",
    re.IGNORECASE,
)
_INSURANCE = re.compile(r"(?-i:BHXH|BHYT)|Bảo\s+hiểm\s+(?:xã\s+hội|y\s+tế)", re.IGNORECASE)
INSURANCE_WINDOW = 24


def _insurance_named_as_a_thing(text: str, a: AgencyMention) -> bool:
    """Whether ``a`` is the social insurance named as the thing paid or covered, not as its office (no level, a word
    of paying or of policy before it)."""
    return (
        not a.att
        and bool(_INSURANCE.fullmatch(_WS.sub(" ", a.text)))
        and bool(_INSURANCE_AS_A_THING_BEFORE.search(text, max(0, a.start - INSURANCE_WINDOW), a.start))
    )


def _unit_of_plural_committees(a: AgencyMention) -> bool:
    """Whether ``a`` is a unit named for every committee of a kind, in lower case and with no place."""
    return bool(
        _PLURAL_BEFORE_COMMITTEE.search(a.pre)
        and a.core[:1].islower()
        and (not a.att or _BARE_LEVEL.fullmatch(a.att.strip()))
    )


# "theo Luật Hoạt động giám sát của Quốc hội và HĐND", "Luật Tổ chức Quốc hội": a body named inside a law's name (no
# comma or stop between; not "Luật sư", "Luật gia": the lawyers' bodies)
_LAW_NAME_BEFORE = re.compile(r"(?<![\w])Luật\s+(?!sư|gia)(?-i:[A-ZĐ])[^,.;:()\n]{0,60}$")
# (a law's name ends at its year, at a verb or where other texts are named after it: "Luật Doanh nghiệp năm 2013 và các
# quy định của Chính phủ", "Luật ... được Quốc hội thông qua")
_AFTER_LAW_NAME = re.compile(r"(?<![\w])(?:\d{4}|được|đã|các|những|theo|do|với|quy\s+định|nghị\s+định)(?![\w])")


def _named_in_a_law(text: str, a: AgencyMention) -> bool:
    """Whether ``a`` is a body a law's name holds."""
    law = _LAW_NAME_BEFORE.search(text, max(0, a.start - 70), a.start)
    return law is not None and not _AFTER_LAW_NAME.search(text, law.start(), a.start)


# (round s36) A body's name inside the name of a fund, a prize or an award is a word of that name, no body that acts:
# "hỗ trợ từ Quỹ Xã hội Công đoàn tỉnh" (the provincial labour federation's fund), "Kỷ niệm chương Vì sự nghiệp Mặt trận
# Tổ quốc Việt Nam". The name opens with its kind and a capital and runs on, in one to six words, to the body; a level
# word ends the fund's own name and a verb or a joining word its clause, so the body after them stays ("Quỹ Vì người
# nghèo tỉnh hỗ trợ Hội Nông dân huyện", "Quỹ Bảo trợ trẻ em và Hội Chữ thập đỏ"). Case-sensitive: "Hỗ trợ", "Xã hội"
# in capitals are words of a fund's name.
_NAMED_THING_KIND = r"(?:Quỹ|Giải\s+thưởng|Kỷ\s+niệm\s+chương|Huy\s+chương|Huy\s+hiệu)"
_NAMED_THING_WORD_STOP = (
    r"(?:tỉnh|thành|huyện|quận|thị|xã|phường|của|do|và|với|cùng|cho|tại|từ|đã|đang|sẽ|vừa|được|trao|tặng|hỗ|phối|ủng"
    r"|năm|các|là|có)(?![\w])"
)
_NAMED_THING_BEFORE = re.compile(
    rf"(?<![\w]){_NAMED_THING_KIND}\s+(?=[“\"]?{lexicon.UPPER_CLASS})"
    rf"(?:(?!{_NAMED_THING_WORD_STOP})[“\"]?[^\W\d_]+[”\"]?\s+){{1,6}}$"
)
_NAMED_THING_CUE = re.compile(_NAMED_THING_KIND)
NAMED_THING_WINDOW = 80


def _named_in_a_fund_or_an_award(text: str, a: AgencyMention) -> bool:
    """Whether ``a`` is a body the name of a fund, a prize or an award holds ("Quỹ Xã hội Công đoàn tỉnh")."""
    return _NAMED_THING_BEFORE.search(text, max(0, a.start - NAMED_THING_WINDOW), a.start) is not None


# (round s34) A body inside the quoted title of a project, a programme, a plan or a campaign is a word of that title, no
# body the page reports on ('Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam"', 'Cuộc vận động "Toàn dân
# đoàn kết xây dựng nông thôn mới, đô thị văn minh"'): an open quote after the text's kind, and no close before the body
_QUOTED_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:[ĐđDd](?:ề|ự)\s+án|[Cc]hương\s+trình|[Kk]ế\s+hoạch|[Cc]uộc\s+vận\s+động|[Pp]hong\s+trào|[Cc]huyên\s+đề)"
    r"(?:\s+[^\W\d_]+){0,3}?\s*[\"“][^\"”\n]{0,120}$"
)
_QUOTED_TITLE_CUE = re.compile(r"[\"“]")
_QUOTE_CLOSES_AFTER = re.compile(r"[^\"”\n]{0,120}[\"”]")


def _named_in_a_quoted_title(text: str, a: AgencyMention) -> bool:
    """Whether ``a`` is a body the quoted title of a text or a campaign holds, its quote still open after it."""
    # (the anchored match of the closing quote first: most mentions have none after them, and the search for the
    # title before tries every place of its window)
    if not _QUOTE_CLOSES_AFTER.match(text, a.end):
        return False
    return _QUOTED_TITLE_BEFORE.search(text, max(0, a.start - 160), a.start) is not None


# "Đồn Biên phòng cùng Hội LHPN huyện": the force's name inside a post's unnamed head is no force of the level after it
_POST_HEAD_BEFORE = re.compile(r"(?<![\w])(?:Đồn|Trạm|Đội)\s+$")


def _force_inside_a_post(text: str, a: AgencyMention) -> bool:
    """Whether ``a`` is the border guard read from an unnamed post's head ("Đồn Biên phòng" alone, a
    back-reference)."""
    return a.text.startswith("Biên phòng") and bool(_POST_HEAD_BEFORE.search(text, max(0, a.start - 6), a.start))


def _bare_needing_a_level(a: AgencyMention) -> bool:
    """Whether ``a`` is a bare mention of a body that needs a level ("lực lượng Công an", "Hội thẩm Tòa án nhân
    dân")."""
    return not a.has_level and bool(_NEEDS_LEVEL.fullmatch(_WS.sub(" ", a.core or a.text)))


# (also in lower case: "huyện ủy"; and the Youth Union's: "Huyện Đoàn, Thành Đoàn, Thị Đoàn và ... các huyện, thị xã")
_LOCAL_COMMITTEES = re.compile(r"(?:[Đđ]ảng|[Hh]uyện|[Tt]hành|[Qq]uận|[Tt]hị)\s+(?:ủy|[Đđ]oàn)")


def _drop_generic_list_members(text: str, found: list[AgencyMention], generic_starts: list[int]) -> list[AgencyMention]:
    """ "Huyện ủy, Thành ủy, UBND các huyện, thành phố", "Đoàn Thanh niên và Hội CCB cấp cơ sở": bare local committee
    words and bare mass organisations listed before a category are that category's members too, and no specific
    body."""
    drop: set[int] = set()
    for start in generic_starts:
        pos = start
        for i in range(len(found) - 1, -1, -1):
            a = found[i]
            if a.end > pos:
                continue
            bare = _LOCAL_COMMITTEES.fullmatch(a.core) or (a.sector == "front" and a.core_role == "body" and not a.pre)
            if not (_LIST_SEP.match(text[a.end : pos]) and not a.att and bare):
                break
            drop.add(i)
            pos = a.start
    return [a for i, a in enumerate(found) if i not in drop]


def drop_what_names_no_body(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """``found`` without the mentions that name no body: names an ellipsis cut where another mention gives them whole
    (read against the others, first), then, in one pass, bare heads that need a level, units of every committee of a
    kind, the insurance paid, a force read from a post's head, bodies inside a law's name, a fund's or an award's name or
    a quoted title, bodies named only as their Party organisation (the last four looked for only where "Luật ", a
    fund's or an award's kind, a quote or "Đảng" is printed)."""
    found = _drop_names_cut_by_an_ellipsis(text, found)
    in_a_law = "Luật " in text
    named_things = bool(_NAMED_THING_CUE.search(text))
    party = "Đảng" in text
    quoted = bool(_QUOTED_TITLE_CUE.search(text))
    return [
        a
        for a in found
        if not (
            _bare_needing_a_level(a)
            or _unit_of_plural_committees(a)
            or _insurance_named_as_a_thing(text, a)
            or _force_inside_a_post(text, a)
            or (in_a_law and _named_in_a_law(text, a))
            or (named_things and _named_in_a_fund_or_an_award(text, a))
            or (quoted and _named_in_a_quoted_title(text, a))
            or (party and _named_as_its_party_organisation(text, a))
        )
    ]
