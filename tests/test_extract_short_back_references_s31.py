"""Round s31's helpers (made-up texts in the image of their pages): a body named again short is the body named in full
before it: a commune's youth union as "Đoàn xã", the women's union as "Hội Phụ nữ", a district's youth union by its
committee word alone, a gate zone's board without its gate."""

import pytest
from _signing_helpers import agency_names, extract


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Hội Nông dân tỉnh kết nghĩa với Đoàn Thanh niên xã Quang Long. Dịp này, Hội trao tặng Đoàn xã Quang Long "
            "10 bộ máy tính.",
            ["Hội Nông dân tỉnh", "Đoàn Thanh niên xã Quang Long"],
        ),
        (
            "Công an huyện kết nghĩa với Hội Liên hiệp Phụ nữ xã Nà Hẩu. Hội Phụ nữ xã Nà Hẩu tặng quà cho các gia "
            "đình.",
            ["Công an huyện", "Hội Liên hiệp Phụ nữ xã Nà Hẩu"],
        ),
        (
            "Chiều 17-9, Hội Cựu chiến binh quận Lê Chân ký kết chương trình phối hợp với Quận đoàn Lê Chân. Quận "
            "đoàn chỉ đạo các chi đoàn tổ chức diễn đàn.",
            ["Hội Cựu chiến binh quận Lê Chân", "Quận đoàn Lê Chân"],
        ),
        (
            "Sáng 10/4, Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng và Công an huyện Cao Lộc ký kết quy chế phối hợp. "
            "Phó Chủ tịch UBND tỉnh giao Ban Quản lý Khu kinh tế làm đầu mối theo dõi.",
            ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng", "Công an huyện Cao Lộc"],
        ),
    ],
)
def test_a_body_named_again_short_is_the_body_named_before(text, names):
    assert agency_names(extract(f"Tin\n\n{text}", "2023-09-18", "Hải Phòng")) == names


def test_a_police_department_named_by_the_code_given_it_in_brackets_is_one_body():
    facts = extract(
        "Tin\n\nChiều 9-3, Phòng Cảnh sát kinh tế (PC03) Công an tỉnh ký kết quy chế phối hợp với Cục Quản lý thị "
        "trường tỉnh. Thượng tá Nguyễn Văn Ba, Trưởng Phòng PC03 Công an tỉnh ký kết quy chế phối hợp với Cục Quản lý "
        "thị trường tỉnh.",
        "2025-03-10",
        "Đồng Nai",
    )
    assert agency_names(facts) == ["Cục Quản lý thị trường tỉnh", "Phòng Cảnh sát kinh tế Công an tỉnh"]
    assert len(facts.signings) == 1
