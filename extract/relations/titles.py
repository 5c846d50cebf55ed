"""Signers' titles: bodies named in the title of a person who signs, before or after the person's name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention
from phoihop.extract.relations.mention_lists import _gap_without_notes, _is_subject_gap, _joins
from phoihop.extract.relations.patterns import _HOLDS
from phoihop.extract.relations.verbs import _sentences_signing
from phoihop.text import skip_spaces as _skip_spaces

TITLE_TAIL_WINDOW = 30  # before a body: "Chủ tịch / Bí thư / Trưởng ban" ends a person's title

# --- signers named by their titles ------------------------------------------------------------------------
_SIGNER_GAP = re.compile(
    # ("đã tổ chức (lễ) ký kết", "tiến hành ký kết": the act is the signing all the same)
    rf"[\s,]*(?:(?:đã|vừa|cùng|chính\s+thức|{_HOLDS}|(?:buổi\s+)?lễ|(?:thay\s+mặt|đại\s+diện)(?:\s+lãnh\s+đạo)?"
    r"(?:\s+(?:hai|ba|bốn|năm|các)\s+"
    r"(?:bên|đơn\s+vị|ngành|cơ\s+quan|lực\s+lượng))?)(?![\w])[\s,]*)*",
    re.IGNORECASE,
)
_STANDING = re.compile(r"\s*Thường\s+trực\s+", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"(?:Chủ\s+tịch|Bí\s+thư|Trưởng\s+ban|Phó\s+Trưởng\s+ban)\s+$", re.IGNORECASE)
_TITLE_OF_A_BAN = re.compile(r"(?<![\w])(?:Phó\s+)?[Tt]rưởng\s+[Bb]an\s+(?:[^\W\d_]+\s+){1,3}$")
_AFTER_TITLE = re.compile(r"\s*(?:[;,]|và(?![\w])|$)", re.IGNORECASE)
# Where a signer stands in the photo, noted in a caption after his title: "(bên trái)", "(phải)", "(đứng giữa)", "(thứ
# hai từ trái sang)"
_PLACE_IN_PHOTO = re.compile(
    r"\s*\((?:(?:bên|đứng|ngồi|ở)\s+){0,2}(?:thứ\s+(?:\w+\s+){1,2}từ\s+)?(?:trái|phải|giữa)"
    r"(?:\s+sang(?:\s+(?:trái|phải))?)?\s*\)",
    re.IGNORECASE,
)
# "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy": a person signs for the body he heads, not
# for one he only sits in ("Ủy viên / Thành viên / Hội viên <body>").
_MEMBER_OF = re.compile(
    r"(?<![\w])(?:[ỦUủu][ỷy]\s+viên|[Tt]hành\s+viên|[Hh]ội\s+viên)(?:\s+dự\s+khuyết)?"
    r"(?:\s+(?:Ban\s+)?(?:Thường\s+vụ|Chấp\s+hành))?\s+$"
)
MEMBER_WINDOW = 40  # before a body: "Ủy viên (Ban Thường vụ)"


# Between two signers named without their titles: "và", a comma, and the next one's form of address or rank (the
# ranks of the lexicon, ranks.txt).
_ADDRESS_OR_RANK = rf"(?:(?:{lexicon.COMRADE}|ông|bà|{lexicon.alternation(lexicon.ranks())})\s+)?"
_SIGNER_SEP = re.compile(rf"\s*(?:,\s*(?:và\s+)?|và\s+){_ADDRESS_OR_RANK}$", re.IGNORECASE)
_SIGNER_OPENING = re.compile(
    r"(?:^|[,:]\s*|(?:thay\s+mặt|đại\s+diện)(?:\s+(?:lãnh\s+đạo\s+)?(?:hai|ba|các)\s+(?:đơn\s+vị|cơ\s+quan|bên|ngành))?\s*,?\s*)"
    rf"{_ADDRESS_OR_RANK}$",
    re.IGNORECASE,
)


def _signers_opening_the_sentence(
    text: str, s_start: int, verb: int, signers: list[tuple[int, int, AgencyMention]]
) -> list[tuple[int, int, AgencyMention]]:
    """The last two or more of ``signers`` ((start, end, body), in text order, before ``verb``) when they form the
    subject list that opens the sentence and runs up to the verb, else []."""
    if len(signers) < 2 or not _is_subject_gap(text[signers[-1][1] : verb]):
        return []
    k = len(signers) - 1
    while k > 0 and _SIGNER_SEP.fullmatch(text, signers[k - 1][1], signers[k][0]):
        k -= 1
    listed = signers[k:]
    return listed if len(listed) >= 2 and _SIGNER_OPENING.search(text[s_start : listed[0][0]]) else []


def mark_signer_titles(
    text: str, sentences: list[tuple[int, int]], agencies: list[AgencyMention], persons: Sequence = ()
) -> None:
    """Bodies named only in the titles of the persons who sign ("Đại tá A, Chỉ huy trưởng Bộ CHQS
    tỉnh và bà B, Chủ tịch Hội LHPN tỉnh đã ký kết ...") are the signing parties: flag them ``signer``
    and no longer in a title. A title may come before its holder's name ("... và đồng chí Trưởng ban Dân vận
    Thành ủy Nguyễn Lan Hương ký kết"): the body's title then ends where the name of one of ``persons`` does."""
    starts = [a.start for a in agencies]
    name_ends = {p.start: p.end for p in persons}

    def title_end(a: AgencyMention) -> int:
        end = name_ends.get(_skip_spaces(text, a.end), a.end) if name_ends else a.end
        note = _PLACE_IN_PHOTO.match(text, end)  # a caption's note of where the signer stands ends his title
        return note.end() if note else end

    for s_start, _, v in _sentences_signing(text, sentences):
        lo = bisect.bisect_left(starts, s_start)
        before = [
            a for a in agencies[lo : bisect.bisect_left(starts, v.start())] if a.end <= v.start() and not a.is_location
        ]
        if before and any(not a.in_title for a in before):
            _mark_titled_members(text, before, v.start(), s_start)
            continue
        if not before:
            continue
        if not _SIGNER_GAP.fullmatch(text, title_end(before[-1]), v.start()):
            continue
        # each body ends its title: then a separator, the next person, or the verb
        ends = [a for a in before[:-1] if _AFTER_TITLE.match(text, title_end(a), v.start())] + [before[-1]]
        for a in _one_body_per_signer(ends, persons, s_start):
            if _TITLE_OF_A_BAN.search(text, max(0, a.start - TITLE_TAIL_WINDOW), a.start):
                continue  # "Trưởng ban Dân vận Thành ủy": the signer's body is the committee's Ban, unread
            if _MEMBER_OF.search(text, max(0, a.start - MEMBER_WINDOW), a.start):
                continue  # "Ủy viên Ban Thường vụ Tỉnh ủy": a body the signer sits in, not one he signs for
            a.in_title = False
            a.signer = True
            if (
                a.pre
                and _STANDING.match(a.pre)
                and _TITLE_TAIL.search(text, max(0, a.start - TITLE_TAIL_WINDOW), a.start)
            ):
                # "Phó Chủ tịch Thường trực Hội Nông dân tỉnh": "Thường trực" belongs to the title
                a.canonical = _STANDING.sub("", a.canonical, count=1)


def _one_body_per_signer(ends: list[AgencyMention], persons: Sequence, s_start: int) -> list[AgencyMention]:
    """A person signs for one body: of the bodies the titles of one person's chain name (``position_spans``, as the
    persons reader split them: "Nguyễn Khánh Minh - Phó Bí thư Tỉnh Đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh"), the
    last, the post the chain leads to. Bodies in no person's titles are kept each."""
    dropped: set[int] = set()
    for p in persons:
        if p.start < s_start:
            continue
        in_titles = [a for a in ends if any(lo <= a.start < hi for lo, hi in p.position_spans)]
        dropped.update(id(a) for a in in_titles[:-1])
    return [a for a in ends if id(a) not in dropped]


TITLE_BEFORE_NAME_GAP = 30  # between a title written before a name and the name: a rank, a form of address


def first_body_in(agencies: list[AgencyMention], starts: list[int], start: int, end: int) -> AgencyMention | None:
    """The first of ``agencies`` (sorted, with their ``starts``) that lies inside ``start``..``end`` (a title's span)."""
    k = bisect.bisect_left(starts, start)
    return agencies[k] if k < len(agencies) and agencies[k].end <= end else None


def mark_signers_titled_before_their_names(
    text: str, sentences: list[tuple[int, int]], agencies: list[AgencyMention], persons: list
) -> None:
    """ "Chủ tịch UBND TP. HCM Nguyễn Thành Phong và Chủ tịch UBND tỉnh Bến Tre Cao Văn Trọng ký kết ...": two or more
    persons whose titles are written before their names open the signing sentence as its subject; the body each title
    names (its first) signs: flag it ``signer`` and no longer in a title."""
    starts = [a.start for a in agencies]
    for s_start, _, v in _sentences_signing(text, sentences):
        signers = []  # (title start, name end, the title's body)
        for p in persons:
            if not (s_start <= p.start and p.end <= v.start()):
                continue
            spans = [(a, b) for a, b in p.position_spans if b <= p.start and p.start - b <= TITLE_BEFORE_NAME_GAP]
            body = first_body_in(agencies, starts, *spans[-1]) if spans else None
            if body is not None:
                signers.append((spans[-1][0], p.end, body))
        for _, _, body in _signers_opening_the_sentence(text, s_start, v.start(), signers):
            body.in_title = False
            body.signer = True


# "A và thủ trưởng B": a joiner and a title written without a person's name (lower-case words only)
_JOINED_UNNAMED_TITLE = re.compile(r"\s*(?:,|và|cùng)\s+((?:[^\W\d_]+\s+){1,3})$", re.IGNORECASE)


# "Sáng 3/3, thủ trưởng <body>": a title without a name that opens the sentence or its clause
_OPENING_UNNAMED_TITLE = re.compile(r"(?:^|[,:]\s*)((?:[^\W\d_]+\s+){1,3})$", re.IGNORECASE)


def _titled_member(sep: str, a: AgencyMention) -> bool:
    """ "... và thủ trưởng <a>": ``a`` joins the list through the unnamed title of its head."""
    title = _JOINED_UNNAMED_TITLE.fullmatch(sep)
    return a.signer and title is not None and title.group(1).islower()


def _mark_titled_members(text: str, before: list[AgencyMention], verb: int, s_start: int) -> None:
    """ "Thường trực Hội Nông dân tỉnh và thủ trưởng Bộ Chỉ huy BĐBP tỉnh ký kết": in the list of bodies
    that signs, a member named after the title of its head, with no person named ("thủ trưởng", "lãnh
    đạo"), signs as the body."""
    if not _SIGNER_GAP.fullmatch(text, before[-1].end, verb):
        return
    for prev, a in zip(reversed(before[:-1]), reversed(before), strict=False):
        sep = _gap_without_notes(text[prev.end : a.start])
        if a.in_title:
            a.signer = True
            if not _titled_member(sep, a):
                a.signer = False
                return
            a.in_title = False
        elif not _joins(sep, prev, a):
            return
    first = before[0]
    opening = _OPENING_UNNAMED_TITLE.search(text[s_start : first.start])
    if first.in_title and opening and opening.group(1).islower():
        # "thủ trưởng Bộ Chỉ huy X và Thường trực Hội Y ký kết": the list opens with a titled member
        first.in_title = False
        first.signer = True
