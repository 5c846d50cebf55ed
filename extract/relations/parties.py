"""The other parties of a verb clause: after "giữa" (``_between_parties``), after "với" (``_with_parties``), listed
after the verb, named among partners, counted pairs and group partners.
"""

from __future__ import annotations

import bisect
import re

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention, text_without_bodies
from phoihop.extract.relations.article_scan import _group_of_kind, _Sentence, _SigningScan
from phoihop.extract.relations.mention_lists import (
    _NON_BODY_NAME,
    _agency_list,
    _first_after_between,
    _listed_members,
    _mention_at,
)
from phoihop.extract.relations.patterns import (
    _BETWEEN,
    _BRAND_NAME,
    _CARRYING_OUT,
    _COUNTED_SUBJECT,
    _MEMBERS_AFTER_PARTNER,
    _NON_AGENCY_PARTNER,
    _SIGNED_KINDS,
    _WITH_AFTER,
    BRAND_SUBJECT,
    parent_of_the_unit_before,
)
from phoihop.extract.relations.references import (
    _bodies_named_above,
    _counted_head_reference,
    _numbered_reference,
    _unnamed_level_reference,
)
from phoihop.extract.relations.verbs import _SIGN
from phoihop.text import WS
from phoihop.text import skip_spaces as _skip_spaces
from phoihop.text import unique as _unique

UNITS_OF_WINDOW = 50  # before a partner: "các đội nghiệp vụ" (unnamed units the body after them owns)
# "... với Viện kiểm sát 6 tỉnh trên địa bàn Quân khu 1": a body after "địa bàn / tại / thuộc" places the
# partners; it is not one of them.
_PLACE_BEFORE = re.compile(r"(?<![\w])(?:địa\s+bàn|tại|thuộc|ở)\s+$", re.IGNORECASE)
PLACE_WINDOW = 15
LIST_TAIL_MAX = 40  # after the last partner of a list: a place qualifier and the full stop at most
# between two items of a partner list: the place that locates the first, then a separator
_PLACED_ITEM_GAP = re.compile(
    r"(?:\s*,\s*(?:huyện|quận|thị\s+xã|thành\s+phố|TP\.?|tỉnh)\s*[^\W\d_][^,;.\n]{0,30}?)?"
    r"\s*(?:,|;|và|,\s*và|;\s*và)\s*",
    re.IGNORECASE,
)
_MEMBERS_INTRO = re.compile(
    r"(?<![\w])(cùng|với)\s+(?:các|những)\s+(?:đơn\s+vị|cơ\s+quan|lực\s+lượng|bên|ngành)"
    r"[^:;.]{0,40}?[\s,]*gồm\s*:",
    re.IGNORECASE,
)
# (a purpose clause's bodies are no partners: "ký kết ... với B trong việc tham mưu Tỉnh ủy ...", "... giúp UBND tỉnh")
_STOP_OBJECTS = re.compile(
    r"(?<![\w])(?:nhằm|để|về\s+việc|trong\s+việc|trong\s+đó|theo\s+đó|qua\s+đó|(?:cùng\s+)?(?:tham\s+mưu|giúp)\s+(?:cho\s+)?)(?![\w])|;",
    re.IGNORECASE,
)
_BARE_HEAD_BETWEEN = re.compile(
    r"\s+(Lữ\s+đoàn|Sư\s+đoàn|Trung\s+đoàn|Tiểu\s+đoàn|Hải\s+đoàn|Hải\s+đội|Đồn|Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy)"
    r"\s+(?:và|với)\s+(?:phường|xã|thị\s+trấn|thôn|bản|làng|buôn|ấp|khu\s+phố|tổ\s+dân\s+phố)\s"
)
# "với các nội dung: ...", "với sự chứng kiến của A": "với" that brings the content or the manner, no partner
_WITH = re.compile(
    # "cùng B" after the act is "với B" ("ký kết chương trình phối hợp cùng Hội Nông dân tỉnh")
    r"(?<![\w])(?:với|cùng(?=\s+(?-i:"
    + lexicon.UPPER_CLASS
    + r")))(?![\w])(?!\s+(?:(?:các|những)\s+)?(?:nội\s+dung|mục\s+tiêu|mục\s+đích|chủ\s+đề|"
    r"phương\s+châm|tinh\s+thần|quyết\s+tâm|sự)(?![\w]))",
    re.IGNORECASE,
)
# The partner slot after a party or "với": a capitalised name there is a body the grammar did not
# read (the signing is not one-party); "các xã", "Đảng ủy 7 phường", "công ty ..." leave it unnamed.
_PARTNER_SLOT = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,|và|cùng(?:\s+với)?|với)\s+(?:\(\s*)?", re.IGNORECASE)
# ("với Ban Thường vụ Hội Nông dân 17 huyện, thị xã": a head of a few words before the count)
_GENERIC_PARTNER = re.compile(r"(?:[^\s,;.]+\s+){0,8}?(?:các|những|nhiều|hai|ba|\d+)\s", re.IGNORECASE)
_SPACES = re.compile(r"\s*")  # the slot right after "với": spaces only
# "Sư đoàn 302 và Quận 11, TPHCM ký kết": a locality in the partner slot, its level word capitalised before its name
# or number, is no body the grammar missed (facts-format: a locality is not an agency; the named party is kept). A
# level word that opens a body's name ("Huyện ủy", "Thành đoàn", "Xã đội") does not name a locality.
_LOCALITY_PARTNER = re.compile(
    r"(?:Quận|Huyện|Xã|Phường|Thị\s+trấn|Thị\s+xã|Thành\s+phố|TP\.?|Tỉnh)\s*"
    rf"(?!(?i:[uủ]y|uỷ|đoàn|đội|hội)(?![\w]))(?:\d+(?![\w])|{lexicon.CAP_SYL})"
)
_NON_BODY_ITEM = re.compile(rf"{_NON_BODY_NAME}(?:\s*,\s*(?:và\s+)?|\s+và\s+)")
# such a partner first after "giữa", before the bodies ("giữa Công ty Apatit Việt Nam và Công an phường X"); not a
# brand in capitals, which may be a body's short form the grammar does not read ("giữa VOV và UBND tỉnh")
_NON_BODY_LEAD = re.compile(
    rf"\s*(?={_NON_AGENCY_PARTNER.pattern})"
    rf"{_NON_BODY_NAME}\s*(?P<sep>,|\s(?:và|với))\s+",
    re.IGNORECASE,
)
# "Hội nghị ký kết ... đã được A (cùng B) tổ chức": the agents of the passive organise and sign.
_PASSIVE_AGENT = re.compile(r"(?<![\w])(?:đã\s+)?được\s*$", re.IGNORECASE)
_ORGANISES = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:đồng\s+)?(?:tổ\s+chức|chủ\s+trì)(?![\w])", re.IGNORECASE)
# "và / với / cùng các <kind>" in a partner slot, and the words of the kind
_PLURAL_PARTNER = re.compile(
    r"(?<![\w])(và|với|cùng(?:\s+với)?)\s+(?:các|những)\s+((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)", re.IGNORECASE
)
_UNITS_OF_EACH = re.compile(r"\s*(?:các|những)\s+([^\W\d_])", re.IGNORECASE)  # the letter is tested for case


