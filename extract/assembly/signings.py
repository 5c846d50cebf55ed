"""Signing stage: the signings the article reports, and what they tell of the documents signed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention
from phoihop.extract.assembly.agencies import AgencyGroups
from phoihop.extract.assembly.context import ArticleContext
from phoihop.extract.assembly.documents import DocumentDetails
from phoihop.extract.assembly.pact_members import widen_pacts
from phoihop.extract.dates import DateMention, span_dates
from phoihop.extract.documents import DocMention
from phoihop.extract.persons import PersonMention
from phoihop.extract.relations import (
    SIGNED_KINDS,
    TITLE_BEFORE_NAME_GAP,
    PartiesByCount,
    first_body_in,
    programme_term,
    resolve_signings,
    signing_candidates,
)
from phoihop.extract.relations import Signing as SigningFound
from phoihop.facts import Signing
from phoihop.text import WS

_ISSUING = re.compile(r"(?<![\w])ban\s+hành\s+$", re.IGNORECASE)
ISSUING_WINDOW = 30  # before a signed document: "ban hành"
EVENT_SENTENCES = 3  # body sentences searched for the event's date
STUB_MAX_WORDS = 8  # a line this short (a dateline, section label, caption stub) dates nothing
STUB_MAX_CHARS = 80
_WORD = re.compile(r"[^\W\d_]+")
_SIGNS = re.compile(r"(?<![\w])ký(?![\w])", re.IGNORECASE)
# (a date's mention may hold "đến ngày" itself: "Tính | đến ngày 14-12-2023")
_AS_OF = re.compile(r"(?<![\w])tính(?:\s+(?:đến|tới|từ))?\s+(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)
AS_OF_WINDOW = 22


@dataclass
class SignedDocuments:
    """What the signings tell of the documents they sign (by symbol)."""

    pairs: list[list[str]] = field(default_factory=list)  # party keys of the two-party signings
    issued_by_act: dict[str, str | None] = field(default_factory=dict)
    signers_of: dict[str, list[str]] = field(default_factory=dict)  # signed document -> the keys of its signers
    signed_on: dict[str, str | None] = field(
        default_factory=dict
    )  # signed document -> its signing date (None: undated)
    sign_year: dict[str, int | None] = field(default_factory=dict)
    # a document told in a sentence after its signing's -> the signing's term ("... ký kết chương trình phối hợp với B
    # giai đoạn 2013 - 2018. Chương trình mang số 05/CTrPH-...": the document's clause prints none); so too a document
    # signed as an item of a list, whose term the list prints after its last item
    term_told_before: dict[str, tuple[int, int] | None] = field(default_factory=dict)


# A council or a steering committee a leader chairs by virtue of his post ("Thứ trưởng Bộ Quốc phòng, Phó Chủ tịch
# Thường trực Hội đồng GDQP&AN Trung ương", "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh"): he signs for the
# body of his post, not for the council his chain ends with
_EX_OFFICIO_BODY = re.compile(
    r"(?:(?:Thường\s+trực|Ban\s+Thường\s+trực)\s+)?(?:Hội\s+đồng|Ban\s+Chỉ\s+đạo)\s", re.IGNORECASE
)


def _post_signed_for(bodies: list[AgencyMention]) -> AgencyMention | None:
    """Of the bodies of one person's titles, in order, the one he signs for: the last, the post the chain leads to,
    but for a council he chairs by virtue of an earlier post (see _EX_OFFICIO_BODY)."""
    for body in reversed(bodies):
        if not _EX_OFFICIO_BODY.match(body.canonical):
            return body
    return bodies[-1] if bodies else None


def _titled_names(persons: list[PersonMention], agencies: list[AgencyMention]) -> list[tuple[int, int, AgencyMention]]:
    """(start, end, body) of every mention of a person whose title names a body somewhere in the article: the first
    body in the last title (see _post_signed_for) of the person's first titled mention ("Ủy viên Ban Thường vụ Tỉnh
    ủy, Trưởng Ban Dân vận Tỉnh ủy": the board), for a later mention of the bare name that signs. A mention whose own
    title is written before the name ("Chủ tịch UBND tỉnh Bến Tre Cao Văn Trọng") starts with that title."""
    body_of: dict[str, AgencyMention] = {}
    starts = [a.start for a in agencies]
    for p in persons:
        if p.name in body_of or not p.position_spans:
            continue
        # the body the title word names; a parent may follow ("… Cảnh vệ - Bộ Công an")
        bodies = [first_body_in(agencies, starts, lo, hi) for lo, hi in p.position_spans]
        body = _post_signed_for([b for b in bodies if b is not None])
        if body is not None:
            body_of[p.name] = body
    out = []
    for p in persons:
        if p.name in body_of:
            before = [s for s, e in p.position_spans if e <= p.start and p.start - e <= TITLE_BEFORE_NAME_GAP]
            out.append((min(before, default=p.start), p.end, body_of[p.name]))
    return out


def build_signings(
    ctx: ArticleContext, groups: AgencyGroups, dd: DocumentDetails
) -> tuple[list[Signing], SignedDocuments]:
    """The article's signings (dated by their sentence, else by the event) and their signed documents."""
    m, text = ctx.m, ctx.text
    event = _event_date(ctx, set(dd.doc_dates))
    cands = signing_candidates(
        text,
        m.sentences,
        m.agencies,
        groups.key_of,
        m.periods,
        m.dates,
        dd.all_docs,
        set(dd.doc_dates),
        groups.resolve_anaphor,
        ctx.title_end,
        ctx.ref_year,
        _late_event_year(ctx, event, set(dd.doc_dates)),
        _titled_names(m.persons, m.agencies),
    )
    found = resolve_signings(
        cands, programme_term(text, m.sentences, dd.periods, ctx.ref_year, sorted(d.start for d in dd.all_docs))
    )
    found = _fold_organ_repeats(ctx, found, groups, _sentences_telling_a_signing(ctx, found))
    found = _fold_summaries_of_listed_acts(ctx, found, groups)
    found = widen_pacts(text, m, groups.key_of, ctx.title_end, cands, found)
    _drop_signers_bodies_that_sign_nothing(groups, found)
    signed = SignedDocuments(pairs=[s.parties for s in found if len(s.parties) == 2])
    signings = []
    review = bool(_REVIEW_HEADLINE.search(text, 0, ctx.title_end))
    for s in found:
        date = _signing_date(ctx, s, event) or _date_of_the_signed_document(ctx, dd, s)
        symbol = s.document.symbol if s.document else None
        if symbol is None:
            told_after = _document_told_after(ctx, dd, s, found)
            if told_after is not None:
                _note_signed_document(ctx, signed, s, told_after.symbol, date)
                signed.term_told_before.setdefault(told_after.symbol, s.period)
        if symbol:
            _note_signed_document(ctx, signed, s, symbol, date)
            if s.separate and s.period:
                # (an item of a list of documents signed in one act, the list's term printed after its last item:
                # "... số 05/... với A và Chương trình ... số 06/... với B giai đoạn 2017-2021": 05's clause ends at
                # the next document, the term its item took is its own)
                signed.term_told_before.setdefault(symbol, s.period)
        if review and _signed_years_before(ctx, date):
            continue  # the reviewed document's signing, years before: the document keeps its date and signers
        parties = groups.party_names(s.parties)
        if not parties:
            continue
        period = s.period or _term_of_the_signed_document(dd, s)
        signings.append(Signing(date, period, symbol, parties, [ctx.ev.sentence(s.sentence)]))
    return signings, signed


