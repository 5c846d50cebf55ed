"""Bodies of no named place, and a headline's bare committee (round s35, made-up texts in the image of the testers'
pages): the mass organisations "ở cơ sở" and a commune's command to be built "vững mạnh" are every commune's, no body;
a headline's "Huyện đoàn" is the standing board the text names as the signer."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Kon Tum", published="2021-07-22", title=None):
    body = f"{title}\n\n{text}" if title else f"Tin\n\n{text}"
    return extract(body, published, province, title=title)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Ngày 5/9, Ban CHQS huyện Sa Thầy phối hợp với Hội Phụ nữ, Đoàn Thanh niên ở cơ sở tuyên truyền Luật Nghĩa "
            "vụ quân sự.",
            ["Ban Chỉ huy Quân sự huyện Sa Thầy"],
        ),
        (
            "Sáng 8/4, Bộ Chỉ huy Quân sự tỉnh tập huấn cho các xã về xây dựng lực lượng dân quân và Ban Chỉ huy Quân "
            "sự xã vững mạnh.",
            ["Bộ Chỉ huy Quân sự tỉnh"],
        ),
        ("Công an tỉnh chỉ đạo xây dựng Công an xã trong sạch, vững mạnh.", ["Công an tỉnh"]),
    ],
)
def test_grassroots_bodies_of_no_named_place_are_no_agencies(text, names):
    assert agency_names(_facts(text)) == names


def test_a_headline_s_bare_youth_committee_is_the_standing_board_the_text_names():
    facts = _facts(
        "Ngày 20/7/2021, Ban Thường vụ Huyện đoàn Sa Thầy và Đồn Biên phòng Mô Rai ký kết chương trình phối hợp.",
        title="Sa Thầy: Huyện đoàn và Đồn Biên phòng Mô Rai ký kết chương trình phối hợp",
    )
    assert agency_names(facts) == ["Ban Thường vụ Huyện đoàn Sa Thầy", "Đồn Biên phòng Mô Rai"]


@pytest.mark.parametrize(
    "text, names",
    [
        # (a commune named, and a province's body to be built strong, are bodies)
        (
            "Ban Chỉ huy Quân sự xã Mô Rai và Công an xã Mô Rai ký kết quy chế phối hợp.",
            ["Ban Chỉ huy Quân sự xã Mô Rai", "Công an xã Mô Rai"],
        ),
        (
            "Đảng ủy Công an tỉnh lãnh đạo xây dựng Công an tỉnh trong sạch, vững mạnh.",
            ["Công an tỉnh", "Đảng ủy Công an tỉnh"],
        ),
    ],
)
def test_controls_named_and_provincial_bodies_stay(text, names):
    assert agency_names(_facts(text)) == names


def test_control_the_headline_s_committee_the_text_names_too_stays_its_own():
    facts = _facts(
        "Ngày 20/7/2021, Ban Thường vụ Huyện đoàn Sa Thầy và Đồn Biên phòng Mô Rai ký kết chương trình phối hợp. "
        "Huyện đoàn Sa Thầy sẽ triển khai đến các chi đoàn.",
        title="Huyện đoàn Sa Thầy ký kết chương trình phối hợp",
    )
    assert "Huyện đoàn Sa Thầy" in agency_names(facts)
    assert party_sets(facts) == [("Ban Thường vụ Huyện đoàn Sa Thầy", "Đồn Biên phòng Mô Rai")]
