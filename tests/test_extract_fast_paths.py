"""The shortcuts the extraction takes for speed return what the plain ways return (made-up sentences)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys

import pytest

from phoihop.extract import agencies
from phoihop.extract.agencies import (
    canonical,
    committees,
    head_scan,
    item_lists,
    name_grammar,
    place_items,
    place_lists,
)
from phoihop.extract.normalize import normalize

TEXTS = [
    "Sáng 12/4, Công an tỉnh Yên Bái và Ủy ban MTTQ Việt Nam tỉnh ký kết chương trình phối hợp.",
    "Công an các huyện Văn Yên, Lục Yên và thị xã Nghĩa Lộ; Ban Dân vận Huyện ủy Trạm Tấu cùng dự.",
    "Đồn Biên phòng Pha Long, Đồn Biên phòng Bản Lầu (BĐBP Lào Cai) và Hội Nông dân 3 xã biên giới gồm: "
    "A Mú Sung, Y Tý và Bát Xát.",
    "Phòng An ninh kinh tế Công an 2 tỉnh gồm: Hà Giang, Tuyên Quang. Bộ Chỉ huy BĐBP 2 tỉnh cũng tham gia.",
    "Cảng vụ Hàng hải các tỉnh, thành: Quảng Ninh, Hải Phòng ký với Sở Giao thông vận tải.",
    "(TW Hội LHPN Việt Nam) Đảng ủy xã Tà Xùa,Bí thư Huyện ủy, Chủ tịch UBND huyện Bắc Yên phát biểu.",
    "ĐOÀN THANH NIÊN phường Đông Kinh: tuổi trẻ Lạng Sơn; Tỉnh đoàn, Huyện đoàn Cao Lộc.",
]
SCANNED = ("agency", "spread", "listed", "unit_of_counted")  # the patterns find_agencies reads with _head_scan


@pytest.mark.parametrize("key", SCANNED)
def test_head_scan_finds_what_finditer_finds(key):
    """_head_scan tries a pattern only where a head may start: the matches are those of a full scan."""
    rx = agencies.grammar()[key]
    for raw in TEXTS:
        text = normalize(raw).text
        expected = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in head_scan._head_scan(rx, text)] == expected


def test_date_patterns_keep_the_character_before_a_number_out():
    """The date patterns open with the digit and check the character before it after it: a digit, "/", "." or
    "-" before a number still keeps it from being a date; a letter does not."""
    from phoihop.extract.dates import find_dates, find_periods

    dates = find_dates("Mã x24/6/2021 và 124/6/2021 không là ngày; 3/4/2021 là ngày, ngày 7 tháng 5 và 17 tháng 5.")
    assert [(d.start, d.day, d.month, d.year) for d in dates] == [
        (4, 24, 6, 2021),
        (43, 3, 4, 2021),
        (61, 7, 5, None),
        (79, 17, 5, None),
    ]
    periods = find_periods("giai đoạn 2021-2025, mã 12021-2025, /2020 - 2024, năm 2023, Năm 2019, tănăm 2018")
    assert [(p.start, p.first, p.last, p.kind) for p in periods] == [
        (0, 2021, 2025, "range"),
        (50, 2023, 2023, "year"),
        (60, 2019, 2019, "year"),
    ]


def test_document_patterns_keep_the_character_before_a_number_out():
    """The symbol patterns open with the digit: a letter, digit or "/" glued before the number still rules it out."""
    from phoihop.extract.documents import find_documents

    docs = find_documents("Kế hoạch số 45/KH-UBND, mã A45/KH-UBND, 12-KH/TU và x12-KH/TU; Quyết định 238 ngày 3/4/2020")
    assert [(d.start, d.symbol, d.form) for d in docs] == [
        (0, "45/KH-UBND", "state"),
        (40, "12-KH/TU", "party"),
        (63, "238", "bare"),
    ]


def test_group_opening_is_read_at_word_starts_only():
    """ "(bao) gồm" opens a list where it starts a word; a colon always does ("agồm", "gao gồm" do not)."""
    from phoihop.extract.relations.article_scan import _GROUP_OPEN

    text = "Khối gồm: A; Bao gồm B, agồm C, gao gồm D, GỒM E: F"
    assert [m.group(0) for m in _GROUP_OPEN.finditer(text)] == ["gồm:", "Bao gồm ", "gồm ", "GỒM ", ":"]


def test_level_after_cac_is_found_at_word_starts_only():
    """The guard of the spread pattern: "các <level>" where "các" starts a word, in any case."""
    g = agencies.grammar()
    assert g["cac_level"].search("Công an CÁC xã biên giới")
    assert not g["cac_level"].search("Công an xcác xã biên giới")


def test_name_runs_start_at_word_starts_only():
    """The capitalised runs persons are read from open with the capital; a letter or an apostrophe glued before
    it still keeps a run from starting there."""
    from phoihop.extract.persons import _patterns

    text = "Bộ CA Tô Lâm, xNguyễn Văn An và ’Lê Thị Hoa, Đinh Văn Tư"
    assert [m.group(0) for m in _patterns()["run"].finditer(text)] == ["Tô Lâm", "Văn An", "Thị Hoa", "Đinh Văn Tư"]


def _matches_at_every_place(pattern: str, texts: list[str], flags: int) -> list:
    rx = re.compile(pattern, flags)
    return [(m.span(), m.groupdict()) if m else None for t in texts for m in (rx.match(t, i) for i in range(len(t)))]


# Branch lists where a careless grouping would change the winner (each case: branches, a text).
GROUPING_CASES = [
    (["Xa", "Ba", "Xy|Bai"], "Bai"),  # a branch that is an alternation itself keeps its place
    (["Bax", "Bo?a", "Bab"], "Bab"),  # an optional letter groups nothing
    # the long s and "s" are one letter under IGNORECASE though str.lower keeps them apart
    (["\u017fax", "sa", "\u017fab"], "sab"),
    (["Bax", r"\w+a", "Bab"], "Bab"),  # a branch that may match anything keeps its place
    (
        [r"Ban\s+Dân\s+vận", "Ban", r"ban\s+chỉ", "Bộ", r"Bộ\s+Tư", "[Đđ]ảng", "Đảng ủy", "đoàn", "Đoàn viên"],
        "Ban Dân vận, ban chỉ huy, Bộ Tư lệnh, đảng ủy, Đoàn viên",
    ),
    # case-sensitive openings are grouped by their first letter, never further, and keep their order in the group
    (
        ["BTV x", "(?-i:BTV)", "Bộ", "(?-i:CA)", r"Ban\s+b", "(?-i:BTVTU)", "bTV", "Ca"],
        "BTV x, btv, BTVTU, Bộ, Ban b, CA, ca, Ca",
    ),
    (["(?-i:TU|HU)", "Tu", "(?-i:B)?T", "Bo"], "TU, tu, BT, T, bo, HU"),  # an alternation or an optional letter
    (["(?-i:Bo?)x", "Box", "(?-i:BT)", "bx"], "Bx, box, Box, BT, bT, bx"),
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("branches,text", GROUPING_CASES)
def test_grouped_alternation_matches_as_the_plain_one(branches, text, flags):
    """Branches grouped by their leading letters match what the plain alternation matches, with the same winner."""
    from phoihop.extract.grouped_alternation import grouped_alternation

    grouped = grouped_alternation(branches)
    assert _matches_at_every_place(grouped, [text], flags) == _matches_at_every_place("|".join(branches), [text], flags)


def test_grammar_heads_match_as_in_the_plain_alternation():
    """The agency heads and the titles, grouped as the grammar groups them, match as the plain alternations."""
    from phoihop.extract import lexicon
    from phoihop.extract.grouped_alternation import grouped_alternation

    heads = [name_grammar._fragment(rx) for rx, _, _ in sorted(lexicon.agency_heads(), key=lambda r: -len(r[0]))]
    titles = [lexicon.words_to_regex(p) for p in sorted(set(lexicon.titles()), key=lambda s: (-len(s), s))]
    texts = [normalize(t).text for t in TEXTS]
    for branches in (heads, titles):
        assert _matches_at_every_place(grouped_alternation(branches), texts, re.IGNORECASE) == _matches_at_every_place(
            "|".join(branches), texts, re.IGNORECASE
        )


def test_tone_folding_opens_with_the_vowel():
    """fold_tones' pattern opens with the vowel and looks back at the letter before it: it moves the tones the
    look-behind-first pattern moved ("qu" keeps its tone, a word start and the text start do not stop it)."""
    from phoihop.extract import normalize as norm

    before_first = re.compile(r"(?<![qQ])[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?!\w)")
    text = "oà hoà Hoà quà Quý QUÝ khoẻ thuỷ Thuỷ tuỳ uỷ oàn qoà xoà, HOÀ ỦY uỷ."
    assert [m.span() for m in norm._OLD_TONE.finditer(text)] == [m.span() for m in before_first.finditer(text)]
    assert norm.fold_tones(text) == "òa hòa Hòa quà Quý QUÝ khỏe thủy Thủy tùy ủy oàn qoà xòa, HÒA ỦY ủy."


def test_sector_table_names_the_head_the_plain_alternation_names():
    """grammar()["any_sector"] (branches grouped, each closed by the empty group that names it) names the head
    that the one-group-per-head alternation names, on every core and unit the grammar reads in TEXTS."""
    g = agencies.grammar()
    plain = re.compile("|".join(f"(?P<h{i}>{rx})" for i, (rx, _, _) in enumerate(g["sectors"])), re.I)
    names = {"Ban Chỉ huy Quân sự", "Đảng ủy", "Sở Tư pháp", "Công an", "Hội Nông dân", "UBND", "CATP"}
    for raw in TEXTS:
        for m in head_scan._head_scan(g["agency"], normalize(raw).text):
            names |= {m.group("core"), m.group(0), (m.group("pre") or "").strip()}

    def head(rx: re.Pattern, name: str):
        m = rx.match(name)
        return (m.lastgroup, m.span()) if m else None

    assert len(names) > 20
    for name in sorted(names):
        assert head(g["any_sector"], name) == head(plain, name), name


def test_sentence_breaks_open_with_the_space():
    """The sentence-break pattern opens with the space and looks back at what stands before it: the breaks are
    those of the look-behind-first pattern (line breaks, a full stop and a capital, a quote, a digit after)."""
    from phoihop.extract import sentences

    before_first = re.compile(r"\n+|(?<=[.!?…])\s+(?=[\"'(\[]?(?P<letter>[^\W\d_]))")
    text = 'A. B\n\nC.  "Đ" e. 5 x!\t(Y)? \n z… Ư.\n'
    assert [(m.span(), m.group("letter")) for m in sentences._BREAK.finditer(text)] == [
        (m.span(), m.group("letter")) for m in before_first.finditer(text)
    ]


def test_bare_document_numbers_open_with_the_s():
    """The "số <n>" pattern opens with the "s" (any character IGNORECASE takes for it) and looks back at the
    character before it: it finds what the look-ahead-first pattern finds."""
    from phoihop.extract import documents

    before_first = re.compile(r"(?=[sS])(?<![\w])số\s+(?P<n>\d{1,5})(?![\w/\-]|[.,]\d)", re.IGNORECASE)
    text = "số 12, Số 3/, SỐ 45 và xsố 6, \u017fố 7, 1số 8, số 9.5 và (số 10)"
    bare = documents._patterns()[3]
    assert [(m.span(), m.group("n")) for m in bare.finditer(text)] == [
        (m.span(), m.group("n")) for m in before_first.finditer(text)
    ]
    s_rx = re.compile("s", re.IGNORECASE)
    ss = [chr(c) for c in range(sys.maxunicode + 1) if s_rx.fullmatch(chr(c))]
    assert ss == ["S", "s", "\u017f"]  # the characters the pattern's opening class lists


def test_a_group_in_one_form_is_named_by_it_as_the_ranking_names_it(monkeypatch):
    """_name_groups skips the ranking of a group written in one form only: the ranking would pick that form."""
    from phoihop.extract.article import Article
    from phoihop.extract.assembly import agencies as grouping
    from phoihop.extract.pipeline import extract_article

    ranked_alone = []
    best_form = grouping._best_form

    def name_groups(ctx, g, aliased, shortened, in_position):
        original(ctx, g, aliased, shortened, in_position)
        for k, items in g.groups.items():
            named = [a for a in items if not a.in_title] or items
            if k in shortened:
                named = [a for a in named if a.start >= ctx.title_end] or named
            forms = {a.canonical for a in named}
            if len(forms) == 1:
                counts = {a.canonical: len(named) for a in named}
                first = {a.canonical: min(b.start for b in named) for a in named}
                ranked = best_form(named, counts, first, k in aliased, ctx, g.province, in_position)
                ranked_alone.append(ranked == g.rep[k])

    original = grouping._name_groups
    monkeypatch.setattr(grouping, "_name_groups", name_groups)
    extract_article(Article("x", "\n".join(TEXTS), published="2024-03-06"))
    assert len(ranked_alone) >= 5 and all(ranked_alone)


def test_plain_characters_are_those_str_translate_gives():
    """normalize replaces the dashes, spaces and quotes it finds by one regex pass: the text str.translate gives."""
    from phoihop.extract import normalize as norm

    every = "".join(chr(c) for c in norm._SAME_LENGTH)
    text = f"Ngày 5\u00a0tháng 3 \u2013 \u201cCông an\u201d {every} \u2018x\u2019 \u2014 y\u2026"
    assert norm._plain_characters(text) == text.translate(norm._SAME_LENGTH)
    assert norm._plain_characters("không có gì") == "không có gì"


def test_spreading_skips_a_mention_only_where_no_second_place_can_follow(monkeypatch):
    """_spread_one gives up on a mention whose separator is followed by nothing _place_item could read: it spreads
    every mention as it does when it tries them all."""
    texts = [normalize(t).text for t in TEXTS] + [
        normalize(
            "Công an huyện Mường Tè, Sìn Hồ và Phong Thổ; Đồn Biên phòng Pa Vệ Sủ, cửa khẩu Ma Lù Thàng và Hạt "
            "Kiểm lâm huyện Tam Đường, xã Bản Bo, thị trấn Tam Đường cùng dự, Hội Nông dân xã A, các xã khác."
        ).text
    ]

    def spread_all(text):
        return [(a.start, a.end, a.canonical) for a in agencies.find_agencies(text)]

    fast = [spread_all(t) for t in texts]
    monkeypatch.setattr(place_lists, "_may_open_place", lambda text, pos, named: True)
    assert [spread_all(t) for t in texts] == fast


def test_loading_the_pipeline_reads_the_gazetteer():
    """The gazetteer is read when the pipeline loads, not by the first page that asks whether a name is a place."""
    from phoihop.extract import lexicon
    from phoihop.extract.pipeline import load_pipeline

    load_pipeline()
    assert lexicon.places.cache_info().currsize == 1
    assert lexicon.issuer_codes.cache_info().currsize == 1


def test_components_run_by_batches_give_the_docs_one_by_one_gives():
    """nlp.pipe runs each phoihop component over a batch of docs before the next component: the facts, spans and
    entities are those of each doc run through the pipeline alone."""
    from phoihop.extract.pipeline import load_pipeline

    nlp = load_pipeline()
    texts = [*TEXTS, " ".join(TEXTS[:3]), ""]

    def seen(doc):
        spans = {k: [(s.start, s.end, s.label_) for s in v] for k, v in doc.spans.items()}
        return doc._.phoihop_facts, spans, [(e.start, e.end, e.label_) for e in doc.ents]

    alone = [seen(nlp(t)) for t in texts]
    assert [seen(d) for d in nlp.pipe(texts, batch_size=3)] == alone


def test_a_failing_doc_goes_to_the_pipelines_error_handler():
    """A component run by batches hands a doc it fails on to the error handler set on the pipeline, and goes on
    with the other docs of the batch, as spaCy's own loop does."""
    import spacy

    import phoihop.extract.factories  # noqa: F401  (registers the factories)

    nlp = spacy.blank("vi")
    for name in ("phoihop_normalizer", "phoihop_agencies"):
        nlp.add_pipe(name)
    failed = []
    nlp.set_error_handler(lambda name, proc, docs, e: failed.append((name, [d.text for d in docs])))
    finder = nlp.get_pipe("phoihop_agencies")
    call = type(finder).__call__

    def fail_on_x(self, doc):
        if doc.text == "x":
            raise ValueError("x")
        return call(self, doc)

    type(finder).__call__ = fail_on_x
    try:
        out = [d.text for d in nlp.pipe(["Công an tỉnh ký.", "x", "Sở Tư pháp dự."], batch_size=2)]
    finally:
        type(finder).__call__ = call
    assert out == ["Công an tỉnh ký.", "Sở Tư pháp dự."]
    assert failed == [("phoihop_agencies", ["x"])]