def _term_of_the_signed_document(dd: DocumentDetails, s: SigningFound) -> tuple[int, int] | None:
    """The term of the document the act's sentence signs, for an act whose clause gave none: the document's own
    reading of its term is the act's ("ký kết Kế hoạch phối hợp số 15/KH-CAP-ĐTN triển khai phong trào “Bình dân học vụ
    số” năm 2026": the plan of 2026, signed)."""
    terms = {dd.details[i]["period"] for i, d in enumerate(dd.all_docs) if d is s.document}
    terms.discard(None)
    return terms.pop() if len(terms) == 1 else None


# A headline of a review ("Nhìn lại 5 năm thực hiện quy chế ...", "Tổng kết 10 năm Chương trình ..."): the signing it
# retells, years before the page, is the reviewed document's, not an act the page reports (facts-format: "not the old
# documents it reviews").
_REVIEW_HEADLINE = re.compile(
    r"(?<![\w])(?:nhìn\s+lại|tổng\s+kết|sơ\s+kết|\d+\s+năm\s+thực\s+hiện)(?![\w])", re.IGNORECASE
)
LATE_POSTING_DAYS = 366  # a page posted after its act is posted within a year of it


def _posted_too_long_after(ctx: ArticleContext, event: DateMention) -> bool:
    """Whether the page's date falls more than a year after the event's full date (the year alone where the page's
    day is unknown)."""
    if event.year is None or ctx.ref_year is None:
        return False
    if ctx.ref is None:
        return event.year < ctx.ref_year - 1
    try:
        day = dt.date(event.year, event.month, event.day)
    except ValueError:
        return False
    return (ctx.ref - day).days > LATE_POSTING_DAYS


