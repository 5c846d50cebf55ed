"""``document_parties``: who issued a document, from the bodies named around it."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from phoihop.extract.agencies import AgencyMention
from phoihop.extract.documents import DocMention
from phoihop.extract.relations.mention_lists import (
    _agency_list,
    _gap_without_notes,
    _is_subject_gap,
    _list_ending_at,
)
from phoihop.extract.relations.patterns import _COMMA_AFTER, _COMMA_ONLY, _LAST_AND, _SIGNED_KINDS, _WITH_AFTER
from phoihop.extract.relations.verbs import _SIGN
from phoihop.text import unique as _unique

# --- document issuers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartiesByCount:
    """ "... giữa hai đơn vị / hai cơ quan / hai bên / 3 đơn vị / hai cấp ủy": the parties are the bodies the article is
    about, ``count`` of them (0 for "các"); who they are is read once the article's signings are known."""

    count: int


# The parties of a document counted after it: "giữa hai đơn vị", or as those who issued it, the agents of its passive
# or its owners ("Quy chế số 12/QCPH do hai cơ quan ký ngày 20/4/2014", "... số 12/QCPH được hai cơ quan ký kết năm
# 2014", "Kế hoạch liên tịch số 45/KH ngày 25/2/2019 của ba cơ quan"): the count refers back to the bodies named before
_BOTH = re.compile(
    r"[\s,]*(?:(?:đã\s+)?(?:được\s+)?(?:ký\s+kết|ban\s+hành|ký))?[\s,]*(?:giữa|của|do|(?:đã\s+)?được)\s+"
    r"(?P<count>hai|ba|bốn|năm|\d{1,2}|các)\s+"
    r"(?:đơn\s+vị|cơ\s+quan|bên|ngành|lực\s+lượng|cấp\s+ủy)(?![\w])",
    re.IGNORECASE,
)
# "Trước đó, hai bên đã ký kết và thực hiện Chương trình phối hợp số 13/...": the sides counted as the subject that
# signed the document (a co-verb may follow the signing one)
_COUNTED_SIGNERS_BEFORE = re.compile(
    r"(?<![\w])(?P<count>hai|ba|bốn|năm|\d{1,2})\s+(?:đơn\s+vị|cơ\s+quan|bên|ngành|lực\s+lượng)\s+"
    r"(?:(?:đã|từng|vừa|cùng|chính\s+thức)\s+)*(?:ký\s+kết|ký|ban\s+hành)(?:\s+và\s+(?:thực\s+hiện|triển\s+khai))?\s+$",
    re.IGNORECASE,
)
COUNTED_SIGNERS_WINDOW = 60  # before a document: "hai bên đã ký kết và thực hiện"
_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "các": 0}


def _parties_counted(m: re.Match) -> PartiesByCount:
    """The parties a count names ("hai đơn vị": 2; "các đơn vị": 0, as many as the article's signers)."""
    count = m.group("count").casefold()
    return PartiesByCount(_COUNTS.get(count, int(count) if count.isdigit() else 0))