def test_leading_characters_are_read_from_the_pattern():
    """The characters a match may open with: look-arounds skipped, optional parts add theirs, and None where a match
    may be empty or a construct is not read (the scan then falls back to plain finditer)."""
    from phoihop.extract.scans import leading_characters

    assert leading_characters(re.compile(r"(?<![\w])(?:các|\d{1,2}|hai)\s+")) == {"c", r"\d", "h"}
    assert leading_characters(re.compile(r"(?:x\s+)?(?=[A-Z])[a-cđ]y|z")) == {"x", "a-c", "đ", "z"}
    assert leading_characters(re.compile(r"a?b*")) is None  # may match empty
    assert leading_characters(re.compile(r"(?i:a)b")) is None  # a case-blind letter: "A" too
    assert leading_characters(re.compile(r".x")) is None
    assert leading_characters(re.compile(r"[^a]x")) is None


LOWER_CASE_TEXTS = [
    *TEXTS,
    "Phối hợp với 3 đồn biên phòng Ia Nan, Ia Dom và Ia Lốp; phòng Tư pháp quận 3 và trường Quân sự tỉnh dự.",
    "5 hạt kiểm lâm khu vực A, B; công an các tỉnh: Gia Lai, Kon Tum. Các xã, phường; 12 huyện ủy.",
    "thường trực HĐND và UBND tỉnh, ban thường vụ Ủy ban MTTQ; 2 trạm, hai ban, mười hội, x3 đồn, 4 đồn Biên phòng.",
    "sở Tư pháp,cục Thuế tỉnh;viện KSND các khu vực, bệnh viện Đa khoa tỉnh và học viện Chính trị khu vực I.",
]


