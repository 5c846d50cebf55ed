"""Document stage: each cited document's issue date, period and issuers.

``document_details`` reads what the text prints with each document (before the signings are
known); ``build_documents`` completes them with what the article's signings tell (the signers
issue a document signed at the event, on the day of its signing).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from phoihop.extract import documents as docs_mod
from phoihop.extract import lexicon, sentence_openers
from phoihop.extract.abbreviations import base_letter, initials_of
from phoihop.extract.agencies import LEVEL_WORDS, AgencyMention, merge_key, text_without_bodies
from phoihop.extract.assembly.agencies import AgencyGroups
from phoihop.extract.assembly.context import ArticleContext
from phoihop.extract.dates import DateMention, PeriodMention
from phoihop.extract.documents import DocMention, cited_by_nickname
from phoihop.extract.normalize import fold_tones
from phoihop.extract.relations import (
    PASSIVE_RETELLING_OPENING,
    PartiesByCount,
    document_parties,
    is_law_year,
    is_open_year,
    is_other_texts_term,
    open_period,
    rests_on_document,
    signers_retold_after,
)
from phoihop.extract.relations.patterns import _DATED_OPENER, COUNTED_SIDES, TWO_SIDES
from phoihop.facts import Document
from phoihop.text import WS
from phoihop.text import unique_folded as _unique

# Before a year that is no term of the document: when it was signed or issued ("ký năm 2020"), a bound or a horizon
# ("đến (hết) năm 2020": the signing's open term, read from the signing; "tầm nhìn đến năm 2045"), a point of time
# ("đã được tổng kết đầu năm 2016", "cuối năm 2020": a moment of the year, never a span)
_NOT_PERIOD_YEAR = re.compile(
    r"(?<![\w])(?:ký(?:\s+kết)?|ban\s+hành|(?:đến|tới)(?:\s+hết)?|tầm\s+nhìn(?:\s+đến)?|đầu|cuối|giữa)\s+(?:vào\s+)?$",
    re.IGNORECASE,
)
NOT_PERIOD_YEAR_WINDOW = 30  # before a year: "ký / ban hành / đến (hết) / tầm nhìn / đầu / cuối"
_NEW_CLAUSE = re.compile(
    r"(?:,|\s)\s*(?:và|đồng\s+thời|sau\s+đó|tiếp\s+đó|cũng\s+như)\s+(?:(?:đã|sẽ|cùng|cũng|tiến\s+hành|tổ\s+chức|"
    r"lễ|hai\s+bên|các\s+bên)\s+)*(?:ký|ký\s+kết|ban\s+hành|thông\s+qua|thống\s+nhất|"
    # "và xây dựng phong trào ..." continues the subject; "và xây dựng kế hoạch ..." is a new act
    r"(?:triển\s+khai|xây\s+dựng)(?=\s+(?:(?:các|một|những)\s+)?(?:chương\s+trình|kế\s+hoạch|quy\s+chế|quy\s+định|"
    r"nghị\s+quyết|văn\s+bản)(?![\w])))(?![\w])",
    re.IGNORECASE,
)
_JOINED_DOCUMENT = re.compile(
    r"(?:,|\s)\s*(?:cùng\s+(?:với\s+)?|và\s+)(?:các\s+|những\s+)?(?=" + docs_mod.kind_word().pattern + ")",
    re.IGNORECASE,
)
# ", bàn phương hướng phối hợp năm 2011", ", triển khai nhiệm vụ năm 2011": after a comma, a new predicate of the
# sentence's subject that discusses or sets the next work; the year or term it prints is that work's, no term of the
# document reviewed before it ("đánh giá kết quả thực hiện Quy chế số 123/QCPH ngày 12-3-2007, bàn phương hướng phối
# hợp năm 2011": the quy chế has no term [2011, 2011])
# (round s34: so does a clause of its own opened by its year and its capitalised subject, "Thực hiện Chương trình số
# 09/CTr-BCA-MTTW ngày 1/8/2013 giữa A và B, năm 2014 Công an tỉnh và Ủy ban MTTQ tỉnh đã ký kết ...": 2014 is the
# year of the province's act, no term of the programme)
_NEXT_WORK_CLAUSE = re.compile(
    r",\s*(?:(?:đồng\s+thời|và)\s+)?(?:bàn|thảo\s+luận|đề\s+ra|triển\s+khai|xác\s+định|thống\s+nhất|định\s+hướng)\s+"
    r"(?:(?:về|các|những)\s+)?(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|giải\s+pháp|mục\s+tiêu|chương\s+trình)(?![\w])"
    # (round s35: or by its year and its counted subject, "... giữa A với B, năm 2020 hai cơ quan đã ký kết và triển
    # khai ...": the year the two acted under it, no one-year term)
    rf"|,\s*(?:(?:trong|từ)\s+)?năm\s+(?:19|20)\d\d\s*,?\s+(?=(?-i:{lexicon.UPPER_CLASS})|{COUNTED_SIDES})",
    re.IGNORECASE,
)
# A year after the comma that closes a fronted phrase citing the document ("Thực hiện Chỉ thị số 12-CT/TU ngày 15/9/2014
# của Ban Thường vụ Tỉnh ủy về ..., năm 2014, quỹ các cấp đã vận động ...", "Theo Chỉ thị số 05/CT-UBND ..., trong năm
# 2024 các huyện ..."): the time of the main clause's act, which opens there; the document's own year follows its name
# or its subject, with no comma ("Kế hoạch số 20/KH-UBND về tuyển quân năm 2024")
_MAIN_CLAUSE_YEAR = re.compile(r",\s*(?:(?:trong|từ|riêng|đến)\s+)?năm\s+(?:19|20)\d\d(?![\w])", re.IGNORECASE)
# (round s36) An office-holder's post as the document's issuer ("Chỉ thị số 12/CT-UBND ngày 5/9/2024 của Chủ tịch UBND
# tỉnh", "Quyết định số 45/QĐ-CAT do Giám đốc Công an tỉnh ký"): an office is a position, no agency (facts-format), and
# the symbol's code names the office's body, which did not issue it; the document has no parties
# (the head posts that open a caption's title, and the heads of ministries, commands, departments and courts)
_OFFICE_POST = (
    rf"{sentence_openers.HEAD_POST_WORDS}|Bộ\s+trưởng|Chỉ\s+huy\s+trưởng|Tư\s+lệnh|Thống\s+đốc|"
    r"(?:Tổng\s+)?Cục\s+trưởng|Viện\s+trưởng|Chánh\s+án"
)
_ISSUED_BY_AN_OFFICE = re.compile(
    rf"[\s,]*(?:(?:đã\s+)?(?:được\s+)?(?:ký|ban\s+hành)\s+)?(?:của|do)\s+(?:(?-i:Phó)\s+)?(?-i:{_OFFICE_POST})\s",
    re.IGNORECASE,
)
# (round s36) A document named as the one a new text replaces ("Quy chế thay thế Quy chế số 07/QCPH-CAT-MTTQ ngày
# 20/4/2016"): an old text the article names no signer of; its codes are the letters of bodies that signed it years
# before (the same ones, or those merged into them since), which the article does not say, so no code gives it a party
_REPLACED_BEFORE = re.compile(r"(?<![\w])thay\s+(?:thế|cho)(?![\w])[^.;:\n]*$", re.IGNORECASE)
REPLACED_WINDOW = 60  # back from the document's mention: "thay thế" and the kind and "số" between
# ... unless its own clause says between whom it was ("... số 02/QC-CAT-LĐLĐ ký năm 2020 giữa Công an tỉnh và LĐLĐ
# tỉnh", "giữa ba cơ quan"): then its codes read those bodies
# ... and a document listed after a replaced one ("thay thế Chương trình số 17-CTr/BDVTU-BCHQS ngày 14/8/2020 và
# Chương trình số 21-CTr/BDVTU-CAT"): both are replaced
_LISTED_AFTER_DOCUMENT = re.compile(
    r"(?:\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:[^\W\d_]+\s+){0,3}?(?:số\s*)?",
    re.IGNORECASE,
)
_SIGNERS_TOLD_AFTER = re.compile(r"[^.;\n]{0,60}?(?<![\w])(?:giữa|của)(?![\w])", re.IGNORECASE)
# A lone year more than this many years after the document's printed issue date is no one-year term of it (a plan
# issued in December may be the next year's): "đánh giá kết quả thực hiện Quy chế số 123 ngày 12-3-2007 ... năm
# 2010" is the year of the work reviewed
ONE_YEAR_TERM_MAX_LAG = 1
# A bracket right after a body that holds one other body, its parent, alone or after "thuộc": "(Bộ Quốc phòng)",
# "(thuộc Sở NN&PTNT)", "(trực thuộc Bộ Công an)"
_PARENT_NOTE_OPEN = re.compile(r"\s*\(\s*(?:(?:trực\s+)?thuộc\s+)?", re.IGNORECASE)
_PARENT_NOTE_CLOSE = re.compile(r"\s*\)")
_QUOTE = re.compile(r'"[^"\n]{1,200}"')
DOCUMENT_TITLE_GAP = 8  # from a document's symbol to the quote of its title: " về "
# Between a symbol and its date: "số X, ngày D", "số X (ban hành) ngày D", "số X ký ngày D"; a table's next cell, as the
# page reader sets a row ("05-CTr/BDVTU-CAT | 12/3/2021": the table's "Ngày ký" column).
# (the date a list of documents shares: "các Quyết định số 217-QĐ/TW và số 218-QĐ/TW cùng ngày 12/12/2013", "both of
# the same day D"; the list shares it, ``_share_listed_details``)
_TO_ISSUE_DATE = re.compile(r"[\s,(:|]*(?:ban\s+hành|ký|cùng)?[\s,]*", re.IGNORECASE)
# "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày ...": listed documents share details (also numbers listed
# under one kind word, "các Quyết định số 217-QĐ/TW và số 218-QĐ/TW ngày ...").
_LISTED = re.compile(r"\s*(?:,|và)\s*(?:số\s+)?")
_PERIOD_LEAD = ("giai đoạn", "nhiệm kỳ")
# Acts of law and of administration: they have no term ("Nghị định số 03/2019/NĐ-CP ... năm 2024": the year of the
# work done under the decree); the period near them is that of the programme or plan they approve or govern
_TERMLESS_KINDS = frozenset({"nghị định", "thông tư", "luật", "quyết định", "công văn", "thông báo", "tờ trình"})
_UNIT_PREFIX = re.compile(r"^(?:ban thường trực|ban thường vụ|thường trực|ban giám đốc|ban chấp hành) ")
_PLACE_IN_TAIL = re.compile(r" (?:ủy|đoàn|tỉnh|huyện|quận|xã|phường)\b")
_LEVEL_TAIL = re.compile(rf" (?:{LEVEL_WORDS})$")
_LOCAL_START = re.compile(r"(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)\b")
# A symbol's code outside the code table, read as the initials of a body's first words and its number: "SĐ" (Sư đoàn 7),
# "BCH" (Bộ Chỉ huy Quân sự tỉnh), "TĐ48" (Trung đoàn 48); not the codes that say how the text was made (PH "phối hợp",
# LT "liên tịch", LN "liên ngành").
_INITIALS_CODE = re.compile(r"(?P<letters>[^\W\d_]{2,6})(?P<number>\d{0,4})")
_NOT_BODY_CODES = frozenset({"ph", "lt", "ln", "lnh", "tt"})
# How many words opening a body's name (the head noun of its rank: "Cục", "Sở") a code read by initials may leave out
_HEAD_NOUNS_A_CODE_MAY_DROP = 1


@dataclass
class DocumentDetails:
    """What the text prints with each document mention (by index into ``all_docs``)."""

    all_docs: list[DocMention]
    unique_docs: list[DocMention]  # one mention per document (back-references folded)
    periods: list[PeriodMention]  # the article's periods outside quotations
    doc_dates: dict[int, DateMention] = field(default_factory=dict)  # start -> a document's issue date
    details: dict[int, dict] = field(default_factory=dict)
    mentions_of: dict[int, list[int]] = field(default_factory=dict)  # unique doc's index -> its mentions


def _fold_mentions(all_docs: list[DocMention]) -> tuple[list[DocMention], dict[int, list[int]]]:
    """One entry per document, named by its fullest printing: a headline's "Chỉ thị 01" and the
    body's "Chỉ thị 01/CT-TTg" are one document, 01/CT-TTg; each with the indices of its mentions."""
    groups: list[list[int]] = []
    for i, d in enumerate(all_docs):
        group = next((g for g in groups if any(docs_mod.same_document(d, all_docs[j]) for j in g)), None)
        if group is None:
            groups.append([i])
        else:
            group.append(i)
    unique, mentions_of = [], {}
    for g in groups:
        rep = next((j for j in g if all_docs[j].form != "bare"), g[0])
        unique.append(all_docs[rep])
        mentions_of[rep] = [rep] + [j for j in g if j != rep]
    return unique, mentions_of


