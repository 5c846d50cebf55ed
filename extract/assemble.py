"""Turn the mentions found by the components into one article's facts (phoihop.facts)."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field

from phoihop.extract import documents as docs_mod
from phoihop.extract.agencies import AgencyMention, has_level, merge_key
from phoihop.extract.dates import DateMention, PeriodMention, parse_iso
from phoihop.extract.documents import DocMention
from phoihop.extract.metadata import province_from_text, published_from_text, year_from_url
from phoihop.extract.normalize import NormText
from phoihop.extract.persons import PersonMention
from phoihop.extract.relations import (BOTH_PARTIES, document_parties, mark_signer_titles, open_period, resolve_signings,
                                       signing_candidates)
from phoihop.facts import Agency, ArticleFacts, Document, Evidence, Person, Signing
from phoihop.text import WS as _WS
from phoihop.text import unique_folded as _unique


@dataclass
class Mentions:
    """Everything the components found in one text (offsets in the normalised text)."""

    norm: NormText
    sentences: list[tuple[int, int]]
    abbreviations: dict[str, str] = field(default_factory=dict)
    masked: str = ""
    documents: list[DocMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    agencies: list[AgencyMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    _starts: list[int] | None = None
    token_starts: object = None   # numpy arrays of the doc's token offsets (factories._span)
    token_ends: object = None
    without_documents: tuple | None = None   # (document spans, text with them masked)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (the one before it when ``pos`` falls between sentences)."""
        if self._starts is None or len(self._starts) != len(self.sentences):
            self._starts = [s for s, _ in self.sentences]
        return max(0, bisect.bisect_right(self._starts, pos) - 1)


@dataclass
class Meta:
    id: str
    title: str | None = None
    published: str | None = None
    province: str | None = None
    url: str | None = None


class _Evidence:
    def __init__(self, meta: Meta, m: Mentions):
        self.meta, self.m = meta, m

    def at(self, pos: int) -> Evidence:
        i = self.m.sentence_index(pos)
        return self.sentence(i)

    def sentence(self, i: int) -> Evidence:
        s, e = self.m.sentences[i]
        os_, oe = self.m.norm.orig_span(s, e)
        return Evidence(self.meta.id, self.m.norm.original[os_:oe], os_, oe)


