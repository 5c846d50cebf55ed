"""Persons and their positions."""

from phoihop.extract.normalize import normalize
from phoihop.extract.persons import find_persons
from phoihop.extract.sentences import split_sentences


def _persons(text):
    text = normalize(text).text
    return [(p.name, p.positions) for p in find_persons(text, split_sentences(text))]


def test_titles_before_the_name_with_place_names():
    text = (
        "Dự có Bí thư Thành ủy Hà Tĩnh Dương Tất Thắng; Phó Chủ tịch UBND huyện Bảo Yên Lý Văn Chung "
        "và Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh Lê Thị Hoa."
    )
    assert _persons(text) == [
        ("Dương Tất Thắng", ["Bí thư Thành ủy Hà Tĩnh"]),
        ("Lý Văn Chung", ["Phó Chủ tịch Ủy ban nhân dân huyện Bảo Yên"]),
        ("Lê Thị Hoa", ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]),
    ]


def test_titles_after_the_name_and_ranks_dropped():
    text = (
        "Đồng chí Mai Văn Tuất, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu. "
        "Đại tá Nguyễn Xuân Thắng - Chỉ huy trưởng Bộ CHQS tỉnh trao quà. "
        "Thiếu tá Lê Hoàng Phong (Phó trưởng Công an quận 1) cho biết. "
        "Thượng tá Lương Đình Chung - Chính ủy, Bộ CHQS tỉnh Quảng Ngãi dự."
    )
    assert _persons(text) == [
        ("Mai Văn Tuất", ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]),
        ("Nguyễn Xuân Thắng", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]),
        ("Lê Hoàng Phong", ["Phó trưởng Công an quận 1"]),
        ("Lương Đình Chung", ["Chính ủy Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi"]),
    ]


def test_shared_title_over_a_list_and_separators():
    text = (
        "Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh Trịnh Xuân Trường, Hoàng Quốc Khánh. "
        "Chủ trì có các ông: Hà Văn Sơn - Trưởng ban Dân vận Tỉnh ủy; Giàng A Lử - Chủ tịch Hội Nông dân tỉnh."
    )
    assert _persons(text) == [
        ("Trịnh Xuân Trường", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Hoàng Quốc Khánh", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Hà Văn Sơn", ["Trưởng ban Dân vận Tỉnh ủy"]),
        ("Giàng A Lử", ["Chủ tịch Hội Nông dân tỉnh"]),
    ]


def test_not_persons_bylines_places_campaigns():
    text = (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tại huyện Châu Thành.\n"
        "Tin, ảnh: Quốc Hùng\nTrần Văn Nam"
    )
    assert _persons(text) == []


def test_a_name_with_an_agency_but_no_title_has_no_position():
    text = "Đến dự có đồng chí Lâm Tấn Thanh - Công an tỉnh, đồng chí Đỗ Văn Bình - Phó Giám đốc Sở Nội vụ."
    assert _persons(text) == [("Lâm Tấn Thanh", []), ("Đỗ Văn Bình", ["Phó Giám đốc Sở Nội vụ"])]


def test_a_title_whose_organisation_contains_a_dash():
    text = "Thượng tá Trần Minh Đức, Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1 - Hải Hà phát biểu."
    assert _persons(text) == [("Trần Minh Đức", ["Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1 - Hải Hà"])]


def test_ethnic_minority_names():
    text = "Dự có đồng chí Y Biêr Niê, Phó Bí thư Tỉnh ủy; bà H'Yim Kđoh, Phó Chủ tịch UBND tỉnh; ông Vàng Seo Cở."
    assert _persons(text) == [
        ("Y Biêr Niê", ["Phó Bí thư Tỉnh ủy"]),
        ("H'Yim Kđoh", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Vàng Seo Cở", []),
    ]
