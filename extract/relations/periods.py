"""Periods: a signing's period in its clause ("đến năm Y", a plan's term), and the term of a programme the article
adopts.
"""

from __future__ import annotations

import bisect
import re

from phoihop.extract.dates import PeriodMention
from phoihop.extract.relations.patterns import _REVIEWS
from phoihop.extract.relations.verbs import _first_signing_verb

PLAN_TERM_WINDOW = 80  # before a period: how far back a master plan's or a strategy's name may start
UNTIL_WINDOW = 14  # before a year: "đến (hết)"
HORIZON_WINDOW = 30  # before a year: "tầm nhìn / định hướng / mục tiêu (đến)"
OPEN_PERIOD_MAX_YEARS = 30  # "đến năm Y" bounds a signing only up to this many years ahead
# "Chương trình liên tịch được thực hiện trong giai đoạn 2012 - 2015", "Quy chế phối hợp có 4 chương 10 điều,
# xác định ... giai đoạn 2022-2025": a sentence about the signed document, with its term.
_PROGRAMME_OPENING = re.compile(
    r"\s*(?:(?:Theo\s+đó|Theo\s+nội\s+dung\s+(?:đã\s+)?ký(?:\s+kết)?),?\s+)?"
    # ("Thời gian thực hiện chương trình từ năm 2024 đến năm 2029": the term named as such)
    r"(?:Thời\s+(?:gian|hạn)\s+thực\s+hiện(?:\s+(?:của\s+)?(?:chương\s+trình|quy\s+chế|kế\s+hoạch))?|"
    # ("Theo nội dung kết nghĩa giai đoạn 2024 - 2029, hai chi bộ ...": the twinning's content, with its term)
    # (the period right after it: the match ends at the period)
    r"Theo\s+nội\s+dung\s+(?:đã\s+)?kết\s+nghĩa(?=\s*$)|"
    r"Chương\s+trình|Quy\s+chế|Kế\s+hoạch|Thỏa\s+thuận|Văn\s+bản)"
    r"(?:\s+(?:phối\s+hợp|liên\s+tịch|công\s+tác|này|hợp\s+tác))*(?![\w])",
    re.IGNORECASE,
)

# "Theo đó, trong giai đoạn 2024-2029, hai bên ...", "Theo quy chế, giai đoạn ...": a sentence that tells what
# the signed document says opens with its term
_CONTENT_OPENING = re.compile(
    r"\s*Theo\s+(?:đó|nội\s+dung(?:\s+[^\W\d_]+){0,3}?|(?:chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận)"
    r"(?:\s+(?:phối\s+hợp|liên\s+tịch|này|đã\s+ký(?:\s+kết)?))*)\s*,\s*(?:(?:trong|tại)\s+)?",
    re.IGNORECASE,
)

# "Theo đó, hai đơn vị sẽ phối hợp xây dựng ... giai đoạn 2022-2026": what the two sides will do under the signed
# document, with its term anywhere in the sentence
_SIDES_WILL = re.compile(
    r"\s*Theo\s+(?:đó|nội\s+dung(?:\s+[^\W\d_]+){0,3}?|chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận)\s*,\s*"
    r"(?:hai\s+(?:đơn\s+vị|bên|ngành|cơ\s+quan|lực\s+lượng)|các\s+bên)\s+(?:sẽ|cùng)\s",
    re.IGNORECASE,
)

# "... chương trình phối hợp công tác Tuyên giáo – Dân vận giai đoạn": a programme's name that a period closes
PROGRAMME_NAME_MAX = 100
_PROGRAMME_NOUN_BEFORE = re.compile(
    r"(?<![\w])(?:chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận)\s+(?:phối\s+hợp|liên\s+tịch|hợp\s+tác)"
    r"[^.;:\n]{0,80}$",
    re.IGNORECASE,
)