def test_lower_case_cues_are_what_each_scan_finds():
    """The three lower-case scans made in one pass (head_scan._lower_case_cues) give each pattern's finditer, on
    made-up sentences and on the shared real pages where present."""
    from pathlib import Path

    pages = sorted(Path(__file__).resolve().parents[2].glob("shared/corpus/real/articles/*.json"))[:20]
    texts = [normalize(t).text for t in LOWER_CASE_TEXTS] + [p.read_text(encoding="utf-8") for p in pages]
    patterns = (head_scan._LOWER_CASE_HEAD, head_scan._COUNT_THEN_HEAD, head_scan._LOWER_HEAD_CUE)
    assert head_scan._LOWER_CASE_CUE_SCAN.candidates is not None  # the one-pass scan, not the fallback
    for text in texts:
        expected = [[(m.span(), m.groups()) for m in rx.finditer(text)] for rx in patterns]
        got = [[(m.span(), m.groups()) for m in found] for found in head_scan._lower_case_cues(text)]
        assert got == expected


def test_word_start_scan_falls_back_where_the_first_characters_are_unknown():
    from phoihop.extract.scans import WordStartScan

    scan = WordStartScan(re.compile(r"(?<![\w]).b"), re.compile(r"(?<![\w])ab"))
    assert scan.candidates is None
    assert [[m.span() for m in found] for found in scan.finditer_each("ab cb xab")] == [[(0, 2), (3, 5)], [(0, 2)]]


