"""Words that look like a level, and bodies of a commune's Party committee: "xã hội" (society) is no commune, so
"Bảo hiểm xã hội tỉnh" keeps its level word; "phường 1 quận 4" is a numbered ward, not a count of districts; the
mass-mobilisation bloc ("Khối dân vận") of a commune or ward is a body."""

from __future__ import annotations

from _signing_helpers import extract, party_sets


def test_xa_hoi_is_no_commune_so_social_insurance_is_named_with_its_level():
    # "BHXH, BHYT, BHTN" name the insurances; "BHXH tỉnh" is the body, and its name keeps its level word
    facts = extract(
        "Phấn đấu 100% người lao động tham gia BHXH, BHYT, BHTN\n\nQuy chế phối hợp về BHXH, BHYT, BHTN.\n\nBan Quản "
        "lý Khu kinh tế tỉnh, Liên đoàn Lao động tỉnh và BHXH tỉnh ký kết quy chế phối hợp giai đoạn 2025-2030.",
        "2025-08-01",
        "Gia Lai",
    )
    names = [a.name for a in facts.agencies]
    assert "Bảo hiểm xã hội tỉnh" in names and "Bảo hiểm xã hội" not in names


def test_a_numbered_ward_followed_by_its_district_is_read():
    facts = extract("Tin\n\nUBND phường 1 quận 4 tổ chức hội nghị.", "2006-03-30", "Hồ Chí Minh")
    assert [a.name for a in facts.agencies] == ["Ủy ban nhân dân phường 1"]


def test_a_count_before_a_level_word_is_still_no_ward():
    facts = extract("Tin\n\nHuyện ủy 4 huyện biên giới tổ chức hội nghị.", "2020-03-30", "Lai Châu")
    assert [a.name for a in facts.agencies] == []


def test_the_mass_mobilisation_bloc_of_a_commune():
    facts = extract(
        "Ký kết\n\nKhối dân vận phường An Hòa ký kết chương trình phối hợp với Công an phường An Hòa.",
        "2020-02-03",
        "Quảng Nam",
    )
    assert party_sets(facts) == [("Công an phường An Hòa", "Khối dân vận phường An Hòa")]


def test_a_body_named_after_a_list_of_places_is_no_place_of_the_list():
    # "Ban Nội chính Tỉnh ủy Quảng Ninh và Thanh tra tỉnh": "Thanh" opens the inspectorate's name
    facts = extract(
        "Tin\n\nBan Nội chính Tỉnh ủy Quảng Ninh và Thanh tra tỉnh đã ký kết chương trình phối hợp.",
        "2016-05-01",
        "Quảng Ninh",
    )
    assert party_sets(facts) == [("Ban Nội chính Tỉnh ủy Quảng Ninh", "Thanh tra tỉnh")]


def test_a_named_head_s_list_stops_at_a_person_or_a_body():
    # "Trại giam Xuân Phước; Nguyễn Khánh Minh - ..." and "Trại giam Xuân Phước và Tỉnh Đoàn" list no second prison
    facts = extract(
        "Tin\n\nTham dự có Đại tá Phạm Xuân Lâm - Phó Giám thị Trại giam Xuân Phước; Nguyễn Khánh Minh - Phó Bí thư "
        "Tỉnh Đoàn và lãnh đạo các phòng của Trại giam Xuân Phước và Tỉnh Đoàn.",
        "2014-05-01",
        "Phú Yên",
    )
    assert [a.name for a in facts.agencies if a.name.startswith("Trại giam")] == ["Trại giam Xuân Phước"]


def test_a_state_department_in_the_plural_before_the_places_it_stands_for():
    facts = extract(
        "Tin\n\nCục Quản lý Thị trường tỉnh Đồng Nai ký kết quy chế phối hợp giữa các Cục QLTT giáp ranh: Bình Dương, "
        "Long An, Tây Ninh, Đồng Nai và Thành phố Hồ Chí Minh.",
        "2019-06-12",
        "Bình Dương",
    )
    assert party_sets(facts) == [
        (
            "Cục Quản lý Thị trường tỉnh Đồng Nai",
            "Cục Quản lý thị trường Bình Dương",
            "Cục Quản lý thị trường Long An",
            "Cục Quản lý thị trường Tây Ninh",
            "Cục Quản lý thị trường thành phố Hồ Chí Minh",
        )
    ]
    # without places after it, the plural is the kind in general
    facts = extract("Tin\n\nCác Cục QLTT cần tăng cường kiểm tra.", "2019-06-12", "Bình Dương")
    assert facts.agencies == []


def test_a_party_committee_and_bodies_joined_by_dashes_share_the_place_list():
    facts = extract(
        "Tin\n\nTham dự có lãnh đạo Đảng ủy-HĐND-UBND-Ủy ban MTTQ Việt Nam phường Pleiku và xã Ia Băng.",
        "2025-10-16",
        "Gia Lai",
    )
    # (in any order: each head's members are read where the head is printed)
    assert sorted(a.name for a in facts.agencies) == sorted(
        [
            "Đảng ủy phường Pleiku",
            "Hội đồng nhân dân phường Pleiku",
            "Ủy ban nhân dân phường Pleiku",
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường Pleiku",
            "Đảng ủy xã Ia Băng",
            "Hội đồng nhân dân xã Ia Băng",
            "Ủy ban nhân dân xã Ia Băng",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ia Băng",
        ]
    )


def test_a_list_of_several_levels_takes_each_place_s_level_where_the_page_prints_it():
    # "Công an 03 xã, phường giáp ranh: ..." says no level per place; "Công an phường Minh Long" before it does
    facts = extract(
        "Tin\n\nNgày 6/8, tại Công an xã Minh Thạnh, Công an phường Minh Long đã dự hội nghị. Tại hội nghị Công an 03 "
        "xã, phường giáp ranh: Minh Long, Minh Thạnh, Đồng Nơ đã thảo luận. Sau khi thảo luận, Công an 03 xã, "
        "phường giáp ranh đã thống nhất ký kết kế hoạch phối hợp.",
        "2024-08-06",
        "Bình Phước",
    )
    assert party_sets(facts) == [("Công an phường Minh Long", "Công an xã Minh Thạnh", "Công an Đồng Nơ")]


def test_associations_in_lower_case_placed_by_their_level_and_the_emulation_board():
    facts = extract(
        "Tin\n\nHội nghị có Hội người cao tuổi tỉnh, Hội người mù tỉnh và các Hội trên địa bàn tỉnh.",
        "2023-05-01",
        "Hòa Bình",
    )
    assert [a.name for a in facts.agencies] == ["Hội người cao tuổi tỉnh", "Hội người mù tỉnh"]
    facts = extract(
        "Tin\n\nBan Thường vụ Tỉnh đoàn và Ban Thi đua Khen thưởng tỉnh ký kết chương trình phối hợp thi đua.",
        "2015-02-05",
        "Thái Bình",
    )
    assert party_sets(facts) == [("Ban Thi đua Khen thưởng tỉnh", "Ban Thường vụ Tỉnh đoàn")]


def test_the_youth_union_of_a_broadcaster():
    facts = extract(
        "Tin\n\nNgày 26-11, Tỉnh đoàn Tuyên Quang và Đoàn Thanh niên Đài Truyền hình Việt Nam đã ký kết chương trình "
        "hợp tác.",
        "2023-11-27",
        "Tuyên Quang",
    )
    assert party_sets(facts) == [("Tỉnh đoàn Tuyên Quang", "Đoàn Thanh niên Đài Truyền hình Việt Nam")]
