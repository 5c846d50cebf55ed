"""The Mông family name "Và" ("Và Bá Chía", "Và Thị Dua", common in Nghệ An and Thanh Hóa) is spelled as the
conjunction "và" with a capital: a person's name opens with it and keeps it (round s34, from a black-box tester's page
of 2010); the lower-case conjunction still joins two persons or two bodies."""

import pytest
from _signing_helpers import extract, named_sectors, party_sets, positions_by_name


def _facts(text, province="Nghệ An", published="2011-09-20"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dự buổi ký kết có ông Và Bá Sồng, Chủ tịch UBND xã Na Ngoi.",
            {"Và Bá Sồng": ["Chủ tịch Ủy ban nhân dân xã Na Ngoi"]},
        ),
        (
            # (after a real "và" between two persons)
            "Dự lễ có Thiếu tá Lô Văn Thắng, Đồn trưởng Đồn Biên phòng Na Ngoi và ông Và Bá Giải, Phó Chủ tịch "
            "UBND xã.",
            {
                "Lô Văn Thắng": ["Đồn trưởng Đồn Biên phòng Na Ngoi"],
                "Và Bá Giải": ["Phó Chủ tịch Ủy ban nhân dân xã"],
            },
        ),
        (
            # (a title before the name)
            "Phát biểu tại buổi lễ, Bí thư Đảng ủy xã Và Bá Lử cảm ơn cán bộ, chiến sĩ Đồn Biên phòng.",
            {"Và Bá Lử": ["Bí thư Đảng ủy xã"]},
        ),
    ],
)
def test_a_person_named_va_keeps_the_family_name(text, expected):
    assert positions_by_name(_facts(text)) == expected


def test_the_lower_case_conjunction_still_joins_two_signers():
    facts = _facts("Ngày 19/9, Đồn Biên phòng Na Ngoi và UBND xã Na Ngoi ký kết quy chế phối hợp.")
    assert party_sets(facts) == [("Đồn Biên phòng Na Ngoi", "Ủy ban nhân dân xã Na Ngoi")]
    assert positions_by_name(facts) == {}


def test_a_capitalised_conjunction_in_a_body_s_name_is_no_person():
    facts = _facts("Phòng Văn hóa Và Thông tin huyện Kỳ Sơn phối hợp với Huyện đoàn tổ chức hội diễn.")
    assert positions_by_name(facts) == {}
    assert ("Huyện đoàn", "front") in named_sectors(facts)
