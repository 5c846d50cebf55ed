"""One article's scan (``_SigningScan``, ``_Sentence``) and the groups of members it lists (bodies listed under a
counted kind, a bloc's members).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention
from phoihop.extract.dates import DateMention, PeriodMention, span_dates
from phoihop.extract.documents import DocMention
from phoihop.extract.relations.mention_lists import _fold_parents_in_apposition, _gap_without_notes, _listed_members
from phoihop.extract.relations.patterns import _BLOC, _COMMA_ONLY, _GROUP_LEAD_STOP, _KIND_WORD, _LAST_AND
from phoihop.text import clause_start
from phoihop.text import unique as _unique

# "07 sở, ngành là thành viên thuộc khối gồm: ...", "các đơn vị trong khối: A, B": the bloc named in lower case by its
# members' tie to it
# ("đại diện lãnh đạo của đơn vị thành viên gồm: A, B": the members named as such right before their list)
_MEMBERS_OF_A_BLOC_LEAD = re.compile(
    r"(?<![\w])(?:thành\s+viên|đơn\s+vị|cơ\s+quan)\s+(?:thuộc|của|trong)\s+(?:khối|cụm)(?![\w])"
    r"|(?<![\w])(?:đơn\s+vị|cơ\s+quan)\s+thành\s+viên\s*,?\s*$",
    re.IGNORECASE,
)

# "08/08 Hội trong khối thi đua số 3, gồm", "Khối thi đua các tổ chức hội do Đảng, Nhà nước giao nhiệm vụ tỉnh Phú
# Thọ có 14 tổ chức hội cấp tỉnh, bao gồm các Hội: ...", "Đoàn thanh niên cụm này bao gồm 8 tỉnh, thành: ...": an
# emulation bloc named in lower case, at the head of a clause longer than the counted kind's window, or again
_EMULATION_BLOC = re.compile(r"(?<![\w])(?:khối|cụm)\s+(?:thi\s+đua|này)(?![\w])", re.IGNORECASE)
BLOC_LEAD_WINDOW = 250  # before "gồm" / ":": the clause that may name the bloc
# "Khối thi đua các cơ quan Trung ương ... tổ chức Hội nghị ký kết giao ước thi đua năm 2018. Tham dự Hội nghị có lãnh
# đạo các đơn vị: A, B, C": a bloc's members named as the leaders who attend, right after its pact's sentence
_ATTENDING_MEMBERS_LEAD = re.compile(
    r"(?<![\w])(?:lãnh\s+đạo|đại\s+diện)\s+(?:của\s+)?các\s+(?:đơn\s+vị|cơ\s+quan|sở\s*,\s*ngành|sở|ngành|thành\s+viên)"
    r"(?:\s+[^\W\d_]+){0,3}\s*$",
    re.IGNORECASE,
)
_BLOC_PACT = re.compile(r"(?<![\w])(?:khối|cụm)\s+thi\s+đua[^.;\n]{0,200}?(?<![\w])giao\s+ước(?![\w])", re.IGNORECASE)
PACT_BEFORE_WINDOW = 400  # before an attendance list's clause: the bloc's pact

# A group of bodies that the article lists under a counted kind or a bloc: "12 đơn vị quân đội, gồm: A, B",
# "Khối thi đua 8 có 12 hội thành viên gồm A, B", "4 đồn Biên phòng: A, B". A plural reference to that
# kind elsewhere ("các đơn vị quân đội", "các thành viên") stands for the listed members.
# "(bao) gồm" or ":"; it opens with its first character so the engine skips to the next b, g or colon in C (a
# pattern that opens with a look-behind is tried at every character); "(?<=[gG])(?<![\w].)ồm" is "(?<![\w])gồm".
_GROUP_OPEN = re.compile(
    r"(?-i:[bBgG:])(?:(?<=:)|(?<=[bB])(?<![\w].)ao\s+gồm(?![\w])\s*:?|(?<=[gG])(?<![\w].)ồm(?![\w])\s*:?)",
    re.IGNORECASE,
)
GROUP_LEAD_WINDOW = 100  # before "gồm" / ":": the counted kind (or the bloc) the list is of
_GROUP_COUNT_KIND = re.compile(
    rf"(?<![\w]){lexicon.COUNT_RX}\s+"
    r"((?:[^\W\d_]+[\s,]+){0,4}[^\W\d_]+)",
    re.IGNORECASE,
)
# "Đảng ủy 5 xã, phường" after "Đảng ủy 5 xã, phường biên giới gồm A, B, ...": a counted reference to the group
_COUNTED_REF = re.compile(
    rf"(?:[^\W\d_]+\s+){{0,3}}?({lexicon.COUNT_RX})\s+"
    r"((?:[^\W\d_]+[\s,]+){0,3}[^\W\d_]+)",
    re.IGNORECASE,
)
# "A giữ vai trò trưởng khối, B làm phó khối", "do A làm Khối trưởng": the bloc's named members
# ("A được Bộ X phân công làm đơn vị Cụm trưởng Cụm thi đua số 7": the role may be assigned)
# ("Sở Tư pháp Bắc Giang – đơn vị Phó trưởng Khu vực thi đua": the role set off by a dash; a bloc called an area;
# "đơn vị Sở Tư pháp tỉnh là Phó trưởng Khối")
_BLOC_ROLE_WORDS = (
    r"(?:(?:trưởng|phó(?:\s+trưởng)?)\s+(?:khối|cụm|khu\s+vực\s+thi\s+đua)|(?:khối|cụm)\s+(?:trưởng|phó))(?![\w])"
)
_BLOC_ROLE = re.compile(
    r"\s*(?:(?:được\s+(?:[^\W\d_]+\s+){0,5}?(?:phân\s+công|giao|bầu|chọn)\s+)?"
    r"(?:giữ\s+vai\s+trò|làm|là)\s+|[-–]\s*)(?:đơn\s+vị\s+)?" + _BLOC_ROLE_WORDS,
    re.IGNORECASE,
)
# ... or the role before the body: "đại diện Trưởng khối là A và Phó khối là B", "Trưởng khối (A) và Phó khối (B)",
# "Đơn vị Cụm trưởng là A"
_BLOC_ROLE_BEFORE = re.compile(
    r"(?<![\w])(?:đơn\s+vị\s+)?" + _BLOC_ROLE_WORDS + r"\s*(?:là\s+|\(\s*|:\s*)$", re.IGNORECASE
)
BLOC_ROLE_WINDOW = 30


@dataclass
class _Group:
    """Bodies listed under a counted kind or a bloc ("12 đơn vị quân đội, gồm: A, B, ...")."""

    start: int  # start of the lead (the text before "gồm" / ":" in its clause)
    end: int  # end of the last member
    kind: list[str]  # lower-case words after the count ("đơn vị quân đội"); empty when none is printed
    count: int | None  # the number printed before the kind
    bloc: bool  # the lead names an emulation bloc ("Khối thi đua 8 có 12 hội thành viên gồm")
    keys: list[str]
    names: list[str] = field(default_factory=list)  # the members' names, as read


# between the last member a count names and a body after it: "và (đại diện | lãnh đạo)", a body that attends
_ATTENDING_TOO = re.compile(r"[\s,]*(?:và|cùng)\s+(?:các\s+)?(?:đại\s+diện|lãnh\s+đạo)\s+", re.IGNORECASE)


def _member_groups(text: str, agencies: list[AgencyMention], key_of) -> list[_Group]:
    """The lists of two or more bodies that open right after "gồm" or a colon whose lead, in the same
    clause, counts them ("12 đơn vị quân đội, gồm:") or names an emulation bloc."""
    bodies = [a for a in agencies if not a.in_title and not a.is_location]
    starts = [a.start for a in bodies]
    groups = []
    for m in _group_openings(text):
        k = _first_listed(text, bodies, starts, m)
        if k is None:
            continue
        lead_from = clause_start(text, m.start(), GROUP_LEAD_WINDOW, _GROUP_LEAD_STOP)
        lead = text[lead_from : m.start()]
        counts = list(_GROUP_COUNT_KIND.finditer(lead))
        bloc = bool(
            _BLOC.search(lead)
            or _MEMBERS_OF_A_BLOC_LEAD.search(lead)
            or _EMULATION_BLOC.search(
                text, clause_start(text, m.start(), BLOC_LEAD_WINDOW, _GROUP_LEAD_STOP), m.start()
            )
            or (
                _ATTENDING_MEMBERS_LEAD.search(lead)
                and _BLOC_PACT.search(text, max(0, lead_from - PACT_BEFORE_WINDOW), lead_from)
            )
        )
        if not counts and not bloc:
            continue
        # ("... thuộc khối gồm: Sở A; Đài B; Sở C": a list opened by a colon may separate its items by semicolons)
        semicolons = m.group(0)[-1:] == "(" or ":" in m.group(0)
        members = _without_last_members_parent(text, _listed_members(text, bodies, k, semicolons=semicolons))
        count = lexicon.count_value(counts[-1].group(0).split()[0]) if counts else None
        if count and len(members) > count and _ATTENDING_TOO.match(text, members[count - 1].end, members[count].start):
            # "09 đơn vị trong Khối: A, ..., I và đại diện Ban Thi đua khen thưởng tỉnh": the count's members, and a
            # body that attends with them
            members = members[:count]
        keys = _unique([key_of(a) for a in members])
        if len(keys) >= 2:
            kind = _KIND_WORD.findall(counts[-1].group(1).lower()) if counts else []
            names = [a.canonical for a in members]
            groups.append(_Group(lead_from, members[-1].end, kind, count, bloc, keys, names))
    return groups


# "các đơn vị trong Khối (Ban Dân tộc, Sở Y tế; Sở Giáo dục và Đào tạo; ...)": a bloc's members in brackets after it
_BLOC_BEFORE_BRACKET = re.compile(r"(?<![\w])(?:khối|cụm)(?:\s+thi\s+đua)?(?:\s+số)?(?:\s+\w{1,4})?\s*$", re.IGNORECASE)
BLOC_BRACKET_WINDOW = 30  # before "(": the bloc's name


def _group_openings(text: str) -> list[re.Match]:
    """Where a list of members opens: "gồm", a colon, or a bracket right after a bloc's name."""
    openings = list(_GROUP_OPEN.finditer(text))
    brackets = [
        m
        for m in _OPEN_BRACKET.finditer(text)
        if _BLOC_BEFORE_BRACKET.search(text, max(0, m.start() - BLOC_BRACKET_WINDOW), m.start())
    ]
    return sorted(openings + brackets, key=lambda m: m.start()) if brackets else openings