# --- periods ---------------------------------------------------------------------------------------------
# "... đến năm 2030": an open-start period (from the signing to that year), unless it is a horizon
# ("tầm nhìn đến năm 2045") or the deadline of a strategy, plan or resolution the act cites.
_UNTIL = re.compile(r"(?<![\w])(?:đến|tới)\s+(?:hết\s+)?$", re.IGNORECASE)
_HORIZON_BEFORE = re.compile(
    r"(?<![\w])(?:tầm\s+nhìn|định\s+hướng|mục\s+tiêu)\s+(?:(?:đến|tới)\s+)?(?:hết\s+)?$", re.IGNORECASE
)
_HORIZON_AFTER = re.compile(r"\s*(?:,|và|;)?\s*(?:tầm\s+nhìn|định\s+hướng)(?![\w])", re.IGNORECASE)
_CITED_PLAN = re.compile(
    r"(?<![\w])(?:chiến\s+lược|quy\s+hoạch|đề\s+án|nghị\s+quyết|kết\s+luận|chỉ\s+thị|"
    r"quyết\s+định|nghị\s+định|chương\s+trình\s+mục\s+tiêu|tầm\s+nhìn|mục\s+tiêu)(?![\w])",
    re.IGNORECASE,
)
# "thi đua “Vì an ninh Tổ quốc” năm 2017": the year belongs to the quoted name of a campaign, not a term ...
_AFTER_QUOTED_NAME = re.compile(r"[”\"]\s*(?:năm\s+)?$", re.IGNORECASE)
# ... but for an emulation pact it is the pact's year ("ký giao ước thi đua “Vì an ninh Tổ quốc” năm 2024": [2024,
# 2024] for the writers of five blind sets, `le08`, `lj02`, `lj04`, `lm05`; `real`'s `dc01` and `dc05` give none)
_PACT_BEFORE = re.compile(r"(?<![\w])giao\s+ước(?![\w])", re.IGNORECASE)
# ... and so is a cooperation document's quoted name ("ký kết ... và Kế hoạch phối hợp “Vận động đồng bào ...” năm 2022")
QUOTED_NAME_MAX = 200
_DOCUMENT_KIND_WORDS = (
    r"(?<![\w])(?:kế\s+hoạch|chương\s+trình|quy\s+chế)(?:\s+(?:phối\s+hợp|liên\s+tịch|hành\s+động|công\s+tác))*"
)
_QUOTED_NAME_THEN_YEAR = rf"\s*[“\"][^“”\"]{{1,{QUOTED_NAME_MAX}}}[”\"]\s*(?:năm\s+)?$"
_QUOTED_DOCUMENT_NAME = re.compile(_DOCUMENT_KIND_WORDS + _QUOTED_NAME_THEN_YEAR, re.IGNORECASE)
# ... or of the quoted campaign the document carries out, when it is the year of the signing ("ký kết kế hoạch phối hợp
# thực hiện cuộc vận động “Toàn dân tham gia bảo vệ biên giới” năm 2024" in 2024: the plan of the year; in 2022,
# "... thực hiện phong trào “X” năm 2019" names the campaign of 2019)
_CARRIED_OUT_CAMPAIGN = re.compile(
    _DOCUMENT_KIND_WORDS
    + r"\s+(?:thực\s+hiện|triển\s+khai|hưởng\s+ứng)\s+(?:cuộc\s+vận\s+động|phong\s+trào)(?:\s+thi\s+đua)?"
    + _QUOTED_NAME_THEN_YEAR,
    re.IGNORECASE,
)
# A character of the clause that names no cooperation text, between another text's name and its term
_NO_COOPERATION_TEXT = r"(?:(?!\s(?:chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận)\s)[^.;:\n])"
# "... đề nghị lập Quy hoạch tỉnh Khánh Hòa thời kỳ 2021 – 2030": the term of a master plan or a strategy named in
# the clause is that text's, never a cooperation text's.
# ("thỏa thuận hợp tác chiến lược về chuyển đổi số giai đoạn 2022 – 2025": a strategic agreement, no strategy)
# ("quy chế phối hợp về quy hoạch, đào tạo cán bộ giai đoạn 2022 - 2025": "quy hoạch" listed with the other work on
# cadres, or of cadres, is the planning of personnel, a task, not a master plan's text)
_CADRE_WORK = r"(?:đào\s+tạo|bồi\s+dưỡng|luân\s+chuyển|bố\s+trí|sử\s+dụng|đánh\s+giá)"
_PERSONNEL_PLANNING_AFTER = rf"(?:\s*(?:,|và)\s*{_CADRE_WORK}|\s+(?:cán\s+bộ|đội\s+ngũ))"
_PLAN_BEFORE = re.compile(
    rf"(?<![\w])(?:quy\s+hoạch(?!{_PERSONNEL_PLANNING_AFTER})|(?<!hợp\stác\s)chiến\s+lược)"
    rf"{_NO_COOPERATION_TEXT}{{0,60}}$",
    re.IGNORECASE,
)
# "... triển khai Phong trào “Phụ nữ công an giai đoạn 2022-2026”": a period inside a campaign's quoted name is the
# campaign's, not the term of the act
_INSIDE_CAMPAIGN_NAME = re.compile(
    rf"(?<![\w])(?:phong\s+trào|cuộc\s+vận\s+động)(?:\s+thi\s+đua)?\s*[“\"][^“”\"]{{0,{QUOTED_NAME_MAX}}}$",
    re.IGNORECASE,
)
# "năm 2020 và các năm tiếp theo": an open programme, no period.
_YEARS_AFTER = re.compile(r"\s*(?:và|,)\s*(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau)(?![\w])", re.IGNORECASE)
# "..., ông A cho biết, năm 2015, cả nước có ...": a year in what a speaker says after the act is a figure's
# year, not the signed text's term (a range there may still be the programme's, and is kept).
_SPEECH_OPENS = re.compile(
    r"(?<![\w])(?:cho\s+biết|nói|phát\s+biểu|khẳng\s+định|nhấn\s+mạnh|thông\s+tin)(?:\s+rằng)?\s*[,:]", re.IGNORECASE
)