def _partners_of_non_body_subject(
    scan: _SigningScan, sent: _Sentence, v: re.Match, after: list[AgencyMention], c_end: int
) -> list[list[str]]:
    """ "Trường Cao đẳng X ký kết chương trình phối hợp với Công an tỉnh": a school, a hospital or a firm signs
    with the bodies after "với", and is no body of the facts: each of them keeps its signing, alone."""
    text = scan.text
    if any(
        a.start < v.start() and not parent_of_the_unit_before(text, sent.start, a)
        for a in sent.parties
        if a.start >= sent.start
    ):
        return []  # (a firm's parent placing it is no subject: "Công ty 72 thuộc Binh đoàn 15 ký kết ... với B")
    if not (
        _NON_AGENCY_PARTNER.search(text, sent.start, v.start()) or BRAND_SUBJECT.search(text, sent.start, v.start())
    ):
        return []
    with_ = _WITH.search(text, v.end(), c_end)
    first = next((i for i, a in enumerate(after) if with_ and a.start >= with_.end()), None)
    if with_ is None or first is None or text[with_.end() : after[first].start].strip():
        return []
    members, _ = _agency_list(text, after, first)
    return [[scan.key_of(a)] for a in members]


# "các cơ quan, đơn vị tham gia vào đề án cùng tiến hành ký kết hợp tác, gồm: A; B; C": the signers named by their
# kind before the verb and listed after it
_PLURAL_SIGNERS = re.compile(
    r"(?<![\w])(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị|bên|ngành|bộ,?\s+ngành|lực\s+lượng)(?![\w])", re.IGNORECASE
)
_LISTED_AFTER = re.compile(r"[^.;:\n]{0,60}?[\s,]*(?:(?:bao\s+)?gồm\s*:?|:)\s*", re.IGNORECASE)


def _signers_listed_after_verb(
    scan: _SigningScan, sent: _Sentence, v: re.Match, after: list[AgencyMention], c_end: int
) -> list[list[str]]:
    """The signers listed after the verb ("..., gồm: A; B; C") where the subject names them by their kind ("các cơ
    quan, đơn vị"): one joint signing of the list (two or more bodies)."""
    text = scan.text
    if not _PLURAL_SIGNERS.search(text, sent.start, v.start()):
        return []
    opened = _LISTED_AFTER.match(text, v.end(), c_end)
    if not opened:
        return []
    first = _mention_at(after, opened.end())
    if first is None:
        return []
    keys = _unique([scan.key_of(a) for a in _listed_members(text, after, first, semicolons=True)])
    return [keys] if len(keys) >= 2 else []