_ISSUER_LINK = re.compile(
    r"[\s,]*(?:(?:đã\s+)?(?:được\s+)?(?:ký\s+kết|ban\s+hành|ký))?[\s,]*(?:của|giữa)\s+", re.IGNORECASE
)
_ISSUER_LINK_LOOSE = re.compile(r"[\s,]*(?:\S+\s+){0,2}?(?:của|giữa)\s+", re.IGNORECASE)
# "Quy chế số X ngày D về (công tác) phối hợp giữa A và B": the coordination the document is about names its parties
_ABOUT_COORDINATION_LINK = re.compile(
    r"[\s,]*về\s+(?:việc\s+)?(?:[^\W\d_]+\s+){0,4}?(?:phối\s+hợp|hợp\s+tác)\s+"
    # ("về phối hợp công tác dân vận giữa A và B": the work named after "công tác")
    r"(?:(?:công\s+tác|trong\s+công\s+tác)\s+(?:[^\W\d_]+\s+){0,3}?)?giữa\s+",
    re.IGNORECASE,
)
_ISSUER_LINK_BREAK = re.compile(r"[;\"]")
# the adverbs before an issuing verb: "đã phối hợp ban hành", "vừa chính thức ký"
# ("A và B từng ký Chương trình số X": "từng", once, tells it as past like "đã")
_ISSUE_ADVERBS = r"(?:(?:đã|từng|vừa|mới|cũng|cùng|chính\s+thức|phối\s+hợp|thống\s+nhất)\s+)*"
# "A, B và C (đã) ban hành / xây dựng (thống nhất ban hành) Chương trình số X": the subject list issues it
# (the kind and a few words of title may stand between the verb and a number the kind was not read with); so does the
# list of bodies that signed it, told as past ("Năm 2011, A và B đã ký kết Chương trình phối hợp số X": no act of the
# page, so no signing lends the document its signers), not persons signing for their bodies ("Đại tá A, Chỉ huy trưởng
# Bộ CHQS tỉnh và bà B, Chủ tịch Hội LHPN tỉnh ký kết ...": the signing names the sides)
_ISSUES = re.compile(
    r"\s*" + _ISSUE_ADVERBS + r"(?:ban\s+hành|ký\s+ban\s+hành|(?P<signed>ký\s+kết|ký)|xây\s+dựng)\s*"
    r"(?:(?:chương\s+trình|kế\s+hoạch|quy\s+chế|quy\s+định|nghị\s+quyết|hướng\s+dẫn|đề\s+án)"
    r"(?:\s+[^\W\d_]+){0,6}?\s+số\s*)?",
    re.IGNORECASE,
)
# "A tổng kết / sơ kết / thực hiện Chương trình số X": the subject's act on a document it holds with a partner
_REVIEWS = re.compile(
    r"\s*" + _ISSUE_ADVERBS + r"(?:tổng\s+kết|sơ\s+kết|đánh\s+giá|thực\s+hiện|triển\s+khai)\s+"
    r"(?:(?:việc\s+)?(?:thực\s+hiện\s+)?(?:chương\s+trình|kế\s+hoạch|quy\s+chế|quy\s+định|nghị\s+quyết|đề\s+án)"
    r"(?:\s+[^\W\d_]+){0,6}?\s+số\s*)?",
    re.IGNORECASE,
)
ISSUER_BEFORE_MAX = 100  # longest gap between a subject that "ban hành" and the document
# "Thông tư số 17 do A (cùng B) ban hành", "Chương trình số 05 do A và B ký kết": the issuers named by "do", then the verb
_DONE_BY_LINK = re.compile(r"[\s,]*(?:(?:đã\s+)?được\s+)?do\s+", re.IGNORECASE)
_ISSUED_AFTER_LIST = re.compile(
    r"\s*" + _ISSUE_ADVERBS + r"(?:ban\s+hành|ký\s+kết|ký|phát\s+hành)(?![\w])", re.IGNORECASE
)


def document_parties(
    text: str,
    doc: DocMention,
    clause_end: int,
    usable: list[AgencyMention],
    usable_starts: list[int],
    key_of,
    after_date_end: int,
) -> list[str] | PartiesByCount:
    """Issuers named after the symbol ("... ngày X của A và B", "giữa A với B") or as subject of "ban hành".

    ``usable`` are the agency mentions outside titles, sorted, with their ``usable_starts``."""
    both = _BOTH.match(text, after_date_end, clause_end)
    if both:
        return _parties_counted(both)
    m = _ISSUER_LINK.match(text[after_date_end:clause_end]) or _ABOUT_COORDINATION_LINK.match(
        text[after_date_end:clause_end]
    )
    if not m:
        # a couple of words may come between: "Chỉ thị số 05-CT/TW khóa XII của ..."
        m2 = _ISSUER_LINK_LOOSE.match(text[after_date_end:clause_end])
        m = m2 if m2 and not _ISSUER_LINK_BREAK.search(m2.group(0)) else None
    if m:
        pos = after_date_end + m.end()
        first = bisect.bisect_left(usable_starts, pos)
        if first < len(usable) and not text[pos : usable[first].start].strip():
            lst, _ = _agency_list(text, usable, first)
            lst += _second_and_list(text, usable, usable.index(lst[-1]))
            named = _issuers_before_a_subject(text, lst, clause_end, usable_starts)
            if len(named) > 1 and len(doc.issuers) == 1 and _issuer_then_a_clause(text, named):
                named = named[:1]
            named = _without_the_subject_of_the_main_clause(text, doc, named)
            return _unique([key_of(a) for a in named])
    done_by = _DONE_BY_LINK.match(text, after_date_end, clause_end)
    if done_by:
        # "thông tư liên tịch số 17 do A cùng B ban hành ngày 9/5": the bodies "do" names, before the verb
        first = bisect.bisect_left(usable_starts, done_by.end())
        if first < len(usable) and usable[first].start == done_by.end():
            lst, _ = _agency_list(text, usable, first)
            if _ISSUED_AFTER_LIST.match(text, lst[-1].end, clause_end):
                return _unique([key_of(a) for a in lst])
    hub_pair = _hub_pair_after_date(text, doc, usable, usable_starts, key_of, after_date_end)
    if hub_pair:
        return hub_pair
    reviewed = _reviewer_and_partner_after_date(text, doc, usable, usable_starts, key_of, after_date_end, clause_end)
    if reviewed:
        return reviewed
    # "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 88-KH/TU"
    k = bisect.bisect_left(usable_starts, doc.start)
    prev = [a for a in usable[max(0, k - 3) : k] if a.end <= doc.start and doc.start - a.end < ISSUER_BEFORE_MAX]
    issues = _ISSUES.fullmatch(text[prev[-1].end : doc.start]) if prev else None
    if issues and not (issues.group("signed") and prev[-1].signer):
        issuers = [
            key_of(a) for a in _subject_past_an_issuer(text, _list_ending_at(text, usable, usable.index(prev[-1])))
        ]
        return _unique(issuers + _partners_after(text, usable, usable_starts, key_of, after_date_end, clause_end))
    counted = _COUNTED_SIGNERS_BEFORE.search(text, max(0, doc.start - COUNTED_SIGNERS_WINDOW), doc.start)
    if counted:
        return _parties_counted(counted)
    return []