def is_until(text: str, p: PeriodMention) -> bool:
    """A year written "đến năm 2030" / "tới năm 2030" (the end of an open-start period or a horizon)."""
    return p.kind == "year" and bool(_UNTIL.search(text, max(0, p.start - UNTIL_WINDOW), p.start))


def open_period(text: str, p: PeriodMention, anchor: int, sign_year: int | None) -> tuple[int, int] | None:
    """``[sign_year, year]`` for "đến năm <year>" that bounds the act starting at ``anchor`` (the signing
    verb or the signed document); None for a horizon or a cited plan's deadline."""
    if not is_until(text, p) or sign_year is None or not sign_year <= p.first <= sign_year + OPEN_PERIOD_MAX_YEARS:
        return None
    if _HORIZON_BEFORE.search(text, max(0, p.start - HORIZON_WINDOW), p.start) or _HORIZON_AFTER.match(text, p.end):
        return None
    if _CITED_PLAN.search(text, anchor, p.start):
        return None
    return (sign_year, p.first)


def _period_in(
    periods: list[PeriodMention], start: int, end: int, text: str = "", sign_year: int | None = None
) -> tuple[int, int] | None:
    periods = [
        p
        for p in periods
        if start <= p.start < end and not (text and (is_other_texts_term(text, p) or is_law_year(text, p)))
    ]
    ranges = [p for p in periods if p.kind == "range"]
    if ranges:
        return (ranges[0].first, ranges[0].last)
    for p in periods:
        if (
            text
            and p.kind == "year"
            and (
                _YEARS_AFTER.match(text, p.end)
                or (
                    _AFTER_QUOTED_NAME.search(text, max(0, p.start - 10), p.start)
                    and not _PACT_BEFORE.search(text, start, p.start)
                    and not _QUOTED_DOCUMENT_NAME.search(text, max(0, p.start - QUOTED_NAME_MAX - 60), p.start)
                    and not (
                        p.first == sign_year
                        and _CARRIED_OUT_CAMPAIGN.search(text, max(0, p.start - QUOTED_NAME_MAX - 90), p.start)
                    )
                )
                or _SPEECH_OPENS.search(text, start, p.start)
            )
        ):
            continue
        if text and is_until(text, p):
            found = open_period(text, p, start, sign_year)
            if found:
                return found
            continue
        return (p.first, p.last)
    return None


# "... tuyên truyền Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X, nhiệm kỳ 2024 - 2029": the term
# of a congress named before it
_CONGRESS_BEFORE = re.compile(
    rf"(?<![\w])đại\s+hội{_NO_COOPERATION_TEXT}{{0,120}}"
    r"nhiệm\s+kỳ\s*(?=(?:19|20)\d\d)",
    re.IGNORECASE,
)
CONGRESS_TERM_WINDOW = 160  # before a period: the congress (the period may open with its "nhiệm kỳ")


# "được triển khai từ năm 2019": since a year, no term (a range "từ năm 2021 đến năm 2025" is read as a range)
_SINCE_BEFORE = re.compile(r"(?<![\w])từ\s+(?:năm\s+)?$", re.IGNORECASE)
SINCE_WINDOW = 10


