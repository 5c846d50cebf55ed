"""Counted heads as subjects, misprinted provinces, lists that go on past a closed pair, the page's top lines.

Classes of round s13's blind sets (made-up sentences): "Sở X 2 tỉnh ... ký kết" stands for the two departments the
article named; a province printed with a wrong tone mark is still a province; "giữa A và B, C và D" names four parties
of a cited document; "về phối hợp công tác dân vận giữa" names the parties; "Công an Quận 1, 3, 10, Tân Bình" goes on
past the numbers; "gồm các đơn vị A, B" lists the members; a decree takes no term; the site's masthead and menu above
the headline are no bodies; Jrai and Ê Đê family names; the military procuracy of a corps' area; the provincial radio
and television station named bare; a National Assembly committee named with a dash; a unit of the coast guard with
the force after it."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets


def test_a_counted_head_as_subject_stands_for_the_bodies_named_before():
    facts = extract(
        "Hợp tác\n\nĐoàn công tác của Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An làm việc với Sở Nông "
        "nghiệp và Phát triển nông thôn tỉnh Hưng Yên.\n\nTại buổi làm việc, Sở Nông nghiệp và Phát triển nông "
        "thôn 2 tỉnh trao đổi, thống nhất nội dung và ký kết chương trình hợp tác năm 2024.",
        "2024-05-10",
        "Long An",
    )
    assert party_sets(facts) == [
        (
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hưng Yên",
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An",
        )
    ]
    assert facts.signings[0].period == (2024, 2024)


def test_a_counted_head_whose_count_disagrees_names_no_one():
    facts = extract(
        "Hợp tác\n\nSở Tư pháp tỉnh Long An làm việc với Sở Tư pháp tỉnh Hưng Yên.\n\nTại buổi làm việc, Sở Tư pháp "
        "3 tỉnh ký kết chương trình hợp tác năm 2024.",
        "2024-05-10",
        "Long An",
    )
    assert not any(len(s.parties) >= 2 for s in facts.signings)


def test_a_province_with_a_misprinted_tone_mark_is_spread_over():
    facts = extract(
        "Hiệp đồng\n\nNgày 5/3/2021, Bộ Chỉ huy Bộ đội Biên phòng 03 tỉnh Đắk Lăk, Đắk Nông, Bình Phước ký kết quy chế "
        "phối hợp năm 2021.",
        "2021-03-06",
        "Đắk Nông",
    )
    assert party_sets(facts) == [
        (
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Phước",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lăk",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Nông",
        )
    ]


def test_a_cited_programme_between_one_body_and_a_second_list_has_all_its_parties():
    facts = extract(
        "Dân vận\n\nCăn cứ Chương trình số 02-CTr/BDVTU ngày 15/12/2017 về phối hợp công tác dân vận giữa Ban Dân vận "
        "Tỉnh ủy và Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh năm 2018, các đơn vị đã "
        "triển khai thực hiện.",
        "2018-06-01",
        "Gia Lai",
    )
    (doc,) = facts.documents
    assert sorted(doc.parties) == [
        "Ban Dân vận Tỉnh ủy",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Công an tỉnh",
    ]


def test_a_pair_closed_by_a_comma_before_one_body_keeps_its_two_parties():
    # the body after the comma opens the next clause: no party of the cited regulation
    facts = extract(
        "Quy chế\n\nThực hiện Quy chế số 05/QC-CAT ngày 2/3/2020 giữa Công an tỉnh và Hội Nông dân tỉnh, Đoàn Thanh "
        "niên tỉnh đã tổ chức tuyên truyền.",
        "2020-06-01",
        "Gia Lai",
    )
    (doc,) = facts.documents
    assert sorted(doc.parties) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


def test_a_numbered_list_of_district_police_goes_on_with_a_named_district():
    facts = extract(
        "Giao ước\n\nChiều ngày 28/02/2022 đã diễn ra Hội nghị ký kết giao ước thi đua năm 2022 giữa các đơn vị trong "
        "Cụm thi đua số 1, gồm các đơn vị Công an Quận 1, 3, 10, Tân Bình và Công an thành phố Thủ Đức.",
        "2022-03-01",
        "Hồ Chí Minh",
    )
    assert party_sets(facts) == [
        (
            "Công an Quận 1",
            "Công an Quận 10",
            "Công an Quận 3",
            "Công an Quận Tân Bình",
            "Công an thành phố Thủ Đức",
        )
    ]


def test_a_decree_takes_no_term_from_the_year_of_the_work_done_under_it():
    facts = extract(
        "Kiểm tra\n\nNgày 10/12, đoàn công tác đã kiểm tra kết quả phối hợp thực hiện Nghị định số 03/2019/NĐ-CP, ngày "
        "5/9/2019 của Chính phủ về bảo đảm an ninh quốc gia và nhiệm vụ quốc phòng năm 2024.",
        "2024-12-11",
        "Thanh Hóa",
    )
    (doc,) = facts.documents
    assert (doc.kind, doc.issued, doc.period) == ("nghị định", "2019-09-05", None)


def test_a_programme_keeps_its_term_beside_the_decree_rule():
    facts = extract(
        "Ký kết\n\nNgày 10/12/2024, Công an tỉnh và Hội Nông dân tỉnh ký Chương trình phối hợp số 12/CTr-CAT-HND năm "
        "2025.",
        "2024-12-11",
        "Thanh Hóa",
    )
    (doc,) = facts.documents
    assert doc.period == (2025, 2025)


def test_the_masthead_and_the_menu_above_the_headline_are_no_bodies():
    facts = extract(
        "Báo Đồng Nai điện tử\nEn\n\nKý kết quy chế phối hợp\n\nChiều 15-11, Liên đoàn Lao động tỉnh và Công an tỉnh "
        "ký kết quy chế phối hợp giai đoạn 2018-2023.",
        "2017-11-15",
        "Đồng Nai",
    )
    assert not any(a.name.startswith("Báo") for a in facts.agencies)
    facts = extract(
        "Video Báo Ảnh Báo in Podcast Emagazine Infographic\n\nKý kết quy chế\n\nChiều 15-12, Đoàn Kinh tế - Quốc "
        "phòng 72 ký kết quy chế phối hợp với UBND xã Ia Nan.",
        "2025-12-16",
        "Gia Lai",
    )
    assert not any(a.name.startswith("Báo") for a in facts.agencies)


def test_a_headline_in_title_case_with_two_section_words_is_kept():
    facts = extract(
        "Công An Và Hội Nông Dân Tỉnh Ký Kết Về Kinh Tế - Xã Hội\n\nNgày 3/4, Công an tỉnh và Hội Nông dân tỉnh ký kết "
        "chương trình phối hợp.",
        "2024-04-04",
        "Gia Lai",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Hội Nông dân tỉnh")]


def test_central_highlands_family_names_open_a_name():
    facts = extract(
        "Hội nghị\n\nDự có đồng chí Lê Trung Hưng - Viện trưởng Viện Kiểm sát nhân dân tỉnh; Nay Kđam Tha My - Phó "
        "Trưởng ban Nội chính Tỉnh ủy; Puih Thu - Phó Chủ tịch Hội Nông dân tỉnh.",
        "2026-03-05",
        "Gia Lai",
    )
    positions = {p.name: p.positions for p in facts.persons}
    assert positions["Nay Kđam Tha My"] == ["Phó Trưởng ban Nội chính Tỉnh ủy"]
    assert positions["Puih Thu"] == ["Phó Chủ tịch Hội Nông dân tỉnh"]


def test_the_military_procuracy_of_a_corps_area():
    facts = extract(
        "Quy chế\n\nChiều 3-2, Viện Kiểm sát quân sự khu vực Quân đoàn 34 và Viện Kiểm sát nhân dân tỉnh Gia Lai đã ký "
        "Quy chế phối hợp.",
        "2026-02-04",
        "Gia Lai",
    )
    assert ("Viện Kiểm sát quân sự khu vực Quân đoàn 34", "state") in named_sectors(facts)
    assert party_sets(facts) == [("Viện Kiểm sát nhân dân tỉnh Gia Lai", "Viện Kiểm sát quân sự khu vực Quân đoàn 34")]


def test_the_radio_and_television_station_named_bare_in_a_list():
    facts = extract(
        "Giao ước\n\nNgày 10-3, Sở Y tế, Đài Phát thanh-Truyền hình, Hội Đông y tỉnh đã tổ chức ký kết giao ước thi "
        "đua năm 2011.",
        "2011-03-11",
        "Ninh Thuận",
    )
    assert party_sets(facts) == [("Hội Đông y tỉnh", "Sở Y tế", "Đài Phát thanh - Truyền hình")]


def test_a_national_assembly_committee_named_with_a_dash():
    facts = extract(
        "Hội nghị\n\nDự hội nghị có đồng chí Nguyễn Đắc Vinh - Chủ nhiệm Ủy ban Văn hóa - Xã hội của Quốc hội.",
        "2023-05-05",
        "Nghệ An",
    )
    (person,) = facts.persons
    assert person.positions == ["Chủ nhiệm Ủy ban Văn hóa - Xã hội của Quốc hội"]


def test_a_coast_guard_unit_with_the_force_after_it_signs_as_the_unit():
    facts = extract(
        "Phối hợp\n\nĐoàn Trinh sát số 2 Cảnh sát biển Việt Nam (đóng tại H.Nhơn Trạch) vừa ký kết phối hợp với Bộ đội "
        "Biên phòng tỉnh Tiền Giang thực hiện nhiệm vụ bảo vệ chủ quyền.",
        "2023-03-31",
        "Đồng Nai",
    )
    assert party_sets(facts) == [("Bộ đội Biên phòng tỉnh Tiền Giang", "Đoàn Trinh sát số 2")]


def test_plural_border_posts_named_after_places_the_gazetteer_lacks():
    facts = extract(
        "Hiệp đồng\n\nCác Đồn Biên phòng Nậm Na (Đắk Nông) và Yok Đôn (Đắk Lắk); Bu Cháp (Đắk Nông) và Đắk Bô (Bình "
        "Phước) đã thực hiện tốt nội dung hiệp đồng.",
        "2021-03-06",
        "Đắk Nông",
    )
    assert {a.name for a in facts.agencies} == {
        "Đồn Biên phòng Nậm Na",
        "Đồn Biên phòng Yok Đôn",
        "Đồn Biên phòng Bu Cháp",
        "Đồn Biên phòng Đắk Bô",
    }


def test_plural_border_posts_without_names_are_a_category():
    facts = extract(
        "Tin\n\nNgày 3/4, các Đồn Biên phòng trên tuyến biên giới tổ chức tuyên truyền.", "2021-04-04", "Kon Tum"
    )
    assert facts.agencies == []


def test_counted_posts_in_lower_case_lend_no_force_to_the_commune():
    facts = extract(
        "Kết nghĩa\n\nCụ thể, 02 đồn Biên phòng và UBND xã Đăk Long sẽ cùng phối hợp tuyên truyền.",
        "2024-05-01",
        "Kon Tum",
    )
    assert {a.name for a in facts.agencies} == {"Ủy ban nhân dân xã Đăk Long"}


def test_counted_regional_procuracies_are_a_category():
    facts = extract(
        "Quy chế\n\nChiều 3-2, Viện Kiểm sát quân sự Quân khu 5 và Viện Kiểm sát nhân dân 14 khu vực trên địa bàn tỉnh "
        "Gia Lai đã ký Quy chế phối hợp.",
        "2026-02-04",
        "Gia Lai",
    )
    assert party_sets(facts) == [("Viện Kiểm sát quân sự Quân khu 5",)]


def test_steering_committees_of_state_programmes_and_of_regions():
    facts = extract(
        "Ký kết\n\nChiều ngày 26/4, Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ và Hội Cựu Chiến binh tỉnh Yên Bái "
        "tổ chức Lễ ký kết phối hợp tuyên truyền. Đại diện Ban Chỉ đạo Tây Bắc dự.",
        "2019-04-27",
        "Yên Bái",
    )
    assert party_sets(facts) == [
        ("Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ tỉnh Yên Bái", "Hội Cựu Chiến binh tỉnh Yên Bái")
    ]
    assert {
        ("Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ tỉnh Yên Bái", "state"),
        ("Ban Chỉ đạo Tây Bắc", "party"),
    } <= named_sectors(facts)


def test_a_steering_committee_named_for_party_work_stays_the_partys():
    facts = extract(
        "Hội nghị\n\nNgày 3/4, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh và Ban Chỉ đạo giảm nghèo tỉnh họp.",
        "2024-04-04",
        "Đồng Tháp",
    )
    assert {
        ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "party"),
        ("Ban Chỉ đạo giảm nghèo tỉnh", "state"),
    } == named_sectors(facts)


def test_a_doctors_degree_after_a_title_opens_the_next_person():
    facts = extract(
        "Hội nghị\n\nĐại tá Vũ Văn Tùng, Chỉ huy trưởng Bộ CHQS tỉnh và Tiến sĩ, bác sĩ Lê Văn Cường, Giám đốc Sở Y tế "
        "đồng chủ trì hội nghị.",
        "2026-01-13",
        "Thanh Hóa",
    )
    positions = {p.name: p.positions for p in facts.persons}
    assert positions["Vũ Văn Tùng"] == ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]


def test_a_district_named_as_its_province_keeps_its_partner_of_another_province():
    facts = extract(
        "Kết nghĩa\n\nNgày 4/3/2023 đã diễn ra buổi Lễ kết nghĩa - giao lưu giữa hai đơn vị: VKSND huyện Điện Biên, "
        "tỉnh Điện Biên và VKSND huyện Đông Anh, TP Hà Nội.\n\nĐồng chí Hoàng Lê Thông – Viện trưởng VKSND huyện Đông "
        "Anh phát biểu.",
        "2023-03-05",
        "Điện Biên",
    )
    assert party_sets(facts) == [("Viện Kiểm sát nhân dân huyện Điện Biên", "Viện Kiểm sát nhân dân huyện Đông Anh")]
    (person,) = facts.persons
    assert person.positions == ["Viện trưởng Viện Kiểm sát nhân dân huyện Đông Anh"]


def test_an_address_word_after_a_title_is_still_dropped():
    facts = extract("Hội nghị\n\nPhát biểu có Chủ tịch Hội Nông dân tỉnh - anh Nguyễn Văn Ba.", "2023-03-05", "Hà Nam")
    (person,) = facts.persons
    assert person.positions == ["Chủ tịch Hội Nông dân tỉnh"]


def test_the_steering_committees_of_provinces_against_smuggling_sign_one_regulation():
    facts = extract(
        "Chống buôn lậu\n\nChiều 2/2, Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả (Ban chỉ đạo 389) "
        "các tỉnh, thành phố: Hà Nội, Bắc Ninh và Thái Nguyên đã ký kết Quy chế phối hợp.",
        "2024-02-03",
        "",
    )
    assert party_sets(facts) == [
        (
            "Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả thành phố Hà Nội",
            "Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Bắc Ninh",
            "Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Thái Nguyên",
        )
    ]
    assert {a.sector for a in facts.agencies} == {"state"}


def test_a_news_agencys_dateline_is_no_body():
    facts = extract(
        "Tổng kết\n\nTTXVN - Ngày 24/7, thành phố Hà Nội tổ chức tổng kết Chương trình phối hợp giữa Công an thành phố "
        "với Ban Thường trực Ủy ban MTTQ Việt Nam thành phố.",
        "2023-07-25",
        "Hà Nội",
    )
    assert {a.name for a in facts.agencies} == {
        "Công an thành phố",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
    }


def test_central_political_departments_general_staff_and_the_governments_steering_committee():
    facts = extract(
        "Hội nghị\n\nSáng nay, Tổng cục chính trị quân đội nhân dân Việt Nam và Tổng cục chính trị công an nhân dân tổ "
        "chức hội nghị. Dự có lãnh đạo Bộ Tổng Tham mưu và Ban Chỉ đạo 138 của Chính phủ.",
        "2016-03-01",
        "",
    )
    assert named_sectors(facts) == {
        ("Tổng cục chính trị quân đội nhân dân Việt Nam", "military"),
        ("Tổng cục chính trị công an nhân dân", "police"),
        ("Bộ Tổng Tham mưu", "military"),
        ("Ban Chỉ đạo 138 của Chính phủ", "state"),
    }


def test_a_directive_of_the_centre_with_a_dotted_code():
    facts = extract(
        "Sơ kết\n\nHội nghị sơ kết một năm thực hiện Chỉ thị số 48/CT-T.Ư, ngày 22-10-2010 của Bộ Chính trị.",
        "2011-12-05",
        "",
    )
    (doc,) = facts.documents
    assert (doc.symbol, doc.issued, doc.parties) == ("48/CT-T.Ư", "2010-10-22", ["Bộ Chính trị"])


def test_a_prison_named_with_its_number():
    facts = extract(
        "Ký kết\n\nDịp này, Viện Kiểm sát nhân dân tỉnh Kiên Giang và Trại giam Kênh 7 đã ký kết quy chế phối hợp. Đồn "
        "Biên phòng Lò Gò 15 năm qua đã làm tốt.",
        "2019-06-01",
        "Kiên Giang",
    )
    assert party_sets(facts) == [("Trại giam Kênh 7", "Viện Kiểm sát nhân dân tỉnh Kiên Giang")]
    assert "Đồn Biên phòng Lò Gò" in {a.name for a in facts.agencies}


def test_the_fronts_committee_takes_the_level_shared_with_its_partner():
    facts = extract(
        "Sơ kết\n\nHội nghị sơ kết quy chế phối hợp công tác giữa Ủy ban MTTQVN và Viện kiểm sát nhân dân tỉnh.",
        "2014-06-01",
        "Kon Tum",
    )
    assert {a.name for a in facts.agencies} == {
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Viện kiểm sát nhân dân tỉnh",
    }


def test_a_plural_head_and_a_colon_before_bare_names():
    facts = extract(
        "Giao ước\n\nKhối thi đua có các tổ chức hội cấp tỉnh, bao gồm các Hội: Chữ thập đỏ, Luật gia, Khuyến học, Hội "
        "nhà báo tỉnh, Liên hiệp Văn học Nghệ thuật tỉnh và Hiệp hội Doanh nghiệp tỉnh.\n\nCác đơn vị trong Khối ký "
        "kết "
        "giao ước thi đua năm 2026.",
        "2026-01-21",
        "Phú Thọ",
    )
    assert {a.name for a in facts.agencies} == {
        "Hội Chữ thập đỏ",
        "Hội Luật gia",
        "Hội Khuyến học",
        "Hội nhà báo tỉnh",
        "Liên hiệp Văn học Nghệ thuật tỉnh",
        "Hiệp hội Doanh nghiệp tỉnh",
    }
    assert {a.sector for a in facts.agencies} == {"front"}
    facts = extract(
        "Giao ước\n\nNgày 20/1, các Sở: Tư pháp, Nội vụ, Y tế và Hội Nông dân tỉnh đã ký kết giao ước thi đua năm "
        "2026.",
        "2026-01-21",
        "Phú Thọ",
    )
    assert party_sets(facts) == [("Hội Nông dân tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế")]


def test_a_counted_list_of_members_ends_before_a_body_attending_with_them():
    facts = extract(
        "Giao ước\n\nSáng ngày 07/02/2018, tại trụ sở Sở Nội vụ đã diễn ra Hội nghị ký kết giao ước thi đua năm 2018 "
        "của "
        "Khối thi đua Nội chính. Thành phần tham dự gồm đại diện của 03 đơn vị trong Khối: Sở Nội vụ, Công an tỉnh, Sở "
        "Tư pháp và đại diện Ban Thi đua khen thưởng tỉnh.\n\nSau khi thống nhất các nội dung, đại diện lãnh đạo các "
        "đơn vị tiến hành ký kết giao ước thi đua.",
        "2018-02-07",
        "Bắc Kạn",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Sở Nội vụ", "Sở Tư pháp")]


def test_a_programme_between_a_ministry_and_the_listed_members_of_a_kind():
    facts = extract(
        "Ký kết\n\nSáng 5-12, tại Hà Nội, ký kết chương trình phối hợp tuyên truyền giữa Bộ Công an và các cơ quan "
        "truyền thông giai đoạn 2012-2015, gồm: Bộ Thông tin và Truyền thông, Báo Nhân Dân, Đài THVN, Đài TNVN và "
        "TTXVN.\n\nPhát biểu, trung tá Đồng Đức Vũ, Bí thư Đoàn Thanh niên Bộ Công an cho biết.",
        "2011-12-05",
        "",
    )
    assert party_sets(facts) == [
        (
            "Báo Nhân Dân",
            "Bộ Công an",
            "Bộ Thông tin và Truyền thông",
            "Thông tấn xã Việt Nam",
            "Đài Tiếng nói Việt Nam",
            "Đài Truyền hình Việt Nam",
        )
    ]
    assert [p.name for p in facts.persons] == ["Đồng Đức Vũ"]


def test_the_term_after_a_new_signing_is_not_the_cited_documents():
    facts = extract(
        "Ký kết\n\nThực hiện Chương trình phối hợp công tác số 431/CTPH-TANDTC-TLĐLĐVN ngày 30.3.2016 giữa TAND tối "
        "cao "
        "và Tổng LĐLĐVN, ngày 26.10, LĐLĐ tỉnh và TAND tỉnh đã tổ chức ký kết Chương trình phối hợp công tác giai đoạn "
        "2016-2020.",
        "2016-10-27",
        "Tuyên Quang",
    )
    (doc,) = facts.documents
    assert (doc.issued, doc.period) == ("2016-03-30", None)
    assert [s.period for s in facts.signings] == [(2016, 2020)]


def test_a_resolutions_subject_issuing_rules_keeps_its_term():
    facts = extract(
        "Hợp tác\n\nThực hiện Nghị quyết số 29 ngày 10/12/2021 của HĐND tỉnh về ban hành quy định về cơ chế hỗ trợ sản "
        "xuất nông nghiệp trên địa bàn tỉnh, giai đoạn 2021- 2025, Hội Nông dân tỉnh đã xây dựng chương trình.",
        "2022-10-12",
        "Thái Bình",
    )
    (doc,) = facts.documents
    assert doc.period == (2021, 2025)


def test_members_in_brackets_after_a_count_and_their_parents_in_brackets():
    facts = extract(
        "Giao ước\n\nSáng 23/2, tại Sở Du lịch, Khối thi đua các sở, ngành kinh tế gồm 4 đơn vị (Sở Du lịch, Sở TN-MT, "
        "Sở GT-VT và Ban Quản lý các KCN tỉnh) tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
        "2023-02-23",
        "Bà Rịa - Vũng Tàu",
    )
    assert party_sets(facts) == [
        ("Ban Quản lý các Khu công nghiệp tỉnh", "Sở Du lịch", "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường")
    ]
    facts = extract(
        "Giao ước\n\nChiều 23/3/2021, Khối các cơ quan Nội chính tỉnh có 04 đơn vị gồm: Công an tỉnh, Bộ CHQS tỉnh, "
        "Trại "
        "giam Xuyên Mộc (Cục 10-Bộ Công an) và Hải đoàn 18 (Bộ Tư lệnh BĐBP).\n\nĐại diện các cơ quan trong Khối ký "
        "giao "
        "ước thi đua năm 2021.",
        "2021-03-24",
        "Bà Rịa - Vũng Tàu",
    )
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Hải đoàn 18", "Trại giam Xuyên Mộc")]


def test_party_academies_commune_youth_unions_and_formations_with_their_service():
    facts = extract(
        "Ký kết\n\nNgày 3/4, Học viện Chính trị quốc gia Hồ Chí Minh và Ủy ban Dân tộc ký kết chương trình phối hợp "
        "giai "
        "đoạn 2021-2025. Xã đoàn Vĩnh Thạnh và Đoàn cơ sở Công an huyện ký kết giao ước. Trung đoàn Kinh tế - Quốc "
        "phòng "
        "710, Học viện Chính trị và Lữ đoàn 126 Hải quân dự. Chị Chiêm Ngọc Tường Vy, Bí thư Xã đoàn phát biểu.",
        "2021-04-04",
        "Kiên Giang",
    )
    assert {
        ("Học viện Chính trị quốc gia Hồ Chí Minh", "party"),
        ("Xã đoàn Vĩnh Thạnh", "front"),
        ("Trung đoàn Kinh tế - Quốc phòng 710", "military"),
        ("Học viện Chính trị", "military"),
        ("Lữ đoàn 126 Hải quân", "military"),
    } <= named_sectors(facts)
    assert [p.name for p in facts.persons] == ["Chiêm Ngọc Tường Vy"]


def test_remains_search_teams_sea_units_with_their_force_and_the_standing_committees_initials():
    facts = extract(
        "Giao ước\n\nDự có đồng chí Nguyễn Xuân Quang, Phó Bí thư TTHU. Trung đoàn 174, Trường Quân sự tỉnh và Đội K71 "
        "ký giao ước thi đua. Hội nghị tại Hải đoàn 18 Bộ đội Biên phòng.",
        "2019-03-01",
        "Tây Ninh",
    )
    assert party_sets(facts) == [("Trung đoàn 174", "Trường Quân sự tỉnh", "Đội K71")]
    assert ("Hải đoàn 18 Bộ đội Biên phòng", "military") in named_sectors(facts)
    (person,) = facts.persons
    assert person.positions == ["Phó Bí thư Thường trực Huyện ủy"]


def test_a_party_organ_named_with_the_province_is_the_provincial_committees():
    facts = extract(
        "Công an và Ban Tuyên giáo tỉnh Khánh Hòa ký kết phối hợp tuyên truyền\n\nTheo đó, hai bên sẽ thực hiện nhiệm "
        "vụ "
        "định hướng tư tưởng.\n\nLãnh đạo Ban Tuyên giáo Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp công "
        "tác.",
        "2020-05-05",
        "Khánh Hòa",
    )
    assert party_sets(facts) == [("Ban Tuyên giáo Tỉnh ủy", "Công an tỉnh")]


def test_a_provisional_regulation_and_a_memorandum_keep_their_kinds():
    facts = extract(
        "Tổng kết\n\nHội nghị tổng kết 10 năm thực hiện Quy định tạm thời số 09-QĐ/TU, ngày 03/12/2012 của Ban Thường "
        "vụ "
        "Tỉnh ủy. Ngày 18/4/2013, lãnh đạo hai tỉnh đã ký kết Bản ghi nhớ số 02/BGN-UBND.",
        "2023-11-10",
        "Cà Mau",
    )
    assert {(d.symbol, d.kind, d.issued) for d in facts.documents} == {
        ("09-QĐ/TU", "quy định", "2012-12-03"),
        ("02/BGN-UBND", "bản ghi nhớ", "2013-04-18"),
    }


def test_a_regional_court_named_with_its_province_without_a_dash_signs():
    facts = extract(
        "Viện kiểm sát nhân dân khu vực 2 Khánh Hòa phối hợp với Tòa án nhân dân khu vực 2 tổ chức lễ ký kết\n\nTham "
        "dự "
        "Lễ ký kết có lãnh đạo hai đơn vị.",
        "2025-09-01",
        "Khánh Hòa",
    )
    assert party_sets(facts) == [("Tòa án nhân dân khu vực 2", "Viện kiểm sát nhân dân khu vực 2 Khánh Hòa")]


def test_a_member_of_an_executive_committee_in_short_form():
    facts = extract("Hội nghị\n\nĐồng chí Nguyễn Bá Ngọc - UV BCH Hội CCB tỉnh chủ trì.", "2023-05-12", "Khánh Hòa")
    (person,) = facts.persons
    assert person.positions == ["Ủy viên Ban Chấp hành Hội Cựu chiến binh tỉnh"]


def test_the_party_committee_of_a_citys_private_firms_and_an_infantry_division_by_its_letters():
    facts = extract(
        "Ký kết\n\nNgày 3/4, Đảng ủy Khối Doanh nghiệp ngoài khu vực nhà nước thành phố Uông Bí ký kết quy chế phối "
        "hợp "
        "với Đảng ủy 11 xã, phường. Sư đoàn BB5 và Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh ký kết kết nghĩa.",
        "2022-04-04",
        "Quảng Ninh",
    )
    assert party_sets(facts) == [
        ("Sư đoàn Bộ binh 5", "Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh"),
        ("Đảng ủy Khối Doanh nghiệp ngoài khu vực nhà nước thành phố Uông Bí",),
    ]


def test_the_city_in_mixed_case_a_numbered_ward_and_a_high_tech_parks_board():
    facts = extract(
        "Ký kết\n\nSáng 3/1, Hội đồng Nhân dân, Ủy ban Nhân dân và Ủy ban Mặt trận Tổ quốc Tp.HCM ký kết quy chế. Bà "
        "Nguyễn Thị Quyết Tâm - Chủ tịch Hội đồng Nhân dân Tp dự.\n\nNgày 26/7/2018, Hội Phụ nữ Phòng Tham mưu ký kết "
        "với Hội Liên hiệp Phụ nữ phường Đông Hải 2. Liên đoàn Lao động thành phố và Ban Quản lý Khu công nghệ cao và "
        "các khu công nghiệp Đà Nẵng dự.",
        "2019-01-04",
        "Hồ Chí Minh",
    )
    names = {a.name for a in facts.agencies}
    assert {
        "Ủy ban Nhân dân Thành phố Hồ Chí Minh",
        "Hội Liên hiệp Phụ nữ phường Đông Hải 2",
        "Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng",
    } <= names
    assert [p.positions for p in facts.persons] == [["Chủ tịch Hội đồng Nhân dân Thành phố"]]


def test_a_count_after_a_place_is_no_part_of_its_name():
    facts = extract("Tin\n\nCông an xã Tân Lập 2 năm qua đã làm tốt công tác.", "2019-01-04", "Phú Thọ")
    assert [a.name for a in facts.agencies] == ["Công an xã Tân Lập"]


def test_a_plural_level_before_numbered_and_named_districts():
    facts = extract(
        "Ký kết\n\nChiều 22-1 đã diễn ra hội nghị ký kết kế hoạch phối hợp giữa Công an các quận như: 1, 3, Phú Nhuận, "
        "Bình Thạnh và Công an TP Thủ Đức trong công tác đảm bảo an ninh.",
        "2020-01-23",
        "Hồ Chí Minh",
    )
    assert party_sets(facts) == [
        (
            "Công an Thành phố Thủ Đức",
            "Công an quận 1",
            "Công an quận 3",
            "Công an quận Bình Thạnh",
            "Công an quận Phú Nhuận",
        )
    ]


def test_the_two_sides_sign_not_the_body_named_before_them():
    facts = extract(
        "Ký kết\n\nChiều 9/11, Hội đồng Dân tộc và Bộ Tư lệnh Bộ đội Biên phòng đã tổ chức Hội nghị tổng kết. Để nâng "
        "cao "
        "hiệu quả công tác phối hợp, từ Khóa XIV của Quốc hội, hai cơ quan đã ký Quy chế phối hợp.",
        "2023-11-10",
        "",
    )
    assert all("Quốc hội" not in s.parties for s in facts.signings)


def test_a_meeting_that_prepares_a_signing_reports_none():
    facts = extract(
        "Họp\n\nNgày 14/2/2022, tại Hà Nội, Thứ trưởng Bộ Công an đã có cuộc họp với Ban Dân vận Trung ương về công "
        "tác "
        "tổ chức Hội nghị tổng kết chương trình phối hợp giai đoạn 2016 – 2021 và ký kết chương trình phối hợp trong "
        "giai "
        "đoạn tiếp theo.",
        "2022-02-14",
        "",
    )
    assert facts.signings == []


def test_a_documents_quoted_title_gives_its_term():
    facts = extract(
        "Ký kết\n\nNgày 15/6/2016, Bộ Công an và Ban Dân vận Trung ương đã ký kết Chương trình số 38-Ctr/BDVTW-BCA về "
        "“Phối hợp thực hiện công tác dân vận giữa Ban Dân vận Trung ương và Bộ Công an, giai đoạn 2016 – 2021”.",
        "2016-06-16",
        "",
    )
    (doc,) = facts.documents
    assert doc.period == (2016, 2021)


def test_a_members_parent_closing_the_list_is_no_member():
    facts = extract(
        "Giao ước\n\nNgày 27/2, Khối thi đua gồm 4 đơn vị: Công an tỉnh, Trại giam Đắk Tân, Trung đoàn Cảnh sát cơ "
        "động "
        "Tây Nguyên và Lữ đoàn 198, Bộ Tư lệnh Đặc công. Các đơn vị trong Khối ký giao ước thi đua năm 2023.",
        "2023-02-28",
        "Đắk Lắk",
    )
    assert party_sets(facts) == [
        ("Công an tỉnh", "Lữ đoàn 198", "Trung đoàn Cảnh sát cơ động Tây Nguyên", "Trại giam Đắk Tân")
    ]
