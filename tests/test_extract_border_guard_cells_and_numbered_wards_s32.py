"""Bodies as round s32's helpers printed them (made-up texts in the image of their pages): the border guard's youth
and women's unions named with the force, the army's boards of a political department, the Party committee of a post
named before its command, a post's cell with the force after a comma, the army's policy department, a police
department "văn hóa - tư tưởng", a gift counted after a bare level, fishermen's unions named after their ground, and
the numbered wards and communes of 2025 in a list."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Lai Châu"):
    return extract(f"Tin\n\n{text}", "2025-10-10", province)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Tỉnh Đoàn và Đoàn Thanh niên BĐBP tỉnh đã phối hợp tổ chức 45 đợt tình nguyện.",
            ["Tỉnh Đoàn", "Đoàn Thanh niên Bộ đội Biên phòng tỉnh"],
        ),
        ("Hội Phụ nữ BĐBP tỉnh tặng quà cho học sinh.", ["Hội Phụ nữ Bộ đội Biên phòng tỉnh"]),
        (
            "Dự lễ có đại diện Ban Thanh niên Quân đội Cục Chính trị BĐBP.",
            ["Ban Thanh niên Quân đội Cục Chính trị Bộ đội Biên phòng"],
        ),
        (
            "Ban Công tác quần chúng Cục Chính trị BĐBP tặng quà cho học sinh.",
            ["Ban Công tác quần chúng Cục Chính trị Bộ đội Biên phòng"],
        ),
        (
            "Ngày 5/3, Đảng ủy, Ban Chỉ huy Đồn Biên phòng Mù Cả tổ chức hội nghị tổng kết năm 2024.",
            ["Ban Chỉ huy Đồn Biên phòng Mù Cả", "Đảng ủy Đồn Biên phòng Mù Cả"],
        ),
        ("Cục Chính sách tổ chức hội nghị tập huấn.", ["Cục Chính sách"]),
        (
            "Dự hội nghị có đại diện Phòng An ninh chính trị nội bộ, Phòng An ninh văn hóa - tư tưởng Công an tỉnh.",
            ["Phòng An ninh chính trị nội bộ Công an tỉnh", "Phòng An ninh văn hóa - tư tưởng Công an tỉnh"],
        ),
        (
            "Đồn Biên phòng Pù Nhi trao tặng Hội LHPN xã 1 máy khâu.",
            ["Hội Liên hiệp Phụ nữ xã", "Đồn Biên phòng Pù Nhi"],
        ),
        (
            "Ban CHQS huyện Mường Chà tặng Hội Nông dân xã 2 con bò giống.",
            ["Ban Chỉ huy Quân sự huyện Mường Chà", "Hội Nông dân xã"],
        ),
        (
            "Dịp này, Hội Nghề cá tỉnh ra mắt Nghiệp đoàn nghề cá Bình Châu.",
            ["Hội Nghề cá tỉnh", "Nghiệp đoàn nghề cá Bình Châu"],
        ),
        (
            "Dự có đại diện Công an phường Móng Cái 1, phường Móng Cái 2.",
            ["Công an phường Móng Cái 1", "Công an phường Móng Cái 2"],
        ),
        (
            "Tham dự có Ban CHQS xã Tân Phước 1, xã Tân Phước 2 và xã Tân Phước 3.",
            [f"Ban Chỉ huy Quân sự xã Tân Phước {n}" for n in (1, 2, 3)],
        ),
    ],
)
def test_the_bodies_are_read_whole(text, names):
    assert agency_names(_facts(text)) == sorted(names)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 29/3, Ban Thường vụ Tỉnh Đoàn và Đoàn Thanh niên BĐBP tỉnh tổ chức ký kết chương trình phối hợp.",
            ("Ban Thường vụ Tỉnh Đoàn", "Đoàn Thanh niên Bộ đội Biên phòng tỉnh"),
        ),
        (
            "Ngày 18-5, Chi đoàn Đồn Biên phòng Mù Cả, BĐBP Lai Châu ký kết chương trình phối hợp với Đoàn xã Mù Cả.",
            ("Chi đoàn Đồn Biên phòng Mù Cả", "Đoàn xã Mù Cả"),
        ),
        (
            "Ngày 5/3, Đồn Biên phòng Sa Huỳnh ký kết quy chế phối hợp với Nghiệp đoàn nghề cá Phổ Thạnh.",
            ("Nghiệp đoàn nghề cá Phổ Thạnh", "Đồn Biên phòng Sa Huỳnh"),
        ),
    ],
)
def test_they_sign_under_their_whole_names(text, parties):
    assert party_sets(_facts(text)) == [parties]
