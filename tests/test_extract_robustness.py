"""Extraction holds when a page prints the same report another way.

Real pages differ from one another in ways that change no fact: a scraper that lost the line breaks, a site that
abbreviates the bodies or spells out what another abbreviates, old-style tone marks, decomposed Unicode, a site's
chrome around the report, punctuation typed loosely, a headline in capitals, invisible characters, bodies' names in
Title Case, "kí"/"lí" for "ký"/"lý"; the same report served as a web page or written by a news scraper. Each variant
of a corpus is scored against the corpus's own gold (the scorer spells out the short forms and folds tone marks, so
the gold holds for every variant) and must stay close to the score of the corpus as printed; a corpus whose
provinces, places or persons are renamed (text and gold alike) must hold too. The regression fixtures are checked in
every clone, the shared corpus ``real`` where ../shared is present. What each variant found, with its score before
and after: docs/extraction.md ("Pages printed other ways", "The same reports served as web pages", "More ways pages
print a report", "Bodies' names in Title Case, and the "i" spelling"); ``real`` as news-please's JSON (the headline
out of the text, no province) scores 0.977 against 0.979 as printed (0.979 with its province).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from _extract_scoring import extract_folder
from _scale_helpers import benchmark_module

from phoihop.cli import main
from phoihop.extract import lexicon
from phoihop.extract.scoring import score_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "real"

# (long form, short form) of bodies' names as pages print them both ways
_SHORT_FORMS = [
    ("Ủy ban nhân dân", "UBND"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Mặt trận Tổ quốc", "MTTQ"),
    ("Bộ Chỉ huy Quân sự", "Bộ CHQS"),
    ("Ban Chỉ huy Quân sự", "Ban CHQS"),
    ("Bộ đội Biên phòng", "BĐBP"),
    ("Liên đoàn Lao động", "LĐLĐ"),
    ("Hội Liên hiệp Phụ nữ", "Hội LHPN"),
    ("Hội Cựu chiến binh", "Hội CCB"),
    ("Viện Kiểm sát nhân dân", "VKSND"),
    ("Tòa án nhân dân", "TAND"),
]
# new-style tone placement -> old style ("hòa" -> "hoà", "thủy" -> "thuỷ")
_OLD_TONES = [
    ("òa", "oà"),
    ("óa", "oá"),
    ("ỏa", "oả"),
    ("õa", "oã"),
    ("ọa", "oạ"),
    ("ủy", "uỷ"),
    ("úy", "uý"),
    ("Ủy", "Uỷ"),
]


def _joined_lines(body: str) -> str:
    return re.sub(r"\s*\n+\s*", " ", body)


def _abbreviated(body: str) -> str:
    # (not a long form the page defines right after it: "Bộ Chỉ huy Quân sự (CHQS) tỉnh" keeps its words)
    for long, short in _SHORT_FORMS:
        body = re.sub(rf"{re.escape(long)}(?!\s*\()", short, body, flags=re.IGNORECASE)
    return body


def _spelled_out(body: str) -> str:
    # (not inside a document's symbol, "09/CTr-BCA-MTTQ", nor the bracket that defines a short form, "(BĐBP)", nor
    # a pair of short forms, "ĐBQH&HĐND": a page spells those out whole or not at all)
    for long, short in _SHORT_FORMS:
        body = re.sub(rf"(?<![\w/&(-]){re.escape(short)}(?![\w/&)-])", long, body)
    return body


def _old_tone_marks(body: str) -> str:
    for new, old in _OLD_TONES:
        body = body.replace(new, old)
    return body


def _decomposed(body: str) -> str:
    return unicodedata.normalize("NFD", body)


# A site's chrome around the report: a menu, a view counter, and after it a share button and a box of other articles'
# headlines, each naming bodies and acts of its own (their lines, of about one length and none ending a sentence,
# once read as a fixed-width layout and were joined into one "sentence" of the report).
_MENU = "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh\nLượt xem: 1.204\n"
_TEASERS = (
    "\n\nChia sẻ\nTin liên quan\nBan Dân vận Tỉnh ủy Kon Tum ký kết quy chế phối hợp với Sở Tư pháp\n"
    "Công an tỉnh Gia Lai và Hội Nông dân tỉnh tổng kết phối hợp năm 2021\n"
    "Đoàn Thanh niên Bộ đội Biên phòng tỉnh ra quân tình nguyện hè\nBáo Kon Tum - Cơ quan của Đảng bộ tỉnh Kon Tum\n"
    "Đường dây nóng: 0260.3862.475"
)


def _furnished(body: str) -> str:
    return _MENU + body + _TEASERS


def _short_term_years(body: str) -> str:
    """ "giai đoạn 2021 - 2025" printed "giai đoạn 2021-25" (terms of years read none before)."""
    return re.sub(r"(giai đoạn|nhiệm kỳ) ((?:19|20)\d\d)\s*[-–]\s*(?:19|20)(\d\d)(?!\d)", r"\1 \2-\3", body)


def _loosely_punctuated(body: str) -> str:
    """Commas and full stops typed the loose way of some provincial sites, in turn with a space before the mark and
    none after it ("Bình Dương ,Long An", "ký kết .Theo đó") and with none after a comma ("Long An,Tây Ninh"); a dash
    between two words typed without its spaces ("Bộ Tư lệnh Cảnh vệ-Bộ Công an")."""
    commas = itertools.cycle([" ,", ","])
    body = re.sub(r"(?<=[^\W\d_]), (?=[^\W\d_])", lambda m: next(commas), body)
    body = re.sub(r"(?<=[a-zà-ỹđ]) - (?=[A-ZĐ][a-zà-ỹđ])", "-", body)
    return re.sub(r"(?<=[^\W\d_])\. (?=[A-ZĐ])", " .", body)


def _doubly_spaced(body: str) -> str:
    """Every third space typed twice, as editors and scrapers joining inline elements leave them ("Hội Nông dân  tỉnh"
    lost its level word, "TP.  Hồ Chí Minh" was read as a province of that name)."""
    spaces = itertools.cycle([" ", "  ", " "])
    return re.sub(" ", lambda m: next(spaces), body)


def _terms_from_to(body: str) -> str:
    """Terms written out, "giai đoạn từ năm 2021 đến năm 2025" for "giai đoạn 2021 - 2025" ("nhiệm kỳ từ năm 2019 đến
    năm 2024" before the verb read as "since 2019", a signing recalled; a document's term opened with "từ năm", not
    with its "giai đoạn")."""
    return re.sub(r"(giai đoạn|nhiệm kỳ) ((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)", r"\1 từ năm \2 đến năm \3", body)


# A box of links to other articles set inside the report, its items opened by a dash, a caption right below it
_RELATED_BOX = (
    "Tin liên quan:\n- Hội Nông dân tỉnh Sóc Trăng và Ngân hàng Chính sách xã hội ký kết chương trình phối hợp\n"
    "- Sở Tư pháp tỉnh Kon Tum tổ chức hội nghị tổng kết"
)


def _related_inside(body: str) -> str:
    """The box after the second long paragraph (the caption below it, "Đồng chí Huỳnh Thị Hằng, Phó Bí thư Tỉnh ủy
    ... phát biểu", was taken for one more teaser and its person lost)."""
    lines = body.split("\n")
    long_ones = [i for i, line in enumerate(lines) if len(line) > 120]
    if len(long_ones) >= 2:
        lines.insert(long_ones[1] + 1, _RELATED_BOX)
    return "\n".join(lines)


def _comrade_abbreviated(body: str) -> str:
    """ "đồng chí" written "đ/c" (the plural "các đ/c Phó Chủ tịch ...: A, B" lost its names before)."""
    return re.sub(r"(?<!\w)([Đđ])ồng chí(?= )", r"\1/c", body)


def _bulleted(body: str) -> str:
    """Each paragraph an item of a list ("- Chủ tịch A và Chủ tịch B ký kết ...": the dash kept the sentence from
    opening with its subject; "- Trưởng ban: Đ/c ..." and "- Theo Báo ..." were no longer furniture)."""
    return re.sub(r"(?m)^(?=[^\W\d_])", "- ", body)


def _invisibly_marked(body: str) -> str:
    """Characters that print nothing left between and inside words by a page's editor: a soft hyphen ("&shy;")
    after every seventh word, a zero-width joiner after every eleventh (with soft hyphens ``real`` scored 0.504: each
    read as a letter, they cut the words they touched)."""
    count = itertools.count(1)
    marks = lambda m: m.group(0) + ("\u00ad" if next(count) % 7 == 0 else "")  # noqa: E731
    body = re.sub(r"(?<=[^\W\d_])(?= )", marks, body)
    count = itertools.count(1)
    return re.sub(r"(?<=[^\W\d_])(?= )", lambda m: "\u200d" if next(count) % 11 == 0 else "", body)


def _capital_levels(body: str) -> str:
    """Level words capitalised before a place's name, as some sites print them ("UBND Huyện Đakrông": the shared tail
    of "Huyện ủy, UBND Huyện Đakrông" no longer spread)."""
    return re.sub(
        r"(?<=[^\W\d_] )(tỉnh|huyện|xã|thành phố|thị xã|phường)(?= [A-ZĐ])", lambda m: m.group(1).capitalize(), body
    )


_SURNAME = (
    r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trương|Lương|Mai|Hà|Cao|"
    r"Tạ|Lâm|Triệu|Chu|Thái|Kiều|Vương|Quách|Tô|Đào|Lò|Giàng|Sùng|Y|H|Ksor|Rơ|Nông|Hứa|Lục|Thân|Trịnh|Văn)"
)
_TITLE_OPENING = (
    r"(?:(?:Phó|Nguyên|Quyền)\s+)?(?:Bí thư|Chủ tịch|Trưởng|Giám đốc|Ủy viên|Uỷ viên|Tỉnh ủy viên|Tỉnh uỷ viên|"
    r"Huyện ủy viên|Chánh|Viện trưởng|Chỉ huy trưởng|Chính ủy|Chính uỷ|Tư lệnh|Đồn trưởng|Bộ trưởng|Thứ trưởng|"
    r"Cục trưởng|Vụ trưởng|Tổng Biên tập|Đại biểu|Chủ nhiệm|UV|TUV|HUV)(?![\w])"
)
_RANK = r"(?:Đại|Thượng|Trung|Thiếu) (?:tá|tướng)"
_NAME_THEN_TITLES = re.compile(
    rf"(?P<lead>(?P<comrade>[Đđ](?:ồng chí|/c) )|(?:[Ôô]ng|[Bb]à|{_RANK}) )"
    rf"(?P<name>{_SURNAME}(?: [A-ZĐ][^\W\d_]*){{1,3}}),? (?:- )?"
    rf"(?P<chain>{_TITLE_OPENING}(?:(?! và )[^;.\n()“”\"':]){{0,110}}?)"
    rf"(?P<end>;|\.(?=\s|$)| (?=(?:đã|phát biểu|chủ trì|ký|trao)(?![\w])))"
)
# (words that end a title chain and open the predicate: "... tỉnh Yên Bái đồng chủ trì")
_PREDICATE = re.compile(
    r"(?<![\w])(?:cùng|đồng|dự|tham dự|chủ trì|ký|chỉ đạo|phát biểu|trao|tặng|đến|thông qua|trình bày|báo cáo)(?![\w])"
)


def _titles_before_names(body: str) -> str:
    """A comrade's titles printed before the name instead of after it ("đồng chí Nguyễn Văn A, Trưởng ban Dân vận
    Thành ủy;" as "đồng chí Trưởng ban Dân vận Thành ủy Nguyễn Văn A;"), the other order of the pages: the name then
    ends the body of the last title (it was read as that body's place: "Ban Dân vận Thành ủy Nguyễn Lan Hương")."""

    def swapped(m: re.Match) -> str:
        chain = m.group("chain").rstrip()
        pieces = chain.split(", ")
        if (
            _PREDICATE.search(chain)
            or not all(re.match(_TITLE_OPENING, p) for p in pieces)
            or chain.endswith(" TP")  # ("TP. HCM": the full stop of a short form)
        ):
            return m.group(0)  # (a chain of titles only, each after a comma: no predicate or other words swapped)
        if m.group("comrade"):
            return f"{m.group('lead')}{chain} {m.group('name')}{m.group('end')}"
        # ("Ông A, Chủ tịch ..." as "Chủ tịch ..., ông A"; "Đại tá A, Chỉ huy trưởng ..." as "Chỉ huy trưởng ...,
        # Đại tá A")
        lead = m.group("lead")
        lead = lead[0].lower() + lead[1:] if lead.startswith(("Ông", "Bà")) else lead
        return f"{chain}, {lead}{m.group('name')}{m.group('end')}"

    return _NAME_THEN_TITLES.sub(swapped, body)


_BODY_HEAD = (
    r"(?:Công an|Hội|Ban|Bộ|Ủy ban|UBND|HĐND|Đảng ủy|Đoàn|Liên đoàn|LĐLĐ|Sở|Tòa|Viện|VKSND|TAND|Huyện|Tỉnh|Đồn|Trường|"
    r"Báo|Đài|Cục|Chi cục|MTTQ|Hải đội|Sư đoàn|Lữ đoàn|Trung đoàn|Quân khu)"
)


def _joined_by_cung(body: str) -> str:
    """Bodies joined by "cùng" where the page had "và" ("Bộ Chỉ huy Quân sự cùng Hội Nông dân tỉnh tổ chức ký kết":
    the level of the last was not shared with the first)."""
    return re.sub(rf"(?<=[^\W\d_]) và (?={_BODY_HEAD}(?![\w]))", " cùng ", body)


_HOLDING_A_SIGNING = r"(?:đã )?tổ chức (?:lễ |Lễ |hội nghị |Hội nghị )?ký kết"


def _joined_by_phoi_hop_voi(body: str) -> str:
    """ "A và B tổ chức ký kết" as "A phối hợp với B tổ chức ký kết" ("Bộ Chỉ huy Quân sự phối hợp với Hội Nông dân
    tỉnh tổ chức Hội nghị ký kết": the command lost the level and the signing)."""
    return re.sub(
        rf"(?<=[^\W\d_]) và (?={_BODY_HEAD}(?![\w])[^.,;\n]{{0,80}}? {_HOLDING_A_SIGNING})", " phối hợp với ", body
    )


def _comrade_omitted(body: str) -> str:
    """Names printed without "đồng chí" ("Giám đốc CATP Hà Nội và Nguyễn Lan Hương, Trưởng ban ...": the first
    title ran on over "và" and went to the second name, and the first name was lost)."""
    return re.sub(r"(?<![\w/])[Đđ](?:ồng chí|/c) (?=[A-ZĐ][^\W\d_]* [A-ZĐ])", "", body)


_SHORT_TITLES = [
    ("Phó Chủ tịch UBND", "PCT UBND"),
    ("Chủ tịch UBND", "CT UBND"),
    ("Phó Chủ tịch HĐND", "PCT HĐND"),
    ("Phó Giám đốc", "PGĐ"),
    ("Ủy viên Ban Thường vụ Tỉnh ủy", "UVBTV Tỉnh ủy"),
    ("Tỉnh ủy viên", "TUV"),
]


def _titles_abbreviated(body: str) -> str:
    """Titles in their short forms ("CT UBND tỉnh Nguyễn Văn A", "PGĐ Công an tỉnh"): "CT" was no title, and a body
    after it no longer stood in a title ("CT UBND tỉnh tặng Bằng khen": the committee read as an actor)."""
    for long, short in _SHORT_TITLES:
        body = body.replace(long, short)
    return body


_OPENING_DATE = re.compile(
    r"(?m)(?<![^\n])(?P<date>(?:Ngày|Sáng|Chiều) \d{1,2}/\d{1,2}(?:/\d{4})?), (?P<clause>[^.\n]{10,300}?)\."
)


def _dates_after(body: str) -> str:
    """A paragraph's opening date moved to the end of its first sentence ("Ngày 24/02/2021, UBND tỉnh có Công văn số
    640/UBND-NC ..." as "UBND tỉnh có Công văn số 640/UBND-NC ... vào ngày 24/02/2021."): the document lost its date.
    (A sentence cut at the full stop of "TP. HCM" is left alone.)"""

    def moved(m: re.Match) -> str:
        clause = m.group("clause")
        if clause.endswith(("TP", "TT", "Th")):
            return m.group(0)
        return f"{clause[0].upper()}{clause[1:]} vào {m.group('date').lower()}."

    return _OPENING_DATE.sub(moved, body)


def _numbers_without_so(body: str) -> str:
    """Documents numbered without "số" ("Quy chế phối hợp 3055/QC-X ngày D được ký kết giữa A và B": the cited
    document's past signing was read as a signing of the event)."""
    return re.sub(r"(?<![\w])số (?=\d{1,4}/)", "", body)


def _captions_first(body: str) -> str:
    """The photos' captions printed before the report, as a page that opens with its pictures ("Đại diện các đảng ủy
    ký kết ... Ảnh: X" before the text that names the committees: the plural had no bodies before it)."""
    lines = body.split("\n")
    captions = [line for line in lines if re.search(r"(?<![\w])Ảnh\s*:", line)]
    return "\n".join(captions + [line for line in lines if line not in captions])


def _body_names() -> list[str]:
    """The bodies' names of the project's own tables with a word in lower case: the long forms of the short forms
    ("Ủy ban nhân dân", "Thanh niên Cộng sản Hồ Chí Minh"), the heads written as plain words ("Ban Dân vận", "Hội
    Chữ thập đỏ") and the departments after "Sở" or "Bộ" ("Sở Tài nguyên và Môi trường")."""
    names = {long for _, long in lexicon.abbreviations()}
    names |= {head for head, _, _ in lexicon.agency_heads() if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)+", head)}
    names |= {f"{head} {name}" for name in lexicon.departments() for head in ("Sở", "Bộ")}
    return [n for n in names if n[:1].isupper() and any(w[:1].islower() and w != "và" for w in n.split())]


_BODY_NAME = re.compile(
    rf"(?<![\w])(?:{'|'.join(lexicon.words_to_regex(n) for n in sorted(_body_names(), key=len, reverse=True))})"
    r"(?![\w])",
    re.IGNORECASE,
)


def _title_cased(body: str) -> str:
    """Bodies' names printed with every word capitalised, as some sites print them ("Viện Kiểm Sát Nhân Dân tỉnh",
    "Hội Nông Dân huyện", "Đoàn Thanh Niên Cộng Sản Hồ Chí Minh"; "và" stays in lower case): a name the report
    itself opens with a capital (not "ban chỉ đạo" written as common words)."""

    def capitalised(w: re.Match[str]) -> str:
        return w.group(0) if w.group(0) == "và" else w.group(0)[:1].upper() + w.group(0)[1:]

    def title(m: re.Match[str]) -> str:
        name = m.group(0)
        return re.sub(r"[^\W\d_]+", capitalised, name) if name[:1].isupper() else name

    return _BODY_NAME.sub(title, body)


# (name, how the report's body is printed, how far under the printed corpus's micro-F1 the variant may score)
VARIANTS: list[tuple[str, Callable[[str], str], float]] = [
    ("lines-joined", _joined_lines, 0.02),
    ("abbreviated", _abbreviated, 0.01),
    ("spelled-out", _spelled_out, 0.015),
    ("old-tone-marks", _old_tone_marks, 0.005),
    ("decomposed", _decomposed, 0.005),
    ("furnished", _furnished, 0.01),
    ("short-term-years", _short_term_years, 0.005),
    ("loosely-punctuated", _loosely_punctuated, 0.005),
    ("comrade-abbreviated", _comrade_abbreviated, 0.005),
    ("bulleted", _bulleted, 0.005),
    ("invisibly-marked", _invisibly_marked, 0.005),
    ("capital-levels", _capital_levels, 0.005),
    ("titles-before-names", _titles_before_names, 0.005),
    ("joined-by-cung", _joined_by_cung, 0.005),
    ("joined-by-phoi-hop-voi", _joined_by_phoi_hop_voi, 0.005),
    ("comrade-omitted", _comrade_omitted, 0.005),
    ("titles-abbreviated", _titles_abbreviated, 0.005),
    ("dates-after", _dates_after, 0.005),
    ("numbers-without-so", _numbers_without_so, 0.005),
    ("captions-first", _captions_first, 0.005),
    ("title-cased", _title_cased, 0.005),
    ("doubly-spaced", _doubly_spaced, 0.005),
    ("terms-from-to", _terms_from_to, 0.005),
    ("related-inside", _related_inside, 0.005),
]


def _variant_folder(
    articles: Path, out: Path, print_body: Callable[[str], str], print_head: Callable[[str], str] = str
) -> Path:
    """The articles with their body (every line after the headline), or their headline, printed the variant's way."""
    out.mkdir()
    for path in sorted(articles.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        head, _, body = d["text"].partition("\n")
        d["text"] = print_head(head) + "\n" + print_body(body)
        (out / path.name).write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return out


def _micro(corpus: Path, articles: Path, tmp_path: Path, name: str) -> float:
    facts = tmp_path / f"facts-{name}"
    facts.mkdir()
    extract_folder(articles, facts)
    return score_paths(corpus / "gold", facts).micro.f1


def test_each_variant_changes_the_text_it_is_meant_to():
    body = "Thứ ba, 19/07/2016 08:20\nSáng 18/7, UBND tỉnh và Ủy ban nhân dân huyện ký kết.\nHòa Bình"
    assert "\n" not in _joined_lines(body)
    assert "Ủy ban nhân dân" not in _abbreviated(body)
    assert "UBND" not in _spelled_out(body) and "09/CTr-BCA-MTTQ" in _spelled_out("số 09/CTr-BCA-MTTQ")
    assert "Hoà Bình" in _old_tone_marks(body) and "Uỷ ban" in _old_tone_marks(body)
    assert _decomposed(body) != body and unicodedata.normalize("NFC", _decomposed(body)) == body
    assert _furnished(body).startswith("Trang chủ") and "Tin liên quan" in _furnished(body)
    assert _short_term_years("giai đoạn 2021 - 2025, nhiệm kỳ 2020-2025") == "giai đoạn 2021-25, nhiệm kỳ 2020-25"
    assert _loosely_punctuated("An Giang, Long An, Tây Ninh ký kết. Theo đó, 1, 2. Cảnh vệ - Bộ Công an") == (
        "An Giang ,Long An,Tây Ninh ký kết .Theo đó, 1, 2. Cảnh vệ-Bộ Công an"
    )
    assert _comrade_abbreviated("Đồng chí A và các đồng chí B") == "Đ/c A và các đ/c B"
    assert _capital_levels("UBND huyện Đakrông và xã A Ngo") == "UBND Huyện Đakrông và Xã A Ngo"
    assert _captions_first("Ngày 5/3, A ký.\nLãnh đạo ký kết. Ảnh: X\nHai bên thống nhất.") == (
        "Lãnh đạo ký kết. Ảnh: X\nNgày 5/3, A ký.\nHai bên thống nhất."
    )
    assert _numbers_without_so("Quy chế số 3055/QC-X, số 12 đơn vị") == "Quy chế 3055/QC-X, số 12 đơn vị"
    dated = "Ngày 24/02/2021, UBND tỉnh có Công văn số 640/UBND-NC chỉ đạo.\nSáng 5/3, A ký tại TP. HCM."
    assert _dates_after(dated) == (
        "UBND tỉnh có Công văn số 640/UBND-NC chỉ đạo vào ngày 24/02/2021.\nSáng 5/3, A ký tại TP. HCM."
    )
    assert _titles_abbreviated("Phó Chủ tịch UBND tỉnh, Chủ tịch UBND huyện") == "PCT UBND tỉnh, CT UBND huyện"
    assert _joined_by_cung("Công an tỉnh và Hội Nông dân tỉnh, Sở Tài nguyên và Môi trường") == (
        "Công an tỉnh cùng Hội Nông dân tỉnh, Sở Tài nguyên và Môi trường"
    )
    assert _joined_by_phoi_hop_voi("Công an tỉnh và Hội Nông dân tỉnh tổ chức ký kết; A và Sở Y tế ký.") == (
        "Công an tỉnh phối hợp với Hội Nông dân tỉnh tổ chức ký kết; A và Sở Y tế ký."
    )
    assert _comrade_omitted("Dự có đồng chí Lê Văn An và các đ/c Phó Chủ tịch") == "Dự có Lê Văn An và các Phó Chủ tịch"
    assert _titles_before_names(
        "Có đồng chí Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy; Đại tá Hà Văn Hoa, Chỉ huy "
        "trưởng Bộ CHQS tỉnh. Ông Trần Anh, Giám đốc Công an tỉnh phát biểu. Đồng chí Mai Hoa, Bí thư Huyện ủy cùng dự."
    ) == (
        "Có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Lê Văn An; Chỉ huy trưởng Bộ CHQS tỉnh, "
        "Đại tá Hà Văn Hoa. Giám đốc Công an tỉnh, ông Trần Anh phát biểu. Đồng chí Mai Hoa, Bí thư Huyện ủy cùng dự."
    )
    assert _title_cased(
        "Viện Kiểm sát nhân dân tỉnh, Sở Tài nguyên và Môi trường, Hội Chữ thập đỏ và Đoàn Thanh niên Cộng sản Hồ Chí"
        " Minh; ban chỉ đạo"
    ) == (
        "Viện Kiểm Sát Nhân Dân tỉnh, Sở Tài Nguyên và Môi Trường, Hội Chữ Thập Đỏ và Đoàn Thanh Niên Cộng Sản Hồ Chí"
        " Minh; ban chỉ đạo"
    )
    marked = _invisibly_marked(" ".join(["Công an tỉnh"] * 10))
    assert marked.count("\u00ad") == 4 and marked.count("\u200d") == 2
    assert _bulleted("Sáng 18/7, A ký kết.\n\n“Hai bên”\nTheo đó") == "- Sáng 18/7, A ký kết.\n\n“Hai bên”\n- Theo đó"
    assert _doubly_spaced("Hội Nông dân tỉnh ký") == "Hội Nông  dân tỉnh ký"
    assert _terms_from_to("nhiệm kỳ 2019 - 2024,") == "nhiệm kỳ từ năm 2019 đến năm 2024,"
    assert _RELATED_BOX in _related_inside("\n".join(["x" * 130, "Ảnh", "y" * 130, "Đồng chí A phát biểu"]))


# Provinces whose names hold a dash or several words ("Bà Rịa - Vũng Tàu" split a title chain at its dash and an area
# procuracy's name "khu vực 9 - Bà Rịa - Vũng Tàu" at "Bà Rịa" before they were read whole).
_OTHER_PROVINCES = ("Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Đắk Lắk")
# the central cities, whose articles name bodies by "thành phố" rather than the province's name
_CITIES = ("Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Thành phố Hồ Chí Minh")
# Districts and communes whose names hold a family name ("Cửa Lò": Lò, "Si Ma Cai": Ma) or an apostrophe
_OTHER_PLACES = ("Cửa Lò", "Si Ma Cai", "Ia H'Drai", "Đắk R'Lấp", "Mường Lát", "Krông Pắc")
_PLACED = re.compile(
    r"(?<![\w])(?:huyện|quận|thị xã|thị trấn|xã|phường) ((?:[A-ZĐ][^\W\d_]*)(?: [A-ZĐ][^\W\d_]*){1,2})(?= |$)"
)
# Names of the peoples of the highlands and the north ("Bí thư Tỉnh ủy Đắk Lắk Ksor Bơ" was read as no one while a
# short name after a place went to the place)
_OTHER_NAMES = (
    "Ksor H'Bơ",
    "Điểu K'Ré",
    "Lò Văn Muôn",
    "Rơ Chăm Long",
    "Hoàng A Sử",
    "Y Thanh Hà Niê Kđăm",
    "Siu H'Mai",
)


def _province(k: int, article: dict, gold: dict) -> list[tuple[str, str]]:
    """The article's province (not a central city's) as another province."""
    province = article.get("province")
    if not province or province in _CITIES:
        return []
    return [(province, [p for p in _OTHER_PROVINCES if p != province][k % (len(_OTHER_PROVINCES) - 1)])]


def _places(k: int, article: dict, gold: dict) -> list[tuple[str, str]]:
    """The districts and communes the gold names after a level word, as other places."""
    names = [a["name"] for a in gold.get("agencies", [])]
    places = sorted({m.group(1) for n in names for m in _PLACED.finditer(n)}, key=len, reverse=True)
    return list(zip(places, _OTHER_PLACES, strict=False))  # (as many as there are new names)


# Communes and wards whose names the grammar stopped in before round s24, the gazetteer knowing them: named after a
# person, holding a word that opens a body's name or a number word, ending with a form of address, holding "Hội"
_HARD_PLACES = ("Lê Hồng Phong", "Liên Minh", "An Hội Đông", "Bình Ba", "Cát Bà", "Kinh Cùng")


def _hard_places(k: int, article: dict, gold: dict) -> list[tuple[str, str]]:
    """The districts and communes the gold names after a level word, as places the gazetteer knows and a grammar of
    capitalised syllables stops in."""
    names = [a["name"] for a in gold.get("agencies", [])]
    places = sorted({m.group(1) for n in names for m in _PLACED.finditer(n)}, key=len, reverse=True)
    return list(zip(places, _HARD_PLACES, strict=False))


def _persons(k: int, article: dict, gold: dict) -> list[tuple[str, str]]:
    """The persons the gold names, with other names."""
    persons = sorted({p["name"] for p in gold.get("persons", [])}, key=len, reverse=True)
    return list(zip(persons, _OTHER_NAMES, strict=False))


def _renamed(corpus: Path, out: Path, renames) -> Path:
    """The corpus with the names ``renames`` picks (old, new) replaced in each article's text and gold alike: the
    rules must read every province's places and every people's names, not those of the pages they were built on."""
    (out / "articles").mkdir(parents=True)
    (out / "gold").mkdir()
    for k, path in enumerate(sorted((corpus / "articles").glob("*.json"))):
        article = path.read_text(encoding="utf-8")
        gold = (corpus / "gold" / path.name).read_text(encoding="utf-8")
        for old, new in renames(k, json.loads(article), json.loads(gold)):
            named = re.compile(rf"(?<![\w]){re.escape(old)}(?![\w])")
            article, gold = named.sub(new, article), named.sub(new, gold)
        (out / "articles" / path.name).write_text(article, encoding="utf-8")
        (out / "gold" / path.name).write_text(gold, encoding="utf-8")
    return out


CORPORA = [FIXTURES / "unseen4", FIXTURES / "unseen5", REAL]
CORPUS_IDS = ["unseen4", "unseen5", "real"]


def _skip_if_absent(corpus: Path) -> None:
    if not (corpus / "articles").is_dir():
        pytest.skip(f"the corpus is not here ({corpus.resolve()}): a clone without ../shared")


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA, ids=CORPUS_IDS)
@pytest.mark.parametrize("name,print_body,margin", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_a_corpus_holds_however_the_page_prints_it(corpus, name, print_body, margin, tmp_path):
    _skip_if_absent(corpus)
    printed = _micro(corpus, corpus / "articles", tmp_path, "printed")
    variant = _variant_folder(corpus / "articles", tmp_path / name, print_body)
    assert _micro(corpus, variant, tmp_path, name) >= printed - margin, name


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA, ids=CORPUS_IDS)
def test_a_corpus_holds_with_its_headlines_printed_in_capitals(corpus, tmp_path):
    """Some sites print the headline in capitals ("KÝ KẾT QUY CHẾ PHỐI HỢP GIỮA ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 5 VÀ ĐỒN
    BIÊN PHÒNG CỔ CHIÊN"): ``real`` so printed scored 0.966 against 0.979 before such lines were recased from the
    page's own words (a head inside a phrase opened a body, a name ran on or lost its short form)."""
    _skip_if_absent(corpus)
    printed = _micro(corpus, corpus / "articles", tmp_path, "printed")
    variant = _variant_folder(corpus / "articles", tmp_path / "capitals", str, print_head=str.upper)
    assert _micro(corpus, variant, tmp_path, "capitals") >= printed - 0.005


def _own_province_unnamed(articles: Path, out: Path) -> Path:
    """The articles with their own province's name left out after "tỉnh" ("Công an tỉnh" for "Công an tỉnh Quảng
    Trị", as most pages write their province's bodies), not inside a list of provinces ("các tỉnh A, B")."""
    out.mkdir()
    for path in sorted(articles.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if d.get("province"):
            own = re.escape(d["province"])
            head, _, body = d["text"].partition("\n")
            body = re.sub(rf"(?<!các tỉnh)(?<=[^\W\d_] tỉnh) {own}(?![\w])(?!,? (?:và )?[A-ZĐ])(?!\s*,)", "", body)
            d["text"] = f"{head}\n{body}"
        (out / path.name).write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return out


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA, ids=CORPUS_IDS)
def test_a_corpus_holds_with_its_own_province_left_unnamed(corpus, tmp_path):
    """The gold's names end with the article's province or not as the page writes them, and the scorer reads that
    province as optional, so leaving it out changes no fact: ``real`` so printed scored 0.974 before "Công an tỉnh
    và Công an tỉnh Yên Bái" was read as two bodies and a youth union by its full name."""
    _skip_if_absent(corpus)
    printed = _micro(corpus, corpus / "articles", tmp_path, "printed")
    variant = _own_province_unnamed(corpus / "articles", tmp_path / "unnamed")
    assert _micro(corpus, variant, tmp_path, "unnamed") >= printed - 0.005


# The level word that ends a body's kind and opens its place ("Hội Người mù tỉnh Bình Thuận")
_LEVEL_IN_NAME = re.compile(r" (?:tỉnh|huyện|xã|phường|thành phố|quận|thị xã|thị trấn|khu vực|TP)(?= |$)")


def _gold_title_cased(corpus: Path, out: Path) -> Path:
    """The articles with every body the gold names printed in Title Case in their text, up to its place's level word
    ("Hội Văn Học Nghệ Thuật tỉnh", "Chi Cục Kiểm Lâm Gia Lai"): the bodies of the pages, not those of the tables
    the extractor is written from (``_title_cased``), so that a name the tables lack is tried too."""
    out.mkdir()
    for path in sorted((corpus / "articles").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        gold = json.loads((corpus / "gold" / path.name).read_text(encoding="utf-8"))
        head, _, body = d["text"].partition("\n")
        for name in sorted({a["name"] for a in gold.get("agencies", [])}, key=len, reverse=True):
            kind = name[: m.start()] if (m := _LEVEL_IN_NAME.search(name)) else name
            if " " in kind:
                printed = re.compile(
                    r"(?<![\w])" + r"\s+".join(map(re.escape, kind.split())) + r"(?![\w])", re.IGNORECASE
                )
                body = printed.sub(lambda m: _title_cased_words(m.group(0)), body)
        d["text"] = head + "\n" + body
        (out / path.name).write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return out


def _title_cased_words(name: str) -> str:
    if not name[:1].isupper():
        return name  # (common words of the report that the name's words happen to make)
    return re.sub(
        r"[^\W\d_]+",
        lambda w: w.group(0) if w.group(0) in ("và", "các", "của") else w.group(0)[:1].upper() + w.group(0)[1:],
        name,
    )


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA, ids=CORPUS_IDS)
def test_a_corpus_holds_with_the_bodies_the_gold_names_in_title_case(corpus, tmp_path):
    """Measured on the fifteen sets: before the Title Case reading, real 0.979 -> 0.950, ho 0.966 -> 0.893, hu 0.976
    -> 0.934; after it real 0.979, ho 0.906 (associations named in Title Case: "Hội Người Mù"), hu 0.976."""
    _skip_if_absent(corpus)
    printed = _micro(corpus, corpus / "articles", tmp_path, "printed")
    variant = _gold_title_cased(corpus, tmp_path / "gold-title-cased")
    assert _micro(corpus, variant, tmp_path, "gold-title-cased") >= printed - 0.005


# The syllables spelled with "i" where the lexicons and rules write "y", as the school spelling of some sites does
# ("kí kết", "quản lí", "kĩ thuật"); a capitalised "Lý" is a family name, and "Mỹ" opens place names ("Mỹ Tho"): they
# keep their "y". Text and gold alike: the gold copies a body's name as its page writes it.
_I_SPELLINGS = [("ký", "kí"), ("lý", "lí"), ("kỹ", "kĩ"), ("mỹ", "mĩ"), ("Ký", "Kí"), ("Kỹ", "Kĩ")]


def _i_spelled(k: int, article: dict, gold: dict) -> list[tuple[str, str]]:
    """ "ký kết", "quản lý", "kỹ thuật" spelled "kí kết", "quản lí", "kĩ thuật" (``ht`` 0.947 -> 0.898, ``hq`` 0.988 ->
    0.961 before they were read with "y")."""
    return _I_SPELLINGS


RENAMES = [
    ("provinces", _province, 0.005),
    ("places", _places, 0.01),
    ("hard-places", _hard_places, 0.01),
    ("persons", _persons, 0.005),
    ("i-spelled", _i_spelled, 0.005),
]


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA, ids=CORPUS_IDS)
@pytest.mark.parametrize("name,renames,margin", RENAMES, ids=[r[0] for r in RENAMES])
def test_a_corpus_holds_when_its_places_and_persons_bear_other_names(corpus, name, renames, margin, tmp_path):
    _skip_if_absent(corpus)
    printed = _micro(corpus, corpus / "articles", tmp_path, "printed")
    renamed = _renamed(corpus, tmp_path / "renamed", renames)
    assert _micro(renamed, renamed / "articles", tmp_path, "renamed") >= printed - margin, name


