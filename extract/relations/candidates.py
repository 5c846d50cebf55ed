"""``signing_candidates``: one candidate per signing verb clause of the article's sentences, its parties split at the
hubs the article pairs with others.
"""

from __future__ import annotations

import bisect
import re

from phoihop.extract.agencies import AgencyMention
from phoihop.extract.dates import DateMention, PeriodMention
from phoihop.extract.documents import DocMention
from phoihop.extract.relations.article_scan import _BLOC_ROLE_WORDS, _bloc_group, _Sentence, _SigningScan
from phoihop.extract.relations.document import (
    _clause_period,
    _document_items,
    _documents_each_with_partner,
    _passive_subject_document,
    _second_document_act,
    _sign_year,
    _signed_document,
    item_document,
)
from phoihop.extract.relations.mention_lists import _fold_parents_in_apposition
from phoihop.extract.relations.parties import (
    _WITH,
    _between_named_signers,
    _between_parties,
    _counted_subject_pairs,
    _group_partner_parties,
    _hub_between,
    _member_list_parties,
    _named_parties,
    _partners_of_non_body_subject,
    _partnership_of_size_before,
    _passive_agents,
    _signers_listed_after_verb,
    _with_parties,
    _without_parties_of_carried_out_documents,
)
from phoihop.extract.relations.patterns import (
    _BLOC,
    _COUNTED_SUBJECT,
    _MEMBERS_AFTER_PARTNER,
    _SIGNED_KINDS,
    _WITH_AFTER,
    _WITH_BEFORE,
)
from phoihop.extract.relations.periods import _period_in
from phoihop.extract.relations.records import SigningCandidate
from phoihop.extract.relations.subject import (
    _clause_subject,
    _organised_by_subject,
    _pair_met_before,
    _sentence_subject,
    _sides_counted,
    _subject_of_size_before,
    _the_unit_named_by_its_kind,
)
from phoihop.extract.relations.verbs import _bodies_of_sentence, _first_signing_verb, _signed_kind, _signing_sentence
from phoihop.text import unique as _unique

ALSO_WINDOW = 12  # before a verb: "cũng (đã)" tells a second act apart
RECENT_WINDOW = 40  # before a verb: "vừa" (a recent act the article does not date)
JOINT_ISSUE_MIN_PARTIES = 2
# "vừa ký kết", "vừa tổ chức lễ ký kết", "Mới đây, ...": a recent act; without a date of its own it has none.
_RECENT = re.compile(r"(?<![\w])vừa(?![\w])", re.IGNORECASE)
_RECENT_SENTENCE = re.compile(r"[\s(]*(?:mới\s+đây|vừa\s+qua|gần\s+đây)(?![\w])", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?<![\w])giữa\s+$", re.IGNORECASE)
_SIGNS_WITH_AFTER = re.compile(
    r"\s*(?:(?:đã|vừa|tổ\s+chức|hội\s+nghị|lễ)\s+)*[kK]ý(?:\s+kết)?\s+[^.;\n]{0,80}?"
    # (not a generic plural that ends the line, "ký kết chương trình phối hợp với các cơ quan báo chí": a headline that
    # names no partner tells no pairs; the report's joint list stands)
    r"(?<![\w])với(?![\w])(?!\s+(?:các|những)\s+(?-i:[a-zà-ỹđ]+)(?:[ ]+(?-i:[a-zà-ỹđ]+)){0,5}\s*(?:\n|$|[.;]))",
    re.IGNORECASE,
)

# "ký (kết) giao ước (phong trào) thi đua" of an emulation bloc ("Khối thi đua ...", "Khối Xây dựng lực lượng",
# "Cụm thi đua số 1")
_EMULATION_PACT = re.compile(r"\s+(?:kết\s+)?giao\s+ước(?![\w])", re.IGNORECASE)
# the bloc named after the pact, by its members or itself: "giao ước thi đua năm 2024 của các thành viên trong Cụm thi
# đua số 02", "Lễ ký kết Giao ước thi đua năm 2023 của Khối thi đua các cơ quan tham mưu kinh tế tỉnh"
# "A - Trưởng khối và B - Phó khối đã ký kết giao ước", "Trưởng khối là A": the pact of a bloc its roles name
_BLOC_ROLE_NAMED = re.compile(rf"(?<![\w]){_BLOC_ROLE_WORDS}", re.IGNORECASE)
_MEMBERS_OF_BLOC = re.compile(
    r"(?<![\w])(?:của|giữa)\s+(?:các\s+(?:thành\s+viên|đơn\s+vị)\s+(?:trong|thuộc|của)\s+)?(?:Khối|Cụm)(?![\w])",
    re.IGNORECASE,
)

