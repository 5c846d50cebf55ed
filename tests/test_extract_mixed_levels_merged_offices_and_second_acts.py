"""Classes left over from round s30 (made-up texts in the image of the helpers' pages): lists of places that switch
level word, sub-departments named for two fields, signings retold from before a merger, and a one-party act told apart
from its party's pairs."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, signing_tuples


def _facts(text, province="Đắk Lắk", published="2025-11-12"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Dự hội nghị có đại diện Hội LHPN phường Sông Cầu, phường Xuân Đài và xã Tuy An Bắc.",
            [
                "Hội Liên hiệp Phụ nữ phường Sông Cầu",
                "Hội Liên hiệp Phụ nữ phường Xuân Đài",
                "Hội Liên hiệp Phụ nữ xã Tuy An Bắc",
            ],
        ),
        (
            "Dự lễ có lãnh đạo UBND phường Đông Hải, xã Ninh Hải và xã Phước Dinh.",
            [
                "Ủy ban nhân dân phường Đông Hải",
                "Ủy ban nhân dân xã Ninh Hải",
                "Ủy ban nhân dân xã Phước Dinh",
            ],
        ),
        (
            # (a place after no level word of its own takes the level printed last before it)
            "Văn bản yêu cầu UBND quận Cầu Giấy, Đống Đa, huyện Đan Phượng, Thanh Trì phối hợp.",
            [
                "Ủy ban nhân dân huyện Thanh Trì",
                "Ủy ban nhân dân huyện Đan Phượng",
                "Ủy ban nhân dân quận Cầu Giấy",
                "Ủy ban nhân dân quận Đống Đa",
            ],
        ),
        # (a province after a district, a city after a commune: they locate the place before them)
        ("Dự có lãnh đạo Công an huyện Đức Cơ, Gia Lai.", ["Công an huyện Đức Cơ"]),
        ("Dự có Đoàn Thanh niên xã Hòa An, TP. Tuy Hòa.", ["Đoàn Thanh niên xã Hòa An"]),
    ],
)
def test_a_head_spreads_over_places_of_one_tier_whatever_their_level_word(text, names):
    assert agency_names(_facts(text)) == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("Dự có đại diện Chi cục Thủy sản và Kiểm ngư.", ["Chi cục Thủy sản và Kiểm ngư"]),
        (
            "Dự có đại diện Chi cục Kiểm lâm và Bảo tồn thiên nhiên tỉnh.",
            ["Chi cục Kiểm lâm và Bảo tồn thiên nhiên tỉnh"],
        ),
        (
            "Dự có đại diện Chi cục Quản lý chất lượng và Phát triển thị trường tỉnh.",
            ["Chi cục Quản lý chất lượng và Phát triển thị trường tỉnh"],
        ),
        (
            "Dự có đại diện Chi cục Thủy lợi và Phòng chống thiên tai tỉnh.",
            ["Chi cục Thủy lợi và Phòng chống thiên tai tỉnh"],
        ),
        # (a body's head after "và" opens the next body)
        ("Dự có đại diện Chi cục Thủy sản và Công an tỉnh.", ["Chi cục Thủy sản", "Công an tỉnh"]),
        (
            "Dự có đại diện Chi cục Kiểm lâm và Hạt Kiểm lâm huyện Krông Bông.",
            ["Chi cục Kiểm lâm", "Hạt Kiểm lâm huyện Krông Bông"],
        ),
    ],
)
def test_a_sub_department_is_named_for_two_fields(text, names):
    assert agency_names(_facts(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 12/11, Công an tỉnh tổ chức hội nghị tổng kết. Trước khi hợp nhất, Công an tỉnh Đắk Nông đã ký kết quy "
        "chế phối hợp với Viện Kiểm sát nhân dân tỉnh Đắk Nông.",
        "Sáng 12/11, Hội Nông dân tỉnh tổ chức hội nghị tổng kết. Trước sáp nhập, Hội Nông dân tỉnh Phú Yên đã ký kết "
        "chương trình phối hợp với Công an tỉnh Phú Yên.",
        "Sáng 12/11, Hội Nông dân tỉnh tổ chức hội nghị. Trong nhiệm kỳ trước, Hội Nông dân tỉnh đã ký kết chương "
        "trình phối hợp với Sở Y tế.",
    ],
)
def test_a_signing_from_before_a_merger_or_of_the_last_term_is_no_act_of_the_day(text):
    assert party_sets(_facts(text)) == []


def test_a_signing_after_a_merger_is_the_day_s_act():
    text = "Ngày 12/11, sau khi hợp nhất, Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp."
    assert signing_tuples(_facts(text)) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), "2025-11-12", "")]


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Sáng 14/5, Công an tỉnh ký kết quy chế phối hợp với UBND 9 huyện, thành phố. Cùng dịp, Công an tỉnh và "
            "Sở Tư pháp ký kết quy chế phối hợp về hộ tịch.",
            [("Công an tỉnh",), ("Công an tỉnh", "Sở Tư pháp")],
        ),
        (
            "Sáng 14/5, Đồn Biên phòng Bát Xát ký kết quy chế phối hợp với Công an huyện Bát Xát. Cùng ngày, Đồn Biên "
            "phòng Bát Xát ký kết quy chế phối hợp với UBND 4 xã biên giới.",
            [("Công an huyện Bát Xát", "Đồn Biên phòng Bát Xát"), ("Đồn Biên phòng Bát Xát",)],
        ),
        (
            # (told in one breath, the one-party lead is the pairs' summary)
            "Sáng 14/5, Hội Nông dân tỉnh ký kết chương trình phối hợp với các đơn vị. Cụ thể, Hội Nông dân tỉnh ký "
            "với Sở Y tế và Công an tỉnh.",
            [("Công an tỉnh", "Hội Nông dân tỉnh"), ("Hội Nông dân tỉnh", "Sở Y tế")],
        ),
    ],
)
def test_a_one_party_act_told_as_a_second_act_stays_beside_the_pairs(text, parties):
    assert party_sets(_facts(text, "Lào Cai", "2025-05-20")) == parties


@pytest.mark.parametrize(
    "text, names",
    [
        (
            # (Gio Việt, merged away in 2019, is no commune of the gazetteer; Gio Hải is)
            "Đảng ủy các xã Gio Việt, Gio Hải dự hội nghị.",
            ["Đảng ủy xã Gio Hải", "Đảng ủy xã Gio Việt"],
        ),
        ("Đảng ủy các xã Gio Việt và Gio Hải dự hội nghị.", ["Đảng ủy xã Gio Hải", "Đảng ủy xã Gio Việt"]),
        # (no name the gazetteer knows: no list of places)
        ("Đảng ủy các xã Xuân Quỳnh Giang, Hạ Quỳnh Giang dự hội nghị.", []),
    ],
)
def test_a_plural_of_one_level_spreads_over_a_commune_the_gazetteer_lacks_beside_one_it_knows(text, names):
    assert agency_names(_facts(text, "Quảng Trị", "2018-04-05")) == names


def test_an_act_told_at_the_same_conference_is_a_second_act():
    facts = _facts(
        "Chiều 13/3, BHXH tỉnh Lào Cai ký kết chương trình phối hợp với Ủy ban MTTQ tỉnh. Cũng tại hội nghị, BHXH "
        "tỉnh và Bưu điện tỉnh Lào Cai ký kết quy chế phối hợp về chi trả lương hưu.",
        "Lào Cai",
        "2025-03-14",
    )
    assert party_sets(facts) == [
        ("Bảo hiểm xã hội tỉnh Lào Cai",),
        ("Bảo hiểm xã hội tỉnh Lào Cai", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ]