def document_details(ctx: ArticleContext, groups: AgencyGroups) -> DocumentDetails:
    """Issue date, period, issuers and clause end of each document mention."""
    text, m = ctx.text, ctx.m
    # (not the quoted title right after a document: "Chương trình số 38-CTr/BDVTW-BCA về “... giai đoạn 2016 – 2021”")
    quotes = [
        (q.start(), q.end())
        for q in _QUOTE.finditer(text)
        if not any(0 <= q.start() - d.end <= DOCUMENT_TITLE_GAP for d in m.documents)
    ]
    periods = [p for p in m.periods if not any(a < p.start < b for a, b in quotes)]
    unique_docs, mentions_of = _fold_mentions(m.documents)
    out = DocumentDetails(m.documents, unique_docs, periods, mentions_of=mentions_of)
    date_starts = [dt.start for dt in m.dates]
    usable = [a for a in m.agencies if not a.in_title]
    usable_starts = [a.start for a in usable]
    issuers = _without_parent_notes(text, usable)
    issuer_starts = [a.start for a in issuers]
    for i, d in enumerate(out.all_docs):
        s_start, s_end = m.sentences[m.sentence_index(d.sym_start)]
        clause_end = _clause_end(text, out.all_docs, i, s_end)
        issued = _issue_date(text, m.dates, date_starts, d, clause_end, usable)
        date_end = d.end
        if issued is not None:
            # (the issuers are read after the date, unless printed between the symbol and it: "số 02/QCPH đã được ký
            # kết giữa A và B vào ngày D", or counted: "số 08/CTr-TCT-HND giữa hai đơn vị ký ngày 10/5/2018")
            printed_before = _bodies_between(usable_starts, d.end, issued.start) or _COUNTED_SIDES_IN.search(
                text, d.end, issued.start
            )
            date_end = d.end if printed_before else issued.end
            out.doc_dates[issued.start] = issued
        term_end = _term_end(text, out.all_docs, i, s_end, clause_end)
        period = _printed_period(text, periods, out.all_docs, d, s_start, term_end)
        if _year_of_later_work(period, issued):
            period = None
        parties = document_parties(text, d, clause_end, issuers, issuer_starts, groups.key_of, date_end)
        if parties == []:
            # "... sơ kết Quy chế phối hợp số 01/QCPH. Quy chế được A và B ký kết tháng 8/2021.": its old signing
            # retold later names its parties
            parties = signers_retold_after(
                text, m.sentences, m.sentence_index(d.sym_start), d, out.all_docs, issuers, issuer_starts, groups.key_of
            )
        # (an office-holder's document, or one a new text replaces, names no signer its codes could read)
        codes_give_none = not parties and (
            _ISSUED_BY_AN_OFFICE.match(text, date_end, clause_end) is not None
            or _named_as_replaced(text, out.all_docs, i)
        )
        out.details[i] = dict(
            issued=issued,
            period=period,
            parties=parties,
            clause_end=clause_end,
            act_date=None,
            codes_give_none=codes_give_none,
        )
    for i in range(len(out.all_docs)):
        if out.details[i]["issued"] is None:
            out.details[i]["act_date"] = _act_date(text, m.dates, date_starts, out, i)
        if out.details[i]["issued"] is None and out.details[i]["act_date"] is None:
            told_next = _issue_date_told_next(ctx, date_starts, out, i)
            if told_next is not None:
                date, agents = told_next
                out.details[i]["issued"] = date
                out.doc_dates[date.start] = date
                if not out.details[i]["parties"]:
                    out.details[i]["parties"] = _signers_counted(agents)
    _share_listed_details(text, out)
    return out


