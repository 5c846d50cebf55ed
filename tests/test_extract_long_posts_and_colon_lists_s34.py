"""Posts as round s34's helpers printed them (made-up texts in the image of their pages): the commas of a steering
committee's name are the post's ("Trưởng Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực"); a
colon list of bare names ends at its first semicolon, whatever entries follow; an organising committee is named with
its event ("Trưởng Ban tổ chức cuộc thi"); an outlet's short form in a post is spelled as the page names the outlet."""

import pytest
from _signing_helpers import extract, positions_by_name


def _persons(text, province="Quảng Ngãi", published="2025-11-04"):
    return positions_by_name(extract(f"Tin\n\n{text}", published, province))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dự hội nghị có đồng chí Trần Minh Quang, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo cấp tỉnh về phòng, chống "
            "tham nhũng, lãng phí, tiêu cực.",
            {
                "Trần Minh Quang": [
                    "Phó Bí thư Tỉnh ủy",
                    "Trưởng Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực",
                ]
            },
        ),
        (
            "Ông Lê Hữu Phước, Phó Trưởng ban Thường trực Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng, tiêu cực "
            "phát biểu kết luận.",
            {"Lê Hữu Phước": ["Phó Trưởng ban Thường trực Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng, tiêu cực"]},
        ),
    ],
)
def test_a_steering_committees_commas_stay_in_its_post(text, expected):
    assert _persons(text) == expected


def test_a_colon_list_of_bare_names_ends_at_its_first_semicolon():
    text = (
        "Dự lễ có các đồng chí Phó Giám đốc Sở Tư pháp: Phạm Thị Hoa, Võ Văn Lực; bà Đỗ Thị Mận (Chủ tịch Hội Luật "
        "gia tỉnh); Thượng tá Hồ Văn Sang, Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh."
    )
    assert _persons(text) == {
        "Phạm Thị Hoa": ["Phó Giám đốc Sở Tư pháp"],
        "Võ Văn Lực": ["Phó Giám đốc Sở Tư pháp"],
        "Đỗ Thị Mận": ["Chủ tịch Hội Luật gia tỉnh"],
        "Hồ Văn Sang": ["Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh"],
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Thượng tá Phan Văn Hưng, Phó Giám đốc Công an tỉnh, Trưởng Ban tổ chức Hội thi, phát biểu bế mạc.",
            {"Phan Văn Hưng": ["Phó Giám đốc Công an tỉnh", "Trưởng Ban tổ chức Hội thi"]},
        ),
        (
            "Bà Lý Thị Nga, Phó Chủ tịch Hội Nhà báo tỉnh, Phó Trưởng Ban tổ chức giải báo chí phát biểu.",
            {"Lý Thị Nga": ["Phó Chủ tịch Hội Nhà báo tỉnh", "Phó Trưởng Ban tổ chức giải báo chí"]},
        ),
    ],
)
def test_an_organising_committee_is_named_with_its_event(text, expected):
    assert _persons(text) == expected


def test_an_outlets_short_form_in_a_post_is_spelled_as_the_page_names_it():
    text = (
        "Sáng 12-3, Báo Người Lao Động ký kết chương trình phối hợp với Công an tỉnh. Dự có ông Đặng Văn Tú, "
        "Phó Tổng Biên tập Báo NLĐ."
    )
    assert _persons(text, published="2019-03-12")["Đặng Văn Tú"] == ["Phó Tổng Biên tập Báo Người Lao Động"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # controls: a colon list whose items carry their own posts after semicolons, the Party's organisation board
        # named with its committee, a steering committee named with its level last, a post of an outlet the page
        # names only by its short form
        (
            "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn An, Trưởng Ban Dân vận Tỉnh ủy; Phạm Thị Bé, "
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
            {
                "Lê Văn An": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"],
                "Phạm Thị Bé": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
            },
        ),
        (
            "Ông Trương Văn Bảy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.",
            {"Trương Văn Bảy": ["Trưởng Ban Tổ chức Tỉnh ủy"]},
        ),
        (
            "Ông Trương Văn Bảy, Phó Trưởng Ban Chỉ đạo phòng, chống tội phạm huyện phát biểu.",
            {"Trương Văn Bảy": ["Phó Trưởng Ban Chỉ đạo phòng, chống tội phạm huyện"]},
        ),
        (
            "Dự có ông Đặng Văn Tú, Phó Tổng Biên tập Báo NLĐ.",
            {"Đặng Văn Tú": ["Phó Tổng Biên tập Báo NLĐ"]},
        ),
    ],
)
def test_controls_of_posts(text, expected):
    assert _persons(text) == expected
