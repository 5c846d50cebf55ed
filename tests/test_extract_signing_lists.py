"""Signers that come as lists: shared heads spread over places, plural nouns that open or stand for the
list, partners separated by ";", and the dates that tell when (round "s4": classes seen on the blind
held-out pages). Sentences are made up."""

from _signing_helpers import extract
from _signing_helpers import party_sets as _party_sets


def _facts(text, published="2023-05-10", province="Hà Tĩnh", title=None):
    return extract(text, published, province, title)


def test_a_plural_kind_with_a_colon_opens_the_joint_list_after_between():
    f = _facts(
        "Ngày 12-4, tại trụ sở Công an tỉnh đã diễn ra lễ ký kết quy chế phối hợp liên ngành trong công tác "
        "điều tra giữa các ngành: Tòa án nhân dân, Viện kiểm sát nhân dân, Công an tỉnh và Sở Tư pháp tỉnh."
    )
    assert _party_sets(f) == [
        ("Công an tỉnh", "Sở Tư pháp tỉnh", "Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh"),
    ]


def test_a_counted_head_placed_by_its_province_spreads_over_the_list_and_all_sign_jointly():
    f = _facts(
        "Chiều 12/1, Đảng ủy Bộ đội Biên phòng tỉnh Hà Giang và Huyện ủy 4 huyện biên giới tỉnh Hà Giang gồm: "
        "Mèo Vạc, Đồng Văn, Yên Minh và Quản Bạ đã tổ chức hội nghị sơ kết quy chế phối hợp năm 2022 và ký kết "
        "quy chế phối hợp năm 2023.",
        "2023-01-13",
        "Hà Giang",
    )
    assert _party_sets(f) == [
        (
            "Huyện ủy Mèo Vạc",
            "Huyện ủy Quản Bạ",
            "Huyện ủy Yên Minh",
            "Huyện ủy Đồng Văn",
            "Đảng ủy Bộ đội Biên phòng tỉnh Hà Giang",
        )
    ]
    assert f.signings[0].period == (2023, 2023)


_FOREST = (
    "Ngày 10/5/2019, Hạt Kiểm lâm các huyện Nam Giang, Tây Giang (tỉnh Quảng Nam) và Hạt Kiểm lâm các huyện "
    "Đắk Glei, Ngọc Hồi (tỉnh Kon Tum) đã tổ chức sơ kết công tác bảo vệ rừng vùng giáp ranh. Đồng thời, để "
    "thực hiện Nghị định số 35/2019/NĐ-CP ngày 25/4/2019 của Chính phủ, ngày 12 tháng 4 năm 2019, các hạt "
    "kiểm lâm vùng giáp ranh đã ký kết quy chế phối hợp bảo vệ rừng."
)


def test_a_plural_subject_placed_by_its_words_stands_for_the_bodies_of_its_kind():
    f = _facts(_FOREST, "2019-05-11", "Quảng Nam")
    assert _party_sets(f) == [
        (
            "Hạt Kiểm lâm huyện Nam Giang",
            "Hạt Kiểm lâm huyện Ngọc Hồi",
            "Hạt Kiểm lâm huyện Tây Giang",
            "Hạt Kiểm lâm huyện Đắk Glei",
        )
    ]


def test_a_page_posted_a_year_later_reports_its_event_year_signing():
    f = _facts(_FOREST, "2020-02-01", "Quảng Nam")
    assert len(f.signings) == 1
    assert f.signings[0].date == "2019-04-12"
    assert len(f.signings[0].parties) == 4


def test_partners_of_one_kind_separated_by_semicolons_each_sign_with_the_hub():
    f = _facts(
        "Ngày 30-6, Chi đoàn Đồn Biên phòng Cửa Việt đã tổ chức ký kết kết nghĩa với Đoàn Thanh niên xã Long "
        "Sơn, TP. Vũng Tàu; Đoàn Thanh niên xã Gio Hải và Đoàn Thanh niên Phường Gio Việt, Thị xã Quảng Trị.",
        "2019-07-01",
        "Quảng Trị",
    )
    names = {a.name for a in f.agencies}
    assert "Đoàn Thanh niên xã Vũng Tàu" not in names  # "TP. Vũng Tàu" locates the commune
    hubs = {s.parties[0] for s in f.signings if len(s.parties) == 2}
    partners = sorted(p for s in f.signings for p in s.parties[1:])
    assert len(f.signings) == 3 and len(hubs) == 1
    assert partners == ["Đoàn Thanh niên phường Gio Việt", "Đoàn Thanh niên xã Gio Hải", "Đoàn Thanh niên xã Long Sơn"]