CANONICAL_NAMES = [
    "Ban Giám đốc Công an tỉnh",
    "ban giám đốc Sở Y tế",
    "Đài PT- TH tỉnh",
    "Phòng Chính trị - Bộ CHQS tỉnh",
    "Phòng Hậu cần - Kỹ thuật - Bộ CHQS tỉnh",
    "Ban CH Quân sự huyện",
    "BCH Quân sự huyện A",
    "BCHQS tỉnh",
    "Huyện ủy các xã",
    "Ủy ban nhân dân các Huyện ủy",
    "Sở Nông nghiệp-PTNT",
    "Công an tỉnh",
    "UBND xã Tà Xùa",
]


def test_canonical_names_skip_only_the_substitutions_that_change_nothing(monkeypatch):
    """_canonical tries the synonyms only where one search finds one of them, and the dash and command rules only
    where their characters are: the names are those of every substitution made in turn."""
    fast = [canonical._canonical.__wrapped__(name, ()) for name in CANONICAL_NAMES]
    monkeypatch.setattr(canonical, "_ANY_SYNONYM", None)
    assert [canonical._canonical.__wrapped__(name, ()) for name in CANONICAL_NAMES] == fast
    for name in CANONICAL_NAMES:
        s = name
        for rx, repl in canonical._SYNONYMS:
            s = rx.sub(repl, s)
        if s != name:  # a name a substitution changes is one the search finds
            assert canonical._any_of(canonical._SYNONYMS).search(name)  # type: ignore[union-attr]


MERGE_KEY_NAMES = [
    *CANONICAL_NAMES,
    "Sở Nông nghiệp và PTNT tỉnh",
    "Sở Lao động, Thương binh và Xã hội",
    "Hội Nông dân & Hội Phụ nữ",
    "Đài Phát thanh – Truyền hình tỉnh",
    "Viện kiểm sát nhân dân thành phố",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai",
    "Bộ Chỉ huy Biên phòng tỉnh",
    "Trường Chính trị tỉnh",
    "Văn phòng UBND thành phố",
    "Đoàn Thanh niên xã Và",
]


def test_merge_keys_skip_only_the_substitutions_that_change_nothing():
    """merge_key tries three substitutions only where their characters are: where the test fails the substitution
    changes nothing, and the keys are those of the plain substitutions made in turn."""
    guarded = [
        (lambda key: key.endswith(canonical._KEY_LEVEL_ENDINGS), canonical._KEY_LEVEL_END, ""),
        (lambda key: "và" in key, canonical._KEY_AND, ""),
        (lambda key: any(c in key for c in canonical._KEY_PART_SEP_CHARACTERS), canonical._KEY_PART_SEP, " "),
    ]
    for name in MERGE_KEY_NAMES:
        key = " ".join(name.split()).casefold()
        for test, rx, repl in guarded:
            if not test(key):
                assert rx.sub(repl, key) == key
    assert agencies.merge_key.__wrapped__("Sở Nông nghiệp-PTNT và Công an tỉnh", None) == "sở nông nghiệp ptnt công an"


def test_counted_branch_words_are_searched_only_after_a_colon():
    """_name_counted_branches searches the 40 characters before a mention only where they end with a colon (and
    white space): elsewhere the search finds nothing."""
    text = "Có 3 chi đoàn:  Viện KSND, 2 chi bộ trực thuộc:\nSở Tư pháp; các đảng bộ cơ sở gồm Công an; 4 công đoàn: x"
    for pos in range(len(text) + 1):
        start = max(0, pos - 40)
        found = item_lists._COUNTED_BRANCHES.search(text, start, pos)
        assert not found or item_lists._colon_ends(text, start, pos)
    assert item_lists._colon_ends(text, 0, text.index("Viện")) and item_lists._colon_ends(text, 0, text.index("Sở"))


def test_title_parts_are_the_parts_between_delimiters():
    """persons._title_parts reads the parts after a name lazily: all of them are the parts between the delimiters."""
    from phoihop.extract import persons

    text = "Nguyễn Văn A, Phó Chủ tịch UBND tỉnh, kiêm Trưởng ban; Đại tá B - Chính ủy (đứng) Bộ CHQS tỉnh. "
    for pos, end in ((12, len(text)), (12, len(text) - 1), (40, 60), (0, 0)):
        bounds = [(d.start(), d.end(), d.group(0).strip()) for d in persons._DELIM.finditer(text, pos, end)]
        expected, start = [], pos
        for ds, de, sep in bounds:
            expected.append(((start, ds), sep))
            start = de
        if start < end:
            expected.append(((start, end), ""))
        assert list(persons._title_parts(text, pos, end)) == expected