_OPEN_BRACKET = re.compile(r"\(")


def _without_last_members_parent(text: str, members: list[AgencyMention]) -> list[AgencyMention]:
    """The members of a list without the parent that closes it in apposition to the last member ("..., Trung đoàn
    CSCĐ Tây Nguyên và Lữ đoàn 198, Bộ Tư lệnh Đặc công": the brigade's command, no member)."""
    if (
        len(members) >= 3
        and _COMMA_ONLY.match(_gap_without_notes(text[members[-2].end : members[-1].start]))
        and _LAST_AND.match(_gap_without_notes(text[members[-3].end : members[-2].start]))
        and len(_fold_parents_in_apposition(text, members[-2:])) == 1
    ):
        return members[:-1]
    return members


def _first_listed(text: str, bodies: list[AgencyMention], starts: list[int], opening: re.Match) -> int | None:
    """Index of the first body of the list that ``opening`` ("gồm", ":") opens: the one right after it,
    or one whose mention spans it (a head spread over the list: "Đảng ủy 5 xã, phường gồm Cửa Đại")."""
    k = bisect.bisect_left(starts, opening.end())
    if k > 0 and bodies[k - 1].start < opening.start() and bodies[k - 1].end >= opening.end():
        return k - 1
    if k < len(bodies) and (
        not text[opening.end() : bodies[k].start].strip()
        or _MEMBERS_KIND.fullmatch(text, opening.end(), bodies[k].start)
    ):
        return k
    return None


