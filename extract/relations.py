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


_NOT_SUBJECT_GAP = re.compile(r"(?<![\w])(?:với|giữa|của|cho|tại)(?![\w])|[;:]", re.IGNORECASE)


def _is_subject_gap(gap: str) -> bool:
    """Text between a subject and its signing verb: a few words of predicate ("tổ chức hội nghị
    tổng kết ... và"), with nothing that makes the agency an object of something else."""
    if _SUBJECT_FILLER.match(gap):
        return True
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


def _period_in(periods: list[PeriodMention], start: int, end: int) -> tuple[int, int] | None:
    ranges = [p for p in periods if start <= p.start < end and p.kind == "range"]
    if ranges:
        return (ranges[0].first, ranges[0].last)
    years = [p for p in periods if start <= p.start < end]
    return (years[0].first, years[0].last) if years else None


def signing_candidates(text: str, sentences: list[tuple[int, int]], agencies: list[AgencyMention],
                       key_of, periods: list[PeriodMention], dates: list[DateMention],
                       docs: list[DocMention], doc_dates: set[int], anaphor_resolver,
                       title_end: int, ref_year: int | None = None) -> list[SigningCandidate]:
    """Signings reported by each sentence with a signing verb."""
    out: list[SigningCandidate] = []
    usable = [a for a in agencies if not a.in_title]
    usable_starts = [a.start for a in usable]
    date_starts = [d.start for d in dates]
    docs = sorted(docs, key=lambda d: d.start)
    doc_starts = [d.start for d in docs]
    for si, (s_start, s_end) in enumerate(sentences):
        verbs = [v for v in _SIGN.finditer(text, s_start, s_end)
                 if not _RELATIVE.search(text, max(s_start, v.start() - 60), v.start())]
        if not verbs:
            continue
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
            period = _period_in(periods, c_start, c_end)
            if period is None and _PASSIVE.search(text, max(s_start, v.start() - 20), v.start()):
                # "Chương trình phối hợp giữa A và B giai đoạn 2021-2025 đã được ký kết": the period leads
                period = _period_in(periods, s_start, v.start())
            # The signed document is the verb's object: printed right after it, not "theo/căn cứ" another one.
            k = bisect.bisect_left(doc_starts, v.end())
            doc = next((d for d in docs[k:k + 3] if v.end() <= d.start < c_end and d.start - v.end() <= 80
                        and not _NOT_OBJECT.search(text, v.end(), d.start)), None)
            mentioned = set(subject_keys) | {key_of(a) for a in in_sent}
            out.append(SigningCandidate(si, parties, period, sent_dates[0] if sent_dates else None, doc,
                                        mentioned, s_end <= title_end))
    return out


# "chương trình phối hợp đã ký kết giữa A và B": a document named by its past signing, not an event.
_RELATIVE = re.compile(r"(?<![\w])(?:chương\s+trình|kế\s+hoạch|quy\s+chế|văn\s+bản|thỏa\s+thuận|nghị\s+quyết)"
                       r"(?:\s+(?:phối\s+hợp|liên\s+tịch|liên\s+ngành|công\s+tác))*\s+(?:đã\s+)?(?:được\s+)?(?:các\s+bên\s+)?$",
                       re.IGNORECASE)
_NOT_OBJECT = re.compile(r"(?<![\w])(?:theo|căn\s+cứ|thực\s+hiện|triển\s+khai|của|tại|về)(?![\w])|[;.]",
                         re.IGNORECASE)
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


def _inside_parens(text: str, start: int, pos: int) -> bool:
    seg = text[start:pos]
    return seg.count("(") > seg.count(")")


def _unique(items):
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


@dataclass
class Signing:
    parties: list[str]
    period: tuple[int, int] | None
    date: DateMention | None
    document: DocMention | None
    sentence: int


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
            s = Signing(list(parties), c.period, c.date, c.document, c.sentence)
            index[key] = s
            signings.append(s)
    keys = [frozenset(s.parties) for s in signings]
    kept = [s for s, k in zip(signings, keys) if not any(k < other for other in keys)]
    for s in kept:
        if s.period is None:
            for c in use:
                if c.period and c.mentioned & set(s.parties):
                    s.period = c.period
                    break
    return kept


def document_parties(text: str, doc: DocMention, clause_end: int, usable: list[AgencyMention],
                     usable_starts: list[int], key_of, after_date_end: int) -> list[str]:
    """Issuers named after the symbol ("... ngày X của A và B", "giữa A với B") or as subject of "ban hành".

    ``usable`` are the agency mentions outside titles, sorted, with their ``usable_starts``."""
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