_COUNTED_SIDES_IN = re.compile(rf"(?<![\w]){TWO_SIDES}", re.IGNORECASE)


def _without_parent_notes(text: str, bodies: list[AgencyMention]) -> list[AgencyMention]:
    """The bodies that may issue a document, without the parent a bracket notes right after a body: "Trường Sĩ quan
    Chính trị (Bộ Quốc phòng) cùng Tỉnh đoàn Bắc Ninh đã ký kết Chương trình số 07/...", "Chi cục Thủy sản (thuộc Sở
    NN&PTNT) và Hội Nghề cá tỉnh": the bracket places the signer, the parent signs nothing (the list then reads past
    the bracket, as a signing's does)."""
    return bodies[:1] + [
        b
        for a, b in itertools.pairwise(bodies)
        if not (_PARENT_NOTE_OPEN.fullmatch(text, a.end, b.start) and _PARENT_NOTE_CLOSE.match(text, b.end))
    ]


def _bodies_between(starts: list[int], start: int, end: int) -> bool:
    return bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)


def merged_details(dd: DocumentDetails, rep: int) -> dict:
    """The details of a document over all its mentions: what its fullest printing says, completed
    in text order by the others ("Đề án 07-ĐA/TU" in the headline, "Đề án 07-ĐA/TU, ngày 24/11/2021,
    giai đoạn 2021-2025" in the lead). A back-reference lends only a period range, not a lone year."""
    det = dict(dd.details[rep])
    for j in dd.mentions_of.get(rep, [rep])[1:]:
        other = dd.details[j]
        for key in ("issued", "parties", "act_date", "codes_give_none"):
            det[key] = det[key] or other[key]
        if det["period"] is None and other["period"] and other["period"][0] != other["period"][1]:
            det["period"] = other["period"]
    return det


