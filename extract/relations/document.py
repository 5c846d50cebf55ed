"""The signed document of a verb clause (``_signed_document``), its period and year (``_clause_period``), the
documents of a list, and a second document signed in the same act.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from phoihop.extract.documents import DocMention, cited_by_nickname
from phoihop.extract.relations.article_scan import _Sentence, _SigningScan
from phoihop.extract.relations.parties import _only_bodies_and_joiners
from phoihop.extract.relations.patterns import (
    _BETWEEN,
    _DATED_OPENER,
    _HOLDS,
    _SIGNED_KINDS,
    OUTLET_CODE_OPENING,
    sides,
)
from phoihop.extract.relations.periods import _period_in
from phoihop.extract.relations.records import SigningCandidate
from phoihop.text import WS

PASSIVE_WINDOW = 50  # before a verb: "(đã) được (hai bên tổ chức)" (the period may lead the sentence)
OBJECT_DOC_MAX = 80  # longest gap between a verb and the document it signs
OBJECT_DOC_LOOKAHEAD = 3  # how many documents after a verb may be its object

# A line that opens in lower case goes on with the sentence a line break cut.
_LOWER_CONTINUATION = re.compile(r"[ \t]*\n[ \t]*(?=[a-zà-ỹđ])")
_LINE_END = re.compile(r"\n|[.!?](?:\s|$)")

# "ký kết các quy chế phối hợp (liên ngành), gồm: ...; ...": a list of documents, items cut at ";"
_ITEMS_OPEN = re.compile(r"(?<![\w])gồm\s*:|:", re.IGNORECASE)
_ITEM_SEP = re.compile(r";")
_PASSIVE = re.compile(
    rf"(?<![\w])(?:đã\s+)?được\s+(?:{sides('hai|ba|các|2|3')}\s+)?(?:{_HOLDS}\s+)?$",
    re.IGNORECASE,
)
# a second document the signing verb has for object: "ký kết Chương trình ... giai đoạn 2025-2030 và Kế hoạch ..."
_SECOND_DOCUMENT = re.compile(rf"\s(?:và|cùng)\s+(?:các\s+|bản\s+)?({_SIGNED_KINDS})(?![\w])", re.IGNORECASE)
# where the parties of a signed document open after its name ("... năm 2025 giữa A với B", "của A")
_PARTIES_OPEN = re.compile(r"(?<![\w])(?:giữa|của|với)(?![\w])", re.IGNORECASE)
_NOT_OBJECT = re.compile(r"(?<![\w])(?:theo|căn\s+cứ|thực\s+hiện|triển\s+khai|của|tại|về)(?![\w])|[;.]", re.IGNORECASE)
_CO_VERB = re.compile(r"\s*(?:,|và)\s*(?:triển\s+khai|ban\s+hành|thực\s+hiện|thông\s+qua)(?![\w])", re.IGNORECASE)


def _document_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "ký kết các quy chế phối hợp, gồm: Quy chế ... giữa A với B, giai đoạn X; Quy chế ... giữa A và C":
    the spans of the documents listed (each with its own parties and period); none unless two or more
    items each name their parties with "giữa"."""
    colon = _ITEMS_OPEN.search(text, start, end)
    if not colon:
        return []
    items, pos = [], colon.end()
    for sep in [m.start() for m in _ITEM_SEP.finditer(text, pos, end)] + [end]:
        items.append((pos, sep))
        pos = sep + 1
    if len(items) < 2 or not all(_BETWEEN.search(text, a, b) for a, b in items):
        return []
    return items


# "ký kết Chương trình phối hợp số 05/CTr-MTTQ-LĐLĐ với Liên đoàn Lao động tỉnh và Chương trình phối hợp số
# 06/CTr-MTTQ-HCCB với Hội Cựu chiến binh tỉnh giai đoạn 2017-2021": numbered documents joined by "và", each with
# "với" and its own partner right after its symbol, are as many acts; a document's partners stop at the next document
_PARTNER_AFTER_SYMBOL = re.compile(r"\s*,?\s*với\s", re.IGNORECASE)
_NEXT_DOCUMENT_JOINED = re.compile(r"(?:,|\svà)\s*(?:bản\s+)?$", re.IGNORECASE)
_ITEM_BREAK = re.compile(r"[;.:]")


