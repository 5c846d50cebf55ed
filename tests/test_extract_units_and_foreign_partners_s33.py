"""Bodies and posts as round s33's helpers printed them (made-up texts in the image of their pages): police departments
with long names and their parent, a Party board named after the committee it serves, the police's and the forest
rangers' short forms with their place, a park's ranger post, an army corps' command, a border post named after a place
that opens with "Phó", the chiefs of a department whose name a dash splits, and the partners across the border: Lao
provinces printed with hyphens, Laos's front, a Lao village cluster's Party committee, China's border units."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, party_sets, positions_by_name


def _facts(text, province="Quảng Trị", published="2023-06-20"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, unit, partner",
    [
        (
            "Chiều 19/3, Phòng Cảnh sát giao thông đường bộ - đường sắt Công an tỉnh Quảng Trị và Tỉnh đoàn Quảng "
            "Trị ký kết chương trình phối hợp.",
            "Phòng Cảnh sát giao thông đường bộ - đường sắt Công an tỉnh Quảng Trị",
            "Tỉnh đoàn Quảng Trị",
        ),
        (
            "Ngày 18/5, Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh và Viện KSND tỉnh ký kết quy "
            "chế phối hợp.",
            "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh",
            "Viện Kiểm sát nhân dân tỉnh",
        ),
    ],
)
def test_a_police_department_of_a_long_name_signs_with_its_parent_in_its_name(text, unit, partner):
    facts = _facts(text)
    assert agency_names(facts) == sorted([unit, partner])
    assert party_sets(facts) == [tuple(sorted([unit, partner]))]


def test_a_commune_named_hoi_stays_no_part_of_a_police_department_s_field():
    facts = _facts("Phòng Cảnh sát hình sự Công an tỉnh và UBND xã Hội Xuân ký kết quy chế phối hợp.")
    assert "Ủy ban nhân dân xã Hội Xuân" in agency_names(facts)


def test_a_police_department_by_its_short_form_and_the_roads_it_polices():
    facts = _facts(
        "Phòng CSGT đường bộ - đường sắt Công an thành phố và Thành đoàn ký kết chương trình phối hợp.",
        province="Cần Thơ",
    )
    assert "Phòng Cảnh sát giao thông đường bộ - đường sắt Công an thành phố" in agency_names(facts)


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Dự có Thượng tá Hồ Xuân Long, Trưởng phòng CSGT đường bộ - đường sắt dự.",
            "Hồ Xuân Long",
            "Trưởng phòng Cảnh sát giao thông đường bộ - đường sắt",
        ),
        (
            "Dự lễ có Thượng tá Phan Văn Lực, Phó Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS tỉnh.",
            "Phan Văn Lực",
            "Phó Chủ nhiệm Hậu cần - Kỹ thuật Bộ Chỉ huy Quân sự tỉnh",
        ),
        (
            "Dự có Trung tá Giàng A Sùng, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh Điện "
            "Biên.",
            "Giàng A Sùng",
            "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh Điện Biên",
        ),
    ],
)
def test_a_department_s_chief_keeps_the_whole_name_of_the_department(text, name, post):
    assert positions_by_name(_facts(text))[name] == [post]


def test_a_post_after_a_dash_is_a_second_post_not_half_of_a_name():
    facts = _facts("Dự có Đại tá Lê Văn Dũng, Chủ nhiệm Chính trị - Phó Chỉ huy trưởng Bộ CHQS tỉnh.")
    assert positions_by_name(facts)["Lê Văn Dũng"] == [
        "Chủ nhiệm Chính trị",
        "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
    ]


def test_the_party_s_health_board_named_after_its_committee_keeps_the_committee():
    facts = _facts(
        "Ngày 19/10, Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy ký kết chương trình phối hợp với Sở Y tế giai đoạn "
        "2023-2025.",
        province="Long An",
    )
    board = "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy"
    assert (board, "party") in named_sectors(facts)
    assert party_sets(facts) == [tuple(sorted([board, "Sở Y tế"]))]


def test_the_police_s_short_forms_of_a_district_name_the_district_bare():
    facts = _facts(
        "Ngày 9/10, CAQ Lê Chân và Ban CHQS quận Lê Chân ký kết kế hoạch phối hợp tuần tra. CAH Vĩnh Bảo cũng dự.",
        province="Hải Phòng",
    )
    assert {("Công an quận Lê Chân", "police"), ("Công an huyện Vĩnh Bảo", "police")} <= named_sectors(facts)
    assert party_sets(facts) == [("Ban Chỉ huy Quân sự quận Lê Chân", "Công an quận Lê Chân")]


def test_forest_rangers_by_their_initials_and_a_park_s_own_ranger_post():
    facts = _facts(
        "Sáng 17/8, UBND huyện Tuy Đức ký kết quy chế phối hợp với HKL Tuy Đức về bảo vệ rừng. Dự có đại diện CCKL "
        "tỉnh. Ông Phạm Minh Quyết, Hạt trưởng HKL Tuy Đức phát biểu. Hạt Kiểm lâm Vườn quốc gia Cát Tiên cũng dự.",
        province="Đắk Nông",
    )
    assert {"Hạt Kiểm lâm Tuy Đức", "Chi cục Kiểm lâm tỉnh", "Hạt Kiểm lâm Vườn quốc gia Cát Tiên"} <= set(
        agency_names(facts)
    )
    assert party_sets(facts) == [("Hạt Kiểm lâm Tuy Đức", "Ủy ban nhân dân huyện Tuy Đức")]
    assert positions_by_name(facts)["Phạm Minh Quyết"] == ["Hạt trưởng Hạt Kiểm lâm Tuy Đức"]


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 21/10, Quy chế phối hợp đất đai đã được ký kết giữa Bộ Tư lệnh Binh đoàn 15 với Sở Tư pháp tỉnh.",
        "Chiều 21/10, Bộ Tư lệnh Binh đoàn 15 ký kết quy chế phối hợp với Sở Tư pháp tỉnh.",
    ],
)
def test_an_army_corps_command_signs_under_its_whole_name(text):
    facts = _facts(text, province="Gia Lai", published="2025-10-22")
    assert party_sets(facts) == [("Bộ Tư lệnh Binh đoàn 15", "Sở Tư pháp tỉnh")]


def test_a_corps_commander_s_title_names_no_body():
    facts = _facts("Thiếu tướng Lê Văn An, Tư lệnh Binh đoàn 15 thăm Sở Tư pháp tỉnh.", province="Gia Lai")
    assert agency_names(facts) == ["Sở Tư pháp tỉnh"]
    assert positions_by_name(facts)["Lê Văn An"] == ["Tư lệnh Binh đoàn 15"]


def test_a_border_post_named_after_a_place_that_opens_with_pho():
    facts = _facts(
        "Ngày 21/8, Đồn Biên phòng Phó Bảng và Đảng ủy xã Sủng Là ký kết kết nghĩa giai đoạn 2015 - 2020.",
        province="Hà Giang",
        published="2015-08-22",
    )
    assert party_sets(facts) == [("Đảng ủy xã Sủng Là", "Đồn Biên phòng Phó Bảng")]


def test_a_deputy_s_post_after_a_commune_still_ends_the_commune_s_name():
    facts = _facts("UBND xã Sủng Là Phó Chủ tịch Lê Văn An dự.", province="Hà Giang")
    assert agency_names(facts) == ["Ủy ban nhân dân xã Sủng Là"]


@pytest.mark.parametrize(
    "text, partner",
    [
        (
            "Ngày 5/4, Công an tỉnh Hà Tĩnh và Công an tỉnh Bô-ly-khăm-xay ký kết kế hoạch hợp tác năm 2024.",
            "Công an tỉnh Bô-ly-khăm-xay",
        ),
        ("Chiều 17/3, Tỉnh ủy Hà Tĩnh và Tỉnh ủy Chăm-pa-sắc ký kết thỏa thuận hợp tác.", "Tỉnh ủy Chăm-pa-sắc"),
        (
            "Ngày 11/3, Tỉnh ủy Hà Tĩnh ký chương trình phối hợp với Mặt trận Lào xây dựng đất nước tỉnh Savannakhet.",
            "Mặt trận Lào xây dựng đất nước tỉnh Savannakhet",
        ),
        (
            "Ngày 20/3, Tỉnh ủy Hà Tĩnh ký kết kết nghĩa với Đảng ủy cụm bản Phà Nọi (tỉnh Xiêng Khoảng, Lào).",
            "Đảng ủy cụm bản Phà Nọi",
        ),
    ],
)
def test_a_lao_partner_as_vietnamese_pages_print_it_signs(text, partner):
    facts = _facts(text, province="Hà Tĩnh", published="2024-04-06")
    signer = "Công an tỉnh Hà Tĩnh" if text.startswith("Ngày 5/4") else "Tỉnh ủy Hà Tĩnh"
    assert party_sets(facts) == [tuple(sorted([signer, partner]))]


def test_a_lao_official_s_post_keeps_the_province_s_hyphens():
    facts = _facts("Ông Khăm-sỉng Phon-sa-vắt, Phó Giám đốc Công an tỉnh Chăm-pa-sắc dự.", province="Kon Tum")
    assert positions_by_name(facts)["Khăm-sỉng Phon-sa-vắt"] == ["Phó Giám đốc Công an tỉnh Chăm-pa-sắc"]


def test_china_s_border_units_across_a_gate_are_partners():
    facts = _facts(
        "Ngày 7/11, Đồn Biên phòng Cửa khẩu quốc tế Lào Cai ký kết biên bản ghi nhớ với Trạm Kiểm tra biên phòng cửa "
        "khẩu Hà Khẩu và Đồn Công an biên phòng Bá Sái (Trung Quốc).",
        province="Lào Cai",
        published="2013-11-08",
    )
    post = "Đồn Biên phòng Cửa khẩu quốc tế Lào Cai"
    assert party_sets(facts) == sorted(
        [
            tuple(sorted([post, "Trạm Kiểm tra biên phòng cửa khẩu Hà Khẩu"])),
            tuple(sorted([post, "Đồn Công an biên phòng Bá Sái"])),
        ]
    )
    assert ("Đồn Công an biên phòng Bá Sái", "police") in named_sectors(facts)


@pytest.mark.parametrize(
    "printed, spaced",
    [
        ("Sở Kế hoạch-Đầu tư", "Sở Kế hoạch - Đầu tư"),
        ("Phòng PC06 -Công an tỉnh", "Phòng PC06 - Công an tỉnh"),
        ("Công an tỉnh Bô-ly-khăm-xay", "Công an tỉnh Bô-ly-khăm-xay"),
        ("Luông Pha-bang - Hủa Phăn", "Luông Pha-bang - Hủa Phăn"),
        ("khu vực 3-Huế", "khu vực 3 - Huế"),
    ],
)
def test_a_dash_between_parts_is_spaced_a_word_s_hyphen_is_kept(printed, spaced):
    from phoihop.text import spaced_dashes

    assert spaced_dashes(printed) == spaced


def test_two_lists_each_sharing_its_own_level_give_each_bare_member_its_list_s_place():
    facts = _facts(
        "Ngày 19/7, Công an, Ban CHQS huyện Hương Sơn và Công an, Ban CHQS huyện Thanh Chương ký kết quy chế phối hợp.",
        province="Hà Tĩnh",
    )
    members = [
        "Ban Chỉ huy Quân sự huyện Hương Sơn",
        "Ban Chỉ huy Quân sự huyện Thanh Chương",
        "Công an huyện Hương Sơn",
        "Công an huyện Thanh Chương",
    ]
    assert agency_names(facts) == members
    assert party_sets(facts) == [tuple(members)]


def test_a_list_printing_each_member_s_level_still_leaves_a_bare_member_bare():
    facts = _facts("Dự có UBMTTQ tỉnh, Hội CCB tỉnh, Hội Nông dân tỉnh, Đoàn Thanh niên và Hội LHPN tỉnh.")
    assert "Đoàn Thanh niên" in agency_names(facts)


def test_a_headline_s_bare_women_s_union_is_the_placed_one_the_body_names():
    facts = extract(
        "Công an quận Cầu Giấy ký kết với Hội Phụ nữ\n\nNgày 8-3, Công an quận Cầu Giấy ký kết chương trình phối hợp "
        "với Hội LHPN quận Cầu Giấy giai đoạn 2015 - 2020.",
        "2015-03-09",
        "Hà Nội",
    )
    assert agency_names(facts) == ["Công an quận Cầu Giấy", "Hội Liên hiệp Phụ nữ quận Cầu Giấy"]


@pytest.mark.parametrize(
    "text, name, sector",
    [
        ("Bộ Tư lệnh TP.HCM phối hợp với Trung đoàn Gia Định tổ chức huấn luyện.", "Trung đoàn Gia Định", "military"),
        (
            "Sáng 27-2, Hội đồng nghĩa vụ quân sự quận Hải An tổ chức lễ giao nhận quân.",
            "Hội đồng nghĩa vụ quân sự quận Hải An",
            "state",
        ),
        ("Trạm Khuyến nông huyện Mường Nhé tổ chức tập huấn.", "Trạm Khuyến nông huyện Mường Nhé", "state"),
        ("Dự có đại diện Phòng Nghiệp vụ Dược Sở Y tế.", "Phòng Nghiệp vụ Dược Sở Y tế", "state"),
        (
            "Cục Cảnh sát hình sự phối hợp với Ban Gia đình - Xã hội Trung ương Hội LHPN Việt Nam xây dựng tài liệu.",
            "Ban Gia đình - Xã hội Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
            "front",
        ),
    ],
)
def test_bodies_of_kinds_the_grammar_lacked(text, name, sector):
    assert (name, sector) in named_sectors(_facts(text))


def test_a_named_border_post_listed_after_cac_with_the_next_printed_whole():
    facts = _facts("Hai bên đào tạo 38 y tá; các Đồn Biên phòng Thanh, Đồn Biên phòng Pa Tầng duy trì phòng khám.")
    assert agency_names(facts) == ["Đồn Biên phòng Pa Tầng", "Đồn Biên phòng Thanh"]


def test_a_numbered_unit_named_again_without_its_number_is_that_unit():
    facts = _facts(
        "Ngày 4/12, Đoàn Kinh tế - Quốc phòng 379 tổ chức giao ban. Theo ông Lò Văn Puôn, sự có mặt của Đoàn KT-QP "
        "đã thay đổi vùng biên.",
        province="Điện Biên",
    )
    assert agency_names(facts) == ["Đoàn Kinh tế - Quốc phòng 379"]


def test_the_field_y_before_a_department_is_no_minority_name():
    facts = _facts("Đồng chí Lê Văn Bình, Trưởng phòng Nghiệp vụ Y Sở Y tế dự.")
    assert positions_by_name(facts) == {"Lê Văn Bình": ["Trưởng phòng Nghiệp vụ Y Sở Y tế"]}


def test_a_minority_name_with_a_space_after_its_apostrophe_and_its_given_name_told_again():
    facts = _facts(
        "Dự có đồng chí H' Hồng Niê, Bí thư Tỉnh đoàn. Ông Y Ngông Niê, Bí thư Huyện ủy Ea Súp, thường xuống các "
        "buôn. Theo ông Y Ngông, dân tin thì biên giới yên.",
        province="Đắk Lắk",
    )
    assert positions_by_name(facts) == {
        "H' Hồng Niê": ["Bí thư Tỉnh đoàn"],
        "Y Ngông Niê": ["Bí thư Huyện ủy Ea Súp"],
    }


def test_a_steering_committee_of_several_programmes_is_the_whole_post():
    facts = _facts("Dự có ông Đặng Ngọc Hậu, Trưởng Ban Chỉ đạo các chương trình phát triển lâm nghiệp tỉnh.")
    assert positions_by_name(facts)["Đặng Ngọc Hậu"] == [
        "Trưởng Ban Chỉ đạo các chương trình phát triển lâm nghiệp tỉnh"
    ]


def test_the_police_s_fire_service_named_as_a_service_is_no_body():
    facts = _facts(
        "Công an tỉnh phối hợp với các trường. Lực lượng Cảnh sát PCCC sẽ tổ chức 60 buổi ngoại khóa tại các trường.",
        province="Hà Tĩnh",
    )
    assert agency_names(facts) == ["Công an tỉnh"]


def test_a_numbered_company_of_a_province_s_border_force_is_one_body():
    facts = _facts("Năm 2012, Đồn Biên phòng Lao Bảo đã ký kết kết nghĩa với Đại đội 301 Biên phòng tỉnh Savannakhet.")
    assert agency_names(facts) == ["Đại đội 301 Biên phòng tỉnh Savannakhet", "Đồn Biên phòng Lao Bảo"]


@pytest.mark.parametrize("published", ["2020-06-01", None])
def test_an_undated_signing_beside_a_dated_document_of_counted_parties_is_read(published):
    # (the signing's own date is sought among documents of its parties and term; one whose parties are only counted,
    # "giữa hai đơn vị", failed the page: TypeError)
    facts = extract(
        "Tin\n\nCông an tỉnh và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2020 - 2022. Hai bên từng ký Chương "
        "trình phối hợp số 07/CTrPH-CAT-TĐ ngày 12/5/2017 giữa hai đơn vị.",
        published,
        "Nghệ An",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Tỉnh đoàn")]
    assert [(d.symbol, d.issued) for d in facts.documents] == [("07/CTrPH-CAT-TĐ", "2017-05-12")]


def test_a_gate_s_border_post_listed_after_cac_with_the_next_post_printed_whole():
    facts = _facts(
        "Sáng 17/6, Bộ Chỉ huy BĐBP tỉnh chỉ đạo các Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo, Đồn Biên phòng Thanh tổ "
        "chức tuyên truyền."
    )
    assert {"Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo", "Đồn Biên phòng Thanh"} <= set(agency_names(facts))


def test_posts_in_general_after_cac_name_no_body():
    facts = _facts("Bộ Chỉ huy BĐBP tỉnh chỉ đạo các Đồn Biên phòng trên địa bàn tổ chức tuyên truyền.")
    assert agency_names(facts) == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_a_committee_of_a_place_opening_like_a_member_s_word_is_a_committee():
    facts = _facts(
        "Ngày 26/4, Huyện ủy Sốp Cộp ký kết biên bản ghi nhớ với Huyện ủy Viêng Xay. Ông Lê Văn An, Tỉnh ủy viên, Bí "
        "thư Huyện ủy dự.",
        province="Sơn La",
        published="2023-04-27",
    )
    assert party_sets(facts) == [("Huyện ủy Sốp Cộp", "Huyện ủy Viêng Xay")]
    assert positions_by_name(facts)["Lê Văn An"] == ["Tỉnh ủy viên", "Bí thư Huyện ủy"]


def test_a_passive_signing_after_the_outlet_s_dateline_code_signs_its_subject():
    facts = _facts(
        "(BST) - Quy chế phối hợp số 02/QCPH-BHXH-BCHQS về bảo hiểm y tế đã được ký kết giữa Bảo hiểm xã hội tỉnh và "
        "Bộ Chỉ huy Quân sự tỉnh vào chiều ngày 25/4.",
        province="Sóc Trăng",
        published="2013-04-26",
    )
    assert [(d.symbol, d.issued) for d in facts.documents] == [("02/QCPH-BHXH-BCHQS", "2013-04-25")]
    assert [s.document for s in facts.signings] == ["02/QCPH-BHXH-BCHQS"]