REVIEWED_YEARS_BEFORE = 2  # a signing this many years or more before the page's year is the reviewed one


def _signed_years_before(ctx: ArticleContext, date: str | None) -> bool:
    return bool(date and ctx.ref_year and int(date[:4]) <= ctx.ref_year - REVIEWED_YEARS_BEFORE)


def _late_event_year(ctx: ArticleContext, event: DateMention | None, doc_dates: set[int]) -> int | None:
    """The year of the reported event when it is printed in full and earlier than the page's year, and no
    date of the body is of the page's year (a page posted later than the act it reports): the year its
    signings are told in, not a past one. A body that dates anything in the page's year reports that."""
    if event is None or event.year is None or ctx.ref_year is None or event.year >= ctx.ref_year:
        return None
    if _posted_too_long_after(ctx, event):
        # "Ngày 12/3/2016, A và B đã ký kết ..." on a page of 2019: a page is posted days or months after its act, not
        # years; the act of years before is retold (facts-format: a signing of years ago is not today's)
        return None
    for s, e in ctx.m.sentences:
        if e <= ctx.title_end or _tells_nothing(ctx, s, e):
            continue
        # (a day without its year is of the page's year: "Ngày 15/3/2019, A và B đã ký kết ... Sáng 5/3, hai đơn vị
        # tổ chức hội nghị tổng kết" reports the review; so does a span of years since the act, "Sau 4 năm thực
        # hiện, ...")
        if any(
            s <= d.start < e and d.start not in doc_dates and (d.year or ctx.ref_year) >= ctx.ref_year
            for d in ctx.m.dates
        ) or _YEARS_SINCE.search(ctx.text, s, e):
            return None
    return event.year


# "Sau 4 năm thực hiện", "qua 5 năm triển khai", "hơn 3 năm qua": the years since the act, told later
_YEARS_SINCE = re.compile(
    rf"(?<![\w])(?:sau|qua|hơn)\s+{lexicon.COUNT_RX}\s+năm(?:\s+(?:thực\s+hiện|triển\s+khai|qua))?(?![\w])",
    re.IGNORECASE,
)


def _tells_nothing(ctx: ArticleContext, s: int, e: int) -> bool:
    """A sentence that is no part of the report: a stub, or page furniture (a menu of section names under the
    headline is blanked in the masked text, and counting it as a body sentence would push the event's
    sentence past the few searched)."""
    masked = ctx.m.masked  # (empty for mentions built by hand, without the furniture pass: nothing is furniture)
    return _is_stub(ctx.text, s, e) or (bool(masked) and not masked[s:e].strip())


def _is_stub(text: str, s: int, e: int) -> bool:
    """A whole line too short to tell the event: a dateline, a section label, a caption stub (not a short sentence
    inside a paragraph: "... ký kết chương trình phối hợp. Hội nghị diễn ra sáng 5/3.")."""
    if not _is_short(text[s:e]):
        return False
    line_end = text.find("\n", e)
    return (
        not text[text.rfind("\n", 0, s) + 1 : s].strip()
        and not text[e : len(text) if line_end < 0 else line_end].strip()
    )


def _is_short(line: str) -> bool:
    """Whether ``line`` is too short to tell the event (the length first: most sentences are longer, and counting
    their words read them all, for every sentence of the page at each signing)."""
    return len(line) <= STUB_MAX_CHARS and len(_WORD.findall(line)) <= STUB_MAX_WORDS