# the bloc named right after the pact: "ký kết giao ước thi đua Khu vực thi đua Khối cơ quan tư pháp các tỉnh miền núi
# phía Bắc", "giao ước thi đua năm 2024 Cụm thi đua số 3"
# (round s34: and the bloc the act is held for, "Bộ Chỉ huy BĐBP tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2020
# cho Cụm thi đua các đồn biên phòng": the command hosts, the cluster's members sign)
_BLOC_NAMED_AFTER_PACT = re.compile(
    r"\s+(?:phong\s+trào\s+)?thi\s+đua(?:\s+năm\s+\d{4})?\s+(?:cho\s+)?(?:Khối|Cụm|Khu\s+vực\s+thi\s+đua)(?![\w])"
)

# "Đồng thời, ký kết ...", "Sau đó, hai bên tiến hành ký kết ...": a signing sentence without a subject, or with the
# sides that the sentences before name ("Theo đó, các bên thống nhất ký kết", "Tại hội nghị, đại diện lãnh đạo các
# đơn vị đã ký kết")
_SUBJECTLESS_OPENING = re.compile(
    r"\s*(?:(?:Đồng\s+thời|Sau\s+đó|Tiếp\s+đó|Tiếp\s+theo|Theo\s+đó|Cũng\s+tại\s+(?:hội\s+nghị|buổi\s+lễ)|"
    r"Tại\s+(?:hội\s+nghị|buổi\s+lễ|buổi\s+làm\s+việc)|Dịp\s+này|Nhân\s+dịp\s+này)\s*,?\s*)?"
    r"(?:(?:(?:đại\s+diện|lãnh\s+đạo)\s+)*(?:(?:hai|ba|các)\s+bên|các\s+đơn\s+vị)\s+)?"
    r"(?:(?:đã|cũng|tiến\s+hành|cùng|chính\s+thức|thống\s+nhất)\s+)*",
    re.IGNORECASE,
)

# The end of a sentence's words: a caption's line has none ("Ký giao ước thi đua năm 2019", under a photo)
_SENTENCE_MARK_END = re.compile(r"[.!?…:;”\"]\s*$")


def _bare_caption(text: str, s_start: int, s_end: int, verb: int) -> bool:
    """Whether the sentence is a photo's caption that opens with its verb and names no one ("Ký giao ước thi đua năm
    2019", "Ký kết quy chế phối hợp"): it retells the act of the photo, not the act of the sentence before it (whose
    subject may have done anything: "Chi hội Phụ nữ thôn X có 45 hội viên", "UBND huyện tặng giấy khen cho ...")."""
    return not text[s_start:verb].strip() and not _SENTENCE_MARK_END.search(text, s_start, s_end)


# A photo's caption: its line carries the photo's credit ("Ký kết quy chế phối hợp. Ảnh: H.N", "Ảnh: Hai bên ký
# kết ...")
_PHOTO_CREDIT = re.compile(r"(?<![\w])(?-i:Ảnh)\s*:")


def _retells_the_photo_s_act(
    scan: _SigningScan, sent: _Sentence, caption: SigningCandidate, earlier: list[SigningCandidate]
) -> bool:
    """Whether ``sent``, read as ``caption``, is a photo's caption that names no body ("Ký kết quy chế phối hợp. Ảnh: H.N", "Hai bên ký
    kết chương trình phối hợp. Ảnh: ..."), under a page that has told a signing with its parties before: the photo
    shows that signing, not an act of the bodies the sentence before it names ("C và D cũng tham gia tổ công tác")."""
    if sent.parties or not any(c.parties for c in earlier):
        return False
    # (bodies that take in a told signing's parties are the photo's act named in full: "Đại diện lãnh đạo Công an ba
    # tỉnh ký kết" after "Công an ba tỉnh A, B và C đã ký kết")
    resolved = {k for signing in caption.parties for k in signing}
    if any(set(signing) <= resolved for c in earlier for signing in c.parties if signing):
        return False
    text = scan.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    return _PHOTO_CREDIT.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