def test_characters_never_taken_are_read_from_the_pattern():
    from phoihop.extract.scans import characters_never_taken

    assert characters_never_taken(re.compile(r"a[^.]b(?=;)"), ".;,") == "."
    assert characters_never_taken(re.compile(r"(?:x|y\S)+(?<!:)"), ".:") == ""  # \S takes both
    assert characters_never_taken(re.compile(r"(a)\1"), ".") == ""  # a back-reference is not read
    assert characters_never_taken(agencies.grammar()["listed"], ":.") == ":."
    assert characters_never_taken(re.compile(r"(?P<a>x)[]:](?P=a)"), ".:") == ""  # read by the parser: not known
    assert characters_never_taken(re.compile(r"(?i:a)\.b{2}\{|(?<!\()c{,2}"), "{.(,") == "(,"


def _never_taken_as_parsed(rx: re.Pattern, characters: str) -> str:
    """characters_never_taken read from the parsed pattern (the reading before the pattern's text was read)."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from phoihop.extract import scans

    try:
        atoms = set(scans._taken_atoms(sre_parse.parse(rx.pattern, rx.flags).data))
    except scans._Unknown:
        return ""
    return "".join(c for c in characters if not any(re.fullmatch(a, c, rx.flags & re.IGNORECASE) for a in atoms))


def test_characters_never_taken_read_off_the_text_as_parsed():
    """The characters a pattern never takes, read off its text, are those read from the parsed pattern, for every
    pattern of the grammar and of the extraction modules."""
    from phoihop.extract import dates, documents, furniture, normalize, persons, relations, scans

    patterns = [rx for rx in agencies.grammar().values() if isinstance(rx, re.Pattern)]
    packaged = [
        importlib.import_module(f"{package.__name__}.{m.name}")
        for package in (agencies, relations)
        for m in pkgutil.iter_modules(package.__path__)
    ]
    for module in (*packaged, dates, documents, furniture, normalize, persons, scans):
        patterns += [rx for rx in vars(module).values() if isinstance(rx, re.Pattern)]
    candidates = '.;:()"“”!?…[]{},-/\\|*+^$ aZ0\n'
    for rx in patterns:
        assert scans.characters_never_taken(rx, candidates) == _never_taken_as_parsed(rx, candidates), rx.pattern


LISTED_TEXTS = [
    *TEXTS,
    "Công an các phường: An Phú, Bình Minh và Ban Chỉ huy Quân sự 3 xã gồm: A Mú Sung, Y Tý. Đảng ủy các xã, "
    "Công an 2 huyện là Văn Yên, Lục Yên; Hội Nông dân tỉnh: Sở Tư pháp (Sở Y tế các tỉnh, thành: Hà Nội, Huế).",
]


@pytest.mark.parametrize("spans", ["agencies", "every other", "none", "all"])
def test_listed_heads_outside_spans_are_those_of_the_full_scan(spans):
    """_head_scan_outside tries the listed-head pattern inside a span only where its match could reach a head start
    outside the spans: the matches outside the spans are those of the scan of every head start."""
    rx, stops = agencies.grammar()["listed"], head_scan._listed_stops()
    assert stops is not None
    for raw in LISTED_TEXTS:
        text = normalize(raw).text
        found = [(a.start, a.end) for a in agencies.find_agencies(text)]
        taken = {
            "agencies": found,
            "every other": found[::2],
            "none": [],
            "all": [(0, len(text))],
        }[spans]
        expected = [m.span() for m in head_scan._head_scan(rx, text) if not any(s <= m.start() < e for s, e in taken)]
        assert [m.span() for m in head_scan._head_scan_outside(rx, text, taken, stops)] == expected


def test_province_level_keys_read_only_endings_a_province_key_can_be():
    """_with_province_level builds the key's endings only up to the longest province key's words: the same answer
    as every ending gives."""
    from phoihop.extract.assembly import agencies as assembly

    def every_ending(key, groups):
        words = key.split(" ")
        endings = {" ".join(words[-n:]) for n in range(1, len(words))}
        for province in assembly._province_keys():
            if province in endings and not agencies.has_level(key):
                head = key[: -len(province) - 1]
                for level in ("tỉnh ", "thành phố "):
                    if f"{head} {level}{province}" in groups:
                        return f"{head} {level}{province}"
        return None

    groups = {
        "bộ đội biên phòng tỉnh hà giang": [],
        "hội nông dân thành phố bà rịa vũng tàu": [],
        "ban dân vận tỉnh ủy tỉnh đắk lắk": [],
    }
    keys = [
        "bộ đội biên phòng hà giang",
        "hội nông dân bà rịa vũng tàu",
        "ban dân vận tỉnh ủy đắk lắk",
        "công an huyện a b c d e f g h",
        "sở y tế",
        "hà giang",
    ]
    for key in keys:
        assert assembly._with_province_level(key, groups) == every_ending(key, groups)
    assert assembly._with_province_level("hội nông dân bà rịa vũng tàu", groups) is not None


def test_article_abbreviations_are_spelled_out_longest_first_as_before():
    """expand_abbreviations keeps each table's longest-first order per table: the same text as sorting it each time."""
    from phoihop.extract import lexicon

    extra = {"BTV": "Ban Thường vụ", "BTVTU": "Ban Thường vụ Tỉnh ủy", "TU": "Tỉnh ủy", "ĐTN": "Đoàn Thanh niên"}
    text = "BTVTU và BTV ĐTN, TU"
    plain = text
    for short, long in sorted(extra.items(), key=lambda kv: -len(kv[0])):
        plain = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", long, plain)
    assert lexicon.expand_abbreviations(text, extra) == lexicon.expand_abbreviations(plain)
    assert lexicon.expand_abbreviations(text, extra) == lexicon.expand_abbreviations(text, dict(extra))


