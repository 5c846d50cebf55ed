"""Bodies named in the plural before their places, unions of literary and artistic associations, a board of a
ministry with its ministry after a dash, a bank's branch, "cả hai đơn vị" as the signing sides, and an outlet's
dateline before the lead's subject."""

from __future__ import annotations

from _signing_helpers import extract, party_sets, signing_tuples


def test_a_plural_head_before_its_places_names_those_bodies():
    facts = extract(
        "Ký kết\n\nCác Hội Nông dân Tiền Giang, Sóc Trăng và An Giang đã ký kết chương trình phối hợp.",
        "2013-05-28",
        "Đồng Tháp",
    )
    names = ["Hội Nông dân Tiền Giang", "Hội Nông dân Sóc Trăng", "Hội Nông dân An Giang"]
    assert [a.name for a in facts.agencies] == names
    assert party_sets(facts) == [tuple(sorted(names))]


def test_a_plural_head_without_places_stays_a_category():
    facts = extract(
        "Ký kết\n\nCác Hội Nông dân đã ký kết chương trình phối hợp với các Hội Phụ nữ.", "2013-05-28", "Đồng Tháp"
    )
    assert facts.agencies == []


def test_unions_of_literary_and_artistic_associations_are_front_bodies():
    facts = extract(
        "Ký kết\n\nLiên hiệp các Hội Văn học nghệ thuật TP. Hồ Chí Minh đã ký kết chương trình phối hợp. Đại diện lãnh "
        "đạo các Hội Văn học Nghệ thuật Tiền Giang, Sóc Trăng, An Giang đã tham dự lễ ký kết.",
        "2013-05-28",
        "Đồng Tháp",
    )
    assert {a.name: a.sector for a in facts.agencies} == {
        "Liên hiệp các Hội Văn học nghệ thuật Thành phố Hồ Chí Minh": "front",
        "Hội Văn học Nghệ thuật Tiền Giang": "front",
        "Hội Văn học Nghệ thuật Sóc Trăng": "front",
        "Hội Văn học Nghệ thuật An Giang": "front",
    }


def test_a_board_of_a_ministry_with_its_ministry_after_a_dash_is_one_party():
    facts = extract(
        "Ký kết\n\nChiều 4-3, tại Hà Nội đã diễn ra Lễ ký quy chế phối hợp giữa Tổng cục An ninh II - Bộ Công an và "
        "Ban Tôn giáo Chính phủ - Bộ Nội vụ.",
        "2014-03-05",
        "",
    )
    assert party_sets(facts) == [("Ban Tôn giáo Chính phủ", "Tổng cục An ninh II")]
    # the ministries stay bodies the article names
    assert {"Bộ Công an", "Bộ Nội vụ"} <= {a.name for a in facts.agencies}


def test_the_central_banks_branch_written_with_a_dash_is_one_body():
    facts = extract(
        "Ký kết\n\nNgày 4/6, Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Đồng Tháp, Công an tỉnh và Bộ Chỉ huy Bộ đội "
        "biên phòng tỉnh đã ký kết quy chế phối hợp.",
        "2018-06-06",
        "Đồng Tháp",
    )
    assert party_sets(facts) == [
        (
            "Bộ Chỉ huy Bộ đội biên phòng tỉnh",
            "Công an tỉnh",
            "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Đồng Tháp",
        )
    ]


def test_both_units_as_the_subject_after_an_outlets_dateline():
    # the lead opens with the outlet's dateline ("TTH.VN - "); "Cả hai đơn vị" are the two bodies it names
    facts = extract(
        "Phối hợp\n\nTTH.VN - Chiều 16/7, Công an tỉnh và Liên đoàn Lao động (LĐLĐ) tỉnh đã tổ chức Hội nghị tổng kết "
        "chương trình phối hợp giai đoạn 2014- 2018.\n\nTại hội nghị, LĐLĐ tỉnh đã tặng 8 bằng khen. Cả hai đơn vị đã "
        "tiếp tục ký kết chương trình giai đoạn 2018-2022.",
        "2018-07-16",
        "Thừa Thiên Huế",
    )
    assert signing_tuples(facts) == [(("Công an tỉnh", "Liên đoàn Lao động tỉnh"), "2018-07-16", "2018-2022")]