_REPLACING = re.compile(r"\s*[,;]?\s*(?:để\s+)?thay\s+(?:thế|cho)(?![\w])", re.IGNORECASE)
# What the sentence before a subjectless signing tells for its subject to be the signer's: a meeting, a review, a talk
# ("X tổ chức hội nghị sơ kết. Ký kết chương trình ..."), not another act of one body ("UBND tỉnh tặng bằng khen cho 5
# tập thể. Ký kết kế hoạch ...", "Hội Chữ thập đỏ đã chuẩn bị 500 suất quà. Đại diện các đơn vị ký kết ...")
_AN_EVENT = re.compile(
    r"(?<![\w])(?:hội\s+nghị|(?:buổi\s+)?lễ|họp|sơ\s+kết|tổng\s+kết|làm\s+việc|hội\s+đàm|gặp\s+mặt|thảo\s+luận|"
    r"trao\s+đổi|thống\s+nhất|ký)(?![\w])",
    re.IGNORECASE,
)
# the sides named as many ("các đơn vị ký kết", "hai bên"): one body is not they
_SIDES_AS_SUBJECT = re.compile(r"(?<![\w])(?:(?:hai|ba|các)\s+bên|các\s+đơn\s+vị)(?![\w])", re.IGNORECASE)


def _goes_on_with(scan: _SigningScan, sent: _Sentence, subject: list[str], verb: int) -> bool:
    """Whether the subjectless signing of ``sent`` goes on with ``subject``, that of the sentence before: two or more
    bodies (a pair met), or one body holding an event there; never one body where the signing names its sides as
    many."""
    if len(subject) >= 2:
        return True
    if _SIDES_AS_SUBJECT.search(scan.text, sent.start, verb):
        return False
    return _AN_EVENT.search(scan.text, *scan.sentences[sent.index - 1]) is not None


_SECOND_ACT = re.compile(
    r"\s*(?:cùng\s+ngày|cũng\s+trong\s+(?:ngày|dịp|buổi)|cùng\s+dịp|dịp\s+này|nhân\s+dịp\s+này|ngoài\s+ra)(?![\w])",
    re.IGNORECASE,
)
_ALSO = re.compile(r"(?<![\w])cũng\s+(?:đã\s+)?$", re.IGNORECASE)
# "Cũng tại hội nghị, ...": another act of the same event, whose one-party reading is no repeat of a pair (only that:
# unlike "Cùng ngày", it may still share a term, and a caption may repeat it)
_AT_THE_SAME_EVENT = re.compile(r"\s*cũng\s+tại\s+(?:hội\s+nghị|buổi\s+lễ|lễ|buổi\s+làm\s+việc)(?![\w])", re.IGNORECASE)


def signing_candidates(
    text: str,
    sentences: list[tuple[int, int]],
    agencies: list[AgencyMention],
    key_of,
    periods: list[PeriodMention],
    dates: list[DateMention],
    docs: list[DocMention],
    doc_dates: set[int],
    anaphor_resolver,
    title_end: int,
    ref_year: int | None = None,
    event_year: int | None = None,
    titled_names: list[tuple[int, int, AgencyMention]] | None = None,
) -> list[SigningCandidate]:
    """Signings reported by each sentence with a signing verb. ``event_year``: the year of the event the
    page reports, when earlier than the page's own (a late post): acts of that year are not old ones.
    ``titled_names``: (start, end, body) of the mentions of persons whose title named a body (see _named_signers)."""
    scan = _SigningScan(
        text,
        agencies,
        key_of,
        periods,
        dates,
        sorted(docs, key=lambda d: d.start),
        doc_dates,
        anaphor_resolver,
        title_end,
        ref_year,
    )
    scan.sentences = sentences
    scan.event_year = event_year
    scan.titled_names = titled_names or []
    out: list[SigningCandidate] = []
    for si, (s_start, s_end) in enumerate(sentences):
        sent = _signing_sentence(scan, si, s_start, s_end)
        if sent is None:
            continue
        for vi, v in enumerate(sent.verbs):
            c_end = sent.verbs[vi + 1].start() if vi + 1 < len(sent.verbs) else s_end
            items = _document_items(text, v.end(), c_end) or _documents_each_with_partner(scan, v.end(), c_end)
            if items:
                listed = [_clause_candidate(scan, sent, v, i_end, i_start) for i_start, i_end in items]
                _share_the_last_item_s_term(listed)
                out.extend(listed)
            else:
                out.append(_clause_candidate(scan, sent, v, c_end))
                if out[-1].parties and _retells_the_photo_s_act(scan, sent, out[-1], out[:-1]):
                    out[-1].parties = []
                out[-1].listed = vi > 0 and ";" in text[sent.verbs[vi - 1].end() : v.start()]
                out[-1].ceremony = bool(_CEREMONY_OPENING.match(text, s_start))
                if vi > 0 and not out[-1].parties and _continues_the_clause_before(text, sent.verbs[vi - 1].end(), v):
                    out[-1].parties = _with_the_subject_before(scan, sent, v, c_end, out[-2].parties)
                second = _second_document_act(scan, sent, v, c_end, out[-1])
                if second:
                    out.append(second)
    if any(c.organisers for c in out):
        _split_at_hubs(out, _with_hubs(scan, sentences))
    if any(not c.organisers and any(len(p) >= 3 for p in c.parties) for c in out):
        _split_joint_at_body_hubs(out, _with_hubs(scan, sentences, body_only=True))
    return out


