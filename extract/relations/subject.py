"""The subject of a verb clause (``_clause_subject``): the bodies before the verb, the sides, a pair named before,
the sentence's opening subject, named signers.
"""

from __future__ import annotations

import bisect
import re

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention
from phoihop.extract.relations.article_scan import _counted_group, _group_of_kind, _Sentence, _SigningScan
from phoihop.extract.relations.mention_lists import (
    _agency_list,
    _fold_parents_in_apposition,
    _gap_without_notes,
    _is_subject_gap,
    _joins,
    _list_ending_at,
    _listed_members,
    _semicolon_joins,
    _within_spread_list,
)
from phoihop.extract.relations.patterns import (
    _BETWEEN_BOTH_SIDES,
    _CARRYING_OUT,
    _COMMA_AFTER,
    _COMMA_ONLY,
    _HOLDS,
    _LAST_AND,
    _SEP_JOINT,
    _SEP_WITH,
    _WITH_BEFORE,
    COUNTED_SIDES,
    SIDE_KINDS,
    TWO_SIDES,
    parent_of_the_unit_before,
    sides,
)
from phoihop.extract.relations.references import (
    _after_sentences,
    _bodies_of_kind,
    _capitalised_words,
    _counted_head_subject,
    _numbered_reference,
)
from phoihop.extract.relations.titles import _signers_opening_the_sentence, _titled_member
from phoihop.extract.relations.verbs import _inside_parens
from phoihop.text import unique as _unique

ANAPHOR_WINDOW = 40  # before a verb: a bare head ("Ban", "Sở") standing for a body named earlier
PLURAL_SUBJECT_WINDOW = 60  # before a verb: "các hạt kiểm lâm vùng giáp ranh đã tiến hành" (bodies named earlier)
PRESIDED_WINDOW = 120  # before the first body of a subject: "dưới sự chủ trì của", "Căn cứ Chỉ thị … của" set it apart
PAIR_LOOKBACK = 8  # sentences searched back for the subject "hai bên" stands for (a caption or two, or a review's
# paragraph of results, may come between)
_ANAPHOR = re.compile(r"(?<![\w])(Ban|Sở|Hội|Bộ Chỉ huy|Công an|Ủy ban|Đoàn)\s+(?:(?:đã|cũng|còn|vừa)\s+)*$")

# "A cùng B, C (đã) tổ chức hội nghị / lễ ký kết": the list organises the act.
_ORGANISING_GAP = re.compile(
    r"\s*(?:(?:đã|vừa|cùng|phối\s+hợp)\s+)*(?:đồng\s+)?tổ\s+chức\s+(?:hội\s+nghị|lễ|buổi\s+lễ)?\s*$", re.IGNORECASE
)
# after the last named party (its place name may trail it: "Hội Nông dân TP.Hội An và 2 đồn ...");
# the kind may trail words that place the group ("các hạt kiểm lâm vùng giáp ranh đã ký kết")
_PLURAL_SUBJECT = re.compile(
    r"(?<![\w])(?:các|những)\s+((?:[^\W\d_]+\s+){0,5}?[^\W\d_]+)\s+"
    r"(?:(?:đã|cùng|vừa|cũng|đang|thống\s+nhất|tiến\s+hành)\s+)*$",
    re.IGNORECASE,
)
_JOINT_BEFORE_NUMBER = re.compile(r"(?P<place>(?:[\s.]*[^\W\d_][\w'’-]*){0,3}?)\s*(?:,|và|cùng(?:\s+với)?)\s+")
# "Tại hội nghị, đại diện lãnh đạo A và B đã thảo luận ...": the list that opens a sentence as its subject
# (an outlet's dateline may open the lead: "TTH.VN - Chiều 16/7, A và B ...", "(GLO)- Sáng 3/5, ...", after the
# posting time where a scraper joined the lines: "Thứ Hai, 16/07/2018 18:00 TTH.VN - Chiều 16/7, ...")
_SUBJECT_OPENING = re.compile(
    r"(?:(?:Thứ\s+\w+|Chủ\s+nhật)?\s*,?\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+)?"
    r"(?:\(?[^\s,;:()]{2,20}\)?\s*[-–]\s*)?(?:[^,.;:\n]{0,40},\s*)?"
    # (a body's delegation acts for it: "Sáng 19/6, đoàn công tác của Bộ Chỉ huy BĐBP tỉnh đến thăm và làm việc tại ...")
    r"(?:(?:đại\s+diện|lãnh\s+đạo|đoàn\s+công\s+tác(?:\s+của)?)\s+)*",
    re.IGNORECASE,
)
# "hai bên", "lãnh đạo 2 ngành", "hai nhà trường": the two sides named by a count and their kind (patterns.SIDE_KINDS)
_BOTH_SIDES = re.compile(rf"(?<![\w]){TWO_SIDES}", re.IGNORECASE)
# "hai Hội đã ký kết": a bare head after a count is the kind of the sides, not one body named before
_COUNTED_BEFORE_ANAPHOR = re.compile(r"(?<![\w])(?:hai|ba|\d+|các|những)\s+$", re.IGNORECASE)
# "Chương trình ... giữa A và B được đại diện lãnh đạo 2 đơn vị ký kết": the sides are the passive's agent, A and B;
# "Bộ trưởng Bộ A NAME và Bí thư B NAME đã đại diện hai đơn vị, ký kết": the signers titled before stand for the sides
_SIDES = sides("hai|2") + r"\s*,?\s*"
_SIDES_AS_AGENT = re.compile(rf"(?<![\w])(?:đã\s+)?được\s+{_SIDES}(?:{_HOLDS}\s+)?$", re.IGNORECASE)
_SIDES_REPRESENTED = re.compile(
    rf"(?<![\w])(?:đã\s+)?(?:thay\s+mặt|đại\s+diện)\s+{_SIDES}(?:{_HOLDS}\s+)?$", re.IGNORECASE
)


