"""The sector of a department or a board of a central body of the Party, the forces or the Front named with it, and of
a department named after its force (round s29, from a helper's made-up pages of national outlets; the texts here are
made up in their image): they were State bodies whatever their parent."""

import pytest
from _signing_helpers import extract, named_sectors


def _sectors(text):
    return named_sectors(extract(f"Tin\n\n{text}", "2024-05-04", None))


@pytest.mark.parametrize(
    "text, unit, sector",
    [
        ("Dự hội nghị có đại diện Vụ Tổng hợp (Ủy ban Kiểm tra Trung ương).", "Vụ Tổng hợp", "party"),
        ("Tham dự có đại diện Ban Dân tộc - Tôn giáo (Hội LHPN Việt Nam).", "Ban Dân tộc - Tôn giáo", "front"),
        (
            "Dự có lãnh đạo Cục Công tác đảng và công tác chính trị, Tổng cục Chính trị.",
            "Cục Công tác đảng và công tác chính trị",
            "military",
        ),
        ("Cùng dự có đại diện Vụ Pháp chế Bộ Quốc phòng.", "Vụ Pháp chế Bộ Quốc phòng", "military"),
        (
            "Cùng dự có đại diện Tổng cục Xây dựng lực lượng Công an nhân dân.",
            "Tổng cục Xây dựng lực lượng Công an nhân dân",
            "police",
        ),
    ],
)
def test_a_central_body_s_unit_takes_its_sector(text, unit, sector):
    assert (unit, sector) in _sectors(text)


def test_central_bodies_listed_keep_their_own_sectors():
    sectors = _sectors("Dự có lãnh đạo Ban Dân vận Trung ương, Mặt trận Tổ quốc Việt Nam và các đoàn thể.")
    assert ("Ban Dân vận Trung ương", "party") in sectors


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Dự có đại diện Vụ Kế hoạch, tổng hợp và pháp chế (Thanh tra Chính phủ).",
            "Vụ Kế hoạch, tổng hợp và pháp chế",
        ),
        ("Dự có đại diện Vụ Phổ biến, giáo dục pháp luật (Bộ Tư pháp).", "Vụ Phổ biến, giáo dục pháp luật"),
        (
            "Tham dự có lãnh đạo Vụ Thực hành quyền công tố và kiểm sát điều tra án an ninh.",
            "Vụ Thực hành quyền công tố và kiểm sát điều tra án an ninh",
        ),
    ],
)
def test_a_department_s_fields_in_lower_case_are_its_name(text, name):
    assert name in {n for n, _ in _sectors(text)}


def test_a_department_s_act_after_a_comma_is_no_field():
    assert {n for n, _ in _sectors("Đề nghị Vụ Công chức, viên chức rà soát ngay và kỹ trường hợp này.")} == {
        "Vụ Công chức"
    }