def test_next_item_start_reads_the_gap_as_its_slice():
    """_next_item_start searches the gap between two offsets instead of slicing it: the same places."""
    text = "Công an xã A, B và C; D (cũ)\nE cùng F; G - H"

    def sliced(end):
        note = place_items._ITEM_NOTE.match(text, end)
        end = note.end() if note else end
        sep = place_items._ITEM_SEP.match(text, end)
        gap = text[end : sep.end()] if sep else ""
        if not sep or sep.end() == end or "\n" in gap or not re.search(r"[,;]|và|cùng", gap):
            return None
        return sep.end()

    assert [place_items._next_item_start(text, i) for i in range(len(text))] == [sliced(i) for i in range(len(text))]


def test_bare_committee_words_are_searched_only_where_the_suffix_is():
    """_share_place_with_committees searches the 60 characters before a mention for bare committee words only where
    "ủy" stands in them: every match holds it."""
    assert committees._COMMITTEE_SUFFIX in committees._BARE_COMMITTEES.pattern
    text = "Huyện ủy, Đảng ủy và UBND huyện Đakrông; Thị ủy, Ủy ban xã A và Tỉnh ủy,   Công an tỉnh"
    for pos in range(len(text) + 1):
        window = max(0, pos - 60)
        if committees._BARE_COMMITTEES.search(text, window, pos):
            assert text.find(committees._COMMITTEE_SUFFIX, window, pos) >= 0
    found = agencies.find_agencies(text)
    assert any(a.canonical.startswith("Huyện ủy") for a in found)


def test_anniversary_clause_starts_after_the_last_break_found_from_the_end():
    """in_anniversary_clause finds the last clause break before a position with str.rfind: the same clause as the
    last match of a scan of the break characters, and parentheses are counted in place as in a slice."""
    from phoihop.extract import dates
    from phoihop.extract.relations import verbs

    text = "Kỷ niệm 94 năm Ngày thành lập Đoàn (26/3/1931), ngày 5/3 ký; thành lập: ngày 1/1\nkỷ niệm (a (b) c"
    # (and a long stretch with no cue at all: the window's search alone answers there)
    text += ", rồi hai bên ký kết chương trình phối hợp giai đoạn 2024 - 2026 tại hội trường UBND tỉnh ngày 3/4."
    breaks = re.compile(f"[{re.escape(dates._CLAUSE_BREAKS)}]")
    for pos in range(len(text) + 1):
        lead_from = max(0, pos - dates.ANNIVERSARY_WINDOW)
        found = list(breaks.finditer(text, lead_from, pos))
        clause_start = found[-1].end() if found else lead_from
        assert dates.in_anniversary_clause(text, pos) == bool(dates._ANNIVERSARY.search(text, clause_start, pos))
        for start in range(0, pos, 7):
            seg = text[start:pos]
            assert verbs._inside_parens(text, start, pos) == (seg.count("(") > seg.count(")"))


def test_fullness_reads_each_forms_words_once_as_before():
    """_best_form's fullness of a form from the forms' words split once: the count of the old per-pair splits."""
    from phoihop.extract.assembly import agencies as assembly

    forms = ["Tỉnh đoàn Hà Tĩnh", "Tỉnh đoàn", "Tỉnh Đoàn Hà Tĩnh Việt Nam", "Ban Dân vận Huyện ủy", "huyện ủy"]

    def per_pair(name):
        words = name.casefold().split()
        return sum(
            1
            for other in forms
            if other != name
            and len(other.casefold().split()) < len(words)
            and assembly._is_subsequence(other.casefold().split(), words)
        )

    form_words = {f: f.casefold().split() for f in forms}
    assert [assembly._fullness(f, form_words) for f in forms] == [per_pair(f) for f in forms]
    assert max(per_pair(f) for f in forms) > 0


def test_agency_matches_in_a_title_are_those_of_finditer():
    """The person finder's scans of a title for bodies try the agency pattern only at capitals that open a word:
    the matches of its own finditer, and the same answer to whether a body runs on past a part's end."""
    from phoihop.extract import persons

    view = agencies.grammar()["agency"]
    rx = re.compile(view.pattern, view.flags)  # the pattern the view stands for, compiled
    texts = [normalize(raw).text for raw in TEXTS] + [
        normalize(
            "Ông Lê Văn A, Phó Chỉ huy trưởng BCH BĐBP tỉnh - PTKV 1 - Hải Hà, Trưởng ban Tuyên giáo Tỉnh ủy."
        ).text
    ]
    for text in texts:
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1, 11):
                expected = [m.span() for m in rx.finditer(text, start, end)]
                assert [m.span() for m in persons._agency_finditer(text, start, end)] == expected
                for b in range(start, end + 1, 5):
                    assert persons._agency_spans_boundary(text, start, b, end) == _spans_boundary_slowly(
                        rx, text, start, b, end
                    )


def _spans_boundary_slowly(rx, text, a, b, end):
    """_agency_spans_boundary as it was: the pattern's own finditer up to the first match that starts at b or after."""
    for m in rx.finditer(text, a, end):
        if m.start() >= b:
            return False
        if m.end() > b:
            return True
    return False


