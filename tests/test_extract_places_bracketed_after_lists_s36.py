"""A bracket right after a shared head's list of places places the list (its district, its province) and adds no
members (round s36's helper H: "Đảng ủy các xã Lũng Cú, Săm Pun (huyện Đồng Văn, Hà Giang)" gave "Đảng ủy huyện Đồng
Văn" and "Đảng ủy xã Hà Giang", and the joint "cùng" signing shrank to the invented one). Made-up sentences."""

from __future__ import annotations

from _signing_helpers import agency_names, extract, party_sets


def test_a_bracketed_district_and_province_after_a_commune_list_add_no_bodies():
    text = (
        "Ký kết kế hoạch\n\nSáng 3/4, Ban Chỉ huy Quân sự huyện Mèo Vạc cùng Ủy ban nhân dân các xã Xín Cái, Sơn Vĩ "
        "(huyện Mèo Vạc, Hà Giang) ký kết kế hoạch phối hợp tuần tra biên giới."
    )
    facts = extract(text, "2018-04-04", "Hà Giang")
    assert agency_names(facts) == [
        "Ban Chỉ huy Quân sự huyện Mèo Vạc",
        "Ủy ban nhân dân xã Sơn Vĩ",
        "Ủy ban nhân dân xã Xín Cái",
    ]
    assert party_sets(facts) == [
        ("Ban Chỉ huy Quân sự huyện Mèo Vạc", "Ủy ban nhân dân xã Sơn Vĩ", "Ủy ban nhân dân xã Xín Cái")
    ]


def test_a_joint_signing_of_two_listed_heads_keeps_all_four_parties():
    text = (
        "Ký kết quy chế\n\nNgày 12-6, Đồn Biên phòng Phó Bảng, Lũng Cú cùng Đảng ủy các xã Phó Bảng, Lũng Cú (huyện "
        "Đồng Văn, Hà Giang) tổ chức ký kết quy chế phối hợp bảo vệ biên giới."
    )
    facts = extract(text, "2017-06-13", "Hà Giang")
    assert "Đảng ủy huyện Đồng Văn" not in agency_names(facts)
    assert party_sets(facts) == [
        ("Đảng ủy xã Lũng Cú", "Đảng ủy xã Phó Bảng", "Đồn Biên phòng Lũng Cú", "Đồn Biên phòng Phó Bảng")
    ]


def test_control_a_kind_s_places_in_brackets_after_a_qualifying_clause_are_still_its_members():
    text = (
        "Ký kết giao ước\n\nNgày 12/5, Công an các tỉnh nằm trong cụm thi đua số 7 (Đắk Nông, Đắk Lắk, Lâm Đồng) ký "
        "kết giao ước thi đua năm 2019."
    )
    facts = extract(text, "2019-05-13", "Đắk Lắk")
    assert agency_names(facts) == ["Công an tỉnh Lâm Đồng", "Công an tỉnh Đắk Lắk", "Công an tỉnh Đắk Nông"]


def test_control_the_list_without_the_bracket_is_unchanged():
    text = (
        "Ký kết kế hoạch\n\nSáng 3/4, Ban Chỉ huy Quân sự huyện Mèo Vạc cùng Ủy ban nhân dân các xã Xín Cái, Sơn Vĩ "
        "ký kết kế hoạch phối hợp tuần tra biên giới."
    )
    facts = extract(text, "2018-04-04", "Hà Giang")
    assert party_sets(facts) == [
        ("Ban Chỉ huy Quân sự huyện Mèo Vạc", "Ủy ban nhân dân xã Sơn Vĩ", "Ủy ban nhân dân xã Xín Cái")
    ]
