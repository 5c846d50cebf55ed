"""A friendship association named by its pair of countries ("Hội Hữu nghị Việt Nam - Lào tỉnh X", "Hội Hữu nghị
Việt Nam – Campuchia"): one body whose name keeps the pair, not "Hội Hữu nghị Việt Nam" cut at the national name; two
such bodies on one page stay two (round s35, from a black-box tester's pages). Made-up sentences."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, party_sets, positions_by_name


def _facts(text, province="Quảng Trị", published="2023-09-20"):
    return extract(f"Tin đối ngoại\n\n{text}", published, province)


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_friendship_association_keeps_its_pair_of_countries(dash):
    facts = _facts(
        f"Sáng 19/9, Hội Hữu nghị Việt Nam {dash} Lào tỉnh Quảng Trị và Sở Ngoại vụ ký kết quy chế phối hợp giai đoạn "
        "2023 - 2027."
    )
    assert ("Hội Hữu nghị Việt Nam - Lào tỉnh Quảng Trị", "front") in named_sectors(facts)
    assert party_sets(facts) == [("Hội Hữu nghị Việt Nam - Lào tỉnh Quảng Trị", "Sở Ngoại vụ")]


def test_two_friendship_associations_on_one_page_stay_two():
    facts = _facts(
        "Chiều 19/9, Hội Hữu nghị Việt Nam - Lào và Hội Hữu nghị Việt Nam - Campuchia tỉnh cùng ký kết chương trình "
        "phối hợp tuyên truyền đối ngoại nhân dân."
    )
    assert agency_names(facts) == ["Hội Hữu nghị Việt Nam - Campuchia tỉnh", "Hội Hữu nghị Việt Nam - Lào tỉnh"]


def test_the_chair_of_a_friendship_association_keeps_the_pair():
    facts = _facts("Dự lễ có bà Hồ Thị Mai, Chủ tịch Hội Hữu nghị Việt Nam – Campuchia tỉnh Tây Ninh.", "Tây Ninh")
    assert positions_by_name(facts) == {"Hồ Thị Mai": ["Chủ tịch Hội Hữu nghị Việt Nam - Campuchia tỉnh Tây Ninh"]}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # (controls: an association with its national name before its level, a short country pair)
        (
            "Hội Luật gia Việt Nam tỉnh Quảng Trị ký kết chương trình phối hợp với Sở Tư pháp.",
            "Hội Luật gia Việt Nam tỉnh Quảng Trị",
        ),
        (
            "Hội Hữu nghị Việt - Lào tỉnh Quảng Trị ký kết chương trình phối hợp với Sở Ngoại vụ.",
            "Hội Hữu nghị Việt - Lào tỉnh Quảng Trị",
        ),
    ],
)
def test_controls_the_names_stay(text, body):
    assert body in agency_names(_facts(text))
