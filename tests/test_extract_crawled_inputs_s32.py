"""Inputs as round s32's helper saved them (made-up pages): crawl records keeping the body under a hand-written
crawler's name ("content", "html", "body"), feed dates in English ("Tue, 30 Mar 2021 08:20:00 +0700"), saved texts
opening with a "Field: value" block or a Markdown heading, Markdown emphasis around names, and a page's date below a
long one-item-a-line menu or under its related links at the foot."""

from __future__ import annotations

import json

import pytest
from _signing_helpers import facts_of_folder

from phoihop.batch.readers import InputProblem, iso_date, read_file

SIGNING = "Sáng 29/3, Tỉnh đoàn và Bộ CHQS tỉnh Bắc Kạn ký kết chương trình phối hợp."


def _extract(folder, tmp_path) -> dict[str, dict]:
    return facts_of_folder(folder, tmp_path / "facts")


def _parties(facts: dict) -> list[list[str]]:
    """The signings' parties, the province named after them left out (it is shared or not as the record says it)."""
    return [sorted(p.removesuffix(" Bắc Kạn") for p in s["parties"]) for s in facts["signings"]]


@pytest.mark.parametrize(
    "record",
    [
        {"url": "https://x.vn/a", "title": "Ký kết", "date": "30/03/2021 08:15", "content": SIGNING},
        {"url": "https://x.vn/a", "published_at": "2021-03-30T08:15:00+07:00", "html": f"<p>{SIGNING}</p>"},
        {"url": "https://x.vn/a", "pubDate": "Tue, 30 Mar 2021 08:20:00 +0700", "body": SIGNING},
        # a cleaned text wins over the raw page kept beside it (no "two texts" conflict)
        {"url": "https://x.vn/a", "date": "2021-03-30", "text": SIGNING, "html": "<p>Trang chủ</p>"},
    ],
)
def test_a_crawl_record_s_body_and_date_are_read_under_a_crawler_s_names(record, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crawl.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (facts,) = _extract(folder, tmp_path).values()
    assert facts["published"] == "2021-03-30"
    assert _parties(facts) == [["Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn"]]
    assert [s["date"] for s in facts["signings"]] == ["2021-03-29"]


def test_a_record_with_no_body_under_any_name_is_refused_naming_them(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "content": " ", "title": "Ký kết"}) + "\n", encoding="utf-8")
    (problem,) = list(read_file(path))
    assert isinstance(problem, InputProblem)
    assert "'content'" in problem.message and "'html'" in problem.message


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Tue, 30 Mar 2021 08:20:00 +0700", "2021-03-30"),
        ("March 30, 2021", "2021-03-30"),
        ("30 Sept. 2020", "2020-09-30"),
        ("31 Feb 2021", None),
        ("may 2021", None),
    ],
)
def test_dates_written_with_the_month_s_english_name(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    "header",
    [
        "Tiêu đề: Tỉnh đoàn và Bộ CHQS tỉnh ký kết chương trình phối hợp\nNgày: 2021-03-30\nNguồn: Báo Bắc Kạn\n",
        "Title: Tỉnh đoàn và Bộ CHQS tỉnh ký kết chương trình phối hợp\nDate: 2021-03-30\n"
        "URL: https://baobackan.vn/a-1.html\nAuthor: Ngọc Ánh\n",
        "Tiêu đề: Tỉnh đoàn và Bộ CHQS tỉnh ký kết chương trình phối hợp\n"
        "Ngày đăng: Thứ Ba, 30/03/2021 - 15:30\nChuyên mục: Chính trị\n",
    ],
)
def test_a_saved_text_s_header_block_gives_its_title_and_date(header, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bai.txt").write_text(f"{header}\n{SIGNING}\n", encoding="utf-8")
    (item,) = list(read_file(folder / "bai.txt"))
    assert item.article.title == "Tỉnh đoàn và Bộ CHQS tỉnh ký kết chương trình phối hợp"
    assert item.article.published == "2021-03-30"
    assert not any(line.startswith(("Tiêu đề:", "Title:", "Ngày", "Date:")) for line in item.article.text.split("\n"))
    facts = _extract(folder, tmp_path)["bai"]
    assert [s["date"] for s in facts["signings"]] == ["2021-03-29"]


def test_a_text_opening_with_a_sentence_that_has_a_colon_has_no_header(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text(f"Hà Giang: ký kết phối hợp\n\n{SIGNING}\n", encoding="utf-8")
    (item,) = list(read_file(path))
    assert item.article.title == "Hà Giang: ký kết phối hợp" and item.article.text.startswith("Hà Giang:")


def test_a_markdown_heading_is_the_title_without_its_marks(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text(f"# Tỉnh đoàn ký kết phối hợp\n\n{SIGNING}\n", encoding="utf-8")
    (item,) = list(read_file(path))
    assert item.article.title == "Tỉnh đoàn ký kết phối hợp"


def test_names_in_markdown_emphasis_are_read_as_printed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bai.txt").write_text(
        "Ký kết phối hợp\n\n**Sáng 29/3, Tỉnh đoàn và Bộ CHQS tỉnh Bắc Kạn ký kết chương trình phối hợp.**\n"
        "Dự có ông **Lê Quốc Anh**, Phó Chủ tịch UBND tỉnh; Đại tá *Trần Văn Hải*, Chỉ huy trưởng Bộ CHQS tỉnh; "
        "bà __Lò Thị Bình__, Chủ tịch Hội LHPN tỉnh.\n* Tin liên quan\n",
        encoding="utf-8",
    )
    facts = _extract(folder, tmp_path)["bai"]
    assert {p["name"]: p["positions"] for p in facts["persons"]} == {
        "Lê Quốc Anh": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
        "Trần Văn Hải": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
        "Lò Thị Bình": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"],
    }
    assert _parties(facts) == [["Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn"]]


@pytest.mark.parametrize(
    "page",
    [
        # a menu one short item a line, then the headline and the dateline
        "Trang chủ\nThời sự\nChính trị\nKinh tế\nXã hội\nQuốc phòng - An ninh\nVăn hóa\nKý kết phối hợp\n"
        f"Thứ Ba, 30/03/2021, 08:15\n{SIGNING}\n",
        # the date under the related links at the foot, by its label
        f"Ký kết phối hợp\n{SIGNING}\nTin, ảnh: Hồng Thi\nXem thêm:\n- Bài một\n- Bài hai\n- Bài ba\n- Bài bốn\n"
        "- Bài năm\n- Bài sáu\nCập nhật: 14:20 | 30/03/2021\n",
        f"Ký kết phối hợp\n2021-03-30 08:15\n{SIGNING}\n",
    ],
)
def test_a_page_s_own_date_is_read_below_a_long_menu_or_at_its_foot(page, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bai.txt").write_text(page, encoding="utf-8")
    facts = _extract(folder, tmp_path)["bai"]
    assert facts["published"] == "2021-03-30"
    assert [s["date"] for s in facts["signings"]] == ["2021-03-29"]
