"""Signings whose parties come from a list told elsewhere, and terms told only in the headline
(round "generalise": classes seen on the held-out pages). Sentences are made up."""

from _signing_helpers import extract
from _signing_helpers import party_sets as _party_sets


def _facts(text, published="2023-05-10", province="Lào Cai", title=None):
    return extract(text, published, province, title)


def test_a_plural_partner_stands_for_the_group_listed_under_its_kind():
    f = _facts(
        "Sáng 4-6, hội nghị ký kết quy chế phối hợp giữa Công an huyện Bảo Thắng và các đơn vị quân đội "
        "đóng trên địa bàn huyện đã diễn ra.\n\nDự hội nghị có 3 đơn vị quân đội, gồm: Lữ đoàn 199, "
        "Tiểu đoàn 35, Tiểu đoàn 41, kho K12."
    )
    assert _party_sets(f) == [("Công an huyện Bảo Thắng", "Lữ đoàn 199", "Tiểu đoàn 35", "Tiểu đoàn 41")]


def test_the_members_of_a_bloc_sign_its_emulation_pact():
    f = _facts(
        "Sáng 12/3, Khối thi đua 5 tổ chức hội nghị ký kết giao ước thi đua năm 2023.\n\n"
        "Khối thi đua 5 có 4 hội thành viên gồm Hội Luật gia tỉnh, Hội Người mù tỉnh, Hội Chữ thập đỏ tỉnh, "
        "Hội Khuyến học tỉnh.\n\nCác thành viên đã thống nhất ký kết giao ước thi đua năm 2023 với các "
        "nội dung trọng tâm được UBND tỉnh giao."
    )
    assert _party_sets(f) == [("Hội Chữ thập đỏ tỉnh", "Hội Khuyến học tỉnh", "Hội Luật gia tỉnh", "Hội Người mù tỉnh")]
    assert f.signings[0].period == (2023, 2023)


def test_with_bringing_the_content_names_no_partner():
    f = _facts(
        "Ngày 3/4, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp với các nội dung "
        "được Ủy ban nhân dân tỉnh giao."
    )
    assert _party_sets(f) == [("Công an tỉnh", "Hội Nông dân tỉnh")]


def test_a_headline_naming_every_party_gives_the_term():
    title = "Sở Tư pháp và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2023-2027"
    f = _facts(
        title + "\n\nChương trình đề ra nhiều nội dung phối hợp.\n\n"
        "Việc ký kết phối hợp giữa Sở Tư pháp và Hội Nông dân tỉnh là cơ sở để hai bên cùng thực hiện.",
        title=title,
    )
    assert [(tuple(sorted(s.parties)), s.period) for s in f.signings] == [
        (("Hội Nông dân tỉnh", "Sở Tư pháp"), (2023, 2027))
    ]


def test_a_counted_reference_stands_for_the_group_listed_under_the_same_count_and_kind():
    f = _facts(
        "Đảng ủy Đồn Biên phòng Bản Vược và Đảng ủy 3 xã biên giới gồm Bản Qua, Cốc Mỳ và Trịnh Tường "
        "vừa tổ chức hội nghị tổng kết năm 2022.\n\nĐại diện Đảng ủy Đồn Biên phòng Bản Vược và Đảng ủy "
        "3 xã ký ghi nhớ thực hiện quy chế phối hợp năm 2023."
    )
    parties = _party_sets(f)
    assert len(parties) == 1 and len(parties[0]) == 4
    assert "Đảng ủy Đồn Biên phòng Bản Vược" in parties[0]


def test_a_document_carried_out_and_told_by_its_past_signing_is_no_new_signing():
    f = _facts(
        "Thời gian qua, Đồn Biên phòng Bản Vược và Đồn Biên phòng A Mú Sung đã thực hiện nghiêm kế hoạch hiệp "
        "đồng quản lý, bảo vệ biên giới đã ký kết; duy trì chế độ thông báo tình hình."
    )
    assert f.signings == []
    g = _facts(
        "Ngày 3/4, Công an tỉnh và Hội Nông dân tỉnh tổng kết chương trình phối hợp giai đoạn 2018-2022, "
        "ký kết chương trình phối hợp giai đoạn 2023-2027."
    )
    assert _party_sets(g) == [("Công an tỉnh", "Hội Nông dân tỉnh")]
