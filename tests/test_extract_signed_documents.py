"""What counts as a signed cooperation document: one issued by its parties together ("A và B vừa ban hành Quy chế
phối hợp giai đoạn 2018-2020"; one body issuing its own plan signs nothing), an inter-agency contract ("hợp đồng
liên tịch"; a sales contract is none); an earlier agreement the act carries out is no new signing; the term of
what the two sides will do under it is the signing's."""

from __future__ import annotations

from _signing_helpers import extract, signing_tuples


def test_two_bodies_issuing_a_cooperation_regulation_together_sign_it():
    facts = extract(
        "Tin\n\n(GLO)- Ủy ban nhân dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh vừa ban hành Quy chế phối hợp giai đoạn "
        "2018-2020 nhằm tiếp tục nâng cao hiệu quả.",
        "2018-05-01",
        "Gia Lai",
    )
    assert signing_tuples(facts) == [(("Hội Liên hiệp Phụ nữ tỉnh", "Ủy ban nhân dân tỉnh"), "", "2018-2020")]


def test_one_body_issuing_its_plan_signs_nothing():
    for sentence in (
        "UBND tỉnh vừa ban hành Kế hoạch phối hợp thực hiện Đề án 06.",
        "Công an tỉnh đã ban hành Quy chế phối hợp với các xã.",
    ):
        assert extract("Tin\n\n" + sentence, "2024-05-01", "Gia Lai").signings == [], sentence


def test_an_inter_agency_contract_is_a_cooperation_document_and_a_sales_contract_is_not():
    facts = extract(
        "Tin\n\nNgày 7/4, Phòng Y tế quận 1 đã ký kết hợp đồng liên tịch với Liên đoàn Lao động quận 1.",
        "2015-04-08",
        "Hồ Chí Minh",
    )
    assert len(facts.signings) == 1
    facts = extract("Tin\n\nNgày 7/4, UBND huyện ký hợp đồng với Công ty A.", "2015-04-08", "Quảng Nam")
    assert facts.signings == []


def test_an_earlier_agreement_the_act_carries_out_signs_nothing_new():
    facts = extract(
        "Tin\n\nNgày 14/11, Ban Tuyên giáo Tỉnh ủy Bắc Giang và Ban Tuyên giáo Tỉnh ủy Thái Nguyên ký kết chương trình "
        "phối hợp, nhằm cụ thể hoá việc triển khai thực hiện các nội dung thoả thuận hợp tác giữa Ban Thường vụ "
        "Tỉnh ủy Bắc Giang và Ban Thường vụ Tỉnh ủy Thái Nguyên.",
        "2023-11-15",
        "Bắc Giang",
    )
    assert [sorted(s.parties) for s in facts.signings] == [
        ["Ban Tuyên giáo Tỉnh ủy Bắc Giang", "Ban Tuyên giáo Tỉnh ủy Thái Nguyên"]
    ]


def test_the_term_of_what_the_two_sides_will_do():
    facts = extract(
        "Tin\n\nChiều 12/4, Liên đoàn Lao động tỉnh và Sở Văn hóa-Thể thao đã tổ chức Lễ ký kết chương trình phối hợp."
        "\n\nTheo đó, hai đơn vị sẽ phối hợp xây dựng đời sống văn hóa trên địa bàn giai đoạn 2022-2026.",
        "2022-04-12",
        "Nghệ An",
    )
    assert signing_tuples(facts) == [(("Liên đoàn Lao động tỉnh", "Sở Văn hóa - Thể thao"), "2022-04-12", "2022-2026")]