def _sentences_telling_a_signing(ctx: ArticleContext, found: list[SigningFound]) -> set[int]:
    """The body's sentences of ``found`` that print the verb "ký" (not "ban hành", "thống nhất"; a headline names
    the parties shorter than the body does)."""
    sentences = ctx.m.sentences
    return {
        s.sentence
        for s in found
        if sentences[s.sentence][0] >= ctx.title_end and _SIGNS.search(ctx.text, *sentences[s.sentence])
    }


def _fold_organ_repeats(
    ctx: ArticleContext, found: list[SigningFound], groups: AgencyGroups, signed: set[int]
) -> list[SigningFound]:
    """One act told twice, once naming a party by its organ ("Đảng ủy Ban Chỉ huy X", "Ban Thường trực
    Ủy ban MTTQ tỉnh") and once by the bare body ("Ban Chỉ huy X", "Ủy ban MTTQ tỉnh"), by its command ("Đảng ủy Quân
    sự tỉnh" and "Bộ CHQS tỉnh", the body a signer's title names) or by its name without the place ("Huyện đoàn"): the
    fuller naming is kept, with what the other adds (date, period, document). A telling of one side only ("Đại tá A
    và lãnh đạo Tỉnh Đoàn ký kết chương trình", a caption) folds so too. Not where only the bare naming tells the
    signing itself (``signed``: "Tỉnh đoàn và Hội Cựu TNXP tỉnh đã ký kết ...", then "Ban Thường vụ Tỉnh đoàn và Hội
    ... đã thống nhất ban hành Chương trình ..."): the signers are named as they signed. A telling by the signers'
    posts alone ("Đồng chí A, Bí thư Đảng ủy, Chủ tịch HĐND xã X và Thiếu tá B, Chính trị viên Đồn Biên phòng Y ký
    kết quy chế", after "Đảng ủy xã X và Đảng ủy Đồn Biên phòng Y ký kết ...") folds where one of its bodies is a
    party's."""
    kept = list(found)
    by_signers = {id(s) for s in found if _told_by_signers(ctx, s, groups)}
    for s in found:
        if s not in kept:
            continue  # (folded already, as the other telling of an act kept)
        # (two pairs of one sentence are two acts: "ký kết chương trình phối hợp với Đảng ủy, Bộ Chỉ huy Quân sự tỉnh"
        # signs with the command's Party committee and with the command)
        fuller = next(
            (
                t
                for t in kept
                if t is not s
                and not _pairs_of_one_sentence(s, t)
                and _retold_by(ctx, t, s, groups, _day_s_parties(kept, s) if id(s) in by_signers else 0)
            ),
            None,
        )
        if fuller is None:
            continue
        if s.sentence in signed and fuller.sentence not in signed and len(s.parties) == len(fuller.parties):
            s, fuller = fuller, s
        elif id(fuller) in by_signers and id(s) not in by_signers and len(s.parties) == len(fuller.parties):
            # "Hội CCB tỉnh và Ban ATGT tỉnh ký kết ..., đồng chí B, Chánh Văn phòng Ban ATGT tỉnh ký kết": a signer's
            # post may name his own unit inside the party ("Văn phòng" of the Ban); the bodies named as they sign are
            # kept over the signers' posts
            s, fuller = fuller, s
        fuller.date = fuller.date or s.date
        fuller.period = fuller.period or s.period
        fuller.document = fuller.document or s.document
        kept.remove(s)
    return kept


def _pairs_of_one_sentence(s: SigningFound, t: SigningFound) -> bool:
    return s.sentence == t.sentence and len(s.parties) >= 2 and len(t.parties) >= 2


SUMMARISED_ACTS_MIN = 2  # the acts a one-party telling must stand over to be their summary