def _documents_each_with_partner(scan: _SigningScan, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the numbered documents a verb's clause (``start``..``end``) lists, each told with its own "với"
    partner (two or more; the first the verb's object); none otherwise."""
    text = scan.text
    lo, hi = bisect.bisect_left(scan.doc_starts, start), bisect.bisect_left(scan.doc_starts, end)
    docs = scan.docs[lo:hi]
    if len(docs) < 2 or docs[0].start - start > OBJECT_DOC_MAX:
        return []
    if not all(_PARTNER_AFTER_SYMBOL.match(text, d.end, end) for d in docs):
        return []
    for d, nxt in itertools.pairwise(docs):
        if _ITEM_BREAK.search(text, d.end, nxt.start) or not _NEXT_DOCUMENT_JOINED.search(text, d.end, nxt.start):
            return []
    return [(d.start, nxt.start) for d, nxt in itertools.pairwise(docs)] + [(docs[-1].start, end)]


def item_document(scan: _SigningScan, c_start: int, c_end: int) -> DocMention | None:
    """The document an item of a list of documents opens with (see _document_items, _documents_each_with_partner)."""
    k = bisect.bisect_left(scan.doc_starts, c_start)
    if k < len(scan.docs) and scan.docs[k].start < c_end and not scan.text[c_start : scan.docs[k].start].strip():
        return scan.docs[k]
    return None


def _second_document_act(
    scan: _SigningScan, sent: _Sentence, v: re.Match, c_end: int, first: SigningCandidate
) -> SigningCandidate | None:
    """ "ký kết Chương trình phối hợp giai đoạn 2025-2030 và Kế hoạch phối hợp năm 2025 giữa A với B": two documents
    of two terms signed in one act are two signings of the same parties, each with its term. ``first`` is narrowed
    to the first document's term; the second act is returned. Only where both terms are printed and differ (one term
    after both documents is theirs together)."""
    text = scan.text
    if not first.parties or not first.kind:
        return None
    second = _SECOND_DOCUMENT.search(text, v.end(), c_end)
    if second is None or WS.sub(" ", second.group(1)).lower() == first.kind:
        return None
    parties_at = _PARTIES_OPEN.search(text, second.end(), c_end)
    year = _sign_year(scan, sent)
    first_term = _period_in(scan.periods, v.end(), second.start(), text, year)
    second_term = _period_in(scan.periods, second.end(), parties_at.start() if parties_at else c_end, text, year)
    if first_term is None or second_term is None or first_term == second_term:
        return None
    first.period = first_term
    return replace(
        first,
        parties=[list(p) for p in first.parties],
        period=second_term,
        mentioned=set(first.mentioned),
        kind=WS.sub(" ", second.group(1)).lower(),
    )


def _clause_period(
    scan: _SigningScan, sent: _Sentence, v: re.Match, c_end: int, signed: DocMention | None
) -> tuple[int, int] | None:
    """The period of the signed text: in the clause (with the line it runs on to), or leading a passive sentence.
    ``signed``: the document the verb signs (``_signed_document``), if any."""
    text = scan.text
    sign_year = _sign_year(scan, sent)
    if c_end == sent.end:
        c_end = _continued_line_end(text, sent.end)
    # "... lễ ký kết, ... cụ thể hóa Kế hoạch số 87-KH/BCĐ, ngày 8/9/2015 của Ban Chỉ đạo ... giai đoạn 2015-2020": where
    # the verb signs no document of its own, a term after another document the clause cites is that document's (a
    # signed plan "thực hiện Chương trình phối hợp số 90 ... 2016-2017" shares the programme's term); not a text cited by
    # its nickname ("... triển khai Đề án 06 giai đoạn 2024 - 2027": the term is the signed text's)
    if signed is None:
        k = bisect.bisect_left(scan.doc_starts, v.end())
        cited = next(
            (d for d in scan.docs[k:] if d.start < c_end and not cited_by_nickname(text, d)),
            None,
        )
        if cited is not None:
            c_end = cited.start
    period = _period_in(scan.periods, v.start(), c_end, text, sign_year)
    if period is None and (
        _PASSIVE.search(text, max(sent.start, v.start() - PASSIVE_WINDOW), v.start())
        or _passive_with_its_agents(scan, sent, v)
    ):
        # "Chương trình phối hợp giữa A và B giai đoạn 2021-2025 đã được ký kết": the period leads
        period = _period_in(scan.periods, sent.start, v.start(), text, sign_year)
    return period


# "Chương trình phối hợp giai đoạn 2024-2029 được Công an tỉnh và Hội Nông dân tỉnh ký kết": the agents of a passive
# between "được" and the verb
_BY_AGENTS = re.compile(r"(?<![\w])(?:đã\s+)?được(?:\s+(?:đại\s+diện|lãnh\s+đạo))?\s+", re.IGNORECASE)
AGENTS_WINDOW = 160


def _passive_with_its_agents(scan: _SigningScan, sent: _Sentence, v: re.Match) -> bool:
    """Whether the verb ``v`` ends a passive whose agents, the bodies that sign, follow "được" right before it."""
    agents = list(_BY_AGENTS.finditer(scan.text, max(sent.start, v.start() - AGENTS_WINDOW), v.start()))
    return bool(agents) and _only_bodies_and_joiners(scan.text, sent.parties, agents[-1].end(), v.start())


def _sign_year(scan: _SigningScan, sent: _Sentence) -> int | None:
    return (sent.dates[0].year if sent.dates else None) or scan.ref_year


def _continued_line_end(text: str, end: int) -> int:
    """A caption broken across lines ("... ký kết Chương trình\nphối hợp giai đoạn 2019-2025") goes on
    in a next line that opens in lower case: the end of that line; else ``end`` itself."""
    if end > 0 and text[end - 1] in ".!?:;":
        return end
    m = _LOWER_CONTINUATION.match(text, end)
    if not m:
        return end
    stop = _LINE_END.search(text, m.end())
    return stop.start() if stop else len(text)


def _signed_document(scan: _SigningScan, v: re.Match, c_end: int) -> DocMention | None:
    """The signed document is the verb's object: printed right after it, not "theo/căn cứ" another one."""
    text = scan.text
    k = bisect.bisect_left(scan.doc_starts, v.end())
    # "ký kết và triển khai Kế hoạch số X": a second verb coordinated with the signing shares its object.
    co = _CO_VERB.match(text, v.end(), c_end)
    obj_from = co.end() if co else v.end()
    return next(
        (
            d
            for d in scan.docs[k : k + OBJECT_DOC_LOOKAHEAD]
            if v.end() <= d.start < c_end
            and d.start - v.end() <= OBJECT_DOC_MAX
            and not _NOT_OBJECT.search(text, obj_from, d.start)
        ),
        None,
    )


def _passive_subject_document(scan: _SigningScan, sent: _Sentence, v: re.Match) -> DocMention | None:
    """The document a passive verb signs is its subject, printed before it: "[Sáng 9/9,] Chương trình phối hợp số
    1250/CTrPH-LĐLĐ-BCHQS giữa A với B giai đoạn 2020 - 2025 đã được ký kết", "Quy chế số 03/QCPH ... được Công an
    tỉnh và Hội Nông dân tỉnh ký kết". Only the one document of the sentence before the verb, opening it (after its
    day and place, ``_DATED_OPENER``): a document cited after a lead-in ("Thực hiện Quyết định số X, chương trình ...
    đã được ký kết") is no subject."""
    text = scan.text
    if not (
        _PASSIVE.search(text, max(sent.start, v.start() - PASSIVE_WINDOW), v.start())
        or _passive_with_its_agents(scan, sent, v)
    ):
        return None
    lo, hi = bisect.bisect_left(scan.doc_starts, sent.start), bisect.bisect_left(scan.doc_starts, v.start())
    if hi - lo != 1:
        return None
    subject = scan.docs[lo]
    opening = text[sent.start : subject.start]
    # (after the outlet's dateline code that opens a report: "(BST) - Quy chế phối hợp số 02/QCPH ... đã được ký kết")
    code = OUTLET_CODE_OPENING.match(opening)
    if code:
        opening = opening[code.end() :]
    return subject if not opening.strip() or _DATED_OPENER.fullmatch(opening) else None
