"""A cooperation document issued by its parties together is their signing ("A và B vừa ban hành Quy chế phối hợp
giai đoạn 2018-2020"); one body issuing its own plan signs nothing."""

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
