"""A lead's time word printed in capitals ("SÁNG 5/3, ..."), and a line break copied from a PDF after "Đảng ủy" before
the body whose Party committee it names ("... và Đảng ủy\\nBan Chỉ huy Quân sự huyện ký kết ..."), as round s35's
helpers printed them (made-up texts in the image of their pages): the date is read, and the sentence is one."""

import pytest
from _signing_helpers import extract, signing_tuples


@pytest.mark.parametrize("time_word", ["SÁNG", "CHIỀU", "TỐI", "NGÀY"])
def test_a_time_word_in_capitals_dates_the_signing(time_word):
    facts = extract(
        f"Tin\n\n{time_word} 14/8, Liên đoàn Lao động tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp.",
        "2022-08-15",
        "Nam Định",
    )
    assert [s.date for s in facts.signings] == ["2022-08-14"]


def test_a_time_word_with_a_capital_only_stays():
    facts = extract(
        "Tin\n\nSáng 14/8, Liên đoàn Lao động tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp.",
        "2022-08-15",
        "Nam Định",
    )
    assert [s.date for s in facts.signings] == ["2022-08-14"]


_WRAPPED = (
    "Tin\n\nChiều 14/8, Ban Thường vụ Đảng ủy xã Hải Lý và Đảng ủy\n{body} ký kết Quy chế phối hợp số "
    "05-QC/ĐU-ĐUQS nhiệm kỳ 2020 - 2025."
)


@pytest.mark.parametrize(
    "body, committee",
    [
        ("Ban Chỉ huy Quân sự huyện Hải Hậu", "Đảng ủy Ban Chỉ huy Quân sự huyện Hải Hậu"),
        ("Công an huyện Hải Hậu", "Đảng ủy Công an huyện Hải Hậu"),
    ],
)
def test_a_break_after_a_party_committee_before_its_body_is_no_sentence_end(body, committee):
    facts = extract(_WRAPPED.format(body=body), "2022-08-15", "Nam Định")
    assert signing_tuples(facts) == [
        (tuple(sorted(["Ban Thường vụ Đảng ủy xã Hải Lý", committee])), "2022-08-14", "2020-2025")
    ]
    assert [(d.symbol, d.issued) for d in facts.documents] == [("05-QC/ĐU-ĐUQS", "2022-08-14")]


def test_a_line_ending_with_a_party_committee_before_a_new_paragraph_keeps_its_break():
    # (a caption that ends with the committee, then a paragraph opening with a person: two sentences)
    text = (
        "Tin\n\nChiều 14/8, Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp.\n"
        "Đồng chí Trần Văn Nam phát biểu chỉ đạo thay mặt Đảng ủy\nÔng Lê Văn Bình, Chủ tịch Hội Nông dân tỉnh, "
        "cho biết hai bên sẽ phối hợp tuyên truyền."
    )
    facts = extract(text, "2022-08-15", "Nam Định")
    assert signing_tuples(facts) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), "2022-08-14", "")]
    assert "Lê Văn Bình" in {p.name for p in facts.persons}