def build_facts(meta: Meta, m: Mentions) -> ArticleFacts:
    """Assemble ``ArticleFacts`` from the mentions and the article's metadata."""
    text = m.norm.text
    ev = _Evidence(meta, m)
    province = meta.province or province_from_text(text)
    published = meta.published or published_from_text(text)
    ref = parse_iso(published)
    ref_year = ref.year if ref else year_from_url(meta.url)
    if ref_year is None:
        years = [d.year for d in m.dates if d.year]
        ref_year = max(years) if years else None
    title_end = _title_end(text, m.sentences, meta.title)

    # --- agencies -------------------------------------------------------------------
    in_position = bytearray(len(text) + 1)
    for p in m.persons:
        for s, e in p.position_spans:
            in_position[s:e] = b"\x01" * (e - s)
    for a in m.agencies:
        if in_position[a.start]:
            a.in_title = True
    # Source and photo credits ("Nguồn: Báo Lào Cai", "Ảnh: Báo Quảng Ninh") name no actor.
    for si, (s0, e0) in enumerate(m.sentences):
        if _CREDIT.match(text, s0, e0):
            for a in m.agencies[bisect.bisect_left([x.start for x in m.agencies], s0):]:
                if a.start >= e0:
                    break
                a.in_title = True
    # A dateline that opens a paragraph with the outlet's name ("Báo Phú Thọ - Chiều 23/2, ...") credits the
    # source like "BHG - " does; the outlet is no actor there.
    for a in m.agencies:
        if _OUTLET.match(a.text) and (a.start == 0 or text[a.start - 1] == "\n") and _DATELINE_DASH.match(text, a.end):
            a.in_title = True
    mark_signer_titles(text, m.sentences, m.agencies)
    groups: dict[str, list[AgencyMention]] = defaultdict(list)
    for a in m.agencies:
        groups[merge_key(a.canonical, province)].append(a)
    alias = _short_form_aliases(groups, province)
    aliased = set(alias.values())

    def key_of(a: AgencyMention) -> str:
        k = merge_key(a.canonical, province)
        return alias.get(k, k)

    final_groups: dict[str, list[AgencyMention]] = defaultdict(list)
    for a in m.agencies:
        final_groups[key_of(a)].append(a)
    rep: dict[str, str] = {}
    sector: dict[str, str] = {}
    order: list[str] = []
    for k, items in final_groups.items():
        named = [a for a in items if not a.in_title] or items
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, int] = {}
        for a in named:
            counts[a.canonical] += 1
            first.setdefault(a.canonical, a.start)
        # More level words; then (for a short form read as a placed local body) the placed form
        # ("Ban Dân vận Huyện ủy Gio Linh" over a later "Ban Dân vận Huyện ủy"); then a fuller form
        # that opens the body, as news style names a body in full first and shortens it after
        # ("Tỉnh đoàn Hà Tĩnh ... Tỉnh đoàn ... Tỉnh đoàn"), whereas a place added once in passing
        # does not win; then more mentions; then the earliest mention in the body (headlines abbreviate).
        fullness = {c: _fullness(c, counts) for c in counts}
        in_body = [a for a in named if a.start >= title_end]
        opening = min(in_body, key=lambda a: a.start).canonical if in_body else None
        best = max(counts, key=lambda c: (has_level(c), fullness[c] if k in aliased else 0,
                                          c == opening and fullness[c] > 0,
                                          counts[c], first[c] >= title_end, -first[c]))
        rep[k] = best
        sector[k] = next(a.sector for a in named if a.canonical == best)
        if any(not a.in_title for a in items):
            order.append(k)
    order.sort(key=lambda k: min(a.start for a in final_groups[k] if not a.in_title))
    vn_tails = {m.group(1) for k in order for m in [_FRONT_VN_TAIL.search(rep[k])] if m}
    if vn_tails:
        # The article spells the Front "Ủy ban MTTQ Việt Nam tỉnh": its shorter mentions of the same
        # committee ("Ban Thường trực Ủy ban MTTQ tỉnh") name it so too; a committee of another level
        # or place ("Ủy ban MTTQ xã X") keeps the name it is given.
        def _with_vn(m: re.Match) -> str:
            tail = m.group(1)
            same = any(t == tail or t.startswith(tail + " ") or tail.startswith(t + " ") for t in vn_tails)
            return "Ủy ban Mặt trận Tổ quốc Việt Nam " + tail if same else m.group(0)
        for k in order:
            rep[k] = _FRONT_NO_VN.sub(_with_vn, rep[k])
    agencies = [Agency(rep[k], sector[k], [ev.at(min(a.start for a in final_groups[k] if not a.in_title))])
                for k in order]

    def resolve_anaphor(word: str) -> str | None:
        cands = [k for k in order if rep[k].lower().startswith(word.lower() + " ")]
        if not cands:
            return None
        return max(cands, key=lambda k: sum(1 for a in final_groups[k] if not a.in_title))

    # --- documents ------------------------------------------------------------------
    quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)]
    periods = [p for p in m.periods if not any(a < p.start < b for a, b in quotes)]
    doc_dates: dict[int, DateMention] = {}
    unique_docs: list[DocMention] = []
    for d in m.documents:
        if any(docs_mod.same_document(d, u) for u in unique_docs):
            continue
        unique_docs.append(d)
    details: dict[int, dict] = {}
    all_docs = m.documents
    date_starts = [dt.start for dt in m.dates]
    usable = [a for a in m.agencies if not a.in_title]
    usable_starts = [a.start for a in usable]
    for i, d in enumerate(all_docs):
        s_start, s_end = m.sentences[m.sentence_index(d.sym_start)]
        nxt = [x.start for x in all_docs[i + 1:i + 2] if x.start > d.end] + [s_end]
        semi = text.find(";", d.end, s_end)
        # "sơ kết Chương trình số 12 ngày ... và ký kết chương trình ... giai đoạn 2024 - 2028": the
        # period of the new act is not the reviewed document's.
        act = _NEW_CLAUSE.search(text, d.end, s_end)
        clause_end = min(nxt + ([semi] if semi >= 0 else []) + ([act.start()] if act else []))
        issued = None
        date_end = d.end
        for dt in m.dates[bisect.bisect_left(date_starts, d.end):]:
            if dt.start >= clause_end:
                break
            if d.end <= dt.start < clause_end and re.fullmatch(r"[\s,(:]*(?:ban\s+hành|ký)?[\s,]*",
                                                               text[d.end:dt.start], re.I):
                issued = dt
                date_end = dt.end
                doc_dates[dt.start] = dt
                break
        period = None
        for p in periods:
            if p.kind == "year" and _NOT_PERIOD_YEAR.search(text, max(0, p.start - 30), p.start):
                continue   # "ký năm 2020" (when it was signed), "đến năm 2030, tầm nhìn đến năm 2045" (a horizon)
            if d.end <= p.start < clause_end:
                period = (p.first, p.last)
                if p.kind == "range":
                    break
        if period is None:
            # "Nhìn lại giai đoạn 2013-2023, ... Chương trình phối hợp số 09 ...": the period leads the sentence.
            lead = [p for p in periods if s_start <= p.start < d.start and p.kind == "range"
                    and text[p.start:p.end].lower().startswith(("giai đoạn", "nhiệm kỳ"))
                    and not any(x.end <= p.start for x in all_docs if x.start >= s_start)]
            if lead:
                period = (lead[0].first, lead[0].last)
        parties = document_parties(text, d, clause_end, usable, usable_starts, key_of, date_end)
        details[i] = dict(issued=issued, period=period, parties=parties, clause_end=clause_end)
    # "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"
    for i in range(len(all_docs) - 2, -1, -1):
        a, b = all_docs[i], all_docs[i + 1]
        if re.fullmatch(r"\s*(?:,|và)\s*", text[a.end:b.start]):
            da, db = details[i], details[i + 1]
            da["issued"] = da["issued"] or db["issued"]
            da["parties"] = da["parties"] or db["parties"]
            da["period"] = da["period"] or db["period"]

    # --- signings -------------------------------------------------------------------
    cands = signing_candidates(text, m.sentences, m.agencies, key_of, periods, m.dates, all_docs,
                               set(doc_dates), resolve_anaphor, title_end, ref_year)
    signings_raw = resolve_signings(cands)
    event = _event_date(text, m, set(doc_dates), title_end)

    def iso(d: DateMention | None) -> str | None:
        return d.iso(ref_year, ref) if d else None

    signings = []
    issued_by_act: dict[str, str | None] = {}
    signers_of: dict[str, list[str]] = {}   # signed document -> the keys of its signers
    signed_on: dict[str, str | None] = {}   # signed document -> the date of its signing (None: undated)
    sign_year: dict[str, int | None] = {}
    for s in signings_raw:
        date = iso(s.date) or iso(event)
        symbol = s.document.symbol if s.document else None
        if symbol:
            signers = signers_of.setdefault(symbol, [])
            signers.extend(k for k in s.parties if k not in signers)
            signed_on.setdefault(symbol, date)
            sign_year.setdefault(symbol, int(date[:4]) if date else ref_year)
        if symbol and s.date and _ISSUING.search(text, max(0, s.document.start - 30), s.document.start):
            # "Ngày D, A và B (thống nhất) ban hành Quy chế số X": the sentence dates the issuing itself.
            issued_by_act[symbol] = iso(s.date)
        signings.append(Signing(date, s.period, symbol, [rep.get(k, k) for k in s.parties], [ev.sentence(s.sentence)]))

    documents = []
    pairs = [s.parties for s in signings_raw if len(s.parties) == 2]
    for d in unique_docs:
        i = all_docs.index(d)
        det = details[i]
        parties = det["parties"]
        if parties == [BOTH_PARTIES]:
            # "... giữa hai đơn vị": the two bodies the article is about, i.e. the two that sign in it
            parties = list(pairs[0]) if len(pairs) == 1 else []
        if not parties:
            # The signers of a document signed in the article issue it; else read its issuer codes.
            parties = signers_of.get(d.symbol) or _parties_from_codes(d, order, province)
        # A date printed with the symbol ("số X ngày D") or with the act of issuing it is the issue date;
        # a document signed at the reported event, without a date of its own, is issued that day.
        issued = iso(det["issued"]) or issued_by_act.get(d.symbol) or signed_on.get(d.symbol)
        period = det["period"]
        if period is None and d.symbol in signed_on:
            # "ký kết Chương trình phối hợp số 03/CTrPH-... về ... đến năm 2030": from the signing to 2030
            period = next((found for p in periods if d.end <= p.start < det["clause_end"]
                           for found in [open_period(text, p, d.end, sign_year[d.symbol])] if found), None)
        kind = d.kind or ("công văn" if d.form == "state" and not d.type_code else None)
        documents.append(Document(d.symbol, kind, issued, period, _unique([rep.get(k, k) for k in parties]),
                                  [ev.at(d.sym_start)]))

    # --- persons --------------------------------------------------------------------
    persons: dict[str, Person] = {}
    for p in m.persons:
        person = persons.get(p.name)
        if person is None:
            person = persons[p.name] = Person(p.name, [], [ev.at(p.start)])
        for pos in p.positions:
            if pos.casefold() not in {x.casefold() for x in person.positions}:
                person.positions.append(pos)
    title = meta.title
    if title is None and title_end:
        s0, e0 = m.sentences[0]
        os_, oe = m.norm.orig_span(s0, e0)
        title = m.norm.original[os_:oe]
    return ArticleFacts(id=meta.id, province=province, published=published, title=title, url=meta.url,
                        agencies=agencies, documents=documents, signings=signings, persons=list(persons.values()))