# "Ngày 24/02/2021, UBND tỉnh có Công văn số 640/...", "ngày 9/11/2006, Đảng ủy X đã xây dựng Quy chế
# số 01/...": the verb of issuing right before the document, the date opening its clause.
_ISSUING_VERB = re.compile(r"(?<![\w])(?:ban\s+hành|ký(?:\s+kết)?|xây\s+dựng|thông\s+qua|ra|có)\s+$", re.IGNORECASE)
_ACT_SPAN = 160  # characters from the date to the document, at most
_CLAUSE_BREAK = re.compile(r"[;.!?\n]")


def _act_date(
    text: str, dates: list[DateMention], date_starts: list[int], dd: DocumentDetails, i: int
) -> DateMention | None:
    """The date of the act of issuing document ``i``, printed before it in its clause ("Ngày D, A
    ban hành B"): not another document's issue date, nor a date with another document in between; else one
    printed after it (_act_date_after)."""
    d = dd.all_docs[i]
    if not _ISSUING_VERB.search(text, max(0, d.start - 20), d.start):
        return None
    k = bisect.bisect_left(date_starts, d.start) - 1
    dt = dates[k] if k >= 0 else None
    if (
        dt is None
        or dt.end > d.start
        or d.start - dt.end > _ACT_SPAN
        or not dt.prefix
        or dt.start in dd.doc_dates
        or _CLAUSE_BREAK.search(text, dt.end, d.start)
        or any(dt.end <= x.start < d.start for x in dd.all_docs)
    ):
        return _act_date_after(text, dates, date_starts, dd, i)
    return dt


def _act_date_after(
    text: str, dates: list[DateMention], date_starts: list[int], dd: DocumentDetails, i: int
) -> DateMention | None:
    """The date of the act of issuing document ``i`` printed after it, at the end of its clause ("UBND tỉnh có Công
    văn số 640/UBND-NC chỉ đạo ... vào ngày 24/02/2021"): no other document between, nor a clause break."""
    d, clause_end = dd.all_docs[i], dd.details[i]["clause_end"]
    for dt in dates[bisect.bisect_left(date_starts, d.end) :]:
        if dt.start >= clause_end or dt.start - d.end > _ACT_SPAN:
            return None
        if dt.start in dd.doc_dates or not dt.prefix.casefold().startswith("vào"):
            continue  # (only "vào ngày D", "vào sáng D": the time of the act, not a date the clause mentions)
        if _CLAUSE_BREAK.search(text, d.end, dt.start) or any(d.end <= x.start < dt.start for x in dd.all_docs):
            return None
        return dt
    return None


# "... sơ kết Chương trình phối hợp số 09/CTrPH-CA-MTTQ giai đoạn 2013 - 2018. Chương trình được hai cơ quan ký kết
# ngày 15/10/2013.": the next sentence opens with the document's kind, the passive of its signing and its date: the
# document's issue date, told after it. The partners "với" names after the verb may come before the date ("Chương
# trình được Đảng ủy Khối các cơ quan tỉnh ký kết với Công đoàn Viên chức tỉnh ngày 15-3-2011"): only then with "ngày".
_PARTNERS_BEFORE_DAY = r"(?:với\s+[^.;:\n]{1,80}?\s+(?=ngày\s+\d))?"
_SIGNED_ON_NEXT = re.compile(
    PASSIVE_RETELLING_OPENING
    + r"(?P<agents>[^.;:\n]{0,80}?)(?<![\w])ký(?:\s+kết)?\s+"
    + _PARTNERS_BEFORE_DAY
    + r"(?:(?:chính\s+thức|từ|vào)\s+)*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(?=\d)",
    re.IGNORECASE,
)


def _issue_date_told_next(
    ctx: ArticleContext, date_starts: list[int], dd: DocumentDetails, i: int
) -> tuple[DateMention, str] | None:
    """The date ``_SIGNED_ON_NEXT`` gives document ``i`` (the one document of that kind in its sentence, none in the
    next), and the agents of that passive as printed ("hai đơn vị")."""
    text, m, d = ctx.text, ctx.m, dd.all_docs[i]
    k = m.sentence_index(d.sym_start)
    if k + 1 >= len(m.sentences) or not d.kind:
        return None
    lo, hi = m.sentences[k + 1]
    told = _SIGNED_ON_NEXT.match(text, lo, hi)
    if told is None or WS.sub(" ", told.group("kind")).lower() != d.kind:
        return None
    s_start = m.sentences[k][0]
    if any(x is not d and s_start <= x.start < hi and x.kind == d.kind for x in dd.all_docs):
        return None
    # (a date's mention holds its prefix word: "ngày 15/10/2013")
    for date in m.dates[bisect.bisect_left(date_starts, lo) :]:
        if date.start > told.end():
            break
        if told.end() < date.end:
            return (date, told.group("agents")) if date.year else None
    return None


# the agents of that passive counted: "Quy chế được hai đơn vị ký kết ngày 10/1/2025" (the two bodies that review it)
_COUNTED_AGENTS = re.compile(rf"\s*(?:{COUNTED_SIDES})\s*", re.IGNORECASE)


