"""Round s31's 2016-2020 and commune pages (made-up texts in their image): posts given by an election ("tái đắc cử",
"..., được bầu giữ chức", a pair "được hiệp thương giữ chức"), an organ of a bare Party committee before a commune's
bodies, a People's Council's committees listed before the one named with it, and the level of the organisations named
by their kind after a body."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Vĩnh Long"):
    return extract(f"Tin\n\n{text}", "2020-08-22", province)


@pytest.mark.parametrize(
    "text, positions",
    [
        ("Đồng chí Lương Đức Hạnh tái đắc cử Bí thư Huyện ủy.", {"Lương Đức Hạnh": ["Bí thư Huyện ủy"]}),
        (
            "Đại tá Nguyễn Hữu Phước, Chính ủy Bộ CHQS tỉnh, được bầu giữ chức Bí thư Đảng ủy Quân sự tỉnh.",
            {"Nguyễn Hữu Phước": ["Chính ủy Bộ Chỉ huy Quân sự tỉnh", "Bí thư Đảng ủy Quân sự tỉnh"]},
        ),
        (
            "Bà Hoàng Thị Yến và ông Lê Quang Tuấn được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện.",
            {
                "Hoàng Thị Yến": ["Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện"],
                "Lê Quang Tuấn": ["Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện"],
            },
        ),
        # (a titled name before the pair keeps its own title)
        (
            "Ông Trần Văn An, Chủ tịch Hội Nông dân tỉnh và ông Lê Văn Bình được bầu giữ chức Phó Chủ tịch Hội Nông "
            "dân tỉnh.",
            {"Trần Văn An": ["Chủ tịch Hội Nông dân tỉnh"], "Lê Văn Bình": ["Phó Chủ tịch Hội Nông dân tỉnh"]},
        ),
    ],
)
def test_a_post_given_by_an_election_is_the_person_s(text, positions):
    assert positions_by_name(_facts(text)) == positions


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Chiều 21/8, Đảng ủy xã Bảo Hà tổ chức ký kết quy chế phối hợp giữa Ban Thường vụ Đảng ủy và UBND xã Bảo "
            "Hà.",
            ("Ban Thường vụ Đảng ủy xã Bảo Hà", "Ủy ban nhân dân xã Bảo Hà"),
        ),
        (
            "Chiều 21/8, Đảng ủy xã Bảo Hà tổ chức ký kết quy chế phối hợp giữa Thường trực Đảng ủy, Thường trực HĐND "
            "và UBND xã Bảo Hà.",
            (
                "Thường trực Hội đồng nhân dân xã Bảo Hà",
                "Thường trực Đảng ủy xã Bảo Hà",
                "Ủy ban nhân dân xã Bảo Hà",
            ),
        ),
    ],
)
def test_an_organ_of_a_bare_party_committee_keeps_its_name(text, parties):
    assert party_sets(_facts(text, "Lào Cai")) == [parties]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Ban Kinh tế - Ngân sách và Ban Văn hóa - Xã hội HĐND tỉnh tổ chức giám sát tại huyện.",
            ["Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh"],
        ),
        (
            "Ban Pháp chế, Ban Dân tộc HĐND tỉnh tổ chức giám sát tại huyện.",
            ["Ban Dân tộc Hội đồng nhân dân tỉnh", "Ban Pháp chế Hội đồng nhân dân tỉnh"],
        ),
        # (a body of its own before a unit keeps its name)
        ("Dự có Sở Nội vụ, Ban Tổ chức Tỉnh ủy.", ["Ban Tổ chức Tỉnh ủy", "Sở Nội vụ"]),
        ("Dự lễ có đại diện Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh.", ["Ủy ban Mặt trận Tổ quốc tỉnh"]),
        ("Dự lễ có đại diện Hội Nông dân, các đoàn thể huyện.", ["Hội Nông dân huyện"]),
    ],
)
def test_a_unit_or_an_organisation_takes_the_parent_or_level_printed_after_its_list(text, names):
    assert agency_names(_facts(text)) == names