def _sides_stand_for_bodies_before(scan: _SigningScan, last: AgencyMention, verb: int) -> bool:
    """The two sides named between the last body and the verb are those bodies, not a subject of their own: the
    passive's agent ("giữa A và B được đại diện lãnh đạo 2 đơn vị ký kết"), or the sides the signers titled before
    their names represent ("Bộ trưởng Bộ A NAME và Bí thư B NAME đã đại diện hai đơn vị, ký kết": the name of a
    person whose title names ``last`` stands right before; titles after the names are read from the sides)."""
    text = scan.text
    if _SIDES_AS_AGENT.search(text, last.end, verb):
        return True
    m = _SIDES_REPRESENTED.search(text, last.end, verb) if last.signer else None
    return bool(
        m
        and any(
            body.start == last.start and last.end <= end and not text[end : m.start()].strip()
            for _, end, body in scan.titled_names
        )
    )


# what may stand before the sides as the subject: the sentence start, an adverbial and its comma, "lãnh đạo"; "cả"
# ("Cả hai đơn vị đã tiếp tục ký kết ...")
_BEFORE_SUBJECT = re.compile(r"(?:^|[,:]\s*|(?:lãnh\s+đạo|đại\s+diện)\s+)(?:cả\s+)?$", re.IGNORECASE)
# (or only receives: "Dịp này, Hội CCB các xã A, B được tặng giấy khen" acts in nothing that "hai đơn vị" could sign)
_ATTENDS = re.compile(
    r"\s*(?:(?:đã|cũng|cùng|đều|vinh\s+dự)\s+)*(?:dự|tham\s+dự|chứng\s+kiến|có\s+mặt|tham\s+gia|được|nhận)(?![\w])",
    re.IGNORECASE,
)
_NOT_SUBJECT_START = re.compile(r"\s*(?:của|với|giữa|cho|tại|về|thuộc|trên|ở)(?![\w])", re.IGNORECASE)


def _both_sides_after_verb(text: str, verb_end: int, c_end: int) -> bool:
    """ "lễ ký kết chương trình phối hợp giữa hai đơn vị": the clause names its parties as the two sides."""
    return _BETWEEN_BOTH_SIDES.search(text, verb_end, c_end) is not None


def _sides_open_the_subject(text: str, s_start: int, sides_match: re.Match, verb: int) -> bool:
    """Whether the sides ``sides_match`` names are the subject of the verb at ``verb``: only an adverbial, "đại diện"
    or "lãnh đạo" before them in the sentence, only a subject's gap after them."""
    before = text[s_start : sides_match.start()].rstrip()  # empty where the sides open the sentence
    return (not before or _BEFORE_SUBJECT.search(before + " ") is not None) and _is_subject_gap(
        _gap_without_notes(text[sides_match.end() : verb])
    )


def _both_sides_subject(text: str, s_start: int, verb: int) -> bool:
    """ "Tại hội nghị, hai bên đã ký kết", "Sáng 5/3, hai đơn vị tổ chức hội nghị tổng kết ... và ký kết":
    the two sides, named by a count, are the subject of the signing verb."""
    return any(_sides_open_the_subject(text, s_start, m, verb) for m in _BOTH_SIDES.finditer(text, s_start, verb))


# "Tại buổi lễ, đại diện 3 đơn vị đã ký kết", "4 cơ quan đã thống nhất và tổ chức ký kết", "lễ ký kết ... giữa 3
# đơn vị": more than two sides, named by their count and kind (two are read by _BOTH_SIDES, _BETWEEN_BOTH_SIDES)
_COUNTED_SIDES = re.compile(rf"(?<![\w]){COUNTED_SIDES}", re.IGNORECASE)
_BETWEEN_COUNTED_SIDES = re.compile(rf"(?<![\w])giữa\s+{COUNTED_SIDES}", re.IGNORECASE)