_NOT_PERIOD_YEAR = re.compile(r"(?<![\w])(?:ký(?:\s+kết)?|ban\s+hành|đến|tới|tầm\s+nhìn(?:\s+đến)?)\s+(?:vào\s+)?$",
                              re.IGNORECASE)
_ISSUING = re.compile(r"(?<![\w])ban\s+hành\s+$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(
    r"(?:,|\s)\s*(?:và|đồng\s+thời|sau\s+đó|tiếp\s+đó|cũng\s+như)\s+(?:(?:đã|sẽ|cùng|cũng|tiến\s+hành|tổ\s+chức|"
    r"lễ|hai\s+bên|các\s+bên)\s+)*(?:ký|ký\s+kết|ban\s+hành|thông\s+qua|thống\s+nhất|"
    # "và xây dựng phong trào ..." continues the subject; "và xây dựng kế hoạch ..." is a new act
    r"(?:triển\s+khai|xây\s+dựng)(?=\s+(?:(?:các|một|những)\s+)?(?:chương\s+trình|kế\s+hoạch|quy\s+chế|quy\s+định|"
    r"nghị\s+quyết|văn\s+bản)(?![\w])))(?![\w])",
    re.IGNORECASE)
_FRONT_VN = re.compile(r"Ủy ban Mặt trận Tổ quốc Việt Nam\b")
_FRONT_NO_VN = re.compile(r"(?<!Trung ương )Ủy ban Mặt trận Tổ quốc ((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b.*)$")
_FRONT_VN_TAIL = re.compile(r"Ủy ban Mặt trận Tổ quốc Việt Nam ((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b.*)$")
# Keys of bodies below the province ("... huyện", "Đảng ủy xã", "Ban Dân vận Huyện ủy"): a bare mention
# is the one placed body of that kind the article names.
_LOCAL_LEVEL = re.compile(r" (?:huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|(?:huyện|quận|thị|thành) ủy|"
                          r"(?:huyện|quận|thành) đoàn)$")