def _signers_counted(agents: str) -> PartiesByCount | list:
    """The document's parties as the passive that tells its signing counts them ("hai đơn vị": the bodies the article
    is about, read as a "giữa hai đơn vị" is), else none."""
    counted = _COUNTED_AGENTS.fullmatch(agents)
    count = lexicon.count_value(counted.group("n")) if counted else None
    return PartiesByCount(count) if count else []


def _clause_end(text: str, all_docs: list[DocMention], i: int, s_end: int) -> int:
    """Where the clause of document ``i`` ends: the next document, a semicolon, a new act, the sentence end."""
    d = all_docs[i]
    nxt = [x.start for x in all_docs[i + 1 : i + 2] if x.start > d.end] + [s_end]
    semi = text.find(";", d.end, s_end)
    # "sơ kết Chương trình số 12 ngày ... và ký kết chương trình ... giai đoạn 2024 - 2028": the
    # period of the new act is not the reviewed document's.
    act = _NEW_CLAUSE.search(text, d.end, s_end)
    # "triển khai Quyết định số 521/QĐ-TTg ... cùng Chương trình phối hợp ... giai đoạn 2017-2021": an
    # unnumbered document joined to it takes what follows.
    joined = _JOINED_DOCUMENT.search(text, d.end, s_end)
    return min(
        nxt + ([semi] if semi >= 0 else []) + ([act.start()] if act else []) + ([joined.start()] if joined else [])
    )


def _year_of_later_work(period: tuple[int, int] | None, issued: DateMention | None) -> bool:
    """Whether ``period`` is a lone year too long after the printed issue date to be the document's one-year term (the
    year of the work done under it, ``ONE_YEAR_TERM_MAX_LAG``)."""
    return bool(
        period
        and period[0] == period[1]
        and issued is not None
        and issued.year
        and period[0] > issued.year + ONE_YEAR_TERM_MAX_LAG
    )


def _term_end(text: str, all_docs: list[DocMention], i: int, s_end: int, clause_end: int) -> int:
    """Where the term of document ``i`` may be printed: its clause, run on over a text its topic cites by nickname
    ("Kế hoạch phối hợp số 15/KH-CAP-ĐTN triển khai các nhiệm vụ của Đề án 06 và phong trào “X” năm 2026": the plan's
    year), which has no term of its own there (``cited_by_nickname``); cut where a clause on the next work opens
    (``_NEXT_WORK_CLAUSE``)."""
    next_work = _NEXT_WORK_CLAUSE.search(text, all_docs[i].end, clause_end)
    if next_work is not None:
        return next_work.start()
    main_clause = _main_clause_year(text, all_docs[i], clause_end)
    if main_clause is not None:
        return main_clause
    nxt = all_docs[i + 1] if i + 1 < len(all_docs) else None
    if nxt is None or nxt.start != clause_end or not cited_by_nickname(text, nxt):
        return clause_end
    return _clause_end(text, all_docs, i + 1, s_end)


def _main_clause_year(text: str, d: DocMention, clause_end: int) -> int | None:
    """Where the main clause opens with its year (``_MAIN_CLAUSE_YEAR``) after the fronted phrase that cites ``d``."""
    if "năm" not in text[d.end : clause_end] or not rests_on_document(text, d):
        return None
    year = _MAIN_CLAUSE_YEAR.search(text, d.end, clause_end)
    return year.start() if year else None


def _issue_date(
    text: str,
    dates: list[DateMention],
    date_starts: list[int],
    d: DocMention,
    clause_end: int,
    bodies: list[AgencyMention] | None = None,
) -> DateMention | None:
    """A date printed right after the symbol ("số X ngày D", "số X ban hành ngày D"), or after its issuers and the verb
    of its issue ("số X của UBND tỉnh ngày D", "số X do UBND tỉnh ban hành ngày D", "số X được ký vào ngày D"; the
    issuers among ``bodies``)."""
    for dt in dates[bisect.bisect_left(date_starts, d.end) :]:
        if dt.start >= clause_end:
            break
        if d.end <= dt.start < clause_end and (
            _TO_ISSUE_DATE.fullmatch(text[d.end : dt.start])
            or _issued_by_then_dated(text, d.end, dt.start, bodies or [])
        ):
            return dt
    return None


# What is left between a symbol and its date once the issuers are taken out: "của", "do", their joiners, the verb;
# the verb of a passive may come before its parties ("số 02/QCPH đã được ký kết giữa A và B vào ngày D")
_ISSUE_VERB = r"(?:(?:đã\s+)?(?:được\s+)?(?:ban\s+hành|ký(?:\s+kết)?|thông\s+qua)[\s,]*)?"
# (the parties may be counted, not named: "số 08/CTr-TCT-HND giữa hai đơn vị ký ngày 10/5/2018", the agents of a
# passive: "số 12/CTrPH được hai bên ký kết ngày 26-3-2008")
_BY_ISSUERS_TO_DATE = re.compile(
    rf"[\s,(:]*{_ISSUE_VERB}(?:(?:của|do|giữa|và|với)[\s,]+)*(?:(?:được\s+)?{TWO_SIDES}\s+)?{_ISSUE_VERB}(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?",
    re.IGNORECASE,
)


def _issued_by_then_dated(text: str, start: int, end: int, bodies: list[AgencyMention]) -> bool:
    """Whether ``text[start:end]`` holds only the document's issuers (``bodies`` inside it), the words that link them
    and the verb of its issue."""
    return _BY_ISSUERS_TO_DATE.fullmatch(text_without_bodies(text, start, end, bodies)) is not None


@cache
def _new_document_signed() -> re.Pattern:
    """A signing verb and a document word after it: another document, signed in the clause (not "về ban hành quy
    định ...", a resolution's subject)."""
    kinds = lexicon.alternation(lexicon.document_kinds())
    return re.compile(rf"(?<![\w])(?:ký\s+kết|ký)\s+(?:(?:bản|các)\s+)?(?:{kinds})(?![\w])", re.IGNORECASE)


