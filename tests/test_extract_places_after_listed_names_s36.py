"""A place in brackets or after a dash right after each name of a list that shares one title ("các đồng chí Bí thư
Huyện ủy: A (Thuận Châu), B (Mai Sơn)"): the place tells which district each one leads and leaves every name the
shared title; the title after a single name's place is his (round s36's north-west helper; made-up sentences)."""

from __future__ import annotations

from _signing_helpers import extract, positions_by_name

LEAD = "Sáng 20/3, Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh ký kết chương trình phối hợp.\n\n"


def _positions(sentence: str) -> dict[str, list[str]]:
    return positions_by_name(extract("Ký kết chương trình phối hợp\n\n" + LEAD + sentence, "2019-03-21", "Sơn La"))


def test_each_listed_name_with_its_district_in_brackets_keeps_the_shared_title():
    # (the names after the first lost the title at the bracket)
    sentence = (
        "Dự có các đồng chí Chủ tịch UBND huyện: Lò Văn Hặc (Thuận Châu), Cầm Văn Chung (Mai Sơn), Quàng Văn Đủ "
        "(Yên Châu)."
    )
    assert _positions(sentence) == {
        "Lò Văn Hặc": ["Chủ tịch Ủy ban nhân dân huyện"],
        "Cầm Văn Chung": ["Chủ tịch Ủy ban nhân dân huyện"],
        "Quàng Văn Đủ": ["Chủ tịch Ủy ban nhân dân huyện"],
    }


def test_each_listed_name_with_its_district_after_a_dash_keeps_the_shared_title():
    sentence = "Dự có các đồng chí Bí thư Huyện ủy: Lò Văn Hặc - Thuận Châu, Cầm Văn Chung - Mai Sơn."
    assert _positions(sentence) == {
        "Lò Văn Hặc": ["Bí thư Huyện ủy"],
        "Cầm Văn Chung": ["Bí thư Huyện ủy"],
    }


def test_a_title_after_a_single_name_s_place_in_brackets_is_his():
    assert _positions("Dự có đồng chí Cầm Văn Chung (Mai Sơn), Bí thư Huyện ủy.") == {
        "Cầm Văn Chung": ["Bí thư Huyện ủy"]
    }


def test_control_a_title_after_a_dash_is_the_name_s_own():
    sentence = "Dự có các đồng chí: Lò Văn Hặc - Bí thư Huyện ủy, Cầm Văn Chung - Chủ tịch UBND huyện."
    assert _positions(sentence) == {
        "Lò Văn Hặc": ["Bí thư Huyện ủy"],
        "Cầm Văn Chung": ["Chủ tịch Ủy ban nhân dân huyện"],
    }


def test_control_a_plain_list_sharing_a_title_is_read_as_before():
    sentence = "Dự có các đồng chí Bí thư Huyện ủy: Lò Văn Hặc, Cầm Văn Chung."
    assert _positions(sentence) == {"Lò Văn Hặc": ["Bí thư Huyện ủy"], "Cầm Văn Chung": ["Bí thư Huyện ủy"]}