def _share_the_last_item_s_term(items: list[SigningCandidate]) -> None:
    """ "... số 05/... với A và Chương trình ... số 06/... với B giai đoạn 2017-2021": a term printed after the last
    item alone, the others printing none, is the list's."""
    last = items[-1].period
    if last is not None and all(c.period is None for c in items[:-1]):
        for c in items[:-1]:
            c.period = last


# A sentence that opens with the signing ceremony: "Lễ ký kết diễn ra ngày ...", "Buổi lễ ký kết được tổ chức ...".
_CEREMONY_OPENING = re.compile(r"\s*(?:Buổi\s+)?[Ll]ễ\s+ký(?:\s+kết)?(?![\w])")
# "A ký kết chương trình ... và ký giao ước ...": a signing verb joined to the one before by "và" shares its subject.
_COORDINATED_VERB = re.compile(r"(?<![\w])và\s+(?:cùng\s+)?(?:đã\s+)?$", re.IGNORECASE)


# "A ký kết chương trình ... với B và C; tiến hành ký kết chương trình ... với D": a clause after a semicolon that
# opens with no subject of its own goes on with the clause before
_SUBJECTLESS_AFTER_SEMICOLON = re.compile(
    r";\s*(?:(?:đồng\s+thời|tiếp\s+tục|tiến\s+hành|đã|cùng|cũng)\s*,?\s*)*$", re.IGNORECASE
)


def _continues_the_clause_before(text: str, previous_verb_end: int, v: re.Match) -> bool:
    return bool(
        _COORDINATED_VERB.search(text, previous_verb_end, v.start())
        or _SUBJECTLESS_AFTER_SEMICOLON.search(text, previous_verb_end, v.start())
    )


def _with_the_subject_before(
    scan: _SigningScan, sent: _Sentence, v: re.Match, c_end: int, before: list[list[str]]
) -> list[list[str]]:
    """The acts of a clause whose subject is the clause before's: that subject with each body after "với", or alone
    where the clause names no partner at all (where it names one the grammar cannot read, none: the subject alone
    would drop that partner)."""
    subject = _shared_subject(before)
    if not subject:
        return []
    after = [a for a in sent.parties if v.start() <= a.start < c_end]
    if after:
        return [p for p in _with_parties(scan, after, subject[0], v.start(), c_end) if len(p) > len(subject[0])]
    return [] if _WITH.search(scan.text, v.end(), c_end) else subject


def _shared_subject(parties: list[list[str]]) -> list[list[str]]:
    """The subject of the acts ``parties`` read for a verb: the party every one of them has (the hub of "với"
    pairs, or the whole joint list), as one act; none where they share none."""
    if not parties:
        return []
    common = set(parties[0]).intersection(*map(set, parties[1:]))
    return [[p for p in parties[0] if p in common]] if common else []


# "với sự chứng kiến của", "trước sự chứng kiến của", "dưới sự chủ trì của", "(tham dự chương trình) có sự chứng kiến
# của": the bodies after it witness or chair the act.
_WITNESSED_BY = re.compile(
    r"(?:,\s*)?(?<![\w])(?:với|trước|dưới|có)\s+sự\s+(?:chứng\s+kiến|tham\s+dự|có\s+mặt|chủ\s+trì)(?![\w])",
    re.IGNORECASE,
)


# "ký kết chương trình phối hợp thực hiện Nghị quyết số 3196 của Bộ NN và PTNT với Trung ương Đoàn về ...": the bodies
# linked to a document the clause cites by "của" issued it; they sign nothing here (the signed document, the verb's
# object, is told apart: its "giữa A và B" names its signers)
_CITED_DOCUMENT_ISSUER_LINK = re.compile(r"(?:\s+ngày\s+[\d/.-]+)?\s*(?:,\s*)?của\s+", re.IGNORECASE)
_ISSUER_LIST_GAP = re.compile(r"\s*(?:,|và|với|cùng)\s*", re.IGNORECASE)


