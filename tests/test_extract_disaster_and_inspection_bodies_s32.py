"""Bodies of disaster response, inspection and audit as round s32's helpers printed them (made-up texts in the image
of their pages): the weather service's stations and centres, the disaster board's task joined by a dash, the border
command's initials run together, and the inspection, audit and internal-affairs bodies by their initials."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Quảng Bình"):
    return extract(f"Tin\n\n{text}", "2021-06-10", province)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 5/6, Đài Khí tượng thủy văn tỉnh và Sở Tài nguyên và Môi trường ký kết quy chế phối hợp về cảnh báo "
            "thiên tai.",
            ("Sở Tài nguyên và Môi trường", "Đài Khí tượng thủy văn tỉnh"),
        ),
        (
            "Ngày 3/4, Bộ CHQS tỉnh ký kết quy chế phối hợp với Đài KTTV tỉnh Cà Mau.",
            ("Bộ Chỉ huy Quân sự tỉnh", "Đài Khí tượng thủy văn tỉnh Cà Mau"),
        ),
        (
            "Trung tâm Khí tượng thủy văn tỉnh Quảng Bình và Đài Phát thanh - Truyền hình Quảng Bình ký kết quy chế "
            "phối hợp ngày 3/4.",
            ("Trung tâm Khí tượng thủy văn tỉnh Quảng Bình", "Đài Phát thanh - Truyền hình Quảng Bình"),
        ),
        (
            "Ngày 3/4, Quân khu 5 ký kết quy chế phối hợp với Ban Chỉ huy PCTT - TKCN tỉnh Quảng Ngãi.",
            ("Ban Chỉ huy Phòng, chống thiên tai - Tìm kiếm cứu nạn tỉnh Quảng Ngãi", "Quân khu 5"),
        ),
        (
            "Ngày 3/4, BCH PCTT&TKCN tỉnh ký kết quy chế phối hợp với Hội Chữ thập đỏ tỉnh.",
            ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", "Hội Chữ thập đỏ tỉnh"),
        ),
        (
            "Ngày 5/3, Bộ CHBĐBP tỉnh ký kết quy chế phối hợp với Ban Dân tộc tỉnh.",
            ("Ban Dân tộc tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
        ),
        (
            "Ngày 5/3, BCHBĐBP tỉnh Lai Châu ký kết quy chế phối hợp với Ban Dân tộc tỉnh.",
            ("Ban Dân tộc tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu"),
        ),
        (
            "Ngày 20/1, UBKTTW ký kết quy chế phối hợp với TTCP.",
            ("Thanh tra Chính phủ", "Ủy ban Kiểm tra Trung ương"),
        ),
        (
            "Ngày 20/1, UBKT Tỉnh ủy ký kết quy chế phối hợp với KTNN khu vực VII.",
            ("Kiểm toán Nhà nước khu vực VII", "Ủy ban Kiểm tra Tỉnh ủy"),
        ),
        ("Ngày 20/1, BNC Tỉnh ủy ký kết quy chế phối hợp với Công an tỉnh.", ("Ban Nội chính Tỉnh ủy", "Công an tỉnh")),
    ],
)
def test_bodies_of_disaster_response_inspection_and_audit_sign(text, parties):
    assert party_sets(_facts(text)) == [parties]


def test_a_weather_station_credited_with_a_forecast_is_a_body_not_an_outlet():
    facts = _facts(
        "Sáng 3/4, mưa lớn. Theo Đài Khí tượng Thủy văn khu vực Trung Trung Bộ, lũ trên sông Gianh đang lên."
    )
    assert agency_names(facts) == ["Đài Khí tượng Thủy văn khu vực Trung Trung Bộ"]
    # control: a newspaper credited so is an outlet
    assert agency_names(_facts("Sáng 3/4, mưa lớn. Theo Báo Quảng Bình, lũ trên sông Gianh đang lên.")) == []


@pytest.mark.parametrize(
    "text, person, position",
    [
        (
            "Đại tá Hồ Văn Bảy, Phó Trưởng ban Ban Chỉ huy PCTT - TKCN tỉnh phát biểu.",
            "Hồ Văn Bảy",
            "Phó Trưởng ban Ban Chỉ huy Phòng, chống thiên tai - Tìm kiếm cứu nạn tỉnh",
        ),
        (
            "Dự lễ có Đại tá Hà Văn Quyết, Chỉ huy trưởng Bộ CHBĐBP tỉnh.",
            "Hà Văn Quyết",
            "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        ),
        (
            "Dự có bà Trần Thị Bích Liên, Phó Kiểm toán trưởng KTNN khu vực III.",
            "Trần Thị Bích Liên",
            "Phó Kiểm toán trưởng Kiểm toán Nhà nước khu vực III",
        ),
        (
            "Dự có ông Nguyễn Văn Quang, Phó Chủ nhiệm Thường trực UBKTTW.",
            "Nguyễn Văn Quang",
            "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương",
        ),
    ],
)
def test_titles_over_these_bodies_spell_their_initials_out(text, person, position):
    assert positions_by_name(_facts(text)) == {person: [position]}
