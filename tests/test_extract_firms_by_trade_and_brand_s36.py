"""A signing whose partner is a firm named by its trade or a brand the grammar does not read as a body (round s36,
helper F's class 2): a joint venture ("Liên doanh ..."), a power company's unit named without "Công ty" ("Truyền tải
điện X", "Thủy điện Y"), a one-word brand ("Vietsovpetro"). Facts-format: a signing whose partner is no agency keeps
its named party, as with "Công ty ..."."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Chiều 5/7, Bộ Chỉ huy Quân sự tỉnh và Truyền tải điện Hà Tĩnh ký kết quy chế phối hợp.",
            [("Bộ Chỉ huy Quân sự tỉnh",)],
        ),
        (
            "Chiều 5/7, Công an tỉnh ký kết chương trình phối hợp với Thủy điện Hương Sơn.",
            [("Công an tỉnh",)],
        ),
        (
            "Chiều 5/7, Liên doanh Dầu khí Việt - Lào ký kết quy chế phối hợp với Công an tỉnh và Bộ Chỉ huy Quân sự "
            "tỉnh.",
            [("Bộ Chỉ huy Quân sự tỉnh",), ("Công an tỉnh",)],
        ),
        (
            "Chiều 5/7, Petrovietnamgas ký kết quy chế phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh.",
            [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",)],
        ),
    ],
)
def test_the_named_agency_keeps_its_signing_with_a_firm(sentence, expected):
    facts = extract(f"Tin\n\n{sentence}", "2022-07-06", "Hà Tĩnh")
    assert party_sets(facts) == expected


def test_control_an_unread_capitalised_partner_still_drops_the_one_party_reading():
    # (a name the grammar missed may be a body: the one-party reading waits for it)
    facts = extract(
        "Tin\n\nChiều 5/7, Công an tỉnh ký kết chương trình phối hợp với Xyz Hương Sơn.", "2022-07-06", "Hà Tĩnh"
    )
    assert party_sets(facts) == []
    assert agency_names(facts) == ["Công an tỉnh"]
