"""An outlet's name on a line with the page's date or a section label is the page's masthead (round s36's helpers, in
made-up texts in the image of their pages): "Báo Hải Dương điện tử - Thứ năm, 27/07/2017 11:05", "LONGFORM | Báo và
Phát thanh, Truyền hình Gia Lai", "Thứ Hai, 09/03/2026 | Báo Hưng Yên điện tử" name the outlet that publishes the
page, no body of the report; an outlet that acts in the report stays."""

import pytest
from _signing_helpers import agency_names, extract

_REPORT = "Sáng 8/3, Công an tỉnh Hưng Yên và Hội Nông dân tỉnh ký kết chương trình phối hợp."


@pytest.mark.parametrize(
    "masthead",
    [
        "Báo Hưng Yên điện tử - Thứ hai, 09/03/2026 10:20",
        "Báo Hưng Yên điện tử – 09/03/2026",
        "EMAGAZINE | Báo Hưng Yên",
        "Báo và Phát thanh, Truyền hình Hưng Yên | Thứ Hai, 09/03/2026",
    ],
)
def test_an_outlet_with_the_page_s_date_or_section_under_the_headline_names_no_body(masthead):
    facts = extract(f"Công an tỉnh ký kết với Hội Nông dân\n\n{masthead}\n\n{_REPORT}", "2026-03-09", "Hưng Yên")
    assert agency_names(facts) == ["Công an tỉnh Hưng Yên", "Hội Nông dân tỉnh"]


def test_an_outlet_with_the_page_s_date_as_the_first_line_names_no_body():
    facts = extract(
        f"Báo Hưng Yên điện tử - Thứ hai, 09/03/2026 10:20\nCông an tỉnh ký kết với Hội Nông dân\n\n{_REPORT}",
        "2026-03-09",
        "Hưng Yên",
    )
    assert agency_names(facts) == ["Công an tỉnh Hưng Yên", "Hội Nông dân tỉnh"]


def test_control_an_outlet_that_signs_stays():
    facts = extract(
        "Tin\n\nSáng 8/3, Báo Hưng Yên - cơ quan của Đảng bộ tỉnh và Công an tỉnh ký kết quy chế phối hợp tuyên "
        "truyền.",
        "2026-03-09",
        "Hưng Yên",
    )
    assert "Báo Hưng Yên" in agency_names(facts)


def test_control_an_outlet_beside_another_body_on_a_line_stays():
    facts = extract(
        "Tin\n\nBáo Hưng Yên - Hội Nông dân tỉnh\n\nSáng 8/3, Báo Hưng Yên và Hội Nông dân tỉnh ký kết chương trình "
        "phối hợp tuyên truyền.",
        "2026-03-09",
        "Hưng Yên",
    )
    assert agency_names(facts) == ["Báo Hưng Yên", "Hội Nông dân tỉnh"]