def _fold_summaries_of_listed_acts(
    ctx: ArticleContext, found: list[SigningFound], groups: AgencyGroups
) -> list[SigningFound]:
    """ "A tổ chức hội nghị ký kết các chương trình phối hợp giai đoạn 2019 - 2024 (với các sở, ngành)", then the
    acts one by one ("Chương trình phối hợp giữa Ban Thường trực A và Sở X; ... giữa Ban Thường trực A và Sở Y"): the
    one-party telling sums up two or more acts of that day, each with the body (or an organ of it); it folds into
    them, each taking its date and term where it prints none. One act is summed up so where the telling names no
    partner at all ("A tổ chức lễ ký kết kế hoạch phối hợp năm 2026. Theo đó, Ban Thường vụ A ký kết kế hoạch với B"),
    and that act is not told apart as another ("Cùng dịp, ...")."""
    rep = groups.rep
    kept = list(found)
    for s in found:
        if len(s.parties) != 1 or s.separate or s.document or s.listed:
            continue  # (a one-party act of its own, with a partner that is no body, sums up nothing)
        body = rep.get(s.parties[0], "").lower()
        acts = [
            t
            for t in kept
            if t is not s
            and len(t.parties) >= 2
            and _same_day(s, t)
            and any(p == s.parties[0] or _same_body(rep.get(p, "").lower(), body) for p in t.parties)
        ]
        if len(acts) < SUMMARISED_ACTS_MIN and not (
            len(acts) == 1
            and not acts[0].separate
            and not _PARTNER_NAMED.search(ctx.text, *ctx.m.sentences[s.sentence])
        ):
            continue
        for t in acts:
            t.date = t.date or s.date
            t.period = t.period or s.period
        kept.remove(s)
    return kept


def _drop_signers_bodies_that_sign_nothing(groups: AgencyGroups, found: list[SigningFound]) -> None:
    """The bodies named only in the titles of persons who sign ("Đại tá A, Chính ủy Bộ CHQS tỉnh ký ...") that are no
    party of a signing: the telling folded into the act of the body's organ ("Đảng ủy Quân sự tỉnh" signed), or the
    signer's partner unnamed ("... ký với đồng chí Bí thư Đảng ủy xã"). A body named only inside a title is no agency
    (facts-format); the signing that made it an actor is none."""
    parties = {k for s in found for k in s.parties}
    dropped = set()
    for k in groups.order:
        actors = [a for a in groups.groups.get(k, []) if not a.in_title]
        if k not in parties and actors and all(a.signer for a in actors):
            dropped.add(k)
    if dropped:
        names = {groups.rep[k] for k in dropped}
        groups.order = [k for k in groups.order if k not in dropped]
        groups.agencies = [a for a in groups.agencies if a.name not in names]


# a partner named in the sentence: a telling of one side does not hide a pair ("A ký kết với B")
_PARTNER_NAMED = re.compile(r"(?<![\w])(?:với|giữa)(?![\w])", re.IGNORECASE)


def _day_s_parties(kept: list[SigningFound], bare: SigningFound) -> int:
    """How many bodies the acts told before ``bare`` on its day sign: a hub that signs with each of its partners
    ("A ký quy chế phối hợp với B và C") has all its signers named together after ("A1, Bí thư ...; B1, ... và C1, ...
    ký quy chế")."""
    return len({p for t in kept if t.sentence < bare.sentence and _same_day(bare, t) for p in t.parties})


def _retold_by(
    ctx: ArticleContext, fuller: SigningFound, bare: SigningFound, groups: AgencyGroups, by_signers: int
) -> bool:
    """Whether ``bare`` tells again the act ``fuller`` tells, its parties named otherwise (``_names_organ_of``);
    ``by_signers``: where ``bare`` names its parties only in its signers' titles (``_told_by_signers``), how many
    bodies the day's acts told before it sign (``_day_s_parties``), else 0."""
    if bare.separate or fuller.separate:
        return False
    if by_signers and _signers_telling_of(fuller, bare, groups.rep, by_signers):
        return True
    rep = groups.rep
    if len(bare.parties) < len(fuller.parties):
        # (one side's telling: the same day's act, no partner named in its sentence, nothing of its own to add)
        if not _same_day(bare, fuller):
            return False
        if bare.period or bare.document or _PARTNER_NAMED.search(ctx.text, *ctx.m.sentences[bare.sentence]):
            return False
    if not _names_organ_of(fuller.parties, bare.parties, rep):
        return False
    # (named alike both ways, by bodies and places only: the report, told first, names them as they signed)
    return fuller.sentence < bare.sentence or not _names_organ_of(bare.parties, fuller.parties, rep)