def _printed_period(
    text: str, periods: list[PeriodMention], all_docs: list[DocMention], d: DocMention, s_start: int, clause_end: int
) -> tuple[int, int] | None:
    """The period printed in the document's clause, or a "giai đoạn" leading its sentence."""
    period = None
    for p in periods:
        if p.kind == "year" and _NOT_PERIOD_YEAR.search(text, max(0, p.start - NOT_PERIOD_YEAR_WINDOW), p.start):
            continue  # "ký năm 2020" (when it was signed), "đến năm 2030, tầm nhìn đến năm 2045" (a horizon)
        if is_law_year(text, p):
            continue  # "Bộ luật Tố tụng hình sự năm 2015": the year of the law named, no term of the document
        if is_open_year(text, p):
            continue  # "năm 2020 và các năm tiếp theo", "từ năm 2019": no term
        if is_other_texts_term(text, p):
            continue  # "... lập Quy hoạch tỉnh thời kỳ 2021 – 2030": a plan's or a campaign's term, not the document's
        if d.end <= p.start < clause_end and _new_document_signed().search(text, d.end, p.start):
            # "Thực hiện Chương trình số 431 ngày 30.3.2016 giữa A và B, ngày 26.10, C và D đã ký kết Chương trình phối
            # hợp giai đoạn 2016-2020": the term of the document signed after it
            continue
        if cited_by_nickname(text, d) and _new_document_signed().search(text, s_start, d.start):
            # "ký kết quy chế phối hợp ... triển khai Đề án 06 và bảo đảm an ninh mạng giai đoạn 2026 - 2030": a text
            # cited by its nickname in the topic of a signed text leaves the term to that text
            break
        if d.end <= p.start < clause_end:
            period = (p.first, p.last)
            if p.kind == "range":
                break
    if period is None:
        # "Nhìn lại giai đoạn 2013-2023, ... Chương trình phối hợp số 09 ...": the period leads the sentence.
        # Not when a document word comes before it: "ký kết chương trình phối hợp ..., giai đoạn
        # 2022-2026 nhằm triển khai Quyết định 238" dates the unnumbered programme.
        lead = [
            p
            for p in periods
            if s_start <= p.start < d.start
            and p.kind == "range"
            and text[p.start : p.end].lower().startswith(_PERIOD_LEAD)
            and not any(x.end <= p.start for x in all_docs if x.start >= s_start)
            and not docs_mod.kind_word().search(text, s_start, p.start)
        ]
        if lead:
            period = (lead[0].first, lead[0].last)
    return period


def _share_listed_details(text: str, out: DocumentDetails) -> None:
    """ "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": a
    listed document takes the date, issuers and period printed after the list; not one of another kind, whose
    details the list does not print ("Nghị định số 62/2015/NĐ-CP và Thông tư số 01/2016/TT-BTP ngày 1/2/2016 của Bộ Tư
    pháp": the date and the issuer are the circular's)."""
    all_docs = out.all_docs
    for i in range(len(all_docs) - 2, -1, -1):
        a, b = all_docs[i], all_docs[i + 1]
        if a.kind and b.kind and a.kind != b.kind:
            continue
        if _LISTED.fullmatch(text[a.end : b.start]):
            da, db = out.details[i], out.details[i + 1]
            da["issued"] = da["issued"] or db["issued"]
            da["parties"] = da["parties"] or db["parties"]
            da["period"] = da["period"] or db["period"]


def build_documents(ctx: ArticleContext, groups: AgencyGroups, dd: DocumentDetails, signed) -> list[Document]:
    """The article's documents, completed with what its signings (``signings.SignedDocuments``) tell."""
    documents = []
    text = ctx.text
    for d in dd.unique_docs:
        i = dd.all_docs.index(d)
        det = merged_details(dd, i)
        symbols = [dd.all_docs[j].symbol for j in dd.mentions_of.get(i, [i])]
        signers = next((signed.signers_of[x] for x in symbols if signed.signers_of.get(x)), None)
        signed_on = next((signed.signed_on[x] for x in symbols if x in signed.signed_on), None)
        parties = det["parties"]
        if isinstance(parties, PartiesByCount):
            # "... giữa hai đơn vị": the two bodies the article is about, i.e. the two that sign in it, else those
            # that review it ("A, B và C sơ kết Quy chế số X giữa 3 đơn vị")
            count = parties.count
            parties = list(signed.pairs[0]) if count == 2 and len(signed.pairs) == 1 else []
            parties = parties or _subject_of_the_document_s_sentence(ctx, groups, d, count)
        if not parties:
            # The signers of a document signed in the article issue it; else read its issuer codes (not for one an
            # office issued or a new text replaces: codes_give_none).
            parties = signers or (
                []
                if det["codes_give_none"]
                else _parties_from_codes(
                    d, groups, ctx.province, _sentence_keys(ctx, groups, ctx.m.sentence_index(d.start))
                )
            )
            if parties and not signers:
                parties = _reviewers_its_codes_name(ctx, groups, d, parties) or parties
        # A date printed with the symbol ("số X ngày D") or with the act of issuing it is the issue date;
        # a document signed at the reported event, without a date of its own, is issued that day.
        issued = ctx.iso(det["issued"]) or signed.issued_by_act.get(d.symbol) or ctx.iso(det["act_date"]) or signed_on
        kind = d.kind or ("công văn" if d.form == "state" and not d.type_code else None)
        period = None if kind in _TERMLESS_KINDS else det["period"]
        if period is None and kind not in _TERMLESS_KINDS and d.symbol in signed.signed_on:
            # "ký kết Chương trình phối hợp số 03/CTrPH-... về ... đến năm 2030": from the signing to 2030
            period = next(
                (
                    found
                    for p in dd.periods
                    if d.end <= p.start < det["clause_end"]
                    for found in [open_period(text, p, d.end, signed.sign_year[d.symbol])]
                    if found
                ),
                None,
            )
        if period is None and kind not in _TERMLESS_KINDS and ctx.iso(det["issued"]) in (None, signed_on):
            # (not a text printed with an issue date of its own, before the signing: "Chương trình kế thừa kết quả
            # thực hiện Chương trình phối hợp số 07/... ngày 12/5/2017 giữa hai đơn vị" is the one it follows)
            period = signed.term_told_before.get(d.symbol)
        documents.append(
            Document(
                d.symbol,
                kind,
                issued,
                period,
                _unique(groups.party_names(parties)),
                [ctx.ev.at(d.sym_start)],
            )
        )
    return documents