def test_an_anniversary_span_dates_no_signing():
    f = _facts(
        "Hội Cựu chiến binh tỉnh và Tỉnh Đoàn Hà Tĩnh ký kết chương trình phối hợp, chào mừng kỷ niệm 60 năm "
        "Ngày thành lập Hội (6/12/1960 - 6/12/2020).\n\nLễ ký kết giữa Hội Cựu chiến binh tỉnh và Tỉnh Đoàn "
        "Hà Tĩnh diễn ra trang trọng.",
        "2020-12-03",
    )
    assert [s.date for s in f.signings] == [None]
    assert _party_sets(f) == [("Hội Cựu chiến binh tỉnh", "Tỉnh Đoàn Hà Tĩnh")]


def test_a_joint_caption_under_a_lead_with_with_is_the_hub_with_each():
    f = _facts(
        "Sáng 3-9, Đoàn Kinh tế - Quốc phòng 79 đã tổ chức hội nghị ký kết quy chế phối hợp tuyên truyền với "
        "3 xã biên giới Sơn Kim, Sơn Hồng và Sơn Lĩnh.\n\nanh1.jpg\nĐoàn Kinh tế - Quốc phòng 79 và UBND các "
        "xã Sơn Kim, Sơn Lĩnh, Sơn Hồng ký kết quy chế phối hợp. Ảnh: T.H\n\nQuy chế xác định nội dung phối "
        "hợp giữa hai bên.",
        "2024-09-04",
    )
    sets = _party_sets(f)
    assert len(sets) == 3 and all(len(p) == 2 and "Đoàn Kinh tế - Quốc phòng 79" in p for p in sets)


def test_a_headline_with_with_leaves_the_body_joint_list_joint():
    f = _facts(
        "Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp với 3 huyện\n\nSáng 3-9, Bộ Chỉ huy Quân sự tỉnh "
        "và Ủy ban nhân dân 3 huyện gồm Hương Sơn, Hương Khê, Vũ Quang đã ký kết quy chế phối hợp.",
        "2024-09-04",
    )
    assert _party_sets(f) == [
        (
            "Bộ Chỉ huy Quân sự tỉnh",
            "Ủy ban nhân dân huyện Hương Khê",
            "Ủy ban nhân dân huyện Hương Sơn",
            "Ủy ban nhân dân huyện Vũ Quang",
        )
    ]