# A document the signed one carries out, named by its kind in capitals after a verb of carrying out ("nhằm triển khai
# Nghị quyết liên tịch số 01 giữa ...", "để cụ thể hóa Chỉ thị ..."): the parties it names are not the signing's.
_CARRIED_OUT_DOCUMENT = re.compile(
    rf"(?<![\w])(?:(?:nhằm|để)\s+)?(?:{_CARRYING_OUT})\s+(?:(?:các|có\s+hiệu\s+quả)\s+)?"
    r"(?:(?-i:Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|Quyết\s+định|Hướng\s+dẫn|Thông\s+tư|Nghị\s+định|Quy\s+chế|Chương\s+trình|Kế\s+hoạch)(?![\w])"
    # ("nhằm cụ thể hóa việc triển khai thực hiện các nội dung thỏa thuận hợp tác giữa A và B": an earlier agreement)
    rf"|(?:(?:việc|các|nội\s+dung|{_CARRYING_OUT})\s+)*thỏa\s+thuận(?![\w]))"
    # ("Hoạt động ký kết lần này nằm trong kế hoạch phối hợp giữa Bộ Công an, Bộ GD&ĐT": the plan the day's act is part
    # of, printed in lower case)
    r"|(?<![\w])nằm\s+trong\s+(?:khuôn\s+khổ\s+)?(?:chương\s+trình|kế\s+hoạch|quy\s+chế|thỏa\s+thuận)(?![\w])",
    re.IGNORECASE,
)


def _without_parties_of_carried_out_documents(
    text: str, after: list[AgencyMention], verb_end: int, c_end: int
) -> list[AgencyMention]:
    """``after`` (the clause's bodies) but those named by the "giữa ..." of a document the signed one carries out
    ("Hai đơn vị ký kết Chương trình phối hợp nhằm cụ thể hóa thỏa thuận hợp tác giữa A và B"): a clause whose subject
    is read elsewhere would take them as its parties one by one."""
    cited = _CARRIED_OUT_DOCUMENT.search(text, verb_end, c_end)
    between = _BETWEEN.search(text, cited.end(), c_end) if cited else None
    return [a for a in after if a.start < between.start()] if between else after


def _partnership_of_size_before(scan: _SigningScan, pos: int, n: int) -> list[list[str]]:
    """The signings of the last "giữa ..." before ``pos`` that names exactly ``n`` bodies (the sides "4 cơ quan" stand
    for): "giữa A, B và C" one joint signing, "giữa A, B, C với D" D with each (as the act it names would be read)."""
    text = scan.text
    for between in reversed(list(_BETWEEN.finditer(text, 0, pos))):
        k = bisect.bisect_left(scan.usable_starts, between.end())
        # (the list's bodies and two more: a place may sit among them)
        bodies = [a for a in scan.usable[k : k + n + 2] if not a.is_location and a.start < pos]
        parties = _between_parties(text, bodies, between.start(), pos, scan.key_of)
        if len(_unique([key for p in parties for key in p])) == n:
            return parties
    return []


def _between_parties(
    text: str, after: list[AgencyMention], c_start: int, c_end: int, key_of, scan: _SigningScan | None = None
) -> list[list[str]]:
    """ "ký kết ... giữa A, B và C" (one joint signing) or "giữa A với B và C" (A with each); and the groups of more
    "giữa" that follow the first, each read so ("giữa A với B; giữa A với C", "giữa A và B, giữa A và C")."""
    # "... nhằm triển khai Nghị quyết liên tịch giữa X và Y": the parties of a document the act carries out
    cited = _CARRIED_OUT_DOCUMENT.search(text, c_start, c_end)
    limit = cited.start() if cited else c_end
    between = _BETWEEN.search(text, c_start, limit)
    if not between:
        return []
    parties = _one_between_group(text, after, between, c_end, key_of, scan)
    while parties:
        following = _BETWEEN.search(text, between.end(), limit)
        if following is None or not (
            _only_bodies_and_joiners(text, after, between.end(), following.start())
            or _NEXT_ACT_BETWEEN.search(text, between.end(), following.start())
        ):
            break
        between = following
        parties += [p for p in _one_between_group(text, after, between, c_end, key_of, scan) if p not in parties]
    return parties


# "Chương trình phối hợp giữa A và B về X; Chương trình phối hợp giữa A và C về Y" (a list of the acts signed, one an
# item): after a semicolon, the next act and its "giữa"
_NEXT_ACT_BETWEEN = re.compile(
    rf";\s*(?:(?:và|với)\s+)?(?:(?:{_SIGNED_KINDS})(?:\s+[^\W\d_]+){{0,6}}\s+)?$", re.IGNORECASE
)
# What may stand between two bodies of a "giữa" group and the next "giữa": the joiners of a list
_GROUP_JOINERS = re.compile(r"[\s,;]*(?:(?:và|với|cùng)(?![\w])[\s,;]*)*", re.IGNORECASE)