def _second_and_list(text: str, mentions: list[AgencyMention], last: int) -> list[AgencyMention]:
    """ "giữa Ban Dân vận Tỉnh ủy và BCH Quân sự, BCH Biên phòng và Công an tỉnh": after the comma that closed "A và
    B", a list that ends with its own "và" goes on naming the document's parties (one body after the comma may open
    the next clause: "giữa A và B, Công an tỉnh đã ..."; a signing's "giữa" keeps its pairs apart, _between_parties)."""
    nxt = last + 1
    if nxt >= len(mentions) or not _COMMA_ONLY.match(
        _gap_without_notes(text[mentions[last].end : mentions[nxt].start])
    ):
        return []
    more, _ = _agency_list(text, mentions, nxt)
    joined_by_and = any(_LAST_AND.match(_gap_without_notes(text[a.end : b.start])) for a, b in itertools.pairwise(more))
    return more if joined_by_and else []


def _issuers_before_a_subject(
    text: str, lst: list[AgencyMention], clause_end: int, usable_starts: list[int]
) -> list[AgencyMention]:
    """ "Căn cứ Chỉ thị số 16 của UBND tỉnh, Công an tỉnh và Hội Nông dân tỉnh ký kết ...": the list after "của" runs
    on into the subject of the sentence's signing verb; the issuer is its first body, set off by a comma. Not where
    other bodies stand between the list and the verb: they are its subject ("của A, B, C trong công tác ..., ngày D, E
    và F đã ký kết")."""
    if len(lst) < 2 or not _COMMA_AFTER.match(text, lst[0].end):
        return lst
    v = _SIGN.search(text, lst[-1].end, clause_end)
    if not v or bisect.bisect_left(usable_starts, lst[-1].end) < bisect.bisect_left(usable_starts, v.start()):
        return lst
    return lst[:1] if _is_subject_gap(text[lst[-1].end : v.start()]) else lst


# What opens the predicate of a clause after its subject: "..., Công an tỉnh đã triển khai", "... tổ chức tập huấn"
_PREDICATE_OPENING = re.compile(
    r"\s*(?:đã|đang|sẽ|vừa|cũng|luôn|tiếp\s+tục|thường\s+xuyên|chủ\s+động|tổ\s+chức|triển\s+khai|ban\s+hành|"
    r"xây\s+dựng|thực\s+hiện|phối\s+hợp|chỉ\s+đạo|tập\s+trung|đẩy\s+mạnh|yêu\s+cầu|quán\s+triệt|ký)(?![\w])",
    re.IGNORECASE,
)