def test_a_member_named_after_its_heads_unnamed_title_signs_as_the_body():
    f = _facts(
        "Ngày 3/5, Thường trực Hội Nông dân tỉnh Cà Mau và thủ trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau "
        "ký kết chương trình phối hợp giai đoạn 2024-2029.",
        "2024-05-04",
        "Cà Mau",
    )
    assert _party_sets(f) == [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau", "Thường trực Hội Nông dân tỉnh Cà Mau")]
    assert f.signings[0].period == (2024, 2029)


def test_both_sides_as_the_subject_are_the_pair_last_named_between():
    f = _facts(
        "Sáng 5/3, Ủy ban Mặt trận Tổ quốc tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Chương trình phối hợp "
        "giữa Ủy ban Mặt trận Tổ quốc tỉnh và Tòa án nhân dân tỉnh. Lãnh đạo Hội Nông dân tỉnh và Tỉnh Đoàn dự "
        "hội nghị. Tại hội nghị, hai bên đã ký kết Chương trình phối hợp giai đoạn 2023-2028.",
        "2023-03-06",
    )
    assert _party_sets(f) == [("Tòa án nhân dân tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh")]
    assert f.signings[0].period == (2023, 2028)


_ADOPTED = (
    "Chiều ngày 06/11/2025, Hội Cựu chiến binh phường Hòa Khánh và Ban Chỉ huy Quân sự phường Hòa Khánh đã tổ "
    "chức Lễ ký kết Chương trình Kết nghĩa.\n\nTại buổi lễ, các đại biểu đã {verb} chương trình phối hợp công tác "
    "tuyên truyền giai đoạn 2025–2030. Đại diện lãnh đạo hai bên đã ký kết chương trình phối hợp."
)


def test_the_term_of_a_programme_adopted_in_a_sentence_of_its_own_is_the_signings():
    f = _facts(_ADOPTED.format(verb="thông qua nội dung"), "2025-11-07", "Đà Nẵng")
    assert [s.period for s in f.signings] == [(2025, 2030)]


def test_the_term_of_a_programme_under_review_is_not_the_signings():
    f = _facts(_ADOPTED.format(verb="đánh giá kết quả thực hiện"), "2025-11-07", "Đà Nẵng")
    assert [s.period for s in f.signings] == [None]


def test_an_emulation_pact_with_unnamed_members_is_signed_by_the_bloc_head_named_by_its_role():
    f = _facts(
        "Công an 4 tỉnh Cụm thi đua số 3 ký giao ước thi đua\n\nCông an 4 tỉnh Cụm thi đua số 3 ký giao ước thi "
        "đua.\n\nNăm 2023, Công an tỉnh Hà Tĩnh được Bộ Công an phân công làm đơn vị Cụm trưởng Cụm thi đua số 3. "
        "Cụm thi đua số 3 đã thảo luận các nội dung trọng tâm.\n\nHội nghị cũng thống nhất kế hoạch hoạt động "
        "của Cụm và tổ chức ký giao ước thi đua.",
        "2023-04-06",
    )
    assert _party_sets(f) == [("Công an tỉnh Hà Tĩnh",)]


def test_a_head_with_unnamed_levels_stands_for_the_group_listed_under_their_count():
    f = _facts(
        "Viện kiểm sát nhân dân khu vực 3 ký Quy chế phối hợp với Công an phường, xã trên địa bàn\n\nTham dự Hội "
        "nghị có lãnh đạo Viện kiểm sát nhân dân khu vực 3; lãnh đạo Công an 4 xã, phường, gồm: Kỳ Anh, Kỳ Hoa, "
        "Kỳ Trinh và Kỳ Lạc.\n\nCác ý kiến đều thống nhất với nội dung dự thảo.",
        "2025-08-01",
    )
    assert _party_sets(f) == [
        ("Công an Kỳ Anh", "Viện kiểm sát nhân dân khu vực 3"),
        ("Công an Kỳ Hoa", "Viện kiểm sát nhân dân khu vực 3"),
        ("Công an Kỳ Lạc", "Viện kiểm sát nhân dân khu vực 3"),
        ("Công an Kỳ Trinh", "Viện kiểm sát nhân dân khu vực 3"),
    ]


def test_hard_wrapped_lines_count_as_one_sentence_when_looking_for_the_event_date():
    f = _facts(
        "Hội nghị liên ngành sơ kết quy chế phối hợp về phiên tòa rút kinh nghiệm.\n\n"
        "Thực hiện kế hoạch liên tịch số 15/KH-VKS ngày 02/3/2022 của Viện kiểm sát nhân\n"
        "dân và Tòa án nhân dân tỉnh Bắc Kạn về việc sơ kết 02 năm thực hiện quy chế\n"
        "phối hợp giữa Viện kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh trong việc\n"
        "tổ chức phiên tòa rút kinh nghiệm. Sáng ngày 14/6/2022, hội nghị liên ngành đã\n"
        "diễn ra tại Bắc Kạn.\n\n"
        "Kết thúc hội nghị, lãnh đạo 2 ngành đã ký kết quy chế sửa đổi, bổ sung quy chế phối hợp.",
        "2022-06-15",
        "Bắc Kạn",
    )
    parties = [tuple(n.removesuffix(" Bắc Kạn") for n in p) for p in _party_sets(f)]
    assert parties == [("Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh")]
    assert f.signings[0].date == "2022-06-14"


def test_heads_shared_over_counted_levels_with_a_qualifier_spread_over_the_names():
    f = _facts(
        "Tham dự hội nghị có lãnh đạo Đảng ủy, UBND các xã biên giới Tà Lùng, Quốc Khánh, Đức Long.",
        "2024-09-04",
        "Cao Bằng",
    )
    places = ("Tà Lùng", "Quốc Khánh", "Đức Long")
    expected = [f"{head} xã {place}" for head in ("Đảng ủy", "Ủy ban nhân dân") for place in places]
    assert sorted(a.name for a in f.agencies) == sorted(expected)


def test_a_qualified_level_before_one_name_spreads_nothing():
    f = _facts("Tham dự hội nghị có lãnh đạo Công an các xã biên giới Tà Lùng.", "2024-09-04", "Cao Bằng")
    assert [a.name for a in f.agencies] == []


def test_partners_after_a_semicolon_that_run_to_the_end_of_the_clause_each_sign_with_the_hub():
    f = _facts(
        "Chiều 8/8, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Hội Nông dân tỉnh; Hội Cựu chiến binh "
        "tỉnh và Tỉnh Đoàn.",
        "2024-08-09",
    )
    assert _party_sets(f) == [
        ("Ban Dân vận Tỉnh ủy", "Hội Cựu chiến binh tỉnh"),
        ("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"),
        ("Ban Dân vận Tỉnh ủy", "Tỉnh Đoàn"),
    ]


def test_a_body_opening_a_new_clause_after_a_semicolon_is_no_partner():
    f = _facts(
        "Chiều 8/8, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Hội Nông dân tỉnh; Hội Cựu chiến binh "
        "tỉnh chủ trì hội nghị tổng kết công tác của hai đơn vị trong năm qua.",
        "2024-08-09",
    )
    assert _party_sets(f) == [("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh")]


def test_both_sides_opening_a_review_and_signing_sentence_are_the_pair_named_before():
    f = _facts(
        "Năm 2020, Hội Liên hiệp Phụ nữ tỉnh và Công an tỉnh đã ký kết chương trình phối hợp giai đoạn 2020-2024. "
        "Sáng 5/3, hai bên tổ chức hội nghị tổng kết chương trình phối hợp giai đoạn 2020-2024 và ký kết chương "
        "trình phối hợp giai đoạn 2025-2030.",
        "2025-03-06",
    )
    assert _party_sets(f) == [("Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh")]
    assert (f.signings[0].date, f.signings[0].period) == ("2025-03-05", (2025, 2030))


def test_two_units_as_the_subject_are_the_pair_that_opened_the_sentence_before():
    f = _facts(
        "Sáng 5/3, Hội Liên hiệp Phụ nữ tỉnh và Công an tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện chương "
        "trình phối hợp đã ký kết năm 2020. Dịp này, hai đơn vị ký kết chương trình phối hợp giai đoạn 2025-2030.",
        "2025-03-06",
    )
    assert _party_sets(f) == [("Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh")]
    assert f.signings[0].period == (2025, 2030)


def test_a_sentence_on_the_signed_documents_content_opening_with_its_term_gives_the_period():
    for after in (
        "Theo đó, trong giai đoạn 2024-2029, hai bên sẽ phối hợp tuyên truyền pháp luật cho hội viên.",
        "Theo chương trình, giai đoạn 2024-2029 hai bên tập trung tuyên truyền pháp luật.",
    ):
        f = _facts(f"Chiều 5/6, Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp. {after}", "2024-06-06")
        assert [s.period for s in f.signings] == [(2024, 2029)], after


def test_a_date_and_a_body_in_the_clause_of_an_anniversary_neither_date_nor_sign():
    f = _facts(
        "Chào mừng kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931), Công an tỉnh và Tỉnh Đoàn "
        "vừa ký kết chương trình phối hợp.\n\nLễ ký kết giữa Công an tỉnh và Tỉnh Đoàn.",
        "2025-03-10",
    )
    assert _party_sets(f) == [("Công an tỉnh", "Tỉnh Đoàn")]
    assert [s.date for s in f.signings] == [None]


def test_an_event_date_after_the_anniversary_clause_still_dates_the_signing():
    f = _facts(
        "Nhân kỷ niệm 80 năm ngày thành lập Quân đội nhân dân Việt Nam, sáng 20/12, Bộ Chỉ huy Quân sự tỉnh và "
        "Tỉnh Đoàn ký kết chương trình phối hợp.",
        "2024-12-21",
    )
    assert [s.date for s in f.signings] == ["2024-12-20"]


def test_a_caption_signing_another_kind_of_document_is_a_second_act_not_a_repeat():
    f = _facts(
        "Đồn Biên phòng Mường Nhé và Đồn Biên phòng Chung Chải ký kết kế hoạch hiệp đồng năm 2025. Ảnh: T.L\n"
        "Tại hội nghị, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Đồn Biên phòng Mường Nhé, Đồn Biên phòng Chung Chải và "
        "Đồn Biên phòng Sen Thượng đã ký kết quy chế phối hợp năm 2025.",
        "2025-03-02",
        "Điện Biên",
    )
    assert len(f.signings) == 2
    assert ("Đồn Biên phòng Chung Chải", "Đồn Biên phòng Mường Nhé") in _party_sets(f)


def test_a_list_opening_with_a_member_named_after_its_heads_unnamed_title_keeps_it():
    f = _facts(
        "Sáng 3/3, thủ trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Thường trực Hội Nông dân tỉnh ký kết chương "
        "trình phối hợp giai đoạn 2025-2030.",
        "2025-03-04",
    )
    assert _party_sets(f) == [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Thường trực Hội Nông dân tỉnh")]


def test_both_sides_skip_the_bodies_that_only_attend_at_a_local_bridge_point():
    f = _facts(
        "Sáng 12/6, Ủy ban Trung ương MTTQ Việt Nam và Viện kiểm sát nhân dân tối cao tổ chức hội nghị tổng kết "
        "quy chế phối hợp. Lãnh đạo Ủy ban MTTQ tỉnh và Viện kiểm sát nhân dân tỉnh dự tại điểm cầu tỉnh. Tại hội "
        "nghị, hai cơ quan đã ký kết quy chế phối hợp giai đoạn 2024-2029.",
        "2024-06-13",
        "Bình Định",
    )
    assert _party_sets(f) == [("Viện kiểm sát nhân dân tối cao", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]


def test_a_joint_list_signing_another_kind_than_the_hubs_pairs_stays_joint():
    f = _facts(
        "Sáng 5/3, Công an tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh. Sau đó, Công an tỉnh, Hội "
        "Nông dân tỉnh và Tỉnh Đoàn cùng ký kết giao ước thi đua năm 2025.",
        "2025-03-06",
    )
    assert _party_sets(f) == [
        ("Công an tỉnh", "Hội Nông dân tỉnh"),
        ("Công an tỉnh", "Hội Nông dân tỉnh", "Tỉnh Đoàn"),
    ]


def test_a_past_term_told_in_passing_is_no_new_programmes_period():
    f = _facts(
        "Chiều 5/6, Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp. Theo đó, trong giai đoạn "
        "2019-2024, hai bên đã phối hợp tổ chức 50 buổi tuyên truyền.",
        "2024-06-06",
    )
    assert [s.period for s in f.signings] == [None]


def test_a_plural_joined_to_a_named_body_is_the_last_member_of_the_signing_list():
    f = _facts(
        "Trước đó, Đồn Biên phòng Mường Nhé và Đồn Biên phòng Chung Chải đã tuần tra chung. Sáng 5/3, Công an "
        "tỉnh và các đồn biên phòng đã ký kết quy chế phối hợp.",
        "2025-03-06",
        "Điện Biên",
    )
    assert _party_sets(f) == [("Công an tỉnh", "Đồn Biên phòng Chung Chải", "Đồn Biên phòng Mường Nhé")]


def test_a_body_of_the_same_kind_opening_a_new_clause_after_a_semicolon_is_no_partner():
    f = _facts(
        "Chiều 8/8, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Hội Nông dân tỉnh; Hội Nông dân huyện "
        "Kỳ Anh tổ chức hội nghị tổng kết công tác của hai đơn vị trong năm qua.",
        "2024-08-09",
    )
    assert _party_sets(f) == [("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh")]


def test_partner_items_each_placed_by_a_larger_unit_run_through_several_semicolons():
    f = _facts(
        "Ngày 30-6, Đồn Biên phòng Cửa Việt đã tổ chức ký kết kết nghĩa với Đoàn Thanh niên xã Long Sơn, TP. Vũng "
        "Tàu; Đoàn Thanh niên xã Gio Hải, huyện Gio Linh; Đoàn Thanh niên Phường Gio Việt, Thị xã Quảng Trị và "
        "Đoàn Thanh niên xã Triệu An, huyện Triệu Phong, tỉnh Quảng Trị.",
        "2019-07-01",
        "Quảng Trị",
    )
    assert len(f.signings) == 4 and all(len(s.parties) == 2 for s in f.signings)


def test_a_signing_of_an_earlier_year_before_a_review_of_the_pages_year_is_old():
    f = _facts(
        "Ngày 2/9/2023, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2023-2028. Sáng "
        "10/5/2024, hai đơn vị tổ chức sơ kết 1 năm thực hiện chương trình.",
        "2024-05-11",
    )
    assert f.signings == []