def _without_issuers_of_cited_documents(
    scan: _SigningScan, after: list[AgencyMention], v: re.Match, c_start: int, c_end: int, signed: DocMention | None
) -> list[AgencyMention]:
    """``after`` (the clause's bodies) but those listed after the "của" of a document the clause cites after the
    verb, other than the one it signs (``signed``)."""
    text = scan.text
    k = bisect.bisect_left(scan.doc_starts, c_start)
    issuers: set[int] = set()
    for d in scan.docs[k:]:
        if d.start >= c_end:
            break
        link = _CITED_DOCUMENT_ISSUER_LINK.match(text, d.end)
        if link is None or d is signed or d.start <= v.end():
            continue
        pos = link.end()
        for a in after:
            if a.start < pos:
                continue
            if a.start != pos:
                break
            issuers.add(a.start)
            gap = _ISSUER_LIST_GAP.match(text, a.end)
            if gap is None:
                break
            pos = gap.end()
    return [a for a in after if a.start not in issuers] if issuers else after


# "A tổ chức hội nghị ký kết. Chương trình phối hợp giữa A với B, C nhằm ... giai đoạn 2025 - 2030.": a stray full stop
# (or the break after a caption's lead) parts the verb that closes its sentence from its object; the next sentence,
# opened by the signed kind and its "giữa", names the parties and the term
_VERB_CLOSES_SENTENCE = re.compile(r"[\s.!…]*")
_OBJECT_OPENS_SENTENCE = re.compile(
    rf"\s*(?:Bản\s+)?(?:{_SIGNED_KINDS})(?:\s+[^\W\d_]+){{0,4}}?\s+giữa(?![\w])", re.IGNORECASE
)


# (round s35: the object may close the sentence with no partner in it, the next sentence then naming whom it is between:
# "Sáng 8-5, Bộ CHQS tỉnh tổ chức hội nghị ký kết chương trình phối hợp giai đoạn 2013 - 2015. Chương trình phối hợp
# giữa Bộ CHQS tỉnh với UBND huyện Mường Nhé ...", "... Chương trình được ký kết giữa A với B."; not where the clause
# names a partner or a body after the verb: "ký kết chương trình với các xã" or "... với Hội Nông dân tỉnh")
_PARTNER_WORD = re.compile(r"(?<![\w])(?:với|giữa|cùng)(?![\w])", re.IGNORECASE)


def _object_told_next(scan: _SigningScan, sent: _Sentence, v: re.Match, c_end: int) -> tuple[int, int] | None:
    """The span of the sentence after ``sent`` where it holds the object of verb ``v``, which closes ``sent``, or the
    parties of the object that closes it with no partner named (see _OBJECT_OPENS_SENTENCE); else None."""
    if c_end != sent.end or not (
        _VERB_CLOSES_SENTENCE.fullmatch(scan.text, v.end(), c_end) or _object_without_partner(scan, v, c_end)
    ):
        return None
    if sent.index + 1 >= len(scan.sentences):
        return None
    n_start, n_end = scan.sentences[sent.index + 1]
    return (n_start, n_end) if _OBJECT_OPENS_SENTENCE.match(scan.text, n_start, n_end) else None


def _object_without_partner(scan: _SigningScan, v: re.Match, c_end: int) -> bool:
    """Whether the clause of verb ``v`` names no body nor partner word after the verb, up to ``c_end``."""
    if _PARTNER_WORD.search(scan.text, v.end(), c_end):
        return False
    first = bisect.bisect_left(scan.usable_starts, v.end())
    return first >= len(scan.usable) or scan.usable[first].start >= c_end


def _parties_told_next(scan: _SigningScan, span: tuple[int, int]) -> list[list[str]]:
    """The parties the "giữa" of the object sentence ``span`` names (see _object_told_next)."""
    text = scan.text
    lo, hi = bisect.bisect_left(scan.usable_starts, span[0]), bisect.bisect_left(scan.usable_starts, span[1])
    bodies = _fold_parents_in_apposition(text, _bodies_of_sentence(text, span[0], scan.usable[lo:hi]))
    return _between_parties(text, bodies, span[0], span[1], scan.key_of, scan)


