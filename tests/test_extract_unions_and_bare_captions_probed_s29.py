"""Trade unions of schools, offices and economic zones, and photo captions that open with their verb, as a helper's
made-up commune and review pages of round s29 print them (the texts here are made up in their image): the union was
lost with its signing, or read as the body it serves; a caption "Ký giao ước thi đua năm 2019" gave the subject of the
sentence before it a signing."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Hà Tĩnh"):
    return extract(f"Tin\n\n{text}", "2025-12-20", province)


@pytest.mark.parametrize(
    "union",
    [
        "Công đoàn Trường Trung học cơ sở Phúc Đồng",
        "Công đoàn Trường Tiểu học Phúc Đồng",
        "Công đoàn cơ quan Ủy ban nhân dân huyện Hương Khê",
    ],
)
def test_a_school_s_or_an_office_s_union_signs(union):
    facts = _facts(f"Ngày 20/3, {union} ký kết chương trình phối hợp với Hội Cựu chiến binh xã Phúc Đồng.")
    assert party_sets(facts) == [tuple(sorted((union, "Hội Cựu chiến binh xã Phúc Đồng")))]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Công đoàn Khu kinh tế tỉnh và Liên đoàn Lao động huyện được tặng Bằng khen.", "Công đoàn Khu kinh tế tỉnh"),
        ("Công đoàn Khu kinh tế mở Chu Lai tổ chức hội nghị tổng kết năm 2020.", "Công đoàn Khu kinh tế mở Chu Lai"),
    ],
)
def test_an_economic_zone_s_union_is_a_body(text, name):
    assert name in agency_names(_facts(text, "Quảng Nam"))


@pytest.mark.parametrize(
    "text",
    [
        "Chi hội Phụ nữ thôn Gò Da có 45 hội viên.\nKý giao ước thi đua năm 2019",
        "Dịp này, UBND huyện tặng giấy khen cho Công an xã Quảng Nham.\nKý kết quy chế phối hợp",
    ],
)
def test_a_caption_that_opens_with_its_verb_gives_the_sentence_before_no_signing(text):
    assert party_sets(_facts(text, "Thanh Hóa")) == []


def test_a_sentence_going_on_with_the_one_before_still_signs_for_its_subject():
    facts = _facts(
        "Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác. Đồng thời, ký kết quy chế phối hợp.",
        "Thanh Hóa",
    )
    assert party_sets(facts) == [("Hội Nông dân tỉnh",)]