@pytest.mark.parametrize("name", ["agency", "listed"])
def test_patterns_at_capitals_match_as_compiled_with_the_look_ahead(name):
    """grammar()["agency"] and ["listed"] (the patterns read at lower-case heads, taken only at capitals: compiled
    once) match, search and find what the pattern with the capital look-ahead, compiled, finds; the pattern they
    take never matches empty."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    view = agencies.grammar()[name]
    rx = re.compile(view.pattern, view.flags)
    assert (
        view.pattern == f"(?=(?-i:{name_grammar.lexicon.UPPER_CLASS}))" + agencies.grammar()[f"{name}_any_case"].pattern
    )
    assert sre_parse.parse(view.rx.pattern, view.rx.flags).getwidth()[0] > 0
    texts = [normalize(raw).text for raw in TEXTS] + LISTED_TEXTS + ["Sở", "", "phòng Tư pháp huyện A, Công an xã B"]
    for text in texts:
        for pos in [-1, *range(0, len(text) + 2, 2)]:
            for endpos in (len(text), pos + 40, pos):
                assert _spans(view.match(text, pos, endpos)) == _spans(rx.match(text, pos, endpos))
            assert _spans(view.search(text, pos)) == _spans(rx.search(text, pos))
        for pos, endpos in ((0, len(text)), (5, len(text) - 7), (3, 60)):
            assert [_spans(m) for m in view.finditer(text, pos, endpos)] == [
                _spans(m) for m in rx.finditer(text, pos, endpos)
            ]


def _spans(m: re.Match | None):
    return m and (m.span(), m.groupdict(), m.endpos)  # (m.pos: the place tried, see scans.OpeningWith)


def test_extension_values_written_as_spacy_keys_them(monkeypatch):
    """The components read and write the extensions' values in doc.user_data under spaCy's own keys: the spans and
    the facts are those written through ``doc._`` and ``span._``, and ``span._`` reads back what was written."""
    from phoihop.extract import factories
    from phoihop.extract.article import Article
    from phoihop.extract.pipeline import extract_articles, load_pipeline

    nlp = load_pipeline()
    text = " ".join(TEXTS[:6]) + " Quyết định số 12/QĐ-UBND ngày 3/4/2024 của UBND tỉnh Quảng Ninh."
    names = ("phoihop_canonical", "phoihop_sector", "phoihop_symbol", "phoihop_kind", "phoihop_positions",
             "phoihop_date_value", "phoihop_period")  # fmt: skip

    def values(span):
        return [getattr(span._, n) for n in names]

    def read(doc):
        spans = {key: [(s.start, s.end, s.label_, values(s)) for s in group] for key, group in doc.spans.items()}
        return spans, [(e.start, e.end, e.label_) for e in doc.ents], repr(doc._.phoihop_facts)

    article = Article("a1", text, title="Tin", published="2024-04-05", province="Quảng Ninh")
    fast, fast_facts = nlp(text), list(extract_articles([article], nlp))
    assert factories.mentions_of(fast) is fast._.phoihop_mentions
    monkeypatch.setattr(factories, "_PLAIN_DOC_EXTENSIONS", False)
    monkeypatch.setattr(factories, "_PLAIN_SPAN_EXTENSIONS", False)
    slow, slow_facts = nlp(text), list(extract_articles([article], nlp))
    assert read(fast) == read(slow)
    assert repr(fast_facts) == repr(slow_facts) and fast_facts[0].id == "a1" and fast_facts[0].title == "Tin"
    assert sum(v is not None for g in read(fast)[0].values() for *_, written in g for v in written) > 10


def test_short_lines_are_those_counted_in_full():
    """_is_short reads a line's words only when the line is short enough: the answer of counting them first."""
    from phoihop.extract.assembly import signings
    from phoihop.extract.sentences import split_sentences

    texts = [normalize(raw).text for raw in TEXTS] + ["Ảnh: TTXVN", "Hà Nội, ngày 5/4/2024", "a " * 50, "x" * 90]
    for text in texts:
        for s, e in [*split_sentences(text), (0, len(text)), (3, 2)]:
            line = text[s:e]
            counted = len(signings._WORD.findall(line)) <= signings.STUB_MAX_WORDS
            assert signings._is_short(line) == (counted and len(line) <= signings.STUB_MAX_CHARS)


def test_letter_classes_written_with_ranges_compile_as_the_listed_letters():
    """UPPER_CLASS and LOWER_CLASS write runs of code points as ranges: the same letters, the same compiled code."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    from phoihop.extract import lexicon

    for written, letters in (
        (lexicon.UPPER_CLASS, {c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper()}),
        (lexicon.LOWER_CLASS, {c for c in map(chr, range(0x61, 0x1EFA)) if c.isalpha() and c.islower()}),
    ):
        listed = "[" + "".join(sorted(letters)) + "]"
        assert len(written) < len(listed)
        assert {c for c in map(chr, range(0x2000)) if re.fullmatch(written, c)} == letters
        for flags in (0, re.IGNORECASE):
            code = _compiler._code(_parser.parse(written, flags), flags)
            assert code == _compiler._code(_parser.parse(listed, flags), flags)


def test_collector_paused_restores_the_collector():
    """The pipeline is loaded and the agency grammar compiled with the cyclic collector paused; it runs again after,
    and stays off if it was off."""
    import gc

    from phoihop.extract.scans import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()
    from phoihop.extract.pipeline import load_pipeline

    load_pipeline.cache_clear()
    try:
        assert load_pipeline() is not None and gc.isenabled()  # (loaded with the collector paused)
    finally:
        load_pipeline.cache_clear()


def test_short_period_opening_with_its_first_letter_finds_what_the_look_behind_found():
    """dates._SHORT_PERIOD consumes the term word's first letter before its look-behind: the same matches."""
    from phoihop.extract import dates

    old = re.compile(
        r"(?<![\w])(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+((?:19|20)\d\d)\s*[-–]\s*(?:(?!19|20)\d\d)?(\d\d)(?![\d/\-.,]\d|[\d/\-])",
        re.IGNORECASE,
    )
    texts = [normalize(raw).text for raw in TEXTS] + [
        "Giai đoạn 2021-25, nhiệm kỳ 2020 – 25 và THỜI KỲ 2016-20; agiai đoạn 2021-25, 5giai đoạn 2021-25.",
        "giai đoạn 2021-25giai đoạn 2021-25 nhiệm kỳ 2020-251, thời  kỳ\n2021 -25, (nhiệm kỳ 2015-20)",
        "niai đoạn 2021-25, tiai đoạn 2021-25, ghiệm kỳ 2020-25, Ngiai đoạn 2021-25, hiệm kỳ 2020-25",
        "Nhiệm Kỳ 1999-04, THỜi kỳ 2000-2005, giai đoạn 2021-25.5, giai đoạn 2021-25/3",
    ]
    for text in texts:
        for variant in (text, text.upper(), text.lower(), " " + text):
            expected = [(m.span(), m.groups()) for m in old.finditer(variant)]
            assert [(m.span(), m.groups()) for m in dates._SHORT_PERIOD.finditer(variant)] == expected
    assert sum(1 for _ in dates._SHORT_PERIOD.finditer(texts[-4])) == 3