def _clause_candidate(
    scan: _SigningScan, sent: _Sentence, v: re.Match, c_end: int, c_start: int | None = None
) -> SigningCandidate:
    """The signing told by the clause of verb ``v`` (up to the next verb or the sentence end), or by one
    item of the documents it lists (``c_start``..``c_end``)."""
    text, key_of = scan.text, scan.key_of
    item = c_start is not None
    c_start = v.start() if c_start is None else c_start
    witnessed = _WITNESSED_BY.search(text, c_start, c_end)
    if witnessed:
        c_end = witnessed.start()  # "..., với sự chứng kiến của lãnh đạo Tỉnh ủy": those bodies witness, not sign
    replacing = _REPLACING.search(text, v.end(), c_end)
    if replacing:
        # "ký kết quy chế phối hợp mới, thay thế quy chế năm 2013 / Quy chế số 12/QCPH ngày 3/4/2014": the document
        # replaced, its year and its parties are not the signing's
        c_end = replacing.start()
    doc = (
        (item_document(scan, c_start, c_end) if item else None)
        or _signed_document(scan, v, c_end)
        or _passive_subject_document(scan, sent, v)
    )
    after = [a for a in sent.parties if c_start <= a.start < c_end]
    after = _without_issuers_of_cited_documents(scan, after, v, c_start, c_end, doc)
    after = _without_parties_of_carried_out_documents(text, after, v.end(), c_end)
    sent.by_signers = False
    subject_keys = _clause_subject(scan, sent, v) or _the_unit_named_by_its_kind(scan, sent, v)
    agents = _passive_agents(text, after, c_start)
    organisers = bool(agents) or _organised_by_subject(scan, sent, v)
    if agents:
        after = [a for a in after if a not in agents]
        subject_keys = subject_keys or _unique([key_of(a) for a in agents])
    subject_keys = _between_named_signers(text, after, subject_keys, c_start, c_end, key_of)
    parties = _member_list_parties(scan, after, subject_keys, c_start, c_end)
    if not parties and not subject_keys:
        parties = _counted_subject_pairs(scan, sent, v, after, c_end)
    if not parties:
        parties = _between_parties(text, after, c_start, c_end, key_of, scan)
    if not parties:
        parties = _with_parties(scan, after, subject_keys, c_start, c_end)
    if not parties:
        parties = _group_partner_parties(scan, after, subject_keys, c_start, c_end)
    if not parties:
        parties = _named_parties(text, after, sent.parties, subject_keys, c_start, c_end, key_of)
        # One person signing for his body ("Ông A, Giám đốc Công an tỉnh ký ...") shows one side of an act.
        if parties and len(parties[0]) == 1 and sent.by_signers:
            parties = []
    told_next = None if any(len(p) >= 2 for p in parties) else _object_told_next(scan, sent, v, c_end)
    if told_next:
        parties = _parties_told_next(scan, told_next) or parties
    if not parties and not subject_keys:
        parties = _partners_of_non_body_subject(scan, sent, v, after, c_end)
    if not parties and not subject_keys:
        parties = _signers_listed_after_verb(scan, sent, v, after, c_end)
    if not parties and not after and not subject_keys:
        # "tổ chức Hội nghị sơ kết ... giữa A với B, C năm 2023; ký kết chương trình ... năm 2024": a
        # signing clause with no party of its own takes the partnership the sentence's review names
        # (only a hub's pairs, "giữa A với B, C": a joint "giữa A và B" review may name the bodies otherwise)
        before = [a for a in sent.parties if sent.start <= a.start < v.start()]
        reviewed = _between_parties(text, before, sent.start, v.start(), key_of)
        parties = reviewed if _hub_between(text, before, sent.start, v.start()) else []
    if not parties and not after and not subject_keys:
        # "Tại hội nghị, hai bên đã ký kết quy chế ...", "4 cơ quan đã thống nhất và tổ chức ký kết", "lễ ký kết ... giữa
        # hai Hội": that many bodies the article last named as the sides of a partnership ("giữa A và B"; "giữa A, B, C
        # với D": D with each), else as a subject
        n = _sides_counted(text, sent.start, v.start(), v.end(), c_end)
        if n is not None:
            parties = _partnership_of_size_before(scan, sent.start, n)
            subject = [] if parties else _subject_of_size_before(scan, sent.index, n)
            if not parties and not subject and n == 2:
                subject = _pair_met_before(scan, sent.index)  # "A làm việc với B. ... hai bên đã ký kết"
            parties = parties or ([subject] if subject else [])
    if (
        not parties
        and not after
        and not subject_keys
        and _SUBJECTLESS_OPENING.fullmatch(text, sent.start, v.start())
        and not _bare_caption(text, sent.start, sent.end, v.start())
    ):
        # "... đã thảo luận, trao đổi kinh nghiệm. Đồng thời, ký kết quy chế ...": a sentence with no
        # subject goes on with the one before it; its subject signs
        previous = _sentence_subject(scan, sent.index - 1)
        parties = [previous] if previous and _goes_on_with(scan, sent, previous, v.start()) else []
    pact = _EMULATION_PACT.match(text, v.end())
    if pact and (
        _BLOC.search(text, sent.start, v.start())
        or _BLOC_ROLE_NAMED.search(text, sent.start, v.start())
        or _MEMBERS_OF_BLOC.search(text, pact.end(), c_end)
        or _BLOC_NAMED_AFTER_PACT.match(text, pact.end())
    ):
        # "Khối thi đua ... ký giao ước thi đua", "ký kết Giao ước thi đua năm 2024 của các thành viên trong Cụm thi
        # đua số 02": the bloc is no body; its named members sign (those named by their role in it, else those listed
        # under it, where the list holds them all: "gồm 08 đơn vị: A – Cụm trưởng, B – Cụm phó, C, D ...")
        bloc = _bloc_group(scan, v.start())
        listed = bloc.keys if bloc else []
        by_role = scan.bloc_members if len(scan.bloc_members) >= 2 else []
        members = listed if by_role and set(by_role) < set(listed) else (by_role or listed)
        # members left unnamed: the bloc's head named by its role signs alone ("A làm Cụm trưởng"); with no member
        # named apart, the sentence's own list of bodies signs ("Đoàn Thanh niên Công an các tỉnh A, B thuộc Cụm thi
        # đua số 7 tổ chức hội nghị ký kết giao ước thi đua"), not one body, which hosts or owns the bloc
        members = members or scan.bloc_members
        # (the sentence's subject list names all the members, those named by role among them: "A, B và C (Cụm thi đua
        # số 3) ký giao ước thi đua. B được bầu làm Cụm trưởng, C làm Cụm phó")
        subject_list = [p for p in parties if len(p) >= 2]
        if len(subject_list) == 1 and not listed and set(members) < set(subject_list[0]):
            members = subject_list[0]
        parties = [list(members)] if members else [p for p in parties if len(p) >= 2]
    if v.group(0)[:3].lower() == "ban":  # a joint issue ("ban hành"): no signing by one body alone
        parties = [p for p in parties if len(p) >= JOINT_ISSUE_MIN_PARTIES]
    period = (
        _period_in(scan.periods, c_start, c_end, text, _sign_year(scan, sent))
        if item
        else _clause_period(scan, sent, v, c_end, doc)
    )
    if told_next and period is None:
        period = _period_in(scan.periods, told_next[0], told_next[1], text, _sign_year(scan, sent))
    mentioned = set(subject_keys) | {key_of(a) for a in sent.parties}
    # each document of a list has its own terms (it borrows no period)
    second_act = bool(
        _SECOND_ACT.match(text, sent.start, sent.end)
        or _ALSO.search(text, max(sent.start, v.start() - ALSO_WINDOW), v.start())
    )
    separate = item or second_act
    second_act = second_act or bool(_AT_THE_SAME_EVENT.match(text, sent.start, sent.end))
    recent = bool(
        _RECENT_SENTENCE.match(text, sent.start, sent.end)
        or _RECENT.search(text, max(sent.start, v.start() - RECENT_WINDOW), v.start())
    )
    return SigningCandidate(
        sent.index,
        parties,
        period,
        sent.dates[0] if sent.dates else None,
        doc,
        mentioned,
        sent.end <= scan.title_end,
        separate,
        recent,
        organisers,
        kind=_signed_kind(text, v.end()),
        jointly=bool(_JOINT_DOCUMENT.match(text, v.end())),
        second_act=second_act,
    )


