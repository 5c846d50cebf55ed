"""Persons' posts in faiths and boards named on with the proper name of the body they serve (round s29, from a
helper's made-up Mekong pages; the texts here are made up in their image): "Trụ trì chùa X", "Chánh xứ giáo xứ Y"
were no posts at all, clergy ranks before a name ("Chánh Trị sự") hid the name, and a board's post stopped at the
board ("Trưởng Ban Trị sự" of "... Phật giáo Hòa Hảo huyện Phú Tân", "Trưởng Ban Tuyên giáo" of "... TƯ")."""

import pytest
from _signing_helpers import extract, positions_by_name


def _positions(sentence, province="Sóc Trăng"):
    return positions_by_name(extract(f"Tin\n\n{sentence}", "2024-05-04", province))


@pytest.mark.parametrize(
    "sentence, name, positions",
    [
        ("Dự có Đại đức Thạch Chanh Đa, Trụ trì chùa Sà Leng.", "Thạch Chanh Đa", ["Trụ trì chùa Sà Leng"]),
        (
            "Dự có Linh mục Trần Đình Phúc, Chánh xứ giáo xứ Tân Bắc.",
            "Trần Đình Phúc",
            ["Chánh xứ giáo xứ Tân Bắc"],
        ),
        (
            "Dự có Hòa thượng Danh Lung, Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh, Trụ trì chùa Xẻo Trôm.",
            "Danh Lung",
            ["Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh", "Trụ trì chùa Xẻo Trôm"],
        ),
        ("Dự có Chánh Trị sự Lê Văn Mạnh, Đầu họ đạo Long Thành.", "Lê Văn Mạnh", ["Đầu họ đạo Long Thành"]),
        (
            "Dự có ông Nguyễn Văn Lực, Trưởng Ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân.",
            "Nguyễn Văn Lực",
            ["Trưởng Ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân"],
        ),
    ],
)
def test_offices_of_faiths_are_posts(sentence, name, positions):
    assert _positions(sentence)[name] == positions


@pytest.mark.parametrize(
    "sentence, name, position",
    [
        (
            "Dự có Trưởng Ban Tổ chức TƯ Phạm Minh Chính - Trưởng Ban Tuyên giáo TƯ Võ Văn Thưởng.",
            "Võ Văn Thưởng",
            "Trưởng Ban Tuyên giáo Trung ương",
        ),
        (
            "Dự có ông Phạm Văn Đông, Trưởng ban Kinh tế - Ngân sách HĐND TP Hồ Chí Minh.",
            "Phạm Văn Đông",
            "Trưởng ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Hồ Chí Minh",
        ),
    ],
)
def test_a_board_s_post_runs_on_over_the_proper_name_of_its_body(sentence, name, position):
    # (compared as the scorer compares them, case folded: "TP" is spelled out "Thành phố")
    assert [p.casefold() for p in _positions(sentence, "Hà Nội")[name]] == [position.casefold()]


def test_a_board_s_post_stops_before_a_clause_in_lower_case():
    # (after the board and its committee, "thông tin vụ ..." is what he tells, no part of the name)
    positions = _positions(
        "Ông Nguyễn Văn Châu, Trưởng ban Tuyên giáo Huyện ủy Châu Thành thông tin vụ hội trường UBND thị trấn Ngã Sáu "
        "bị sập mái.",
        "Hậu Giang",
    )
    assert positions["Nguyễn Văn Châu"] == ["Trưởng ban Tuyên giáo Huyện ủy Châu Thành"]


def test_a_parish_named_after_a_place_holds_no_person():
    # ("Thuận" is a Chăm family name; after "giáo xứ" the run is the parish's place)
    assert _positions("Dự có Linh mục Phan Văn Lộc, Chánh xứ giáo xứ Vĩnh Thuận Đông.", "Hậu Giang") == {
        "Phan Văn Lộc": ["Chánh xứ giáo xứ Vĩnh Thuận Đông"]
    }


def test_a_division_commander_s_post_is_no_division():
    facts = extract(
        "Tin\n\nNgày 24/7, Sư đoàn 395 và Đảng ủy xã Gia Sinh ký kết kết nghĩa. Đại tá Hoàng Minh Tiến, Sư đoàn trưởng "
        "Sư đoàn 395 và đồng chí Bùi Văn Thao, Bí thư Đảng ủy xã Gia Sinh ký biên bản kết nghĩa.",
        "2018-07-25",
        "Ninh Bình",
    )
    assert sorted(a.name for a in facts.agencies) == ["Sư đoàn 395", "Đảng ủy xã Gia Sinh"]
    assert positions_by_name(facts)["Hoàng Minh Tiến"] == ["Sư đoàn trưởng Sư đoàn 395"]