def _sides_counted(text: str, s_start: int, verb: int, verb_end: int, c_end: int) -> int | None:
    """How many sides the subject of the signing verb ("Tại hội nghị, hai bên đã ký kết", "Sau đó, 04 đơn vị ký kết")
    or its "giữa" after the verb ("giữa hai Hội", "giữa 3 đơn vị") names by a count, or None."""
    if _both_sides_subject(text, s_start, verb) or _both_sides_after_verb(text, verb_end, c_end):
        return 2
    for m in _COUNTED_SIDES.finditer(text, s_start, verb):
        if _sides_open_the_subject(text, s_start, m, verb):
            return _more_sides(m)
    between = _BETWEEN_COUNTED_SIDES.search(text, verb_end, c_end)
    return _more_sides(between) if between else None


def _more_sides(m: re.Match) -> int | None:
    """The count of sides ``m`` names, where it is three or more (two are read apart, above)."""
    n = lexicon.count_value(m.group("n"))
    return n if n is not None and n >= 3 else None


def _subject_of_size_before(scan: _SigningScan, si: int, n: int) -> list[str]:
    """The ``n`` bodies that open one of the few sentences before ``si`` as its subject, or that a sentence there lists
    as a group's members ("Cụm gồm 4 đơn vị: A; B; C; D. ... lãnh đạo 4 đơn vị ký kết")."""
    for j in range(si - 1, max(-1, si - 1 - PAIR_LOOKBACK), -1):
        keys = _sentence_subject(scan, j, acting=True) or _members_listed_in(scan, j, n)
        if len(keys) == n:
            return keys
    return []


# what opens a group's members in its sentence: "gồm", "gồm có", a colon
_MEMBERS_OPENER = re.compile(r"(?:(?<![\w])(?:bao\s+)?gồm(?:\s+có)?|:)\s*(?:\(\d{1,2}\)\s*)?$", re.IGNORECASE)


def _members_listed_in(scan: _SigningScan, j: int, n: int) -> list[str]:
    """The keys of the ``n`` bodies sentence ``j`` lists after "gồm" or a colon, parted by commas or semicolons (a
    numbered list too: "gồm: (1) A; (2) B"), or []."""
    if j < 0:
        return []
    s_start, s_end = scan.sentences[j]
    lo, hi = bisect.bisect_left(scan.usable_starts, s_start), bisect.bisect_left(scan.usable_starts, s_end)
    bodies = scan.usable[lo:hi]
    for k, a in enumerate(bodies):
        if not _MEMBERS_OPENER.search(scan.text, max(s_start, a.start - 20), a.start):
            continue
        members = _listed_members(scan.text, bodies, k, semicolons=True)
        keys = _unique([scan.key_of(b) for b in members])
        return keys if len(keys) == n else []
    return []


# "A làm việc với B", "A tổ chức hội nghị tổng kết chương trình phối hợp với B", "A tổ chức giao lưu với B", "A đến thăm
# và làm việc tại B", "A tiếp và làm việc với đoàn công tác của B": a body that meets another, the pair "hai bên" of a
# later sentence stands for
_MEETS = re.compile(
    r"(?<![\w])(?:làm\s+việc|giao\s+lưu|gặp\s+mặt|hội\s+đàm|tổ\s+chức|thăm|tiếp|phối\s+hợp)(?![\w])[^.;:\n]{0,120}?"
    r"(?<![\w])(?:với|tại)\s+(?:(?:đoàn\s+công\s+tác|lãnh\s+đạo|đại\s+diện)\s+(?:của\s+)?)?$",
    re.IGNORECASE,
)
MEETS_WINDOW = 160  # between the subject and the body it meets


def _pair_met_before(scan: _SigningScan, si: int) -> list[str]:
    """The subject of one of the few sentences before ``si`` and the body it meets there (``_MEETS``), as two keys."""
    text = scan.text
    for j in range(si - 1, max(-1, si - 1 - PAIR_LOOKBACK), -1):
        subject = _sentence_subject(scan, j, acting=True)
        if len(subject) != 1:
            continue
        s_start, s_end = scan.sentences[j]
        lo, hi = bisect.bisect_left(scan.usable_starts, s_start), bisect.bisect_left(scan.usable_starts, s_end)
        bodies = scan.usable[lo:hi]  # (the body visited is the place of the visit: "làm việc tại B")
        first = next((a for a in bodies if scan.key_of(a) == subject[0]), None)
        if first is None:
            continue
        for other in bodies:
            if other.start <= first.end or scan.key_of(other) == subject[0]:
                continue
            if _MEETS.search(text, max(first.end, other.start - MEETS_WINDOW), other.start):
                return [subject[0], scan.key_of(other)]
            break
    return []