def _reviewers_its_codes_name(ctx: ArticleContext, groups: AgencyGroups, d: DocMention, read: list[str]) -> list:
    """The bodies that open the document's sentence, reviewing it, where they are as many as its symbol's body codes
    and include every body those codes were read as (``read``, one or more): the bodies that review "their" text are
    its parties, also those whose codes the tables cannot read ("Công an tỉnh, Bộ CHQS tỉnh và Cục Quản lý thị trường
    tỉnh sơ kết Quy chế phối hợp số 18/QC-CAT-BCHQS-QLTT": CAT and BCHQS are two of the three reviewers, QLTT is
    the third). Not a text of other codes ("Công an huyện và Ủy ban MTTQ huyện tổng kết Chương trình số
    09/CTr-BCA-MTTW": the ministry's and the central Front's, which the district reviews), nor a host or a guest the
    sentence names besides (they make the bodies more than the codes). The codes left unread must be ones no table
    knows and of no number: a code the table reads as a body the page does not name as a reviewer ("BCA" of a review
    by "Công an huyện"), or a unit's code with its number ("TĐ88" beside a review by "Trung đoàn 174"), names another
    body."""
    body_codes = [c for c in d.issuers if c.casefold() not in _NOT_BODY_CODES and not c.isdigit()]
    if len(read) >= len(body_codes) or not _opens_with_a_body(ctx, ctx.m.sentence_index(d.start)):
        return []
    table = lexicon.issuer_codes()
    known = [c for c in body_codes if c.casefold() in table]
    if len(known) > len(read) or any(c not in known and not c.isalpha() for c in body_codes):
        return []
    reviewers = _sentence_keys(ctx, groups, ctx.m.sentence_index(d.start), end=d.start)
    if len(reviewers) != len(body_codes) or not set(read) <= set(reviewers):
        return []
    return reviewers


def _subject_of_the_document_s_sentence(ctx: ArticleContext, groups: AgencyGroups, d: DocMention, count: int) -> list:
    """The bodies the document's sentence names before it (its subject, outside titles), where they are as many as
    ``count`` says (two or more for 0: "các đơn vị"); where it names none, those of the sentence before, which the
    count refers back to, where they open it as its subject ("Ngày 5/3, A phối hợp với B, C phát động cuộc thi ...
    Cuộc thi được tổ chức theo Kế hoạch liên tịch số 45/KH-... của ba cơ quan"; not "Dự hội nghị có đại diện A, B, C.",
    the guests)."""
    k = ctx.m.sentence_index(d.start)
    keys = _sentence_keys(ctx, groups, k, end=d.start)
    if not keys and k > 0 and _opens_with_a_body(ctx, k - 1):
        keys = _sentence_keys(ctx, groups, k - 1)
    return keys if len(keys) == count or (count == 0 and len(keys) >= 2) else []


def _opens_with_a_body(ctx: ArticleContext, k: int) -> bool:
    """Whether sentence ``k`` opens with a body, its subject (after its day: "Ngày 5/3, Công an tỉnh ...")."""
    start, end = ctx.m.sentences[k]
    first = next((a for a in ctx.m.agencies if start <= a.start < end and not a.in_title), None)
    return first is not None and (
        not ctx.text[start : first.start].strip() or _DATED_OPENER.fullmatch(ctx.text, start, first.start) is not None
    )


def _sentence_keys(ctx: ArticleContext, groups: AgencyGroups, k: int, end: int | None = None) -> list[str]:
    """The keys of the bodies sentence ``k`` names outside titles (up to ``end``, if given)."""
    if k >= len(ctx.m.sentences):
        return []
    start, s_end = ctx.m.sentences[k]
    end = s_end if end is None else end
    named = [a for a in ctx.m.agencies if start <= a.start < end and not a.in_title]
    # (not the parent a bracket notes: "Ban Chỉ huy Bộ đội Biên phòng tỉnh (thuộc Bộ Chỉ huy Quân sự tỉnh) phối hợp
    # với Hội Nông dân tỉnh tổng kết Chương trình số X giữa hai đơn vị": two bodies, the parent signs nothing)
    return _unique([groups.key_of(a) for a in _without_parent_notes(ctx.text, named)])


def _named_as_replaced(text: str, all_docs: list[DocMention], i: int) -> bool:
    """Whether the document ``all_docs[i]`` is named as a text a new one replaces ("thay thế Quy chế số 07/QCPH ..."),
    itself or in a list after one that is (_LISTED_AFTER_DOCUMENT)."""
    first = i
    while first > 0 and _LISTED_AFTER_DOCUMENT.fullmatch(text, all_docs[first - 1].end, all_docs[first].start):
        first -= 1
    opening = all_docs[first].start
    return (
        _REPLACED_BEFORE.search(text, max(0, opening - REPLACED_WINDOW), opening) is not None
        and _SIGNERS_TOLD_AFTER.match(text, all_docs[i].end) is None
    )


