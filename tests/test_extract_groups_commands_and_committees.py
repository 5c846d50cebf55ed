"""Classes of round s20's blind wave (ol, om, on, oo): a counted group named by two kinds ("10 cơ quan, tổ chức gồm
A, B ...") whose members sign with the body before it, a profession's general association ("Tổng hội Y học Việt
Nam"), a scientific degree written before a name after "và" ("Bộ trưởng Bộ Y tế và GS.TSKH. Phạm Mạnh Hùng"), which
ends the title before it; forces introduced by "lực lượng là"; the army's numbered depots, technical centres and
platoons, a naval region as a unit's parent in apposition, the military command of an organ ("Ban CHQS Văn phòng
Tỉnh ủy"), the steering committee of the campaign "Toàn dân bảo vệ an ninh Tổ quốc", a bare "Đảng ủy" before a
body of a level in a list that ends with other places' bodies; and, from the second wave (op, oq, or), a head over
every province of a named region ("Công đoàn viên chức các tỉnh Nam Sông Hậu") signing as the bodies listed for it,
and a unit with its parent after a dash ("Trung tâm Bảo đảm kỹ thuật 354 - Vùng 3 Hải Quân") signing as the unit."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, positions_by_name


def test_a_counted_group_named_by_two_kinds_lists_its_members_as_parties():
    text = (
        "Chiều 14/10, tại Hà Nội diễn ra lễ ký kết chương trình phối hợp giai đoạn 2013 – 2018 giữa Trung ương Hội "
        "Chữ thập đỏ Việt Nam và 3 cơ quan, tổ chức gồm Bộ Công an, Ủy ban Dân tộc và Báo Nhân dân."
    )
    facts = extract(text, "2013-10-15", "")
    assert party_sets(facts) == [
        ("Báo Nhân dân", "Bộ Công an", "Trung ương Hội Chữ thập đỏ Việt Nam", "Ủy ban Dân tộc"),
    ]


def test_a_profession_s_general_association_is_a_body_of_the_front():
    text = "Ngày 12/7, tại Hà Nội, Bộ Y tế và Tổng hội Y học Việt Nam ký kết Nghị quyết liên tịch."
    facts = extract(text, "2015-07-13", "")
    assert ("Tổng hội Y học Việt Nam", "front") in named_sectors(facts)
    assert party_sets(facts) == [("Bộ Y tế", "Tổng hội Y học Việt Nam")]


def test_a_scientific_degree_after_and_ends_the_title_before_it():
    text = (
        "Ngày 12/7, tại Hà Nội, Bộ Y tế và Tổng hội Y học Việt Nam ký kết Nghị quyết liên tịch. PGS.TS. Nguyễn Thị "
        "Kim Tiến, Bộ trưởng Bộ Y tế và GS.TSKH. Phạm Mạnh Hùng, Chủ tịch Tổng hội Y học Việt Nam chủ trì buổi lễ."
    )
    positions = positions_by_name(extract(text, "2015-07-13", ""))
    assert positions["Nguyễn Thị Kim Tiến"] == ["Bộ trưởng Bộ Y tế"]
    assert positions["Phạm Mạnh Hùng"] == ["Chủ tịch Tổng hội Y học Việt Nam"]


def test_forces_introduced_by_luc_luong_la_are_no_bodies():
    text = (
        "Ngày 28/7, hội nghị giao ban thực hiện Nghị định 77/2010/NĐ-CP 6 tháng đầu năm 2016 giữa lực lượng là Công "
        "an, Quân sự và Biên phòng."
    )
    assert named_sectors(extract(text, "2016-07-29", "Lạng Sơn")) == set()


def test_the_army_s_numbered_depots_centres_and_platoons_sign():
    text = (
        "Sáng 5/3, Kho KT 789, Trung tâm Bảo đảm kỹ thuật 354, Vùng 3 Hải quân và Trung đội dân quân thường trực "
        "huyện ký kết chương trình phối hợp."
    )
    facts = extract(text, "2017-03-06", "Quảng Trị")
    assert party_sets(facts) == [
        ("Kho KT 789", "Trung tâm Bảo đảm kỹ thuật 354", "Trung đội dân quân thường trực huyện"),
    ]
    assert ("Kho KT 789", "military") in named_sectors(facts)


def test_the_military_command_of_an_organ_is_a_unit_of_the_armed_forces():
    text = "Sáng 5/3, Ban CHQS Văn phòng Tỉnh ủy và Ban Chỉ huy Quân sự Sở Y tế ký kết quy chế phối hợp."
    facts = extract(text, "2017-03-06", "Tây Ninh")
    assert party_sets(facts) == [("Ban Chỉ huy Quân sự Sở Y tế", "Ban Chỉ huy Quân sự Văn phòng Tỉnh ủy")]
    assert ("Ban Chỉ huy Quân sự Văn phòng Tỉnh ủy", "military") in named_sectors(facts)


def test_the_steering_committee_of_the_people_s_security_campaign_is_the_state_s():
    text = (
        "Sáng 5/3, Ban Chỉ đạo thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc” tỉnh và Ủy ban MTTQ tỉnh ký "
        "kết quy chế phối hợp."
    )
    facts = extract(text, "2017-03-06", "Lâm Đồng")
    assert ("Ban Chỉ đạo thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc” tỉnh", "state") in named_sectors(facts)
    assert len(party_sets(facts)[0]) == 2


def test_a_bare_party_committee_before_a_levelled_body_in_a_list_of_places_bodies():
    text = (
        "Năm 2022, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh và Huyện ủy, UBND 2 huyện biên giới: Đăk Glei, Ngọc Hồi đã phối "
        "hợp chặt chẽ."
    )
    names = {name for name, _sector in named_sectors(extract(text, "2023-03-06", "Kon Tum"))}
    assert {"Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"} <= names


def test_a_head_over_every_province_of_a_named_region_signs_as_its_listed_bodies():
    # "Công đoàn viên chức các tỉnh Nam sông hậu đã ký kết", after the region's provinces were listed once
    text = (
        "Sáng ngày 24/7, Liên đoàn Lao động tỉnh Cà Mau tổ chức buổi giao lưu Công đoàn viên chức các tỉnh Nam Sông "
        "Hậu gồm Cà Mau, Bạc Liêu và Sóc Trăng. Dịp này, Công đoàn viên chức các tỉnh Nam sông hậu đã ký kết giao lưu "
        "luân phiên hàng năm."
    )
    facts = extract(text, "2020-07-25", "Cà Mau")
    assert party_sets(facts) == [
        ("Công đoàn viên chức tỉnh Bạc Liêu", "Công đoàn viên chức tỉnh Cà Mau", "Công đoàn viên chức tỉnh Sóc Trăng"),
    ]


def test_a_unit_and_its_parent_after_a_dash_sign_as_the_unit():
    text = (
        "Ngày 17/12, Tỉnh đoàn Quảng Trị phối hợp Trung tâm Bảo đảm kỹ thuật 354 - Vùng 3 Hải Quân tổ chức hội nghị "
        "sơ kết chương trình phối hợp năm 2016 và ký kết chương trình phối hợp năm 2017."
    )
    facts = extract(text, "2016-12-19", "Quảng Trị")
    assert party_sets(facts) == [("Trung tâm Bảo đảm kỹ thuật 354", "Tỉnh đoàn Quảng Trị")]