def _sentence_subject(scan: _SigningScan, si: int, acting: bool = False) -> list[str]:
    """Keys of the list of bodies that opens sentence ``si`` as its subject (after an adverbial such as
    "Tại hội nghị," and "đại diện lãnh đạo"), when a predicate, not a preposition, follows it; with
    ``acting``, not when that predicate only attends or witnesses ("... dự tại điểm cầu tỉnh")."""
    if si < 0 or si >= len(scan.sentences):
        return []
    s_start, s_end = scan.sentences[si]
    text = scan.text
    lo, hi = bisect.bisect_left(scan.usable_starts, s_start), bisect.bisect_left(scan.usable_starts, s_end)
    bodies = [a for a in scan.usable[lo:hi] if not a.is_location and not _inside_parens(text, s_start, a.start)]
    # ("Tiểu đoàn Bộ binh 1 - Trung đoàn 6 tổ chức Lễ kết nghĩa với ...": a unit and its parent in apposition are one)
    bodies = _fold_parents_in_apposition(text, bodies)
    return _unique([scan.key_of(a) for a in _opening_subject(text, s_start, s_end, bodies, acting)])


# "Chiều 14/8, tại trụ sở Viện KSND khu vực 3, đơn vị đã tổ chức hội nghị ký kết ...", "X vừa tổng kết công tác năm
# 2023. Dịp này, đơn vị đã ký kết ...": "đơn vị" (the unit) as the subject, right before the verb, stands for the body
# whose seat hosts the act, else for the one the sentence before is about (an agency's own site tells of itself so)
_THE_UNIT_AS_SUBJECT = re.compile(
    r"(?:^|[,:]\s*)(?:đơn\s+vị|cơ\s+quan)(?:\s+(?:đã|cũng|vừa|tiếp\s+tục|chính\s+thức))*"
    r"(?:\s+(?:tổ\s+chức|phối\s+hợp\s+tổ\s+chức)\s+(?:hội\s+nghị|lễ|buổi\s+lễ))?\s+$",
    re.IGNORECASE,
)
_AT_THE_SEAT_OF = re.compile(r"(?<![\w])tại\s+trụ\s+sở\s+$", re.IGNORECASE)


def _the_unit_named_by_its_kind(scan: _SigningScan, sent: _Sentence, v: re.Match) -> list[str]:
    """The body a subject "đơn vị" before the verb stands for: the one whose seat the sentence names, else the
    subject of the sentence before; none where a body of the sentence stands before the verb outside its venue."""
    text = scan.text
    if not _THE_UNIT_AS_SUBJECT.search(text[sent.start : v.start()]):  # (a slice: "^" is the sentence's start)
        return []
    before = [a for a in sent.parties if a.end <= v.start()]
    # (the seat's body is read as a venue, no party of the sentence: it is looked for among all its bodies)
    seat = [
        a
        for a in sent.all_agencies
        if sent.start <= a.start < v.start() and _AT_THE_SEAT_OF.search(text, max(sent.start, a.start - 20), a.start)
    ]
    if seat:
        return [scan.key_of(seat[0])] if all(b is seat[0] for b in before) else []
    return [] if before else _sentence_subject(scan, sent.index - 1)


def _organised_by_subject(scan: _SigningScan, sent: _Sentence, v: re.Match) -> bool:
    """ "A cùng B, C tổ chức hội nghị ký kết": the subject list organises the act the verb names."""
    before = [a for a in sent.parties if a.end <= v.start()]
    return bool(before and _ORGANISING_GAP.match(_gap_without_notes(scan.text[before[-1].end : v.start()])))


# "Dưới sự chủ trì / chỉ đạo / chứng kiến của X, A và B ký kết", "Thực hiện chỉ đạo của X, A và B ký kết", "Căn cứ
# Chỉ thị số 16-CT/TW của X, A và B ...": X opens the sentence in an adverbial (it presides, directs, witnesses or
# issued the basis of the act), set off by a comma from the subject that signs
_PRESIDED_BY = re.compile(
    r"(?<![\w])(?:(?:dưới|với|trước)\s+sự\s+(?:chủ\s+trì|chỉ\s+đạo|chứng\s+kiến|tham\s+dự|có\s+mặt)\s+(?:của\s+)?|"
    rf"(?:{_CARRYING_OUT}|được\s+sự|nhằm)(?![\w])[^,;]{{0,80}}?\s+của\s+)"
    rf"(?:(?:lãnh\s+đạo|đại\s+diện|{lexicon.COMRADE})\s+)?$",
    re.IGNORECASE,
)


def _named_signers(scan: _SigningScan, sent: _Sentence, v: re.Match) -> list[str]:
    """ "Tại hội nghị, đồng chí Nguyễn Văn Hải và Đại tá Trần Văn Nam đã ký kết ...", the two introduced with their
    titles earlier ("đồng chí Nguyễn Văn Hải, Trưởng Ban Dân vận Tỉnh ủy"): the bodies of those titles sign.
    Two or more such names must form the subject list right before the verb."""
    names = [n for n in scan.titled_names if sent.start <= n[0] and n[1] <= v.start()]
    listed = _signers_opening_the_sentence(scan.text, sent.start, v.start(), names)
    keys = _unique([scan.key_of(body) for _, _, body in listed])
    return keys if listed and len(keys) == len(listed) else []