def test_levelled_group_opening_with_the_count_finds_what_the_look_behind_found():
    """shared_levels._LEVELLED_GROUP consumes the count's first character before its look-behinds: the same matches
    (a count glued to a word, a number of three digits, a count in capitals or with the long s, U+017F, as the pattern
    with the look-behind first reads them), and its class holds every character a count can open with."""
    from phoihop.extract import lexicon
    from phoihop.extract.agencies import shared_levels
    from phoihop.extract.agencies.name_grammar import LEVEL_WORDS
    from phoihop.extract.agencies.patterns import GROUP_COUNT_FIRST_CHARACTERS, GROUP_OF_KIND

    old = re.compile(
        rf"(?<![\w]){GROUP_OF_KIND}\s+"
        rf"(?P<level>(?:{LEVEL_WORDS})(?:\s+(?-i:{lexicon.UPPER_CLASS})[\w']*(?:\s+(?-i:{lexicon.UPPER_CLASS})[\w']*){{0,2}})?)"
        rf"\s*(?:\(|(?:bao\s+)?gồm\s*:?|là\s*:?|:)",
        re.IGNORECASE,
    )
    texts = [normalize(raw).text for raw in TEXTS] + [
        "Bộ CHQS tỉnh và 4 tổ chức chính trị - xã hội tỉnh (Hội Nông dân, Hội CCB), các đoàn thể huyện gồm: A, B.",
        "CÁC tổ chức tỉnh Lai Châu: A; 12 đơn vị xã Tân An (B); 123 đơn vị xã (C); x3 tổ chức tỉnh (D); "
        "\u017fáu hội xã (E)",
        "Ba tổ chức, đoàn thể tỉnh là: A; năm cơ quan huyện gồm B; mười ban ngành thị xã Sơn Tây: C; hai\nhội xã (D)",
        "bốn hội huyện bao gồm: A, Bảy tổ chức xã là B, tám đơn vị phường: C, chín cơ quan tỉnh (D), "
        "sáu đoàn thể xã: E",
    ]
    for text in texts:
        for variant in (text, text.upper(), text.lower(), " " + text):
            expected = [(m.span(), m.groupdict()) for m in old.finditer(variant)]
            assert [(m.span(), m.groupdict()) for m in shared_levels._LEVELLED_GROUP.finditer(variant)] == expected
    assert sum(1 for _ in shared_levels._LEVELLED_GROUP.finditer(texts[-1])) == 5
    firsts = {w[0] for w in (*lexicon.COUNT_WORD_VALUES, "các")}
    first_letter = re.compile("[" + "".join(sorted(firsts)) + "]", re.IGNORECASE)
    opening = re.compile(GROUP_COUNT_FIRST_CHARACTERS)
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if first_letter.fullmatch(c) or c.isdecimal():
            assert opening.fullmatch(c), c


def test_signing_verbs_are_read_only_in_sentences_holding_their_cues():
    """relations.verbs reads _SIGN only in a sentence whose lower-cased text holds one of the cues every match spells:
    the verbs found are those of the full scan, in any case."""
    from phoihop.extract.relations import verbs

    texts = [
        "Sáng 12/4, Công an tỉnh và Hội Nông dân tỉnh KÝ KẾT chương trình phối hợp.",
        "Hai bên đã kí kết quy chế; Đồn Biên phòng X đặt bút ký giao ước thi đua.",
        "Đồn Biên phòng A và xã B đã kết nghĩa; Lễ KẾT NGHĨA giữa Đồn C với xã D.",
        "Công an tỉnh và Sở Tư pháp vừa ban hành Quy chế phối hợp; hai bên thống nhất ban hành kế hoạch.",
        "Văn phòng Đăng ký đất đai tiến hành kiểm tra; thư ký tòa soạn dự.",
    ]
    for raw in texts:
        text = normalize(raw).text
        for variant in (text, text.upper(), text.lower()):
            expected = [m.span() for m in verbs._SIGN.finditer(variant)]
            found = [m.span() for m in verbs._sentence_signing_verbs(variant, 0, len(variant))]
            assert found == expected
            if expected:
                assert verbs._may_hold_a_signing_verb(variant.lower())
    assert not verbs._may_hold_a_signing_verb("công an tỉnh tiến hành kiểm tra")


def test_departments_lead_opening_with_its_first_character_finds_what_the_look_behind_found():
    """item_lists._DEPARTMENTS_LEAD consumes the first character of the count or of "Sở" before its look-behinds: the
    same leads as the pattern with the look-behind first, in every case."""
    from phoihop.extract import lexicon
    from phoihop.extract.agencies import item_lists

    old = re.compile(
        rf"(?<![\w])(?:(?:các|{lexicon.COUNT_RX})\s+(?-i:[Ss])ở(?:\s*,\s*ngành)?|(?-i:[Ss])ở\s*,\s*ngành)"
        r"(?:(?:[\s,]+[^\W\d_]+){0,8}?[\s,]*(?:bao\s+)?gồm\s*:?|\s*:|\s+(?=(?-i:[A-ZĐ])))\s*",
        re.IGNORECASE,
    )
    texts = [normalize(raw).text for raw in TEXTS] + [
        "09 Sở, ngành thuộc Khối thi đua, gồm: Y tế; lãnh đạo các Sở, ngành: Tư pháp; với các sở Tư pháp, Nội vụ.",
        "sáu sở: Y tế; xsở, ngành Nội vụ; Sở, ngành: Tư pháp; 123 sở: Y tế; \u017fáu sở: Nội vụ; cơ sở, ngành Y tế",
        "ba sở gồm: Y tế, Tư pháp; mười\nsở bao gồm Nội vụ; 7 sở, ngành của tỉnh gồm: Tài chính",
    ]
    for text in texts:
        for variant in (text, text.upper(), text.lower(), " " + text):
            expected = [m.span() for m in old.finditer(variant)]
            assert [m.span() for m in item_lists._DEPARTMENTS_LEAD.finditer(variant)] == expected
    assert sum(1 for _ in item_lists._DEPARTMENTS_LEAD.finditer(texts[-3])) == 3
