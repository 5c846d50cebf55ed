"""Body types the grammar read only in some spellings (made-up sentences): national parks and nature reserves,
army formations with letters before their number, staff departments of a military region, the General Staff's
and the Logistics' departments, police schools by their short form."""

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _agencies(sentence: str) -> list[tuple[str, str]]:
    facts = extract_article(Article("t", "Tiêu đề\n\n" + sentence, published="2022-04-07"))
    return [(a.name, a.sector) for a in facts.agencies]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ngày 6/4, Vườn quốc gia Pù Mát và Khu bảo tồn thiên nhiên Xuân Liên ký kết quy chế phối hợp.",
            [("Vườn quốc gia Pù Mát", "state"), ("Khu bảo tồn thiên nhiên Xuân Liên", "state")],
        ),
        (
            "Ngày 6/4, Sư đoàn BB9 và Trung đoàn BB4 ký kết kết nghĩa với Hội Nông dân tỉnh.",
            # (the infantry's letters spelled out, as the spec spells out every short form; round s13)
            [("Sư đoàn Bộ binh 9", "military"), ("Trung đoàn Bộ binh 4", "military"), ("Hội Nông dân tỉnh", "front")],
        ),
        (
            "Ngày 6/4, Cục Chính trị Quân khu 4 ký kết chương trình phối hợp với Hội Cựu chiến binh tỉnh.",
            [("Cục Chính trị Quân khu 4", "military"), ("Hội Cựu chiến binh tỉnh", "front")],
        ),
        (
            "Ngày 6/4, Cục Quân huấn và Cục Dân quân tự vệ ký kết kế hoạch phối hợp với Trung ương Đoàn TNCS Hồ Chí "
            "Minh.",
            [
                ("Cục Quân huấn", "military"),
                ("Cục Dân quân tự vệ", "military"),
                ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "front"),
            ],
        ),
        (
            "Ngày 6/4, Trường Đại học CSND ký kết chương trình phối hợp với Học viện ANND.",
            [("Trường Đại học Cảnh sát nhân dân", "police"), ("Học viện An ninh nhân dân", "police")],
        ),
    ],
)
def test_the_body_is_read_whole_in_its_sector(sentence, expected):
    assert _agencies(sentence) == expected


def test_a_state_department_keeps_its_sector():
    assert _agencies("Ngày 6/4, Cục Thống kê tỉnh ký kết quy chế phối hợp với Cục Thuế tỉnh.") == [
        ("Cục Thống kê tỉnh", "state"),
        ("Cục Thuế tỉnh", "state"),
    ]


def test_a_name_of_two_places_joined_by_a_dash_is_one_name():
    assert _agencies(
        "Ngày 6/4, Vườn quốc gia Phia Oắc - Phia Đén ký kết quy chế phối hợp với Hạt Kiểm lâm Nguyên Bình."
    ) == [
        ("Vườn quốc gia Phia Oắc - Phia Đén", "state"),
        ("Hạt Kiểm lâm Nguyên Bình", "state"),
    ]


def test_a_dash_before_another_body_lists_the_two():
    assert _agencies("Ngày 6/4, Đồn Biên phòng Cửa Việt - Hội Nông dân tỉnh ký kết chương trình phối hợp.") == [
        ("Đồn Biên phòng Cửa Việt", "military"),
        ("Hội Nông dân tỉnh", "front"),
    ]