def _issuer_then_a_clause(text: str, lst: list[AgencyMention]) -> bool:
    """ "Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh, Công an tỉnh đã triển khai ...": a document its symbol gives one
    issuer; the list after "của" runs on past a comma into the subject of the clause that carries it out (its bodies
    are followed by a predicate), so the issuer is the first body alone. The predicate opens with one of
    ``_PREDICATE_OPENING``'s words; after bodies set off by commas alone, no "và" or "cùng" closing them as one list of
    issuers, with any verb ("Chỉ thị số 45/CT-TTg của Thủ tướng Chính phủ, Sở NN&PTNT kiểm tra ..."; not "Chương trình
    số 108-CTr/TW của Bộ Chính trị, Ban Bí thư; ...": two issuers, nothing told after them)."""
    if not _COMMA_AFTER.match(text, lst[0].end):
        return False
    if _PREDICATE_OPENING.match(text, lst[-1].end):
        return True
    return bool(_A_PREDICATE_AFTER.match(text, lst[-1].end)) and not any(
        _LIST_CLOSER.search(text, a.end, b.start) for a, b in itertools.pairwise(lst)
    )


# "Trên cơ sở / Căn cứ / Thực hiện <document> ..., <subject> <predicate>": a sentence that opens with the document
# it rests on, so its main clause, with its own subject, follows that phrase
_RESTS_ON_A_DOCUMENT = re.compile(
    r"(?:^|[.!?:\n]\s*)(?:Trên\s+cơ\s+sở|Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo|Cụ\s+thể\s+hóa)\s+"
    r"(?:[^\W\d_]+\s+){0,3}$",
    re.IGNORECASE,
)
RESTS_ON_WINDOW = 60  # before a document: the opening word and a few words ("Trên cơ sở nội dung")


def rests_on_document(text: str, doc: DocMention) -> bool:
    """Whether the sentence opens with the document it rests on ("Thực hiện Chỉ thị số 12-CT/TU ..., năm 2014, quỹ
    ..."): the phrase that cites it is fronted, and its comma opens the main clause."""
    return _RESTS_ON_A_DOCUMENT.search(text, max(0, doc.start - RESTS_ON_WINDOW), doc.start) is not None


def _without_the_subject_of_the_main_clause(
    text: str, doc: DocMention, named: list[AgencyMention]
) -> list[AgencyMention]:
    """ "Trên cơ sở Chương trình số 03 ngày D giữa Bộ Công an với Tổng LĐLĐ Việt Nam, Công an quận A, B đã cử cán bộ
    ...": in a sentence that opens with the document it rests on, the bodies after the comma that closes its pair
    ("giữa A với B", "của A và B"), followed by a predicate, are the main clause's subject, not more parties."""
    if len(named) < 3 or not _PREDICATE_OPENING.match(text, named[-1].end):
        return named
    if not rests_on_document(text, doc):
        return named
    for i in range(2, len(named)):
        closed = any(_LIST_CLOSER.search(text, a.end, b.start) for a, b in itertools.pairwise(named[:i]))
        if closed and _COMMA_ONLY.match(_gap_without_notes(text[named[i - 1].end : named[i].start])):
            return named[:i]
    return named


# a lower-case word after a body that is no preposition or noun of a document's details: a verb
_A_PREDICATE_AFTER = re.compile(
    r"\s+(?!(?:về|ngày|năm|giai|trong|tại|nhằm|của|và|với|đối|theo|số|khóa|nhiệm|để|các|những|thì)(?![\w]))"
    r"(?-i:[a-zà-ỹđ]+)(?![\w])"
)
_LIST_CLOSER = re.compile(r"(?<![\w])(?:và|cùng|với)(?![\w])|&", re.IGNORECASE)
_ISSUER_OF_THE_LAST = re.compile(r"(?<![\w])(?:của|do)\s+$", re.IGNORECASE)


def _subject_past_an_issuer(text: str, lst: list[AgencyMention]) -> list[AgencyMention]:
    """ "Thực hiện Quyết định số 81/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND": the
    list that ends with the subject of "ban hành" runs back past a comma into the issuer "của" gives an earlier
    document; the subject is what follows that issuer."""
    if len(lst) < 2 or not _ISSUER_OF_THE_LAST.search(text, max(0, lst[0].start - 8), lst[0].start):
        return lst
    if not _COMMA_AFTER.match(text, lst[0].end):
        return lst
    return lst[1:]


def _hub_pair_after_date(
    text: str, doc: DocMention, usable: list[AgencyMention], usable_starts: list[int], key_of, after_date_end: int
) -> list[str]:
    """ "Quy chế số X, ngày D A với B": bodies joined by "với" right after a printed issue date are its
    parties (an apposition; a lone body there may open the next clause, so "với" is required)."""
    if after_date_end <= doc.end:
        return []
    first = bisect.bisect_left(usable_starts, after_date_end)
    if first >= len(usable) or text[after_date_end : usable[first].start].strip():
        return []
    lst, with_first = _agency_list(text, usable, first)
    return _unique([key_of(a) for a in lst]) if with_first else []