_PROVINCE_LEVEL = re.compile(r" (?:tỉnh|tỉnh ủy|tỉnh đoàn)$")


def _short_form_aliases(groups, province: str | None) -> dict[str, str]:
    """Map the key of a short form to the key of the one fuller form it abbreviates.

    "Ban Dân vận Huyện ủy" -> "Ban Dân vận Huyện ủy Gio Linh" when the article names exactly one
    such placed body; at province level only when the article's province is unknown (otherwise
    the province name is already folded into the key)."""
    alias: dict[str, str] = {}
    for k in groups:
        if " " in k and not any(has_level(a.canonical) for a in groups[k]):
            # "Tổng cục Chính trị" after "Tổng cục Chính trị Quân đội nhân dân Việt Nam": the one
            # national body whose full name extends the short form.
            national = [o for o in groups if o.startswith(k + " ") and o.endswith(" việt nam") and not has_level(o)]
            if len(national) == 1:
                alias[k] = national[0]
                continue
        provincial = any(has_level(a.canonical) for a in groups[k])
        if provincial and k.startswith("mặt trận tổ quốc") and ("ủy ban " + k) in groups:
            # "MTTQ tỉnh" (a headline's short form) is the article's "Ủy ban MTTQ Việt Nam tỉnh".
            alias[k] = "ủy ban " + k
            continue
        # "BĐBP tỉnh" is the article's "Bộ Chỉ huy BĐBP tỉnh"; a bare "BĐBP" next to a
        # "Bộ Tư lệnh BĐBP" is that central command. A level word rules the central reading out.
        # Likewise a headline's "Quân sự xã" is the article's "Ban Chỉ huy Quân sự xã".
        commands = ("bộ chỉ huy ", "ban chỉ huy ") if provincial else ("bộ tư lệnh ", "bộ chỉ huy ")
        command = next((c + k for c in commands if (c + k) in groups), None)
        if command:
            alias[k] = command
            continue
        if not (_LOCAL_LEVEL.search(k) or (province is None and _PROVINCE_LEVEL.search(k))):
            continue
        placed = [o for o in groups if o.startswith(k + " ") and len(o) - len(k) <= 30
                  and not re.search(r" (?:ủy|đoàn|tỉnh|huyện|quận|xã|phường)\b", o[len(k):])]
        if len(placed) == 1:
            alias[k] = placed[0]
    return alias