# The members' kind between "gồm" and the first of them ("gồm các đơn vị Công an Quận 1, 3, ...", "gồm 7 đơn vị (Sở
# Du lịch, ...)")
_MEMBERS_KIND = re.compile(
    r"\s*(?:các\s+|\d{1,2}\s+)?(?:đơn\s+vị|cơ\s+quan|thành\s+viên|lực\s+lượng|tổ\s+chức)\s*[:(]?\s*", re.IGNORECASE
)


def _counted_group(scan: _SigningScan, pos: int) -> list[str]:
    """Keys of the group that "(Đảng ủy) 5 xã, phường" at ``pos`` refers to: one listed under the same
    count and kind."""
    m = _COUNTED_REF.match(scan.text, pos)
    if not m:
        return []
    words = _KIND_WORD.findall(m.group(2).lower())
    count = lexicon.count_value(m.group(1))
    # the same count makes one word of the kind enough ("Đảng ủy 3 xã ký" after "Đảng ủy 3 xã biên giới gồm")
    fits = [
        g for g in scan.groups if g.kind and g.count == count and g.start != pos and _kind_overlap(words, g.kind) >= 1
    ]
    return list(min(fits, key=lambda g: _distance(g, pos)).keys) if fits else []


def _kind_overlap(words: list[str], kind: list[str]) -> int:
    """How many leading words of a plural reference ("thành viên đã") run on inside a group's kind
    ("hội thành viên")."""
    for n in range(len(words), 0, -1):
        head = words[:n]
        if any(kind[i : i + n] == head for i in range(len(kind) - n + 1)):
            return n
    return 0