def _same_day(a: SigningFound, b: SigningFound) -> bool:
    """Whether two tellings may be of one day's act: the same day and month, or one of them undated."""
    return not (a.date and b.date) or (a.date.day, a.date.month) == (b.date.day, b.date.month)


def _signers_telling_of(fuller: SigningFound, bare: SigningFound, rep: dict[str, str], day_s_parties: int) -> bool:
    """Whether ``bare``, told later by the signers' posts alone, is the act ``fuller`` told: the same day's, with no
    more bodies than that day's acts sign (``day_s_parties``), adding no term nor document of its own, one of its bodies
    a party's (by name, organ or place)."""
    too_many = len(bare.parties) > max(len(fuller.parties), day_s_parties)
    if fuller.sentence >= bare.sentence or too_many or not _same_day(bare, fuller):
        return False
    if bare.document or (bare.period and bare.period != fuller.period):
        return False
    return any(
        b == f or _same_body(rep.get(f, "").lower(), rep.get(b, "").lower())
        for b in bare.parties
        for f in fuller.parties
    )


def _told_by_signers(ctx: ArticleContext, s: SigningFound, groups: AgencyGroups) -> bool:
    """Whether the parties of ``s`` are named in its sentence only in the titles of the persons who sign."""
    lo, hi = ctx.m.sentences[s.sentence]
    keys = set(s.parties)
    named = [a for a in ctx.m.agencies if lo <= a.start < hi and groups.key_of(a) in keys]
    return bool(named) and all(a.signer for a in named)


# The words that name a body's organ before the body's own words ("Ban Thường vụ Hội Nông dân tỉnh", "Đảng ủy Quân sự
# tỉnh") and those of a force's command ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy BĐBP tỉnh"): the organ of a command
# is named with or without the command's words ("Đảng ủy Quân sự tỉnh", "Đảng ủy Bộ đội Biên phòng tỉnh")
_ORGAN = re.compile(
    r"^(?:ban\s+thường\s+(?:vụ|trực)|thường\s+trực|đảng\s+ủy|đảng\s+đoàn|ban\s+cán\s+sự\s+đảng|ban\s+chấp\s+hành|"
    # (the Youth Union's Secretariat: "Ban Bí thư Trung ương Đoàn")
    r"ban\s+bí\s+thư(?=\s+trung\s+ương\s+đoàn))\s+"
)
_COMMAND = re.compile(r"^(?:bộ|ban)\s+chỉ\s+huy\s+")


def _core(name: str) -> str:
    """A lower-cased body's name without its organ's and its command's words."""
    organ = _ORGAN.match(name)
    return _COMMAND.sub("", name[organ.end() :] if organ else name)


def _same_body(long_name: str, short_name: str) -> bool:
    """Whether the lower-cased ``long_name`` names the body ``short_name`` names: by an organ of it, of its command
    or of the force the command leads ("Đảng ủy Quân sự tỉnh": "Bộ CHQS tỉnh"), or, organ for organ, with a place one
    of them leaves out ("Công an huyện", "Công an huyện Nhơn Trạch")."""
    if long_name.endswith(" " + short_name):
        return True
    long_organ, short_organ = _ORGAN.match(long_name), _ORGAN.match(short_name)
    if short_organ and not long_organ:
        return False  # (the short one names the organ: the other way round)
    a, b = _core(long_name), _core(short_name)
    placed_alike = a == b or a.startswith(b + " ") or b.startswith(a + " ")
    if long_organ and not short_organ:
        return placed_alike
    return placed_alike and (long_organ and long_organ.group()) == (short_organ and short_organ.group())


def _names_organ_of(fuller: list[str], bare: list[str], rep: dict[str, str]) -> bool:
    """``fuller`` is ``bare`` with one or more parties named by an organ of theirs ("<organ> <body>"; a caption names
    both sides by their bodies where the report names their standing boards), or ``bare`` names fewer of them."""
    only_fuller = sorted(set(fuller) - set(bare))
    only_bare = set(bare) - set(fuller)
    if len(fuller) < len(bare) or not only_bare or len(only_fuller) < len(only_bare):
        return False
    if len(fuller) == len(bare) and len(only_fuller) != len(only_bare):
        return False
    long_names = [rep.get(k, "").lower() for k in only_fuller]
    for k in only_bare:
        # (a short form the article never spells out names no agency; its key is its name: "Trung ương Đoàn" in a
        # caption after "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh")
        short_name = (rep.get(k) or k).lower()
        match = next((n for n in long_names if short_name and _same_body(n, short_name)), None)
        if match is None:
            return False
        long_names.remove(match)
    return True


