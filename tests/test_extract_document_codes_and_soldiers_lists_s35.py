"""A reviewed document's issuers where one code of its symbol reads no body, and the bodies listed after the soldiers'
nouns (round s35, made-up texts in the image of the testers' pages): the sentence's subject of as many bodies as the
symbol has codes issues it; "cán bộ, chiến sĩ A, B và C" names each body, the first too."""

import pytest
from _signing_helpers import agency_names, extract


def _facts(text, province="Thanh Hóa", published="2022-05-18"):
    return extract(f"Tin\n\n{text}", published, province)


def _parties(facts, symbol):
    return next(sorted(d.parties) for d in facts.documents if d.symbol == symbol)


@pytest.mark.parametrize(
    "text, symbol, parties",
    [
        # (the disaster command's name holds "và", its code "BCH" reads no body)
        (
            "Chiều 17/5, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh và Bộ Chỉ huy Bộ đội Biên phòng "
            "tỉnh sơ kết 2 năm thực hiện Quy chế phối hợp số 09/QCPH-BCH-BĐBP ngày 5/4/2020.",
            "09/QCPH-BCH-BĐBP",
            ["Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
        ),
        (
            "Ngày 17/5, Bộ Chỉ huy Quân sự tỉnh và Hội Cựu chiến binh tỉnh tổng kết Chương trình phối hợp số "
            "21/CTrPH-BCH-HCCB ngày 3/3/2017.",
            "21/CTrPH-BCH-HCCB",
            ["Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh"],
        ),
    ],
)
def test_a_code_that_reads_no_body_is_the_other_body_of_the_subject(text, symbol, parties):
    assert _parties(_facts(text), symbol) == parties


def test_control_a_code_that_abbreviates_none_of_the_bodies_gives_no_party():
    # (a police unit's code, "K02", spells no body of the sentence: only what the codes read is kept)
    facts = _facts(
        "Ngày 17/5, Bộ Chỉ huy Quân sự tỉnh, Sở Y tế và Hội Cựu chiến binh tỉnh tổng kết Chương trình phối hợp số "
        "21/CTrPH-K02-HCCB ngày 3/3/2017."
    )
    assert _parties(facts, "21/CTrPH-K02-HCCB") == ["Hội Cựu chiến binh tỉnh"]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Gần 800 cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và Bộ Chỉ huy BĐBP tỉnh tham gia khắc phục "
            "hậu quả lũ.",
            ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"],
        ),
        (
            "Các chiến sĩ Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh giúp dân dọn bùn.",
            ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"],
        ),
    ],
)
def test_the_first_of_the_bodies_listed_after_the_soldiers_nouns_is_a_body(text, names):
    assert agency_names(_facts(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        # (the people of one body, and the force as a service: no body acting, as before)
        "Hơn 300 cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh giúp dân dọn bùn.",
        "Cán bộ, chiến sĩ Bộ đội Biên phòng và nhân dân cùng giúp dân dọn bùn.",
    ],
)
def test_controls_the_people_of_one_body_or_of_a_service_name_no_body(text):
    assert agency_names(_facts(text)) == []
