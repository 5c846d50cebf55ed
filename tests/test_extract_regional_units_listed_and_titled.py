"""The regional units of 2025 ("Viện KSND khu vực 8 - Gia Lai", "Ban Chỉ huy PTKV 3 - Hà Tiên") listed by their areas
after one head, and titled with their place after the dash (round s29, from a helper's made-up pages after the
reorganisation; the texts here are made up in their image): the second area was lost with its signing, and the place
after "khu vực N -" was read as a person who took the title."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Gia Lai"):
    return extract(f"Tin\n\n{text}", "2025-12-20", province)


@pytest.mark.parametrize(
    "partners, names",
    [
        (
            "Viện KSND khu vực 8 - Gia Lai và khu vực 9 - Gia Lai",
            ["Viện Kiểm sát nhân dân khu vực 8 - Gia Lai", "Viện Kiểm sát nhân dân khu vực 9 - Gia Lai"],
        ),
        (
            "Viện KSND khu vực 8 và khu vực 9 - Gia Lai",
            ["Viện Kiểm sát nhân dân khu vực 8 - Gia Lai", "Viện Kiểm sát nhân dân khu vực 9 - Gia Lai"],
        ),
        (
            "Ban Chỉ huy PTKV 1 - Bảo Lộc và PTKV 4 - Gia Nghĩa",
            ["Ban Chỉ huy Phòng thủ khu vực 1 - Bảo Lộc", "Ban Chỉ huy Phòng thủ khu vực 4 - Gia Nghĩa"],
        ),
        (
            "Tòa án nhân dân khu vực 2, khu vực 3 và khu vực 4",
            ["Tòa án nhân dân khu vực 2", "Tòa án nhân dân khu vực 3", "Tòa án nhân dân khu vực 4"],
        ),
    ],
)
def test_each_area_listed_after_the_head_signs(partners, names):
    facts = _facts(f"Ngày 20/1, Viện KSQS khu vực 52 ký kết quy chế phối hợp với {partners}.")
    assert party_sets(facts) == [tuple(sorted(("Viện Kiểm sát quân sự khu vực 52", name))) for name in names]


def test_a_count_after_an_area_is_no_area():
    names = agency_names(_facts("Tòa án nhân dân khu vực 2, 3 năm qua đã xét xử nhiều vụ án."))
    assert names == ["Tòa án nhân dân khu vực 2"]


@pytest.mark.parametrize(
    "sentence, name, position",
    [
        (
            "Dự có Thượng tá Trần Quốc Nam - Chỉ huy trưởng Ban Chỉ huy PTKV 3 - Hà Tiên.",
            "Trần Quốc Nam",
            "Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 3 - Hà Tiên",
        ),
        (
            "Dự có ông Cầm Văn Quý, Viện trưởng Viện KSND khu vực 3 - Cao Lãnh.",
            "Cầm Văn Quý",
            "Viện trưởng Viện Kiểm sát nhân dân khu vực 3 - Cao Lãnh",
        ),
        (
            "Đại tá Lương Văn Chính, Đoàn trưởng Đoàn Kinh tế - Quốc phòng 327 phát biểu tại hội nghị.",
            "Lương Văn Chính",
            "Đoàn trưởng Đoàn Kinh tế - Quốc phòng 327",
        ),
    ],
)
def test_the_place_after_a_regional_unit_is_its_name_s_no_person(sentence, name, position):
    positions = positions_by_name(_facts(sentence, "An Giang"))
    assert positions == {name: [position]}