# The day of the page itself: "sáng nay", "chiều nay", "hôm nay" (a TV anchor's or a same-day report's lead)
_TODAY = re.compile(r"(?<![\w])(?:(?:sáng|chiều|trưa|tối)\s+nay|hôm\s+nay)(?![\w])(?!\s*\(\s*\d)", re.IGNORECASE)


def _signing_date(ctx: ArticleContext, s: SigningFound, event: DateMention | None) -> str | None:
    """The date of the signing sentence, else of the reported event; none for an act told as recent
    ("vừa", "Mới đây") without a date of its own, nor for a day and month when the article's own
    year is unknown (a year read off other dates on the page, such as a banner, would be a guess)."""
    if s.date is None and event is None and ctx.published and _TODAY.search(ctx.text, *ctx.m.sentences[s.sentence]):
        # "Sáng nay, A và B ký kết ...": the day the page was published, where the page dates no event ("Cũng trong
        # sáng nay" after "Sáng 5/3, ..." is the day of that event, the page maybe posted the day after)
        return ctx.published
    own = s.date or (None if s.recent else event)
    if own is None:
        return None
    if own.year is None and not _page_dates_day(ctx, own):
        return None
    return ctx.iso(own)


def _date_of_the_signed_document(ctx: ArticleContext, dd: DocumentDetails, s: SigningFound) -> str | None:
    """An act told with no date of its own ("Bộ Công an với Bộ GD&ĐT vừa ký kết phối hợp ... giai đoạn 2024-2030")
    whose document is printed with its issue date ("Chương trình phối hợp số 03/CTrPH-BCA-BGDĐT ngày 22/1/2024 giữa
    Bộ Công an với Bộ GD&ĐT ... giai đoạn 2024-2030", "A và B đã ban hành Chương trình số X ngày D giữa A với B") is
    dated by it: the document the act's sentence names, else the one document its parties alone issue for the same
    term. A document issued two years or more before the page, or after it, is another act's."""
    parties = set(s.parties)
    named = [i for i, d in enumerate(dd.all_docs) if d is s.document]
    if not named and s.period is not None:
        # (a document whose parties are only counted yet, "giữa hai đơn vị", names none to match)
        named = [
            i
            for i, det in dd.details.items()
            if det["issued"] is not None
            and not isinstance(det["parties"], PartiesByCount)
            and set(det["parties"]) == parties
            and det["period"] == s.period
        ]
    issued = {ctx.iso(dd.details[i]["issued"]) for i in named if dd.details[i]["issued"] is not None}
    if len(issued) != 1:
        return None
    (date,) = issued
    if date is None or (ctx.ref_year and int(date[:4]) < ctx.ref_year - 1):
        return None
    return None if ctx.ref and date > ctx.ref.isoformat() else date


DAYS_AFTER_THE_PAGE = 60  # a day and month that fall this long after a published date are of the year before


def _page_dates_day(ctx: ArticleContext, day: DateMention) -> bool:
    """Whether the page's date gives a year to a day and month printed without one: not when the year
    was read off other dates the page prints (a guess), nor when the page's date falls before the reported
    day (a date line read from the text is then a banner's or a menu's; a published date months before
    it, of the next year), nor when only the URL's month stamp dates the page: the real pages are
    annotated so ("when published is null the date is null even where the year can be inferred",
    shared/corpus/real READMEs), though the shared dev corpus took the URL's year."""
    if ctx.ref is None:  # no page date: the year would come from the URL or be read off other dates
        return False
    reported = ctx.iso(day)
    if not reported:
        return True
    if ctx.meta.published is None:
        return reported <= ctx.ref.isoformat()
    # (a day months after the page's published date is of another year, which the page does not say: "Ngày 12/7, ...
    # đã diễn ra lễ ký kết" on a page of 26 January; days or weeks after it, the page's date is its first posting's)
    return dt.date.fromisoformat(reported) <= ctx.ref + dt.timedelta(days=DAYS_AFTER_THE_PAGE)