# A signing verb right after a comma or a semicolon (and "đồng thời", "cũng", "tiếp tục"): a second predicate of the
# sentence's subject, not a new clause with a subject of its own
_SECOND_PREDICATE = re.compile(
    r"\s*[,;]\s*(?:(?:đồng\s+thời|cũng|đã|tiếp\s+tục|còn)\s*,?\s*)*$",
    re.IGNORECASE,
)


# A word that makes the body after it its object or complement ("trực thuộc C", "của C", "tại C"), and a signing verb
# joined by "và" as the next predicate of the sentence's subject ("... và ký kết", "... và tổ chức ký kết")
_AN_OBJECT_BEFORE = re.compile(
    r"(?<![\w])(?:(?:trực\s+)?thuộc|của|tại|cho|về|ở|trên|đối\s+với)\s+(?:các\s+)?$", re.IGNORECASE
)
OBJECT_WORD_WINDOW = 20
# "A và B tổng kết Nghị quyết liên tịch số X (ngày D) giữa C và E và ký kết ...": C and E are the parties of the
# numbered document reviewed, right before them (not "tổng kết quy chế phối hợp giữa A và B và ký kết ...": there the
# partnership reviewed is the one that signs again)
_BETWEEN_BEFORE = re.compile(r"(?<![\w])giữa\s+$", re.IGNORECASE)
DOCUMENT_PARTIES_GAP = 30  # between a document's symbol and its "giữa": its issue date


def _parties_of_a_numbered_document(scan: _SigningScan, start: int) -> bool:
    """Whether the body at ``start`` opens the "giữa" list of a numbered document named right before it."""
    between = _BETWEEN_BEFORE.search(scan.text, max(0, start - OBJECT_WORD_WINDOW), start)
    return between is not None and _follows_a_numbered_document(scan, between.start())


def _follows_a_numbered_document(scan: _SigningScan, pos: int) -> bool:
    """Whether a numbered document ends right before ``pos`` (its issue date may stand between)."""
    k = bisect.bisect_left(scan.doc_starts, pos)
    return k > 0 and 0 <= pos - scan.docs[k - 1].end <= DOCUMENT_PARTIES_GAP


def _names_partners_before(scan: _SigningScan, start: int, verb: int) -> bool:
    """Whether a "giữa" or "với" between ``start`` and the verb names the partners of the clause: not the "giữa" of a
    numbered document reviewed ("tổng kết Quy chế số 45/QC-CAT-BCHQS ngày 10/6/2019 giữa A và B; đồng thời ký kết
    ...": A and B are that document's parties, and the verb goes on with the sentence's opening subject)."""
    return any(
        not (m.group().casefold() == "giữa" and _follows_a_numbered_document(scan, m.start()))
        for m in _PARTNER_WORD.finditer(scan.text, start, verb)
    )


# ", các cơ sở giáo dục trực thuộc ": a listed kind of units that belong to the next body
_OWNED_MEMBERS = re.compile(r"^\s*,\s*(?:các|những)\s+[^,;.()\d]{1,40}?\s+(?:trực\s+thuộc|thuộc)\s*$", re.IGNORECASE)
_PARENT_LINK = re.compile(r"\s*,?\s*(?:trực\s+)?thuộc\s*", re.IGNORECASE)  # (", thuộc" sets the parent off too)
# "A, B, C thuộc Cụm thi đua số 7 - Bộ Công an tổ chức ký kết": the bloc's owner after it is no subject
_BLOC_PARENT_LINK = re.compile(
    r"\s*(?:trực\s+)?thuộc\s+(?:Khối|Cụm)\s+thi\s+đua[^,.;:()\n]{0,20}?\s*[-–,]\s*", re.IGNORECASE
)
# (not "giữa" before a count of sides, which names a reviewed document's parties: "tổng kết Quy chế số X giữa 3 đơn vị và
# ký kết ...")
_PARTNER_WORD = re.compile(rf"(?<![\w])(?:giữa(?!\s+{COUNTED_SIDES})|với)(?![\w])", re.IGNORECASE)
_THIS_UNIT_AND = re.compile(r"(?<![\w])(?:đơn\s+vị|cơ\s+quan)\s+này\s+(?:và|cùng(?:\s+với)?)\s+$", re.IGNORECASE)
THIS_UNIT_WINDOW = 25
THIS_UNIT_REACH = 80  # from the body named last to "Đơn vị này"
_AND_NEXT_PREDICATE = re.compile(
    rf"(?<![\w])(?:và|đồng\s+thời)\s+(?:(?:đã|cùng|{_HOLDS}|(?:buổi\s+)?lễ)\s+)*$", re.IGNORECASE
)


# The day and the venue that open a sentence before its subject ("Chiều 18/9, tại Hội trường Công an tỉnh, ")
_VENUE_OPENING = re.compile(r"(?:[^,.;:\n]{0,40},\s*)?tại\s[^,.;:\n]{1,80},\s*", re.IGNORECASE)


