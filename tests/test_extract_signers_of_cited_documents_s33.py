"""The issuers of an old document told by its past signing, as round s33's helpers printed them (made-up texts in the
image of their pages): "Năm 2011, A và B đã ký kết Chương trình ... số X" is no act of the page, so no signing lends
the document its signers: the list that signed it issues it; a second programme of the same two bodies keeps both."""

import pytest
from _signing_helpers import extract


def _document_parties(text, published, province="Hà Tĩnh"):
    facts = extract(f"Tin\n\n{text}", published, province)
    return {d.symbol: sorted(d.parties) for d in facts.documents}


@pytest.mark.parametrize(
    "text, published, symbol, parties",
    [
        (
            "Sáng 6/7, Hội Nông dân huyện Can Lộc tổng kết công tác năm. Năm 2012, Ban Chỉ huy Quân sự huyện Can Lộc "
            "và Hội Nông dân huyện Can Lộc đã ký kết Chương trình phối hợp số 08/CTrPH-QS-HND giai đoạn 2012 - 2015 "
            "về phát triển kinh tế gắn với quốc phòng.",
            "2016-07-04",
            "08/CTrPH-QS-HND",
            ["Ban Chỉ huy Quân sự huyện Can Lộc", "Hội Nông dân huyện Can Lộc"],
        ),
        (
            "Ngày 2/9/2024, Bộ Công Thương và Bộ Công an ký kết Chương trình phối hợp số 510/CTr-BCT-BCA giai đoạn "
            "2024 - 2029. Trước đó, ngày 4/5/2018 Bộ Công Thương và Bộ Công an đã ký Chương trình phối hợp số "
            "77/CTr-BCT-BCA giai đoạn 2018 - 2023.",
            "2024-09-03",
            "77/CTr-BCT-BCA",
            ["Bộ Công Thương", "Bộ Công an"],
        ),
    ],
)
def test_the_bodies_that_signed_an_old_document_issue_it(text, published, symbol, parties):
    assert _document_parties(text, published, None)[symbol] == sorted(parties)


def test_control_persons_signing_for_their_bodies_leave_the_sides_to_the_signing():
    text = (
        "Sáng 7/6, Đại tá Nguyễn Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh và bà Lê Thị Hoa, Chủ tịch Hội Liên "
        "hiệp Phụ nữ tỉnh đã ký kết Chương trình phối hợp số 31/CTrPH-BCH-HLHPN giai đoạn 2024 - 2029."
    )
    assert _document_parties(text, "2024-06-08")["31/CTrPH-BCH-HLHPN"] == [
        "Bộ Chỉ huy Quân sự tỉnh",
        "Hội Liên hiệp Phụ nữ tỉnh",
    ]


def test_the_two_sides_that_signed_an_old_document_are_the_page_s_pair():
    text = (
        "Ngày 14/10, Bộ Tư pháp và Trung ương Đoàn TNCS Hồ Chí Minh ký kết chương trình phối hợp mới. Trước đó, giai "
        "đoạn 2017 - 2022, hai bên đã ký kết và triển khai Chương trình phối hợp số 22/CTrPH-BTP-TWĐTN."
    )
    assert _document_parties(text, "2023-10-15", None)["22/CTrPH-BTP-TWĐTN"] == [
        "Bộ Tư pháp",
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    ]


def test_control_two_sides_with_no_one_pair_on_the_page_name_nobody():
    text = "Trước đó, giai đoạn 2017 - 2022, hai bên đã ký kết Chương trình phối hợp số 22/CTrPH-X-Y."
    assert _document_parties(text, "2023-10-15", None)["22/CTrPH-X-Y"] == []
