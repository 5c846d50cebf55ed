"""Two cuts of a body's name (round s35, from a black-box tester's pages; made-up sentences):
- a trade union of the industrial zones and the economic zone holds a lower-case "và" inside its one name ("Công đoàn
  các Khu công nghiệp và khu kinh tế Hải Phòng");
- the "bộ" of "nội bộ" (internal) is no ministry: "Phòng Bảo vệ chính trị nội bộ Công an tỉnh" is a police
  department, not "Bộ Công an tỉnh"."""

import pytest
from _signing_helpers import agency_names, extract


def _facts(text, province="Hải Phòng", published="2019-05-14"):
    return extract(f"Tin hoạt động\n\n{text}", published, province)


def test_a_union_of_the_industrial_zones_and_the_economic_zone():
    facts = _facts("Công đoàn các Khu công nghiệp và khu kinh tế Hải Phòng trao 50 suất quà cho công nhân.")
    assert agency_names(facts) == ["Công đoàn các Khu công nghiệp và khu kinh tế Hải Phòng"]


def test_control_a_union_listed_with_another_body_is_cut_at_va():
    facts = _facts("Công đoàn các Khu công nghiệp và Sở Nội vụ tổ chức hội nghị.")
    assert agency_names(facts) == ["Công đoàn các Khu công nghiệp", "Sở Nội vụ"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Tham dự có đại diện Phòng Bảo vệ chính trị nội bộ Công an tỉnh.",
            ["Phòng Bảo vệ chính trị nội bộ Công an tỉnh"],
        ),
        (
            "Tham dự có đại diện Phòng Tham mưu và Phòng Bảo vệ chính trị nội bộ Công an tỉnh.",
            ["Phòng Bảo vệ chính trị nội bộ Công an tỉnh", "Phòng Tham mưu Công an tỉnh"],
        ),
    ],
)
def test_an_internal_security_department_is_no_ministry(text, bodies):
    assert agency_names(_facts(text, "Nghệ An")) == bodies


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # (controls: a ministry in lower case, the "bộ" of "cán bộ" before a force's department)
        ("Đại diện bộ Công Thương dự hội nghị.", "Bộ Công Thương"),
        ("Tham dự có đại diện Phòng Tổ chức cán bộ Công an tỉnh.", "Phòng Tổ chức cán bộ Công an tỉnh"),
    ],
)
def test_controls(text, body):
    assert agency_names(_facts(text, "Nghệ An")) == [body]