# A document all its parties sign as one ("ký kết chương trình liên tịch", "ký giao ước thi đua"): no hub's pairs
_JOINT_DOCUMENT = re.compile(
    r"\s+(?:(?:các|bản)\s+)?(?:(?:chương\s+trình|quy\s+chế|kế\s+hoạch|nghị\s+quyết|thông\s+tư)(?:\s+phối\s+hợp)?"
    r"\s+liên\s+(?:tịch|ngành)|giao\s+ước)(?![\w])",
    re.IGNORECASE,
)


def _with_hubs(scan: _SigningScan, sentences: list[tuple[int, int]], body_only: bool = False) -> dict[str, set[str]]:
    """Bodies that a sentence telling the signing (headline, caption, lead) reads as the one side of a
    "với" signing: "ký kết ... giữa A với ..." or "A ký kết ... với ...", each with the kinds of document
    those sentences sign. A "giữa A với" in prose that tells no signing ("phối hợp hoạt động giữa A với
    các đơn vị") describes the relation, not the act."""
    text = scan.text
    hubs: dict[str, set[str]] = {}
    starts = [st for st, _ in sentences]
    for a in scan.agencies:
        if a.is_location or (body_only and a.start < scan.title_end):
            continue
        i = bisect.bisect_right(starts, a.start) - 1
        verb = _first_signing_verb(text, sentences[i][0], sentences[i][1]) if i >= 0 else None
        if verb is None or _dated_years_before(scan, *sentences[i]):
            continue
        if (
            (_BETWEEN_BEFORE.search(text, max(0, a.start - 8), a.start) and _WITH_AFTER.match(text, a.end))
            or _SIGNS_WITH_AFTER.match(text, a.end)
            or _partner_of_counted_subject(text, a, sentences[i][0], verb)
        ):
            hubs.setdefault(scan.key_of(a), set()).add(_signed_kind(text, verb.end()))
    return hubs


