"""Reading articles for ``extract``: every input kind, and every kind of broken input."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from phoihop.batch.pages import fragment_text, looks_like_html, read_page
from phoihop.batch.readers import (
    InputProblem,
    SourcedArticle,
    decode_text,
    find_input_files,
    iso_date,
    read_file,
    read_inputs,
    safe_id,
)
from phoihop.batch.runner import settle_duplicates
from phoihop.extract.article import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract_inputs"
GOOD, BAD = FIXTURES / "good", FIXTURES / "bad"
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"


def read(path: Path) -> tuple[list[SourcedArticle], list[InputProblem]]:
    items = list(read_file(path))
    return ([i for i in items if isinstance(i, SourcedArticle)], [i for i in items if isinstance(i, InputProblem)])


# --- .txt ---------------------------------------------------------------------


def test_txt_article_takes_its_id_from_the_file_name_and_its_title_from_the_first_line():
    (item,), problems = read(GOOD / "tin-ky-ket.txt")
    assert problems == []
    assert item.article.id == "tin-ky-ket"
    assert item.article.title == "Huyện Kim Bảng ký kết chương trình phối hợp về công tác dân vận"
    # The text is the file as written, title included, so evidence offsets point into the file.
    assert item.article.text == (GOOD / "tin-ky-ket.txt").read_text(encoding="utf-8")
    assert item.location == str(GOOD / "tin-ky-ket.txt")


def test_txt_single_sentence_has_no_title():
    (item,), _ = read(GOOD / "mot-doan.txt")
    assert item.article.title is None
    assert item.article.text.startswith("Ban Thường vụ Tỉnh Đoàn")


def test_windows_1258_file_is_decoded_with_a_warning_not_skipped():
    (item,), (warning,) = read(GOOD / "windows-1258.txt")
    assert not warning.skipped and "Windows-1258" in warning.message
    text = item.article.text
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ký kết quy chế phối hợp" in text
    assert unicodedata.is_normalized("NFC", text)
    assert item.article.title == "Tin cũ mã hóa Windows-1258"


@pytest.mark.parametrize(
    "name, reason", [("empty.txt", "empty file"), ("blank.json", "empty file"), ("binary.txt", "binary")]
)
def test_empty_and_binary_files_are_problems_naming_the_file(name, reason):
    articles, (problem,) = read(BAD / name)
    assert articles == []
    assert problem.skipped and reason in problem.message
    assert str(problem).startswith(str(BAD / name) + ": ")


def test_decode_text_handles_byte_order_marks_and_refuses_undecodable_bytes():
    assert decode_text("\ufeffTỉnh ủy".encode("utf-8")) == ("Tỉnh ủy", "utf-8-sig")
    assert decode_text("Tỉnh ủy".encode("utf-16")) == ("Tỉnh ủy", "utf-16")
    # 0x81 is undefined in Windows-1258 and not UTF-8 either.
    with pytest.raises(ValueError, match="neither UTF-8 nor Windows-1258"):
        decode_text(b"abc \x81\x8d def")
    with pytest.raises(ValueError, match="control characters"):
        decode_text(bytes(range(1, 32)) * 20)


# --- .json / .jsonl -------------------------------------------------------------


def test_json_object_without_id_is_named_after_its_file_and_source_url_becomes_url():
    (item,), problems = read(GOOD / "nested" / "mot-bai.json")
    assert problems == []
    a = item.article
    assert (a.id, a.province, a.published) == ("mot-bai", "Hà Nam", "2024-03-12")  # DD/MM/YYYY made ISO
    assert a.url == "https://example.org/bai/cong-an-ccb"
    assert a.title.startswith("Công an tỉnh và Hội Cựu chiến binh tỉnh")


def test_json_list_gives_one_article_per_item_with_item_locations():
    items, problems = read(GOOD / "hai-bai.json")
    assert problems == []
    assert [i.article.id for i in items] == ["bai-mot", "bai-hai"]
    assert [i.location for i in items] == [f"{GOOD / 'hai-bai.json'} (item {n})" for n in (1, 2)]
    assert items[1].article.published == "2023-05-02"  # timestamp cut to its date


def test_json_source_that_is_not_an_address_is_not_a_url(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps({"id": "a", "text": "Công an tỉnh.", "source": "seed document 000.txt"}), encoding="utf-8"
    )
    (item,), _ = read(path)
    assert item.article.url is None


def test_broken_json_file_names_the_line():
    articles, (problem,) = read(BAD / "broken.json")
    assert articles == []
    assert problem.line == 3 and "not valid JSON" in problem.message
    assert str(problem).startswith(f"{BAD / 'broken.json'}:3: ")


def test_json_article_with_blank_text_is_skipped_with_its_id_named():
    articles, (problem,) = read(BAD / "no-text.json")
    assert articles == []
    assert "'khong-noi-dung' has no 'text'" in problem.message


def test_jsonl_reads_good_lines_and_names_each_bad_line():
    items, problems = read(BAD / "lines.jsonl")
    assert [(i.article.id, i.line) for i in items] == [("dong-mot", 1), ("etc_Bài_viết_số_7", 7)]
    assert items[0].article == Article(
        id="dong-mot",
        text="Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Công an tỉnh.",
        province="Gia Lai",
        published="2023-08-10",
    )
    by_line = {p.line: p for p in problems}
    assert sorted(by_line) == [2, 3, 5, 6, 7]
    assert "not valid JSON" in by_line[2].message
    assert "'dong-ba' has no 'text'" in by_line[3].message
    assert "no 'id'" in by_line[5].message
    assert "got a JSON list" in by_line[6].message
    # A bad date is only a warning: the article is still read, without the date.
    assert not by_line[7].skipped and "not a date" in by_line[7].message
    assert items[1].article.published is None
    assert all(p.skipped for line, p in by_line.items() if line != 7)


# --- .html ------------------------------------------------------------------------


def test_html_page_keeps_the_article_and_drops_the_boilerplate():
    (item,), problems = read(GOOD / "trang-tin.html")
    assert problems == []
    a = item.article
    assert a.id == "trang-tin"
    assert a.title == "Ký kết quy chế phối hợp giữa HĐND tỉnh và Ủy ban MTTQ tỉnh"  # the <h1>, not og/<title>
    assert a.published == "2021-06-30"
    assert a.url == "https://example.org/tin/quy-che-hdnd-mttq"  # canonical before og:url
    paragraphs = a.text.split("\n\n")
    assert paragraphs[0] == a.title
    assert paragraphs[1].startswith("Chiều 30/6, Thường trực HĐND tỉnh") and paragraphs[1].endswith("2021 - 2026.")
    assert "Quy chế phối hợp số 03/QCPH-HĐND-UBMTTQ nhiệm kỳ" in paragraphs[1]  # inline <b> kept in line
    assert paragraphs[2:] == [
        "Quy chế gồm 4 chương, 15 điều.",
        "Hai bên phối hợp tổ chức tiếp xúc cử tri và giám sát.",
        "Dự lễ ký có đồng chí Trần Văn Mẫu, Phó Bí thư Thường trực Tỉnh ủy.",
    ]
    for boilerplate in (
        "script",
        "99-CTr/GIA",
        "Trang chủ",
        "Chia sẻ",
        "Chính trị",
        "Nội dung ẩn",
        "bình luận",
        "Tin liên quan",
        "77/KHLT-XYZ",
        "Bản quyền",
        "font-weight",
        "Báo Mẫu",
    ):
        assert boilerplate not in a.text


def test_html_lead_set_apart_from_the_body_block_is_kept():
    # The sample's "sapo" (who signed what) stands outside <div class="article-body">, the block trafilatura takes.
    (item,), problems = read(SAMPLES / "kiengiang-2022-11-24-ubnd-mttq-quy-che-phoi-hop.html")
    assert problems == []
    paragraphs = item.article.text.split("\n\n")
    assert paragraphs[0] == item.article.title
    assert paragraphs[1].startswith("Chiều 24/11, UBND tỉnh Kiên Giang và Ban Thường trực Ủy ban MTTQ")
    assert paragraphs[2].startswith("Dự hội nghị có đồng chí Lâm Thị Ngọc Diệp")
    assert item.article.text.count("Chiều 24/11") == 1
    for furniture in ("Thời sự", "Trang chủ", "Chia sẻ", "Tin mới", "Tin liên quan", "Hội Nông dân", "Giấy phép"):
        assert furniture not in item.article.text, furniture


def test_html_page_without_article_text_is_a_problem():
    articles, (problem,) = read(BAD / "empty-page.html")
    assert articles == [] and "no article text" in problem.message


def test_html_without_article_markup_gives_the_content_cell_and_its_time_element():
    page = read_page("""<html><head><title>Tin mẫu - Cổng thông tin điện tử tỉnh</title></head><body>
        <div class="menu"><a href="/">Trang chủ</a><a href="/lh">Liên hệ</a></div>
        <table><tr><td><div class="box-left">Liên kết website</div></td><td>
        <div class="date"><time datetime="2019-03-14T08:55:00+07:00">14/03/2019</time></div>
        <div class="content"><p>Đoạn một của bài viết về ký kết chương trình phối hợp.</p>
        <p>Đoạn hai của bài viết, dài hơn để khối này nhiều chữ nhất trang.</p></div>
        </td></tr></table><div class="footer">Địa chỉ cơ quan</div></body></html>""")
    assert page.title == "Tin mẫu"  # the site's name cut off the <title>
    assert page.published == "2019-03-14"  # read_page gives ISO dates (html_text gave the attribute as written)
    assert page.text == (
        "Tin mẫu\n\nĐoạn một của bài viết về ký kết chương trình phối hợp.\n\n"
        "Đoạn hai của bài viết, dài hơn để khối này nhiều chữ nhất trang."
    )


def test_html_class_hints_do_not_remove_the_article_itself():
    body = "".join(f"<p>Đoạn {n} của bài viết về quy chế phối hợp giữa các cơ quan.</p>" for n in range(5))
    page = read_page(
        f"<html><body><main><div class='col-main has-sidebar'>{body}</div>"
        f"<div class='sidebar'><p>Tin khác</p></div></main></body></html>"
    )
    assert "Đoạn 4 của bài viết" in page.text and "Tin khác" not in page.text


def test_html_teaser_articles_do_not_hide_the_story_in_a_plain_div():
    story = "".join(
        f"<p>Đoạn {n}: Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp.</p>" for n in range(6)
    )
    page = read_page(
        "<html><body><div class='news-detail'>" + story + "</div><div class='box-other'>"
        "<article><p>Tin khác: Hội Nông dân tỉnh sơ kết quy chế phối hợp với Bộ Chỉ huy Quân sự "
        "tỉnh trong sáu tháng đầu năm.</p></article></div></body></html>"
    )
    assert page.text.startswith("Đoạn 0:") and "Đoạn 5:" in page.text and "Tin khác" not in page.text


@pytest.mark.parametrize(
    "head_title, title",
    [
        ("Ký kết quy chế phối hợp | Báo Mẫu", "Ký kết quy chế phối hợp"),
        ("Tổng kết giai đoạn 2016 - 2020 - Cổng TTĐT tỉnh", "Tổng kết giai đoạn 2016 - 2020"),
        ("Tổng kết giai đoạn 2016 - 2020", "Tổng kết giai đoạn 2016 - 2020"),
    ],
)
def test_html_title_element_loses_the_site_name_only(head_title, title):
    page = read_page(
        f"<html><head><title>{head_title}</title></head><body><div>"
        + "<p>Nội dung bài viết về chương trình phối hợp.</p>" * 3
        + "</div></body></html>"
    )
    assert page.title == title


def test_html_og_title_is_used_when_the_article_has_no_h1():
    page = read_page(
        '<html><head><meta property="og:title" content="Tiêu đề og">'
        '<meta property="og:url" content="https://example.org/og"></head>'
        "<body><article><p>" + "Nội dung bài viết. " * 10 + "</p></article></body></html>"
    )
    assert (page.title, page.canonical) == ("Tiêu đề og", "https://example.org/og")
    assert page.text.startswith("Tiêu đề og\n\nNội dung bài viết.")


def test_html_charset_declared_in_the_page_is_honoured(tmp_path):
    html = (
        '<html><head><meta charset="windows-1258"><title>Tiêu đề</title></head><body><article><p>'
        + "Ủy ban nhân dân tỉnh ký kết quy chế phối hợp. " * 3
        + "</p></article></body></html>"
    )
    path = tmp_path / "cp.html"
    path.write_bytes(_cp1258(html))
    (item,), problems = read(path)
    assert problems == []  # declared, so not a fallback worth a warning
    assert "Ủy ban nhân dân tỉnh ký kết quy chế phối hợp." in item.article.text


@pytest.mark.parametrize(
    "text, markup",
    [
        ("<p>Đoạn một.</p>", True),
        ("Dòng một<br/>Dòng hai", True),
        ("Chữ <b>đậm</b>", True),
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("Tỷ lệ <5% và >3%", False),
        ("a <b c", False),
        ("Ban Dân vận Tỉnh ủy ký kết.", False),
    ],
)
def test_looks_like_html(text, markup):
    assert looks_like_html(text) is markup


def test_fragment_text_keeps_every_paragraph_decodes_entities_and_drops_scripts():
    text, title = fragment_text(
        "<h1>Ký kết</h1><p>Ban D&acirc;n v&#7853;n <b>T&#7881;nh &#7911;y</b>&nbsp;ký kết."
        "</p><script>x()</script>Dòng một<br>Dòng\nhai"
    )
    assert title == "Ký kết"
    assert text == "Ký kết\n\nBan Dân vận Tỉnh ủy ký kết.\n\nDòng một\n\nDòng hai"


def test_a_short_fragment_trafilatura_would_drop_is_read_without_a_date():
    page = read_page("<p>Ngày 12/9/2023, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp.</p>")
    assert page.text == "Ngày 12/9/2023, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp."
    assert page.published is None  # a fragment has no metadata; the record's own field says


def test_a_bare_year_is_not_a_publication_date():
    body = "<p>Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp giai đoạn 2023 - 2026.</p>" * 5
    page = read_page(f"<html><body><article>{body}</article></body></html>")
    assert "giai đoạn 2023 - 2026" in page.text and page.published is None  # htmldate says 2023-01-01


def test_jsonl_record_with_html_text_is_read_and_its_own_fields_win(tmp_path):
    path = tmp_path / "r.jsonl"
    page = (
        '<html><head><meta property="article:published_time" content="2021-06-30T08:00:00+07:00"></head>'
        "<body><nav>Trang chủ</nav><article><h1>Tiêu đề trang</h1>"
        + "<p>Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp.</p>" * 3
        + "</article></body></html>"
    )
    lines = [
        {"id": "a", "text": page},
        {"id": "b", "text": page, "title": "Tiêu đề bản ghi", "published": "2022-01-02"},
        {"id": "c", "text": "<html><body><nav>Trang chủ</nav></body></html>"},
    ]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    items, (problem,) = read(path)
    a, b = (i.article for i in items)
    assert (a.title, a.published) == ("Tiêu đề trang", "2021-06-30")
    assert (b.title, b.published) == ("Tiêu đề bản ghi", "2022-01-02")
    assert a.text.startswith("Tiêu đề trang\n\nBan Dân vận") and "Trang chủ" not in a.text and "<" not in a.text
    assert problem.line == 3 and "no text found in its HTML" in problem.message


def _cp1258(text: str) -> bytes:
    """Encode Vietnamese as Windows-1258 writes it: base letters with their tone as a combining mark."""
    out = bytearray()
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        for i in range(len(marks) + 1):
            head = base if i == len(marks) else unicodedata.normalize("NFC", base + marks[i])
            rest = marks if i == len(marks) else marks[:i] + marks[i + 1 :]
            try:
                out += head.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise ValueError(ch)
    return bytes(out)


# --- finding inputs, ids, dates, duplicates ------------------------------------------


def test_folders_are_searched_recursively_skipping_hidden_and_foreign_files(tmp_path):
    files, problems = find_input_files([GOOD, tmp_path / "missing", GOOD / "ghi-chu.md"])
    names = [p.relative_to(GOOD).as_posix() for p in files]
    assert names == [
        "hai-bai.json",
        "khong-dia-danh.txt",
        "mot-doan.txt",
        "nested/mot-bai.json",
        "tin-ky-ket.txt",
        "trang-tin.html",
        "windows-1258.txt",
    ]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'missing'}: no such file or folder",
        f"{GOOD / 'ghi-chu.md'}: unsupported file type '.md'; expected one of .txt, .html, .htm, .json, .jsonl",
    ]


def test_a_file_named_twice_is_read_once():
    files, problems = find_input_files([GOOD / "mot-doan.txt", GOOD, FIXTURES / "good" / "." / "mot-doan.txt"])
    assert problems == [] and files[0] == GOOD / "mot-doan.txt"
    assert [p.name for p in files].count("mot-doan.txt") == 1 and len(files) == 7


def test_read_inputs_yields_articles_and_problems_in_input_order():
    items = list(read_inputs([BAD / "empty.txt", GOOD / "mot-doan.txt"]))
    assert isinstance(items[0], InputProblem) and items[1].article.id == "mot-doan"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("bentre-2021-10-29-dan-van", "bentre-2021-10-29-dan-van"),
        ("../../etc/passwd", "etc_passwd"),
        ("Bài viết: số 7/2023?", "Bài_viết_số_7_2023"),
        (".hidden", "hidden"),
        (42, "42"),
        ("///", ""),
        ("Ủy ban" * 100, None),
    ],
)
def test_safe_id_makes_ids_safe_file_names(raw, expected):
    result = safe_id(raw)
    if expected is not None:
        assert result == expected
    else:
        assert len(result.encode("utf-8")) <= 200 and result.startswith("Ủy_ban")
    assert "/" not in result and not result.startswith(".")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2021-10-29", "2021-10-29"),
        ("2021-10-29T14:57:00+07:00", "2021-10-29"),
        ("29/10/2021", "2021-10-29"),
        ("3-4-2018", "2018-04-03"),
        ("29.10.2021 14:57", "2021-10-29"),
        ("2021-02-30", None),
        ("không rõ", None),
        ("", None),
        (None, None),
        ("20211029", None),
        # the date fields of crawled pages: a weekday and a time around the date, a two-digit year after slashes, the
        # month in words; a month and year alone, a day and month alone or a long text are no date
        ("Thứ năm, 30/5/2013 18:15 (GMT+7)", "2013-05-30"),
        ("Cập nhật lúc 08:30 ngày 12/3/2023", "2023-03-12"),
        ("30/05/13 18:15 GMT+7", "2013-05-30"),
        ("16 Tháng 6, 2026", "2026-06-16"),
        ("ngày 16 tháng 6 năm 2026", "2026-06-16"),
        ("01/2021", None),
        ("12/3", None),
        ("31/02/13 08:00", None),
        ("Ngày 12/3/2023, tại hội trường UBND tỉnh, Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình", None),
    ],
)
def test_iso_date(raw, expected):
    assert iso_date(raw) == expected


def test_duplicate_ids_keep_the_later_article_and_report_the_earlier(tmp_path):
    path = tmp_path / "dup.jsonl"
    lines = [
        {"id": "x", "text": "cũ"},
        {"id": "x", "text": "khác"},
        {"id": "x", "text": "mới"},
        {"id": "y", "text": "y"},
    ]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    articles, problems = settle_duplicates(read_file(path))
    assert [(a.article.id, a.article.text, a.line) for a in articles] == [("x", "mới", 3), ("y", "y", 4)]
    assert [(p.line, p.skipped) for p in problems] == [(1, True), (2, True)]
    assert f"skipped in favour of the later one at {path}:2" in problems[0].message


def test_bundled_samples_read_cleanly():
    items = list(read_inputs([SAMPLES]))
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert problems == []
    suffixes = {Path(i.path).suffix for i in items}
    assert suffixes == {".json", ".jsonl", ".txt", ".html"}
    assert 6 <= len(items) <= 10
    assert len({i.article.id for i in items}) == len(items)
    assert all(i.article.id == Path(i.path).stem for i in items if not i.path.endswith(".jsonl"))
