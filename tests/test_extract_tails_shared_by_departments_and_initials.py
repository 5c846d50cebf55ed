"""A list's place or level printed once after its last member, shared by every member: a province's departments or
branches all of one head ("Sở Tư pháp, Sở Y tế và Sở Nội vụ tỉnh Lạng Sơn", "Chi cục Kiểm lâm, Chi cục Thủy sản
tỉnh"), and mass organisations printed by their initials as district papers print them ("với HLHPN, ĐTN và Hội CCB xã
Đàm Thủy", "UBMTTQ, HCCB và HND xã A"). Found in round s29 by helpers' made-up pages of the northern border and the
Red River delta (the texts here are made up in their image): the tail stayed on the last member, and a bare "ĐTN" or
"HCCB" was lost with its signing."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _partners(text, province="Lạng Sơn"):
    facts = extract(
        f"Tin\n\nSáng 17/8, Bộ Chỉ huy BĐBP tỉnh ký kết quy chế phối hợp với {text}.", "2025-12-20", province
    )
    return sorted(p for ps in party_sets(facts) for p in ps if p != "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")


@pytest.mark.parametrize(
    "printed, partners",
    [
        (
            "Sở Tư pháp, Sở Y tế và Sở Nội vụ tỉnh Lạng Sơn",
            ["Sở Nội vụ tỉnh Lạng Sơn", "Sở Tư pháp tỉnh Lạng Sơn", "Sở Y tế tỉnh Lạng Sơn"],
        ),
        ("Sở Y tế, Sở Tư pháp tỉnh", ["Sở Tư pháp tỉnh", "Sở Y tế tỉnh"]),
        ("Chi cục Kiểm lâm, Chi cục Thủy sản tỉnh", ["Chi cục Kiểm lâm tỉnh", "Chi cục Thủy sản tỉnh"]),
        (
            "Sở Giáo dục và Đào tạo, Sở Y tế và Sở Tư pháp tỉnh Hà Giang",
            ["Sở Giáo dục và Đào tạo tỉnh Hà Giang", "Sở Tư pháp tỉnh Hà Giang", "Sở Y tế tỉnh Hà Giang"],
        ),
    ],
)
def test_departments_of_one_head_share_the_province_printed_after_the_last(printed, partners):
    assert _partners(printed) == partners


def test_a_department_in_a_list_of_other_kinds_keeps_its_name_as_printed():
    # (the tail is the last member's own: "Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông và Hội Nhà báo tỉnh")
    assert "Sở Thông tin và Truyền thông" in _partners(
        "Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông và Hội Nhà báo tỉnh Lạng Sơn"
    )


@pytest.mark.parametrize(
    "printed, partners",
    [
        (
            "HLHPN, ĐTN và Hội CCB xã Đàm Thủy",
            ["Hội Cựu chiến binh xã Đàm Thủy", "Hội Liên hiệp Phụ nữ xã Đàm Thủy", "Đoàn Thanh niên xã Đàm Thủy"],
        ),
        ("ĐTN, Hội CCB xã Đàm Thủy", ["Hội Cựu chiến binh xã Đàm Thủy", "Đoàn Thanh niên xã Đàm Thủy"]),
        (
            "UBMTTQ, HCCB và HND xã Đàm Thủy",
            ["Hội Cựu chiến binh xã Đàm Thủy", "Hội Nông dân xã Đàm Thủy", "Ủy ban Mặt trận Tổ quốc xã Đàm Thủy"],
        ),
    ],
)
def test_initials_listed_bare_share_the_last_member_s_place(printed, partners):
    assert _partners(printed, "Quảng Ninh") == partners


def test_bare_initials_outside_a_list_name_no_body():
    facts = extract("Tin\n\nTheo ĐTN, số liệu đã được cập nhật.", "2025-12-20", "Quảng Ninh")
    assert agency_names(facts) == []
