"""Round s31's helpers (made-up texts in the image of their pages): a police department's name ends before an adverb
of the verb after it; a list of places ends where the next body's name opens; the social insurance named as a thing
paid or covered is no body; a name after "khu vực" is the area's, no person's."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Sơn La"):
    return extract(f"Tin\n\n{text}", "2025-09-28", province)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Đại tá Lâm Văn Sơn yêu cầu Phòng Cảnh sát cơ động chủ động bố trí lực lượng.", ["Phòng Cảnh sát cơ động"]),
        ("Giám đốc Công an tỉnh giao Phòng Cảnh sát hình sự khẩn trương xác minh.", ["Phòng Cảnh sát hình sự"]),
        (
            "Dự hội nghị có đại diện Công an các huyện Long Thành, Nhơn Trạch và Phòng Cảnh sát hình sự Công an tỉnh.",
            ["Công an huyện Long Thành", "Công an huyện Nhơn Trạch", "Phòng Cảnh sát hình sự Công an tỉnh"],
        ),
    ],
)
def test_a_name_ends_where_the_clause_or_the_next_body_begins(text, names):
    assert agency_names(_facts(text, "Đồng Nai")) == names


def test_the_insurance_named_as_a_policy_is_no_partner():
    facts = _facts(
        "Sáng 21/1, Hội Nông dân tỉnh ký kết chương trình phối hợp với Sở Y tế về tuyên truyền chính sách BHYT, BHXH.",
        "Lào Cai",
    )
    assert party_sets(facts) == [("Hội Nông dân tỉnh", "Sở Y tế")]


def test_an_insurer_s_office_named_with_its_level_stays():
    assert agency_names(_facts("BHXH tỉnh cho biết đã cấp thẻ BHYT cho 300 hộ.", "Lào Cai")) == ["Bảo hiểm xã hội tỉnh"]


def test_a_name_after_khu_vuc_is_the_area_s():
    facts = _facts("Bà Tòng Thị Phương, Phó Giám đốc Phòng giao dịch NHCSXH khu vực Mai Sơn ký kết kế hoạch.")
    assert positions_by_name(facts) == {
        "Tòng Thị Phương": ["Phó Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Mai Sơn"]
    }