def _reviewer_and_partner_after_date(
    text: str,
    doc: DocMention,
    usable: list[AgencyMention],
    usable_starts: list[int],
    key_of,
    after_date_end: int,
    clause_end: int,
) -> list[str]:
    """ "A tổng kết Chương trình phối hợp số X ngày D với B giai đoạn ...": the subject that reviews or carries out the
    document and the partner "với" names after its issue date are its parties (the document is the one the two hold;
    without a date, "với B" may be the review's partner, "A tổng kết Chương trình số X với B", left to the signing)."""
    if after_date_end <= doc.end:
        return []
    partners = _partners_after(text, usable, usable_starts, key_of, after_date_end, clause_end)
    if not partners:
        return []
    k = bisect.bisect_left(usable_starts, doc.start)
    prev = usable[k - 1] if k > 0 else None
    if prev is None or prev.end > doc.start or doc.start - prev.end > ISSUER_BEFORE_MAX:
        return []
    if not _REVIEWS.fullmatch(text, prev.end, doc.start):
        return []
    subject = _list_ending_at(text, usable, k - 1)
    return _unique([key_of(a) for a in subject] + partners)


def _partners_after(
    text: str, usable: list[AgencyMention], usable_starts: list[int], key_of, pos: int, clause_end: int
) -> list[str]:
    """ "A xây dựng Quy chế số X với B, C": the bodies "với" lists right after the document."""
    w = _WITH_AFTER.match(text, pos, clause_end)
    if not w:
        return []
    first = bisect.bisect_left(usable_starts, w.end())
    if first >= len(usable) or text[w.end() : usable[first].start].strip():
        return []
    lst, _ = _agency_list(text, usable, first)
    return [key_of(a) for a in lst]


# --- signers of a document told in a later sentence -------------------------------------------------------
# A review page names the document, then retells its old signing in a sentence of its own that refers back to it: by
# its bare kind as the subject of a passive ("Quy chế được Đoàn ĐBQH tỉnh và Thường trực HĐND tỉnh ký kết tháng
# 8/2021") or by its kind and "này" as the object of an active verb ("Ngày 18/3/2019, Ban Thường trực Ủy ban MTTQ tỉnh
# đã ký kết chương trình này với Hội Nông dân tỉnh và Tỉnh đoàn"). The bodies that signed it are its parties.
RETELLING_REACH = 3  # sentences after the document's: where its old signing may be retold
_KIND_NOUN_TAIL = r"(?:\s+(?:phối\s+hợp|liên\s+tịch|công\s+tác))*"
# (also read by the document's issue date told next: "Chương trình được hai cơ quan ký kết ngày 15/10/2013")
# the document referred back to by its kind at a sentence's opening: "Quy chế", "Chương trình phối hợp này"
_KIND_REFERENCE = rf"\s*(?:Bản\s+)?(?P<kind>{_SIGNED_KINDS}){_KIND_NOUN_TAIL}(?:\s+(?:này|trên))?"
PASSIVE_RETELLING_OPENING = _KIND_REFERENCE + r"\s+(?:đã\s+)?được\s+"
_PASSIVE_RETELLING = re.compile(PASSIVE_RETELLING_OPENING, re.IGNORECASE)
_SIGNED_BY_AGENTS = re.compile(r"\s*(?:cùng\s+)?(?:ký\s+kết|ký)(?![\w])", re.IGNORECASE)
_ACTIVE_RETELLING = re.compile(
    rf"(?<![\w])(?:ký\s+kết|ký)\s+(?P<kind>{_SIGNED_KINDS}){_KIND_NOUN_TAIL}\s+này(?![\w])", re.IGNORECASE
)
_SIGNERS_TO_VERB = re.compile(r"\s*" + _ISSUE_ADVERBS + "$", re.IGNORECASE)


