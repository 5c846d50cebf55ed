"""An agency's own site tells of itself as "đơn vị" (round s31's helper G, made-up texts in the image of its pages): the
subject "đơn vị" stands for the body whose seat hosts the act, else for the one the sentence before is about."""

import pytest
from _signing_helpers import extract, party_sets


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Chiều 14/8, tại trụ sở Viện kiểm sát nhân dân khu vực 3, đơn vị đã tổ chức hội nghị ký kết Quy chế phối "
            "hợp với Tòa án nhân dân khu vực 3 và Phòng Thi hành án dân sự khu vực 3.",
            [
                ("Phòng Thi hành án dân sự khu vực 3", "Viện kiểm sát nhân dân khu vực 3"),
                ("Tòa án nhân dân khu vực 3", "Viện kiểm sát nhân dân khu vực 3"),
            ],
        ),
        (
            "Viện kiểm sát nhân dân tỉnh vừa tổng kết công tác năm 2023. Dịp này, đơn vị đã ký kết quy chế phối hợp "
            "với Cục Thi hành án dân sự tỉnh.",
            [("Cục Thi hành án dân sự tỉnh", "Viện kiểm sát nhân dân tỉnh")],
        ),
        (
            "Viện kiểm sát nhân dân tỉnh vừa tổng kết công tác năm 2023.\nĐơn vị đã ký kết quy chế phối hợp với Cục "
            "Thi hành án dân sự tỉnh.",
            [("Cục Thi hành án dân sự tỉnh", "Viện kiểm sát nhân dân tỉnh")],
        ),
    ],
)
def test_the_unit_as_subject_is_the_host_or_the_body_told_of_before(text, parties):
    assert party_sets(extract(f"Tin\n\n{text}", "2024-08-20", "Yên Bái")) == parties


@pytest.mark.parametrize(
    "text, named",
    [
        # (a staff office with its parent in brackets is in the parent's sector)
        (
            "Tham dự có lãnh đạo Phòng Tham mưu (Công an tỉnh) và Công an huyện Trạm Tấu.",
            {("Phòng Tham mưu Công an tỉnh", "police")},
        ),
        # (an unnamed post's head reads no border guard of the level after it)
        ("Đồn Biên phòng cùng Hội LHPN huyện tổ chức tuyên truyền Luật Biên giới quốc gia.", set()),
    ],
)
def test_units_and_posts_named_without_their_own_names(text, named):
    facts = extract(f"Tin\n\n{text}", "2024-08-20", "Yên Bái")
    sectors = {(a.name, a.sector) for a in facts.agencies}
    assert named <= sectors
    assert not any(a.name.startswith("Biên phòng") for a in facts.agencies)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Nội dung phối hợp được thực hiện theo Luật Hoạt động giám sát của Quốc hội và HĐND năm 2015.", []),
        ("Quy chế được xây dựng theo Luật Tổ chức Quốc hội năm 2014.", []),
        # (the law's name ends at its year: the Government after it is a body)
        (
            "Doanh nghiệp thực hiện theo Luật Doanh nghiệp năm 2013 và các quy định của Chính phủ.",
            ["Chính phủ"],
        ),
    ],
)
def test_a_body_named_inside_a_law_s_name_is_no_agency(text, names):
    assert sorted(a.name for a in extract(f"Tin\n\n{text}", "2024-08-20", "Yên Bái").agencies) == names
