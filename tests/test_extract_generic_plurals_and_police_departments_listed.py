"""Round s31's helpers (made-up texts in the image of their pages): a unit named for every committee of a kind ("Ban
Dân vận các huyện ủy, thị ủy") is no body; the youth unions' committee words listed before a category are its members;
police departments listed before one named with its police share that police, never the level of a police force after
them."""

import pytest
from _signing_helpers import agency_names, extract


def _facts(text, province="Bình Dương"):
    return extract(f"Tin\n\n{text}", "2024-08-20", province)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Dự có đại diện lãnh đạo Ban Dân vận các huyện ủy, thị ủy, thành ủy và Ban CHQS các huyện, thị xã, thành "
            "phố.",
            [],
        ),
        (
            "Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện ủy, thành ủy tăng cường phối hợp.",
            ["Ban Tuyên giáo Tỉnh ủy"],
        ),
        ("Dự có đại diện Ủy ban Kiểm tra các đảng ủy xã.", []),
        ("Dự có đại diện Huyện Đoàn, Thành Đoàn, Thị Đoàn và Ban Chỉ huy Quân sự các huyện, thị xã, thành phố.", []),
        # (a committee named with its place stays)
        ("Dự có đại diện Ban Dân vận Huyện ủy Bến Cát.", ["Ban Dân vận Huyện ủy Bến Cát"]),
    ],
)
def test_a_unit_of_every_committee_of_a_kind_is_no_body(text, names):
    assert agency_names(_facts(text)) == names


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Dự có đại diện Phòng Cảnh sát hình sự, Phòng Tham mưu Công an tỉnh.",
            ["Phòng Cảnh sát hình sự Công an tỉnh", "Phòng Tham mưu Công an tỉnh"],
        ),
        (
            "Dự có lãnh đạo Phòng PC02, Phòng PC06 Công an tỉnh.",
            ["Phòng PC02 Công an tỉnh", "Phòng PC06 Công an tỉnh"],
        ),
        (
            "Đại diện Phòng Cảnh sát hình sự và Công an thành phố Thủ Dầu Một cùng dự.",
            ["Công an thành phố Thủ Dầu Một", "Phòng Cảnh sát hình sự"],
        ),
        # (other bodies share the level as before)
        ("Dự có lãnh đạo Sở Tư pháp, Sở Y tế tỉnh.", ["Sở Tư pháp tỉnh", "Sở Y tế tỉnh"]),
    ],
)
def test_police_departments_listed_share_their_police(text, names):
    assert agency_names(_facts(text)) == names