def _micro_as_extracted(corpus: Path, folder: Path, tmp_path: Path, name: str) -> float:
    """The micro-F1 of the files in ``folder`` extracted as a user runs it (``phoihop extract <folder> --facts``)."""
    facts = tmp_path / f"facts-{name}"
    assert main(["extract", str(folder), "--facts", str(facts), "--no-progress"]) == 0
    return score_paths(corpus / "gold", facts).micro.f1


def _served_as_pages(articles: Path, out: Path) -> Path:
    """The articles as provincial papers' pages, one ``<id>.html`` each, in the five layouts of
    benchmarks/news_pages.py in turn (masthead with today's date, menu, byline, other headlines with their dates,
    captions, footer). A page has no fields: its id is its file name (the gold's), its date and province are what
    the page says."""
    render = benchmark_module("news_pages").render
    out.mkdir()
    for n, path in enumerate(sorted(articles.glob("*.json"))):
        _, page, _ = render(json.loads(path.read_text(encoding="utf-8")), n)
        (out / f"{path.stem}.html").write_text(page, encoding="utf-8")
    return out


def _as_news_please(articles: Path, out: Path) -> Path:
    """The articles as news-please's crawler writes them, one JSON file each: ``maintext`` without the headline line,
    ``date_publish`` "YYYY-MM-DD HH:MM:SS" (or null), ``url``, no id (the file names it) and no province."""
    out.mkdir()
    for path in sorted(articles.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        head, _, body = d["text"].partition("\n")
        record = {
            "authors": [],
            "date_modify": None,
            "date_publish": f"{d['published']} 08:30:00" if d.get("published") else None,
            "language": "vi",
            "maintext": body.strip("\n") if head.strip() == d["title"].strip() else d["text"],
            "title": d["title"],
            "url": d.get("source"),
        }
        (out / path.name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return out


# (name, how the articles are written out as files a user hands ``phoihop extract``)
SERVED = [("news-pages", _served_as_pages), ("news-please", _as_news_please)]


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA, ids=CORPUS_IDS)
@pytest.mark.parametrize("name,serve", SERVED, ids=[s[0] for s in SERVED])
def test_a_corpus_holds_served_as_pages_or_as_a_scraper_writes_it(corpus, name, serve, tmp_path):
    _skip_if_absent(corpus)
    printed = _micro(corpus, corpus / "articles", tmp_path, "printed")
    served = serve(corpus / "articles", tmp_path / name)
    assert _micro_as_extracted(corpus, served, tmp_path, name) >= printed - 0.005