def _dated_years_before(scan: _SigningScan, s_start: int, s_end: int) -> bool:
    """Whether the sentence's first date falls two years or more before the page's ("Ngày 5/9/2016, Quy chế phối hợp
    được ký kết giữa A với B" on a page of 2026): it recalls an old act, whose "với" reads no hub for the acts of the
    page ("Sáng 27/1, A cùng B và C ký kết ..." is one joint act)."""
    k = bisect.bisect_left(scan.date_starts, s_start)
    if k >= len(scan.dates) or scan.dates[k].start >= s_end:
        return False
    year = scan.dates[k].year
    return bool(year and scan.ref_year and year < scan.ref_year - 1)


def _partner_of_counted_subject(text: str, a: AgencyMention, s_start: int, verb: re.Match) -> bool:
    """ "5 đơn vị ký quy chế phối hợp với A, bao gồm B, C": A, the partner each listed member signs with."""
    intro = _MEMBERS_AFTER_PARTNER.match(text, a.end)
    return bool(
        a.start > verb.end()
        and _WITH_BEFORE.search(text, max(0, a.start - 8), a.start)
        and intro
        and intro.end() > a.end
        and _COUNTED_SUBJECT.search(text, s_start, verb.start())
    )


def _split_at_hubs(cands: list[SigningCandidate], hubs: dict[str, set[str]]) -> None:
    """An organisers' joint list whose first member another sentence reads as a "với" hub signs with
    each of the others ("A cùng B, C tổ chức hội nghị ký kết" under the headline "giữa A với B, C")."""
    for c in cands:
        if not c.organisers:
            continue
        split: list[list[str]] = []
        for parties in c.parties:
            if len(parties) >= 3 and parties[0] in hubs:
                split.extend([parties[0], k] for k in parties[1:])
            else:
                split.append(parties)
        c.parties = split


def _split_joint_at_body_hubs(cands: list[SigningCandidate], hubs: dict[str, set[str]]) -> None:
    """A joint list whose first member a body sentence reads as a "với" hub ("A ký kết quy chế với 3 xã
    biên giới" in the lead; "A và UBND các xã X, Y, Z ký kết" in the caption) is that hub signing with
    each of the others, as "với" says. Not a second act told apart ("Nhân dịp này, A và B, C cũng ký
    kết"), whose pairs the repeat rules read, nor a headline (whose "với" reads as loosely as its "và"),
    nor a list that signs another kind of document than the hub ("A, B và C ký kết giao ước thi đua")."""
    for c in cands:
        if c.organisers or c.separate or c.in_title or c.jointly:
            continue
        split: list[list[str]] = []
        for parties in c.parties:
            kinds = hubs.get(parties[0], set())
            if len(parties) >= 3 and kinds and (not c.kind or c.kind in kinds or "" in kinds):
                split.extend([parties[0], k] for k in parties[1:])
            else:
                split.append(parties)
        c.parties = split