# A law, a code or the constitution named with the year it was passed ("Bộ luật Tố tụng hình sự năm 2015", "Luật Công
# an nhân dân năm 2018"): the law's year, no term of a signed or cited text
_LAW_OF_YEAR = re.compile(r"(?<![\w])(?:Bộ\s+luật|Luật|Hiến\s+pháp)(?:\s+[^\s.;,\n]+){0,8}\s+$")
LAW_NAME_WINDOW = 70  # from the law's word to its year


def is_law_year(text: str, p: PeriodMention) -> bool:
    """A year printed after the name of a law ("Bộ luật Tố tụng hình sự năm 2015")."""
    return p.kind == "year" and bool(_LAW_OF_YEAR.search(text, max(0, p.start - LAW_NAME_WINDOW), p.start))


def is_open_year(text: str, p: PeriodMention) -> bool:
    """A year that opens no term: "năm 2020 và các năm tiếp theo", "từ năm 2019"."""
    return p.kind == "year" and bool(
        _YEARS_AFTER.match(text, p.end) or _SINCE_BEFORE.search(text, max(0, p.start - SINCE_WINDOW), p.start)
    )


def is_other_texts_term(text: str, p: PeriodMention) -> bool:
    """Whether the period is the term of another text than a cooperation document: a master plan or a strategy named
    right before it (_PLAN_BEFORE), a campaign whose quoted name holds it (_INSIDE_CAMPAIGN_NAME), or a congress's
    (_CONGRESS_BEFORE)."""
    return bool(
        _PLAN_BEFORE.search(text, max(0, p.start - PLAN_TERM_WINDOW), p.start)
        or _INSIDE_CAMPAIGN_NAME.search(text, max(0, p.start - QUOTED_NAME_MAX - 30), p.start)
        or _CONGRESS_BEFORE.search(text, max(0, p.start - CONGRESS_TERM_WINDOW), p.start + 14)
    )


def programme_term(
    text: str,
    sentences: list[tuple[int, int]],
    periods: list[PeriodMention],
    ref_year: int | None,
    doc_starts: list[int] | None = None,
) -> tuple[int, int] | None:
    """The term of the signed programme told in a sentence of its own ("Chương trình liên tịch được
    thực hiện trong giai đoạn 2012 - 2015"); a span that ended before the article's year is a
    review's, not a new programme's. ``doc_starts``: where the article's numbered documents start, sorted."""
    starts = [st for st, _ in sentences]
    for p in periods:
        if p.kind != "range" or (ref_year and p.last < ref_year):
            continue
        i = bisect.bisect_right(starts, p.start) - 1
        if i < 0 or _first_signing_verb(text, sentences[i][0], sentences[i][1]):
            continue
        opening = _PROGRAMME_OPENING.match(text, sentences[i][0], p.start)
        if opening and not _document_named_between(doc_starts or [], opening.end(), p.start):
            return (p.first, p.last)
        # a term told in passing is a new programme's only when it starts about now (not "trong giai đoạn
        # 2019-2024, hai bên đã phối hợp ..." told in 2024)
        if (ref_year is None or p.first >= ref_year - 1) and (
            _CONTENT_OPENING.fullmatch(text, sentences[i][0], p.start)
            or _adopted_programme_term(text, sentences[i][0], p.start)
            or _SIDES_WILL.match(text, sentences[i][0], p.start)
        ):
            return (p.first, p.last)
    return None


def _document_named_between(doc_starts: list[int], start: int, end: int) -> bool:
    """Whether a numbered document is named between the programme's opening and a period: the period closes that
    document's name, not the programme's ("Quy chế nhằm thực hiện Nghị quyết số 22-NQ/TU của Tỉnh ủy về hội nhập
    quốc tế giai đoạn 2017 - 2020": the resolution's term; the quy chế has none)."""
    return bisect.bisect_left(doc_starts, start) < bisect.bisect_left(doc_starts, end)


def _adopted_programme_term(text: str, s_start: int, p_start: int) -> bool:
    """ "Tại buổi lễ, các đại biểu đã thông qua nội dung chương trình phối hợp công tác X giai đoạn
    2025–2030": the period closes the name of a programme the sentence adopts, not one it reviews."""
    noun = _PROGRAMME_NOUN_BEFORE.search(text, max(s_start, p_start - PROGRAMME_NAME_MAX), p_start)
    return noun is not None and not _REVIEWS.search(text, s_start, noun.start())