def _only_bodies_and_joiners(text: str, after: list[AgencyMention], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only bodies of ``after`` and the joiners of a list."""
    return _GROUP_JOINERS.fullmatch(text_without_bodies(text, start, end, after)) is not None


def _one_between_group(
    text: str, after: list[AgencyMention], between: re.Match, c_end: int, key_of, scan: _SigningScan | None
) -> list[list[str]]:
    """The signings of the one "giữa" group ``between`` opens."""
    g_pos = between.end()
    first = _first_after_between(text, after, g_pos)
    if first is None:
        after_firm = _parties_after_a_firm(text, after, g_pos, c_end, key_of)
        if after_firm:
            return after_firm
        # "lễ kết nghĩa giữa Lữ đoàn và phường Vân Phú": the unit named by its bare head, with a partner that is no body
        if scan is None:
            return []
        head = _BARE_HEAD_BETWEEN.match(text, g_pos, c_end)
        resolved = scan.anaphor_resolver(WS.sub(" ", head.group(1))) if head else None
        return [[resolved]] if resolved else []
    lst, with_first = _agency_list(text, after, first)
    keys = _unique([key_of(a) for a in lst])
    if len(keys) == 1 and scan is not None:
        # "giữa Viện kiểm sát quân sự với Viện kiểm sát nhân dân 6 tỉnh": the counted bodies, named elsewhere
        w = _WITH_AFTER.match(text, lst[0].end)
        counted = _counted_head_reference(scan, _skip_spaces(text, w.end())) if w else []
        if not counted:
            # "giữa Bộ Công an và các cơ quan truyền thông giai đoạn 2012-2015, gồm: A, B, C": the kind's listed members
            listed, joint = _kind_listed_after(text, after, lst[0].end, c_end)
            if listed:
                keys += [k for k in _unique([key_of(a) for a in listed]) if k not in keys]
                return [keys] if joint else [[keys[0], k] for k in keys[1:]]
        keys += [k for k in counted if k not in keys]
        with_first = True
    passed_non_body = False
    if with_first:
        lst, passed_non_body = _past_non_body_partners(text, after, lst, c_end)
        keys += [k for k in _unique([key_of(a) for a in lst]) if k not in keys]
    if not with_first:
        right = _with_list_after(text, after, lst[-1])
        if right:
            # "giữa HĐND, UBND tỉnh với (đại diện) Kiểm toán Nhà nước khu vực 6": each on the left with each after "với"
            others = [k for k in _unique([key_of(a) for a in right]) if k not in keys]
            return [[k, o] for k in keys for o in others]
    if len(keys) < 2:
        return []
    if not with_first:
        return [keys]
    pairs = [[keys[0], k] for k in keys[1:]]
    # "giữa A với B, Công ty C và D": the firm is a partner but no body; A's signing with it keeps A alone
    return [*pairs, [keys[0]]] if passed_non_body else pairs


# "và / với các cơ quan truyền thông (giai đoạn 2012-2015), gồm:": a plural kind, then the list marker of its members
_KIND_THEN_LIST = re.compile(
    r"\s*(?P<joint>và|với)\s+các\s+(?:[^\W\d_]+\s+){0,5}?[^\W\d_.;:]*[^.;:\n]{0,40}?(?:,\s*)?(?:bao\s+)?gồm\s*:?\s*",
    re.IGNORECASE,
)


def _kind_listed_after(text: str, after: list[AgencyMention], end: int, c_end: int) -> tuple[list[AgencyMention], bool]:
    """The bodies listed after "và các <kind> ..., gồm:" at ``end`` (and whether "và" joins them with the first party,
    rather than "với"), or ([], False)."""
    m = _KIND_THEN_LIST.match(text, end, c_end)
    if not m:
        return [], False
    starts = [a.start for a in after]
    k = bisect.bisect_left(starts, m.end())
    if k >= len(after) or text[m.end() : after[k].start].strip():
        return [], False
    members = _listed_members(text, after, k)
    return (members, m.group("joint").lower() == "và") if len(members) >= 2 else ([], False)


def _parties_after_a_firm(text: str, after: list[AgencyMention], g_pos: int, c_end: int, key_of) -> list[list[str]]:
    """ "giữa Công ty X và A, B": the firm first after "giữa" is a party but no body; the bodies after it keep their
    signing, jointly after "và", each alone after "với" (the firm is the hub). [] where no firm leads."""
    lead = _NON_BODY_LEAD.match(text, g_pos, c_end)
    first = _mention_at(after, lead.end()) if lead else None
    if lead is None or first is None:
        return []
    keys = _unique([key_of(a) for a in _agency_list(text, after, first)[0]])
    return [keys] if lead.group("sep").strip().casefold() != "với" else [[k] for k in keys]


# "với (đại diện / lãnh đạo) B": the partners after a list, the people who sign for them named first or not
_WITH_REPRESENTED = re.compile(_WITH_AFTER.pattern + r"\s+(?:(?:đại\s+diện|lãnh\s+đạo)\s+)?", re.IGNORECASE)


def _with_list_after(text: str, after: list[AgencyMention], last: AgencyMention) -> list[AgencyMention]:
    """The list of agencies right after "với" that follows ``last`` (see _WITH_REPRESENTED), or []."""
    w = _WITH_REPRESENTED.match(text, last.end)
    if not w:
        return []
    nxt = _mention_at(after, w.end())
    if nxt is None:
        return []
    lst, _ = _agency_list(text, after, nxt)
    return lst


def _past_non_body_partners(
    text: str, after: list[AgencyMention], lst: list[AgencyMention], c_end: int
) -> tuple[list[AgencyMention], bool]:
    """A hub's "với" list goes on past a partner that is no body of the facts format ("..., Tập đoàn X
    và E"): the list with the bodies after it, and whether such a partner was passed."""
    passed = False
    while True:
        slot = _PARTNER_SLOT.match(text, lst[-1].end, c_end)
        if not slot or not _NON_AGENCY_PARTNER.match(text, slot.end(), c_end):
            return lst, passed
        passed = True
        nxt = next((i for i, a in enumerate(after) if a.start >= slot.end()), None)
        if nxt is None or not _NON_BODY_ITEM.fullmatch(text, slot.end(), after[nxt].start):
            return lst, passed
        more, _ = _agency_list(text, after, nxt)
        lst = lst + more


def _between_named_signers(
    text: str, after: list[AgencyMention], subject_keys: list[str], c_start: int, c_end: int, key_of
) -> list[str]:
    """ "A, B vừa tổ chức lễ ký kết Quy chế phối hợp giữa A và công an các phường": when "giữa" opens with
    one of the subject's bodies, the subject names the organisers and "giữa" the signers; the subject
    keeps only the bodies "giữa" names."""
    if len(subject_keys) < 2:
        return subject_keys
    between = _BETWEEN.search(text, c_start, c_end)
    units = _UNITS_OF_EACH.match(text, between.end()) if between else None
    if units and units.group(1).isupper():
        # "Công an 7 tỉnh ... tổ chức hội nghị ký kết kế hoạch giữa các Phòng An ninh Kinh tế": a named
        # kind of unit, one of each body, signs; the bodies themselves do not
        return []
    first = _first_after_between(text, after, between.end()) if between else None
    if first is None or key_of(after[first]) not in subject_keys:
        return subject_keys
    lst, _ = _agency_list(text, after, first)
    named = _unique([key_of(a) for a in lst])
    return [k for k in subject_keys if k in named]


def _hub_between(text: str, mentions: list[AgencyMention], start: int, end: int) -> bool:
    """ "giữa A với B" (a hub and its partners) rather than "giữa A và B"."""
    between = _BETWEEN.search(text, start, end)
    first = _first_after_between(text, mentions, between.end()) if between else None
    return first is not None and bool(_WITH_AFTER.match(text, mentions[first].end))


def _member_list_parties(
    scan: _SigningScan, after: list[AgencyMention], subject_keys: list[str], c_start: int, c_end: int
) -> list[list[str]]:
    """ "(A) ký kết ... cùng các đơn vị, gồm: B; C; D" (one joint signing) or "với các đơn vị, gồm: B; C"
    (A with each): the members listed after "gồm:"."""
    m = _MEMBERS_INTRO.search(scan.text, c_start, c_end)
    if not m or not subject_keys:
        return []
    members = _unique([scan.key_of(a) for a in after if a.start >= m.end()])
    members = [k for k in members if k not in subject_keys]
    if not members:
        return []
    if m.group(1).lower() == "với":
        return [[sk, k] for sk in _unique(subject_keys) for k in members]
    return [_unique(subject_keys + members)]


def _counted_subject_pairs(
    scan: _SigningScan, sent: _Sentence, v: re.Match, after: list[AgencyMention], c_end: int
) -> list[list[str]]:
    """ "5 đơn vị ký quy chế phối hợp với A, bao gồm B, C, D": the listed members of the counted subject each
    sign with the partner of "với"."""
    text = scan.text
    if not _COUNTED_SUBJECT.search(text, sent.start, v.start()):
        return []
    w = _WITH.search(text, v.end(), c_end)
    if w is None:
        return []
    hub = next((i for i, a in enumerate(after) if a.start >= w.end()), None)
    if hub is None or text[w.end() : after[hub].start].strip():
        return []
    intro = _MEMBERS_AFTER_PARTNER.match(text, after[hub].end)
    first = hub + 1
    if not intro or intro.end() == after[hub].end or first >= len(after) or after[first].start != intro.end():
        return []
    members, _ = _agency_list(text, after, first)
    hub_key = scan.key_of(after[hub])
    keys = [k for k in _unique([scan.key_of(a) for a in members]) if k != hub_key]
    return [[hub_key, k] for k in keys] if len(keys) >= 2 else []


def _group_partner_parties(
    scan: _SigningScan, after: list[AgencyMention], subject_keys: list[str], c_start: int, c_end: int
) -> list[list[str]]:
    """ "giữa A và các đơn vị quân đội ..." where the article lists "12 đơn vị quân đội, gồm: B, C, ...": the
    plural partner stands for the listed group; "với" pairs the named party with each member, else all
    sign jointly."""
    text = scan.text
    m = _PLURAL_PARTNER.search(text, c_start, c_end)
    group = _group_of_kind(scan, m.group(2), m.start()) if m else None
    if m is None or group is None:
        return []
    named = list(subject_keys)
    between = _BETWEEN.search(text, c_start, m.start())
    if not named and between:
        first = _first_after_between(text, after, between.end())
        if first is not None and after[first].end <= m.start():
            named = [scan.key_of(after[first])]
    named = [k for k in _unique(named) if k not in group.keys]
    if not named:
        return []
    if m.group(1).lower() == "với":
        return [[n, k] for n in named for k in group.keys]
    return [_unique(named + group.keys)]


def _with_parties(
    scan: _SigningScan, after: list[AgencyMention], subject_keys: list[str], c_start: int, c_end: int
) -> list[list[str]]:
    """ "A ký kết ... với C, D": the subject with each object; "A và B ký kết ... với C, D": the subjects, jointly,
    with each object ("với" gives one signing per partner: {A, B, C} and {A, B, D}, as the writers of two blind sets
    read it); else the subjects jointly."""
    text, key_of = scan.text, scan.key_of
    w = _WITH.search(text[c_start:c_end])
    with_end = c_start + w.end() if w else c_end
    # "ký kết chương trình phối hợp với: - Sở Tư pháp: tuyên truyền pháp luật; - Công an tỉnh: ...": each item opens
    # with a partner, the work agreed with it after
    objects = _partner_items(text, after, with_end, c_end) if w else []
    stop = None
    if w and not objects:
        stop = _objects_stop(text, after, with_end, c_end)
        objects = [
            a
            for a in after
            if a.start >= with_end
            and (not stop or a.start < stop.start())
            and not _PLACE_BEFORE.search(text, max(0, a.start - PLACE_WINDOW), a.start)
            and not _UNITS_OF_BEFORE.search(text, max(0, a.start - UNITS_OF_WINDOW), a.start)
        ]
        if objects and _SIGN.match(text, c_end) and _NEXT_SUBJECT_GAP.fullmatch(text, objects[-1].end, c_end):
            objects = objects[:-1]  # "với Công ty X, B ký kết nghĩa với Y": B is the next verb's subject
    obj_keys = _unique([key_of(a) for a in objects])
    if w and not obj_keys:
        # "ký kết kế hoạch phối hợp với 2 đồn biên phòng": the bodies of that kind named before
        ref = _skip_spaces(text, with_end)
        obj_keys = (
            _numbered_reference(scan, ref, ref)
            or _counted_head_reference(scan, ref)
            or _unnamed_level_reference(scan, ref)
            or _named_among_partners(scan, after, stop, c_end)
            or _partners_listed_next(scan, ref, c_end)
            or _bodies_named_above(scan, ref, subject_keys)
        )
    if subject_keys and obj_keys and len(_unique(subject_keys)) >= 2:
        joint = _unique(subject_keys)
        return [[*joint, k] for k in obj_keys if k not in joint]
    if subject_keys and obj_keys:
        pairs = [[sk, k] for sk in _unique(subject_keys) for k in obj_keys if k != sk]
        if len(_unique(subject_keys)) == 1 and _non_body_among_partners(text, after, objects, with_end, c_end):
            # "với Tỉnh đoàn, Hội LHPN tỉnh và Bệnh viện Đa khoa tỉnh": the act with the hospital, no body of the
            # facts format, keeps the hub alone (as "giữa A với B, Công ty C" does)
            return [*pairs, [subject_keys[0]]]
        return pairs
    if len(_unique(subject_keys)) >= 2:
        return [_unique(subject_keys)]
    return []


# "với:", "với các đơn vị sau:", "với các sở, ngành, gồm:": the colon that opens a list of partners, one an item
_PARTNERS_COLON = re.compile(r"\s*(?:(?:các|những)\s+[^:;.\n]{0,60}?)?\s*:\s*", re.IGNORECASE)
# where the next item opens: after a semicolon (and "và", "với" again: "+ Với Sở Nội vụ: ...")
_NEXT_ITEM = re.compile(r";\s*(?:và\s+)?(?:với\s+)?", re.IGNORECASE)
PARTNER_ITEMS_MIN = 2


def _partner_items(text: str, after: list[AgencyMention], pos: int, c_end: int) -> list[AgencyMention]:
    """The partners of a list opened by a colon after "với", each item opening with its body and going on with the
    work agreed ("Sở Tư pháp: tuyên truyền pháp luật;"); none unless two items or more open so."""
    colon = _PARTNERS_COLON.match(text, pos, c_end)
    return _items_opened_by_bodies(text, after, colon.end(), c_end) if colon else []


# "với các sở, ban, ngành, đoàn thể tỉnh. Cụ thể: + Với Sở Giáo dục và Đào tạo: ...; + Với Sở Nội vụ: ...": the kind of
# the partners, then the next sentence lists them, one an item
_PLURAL_PARTNERS = re.compile(r"\s*(?:các|những)\s", re.IGNORECASE)
_LISTED_NEXT = re.compile(r"[\s.]*(?:cụ\s+thể|gồm|bao\s+gồm|đó\s+là|như\s+sau)\s*:\s*(?:với\s+)?", re.IGNORECASE)
LISTED_NEXT_REACH = 1200  # characters of the next sentence's items


def _partners_listed_next(scan: _SigningScan, ref: int, c_end: int) -> list[str]:
    """The partners a plural kind after "với" stands for, listed as items in the sentence right after the clause."""
    text = scan.text
    if not _PLURAL_PARTNERS.match(text, ref):
        return []
    listed = _LISTED_NEXT.match(text, c_end)
    if listed is None:
        return []
    end = min(len(text), listed.end() + LISTED_NEXT_REACH)
    lo, hi = bisect.bisect_left(scan.usable_starts, listed.end()), bisect.bisect_left(scan.usable_starts, end)
    items = _items_opened_by_bodies(text, scan.usable[lo:hi], listed.end(), end)
    return _unique([scan.key_of(a) for a in items])


def _items_opened_by_bodies(text: str, mentions: list[AgencyMention], at: int, end: int) -> list[AgencyMention]:
    """The bodies that open the items of a list from ``at``, the items parted by semicolons ("A: ...; với B: ..."),
    up to the first item that opens with no body; none unless two items or more open so."""
    found: list[AgencyMention] = []
    while at < end:
        k = _mention_at(mentions, at)
        if k is None:
            break
        found.append(mentions[k])
        nxt = _NEXT_ITEM.search(text, mentions[k].end, end)
        if nxt is None or "\n" in text[mentions[k].end : nxt.start()].strip(" \t"):
            break
        at = nxt.end()
    return found if len(found) >= PARTNER_ITEMS_MIN else []


def _non_body_among_partners(
    text: str, after: list[AgencyMention], objects: list[AgencyMention], pos: int, c_end: int
) -> bool:
    """Whether the list of partners after "với" (from ``pos``) names a partner that is no body (a school, a hospital,
    a firm: ``_NON_AGENCY_PARTNER``) first or after one of its bodies."""
    starts = {a.start for a in after}
    at = [_skip_spaces(text, pos)] + [slot.end() for a in objects if (slot := _PARTNER_SLOT.match(text, a.end, c_end))]
    return any(p not in starts and _NON_AGENCY_PARTNER.match(text, p, c_end) for p in at)


# "với 12 cơ quan báo chí Trung ương và địa phương, trong đó có Báo Sài Gòn Giải Phóng": partners named by their kind
# and count, one or more of them named after "trong đó có"
_AMONG_THEM = re.compile(r"\s*,?\s*trong\s+đó\s+có\s+", re.IGNORECASE)


def _named_among_partners(
    scan: _SigningScan, after: list[AgencyMention], stop: re.Match | None, c_end: int
) -> list[str]:
    """The partners named after "trong đó có" where the objects of "với" are a kind of bodies named by no name."""
    if stop is None:
        return []
    among = _AMONG_THEM.match(scan.text, stop.start())
    if not among:
        return []
    first = _mention_at(after, among.end())
    if first is None or after[first].end > c_end:
        return []
    members, _ = _agency_list(scan.text, after, first)
    return _unique([scan.key_of(a) for a in members])


# "với các đội nghiệp vụ Công an quận X": the partners are unnamed units of the body after them, which owns them
# and is no partner itself (real/README-db: a ministry named as the parent of generic units is an agency only)
_UNITS_OF_BEFORE = re.compile(
    r"(?<![\w])(?:các|những)\s+(?:đội|phòng|đơn\s+vị|cục|ban|bộ\s+phận|tổ|chi\s+nhánh|trạm|đồn)"
    rf"(?:\s+(?-i:{lexicon.LOWER_CLASS})\w*){{0,3}}\s+(?:của\s+|thuộc\s+|trực\s+thuộc\s+)?$",
    re.IGNORECASE,
)
# Between a subject and its verb: nothing, or an adverb of time ("B đã ký kết", "B cũng ký kết").
_NEXT_SUBJECT_GAP = re.compile(r"\s*(?:(?:đã|cũng|vừa|mới|tiếp\s+tục)\s+)*", re.IGNORECASE)


_WITH_AGAIN = re.compile(r"(?:và\s+)?với\s+(?:(?:đại\s+diện|lãnh\s+đạo)\s+)?", re.IGNORECASE)


def _objects_stop(text: str, after: list[AgencyMention], pos: int, c_end: int) -> re.Match | None:
    """Where the objects of "với" at ``pos`` end: at "nhằm / để / ..." or a ";" — not a ";" that separates
    partners of one kind whose items carry their own places ("với Đoàn Thanh niên xã A, huyện B; Đoàn
    Thanh niên xã C và ...")."""
    first = next((a for a in after if a.start >= pos), None)
    stop = _STOP_OBJECTS.search(text, pos, c_end)
    while first is not None and stop is not None and stop.group(0) == ";":
        nxt_at = _skip_spaces(text, stop.end())
        again = _WITH_AGAIN.match(text, nxt_at)
        partner = _mention_at(after, again.end()) if again else None
        if partner is not None:
            # "với Sở Y tế; với Sở Giáo dục và Đào tạo; với Hội Nông dân tỉnh": each item names a partner of the verb
            stop = _STOP_OBJECTS.search(text, after[partner].end, c_end)
            continue
        nxt = _mention_at(after, nxt_at)
        if nxt is None:
            break
        if not _ends_item(text, after, nxt, c_end):
            break
        stop = _STOP_OBJECTS.search(text, after[nxt].end, c_end)
    return stop


def _ends_item(text: str, after: list[AgencyMention], k: int, c_end: int) -> bool:
    """The bodies from ``after[k]`` run to the clause end as list items, each maybe placed by a larger
    unit ("Đoàn Thanh niên xã A, huyện B; Đoàn Thanh niên xã C, thị xã D và ..."): the rest of a partner
    list, not the subject of a new clause."""
    last = k
    while last + 1 < len(after) and after[last + 1].start < c_end:
        if not _PLACED_ITEM_GAP.fullmatch(text, after[last].end, after[last + 1].start):
            break
        last += 1
    tail = text[after[last].end : c_end]
    if _SIGN.match(text, c_end):
        return False  # "...; B ký kết nghĩa với D": the bodies stand right before the next signing verb, its subject
    return len(tail) <= LIST_TAIL_MAX and ";" not in tail


def _passive_agents(text: str, after: list[AgencyMention], c_start: int) -> list[AgencyMention]:
    """ "Lễ ký kết ... đã được A (cùng B) tổ chức": the agencies after "được" that organise the act."""
    for i, a in enumerate(after):
        if _PASSIVE_AGENT.search(text, c_start, a.start):
            lst, _ = _agency_list(text, after, i)
            if _ORGANISES.match(text, lst[-1].end):
                return lst
    return []


def _named_parties(
    text: str,
    after: list[AgencyMention],
    in_sentence: list[AgencyMention],
    subject_keys: list[str],
    c_start: int,
    c_end: int,
    key_of,
) -> list[list[str]]:
    """The parties the clause names when no pair or list was read: the subject with the agencies of a
    "giữa" list that is cut short ("giữa Viện kiểm sát và Tòa án nhân dân tỉnh" with the first not read
    as a body); a subject alone when its partners are left unnamed ("ký kết với các xã giáp ranh")."""
    keys = list(subject_keys)
    between = _BETWEEN.search(text[c_start:c_end])
    if between and not subject_keys:
        # "ký kết ... giữa đơn vị A với đơn vị xã B": the one body named (the partner is a locality)
        first = _first_after_between(text, after, c_start + between.end())
        if first is not None:
            keys = [key_of(after[first])]
    elif between and subject_keys:
        g_pos = c_start + between.end()
        first = next((i for i, a in enumerate(after) if a.start >= g_pos), None)
        # only when a first party stands unread between "giữa" and the list (the subject is that party)
        if first is not None and text[g_pos : after[first].start].strip(" ,"):
            lst, _ = _agency_list(text, after, first)
            keys += [key_of(a) for a in lst]
    keys = _unique(keys)
    if len(keys) == 1 and _unread_partner(text, in_sentence, c_start, c_end, key_of, keys[0]):
        return []
    return [keys] if keys else []


def _unread_partner(text: str, in_sentence: list[AgencyMention], c_start: int, c_end: int, key_of, party: str) -> bool:
    """A one-party reading is kept only when its partners are left unnamed: a capitalised name in a
    partner slot (after "với", or after the party's mention) is a body the grammar missed."""
    # (a "với" after a ";" opens the partners of another act listed: "A ký kết với X; D kết nghĩa với E")
    act_end = text.find(";", c_start, c_end)
    act_end = c_end if act_end < 0 else act_end
    slots = [w.end() + c_start for w in _WITH.finditer(text[c_start:act_end])]
    with_slots = set(slots)
    # the party's mentions up to the clause end, not before a ";" (an earlier act listed has its own partners)
    act_start = text.rfind(";", 0, c_start) + 1
    slots += [a.end for a in in_sentence if act_start <= a.start and a.end <= c_end and key_of(a) == party]
    for pos in slots:
        m = (_SPACES if pos in with_slots else _PARTNER_SLOT).match(text, pos)
        if not m or _GENERIC_PARTNER.match(text, m.end()):
            continue
        if (
            m.end() < len(text)
            and text[m.end()].isupper()
            and not _NON_AGENCY_PARTNER.match(text, m.end())
            and not _BRAND_NAME.match(text, m.end())
            and not _LOCALITY_PARTNER.match(text, m.end())
            and not any(a.start == m.end() for a in in_sentence)
        ):
            return True
    return False
