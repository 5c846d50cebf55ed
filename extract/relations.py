"""Relations between mentions: who issued a document, and which signings the article reports.

Signing grammar (facts-format.md): "với" pairs one party with each of the others
("A ký kết ... với B, C và D"; "giữa A với B và C"); parties listed without "với"
sign jointly ("A, B và C ký kết"; "A cùng B ..."; "giữa A, B và C").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from phoihop.extract.agencies import AgencyMention
from phoihop.extract.dates import DateMention, PeriodMention
from phoihop.extract.documents import DocMention
from phoihop.text import unique as _unique

_SIGN = re.compile(
    # the look-ahead on the first letter lets the scan skip most positions before the look-behinds run
    r"(?=[kKđĐtT])(?<!đăng )(?<!thư )(?<!nhật )(?<!chữ )(?<![\w])(?:[kK][ýí]\s+kết|đặt\s+bút\s+[kK][ýí]|[kK][ýí]|thống\s+nhất\s+ban\s+hành)(?![\w])"
    r"(?!\s+(?:hiệu|túc|giả|sự|ức|tên))", re.IGNORECASE)
_SEP_JOINT = re.compile(r"^\s*(?:,|và|cùng|cùng\s+với|,\s*và|,\s*cùng|-|vừa\s+cùng|đã\s+cùng|phối\s+hợp(?:\s+với)?)\s*$",
                        re.IGNORECASE)
_SEP_WITH = re.compile(r"^\s*(?:với)\s*$", re.IGNORECASE)
_SUBJECT_FILLER = re.compile(
    r"^[\s,]*(?:(?:đã|đang|vừa|cũng|còn|cùng|sẽ|chính\s+thức|tổ\s+chức|hội\s+nghị|lễ|buổi\s+lễ|để|hai\s+đơn\s+vị|"
    r"các\s+tổ\s+chức\s+thành\s+viên|thống\s+nhất\s+nội\s+dung|và|đại\s+diện|lãnh\s+đạo|trực\s+tuyến|mở)(?![\w])[\s,]*)*$",
    re.IGNORECASE)
_STOP_OBJECTS = re.compile(r"(?<![\w])(?:nhằm|để|về\s+việc|trong\s+đó|theo\s+đó|qua\s+đó)(?![\w])|;", re.IGNORECASE)
_ANAPHOR = re.compile(r"(?<![\w])(Ban|Sở|Hội|Bộ Chỉ huy|Công an|Ủy ban|Đoàn)\s+(?:(?:đã|cũng|còn|vừa)\s+)*$")


@dataclass
class SigningCandidate:
    sentence: int
    parties: list[list[str]]          # each inner list: one signing's party keys
    period: tuple[int, int] | None
    date: DateMention | None
    document: DocMention | None
    mentioned: set[str] = field(default_factory=set)
    in_title: bool = False
    separate: bool = False            # a second act told apart ("Cùng ngày, ... cũng ký kết")


_BOTH_IN_GAP = re.compile(r"(?<![\w])giữa\s+hai\s+(?:đơn\s+vị|cơ\s+quan|bên|ngành|lực\s+lượng)(?![\w])", re.IGNORECASE)
_NOT_SUBJECT_GAP = re.compile(r"(?<![\w])(?:với|giữa|của|cho|tại)(?![\w])|[;:]", re.IGNORECASE)


def _is_subject_gap(gap: str) -> bool:
    """Text between a subject and its signing verb: a few words of predicate ("tổ chức hội nghị
    tổng kết ... và"), with nothing that makes the agency an object of something else."""
    if _SUBJECT_FILLER.match(gap):
        return True
    # "A và B tổng kết Chương trình số X giữa hai cơ quan và ký kết ...": the two are the subject itself.
    gap = _BOTH_IN_GAP.sub(" ", gap)
    return len(gap) <= 160 and not _NOT_SUBJECT_GAP.search(gap)


def _strip_parens(s: str) -> str:
    return re.sub(r"\([^)]*\)", " ", s)


def _agency_list(text: str, mentions: list[AgencyMention], first: int) -> tuple[list[AgencyMention], bool]:
    """The list of agencies starting with ``mentions[first]``; True when "với" separates the first from the rest."""
    out = [mentions[first]]
    with_after_first = False
    for k in range(first + 1, len(mentions)):
        sep = _strip_parens(text[out[-1].end:mentions[k].start])
        if _SEP_JOINT.match(sep):
            out.append(mentions[k])
        elif _SEP_WITH.match(sep) and len(out) == 1:
            with_after_first = True
            out.append(mentions[k])
        else:
            break
    return out, with_after_first


# "... đến năm 2030": an open-start period (from the signing to that year), unless it is a horizon
# ("tầm nhìn đến năm 2045") or the deadline of a strategy, plan or resolution the act cites.
_UNTIL = re.compile(r"(?<![\w])(?:đến|tới)\s+(?:hết\s+)?$", re.IGNORECASE)
_HORIZON_BEFORE = re.compile(r"(?<![\w])(?:tầm\s+nhìn|định\s+hướng|mục\s+tiêu)\s+(?:(?:đến|tới)\s+)?(?:hết\s+)?$",
                             re.IGNORECASE)
_HORIZON_AFTER = re.compile(r"\s*(?:,|và|;)?\s*(?:tầm\s+nhìn|định\s+hướng)(?![\w])", re.IGNORECASE)
_CITED_PLAN = re.compile(r"(?<![\w])(?:chiến\s+lược|quy\s+hoạch|đề\s+án|nghị\s+quyết|kết\s+luận|chỉ\s+thị|"
                         r"quyết\s+định|nghị\s+định|chương\s+trình\s+mục\s+tiêu|tầm\s+nhìn|mục\s+tiêu)(?![\w])",
                         re.IGNORECASE)


def is_until(text: str, p: PeriodMention) -> bool:
    """A year written "đến năm 2030" / "tới năm 2030" (the end of an open-start period or a horizon)."""
    return p.kind == "year" and bool(_UNTIL.search(text, max(0, p.start - 14), p.start))


def open_period(text: str, p: PeriodMention, anchor: int, sign_year: int | None) -> tuple[int, int] | None:
    """``[sign_year, year]`` for "đến năm <year>" that bounds the act starting at ``anchor`` (the signing
    verb or the signed document); None for a horizon or a cited plan's deadline."""
    if not is_until(text, p) or sign_year is None or not sign_year <= p.first <= sign_year + 30:
        return None
    if _HORIZON_BEFORE.search(text, max(0, p.start - 30), p.start) or _HORIZON_AFTER.match(text, p.end):
        return None
    if _CITED_PLAN.search(text, anchor, p.start):
        return None
    return (sign_year, p.first)


def _period_in(periods: list[PeriodMention], start: int, end: int, text: str = "",
               sign_year: int | None = None) -> tuple[int, int] | None:
    ranges = [p for p in periods if start <= p.start < end and p.kind == "range"]
    if ranges:
        return (ranges[0].first, ranges[0].last)
    for p in periods:
        if not start <= p.start < end:
            continue
        if text and is_until(text, p):
            found = open_period(text, p, start, sign_year)
            if found:
                return found
            continue
        return (p.first, p.last)
    return None


def signing_candidates(text: str, sentences: list[tuple[int, int]], agencies: list[AgencyMention],
                       key_of, periods: list[PeriodMention], dates: list[DateMention],
                       docs: list[DocMention], doc_dates: set[int], anaphor_resolver,
                       title_end: int, ref_year: int | None = None) -> list[SigningCandidate]:
    """Signings reported by each sentence with a signing verb."""
    out: list[SigningCandidate] = []
    usable = [a for a in agencies if not a.in_title]
    usable_starts = [a.start for a in usable]
    all_starts = [a.start for a in agencies]
    date_starts = [d.start for d in dates]
    docs = sorted(docs, key=lambda d: d.start)
    doc_starts = [d.start for d in docs]
    for si, (s_start, s_end) in enumerate(sentences):
        if _PLANNED_SENTENCE.match(text, s_start, s_end):
            continue   # "Theo dự kiến, trong quý I, A sẽ ký kết ...": not an event the article reports
        verbs = [v for v in _SIGN.finditer(text, s_start, s_end)
                 if not _RELATIVE.search(text, max(s_start, v.start() - 80), v.start())
                 and not _PLANNED.search(text, max(s_start, v.start() - 40), v.start())
                 and not _signed_in_past_year(text, v.end(), s_end, ref_year)]
        if not verbs:
            continue
        lo_all, hi_all = bisect.bisect_left(all_starts, s_start), bisect.bisect_left(all_starts, s_end)
        lo, hi = bisect.bisect_left(usable_starts, s_start), bisect.bisect_left(usable_starts, s_end)
        in_sent = [a for a in usable[lo:hi] if not a.is_location and not _inside_parens(text, s_start, a.start)]
        lo, hi = bisect.bisect_left(date_starts, s_start), bisect.bisect_left(date_starts, s_end)
        sent_dates = [d for d in dates[lo:hi] if d.start not in doc_dates]
        if _reports_past(text, s_start, verbs[0].start(), sent_dates, periods, ref_year):
            continue
        for vi, v in enumerate(verbs):
            c_end = verbs[vi + 1].start() if vi + 1 < len(verbs) else s_end
            c_start = v.start()
            before = [a for a in in_sent if a.end <= v.start()]
            after = [a for a in in_sent if c_start <= a.start < c_end]
            subject: list[AgencyMention] = []
            if before and _is_subject_gap(_strip_parens(text[before[-1].end:v.start()])):
                k = len(before) - 1
                while k > 0 and (_SEP_JOINT.match(_strip_parens(text[before[k - 1].end:before[k].start]))
                                 or _SEP_WITH.match(_strip_parens(text[before[k - 1].end:before[k].start]))):
                    k -= 1
                subject = before[k:]
            if not subject or subject[-1].signer:
                # "Đại tá A, Chỉ huy trưởng Bộ CHQS tỉnh và bà B, Chủ tịch Hội LHPN tỉnh đã ký kết":
                # the bodies of the signers' titles sign.
                subject = [a for a in agencies[lo_all:hi_all] if a.signer and a.end <= v.start()] or subject
            subject_keys = [key_of(a) for a in subject]
            if not subject_keys:
                m = _ANAPHOR.search(text, max(s_start, v.start() - 40), v.start())
                if m:
                    resolved = anaphor_resolver(m.group(1))
                    if resolved:
                        subject_keys = [resolved]
            parties: list[list[str]] = []
            between = re.search(r"(?<![\w])giữa(?![\w])", text[c_start:c_end])
            if between:
                g_pos = c_start + between.end()
                first = next((i for i, a in enumerate(after) if a.start >= g_pos
                              and not text[g_pos:a.start].strip(" ,")), None)
                if first is not None:
                    lst, with_first = _agency_list(text, after, first)
                    keys = _unique([key_of(a) for a in lst])
                    if len(keys) >= 2:
                        parties = [[keys[0], k] for k in keys[1:]] if with_first else [keys]
            if not parties:
                w = re.search(r"(?<![\w])với(?![\w])", text[c_start:c_end])
                stop = _STOP_OBJECTS.search(text, w.end() + c_start, c_end) if w else None
                objects = [a for a in after if w and a.start >= c_start + w.end()
                           and (not stop or a.start < stop.start())]
                obj_keys = _unique([key_of(a) for a in objects])
                if subject_keys and obj_keys:
                    # "A (và B) ký kết ... với C, D": each subject with each object
                    parties = [[sk, k] for sk in _unique(subject_keys) for k in obj_keys if k != sk]
                elif len(_unique(subject_keys)) >= 2:
                    parties = [_unique(subject_keys)]
            sign_year = (sent_dates[0].year if sent_dates else None) or ref_year
            period = _period_in(periods, c_start, c_end, text, sign_year)
            if period is None and _PASSIVE.search(text, max(s_start, v.start() - 20), v.start()):
                # "Chương trình phối hợp giữa A và B giai đoạn 2021-2025 đã được ký kết": the period leads
                period = _period_in(periods, s_start, v.start(), text, sign_year)
            # The signed document is the verb's object: printed right after it, not "theo/căn cứ" another one.
            k = bisect.bisect_left(doc_starts, v.end())
            # "ký kết và triển khai Kế hoạch số X": a second verb coordinated with the signing shares its object.
            co = _CO_VERB.match(text, v.end(), c_end)
            obj_from = co.end() if co else v.end()
            doc = next((d for d in docs[k:k + 3] if v.end() <= d.start < c_end and d.start - v.end() <= 80
                        and not _NOT_OBJECT.search(text, obj_from, d.start)), None)
            mentioned = set(subject_keys) | {key_of(a) for a in in_sent}
            separate = bool(_SECOND_ACT.match(text, s_start, s_end)
                            or _ALSO.search(text, max(s_start, v.start() - 12), v.start()))
            out.append(SigningCandidate(si, parties, period, sent_dates[0] if sent_dates else None, doc,
                                        mentioned, s_end <= title_end, separate))
    return out


# "chương trình phối hợp đã ký kết giữa A và B": a document named by its past signing, not an event.
_RELATIVE = re.compile(r"(?<![\w])(?:chương\s+trình|kế\s+hoạch|quy\s+chế|văn\s+bản|thỏa\s+thuận|nghị\s+quyết)"
                       r"(?:\s+(?:phối\s+hợp|liên\s+tịch|liên\s+ngành|công\s+tác))*"
                       r"(?:\s+số\s+[\w./-]+)?"   # "Quy chế số 02/QC-CAT ký năm 2020 giữa ...": the number may come between
                       r"\s+(?:đã\s+)?(?:được\s+)?(?:các\s+bên\s+)?$",
                       re.IGNORECASE)
# "A sẽ ký kết ...", "dự kiến ký kết", "tiến tới ký kết": a signing only planned.
_PLANNED = re.compile(r"(?<![\w])(?:sẽ|dự\s+kiến|chuẩn\s+bị|tiến\s+tới|hướng\s+tới)\s+"
                      r"(?:(?:được|tiến\s+hành|tổ\s+chức|lễ|cùng|chính\s+thức)\s+)*$", re.IGNORECASE)
_SECOND_ACT = re.compile(r"\s*(?:cùng\s+ngày|cũng\s+trong\s+(?:ngày|dịp|buổi)|cùng\s+dịp|dịp\s+này|nhân\s+dịp\s+này|ngoài\s+ra)(?![\w])",
                         re.IGNORECASE)
_ALSO = re.compile(r"(?<![\w])cũng\s+(?:đã\s+)?$", re.IGNORECASE)
_PLANNED_SENTENCE = re.compile(r"\s*(?:theo\s+)?(?:dự\s+kiến|kế\s+hoạch\s+dự\s+kiến)(?![\w])", re.IGNORECASE)
_SIGNED_YEAR = re.compile(r"\s+(?:vào\s+|từ\s+)?năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _signed_in_past_year(text: str, verb_end: int, s_end: int, ref_year: int | None) -> bool:
    """"... ký năm 2020 giữa A và B" in a later article: an old signing recalled, not the event."""
    m = _SIGNED_YEAR.match(text, verb_end, s_end)
    return bool(m and ref_year and int(m.group(1)) < ref_year)
_NOT_OBJECT = re.compile(r"(?<![\w])(?:theo|căn\s+cứ|thực\s+hiện|triển\s+khai|của|tại|về)(?![\w])|[;.]",
                         re.IGNORECASE)
_CO_VERB = re.compile(r"\s*(?:,|và)\s*(?:triển\s+khai|ban\s+hành|thực\s+hiện|thông\s+qua)(?![\w])", re.IGNORECASE)
_PASSIVE = re.compile(r"(?<![\w])(?:đã\s+)?được\s+$", re.IGNORECASE)
_PAST = re.compile(r"(?<![\w])(?:trước\s+đó|trước\s+đây|đã\s+từng|từ\s+năm)(?![\w])", re.IGNORECASE)


def _reports_past(text: str, s_start: int, verb: int, sent_dates, periods, ref_year) -> bool:
    """A sentence recalling an old signing ("Trước đó, năm 2018 A đã ký kết ...")."""
    if sent_dates:
        y = sent_dates[0].year
        return bool(ref_year and y and y < ref_year)
    if _PAST.search(text, s_start, verb):
        return True
    if ref_year:
        for p in periods:
            if s_start <= p.start < verb and p.kind == "year" and p.first < ref_year:
                return True
    return False


_SIGNER_GAP = re.compile(
    r"[\s,]*(?:(?:đã|vừa|cùng|chính\s+thức|thay\s+mặt|đại\s+diện(?:\s+(?:hai|ba|bốn|năm|các)\s+"
    r"(?:bên|đơn\s+vị|ngành|cơ\s+quan|lực\s+lượng))?)(?![\w])[\s,]*)*", re.IGNORECASE)
_STANDING = re.compile(r"\s*Thường\s+trực\s+", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"(?:Chủ\s+tịch|Bí\s+thư|Trưởng\s+ban|Phó\s+Trưởng\s+ban)\s+$", re.IGNORECASE)
_AFTER_TITLE = re.compile(r"\s*(?:[;,]|và(?![\w])|$)", re.IGNORECASE)


def mark_signer_titles(text: str, sentences: list[tuple[int, int]], agencies: list[AgencyMention]) -> None:
    """Bodies named only in the titles of the persons who sign ("Đại tá A, Chỉ huy trưởng Bộ CHQS
    tỉnh và bà B, Chủ tịch Hội LHPN tỉnh đã ký kết ...") are the signing parties: flag them ``signer``
    and no longer in a title."""
    starts = [a.start for a in agencies]
    for s_start, s_end in sentences:
        v = next((v for v in _SIGN.finditer(text, s_start, s_end)
                  if not _RELATIVE.search(text, max(s_start, v.start() - 80), v.start())), None)
        if v is None:
            continue
        lo = bisect.bisect_left(starts, s_start)
        before = [a for a in agencies[lo:bisect.bisect_left(starts, v.start())]
                  if a.end <= v.start() and not a.is_location]
        if not before or any(not a.in_title for a in before):
            continue
        if not _SIGNER_GAP.fullmatch(text, before[-1].end, v.start()):
            continue
        # each body ends its title: then a separator, the next person, or the verb
        ends = [a for a in before[:-1] if _AFTER_TITLE.match(text, a.end, v.start())] + [before[-1]]
        for a in ends:
            a.in_title = False
            a.signer = True
            if a.pre and _STANDING.match(a.pre) and _TITLE_TAIL.search(text, max(0, a.start - 30), a.start):
                # "Phó Chủ tịch Thường trực Hội Nông dân tỉnh": "Thường trực" belongs to the title
                a.canonical = _STANDING.sub("", a.canonical, count=1)


def _inside_parens(text: str, start: int, pos: int) -> bool:
    seg = text[start:pos]
    return seg.count("(") > seg.count(")")


@dataclass
class Signing:
    parties: list[str]
    period: tuple[int, int] | None
    date: DateMention | None
    document: DocMention | None
    sentence: int
    separate: bool = False


def resolve_signings(cands: list[SigningCandidate]) -> list[Signing]:
    """One signing per party set; title-only signings dropped when the body reports any; caption
    repeats (party subsets) folded; a missing period taken from a related signing sentence."""
    body_has = any(c.parties and not c.in_title for c in cands)
    use = [c for c in cands if not (c.in_title and body_has)]
    signings: list[Signing] = []
    index: dict[frozenset, Signing] = {}
    for c in use:
        for parties in c.parties:
            key = frozenset(parties)
            if key in index:
                s = index[key]
                s.period = s.period or c.period
                s.date = s.date or c.date
                s.document = s.document or c.document
                continue
            s = Signing(list(parties), c.period, c.date, c.document, c.sentence, c.separate)
            index[key] = s
            signings.append(s)
    keys = [frozenset(s.parties) for s in signings]
    kept = [s for s, k in zip(signings, keys) if not any(k < other for other in keys)]
    kept = [s for s in kept if not _hub_repeat(s, kept)]
    for s in kept:
        if s.period is None:
            # A second act ("Cùng ngày, A và C cũng ký kết ...") has its own terms: it borrows no period.
            if s.separate:
                continue
            for c in use:
                if c.period and c.mentioned & set(s.parties):
                    s.period = c.period
                    break
    return kept


def _hub_repeat(s: Signing, signings: list[Signing]) -> bool:
    """A later joint party set that only lists the partners of an earlier "A ký kết với B và C"
    (the caption "Đại tá X và đại diện B, C ký kết"): every member signed with one hub already."""
    if len(s.parties) < 2:
        return False
    earlier = [o for o in signings if o is not s and o.sentence < s.sentence and len(o.parties) == 2]
    hubs = {p for o in earlier for p in o.parties if p not in s.parties}
    for h in hubs:
        if all(any(set(o.parties) == {h, p} for o in earlier) for p in s.parties):
            return True
    return False


# "... giữa hai đơn vị / hai cơ quan / hai bên": the parties are the two bodies the article is about.
BOTH_PARTIES = "\x00both"
_BOTH = re.compile(r"[\s,]*(?:(?:đã\s+)?(?:được\s+)?(?:ký\s+kết|ban\s+hành|ký))?[\s,]*giữa\s+hai\s+"
                   r"(?:đơn\s+vị|cơ\s+quan|bên|ngành|lực\s+lượng)(?![\w])", re.IGNORECASE)


def document_parties(text: str, doc: DocMention, clause_end: int, usable: list[AgencyMention],
                     usable_starts: list[int], key_of, after_date_end: int) -> list[str]:
    """Issuers named after the symbol ("... ngày X của A và B", "giữa A với B") or as subject of "ban hành".

    ``usable`` are the agency mentions outside titles, sorted, with their ``usable_starts``."""
    if _BOTH.match(text, after_date_end, clause_end):
        return [BOTH_PARTIES]
    m = re.match(r"[\s,]*(?:(?:đã\s+)?(?:được\s+)?(?:ký\s+kết|ban\s+hành|ký))?[\s,]*(?:của|giữa)\s+",
                 text[after_date_end:clause_end], re.IGNORECASE)
    if not m:
        # a couple of words may come between: "Chỉ thị số 05-CT/TW khóa XII của ..."
        m2 = re.match(r"[\s,]*(?:\S+\s+){0,2}?(?:của|giữa)\s+", text[after_date_end:clause_end], re.IGNORECASE)
        m = m2 if m2 and not re.search(r"[;\"]", m2.group(0)) else None
    if m:
        pos = after_date_end + m.end()
        first = bisect.bisect_left(usable_starts, pos)
        if first < len(usable) and not text[pos:usable[first].start].strip():
            lst, _ = _agency_list(text, usable, first)
            return _unique([key_of(a) for a in lst])
    # "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 88-KH/TU"
    k = bisect.bisect_left(usable_starts, doc.start)
    prev = [a for a in usable[max(0, k - 3):k] if a.end <= doc.start and doc.start - a.end < 40]
    if prev and re.fullmatch(r"\s*(?:đã\s+)?(?:ban\s+hành|ký\s+ban\s+hành)\s*", text[prev[-1].end:doc.start], re.I):
        return [key_of(prev[-1])]
    return []