def _group_of_kind(scan: _SigningScan, words: str, pos: int) -> _Group | None:
    """The listed group that the plural "các <words>" at ``pos`` refers to: one whose counted kind holds
    its leading words (two of them, or its only one), the nearest to ``pos``."""
    w = words.lower().split()
    fits = [g for g in scan.groups if g.kind and _kind_overlap(w, g.kind) >= min(2, len(w))]
    if not fits:
        return None
    return min(fits, key=lambda g: _distance(g, pos))


def _bloc_group(scan: _SigningScan, pos: int) -> _Group | None:
    """The members listed under an emulation bloc, the nearest to ``pos``."""
    blocs = [g for g in scan.groups if g.bloc]
    if not blocs:
        return None
    return min(blocs, key=lambda g: _distance(g, pos))


def _distance(g: _Group, pos: int) -> int:
    return 0 if g.start <= pos <= g.end else min(abs(pos - g.start), abs(pos - g.end))


@dataclass
class _SigningScan:
    """What the signing stages read of one article: its text and mentions, indexed by offset."""

    text: str
    agencies: list[AgencyMention]
    key_of: Callable[[AgencyMention], str]
    periods: list[PeriodMention]
    dates: list[DateMention]
    docs: list[DocMention]  # sorted by start
    doc_dates: set[int]
    anaphor_resolver: Callable[[str], str | None]
    title_end: int
    ref_year: int | None
    usable: list[AgencyMention] = field(init=False)
    usable_starts: list[int] = field(init=False)
    all_starts: list[int] = field(init=False)
    date_starts: list[int] = field(init=False)
    doc_starts: list[int] = field(init=False)
    spans: set[int] = field(init=False)  # starts of dates that bound a span ("26/3/1931 - 26/3/2026")
    event_year: int | None = None  # the reported event's year when the page came out in a later year
    bloc_members: list[str] = field(init=False)  # keys of the bodies named as an emulation bloc's head or deputy
    groups: list[_Group] = field(init=False)  # bodies listed under a counted kind or a bloc
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # (start, end, body) of each mention of a person whose title named a body somewhere in the article
    titled_names: list[tuple[int, int, AgencyMention]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.groups = _member_groups(self.text, self.agencies, self.key_of)
        # (a venue is a member where its role follows: "tổ chức tại Cục Thi hành án dân sự tỉnh Sơn La – đơn vị Phó
        # trưởng Khu vực thi đua")
        self.bloc_members = _unique(
            [
                self.key_of(a)
                for a in self.agencies
                if _BLOC_ROLE.match(self.text, a.end)
                or _BLOC_ROLE_BEFORE.search(self.text, max(0, a.start - BLOC_ROLE_WINDOW), a.start)
            ]
        )
        self.usable = [a for a in self.agencies if not a.in_title]
        self.usable_starts = [a.start for a in self.usable]
        self.all_starts = [a.start for a in self.agencies]
        self.date_starts = [d.start for d in self.dates]
        self.doc_starts = [d.start for d in self.docs]
        self.spans = span_dates(self.text, self.dates)


@dataclass
class _Sentence:
    """One sentence with a signing verb: its span, the agencies that can be parties, its dates."""

    index: int
    start: int
    end: int
    verbs: list[re.Match]
    parties: list[AgencyMention]  # agencies outside titles, locations and parentheses
    all_agencies: list[AgencyMention]  # every agency mention, titles included (for signers)
    dates: list[DateMention]  # dates that are not a document's issue date
    by_signers: bool = False  # the current clause's subject was read from the titles of its signers
