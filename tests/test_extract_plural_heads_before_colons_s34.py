"""A plural head before a colon and the list of what it heads (round s34, blind set D): "các Đảng ủy: A, B" names
the Party committee of each listed body, "Ban Dân vận các Huyện ủy: A, B" the board of each listed committee, as
the same lists without the colon do (made-up sentences)."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets


def test_party_committees_of_the_bodies_listed_after_a_colon():
    # (the items were read bare: "Quân sự tỉnh" as the military command, "Công an tỉnh" as the police)
    text = (
        "Ký kết quy chế phối hợp\n\nNgày 12/4, Ban Dân vận Tỉnh ủy Yên Bái ký kết quy chế phối hợp với các Đảng ủy: "
        "Quân sự tỉnh, Bộ đội Biên phòng tỉnh và Công an tỉnh giai đoạn 2022 - 2027."
    )
    facts = extract(text, "2022-04-13", "Yên Bái")
    assert named_sectors(facts) == {
        ("Ban Dân vận Tỉnh ủy Yên Bái", "party"),
        ("Đảng ủy Quân sự tỉnh", "party"),
        ("Đảng ủy Bộ đội Biên phòng tỉnh", "party"),
        ("Đảng ủy Công an tỉnh", "party"),
    }
    assert sorted(party_sets(facts)) == [
        ("Ban Dân vận Tỉnh ủy Yên Bái", "Đảng ủy Bộ đội Biên phòng tỉnh"),
        ("Ban Dân vận Tỉnh ủy Yên Bái", "Đảng ủy Công an tỉnh"),
        ("Ban Dân vận Tỉnh ủy Yên Bái", "Đảng ủy Quân sự tỉnh"),
    ]


def test_board_of_the_committees_listed_after_a_colon():
    # (the board was lost: the pact was read between the committees themselves)
    text = (
        "Ký giao ước thi đua\n\nSáng 3-3, Ban Tổ chức các Huyện ủy: Văn Chấn, Trạm Tấu và Mù Cang Chải đã ký giao "
        "ước thi đua năm 2022."
    )
    facts = extract(text, "2022-03-03", "Yên Bái")
    assert named_sectors(facts) == {
        ("Ban Tổ chức Huyện ủy Văn Chấn", "party"),
        ("Ban Tổ chức Huyện ủy Trạm Tấu", "party"),
        ("Ban Tổ chức Huyện ủy Mù Cang Chải", "party"),
    }


def test_control_the_same_board_without_the_colon():
    text = (
        "Ký giao ước thi đua\n\nSáng 3-3, Ban Tổ chức các Huyện ủy Văn Chấn, Trạm Tấu đã ký giao ước thi đua năm 2022."
    )
    facts = extract(text, "2022-03-03", "Yên Bái")
    assert named_sectors(facts) == {
        ("Ban Tổ chức Huyện ủy Văn Chấn", "party"),
        ("Ban Tổ chức Huyện ủy Trạm Tấu", "party"),
    }


def test_control_committees_listed_after_a_colon_without_a_board():
    text = "Hội nghị giao ban\n\nSáng 3-3, lãnh đạo các Huyện ủy: Văn Chấn, Trạm Tấu dự hội nghị giao ban."
    facts = extract(text, "2022-03-03", "Yên Bái")
    assert named_sectors(facts) == {("Huyện ủy Văn Chấn", "party"), ("Huyện ủy Trạm Tấu", "party")}