def test_a_counted_head_of_the_places_listed_after_a_colon():
    # "12 Hội Luật gia của các tỉnh, thành phố: A, B": "của" before the plural level; each place takes its own type
    facts = extract(
        "Ký kết\n\nHội nghị có sự tham dự của 12 Hội Luật gia của các tỉnh, thành phố: An Giang, Bạc Liêu, Cần Thơ và "
        "Vĩnh Long.",
        "2018-11-22",
        "Cà Mau",
    )
    assert [a.name for a in facts.agencies] == [
        "Hội Luật gia tỉnh An Giang",
        "Hội Luật gia tỉnh Bạc Liêu",
        "Hội Luật gia thành phố Cần Thơ",
        "Hội Luật gia tỉnh Vĩnh Long",
    ]


def test_signers_named_by_their_kind_and_listed_after_the_verb():
    facts = extract(
        "Ký kết\n\nSau phần khởi động, các cơ quan, đơn vị tham gia vào đề án cùng tiến hành ký kết hợp tác, gồm: Bộ "
        "Nông nghiệp và Phát triển nông thôn; Bộ Công Thương; Bộ Tài nguyên và Môi trường; Bộ Tư pháp.",
        "2018-01-02",
        "",
    )
    assert party_sets(facts) == [
        ("Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài nguyên và Môi trường", "Bộ Tư pháp")
    ]


def test_the_posting_time_before_an_outlets_dateline_where_a_scraper_joined_the_lines():
    facts = extract(
        "Phối hợp\n Thứ Hai, 16/07/2018 18:00 TTH.VN - Chiều 16/7, Công an tỉnh và Liên đoàn Lao động (LĐLĐ) tỉnh đã "
        "tổ chức Hội nghị tổng kết chương trình phối hợp. Tại hội nghị, LĐLĐ tỉnh đã tặng 8 bằng khen. Cả hai đơn vị "
        "đã tiếp tục ký kết chương trình giai đoạn 2018-2022.",
        "2018-07-16",
        "Thừa Thiên Huế",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Liên đoàn Lao động tỉnh")]


def test_a_documents_issuers_are_not_cut_by_the_bodies_that_sign_after_them():
    # the issuers after "của" end where other bodies, the subject of the signing, follow
    facts = extract(
        "Ký kết\n\nThực hiện chương trình phối hợp số 11/CTPH-TWHLHPN-BCA-VKSNDTC-TANDTC ngày 26/02/2019 của Trung "
        "ương Hội LHPN Việt Nam, Bộ Công an, VKSND tối cao, TAND tối cao trong công tác bảo vệ phụ nữ và trẻ em gái "
        "giai đoạn 2019 - 2022, ngày 25/02/2020, Hội LHPN, Công an, VKSND, TAND tỉnh Thái Bình đã tổ chức Hội nghị ký "
        "kết Chương trình phối hợp.",
        "2020-02-25",
        "Thái Bình",
    )
    assert [d.parties for d in facts.documents] == [
        [
            "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
            "Bộ Công an",
            "Viện Kiểm sát nhân dân tối cao",
            "Tòa án nhân dân tối cao",
        ]
    ]


def test_the_fire_police_of_a_district_by_the_short_form_pc_and_cc():
    facts = extract(
        "Ký kết\n\nLễ ký kế hoạch phối hợp giữa Công ty Điện lực Cầu Giấy và Phòng Cảnh sát PC&CC Cầu Giấy tổ chức "
        "sáng 30-5.",
        "2013-05-31",
        "Hà Nội",
    )
    # (named with the district it prints, as "Công an Đường An" in `ho14` and "... Ngân hàng Chính sách xã hội Vị
    # Xuyên" in `lh07`; `kp`'s writer left the district out)
    assert [a.name for a in facts.agencies] == ["Phòng Cảnh sát phòng cháy và chữa cháy Cầu Giấy"]


def test_an_association_of_several_provinces_is_a_category():
    facts = extract(
        "Ký kết\n\nDự lễ có Hội Nhà báo một số tỉnh miền Trung, Hội Nông dân nhiều tỉnh và Hội Nông dân tỉnh.",
        "2013-05-26",
        "Thừa Thiên Huế",
    )
    assert [a.name for a in facts.agencies] == ["Hội Nông dân tỉnh"]
