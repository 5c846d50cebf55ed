"""The sea and its forces as round s32's helpers printed them (made-up texts in the image of their pages): the navy's
and the coast guard's regions named short after their full names, numbered lists ending a sentence or sharing the
service printed after the last number, the commanders of ships, flotillas and companies, ships' hull numbers; and the
issuer "của" gives a cited document, which is no issuer of the plan the next clause's subject issues."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Quảng Ngãi"):
    return extract(f"Tin\n\n{text}", "2023-06-20", province)


def _document_parties(facts):
    return {d.symbol: list(d.parties) for d in facts.documents}


@pytest.mark.parametrize(
    "text, full, partner",
    [
        (
            "Ngày 8/6, tại Bộ Tư lệnh Vùng 1 Hải quân, Bộ Tư lệnh Vùng 1 và UBND huyện Bạch Long Vĩ ký kết quy chế "
            "phối hợp.",
            "Bộ Tư lệnh Vùng 1 Hải quân",
            "Ủy ban nhân dân huyện Bạch Long Vĩ",
        ),
        (
            "Lữ đoàn 125 Hải quân và Báo Quảng Ngãi ký kết chương trình phối hợp. Dịp này, Lữ đoàn 125 tặng quà các "
            "phóng viên.",
            "Lữ đoàn 125 Hải quân",
            "Báo Quảng Ngãi",
        ),
    ],
)
def test_a_naval_unit_named_short_after_its_full_name_is_that_unit(text, full, partner):
    facts = _facts(text)
    assert agency_names(facts) == sorted([full, partner])
    assert party_sets(facts) == [tuple(sorted([full, partner]))]


def test_a_gate_s_border_post_named_without_its_gate_is_no_post_named_cua():
    facts = _facts(
        "Đồn Biên phòng Cửa khẩu cảng Dung Quất và Báo Quảng Ngãi ký kết chương trình phối hợp. Dịp này, Đồn Biên "
        "phòng Cửa khẩu tặng quà các phóng viên."
    )
    assert agency_names(facts) == ["Báo Quảng Ngãi", "Đồn Biên phòng Cửa khẩu cảng Dung Quất"]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Dự có đại diện Bộ Tư lệnh Vùng Cảnh sát biển 1, 2 và 3.",
            [f"Bộ Tư lệnh Vùng Cảnh sát biển {n}" for n in (1, 2, 3)],
        ),
        ("Lực lượng thuộc Sư đoàn 2, 3, 4.", [f"Sư đoàn {n}" for n in (2, 3, 4)]),
        ("Dự có đại diện Bộ Tư lệnh Vùng 2, 3, 4 Hải quân.", [f"Bộ Tư lệnh Vùng {n} Hải quân" for n in (2, 3, 4)]),
        (
            "Dự có đại diện Hải đội 1, 2 Biên phòng và Sở Nông nghiệp và PTNT.",
            ["Hải đội 1 Biên phòng", "Hải đội 2 Biên phòng", "Sở Nông nghiệp và Phát triển nông thôn"],
        ),
        # controls: a decimal and a count end no list
        ("Lữ đoàn 125, 3 lần nhận cờ thi đua.", ["Lữ đoàn 125"]),
    ],
)
def test_a_numbered_list_ends_the_sentence_or_shares_the_service_after_its_last_number(text, names):
    assert agency_names(_facts(text)) == sorted(names)


@pytest.mark.parametrize(
    "text, person, position",
    [
        (
            "Ông Ngô Tấn Lộc, Chi đội trưởng Chi đội Kiểm ngư số 5, phát biểu tại hội nghị.",
            "Ngô Tấn Lộc",
            "Chi đội trưởng Chi đội Kiểm ngư số 5",
        ),
        (
            "Trung tá Đặng Văn Thắng, Hạm trưởng tàu CSB 6009 báo cáo kết quả tuần tra.",
            "Đặng Văn Thắng",
            "Hạm trưởng tàu CSB 6009",
        ),
        ("Thượng tá Phan Minh Hải, Thuyền trưởng tàu KN 290 phát biểu.", "Phan Minh Hải", "Thuyền trưởng tàu KN 290"),
        ("Đại úy Lê Văn Sáu, Đại đội trưởng Đại đội 17 phát biểu.", "Lê Văn Sáu", "Đại đội trưởng Đại đội 17"),
        ("Ông Trương Văn Hai, Hải đội phó Hải đội 2 phát biểu.", "Trương Văn Hai", "Hải đội phó Hải đội 2"),
    ],
)
def test_commanders_of_ships_flotillas_and_companies_hold_titles(text, person, position):
    assert positions_by_name(_facts(text)) == {person: [position]}


def test_a_coast_guard_short_form_outside_a_hull_number_is_spelled_out():
    facts = _facts("Ông Lê Văn Tám, Chính ủy Vùng CSB 2 phát biểu.")
    assert positions_by_name(facts) == {"Lê Văn Tám": ["Chính ủy Vùng Cảnh sát biển 2"]}


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Thực hiện Quyết định số 81/QĐ-TTg ngày 19/1/2023 của Thủ tướng Chính phủ, UBND tỉnh đã ban hành Kế hoạch "
            "số 45/KH-UBND ngày 10/3/2023.",
            {"81/QĐ-TTg": ["Thủ tướng Chính phủ"], "45/KH-UBND": ["Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, Công an tỉnh đã ban hành Kế hoạch số 12/KH-CAT.",
            {"05-NQ/TU": ["Tỉnh ủy"], "12/KH-CAT": ["Công an tỉnh"]},
        ),
        (
            "Thực hiện Chỉ thị số 45/CT-TTg của Thủ tướng Chính phủ, Sở Nông nghiệp và Phát triển nông thôn kiểm tra "
            "tàu cá.",
            {"45/CT-TTg": ["Thủ tướng Chính phủ"]},
        ),
        # controls: two issuers set off by a comma with nothing told after them, or joined by "và", are both the
        # document's
        (
            "Thực hiện Chương trình kiểm tra số 108-CTr/TW, ngày 5/1/2019 của Bộ Chính trị, Ban Bí thư; Quyết định số "
            "173-QĐ/TW của Bộ Chính trị.",
            {"108-CTr/TW": ["Bộ Chính trị", "Ban Bí thư"], "173-QĐ/TW": ["Bộ Chính trị"]},
        ),
        (
            "Thực hiện Kế hoạch số 07/KH-BDV-CAT của Ban Dân vận Tỉnh ủy và Công an tỉnh, các xã đã tổ chức tuyên "
            "truyền.",
            {"07/KH-BDV-CAT": ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"]},
        ),
    ],
)
def test_the_issuer_of_a_cited_document_issues_nothing_after_its_comma(text, parties):
    assert _document_parties(_facts(text)) == parties