def _parties_from_codes(doc: DocMention, order: list[str], province: str | None) -> list[str]:
    """Issuers read from the symbol's codes when the text names none ("17-CTr/BDVTU-BCHQS").

    Each code becomes the article's body of that head and level when it names one (so the names
    agree), else the code table's name; a central code (TW, BCA, MTTW ...) only a body the article
    names."""
    out: list[str] = []
    for _code, names, central in docs_mod.issuer_readings(doc):
        hit = _named_body(names, order, province)
        if hit is None and not central:
            hit = names[0]
        if hit is not None and hit not in out:
            out.append(hit)
    return out


_UNIT_PREFIX = re.compile(r"^(?:ban thường trực|ban thường vụ|thường trực|ban giám đốc|ban chấp hành) ")


def _named_body(names: list[str], order: list[str], province: str | None) -> str | None:
    """Key of the article's agency that a code reading stands for: the same body, its one placed
    form ("Công an huyện Gio Linh" for "Công an huyện") or its standing unit ("Ban Thường trực ...")."""
    for name in names:
        want = merge_key(name, province)
        if want in order:
            return want
    for name in names:
        want = merge_key(name, province)
        placed = [k for k in order if k.startswith(want + " ")
                  and not re.search(r" (?:ủy|đoàn|tỉnh|huyện|quận|xã|phường)\b", k[len(want):])]
        if len(placed) == 1:
            return placed[0]
        units = [k for k in order if k.endswith(" " + want) and _UNIT_PREFIX.match(k)]
        if len(units) == 1:
            return units[0]
    # The one body of that head the article names at another local level ("UBND" -> "Ủy ban nhân
    # dân thị xã An Nhơn" in an article about a town).
    heads = {_LEVEL_TAIL.sub("", merge_key(name, province)) for name in names}
    local = [k for k in order for h in heads if k == h or (k.startswith(h + " ") and _LOCAL_START.match(k[len(h) + 1:]))]
    return local[0] if len(set(local)) == 1 else None


_LEVEL_TAIL = re.compile(r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)$")
_LOCAL_START = re.compile(r"(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)\b")


def _fullness(name: str, counts) -> int:
    """How many other forms of the group this one extends word by word (its place, "Việt Nam")."""
    words = name.casefold().split()
    n = 0
    for other in counts:
        ow = other.casefold().split()
        if other != name and len(ow) < len(words) and _is_subsequence(ow, words):
            n += 1
    return n


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


_CREDIT = re.compile(r"\s*(?:Nguồn|Ảnh|Tin(?:,|\s+và)\s+ảnh|Tác\s+giả(?:\s+bài\s+viết)?|Theo)\s*:", re.IGNORECASE)
_OUTLET = re.compile(r"(?:Báo|Đài|Tạp\s+chí)\s")
_DATELINE_DASH = re.compile(r"[ ]*[-–—][ ]+\S")
_QUOTE = re.compile(r'"[^"\n]{1,200}"')


def _title_end(text: str, sentences, title: str | None) -> int:
    """End of the headline when the text starts with it (the given title, or a first line without a full stop)."""
    if not sentences:
        return 0
    s, e = sentences[0]
    first = text[s:e].strip()
    if title and first[:40] == _WS.sub(" ", title).strip()[:40]:
        return e
    line_end = text.find("\n", s)
    if line_end == e and len(first) <= 250 and not first.endswith("."):
        return e
    return 0


def _event_date(text: str, m: Mentions, doc_dates: set[int], title_end: int) -> DateMention | None:
    """The date of the reported event: the first date of the first body sentences (not a dateline
    nor a document's issue date)."""
    body = 0
    for s, e in m.sentences:
        if e <= title_end:
            continue
        line = text[s:e]
        if len(re.findall(r"[^\W\d_]+", line)) <= 8 and len(line) <= 80:
            continue   # dateline, section label, caption stub
        body += 1
        for d in m.dates:
            if s <= d.start < e and d.start not in doc_dates:
                return d
        if body >= 3:
            break
    return None