def _opening_subject(
    text: str, s_start: int, s_end: int, bodies: list[AgencyMention], acting: bool = False
) -> list[AgencyMention]:
    """The list of ``bodies`` (the sentence's, in order) that opens the sentence as its subject (after an adverbial
    such as "Tại hội nghị," and "đại diện lãnh đạo"), when a predicate, not a preposition, follows it; with
    ``acting``, not when that predicate only attends or witnesses. None otherwise."""
    venue = _VENUE_OPENING.match(text, s_start, s_end)
    if venue:
        # "Chiều 18/9, tại Hội trường Công an tỉnh, A và B tổ chức ...": the bodies of the venue are no subject
        s_start = venue.end()
        bodies = [b for b in bodies if b.start >= s_start]
    if not bodies or not _SUBJECT_OPENING.fullmatch(text, s_start, bodies[0].start):
        return []
    lst, with_first = _agency_list(text, bodies, 0)
    predicate = _gap_without_notes(text[lst[-1].end : s_end])
    if with_first or _NOT_SUBJECT_START.match(predicate) or (acting and _ATTENDS.match(predicate)):
        return []
    return lst


def _unit_for_its_parent(text: str, before: list[AgencyMention], subject: list[AgencyMention]) -> list[AgencyMention]:
    """The subject list opening with a parent after "thuộc", with the unit it places in its stead: the body named right
    before "thuộc", after a bracket of its short form too ("Ban Chỉ huy Phòng thủ khu vực 2 (Ban CHPTKV 2) thuộc Bộ
    CHQS tỉnh và B ký kết"), else none (a firm, no body of the facts: "Công ty 72 thuộc Binh đoàn 15 và B ký kết")."""
    k = before.index(subject[0])
    unit = before[k - 1] if k > 0 else None
    if unit is not None and _PARENT_LINK.fullmatch(_gap_without_notes(text[unit.end : subject[0].start])):
        return [unit, *subject[1:]]
    return subject[1:]


# A phrase that describes the subject list, set off between it and the verb by two dashes or two commas, opening with
# the kind of the bodies listed ("A, B và C - các đơn vị thuộc Khối thi đua các cơ quan tham mưu, giúp việc Tỉnh ủy -
# đã ký kết", "A và B, hai đơn vị có nhiều kinh nghiệm, đã ký kết"): an apposition, no part of the subject nor of the
# predicate; a body named inside it ("Tỉnh ủy") is no signer. Between commas it holds no comma (the comma closes it).
_APPOSITION_HEAD = rf"(?:là\s+)?(?:các|những|{lexicon.COUNT_RX})\s+{SIDE_KINDS}"
APPOSITION_MAX = 120  # longest apposition after its kind
_APPOSITION = re.compile(
    rf"\s+[-–]\s+{_APPOSITION_HEAD}[^.;:\n\-–]{{1,{APPOSITION_MAX}}}?\s+[-–]\s+"
    rf"|\s*,\s*{_APPOSITION_HEAD}[^.;:\n,]{{1,{APPOSITION_MAX}}}?,\s*",
    re.IGNORECASE,
)


def _apposition_after_subject(text: str, before: list[AgencyMention], verb: int) -> re.Match | None:
    """The apposition (``_APPOSITION``) right after one of the bodies ``before`` the verb at ``verb``, where only a
    subject's gap without a comma stands between it and the verb, or None."""
    for body in before:
        m = _APPOSITION.match(text, body.end, verb)
        if m is None:
            continue
        rest = text[m.end() : verb]
        if "," not in rest and _is_subject_gap(_gap_without_notes(rest)):
            return m
    return None


