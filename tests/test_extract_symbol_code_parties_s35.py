"""A reviewed document's parties read from the codes of its symbol ("05/CTr-BĐBP-HND"), as round s35's testers printed
them (made-up texts in the image of their pages): a code is read only as a body the page names, at the page's level
(the Ban Chỉ huy BĐBP of a page after the 2025 reorganisation, a district's Ban CHQS), never as a body the page does not
mention; a code outside the code table is the body of the document's sentence whose initials it spells ("SĐ": Sư đoàn
7, "BCH": Bộ Chỉ huy Quân sự tỉnh); the parent a bracket notes after a body signs nothing."""

import pytest
from _signing_helpers import extract


def _parties(text, published="2025-10-24", province="Đồng Tháp"):
    facts = extract(f"Hội nghị tổng kết\n\n{text}", published, province)
    return {d.symbol: sorted(d.parties) for d in facts.documents}


def _facts(text, published="2025-10-24", province="Đồng Tháp"):
    facts = extract(f"Hội nghị tổng kết\n\n{text}", published, province)
    return facts


_BORDER_AND_FARMERS = ["Ban Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Nông dân tỉnh"]


@pytest.mark.parametrize(
    "text",
    [
        # the border command after 2025, its parent in brackets, the sides counted
        "Ngày 21/10, Ban Chỉ huy Bộ đội Biên phòng tỉnh (thuộc Bộ Chỉ huy Quân sự tỉnh Đồng Tháp) cùng Hội Nông dân "
        "tỉnh sơ kết Chương trình phối hợp số 118/CTrPH-BĐBP-HND ngày 3/5/2022 giữa hai đơn vị, giai đoạn 2022 - 2026.",
        # the same, the sides not counted: the codes read the two bodies of the sentence
        "Ngày 21/10, Ban Chỉ huy Bộ đội Biên phòng tỉnh và Hội Nông dân tỉnh sơ kết Chương trình phối hợp số "
        "118/CTrPH-BĐBP-HND ngày 3/5/2022, giai đoạn 2022 - 2026.",
    ],
)
def test_a_code_is_the_body_by_the_name_the_page_gives_it(text):
    assert _parties(text)["118/CTrPH-BĐBP-HND"] == _BORDER_AND_FARMERS


def test_a_code_of_a_body_the_page_never_names_invents_no_party():
    text = (
        "Ngày 21/10, Hội Nông dân tỉnh sơ kết Chương trình phối hợp số 118/CTrPH-BĐBP-HND ngày 3/5/2022, giai đoạn "
        "2022 - 2026, với sự tham gia của hội viên các xã biên giới."
    )
    facts = _facts(text)
    assert [d.parties for d in facts.documents] == [["Hội Nông dân tỉnh"]]
    assert not any("Biên phòng" in a.name for a in facts.agencies)


def test_a_code_of_two_levels_is_the_district_s_body_on_a_district_page():
    text = (
        "Ngày 14/3, Ban Chỉ huy Quân sự huyện Hồng Ngự và Hội Nông dân huyện tổng kết Chương trình phối hợp số "
        "07/CTr-BCHQS-HND ngày 2/4/2019 giai đoạn 2019 - 2024."
    )
    assert _parties(text, "2024-03-15")["07/CTr-BCHQS-HND"] == [
        "Ban Chỉ huy Quân sự huyện Hồng Ngự",
        "Hội Nông dân huyện",
    ]


@pytest.mark.parametrize(
    ("text", "symbol", "parties"),
    [
        (
            "Ngày 9-5, Sư đoàn 9 (Quân đoàn 4) và Hội Cựu chiến binh tỉnh Tây Ninh tổ chức hội nghị tổng kết Chương "
            "trình phối hợp số 31/CTrPH-SĐ-HCCB ngày 6-5-2018 giai đoạn 2018 - 2023.",
            "31/CTrPH-SĐ-HCCB",
            ["Hội Cựu chiến binh tỉnh Tây Ninh", "Sư đoàn 9"],
        ),
        (
            "Ngày 9-5, Bộ Chỉ huy Quân sự tỉnh và Liên đoàn Lao động tỉnh Tây Ninh tổ chức hội nghị tổng kết Chương "
            "trình phối hợp số 402/CTrPH-BCH-LĐLĐ ngày 6-5-2018 giai đoạn 2018 - 2023.",
            "402/CTrPH-BCH-LĐLĐ",
            # (the shared tail names the province for both)
            ["Bộ Chỉ huy Quân sự tỉnh Tây Ninh", "Liên đoàn Lao động tỉnh Tây Ninh"],
        ),
        (
            "Ngày 9-5, Trung đoàn 174 và Đoàn Thanh niên xã Tân Lập tổng kết Chương trình phối hợp số "
            "12/CTrPH-TĐ174-ĐTN giai đoạn 2018 - 2023.",
            "12/CTrPH-TĐ174-ĐTN",
            ["Trung đoàn 174", "Đoàn Thanh niên xã Tân Lập"],
        ),
    ],
)
def test_a_code_outside_the_table_is_the_sentence_s_body_it_spells(text, symbol, parties):
    assert _parties(text, "2023-05-10", "Tây Ninh")[symbol] == parties


def test_a_unit_code_fits_only_the_body_of_its_number():
    text = (
        "Ngày 9-5, Trung đoàn 174 và Đoàn Thanh niên xã Tân Lập tổng kết Chương trình phối hợp số "
        "12/CTrPH-TĐ88-ĐTN giai đoạn 2018 - 2023."
    )
    assert _parties(text, "2023-05-10", "Tây Ninh")["12/CTrPH-TĐ88-ĐTN"] == ["Đoàn Thanh niên xã Tân Lập"]


def test_control_parties_named_after_the_symbol_stay():
    text = (
        "Ngày 9-5, Hội Cựu chiến binh tỉnh tổng kết Chương trình phối hợp số 31/CTrPH-SĐ-HCCB ngày 6-5-2018 giữa Sư "
        "đoàn 9 và Hội Cựu chiến binh tỉnh giai đoạn 2018 - 2023."
    )
    assert _parties(text, "2023-05-10", "Tây Ninh")["31/CTrPH-SĐ-HCCB"] == ["Hội Cựu chiến binh tỉnh", "Sư đoàn 9"]


def test_control_standard_codes_of_the_page_s_bodies_still_read():
    text = (
        "Ngày 9-5, Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Quân sự tỉnh tổng kết Chương trình phối hợp số "
        "12/CTr-BDVTU-BCHQS giai đoạn 2018 - 2023."
    )
    assert _parties(text, "2023-05-10", "Tây Ninh")["12/CTr-BDVTU-BCHQS"] == [
        "Ban Dân vận Tỉnh ủy",
        "Bộ Chỉ huy Quân sự tỉnh",
    ]


def test_control_the_one_code_of_a_decision_reads_no_office_s_body():
    # (the issuer is an office, the Governor: a position, and the document's parties stay empty)
    text = (
        "Ngày 9-5, Công an thành phố và Ngân hàng Nhà nước chi nhánh tỉnh ký kết thỏa thuận hợp tác làm sạch dữ liệu "
        "theo Quyết định số 2345/QĐ-NHNN ngày 18/12/2023 của Thống đốc Ngân hàng Nhà nước."
    )
    assert _parties(text, "2024-05-10", "Cần Thơ")["2345/QĐ-NHNN"] == []
