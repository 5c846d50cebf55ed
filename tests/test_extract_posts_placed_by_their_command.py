"""A post or a lower level's body of a force placed by its province's command after a comma or a dash ("Đồn Biên
phòng Gành Hào, Ban Chỉ huy BĐBP tỉnh Cà Mau ký kết ... với ...", "Công an xã Na Sang, Công an tỉnh Điện Biên"), as
pages after 2025 print them (round s29; the texts are made up in that image): the command was read as one more party,
and the "với" pair became a joint signing of three."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Cà Mau"):
    return extract(text, "2025-12-20", province)


@pytest.mark.parametrize(
    "subject, unit, command",
    [
        (
            "Đồn Biên phòng Gành Hào, Ban Chỉ huy BĐBP tỉnh Cà Mau",
            "Đồn Biên phòng Gành Hào",
            "Ban Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau",
        ),
        ("Đảng ủy Đồn Biên phòng Chi Ma, BĐBP tỉnh", "Đảng ủy Đồn Biên phòng Chi Ma", "Bộ đội Biên phòng tỉnh"),
        ("Đồn Biên phòng Gành Hào - Bộ đội Biên phòng tỉnh", "Đồn Biên phòng Gành Hào", "Bộ đội Biên phòng tỉnh"),
        ("Công an xã Na Sang, Công an tỉnh Điện Biên", "Công an xã Na Sang", "Công an tỉnh Điện Biên"),
        ("Ban CHQS huyện Mường Tè, Bộ CHQS tỉnh", "Ban Chỉ huy Quân sự huyện Mường Tè", "Bộ Chỉ huy Quân sự tỉnh"),
    ],
)
def test_the_command_places_its_post_and_signs_nothing(subject, unit, command):
    facts = _facts(f"Tin\n\nNgày 27/8, {subject} ký kết quy chế phối hợp với Hội Liên hiệp Phụ nữ xã Gành Hào.")
    assert party_sets(facts) == [tuple(sorted((unit, "Hội Liên hiệp Phụ nữ xã Gành Hào")))]
    # (the command is still a body the page names)
    assert command in agency_names(facts)


@pytest.mark.parametrize(
    "subject, parties",
    [
        # (another force's command after the comma is a partner of its own)
        ("Đồn Biên phòng Gành Hào, Bộ CHQS tỉnh", ("Bộ Chỉ huy Quân sự tỉnh", "Đồn Biên phòng Gành Hào")),
        # (so is a body of the same level)
        ("Công an xã Gành Hào, Đồn Biên phòng Gành Hào", ("Công an xã Gành Hào", "Đồn Biên phòng Gành Hào")),
    ],
)
def test_a_body_that_does_not_command_the_post_is_a_partner(subject, parties):
    facts = _facts(f"Tin\n\nNgày 27/8, {subject} và Hội Nông dân xã Gành Hào ký kết quy chế phối hợp.")
    assert party_sets(facts) == [tuple(sorted((*parties, "Hội Nông dân xã Gành Hào")))]


def test_a_list_whose_names_commas_part_keeps_the_command_a_partner():
    facts = _facts(
        "Tin\n\nNgày 27/8, Công an xã Gành Hào, Công an tỉnh, Hội Nông dân tỉnh ký kết chương trình phối hợp."
    )
    assert party_sets(facts) == [("Công an tỉnh", "Công an xã Gành Hào", "Hội Nông dân tỉnh")]