def _clause_subject(scan: _SigningScan, sent: _Sentence, v: re.Match) -> list[str]:
    """Keys of the agencies that sign as the verb's subject: the list right before it, the bodies of
    the signers' titles, or a bare head standing for a body named earlier."""
    text = scan.text
    earlier = [u for u in sent.verbs if u.end() <= v.start()]
    if earlier and _SECOND_PREDICATE.search(text, earlier[-1].end(), v.start()):
        # "A ký kết chương trình với B, (đồng thời) ký kết quy chế với C": the second verb shares the first's subject
        return _clause_subject(scan, sent, earlier[-1])
    before = [a for a in sent.parties if a.end <= v.start()]
    if len(before) >= 2 and (
        (not before[-2].listed and _PARENT_LINK.fullmatch(text, before[-2].end, before[-1].start))
        or _BLOC_PARENT_LINK.fullmatch(text, before[-2].end, before[-1].start)
    ):
        # "A và đoàn cơ sở Hải đội 322 thuộc Hải đoàn 32 ký kết": the unit's parent is no subject (the members of a
        # list, "các Tiểu đoàn 1, 2, 3 trực thuộc C", are read with their owner as they were, but not a bloc's owner)
        before.pop()
    apposition = _apposition_after_subject(text, before, v.start())
    if apposition is not None:
        before = [a for a in before if a.end <= apposition.start()]
    # (the predicate's gap runs from the end of the subject's apposition: its count of sides is no subject either)
    gap_start = apposition.end() if apposition is not None else before[-1].end if before else v.start()
    if (
        before
        and _both_sides_subject(text, gap_start, v.start())
        and not _sides_stand_for_bodies_before(scan, before[-1], v.start())
    ):
        return []  # "..., từ Khóa XIV của Quốc hội, hai cơ quan đã ký": the two sides sign, not a body named before them
    plural = _PLURAL_SUBJECT.search(text, max(sent.start, v.start() - PLURAL_SUBJECT_WINDOW), v.start())
    plural_member: list[str] = []  # "A và các đồn biên phòng ký kết": the plural is the list's last member
    if plural and before and plural.start() >= before[-1].end:
        plural_keys = _bodies_of_kind(scan, plural.group(1), plural.start())
        if plural_keys and _SEP_JOINT.match(_gap_without_notes(text[before[-1].end : plural.start()])):
            plural_member = plural_keys
        elif plural_keys:
            # "..., các hạt kiểm lâm vùng giáp ranh đã ký kết": a plural subject of its own stands between
            # the last body named and the verb; that body is no subject
            return plural_keys
    subject: list[AgencyMention] = []
    if before and _is_subject_gap(_gap_without_notes(text[gap_start : v.start()])):
        k = len(before) - 1
        joined_by_and = False
        owners: set[int] = set()  # bodies named only as the owners of a listed kind ("các trường trực thuộc C")
        while k > 0:
            sep = _gap_without_notes(text[before[k - 1].end : before[k].start])
            if _OWNED_MEMBERS.match(sep):
                owners.add(k)  # "A, các cơ sở giáo dục trực thuộc C, D đã ký kết": the schools sign, not C
                k -= 1
                continue
            if not (
                _joins(sep, before[k - 1], before[k])
                or _SEP_WITH.match(sep)
                or _titled_member(sep, before[k])
                # (the list before the semicolon is read from its opening: "A ký kết ... với B, C; D ký kết ..."
                # closes the partners "với" opened, though C itself follows a comma)
                or (";" in sep and _semicolon_joins(text, sep, _list_ending_at(text, before, k - 1)[0]))
            ):
                break
            if _LAST_AND.match(sep) and not _within_spread_list(before[k - 1], before[k]):
                if joined_by_and:
                    # "giữa A và B, C và D cũng ký": a list has one "và", before its last item; the
                    # subject list opens after the comma that ended the earlier one
                    while k < len(before) - 1 and not _COMMA_ONLY.match(
                        _gap_without_notes(text[before[k].end : before[k + 1].start])
                    ):
                        k += 1
                    k += 1
                    break
                joined_by_and = True
            k -= 1
        subject = [b for i, b in enumerate(before[k:], k) if i not in owners]
        # (none where the list that opened after a closed pair ran to the verb with no body of its own)
        if (
            subject
            and (
                _AN_OBJECT_BEFORE.search(text, max(sent.start, subject[0].start - OBJECT_WORD_WINDOW), subject[0].start)
                or _parties_of_a_numbered_document(scan, subject[0].start)
            )
            and _AND_NEXT_PREDICATE.search(text, subject[-1].end, v.start())
        ):
            # "A, B đã tổ chức hội nghị ... tại các cơ sở trực thuộc C, giai đoạn 2010 - 2015 và ký kết ...": C is the
            # object of another word in the first predicate; the verb is the second predicate of the opening list
            subject = _opening_subject(text, sent.start, sent.end, before)
        elif (
            subject
            and _WITH_BEFORE.search(text, max(sent.start, subject[0].start - OBJECT_WORD_WINDOW), subject[0].start)
            and _SECOND_PREDICATE.match(text, subject[-1].end, v.start())
        ):
            # "A tổ chức hội nghị sơ kết chương trình năm 2019 với B, ký kết chương trình năm 2020": B is the first
            # predicate's partner, and the verb after the comma is the opening subject's second predicate
            opening = _opening_subject(text, sent.start, sent.end, before)
            if opening and opening[-1].end < subject[0].start:
                subject = opening + subject
        elif subject and parent_of_the_unit_before(text, sent.start, subject[0]):
            subject = _unit_for_its_parent(text, before, subject)
        if (
            len(subject) >= 2
            and _PRESIDED_BY.search(text, max(sent.start, subject[0].start - PRESIDED_WINDOW), subject[0].start)
            and _COMMA_AFTER.match(text, subject[0].end)
        ):
            subject = subject[1:]  # "dưới sự chủ trì của X, A và B ký kết": X presides, A and B sign
    if (
        not subject
        and before
        and (
            _SECOND_PREDICATE.search(text, before[-1].end, v.start())
            or _AND_NEXT_PREDICATE.search(text, before[-1].end, v.start())
        )
        and not _names_partners_before(scan, sent.start, v.start())
    ):
        # "A và B tổ chức hội nghị tại C, ký kết ...", "A, B và C tổng kết Quy chế số X giữa 3 đơn vị và ký kết ...": no
        # subject right before the verb after the comma or "và"; it is the second predicate of the list that opens the
        # sentence (where no "giữa" or "với" names the partners)
        subject = _opening_subject(text, sent.start, sent.end, before)
    if not subject or all(a.signer for a in subject):
        # "Đại tá A, Chỉ huy trưởng Bộ CHQS tỉnh và bà B, Chủ tịch Hội LHPN tỉnh đã ký kết":
        # the bodies of the signers' titles sign.
        subject = [a for a in sent.all_agencies if a.signer and a.end <= v.start()] or subject
    subject_keys = [scan.key_of(a) for a in subject]
    if not subject_keys and not plural:
        subject_keys = _named_signers(scan, sent, v)
        sent.by_signers = sent.by_signers or bool(subject_keys)
    if subject:
        # "A và 2 đồn biên phòng (cũng) ký kết": the number stands for the bodies of that kind named before
        joint = _JOINT_BEFORE_NUMBER.match(text, subject[-1].end, v.start())
        if joint and _capitalised_words(joint.group("place")):
            subject_keys += _numbered_reference(scan, joint.end(), joint.end()) or [
                k for k in _counted_group(scan, joint.end()) if k not in subject_keys
            ]
    if subject and plural_member:
        subject_keys += [k for k in plural_member if k not in subject_keys]
    if subject:
        # "Tin từ Kho bạc Nhà nước tỉnh cho biết: Đơn vị này và Công an tỉnh vừa ký kết ...": "this unit" is the body
        # named last before it
        this = _THIS_UNIT_AND.search(text, max(0, subject[0].start - THIS_UNIT_WINDOW), subject[0].start)
        named = [a for a in scan.agencies if a.end <= this.start()] if this is not None else []
        last = max(named, key=lambda a: a.end) if named else None
        if (
            this is not None
            and last is not None
            and this.start() - last.end <= THIS_UNIT_REACH
            and scan.key_of(last) not in subject_keys
        ):
            subject_keys.insert(0, scan.key_of(last))
    if subject and all(a.signer for a in subject):
        sent.by_signers = True
    if not subject_keys and plural:
        # "Đại diện các đảng ủy ký kết ...": every body of that kind the article named before
        subject_keys = _bodies_of_kind(scan, plural.group(1), plural.start())
        if not subject_keys:
            # "các thành viên đã thống nhất ký kết" after "12 hội thành viên gồm A, B, ...": the listed members
            group = _group_of_kind(scan, plural.group(1), plural.start())
            subject_keys = list(group.keys) if group else []
        if not subject_keys:
            # a photo's caption that opens the report ("Đại diện các đảng ủy ký kết ... Ảnh: X"), before the text that
            # names the bodies: those of that kind the next sentences name
            subject_keys = _bodies_of_kind(scan, plural.group(1), _after_sentences(scan, sent.index, FORWARD_SENTENCES))
    if not subject_keys:
        subject_keys = _counted_head_subject(scan, sent, v)
    if not subject_keys:
        m = _ANAPHOR.search(text, max(sent.start, v.start() - ANAPHOR_WINDOW), v.start())
        if m and not _COUNTED_BEFORE_ANAPHOR.search(text, sent.start, m.start()):
            resolved = scan.anaphor_resolver(m.group(1))
            if resolved:
                subject_keys = [resolved]
    if not subject_keys and not earlier and _CONTINUING_CLAUSE.fullmatch(text, sent.start, v.start()):
        # "A tổ chức hội nghị tổng kết. Đồng thời, ký kết chương trình ... với B": a sentence that opens with its verb
        # after a linking adverbial goes on with the subject of the sentence before, and with the body that subject met
        # there where the clause names no partner ("A làm việc với B. Sau đó, ký kết kế hoạch phối hợp ...")
        partners = [a for a in sent.parties if a.start >= v.end()]
        subject_keys = (not partners and _pair_met_before(scan, sent.index)) or _sentence_subject(
            scan, sent.index - 1, acting=True
        )
    return subject_keys


# The linking adverbials a sentence with no subject of its own opens with, before its signing verb
_CONTINUING_CLAUSE = re.compile(
    r"\s*(?:(?:đồng\s+thời|(?:nhân\s+)?dịp\s+này|(?:cũng\s+)?tại\s+(?:hội\s+nghị|buổi\s+lễ|buổi\s+làm\s+việc)"
    r"(?:\s+này)?|(?:ngay\s+)?sau\s+đó|tiếp\s+đó|cùng\s+ngày)\s*,?\s*)+"
    r"(?:(?:đã|cũng|còn|vừa|tiếp\s+tục|tiến\s+hành|tổ\s+chức)\s+)*",
    re.IGNORECASE,
)


FORWARD_SENTENCES = 2  # sentences after a caption that opens the report, read for the bodies its plural stands for