def signers_retold_after(
    text: str,
    sentences: list[tuple[int, int]],
    k: int,
    doc: DocMention,
    all_docs: list[DocMention],
    usable: list[AgencyMention],
    usable_starts: list[int],
    key_of,
) -> list[str] | PartiesByCount:
    """The bodies a later sentence (up to ``RETELLING_REACH`` after the document's sentence ``k``) tells signed the
    document, referring back to it by its kind: none where another document of its kind is named between."""
    if not doc.kind or any(doc.end <= x.start < sentences[k][1] and x.kind == doc.kind for x in all_docs):
        return []
    for lo, hi in sentences[k + 1 : k + 1 + RETELLING_REACH]:
        if any(lo <= x.start < hi and x.kind == doc.kind for x in all_docs):
            return []
        signers = (
            _passive_retelling_signers(text, lo, hi, doc.kind, usable, usable_starts, key_of)
            or _active_retelling_signers(text, lo, hi, doc.kind, usable, usable_starts, key_of)
            or _linked_retelling_signers(text, lo, hi, doc.kind, usable, usable_starts, key_of)
        )
        if signers:
            return signers if isinstance(signers, PartiesByCount) else _unique(signers)
    return []


def _same_kind(m: re.Match, kind: str) -> bool:
    return " ".join(m.group("kind").split()).lower() == kind


def _passive_retelling_signers(
    text: str, lo: int, hi: int, kind: str, usable: list[AgencyMention], usable_starts: list[int], key_of
) -> list[str]:
    """The agents of a sentence that opens "<kind> được A và B ký kết", with the partners "với" names after the verb
    ("Chương trình được Đảng ủy Khối các cơ quan tỉnh ký kết với Công đoàn Viên chức tỉnh ngày 15-3-2011": both
    signed it)."""
    m = _PASSIVE_RETELLING.match(text, lo, hi)
    if m is None or not _same_kind(m, kind):
        return []
    first = bisect.bisect_left(usable_starts, m.end())
    if first >= len(usable) or usable[first].start != m.end():
        return []
    lst, _ = _agency_list(text, usable, first)
    signed = _SIGNED_BY_AGENTS.match(text, lst[-1].end, hi)
    if signed is None:
        return []
    partners = _partners_after(text, usable, usable_starts, key_of, signed.end(), hi)
    return [key_of(a) for a in lst] + partners


# (round s35) The retelling may name the signers by the links that follow a document's own symbol: "giữa" after the
# passive verb ("Chương trình được ký kết giữa Hội Nông dân tỉnh và Bộ Chỉ huy BĐBP tỉnh từ năm 2014"), "giữa" right
# after the kind ("Chương trình phối hợp giữa A với B tập trung vào ..."), or a count after "do" or "được" ("Quy chế
# này do ba đơn vị ký kết tháng 5/2012": the bodies the article is about, read once its signings are known)
_KIND_RETELLING = re.compile(_KIND_REFERENCE + r"(?![\w])", re.IGNORECASE)
_RETOLD_BETWEEN = re.compile(r"\s*(?:(?:đã\s+)?được\s+(?:ký\s+kết|ký)\s+)?giữa\s+", re.IGNORECASE)


def _linked_retelling_signers(
    text: str, lo: int, hi: int, kind: str, usable: list[AgencyMention], usable_starts: list[int], key_of
) -> list[str] | PartiesByCount:
    """The parties of a sentence that opens with the document's kind and the link to its signers (_RETOLD_BETWEEN,
    or a count of them, _BOTH)."""
    m = _KIND_RETELLING.match(text, lo, hi)
    if m is None or not _same_kind(m, kind):
        return []
    counted = _BOTH.match(text, m.end(), hi)
    if counted:
        return _parties_counted(counted)
    between = _RETOLD_BETWEEN.match(text, m.end(), hi)
    if between is None:
        return []
    first = bisect.bisect_left(usable_starts, between.end())
    if first >= len(usable) or usable[first].start != between.end():
        return []
    lst, _ = _agency_list(text, usable, first)
    return [key_of(a) for a in lst]


def _active_retelling_signers(
    text: str, lo: int, hi: int, kind: str, usable: list[AgencyMention], usable_starts: list[int], key_of
) -> list[str]:
    """The subject of "A (đã) ký kết <kind> này (với B, C)" and the partners "với" lists after it (the word "này" is
    the cue: most sentences are searched for nothing)."""
    if text.find("này", lo, hi) < 0:
        return []
    m = _ACTIVE_RETELLING.search(text, lo, hi)
    if m is None or not _same_kind(m, kind):
        return []
    last = bisect.bisect_left(usable_starts, m.start()) - 1
    if last < 0 or usable[last].start < lo or not _SIGNERS_TO_VERB.fullmatch(text, usable[last].end, m.start()):
        return []
    subject = _list_ending_at(text, usable, last)
    subject = [a for a in subject if a.start >= lo]
    return [key_of(a) for a in subject] + _partners_after(text, usable, usable_starts, key_of, m.end(), hi)