def _parties_from_codes(
    doc: DocMention, groups: AgencyGroups, province: str | None, in_sentence: list[str] | None = None
) -> list[str]:
    """Issuers read from the symbol's codes when the text names none ("17-CTr/BDVTU-BCHQS").

    Each code becomes the article's body of that head and level, where it names one (so the names agree); a code
    of a body the article never names gives no party: "05/CTr-BĐBP-HND" on a page that names only "Ban Chỉ huy BĐBP
    tỉnh" and "Hội Nông dân tỉnh" is theirs, not a "Bộ Chỉ huy BĐBP tỉnh" the page never mentions (the symbol's
    letters alone do not say who signed). The bodies the document's own sentence names (``in_sentence``) come
    first: "Ban Tuyên giáo Tỉnh ủy Bình Định và Công an tỉnh Bình Định đã thực hiện chương trình số
    08-CTr/BTGTU-CAT" on a page about Gia Lai that names its own police too: "CAT" is the police of the sentence."""
    out: list[str] = []
    table = lexicon.issuer_codes()
    for code, names, central in docs_mod.issuer_readings(doc):
        hit = _body_of_reading(names, groups.order, province, in_sentence)
        if hit is None and not central:
            # A code used at two levels is the body the page names at the other one: "05/CTr-BCHQS-HND" on a
            # district's page that names only "Ban Chỉ huy Quân sự huyện Tân Hồng" is that Ban CHQS, not the
            # province's Bộ CHQS, which the page never mentions.
            other_levels = [name for name, level in table[code.casefold()] if level != "central" and name not in names]
            hit = _body_of_reading(other_levels, groups.order, province, in_sentence) if other_levels else None
        if hit is not None and hit not in out:
            out.append(hit)
    if in_sentence:
        out.extend(_bodies_by_initials(doc, {k: groups.rep.get(k, k) for k in in_sentence if k not in out}))
    return out


def _body_of_reading(
    names: list[str], order: list[str], province: str | None, in_sentence: list[str] | None
) -> str | None:
    """The article's body a code's reading ``names`` stands for: the document's sentence's first, else the page's."""
    return (_named_body(names, in_sentence, province) if in_sentence else None) or _named_body(names, order, province)


def _bodies_by_initials(doc: DocMention, named: dict[str, str]) -> list[str]:
    """The bodies of the document's sentence (``named``, keys) that its codes outside the code table abbreviate
    by their initials (``named``: key -> name, the name as printed: a key shortens "Đoàn Thanh niên" to "đoàn"):
    "Sư đoàn 7 và Hội Nông dân tỉnh tổng kết Chương trình số 25/CTrPH-SĐ-HND" — the symbol's SĐ is
    the Sư đoàn the sentence names, as its HND is the Hội Nông dân (a code too loose for the table, as BCH is, reads a
    body only where the sentence names just one body it fits)."""
    table = lexicon.issuer_codes()
    out: list[str] = []
    if len(doc.issuers) < 2:
        # (only a joint text's codes list its parties; one code after a decision's type is its issuer, which may be
        # an office: "Quyết định số 2345/QĐ-NHNN ... của Thống đốc Ngân hàng Nhà nước")
        return out
    for code in doc.issuers:
        if code.casefold() in table or code.casefold() in _NOT_BODY_CODES:
            continue
        fits = [k for k, name in named.items() if k not in out and _abbreviates(code, name)]
        if len(fits) == 1:
            out.append(fits[0])
    return out


def _abbreviates(code: str, name: str) -> bool:
    """Whether ``code`` is the initials of the first words of the body ``name`` (and its number, if the code has one):
    "BCH" of "Bộ Chỉ huy Quân sự tỉnh", "TĐ48" of "Trung đoàn 48". The initials skip the joints of the name's parts,
    as a symbol prints a department's short form without them ("STNMT" of "Sở Tài nguyên và Môi trường", "SLĐTBXH"
    of "Sở Lao động - Thương binh và Xã hội"), and may leave out the head noun of the body's rank, a symbol's codes
    naming a service by its own words ("HQ" of "Cục Hải quan tỉnh", "TNMT" of "Sở Tài nguyên và Môi trường")."""
    m = _INITIALS_CODE.fullmatch(code)
    if m is None:
        return False
    letters = _initials_folded("".join(base_letter(c) for c in m["letters"]))
    words = [w.strip(",") for w in name.split()]
    if m["number"] and m["number"] not in words:
        return False
    return any(
        _initials_folded(initials_of(words[skip:])).startswith(letters)
        for skip in range(_HEAD_NOUNS_A_CODE_MAY_DROP + 1)
    )


def _initials_folded(initials: str) -> str:
    """Initials with Đ read as D: symbols print "Đ" and "D" for either ("SĐ", "SD" of "Sư đoàn")."""
    return initials.replace("Đ", "D")


def _named_body(names: list[str], order: list[str], province: str | None) -> str | None:
    """Key of the article's agency that a code reading stands for: the same body, its one placed
    form ("Công an huyện Gio Linh" for "Công an huyện") or its standing unit ("Ban Thường trực ...")."""
    for name in names:
        want = merge_key(name, province)
        if want in order:
            return want
    for name in names:
        want = merge_key(name, province)
        placed = [k for k in order if k.startswith(want + " ") and not _PLACE_IN_TAIL.search(k[len(want) :])]
        if len(placed) == 1:
            return placed[0]
        # (the key drops the level the code names, "Công an tỉnh" -> "công an", so a body placed in another province
        # is found by the name with its level: "CAT" is the "Công an tỉnh Bình Định" that a page about Gia Lai names
        # beside "Ban Tuyên giáo Tỉnh ủy Bình Định", where it names no police of its own province)
        leveled = WS.sub(" ", fold_tones(name)).casefold()
        placed = [k for k in order if k.startswith(leveled + " ") and not _PLACE_IN_TAIL.search(k[len(leveled) :])]
        if want not in order and len(placed) == 1:
            return placed[0]
        units = [k for k in order if k.endswith(" " + want) and _UNIT_PREFIX.match(k)]
        if len(units) == 1:
            return units[0]
    # The one body of that head the article names at another local level ("UBND" -> "Ủy ban nhân
    # dân thị xã An Nhơn" in an article about a town).
    heads = {_LEVEL_TAIL.sub("", merge_key(name, province)) for name in names}
    local = [
        k for k in order for h in heads if k == h or (k.startswith(h + " ") and _LOCAL_START.match(k[len(h) + 1 :]))
    ]
    return local[0] if len(set(local)) == 1 else None
