"""Round s35: a firm of an army corps named with its parent ("Công ty 72 thuộc Binh đoàn 15") signs with a body; the
firm is no body of the facts (the corpora leave companies out), and the parent named only to place it does not sign:
the body keeps a signing of its own; made-up sentences."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Gia Lai", published="2021-05-20"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 19-5, Công ty 74 thuộc Binh đoàn 15 và Công an huyện Chư Prông đã ký kết quy chế phối hợp.",
        "Sáng 19-5, Công ty Cà phê 331 trực thuộc Binh đoàn 15 và Công an huyện Chư Prông ký kết quy chế phối hợp.",
        "Sáng 19-5, Công ty 74 thuộc Binh đoàn 15 ký kết quy chế phối hợp với Công an huyện Chư Prông.",
    ],
)
def test_the_parent_placing_a_firm_does_not_sign(text):
    facts = _facts(text)
    assert party_sets(facts) == [("Công an huyện Chư Prông",)]
    assert "Binh đoàn 15" in agency_names(facts)


@pytest.mark.parametrize(
    "text, parties",
    [
        # (controls: a body placed under its parent signs, the parent does not; a firm in brackets)
        (
            "Sáng 19-5, Đồn Biên phòng Ia Mơ thuộc Bộ Chỉ huy BĐBP tỉnh và Công an huyện Chư Prông ký kết quy chế phối "
            "hợp.",
            ("Công an huyện Chư Prông", "Đồn Biên phòng Ia Mơ"),
        ),
        (
            "Sáng 19-5, Công an huyện Chư Prông và Công ty 74 (Binh đoàn 15) đã ký kết quy chế phối hợp.",
            ("Công an huyện Chư Prông",),
        ),
        (
            "Sáng 19-5, Binh đoàn 15 và Công an huyện Chư Prông đã ký kết quy chế phối hợp.",
            ("Binh đoàn 15", "Công an huyện Chư Prông"),
        ),
    ],
)
def test_controls_bodies_and_their_parents(text, parties):
    assert party_sets(_facts(text)) == [parties]


def test_a_body_placed_under_its_parent_after_its_short_form_signs_for_it():
    facts = _facts(
        "Sáng 7/4, Ban Chỉ huy Phòng thủ khu vực 3 - Chư Sê (Ban CHPTKV 3 - Chư Sê) thuộc Bộ CHQS tỉnh và Hội Nông dân "
        "tỉnh Gia Lai ký kết quy chế phối hợp.",
        published="2026-04-08",
    )
    assert party_sets(facts) == [("Ban Chỉ huy Phòng thủ khu vực 3 - Chư Sê", "Hội Nông dân tỉnh Gia Lai")]
