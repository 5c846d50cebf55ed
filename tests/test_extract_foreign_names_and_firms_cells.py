"""Round s31's south-east industry and border-gate pages (made-up texts in their image): hyphenated Korean, Chinese, Lao
and Khmer names; a country after a title is no person; the grassroots unions and Party cells of firms and schools, the
unions of export zones and hi-tech parks, firms named by their initials."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Bình Dương"):
    return extract(f"Tin\n\n{text}", "2021-08-20", province)


@pytest.mark.parametrize(
    "text, person, positions",
    [
        (
            "Dự buổi làm việc có ông Kim Sang-woo, Tổng Giám đốc Công ty TNHH Dongwon Vina.",
            "Kim Sang-woo",
            ["Tổng Giám đốc Công ty TNHH Dongwon Vina"],
        ),
        (
            "Theo ông Chen Wei-ming, Chủ tịch Công ty TNHH Pou Sung Việt Nam, công ty sẽ tăng lương.",
            "Chen Wei-ming",
            ["Chủ tịch Công ty TNHH Pou Sung Việt Nam"],
        ),
        (
            "Dự lễ có Đại tá Sổm-phon Xay-nha-vông, Chỉ huy trưởng Bộ CHQS tỉnh Phông Sa Lỳ.",
            "Sổm-phon Xay-nha-vông",
            ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ"],
        ),
        (
            # (a country after a title is a foreign body's, no next person)
            "Tham dự có ông Lee Jae-won, Phó Chủ tịch Hội Doanh nghiệp Hàn Quốc tại Bình Dương.",
            "Lee Jae-won",
            ["Phó Chủ tịch Hội Doanh nghiệp Hàn Quốc"],
        ),
        # (a dash glued to the name's end opens the title: no hyphenated name)
        (
            "Đến dự có đồng chí Nguyễn Văn Bạc- Trưởng ban Phong trào UBMTTQVN tỉnh.",
            "Nguyễn Văn Bạc",
            ["Trưởng ban Phong trào Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
        ),
    ],
)
def test_a_hyphenated_foreign_name_is_one_person(text, person, positions):
    assert positions_by_name(_facts(text)) == {person: positions}


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Sáng 12-4, Công đoàn cơ sở Công ty TNHH Sao Mai và Công đoàn cơ sở Công ty cổ phần Dệt Phước Long ký kết "
            "giao ước thi đua năm 2021.",
            ("Công đoàn cơ sở Công ty TNHH Sao Mai", "Công đoàn cơ sở Công ty cổ phần Dệt Phước Long"),
        ),
        (
            "Chiều 8-6, Chi bộ Công ty TNHH Meiko Việt Nam ký kết quy chế phối hợp với Đảng ủy xã An Phước.",
            ("Chi bộ Công ty TNHH Meiko Việt Nam", "Đảng ủy xã An Phước"),
        ),
        (
            "Sáng 12-4, Công đoàn cơ sở Sở Tư pháp ký kết chương trình phối hợp với Chi đoàn Sở Tư pháp.",
            ("Chi đoàn Sở Tư pháp", "Công đoàn cơ sở Sở Tư pháp"),
        ),
        (
            "Sáng 12-4, Chi bộ Trường Tiểu học Tân Phong ký kết quy chế phối hợp với Đảng ủy phường Tân Phong.",
            ("Chi bộ Trường Tiểu học Tân Phong", "Đảng ủy phường Tân Phong"),
        ),
        (
            "Sáng 3-3, Công đoàn các Khu chế xuất và công nghiệp TP HCM ký kết chương trình phối hợp với Công an "
            "TP HCM.",
            ("Công an Thành phố Hồ Chí Minh", "Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh"),
        ),
        (
            "Sáng 3-3, Công đoàn Khu chế xuất Tân Thuận ký kết chương trình phối hợp với Công an quận 7.",
            ("Công an quận 7", "Công đoàn Khu chế xuất Tân Thuận"),
        ),
        (
            "Chiều 5-5, Đảng ủy Tổng Công ty Becamex IDC ký kết quy chế phối hợp với Đảng ủy phường Chánh Hiệp.",
            ("Đảng ủy Tổng Công ty Becamex IDC", "Đảng ủy phường Chánh Hiệp"),
        ),
        (
            "Chiều 5-5, Công đoàn Tổng Công ty IDICO ký kết chương trình phối hợp với Công an phường Phú Mỹ.",
            ("Công an phường Phú Mỹ", "Công đoàn Tổng Công ty IDICO"),
        ),
    ],
)
def test_the_unions_and_party_cells_of_firms_schools_and_zones_sign(text, parties):
    assert party_sets(_facts(text, "Đồng Nai")) == [parties]


def test_a_national_union_of_a_trade_is_a_body():
    assert agency_names(_facts("Dự hội nghị có đại diện Công đoàn Cao su Việt Nam.")) == ["Công đoàn Cao su Việt Nam"]