# A sentence that opens with the document signed just before, by its kind ("Quy chế phối hợp (số 01/QCPH-MTTQ-VKS) gồm 4
# chương, 14 điều", "Quy chế giữa Công an tỉnh và Cục Thuế tỉnh (số 215/QCPH-CAT-CT) gồm ...")
# "Theo quy chế số 12/QC-..., hai bên ...": after "Theo" (what the two do under the text just signed; not one printed
# with its own issuers, "Theo Quy chế số 03/QC-UBND của UBND tỉnh, ...", a text the two carry out)
_KIND_OPENING = re.compile(rf"\s*(?P<under>Theo\s+)?(?:Bản\s+)?(?P<kind>{SIGNED_KINDS})(?![\w])", re.IGNORECASE)
KIND_OPENING_REACH = 120  # characters from the sentence's start to the symbol of the document it opens with
TOLD_AFTER_SENTENCES = 2  # sentences after a signing where its document may be told


def _document_told_after(
    ctx: ArticleContext, dd: DocumentDetails, s: SigningFound, found: list[SigningFound]
) -> DocMention | None:
    """The document a signing told without one signs, where a sentence just after opens with it by its kind (the
    only document there, of the kind the signing names, no other signing told between)."""
    sentences = ctx.m.sentences
    later = [t.sentence for t in found if t.sentence > s.sentence]
    last = min([s.sentence + TOLD_AFTER_SENTENCES, *[k - 1 for k in later]])
    for k in range(s.sentence + 1, min(last, len(sentences) - 1) + 1):
        lo, hi = sentences[k]
        opening = _KIND_OPENING.match(ctx.text, lo, hi)
        if opening is None:
            continue
        docs = [d for d in dd.all_docs if lo <= d.start < hi]
        if len(docs) != 1 or docs[0].sym_start - lo > KIND_OPENING_REACH:
            return None
        kind = WS.sub(" ", opening.group("kind")).lower()
        if (s.kind and s.kind != kind) or (docs[0].kind or kind) != kind:
            return None  # ("Kế hoạch nhằm cụ thể hóa Chương trình số 05/...": another document, the plan carries out)
        if opening.group("under") and dd.details[dd.all_docs.index(docs[0])]["parties"]:
            return None
        return docs[0]
    return None


def _note_signed_document(
    ctx: ArticleContext, signed: SignedDocuments, s: SigningFound, symbol: str, date: str | None
) -> None:
    signers = signed.signers_of.setdefault(symbol, [])
    signers.extend(k for k in s.parties if k not in signers)
    signed.signed_on.setdefault(symbol, date)
    signed.sign_year.setdefault(symbol, int(date[:4]) if date else ctx.ref_year)
    if (
        s.date
        and s.document is not None
        and _ISSUING.search(ctx.text, max(0, s.document.start - ISSUING_WINDOW), s.document.start)
    ):
        # "Ngày D, A và B (thống nhất) ban hành Quy chế số X": the sentence dates the issuing itself.
        signed.issued_by_act[symbol] = ctx.iso(s.date)


def _event_date(ctx: ArticleContext, doc_dates: set[int]) -> DateMention | None:
    """The date of the reported event: the first date of the first body sentences (not a dateline
    nor a document's issue date)."""
    text, m = ctx.text, ctx.m
    spans = span_dates(text, m.dates)  # an anniversary's "(26/3/1931 - 26/3/2026)" dates no event
    body = 0
    for s, e in m.sentences:
        if e <= ctx.title_end:
            continue
        if _tells_nothing(ctx, s, e):
            continue  # dateline, section label, caption stub, page furniture
        body += 1
        for d in m.dates:
            if s <= d.start < e and d.start not in doc_dates and d.start not in spans:
                if _AS_OF.search(text, max(s, d.start - AS_OF_WINDOW), d.start):
                    continue  # "Tính đến ngày 14-12-2023, ...": the date a figure is counted to, no event's
                return d
        if body >= EVENT_SENTENCES:
            break
    return None
