"""A head shared over a list of places or bodies, in the neighbouring shapes of the lists the grammar was tuned
on: places without a level word after a head that takes a place directly, items that repeat the level, names
with a lettered or numbered part, a printed level kept on every committee, bare bodies before a spread list,
organs before "của" and their committee, and bodies spelled out in full without a level (round "s4-lists").
Sentences are made up."""

from _signing_helpers import extract
from _signing_helpers import party_sets as _party_sets


def _facts(text, published="2022-08-17", province="Lai Châu", title=None):
    return extract(text, published, province, title)


def _names(text, province="Lai Châu"):
    return sorted(a.name for a in _facts(text, province=province).agencies)


def test_a_forest_post_head_spreads_over_district_names_without_a_level_word():
    assert _names("Lãnh đạo Hạt Kiểm lâm Mường Tè, Sìn Hồ và Phong Thổ dự hội nghị.") == [
        "Hạt Kiểm lâm Mường Tè",
        "Hạt Kiểm lâm Phong Thổ",
        "Hạt Kiểm lâm Sìn Hồ",
    ]


def test_a_forest_post_head_alone_is_no_agency():
    assert _names("Cán bộ Hạt Kiểm lâm thường xuyên tuần tra rừng.") == []


def test_items_that_repeat_the_level_of_the_first_place_are_members_too():
    assert _names(
        "Hội Nông dân xã Nà Tăm, xã Bản Bo, xã  Khun Há tham gia mô hình tự quản.",
    ) == ["Hội Nông dân xã Bản Bo", "Hội Nông dân xã Khun Há", "Hội Nông dân xã Nà Tăm"]


def test_a_place_with_a_lettered_part_is_one_item():
    assert _names("Hội Liên hiệp Phụ nữ xã Tân Lập A, Tân Lập B và Mỹ Phước tham gia.", province="Long An") == [
        "Hội Liên hiệp Phụ nữ xã Mỹ Phước",
        "Hội Liên hiệp Phụ nữ xã Tân Lập A",
        "Hội Liên hiệp Phụ nữ xã Tân Lập B",
    ]


def test_a_number_after_a_place_that_counts_a_noun_is_no_part_of_it():
    assert _names("Công an huyện Phong Thổ 15 năm qua đã phối hợp tốt.") == ["Công an huyện Phong Thổ"]


def test_a_level_printed_after_a_committee_word_stays_on_every_listed_committee():
    assert _names("Huyện ủy huyện Krông Pắc, Ea Kar và Cư M'gar tổ chức sơ kết.", province="Đắk Lắk") == [
        "Huyện ủy huyện Cư M'gar",
        "Huyện ủy huyện Ea Kar",
        "Huyện ủy huyện Krông Pắc",
    ]


def test_bare_bodies_before_a_head_spread_over_places_share_every_place():
    assert _names("Cùng dự có UBND, Ủy ban MTTQ các xã Ia Nan, Ia Dom và Ia Pnôn.", province="Gia Lai") == [
        "Ủy ban Mặt trận Tổ quốc xã Ia Dom",
        "Ủy ban Mặt trận Tổ quốc xã Ia Nan",
        "Ủy ban Mặt trận Tổ quốc xã Ia Pnôn",
        "Ủy ban nhân dân xã Ia Dom",
        "Ủy ban nhân dân xã Ia Nan",
        "Ủy ban nhân dân xã Ia Pnôn",
    ]


def test_a_bare_body_before_a_place_list_without_a_count_shares_it_too():
    assert _names("Dự có lãnh đạo UBND và Công an huyện Mường Tè, Sìn Hồ.") == [
        "Công an huyện Mường Tè",
        "Công an huyện Sìn Hồ",
        "Ủy ban nhân dân huyện Mường Tè",
        "Ủy ban nhân dân huyện Sìn Hồ",
    ]


def test_a_placed_body_before_a_place_list_keeps_its_own_place():
    assert _names("Dự có UBND tỉnh và Công an huyện Mường Tè, Sìn Hồ.") == [
        "Công an huyện Mường Tè",
        "Công an huyện Sìn Hồ",
        "Ủy ban nhân dân tỉnh",
    ]


def test_organs_listed_before_of_and_a_committee_are_that_committees():
    assert _names("Dự có lãnh đạo Ủy ban Kiểm tra, Ban Tổ chức của Huyện ủy, Công an huyện.") == [
        "Ban Tổ chức Huyện ủy",
        "Công an huyện",
        "Ủy ban Kiểm tra Huyện ủy",
    ]


def test_courts_spelled_out_without_a_level_and_listed_with_a_department_are_joint_signers():
    f = _facts(
        "Chiều 9/8, Thi hành án dân sự tỉnh Lai Châu phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân, "
        "Sở Tư pháp tổ chức Lễ ký kết Quy chế phối hợp liên ngành."
    )
    assert _party_sets(f) == [
        ("Sở Tư pháp", "Thi hành án dân sự tỉnh Lai Châu", "Tòa án nhân dân", "Viện Kiểm sát nhân dân"),
    ]


def test_short_forms_of_courts_listed_as_examples_are_no_agencies():
    assert _names("Các cơ quan như: Công an, Tòa án, Viện Kiểm sát, Sở Tư pháp phối hợp chặt chẽ.") == ["Sở Tư pháp"]


def test_bodies_joined_by_dashes_share_the_bare_level_and_the_party_committee_takes_it_as_printed():
    assert _names("Dự có lãnh đạo Đảng ủy – HĐND – UBND – Ủy ban MTTQ xã, trưởng các thôn.") == [
        "Hội đồng nhân dân xã",
        "Đảng ủy xã",
        "Ủy ban Mặt trận Tổ quốc xã",
        "Ủy ban nhân dân xã",
    ]


def test_a_bare_party_committee_before_commas_and_a_bare_level_is_that_levels():
    assert _names("Dự có lãnh đạo Đảng ủy, HĐND, UBND thị trấn.") == [
        "Hội đồng nhân dân thị trấn",
        "Đảng ủy thị trấn",
        "Ủy ban nhân dân thị trấn",
    ]


def test_a_party_committee_dashed_before_a_command_is_the_commands():
    assert "Đảng ủy Ban Chỉ huy Quân sự huyện" in _names("Được Đảng ủy - Ban Chỉ huy Quân sự huyện lãnh đạo.")


def test_the_end_of_an_organs_name_heads_no_list():
    assert "Đảng ủy Công an phường" not in _names(
        "Dự có lãnh đạo Ủy ban Kiểm tra, Văn phòng Đảng ủy, Công an, Ban Chỉ huy Quân sự phường.", province="Hải Phòng"
    )


def test_a_bare_front_committee_is_the_one_placed_committee_where_a_levelled_short_form_is_there_too():
    f = _facts(
        "Chiều ngày 3/2/2019, Ủy ban MTTQ phường Tân Mai tổ chức hội nghị ký kết chương trình phối hợp "
        "giữa Ủy ban MTTQ và các đoàn thể. Lãnh đạo Đảng ủy – UBND – UBMTTQ phường dự.",
        published="2019-02-04",
        province="Hà Nội",
    )
    assert sorted(a.name for a in f.agencies if "Mặt trận" in a.name) == ["Ủy ban Mặt trận Tổ quốc phường Tân Mai"]


def test_one_sentence_that_signs_two_kinds_of_document_tells_two_acts_with_their_own_terms():
    f = _facts(
        "Sáng 12/3/2019, Ủy ban MTTQ xã Nậm Hàng tổ chức hội nghị ký kết chương trình phối hợp với các đoàn "
        "thể và ký giao ước thi đua của các ban công tác mặt trận năm 2019.",
        published="2019-03-13",
    )
    assert sorted((tuple(s.parties), s.period or ()) for s in f.signings) == [
        (("Ủy ban Mặt trận Tổ quốc xã Nậm Hàng",), ()),
        (("Ủy ban Mặt trận Tổ quốc xã Nậm Hàng",), (2019, 2019)),
    ]


def test_one_act_told_again_with_another_document_word_keeps_the_term_of_the_first_telling():
    f = _facts(
        "Sáng 2/6/2017, UBND tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh giai đoạn 2017-2021.\n\n"
        "UBND tỉnh ký kết quy chế phối hợp với Hội Nông dân tỉnh.",
        published="2017-06-03",
    )
    assert [(sorted(s.parties), s.period) for s in f.signings] == [
        (["Hội Nông dân tỉnh", "Ủy ban nhân dân tỉnh"], (2017, 2021))
    ]


def test_acts_listed_with_semicolons_each_have_their_own_subject():
    f = _facts(
        "Ngày 5/3/2022, Công an tỉnh ký kết nghĩa với Hội Nông dân tỉnh; Ban CHQS huyện Sìn Hồ ký kết nghĩa "
        "với Đồn Biên phòng Ma Quai.",
        published="2022-03-06",
    )
    assert _party_sets(f) == [
        ("Ban Chỉ huy Quân sự huyện Sìn Hồ", "Đồn Biên phòng Ma Quai"),
        ("Công an tỉnh", "Hội Nông dân tỉnh"),
    ]


def test_acts_listed_with_enterprises_as_partners_are_one_party_signings_each():
    f = _facts(
        "Ngày 5/3/2022, Công an tỉnh ký kết nghĩa với Nông trường Chè Tam Đường; Ban CHQS huyện Sìn Hồ ký kết "
        "nghĩa với Xí nghiệp Chế biến chè, Ban CHQS huyện Phong Thổ ký kết nghĩa với Lâm trường Phong Thổ.",
        published="2022-03-06",
    )
    assert _party_sets(f) == [
        ("Ban Chỉ huy Quân sự huyện Phong Thổ",),
        ("Ban Chỉ huy Quân sự huyện Sìn Hồ",),
        ("Công an tỉnh",),
    ]


def test_a_verb_joined_by_and_shares_the_hub_subject_of_the_verb_before():
    f = _facts(
        "Ngày 5/3/2022, Hội Nông dân tỉnh ký kết chương trình phối hợp với các hội thành viên và ký giao ước "
        "thi đua năm 2022.",
        published="2022-03-06",
    )
    assert _party_sets(f) == [("Hội Nông dân tỉnh",), ("Hội Nông dân tỉnh",)]


def test_a_partner_named_after_a_semicolon_belongs_to_the_act_listed_there():
    f = _facts(
        "Nhiều đơn vị vừa ký kết nghĩa, như Ban CHQS huyện Sìn Hồ ký kết nghĩa với Nông trường Chè Tam Đường; "
        "thị trấn Tam Đường kết nghĩa với Đại đội Trinh sát.",
        published="2022-03-06",
    )
    assert _party_sets(f) == [("Ban Chỉ huy Quân sự huyện Sìn Hồ",)]


def test_a_counted_subject_listed_after_its_partner_signs_with_it_member_by_member():
    f = _facts(
        "Ngày 4/11/2021, 3 đơn vị ký quy chế phối hợp với Bộ Chỉ huy Quân sự tỉnh, bao gồm Hạt Kiểm lâm Mường "
        "Tè (Lai Châu), Sìn Hồ và Phong Thổ.",
        published="2021-11-05",
    )
    assert _party_sets(f) == [
        ("Bộ Chỉ huy Quân sự tỉnh", "Hạt Kiểm lâm Mường Tè"),
        ("Bộ Chỉ huy Quân sự tỉnh", "Hạt Kiểm lâm Phong Thổ"),
        ("Bộ Chỉ huy Quân sự tỉnh", "Hạt Kiểm lâm Sìn Hồ"),
    ]


def test_a_bare_party_committee_before_a_body_complete_by_its_name_is_that_bodys():
    assert _names("Đảng ủy, Ban Chỉ huy Phòng thủ khu vực 3 - Tam Đường tổ chức hội nghị.") == [
        "Ban Chỉ huy Phòng thủ khu vực 3 - Tam Đường",
        "Đảng ủy Ban Chỉ huy Phòng thủ khu vực 3 - Tam Đường",
    ]


def test_a_party_committee_and_a_bare_body_before_a_spread_list_take_every_place():
    assert _names("Đảng ủy, UBND, Ủy ban MTTQ các xã Ka Lăng, Thu Lũm tham dự.") == [
        "Đảng ủy xã Ka Lăng",
        "Đảng ủy xã Thu Lũm",
        "Ủy ban Mặt trận Tổ quốc xã Ka Lăng",
        "Ủy ban Mặt trận Tổ quốc xã Thu Lũm",
        "Ủy ban nhân dân xã Ka Lăng",
        "Ủy ban nhân dân xã Thu Lũm",
    ]


def test_courts_spelled_out_after_a_placed_body_keep_their_names_as_printed():
    f = _facts(
        "Sáng 3/4/2022, Công an tỉnh, Tòa án nhân dân và Viện kiểm sát nhân dân ký kết quy chế phối hợp.",
        published="2022-04-04",
    )
    assert _party_sets(f) == [("Công an tỉnh", "Tòa án nhân dân", "Viện kiểm sát nhân dân")]


def test_partners_after_with_separated_by_semicolons_include_a_court_spelled_out():
    f = _facts(
        "Sáng 3/4/2022, Viện Kiểm sát nhân dân tỉnh ký kết quy chế phối hợp với Tòa án nhân dân; Sở Tư pháp.",
        published="2022-04-04",
    )
    assert _party_sets(f) == [
        ("Sở Tư pháp", "Viện Kiểm sát nhân dân tỉnh"),
        ("Tòa án nhân dân", "Viện Kiểm sát nhân dân tỉnh"),
    ]


def test_two_units_opening_a_sentence_are_the_pair_a_dashed_headline_names():
    title = "Bộ CHQS tỉnh - Sở Tư pháp: Ký kết phối hợp"
    f = _facts(
        title + "\n\nHai đơn vị ký kết quy chế phối hợp, với sự chứng kiến của lãnh đạo Tỉnh ủy, UBND tỉnh.",
        title=title,
    )
    assert _party_sets(f) == [("Bộ Chỉ huy Quân sự tỉnh", "Sở Tư pháp")]


def test_bodies_that_witness_a_signing_do_not_sign():
    f = _facts(
        "Sáng 3/4/2022, Công an tỉnh ký kết quy chế phối hợp với Hội Nông dân tỉnh, dưới sự chủ trì của "
        "lãnh đạo UBND tỉnh.",
        published="2022-04-04",
    )
    assert _party_sets(f) == [("Công an tỉnh", "Hội Nông dân tỉnh")]


def test_cells_of_a_hamlet_or_block_are_named_after_it():
    assert _names("Chi bộ thôn Nà Hang, Chi đoàn khu phố 3 và Chi đoàn tổ dân phố 7 tham gia.") == [
        "Chi bộ thôn Nà Hang",
        "Chi đoàn khu phố 3",
        "Chi đoàn tổ dân phố 7",
    ]


def test_a_body_that_twins_with_another_signs_with_it():
    f = _facts("Chi đoàn Đồn Biên phòng Ka Lăng kết nghĩa với Chi đoàn ấp 5, xã Thu Lũm.")
    assert _party_sets(f) == [("Chi đoàn Đồn Biên phòng Ka Lăng", "Chi đoàn ấp 5")]


def test_a_twinning_kept_up_is_no_act():
    f = _facts("Công an huyện Sìn Hồ duy trì quan hệ kết nghĩa với Hội Nông dân huyện Sìn Hồ.")
    assert _party_sets(f) == []


def test_an_unknown_name_that_runs_on_into_another_bodys_name_is_no_list_item():
    names = _names("Dự có Hạt Kiểm lâm Mường Tè, Sìn Hồ, Khu Bảo tồn Thiên nhiên Mường Nhé và Phong Thổ.")
    assert "Hạt Kiểm lâm Khu Bảo" not in names
    assert {"Hạt Kiểm lâm Mường Tè", "Hạt Kiểm lâm Sìn Hồ"} <= set(names)


def test_a_named_item_before_a_preposition_and_a_place_stays_an_item():
    assert _names("Đồn Biên phòng Ka Lăng, Pa Vệ Sủ tại Lai Châu dự.") == [
        "Đồn Biên phòng Ka Lăng",
        "Đồn Biên phòng Pa Vệ Sủ",
    ]


def test_a_joint_lead_splits_at_the_partner_of_a_counted_subject_and_a_dated_ceremony_dates_the_acts():
    f = _facts(
        "Bộ Chỉ huy Quân sự tỉnh và 3 đơn vị kiểm lâm vừa tổ chức ký quy chế phối hợp.\n\n"
        "Lễ ký kết diễn ra ngày 9/8/2022 tại hội nghị đánh giá công tác phối hợp.\n\n"
        "3 đơn vị ký quy chế phối hợp với Bộ Chỉ huy Quân sự tỉnh, bao gồm Hạt Kiểm lâm Mường Tè, Sìn Hồ và "
        "Phong Thổ.",
        published=None,
    )
    assert sorted((tuple(sorted(s.parties)), s.date) for s in f.signings) == [
        (("Bộ Chỉ huy Quân sự tỉnh", "Hạt Kiểm lâm Mường Tè"), "2022-08-09"),
        (("Bộ Chỉ huy Quân sự tỉnh", "Hạt Kiểm lâm Phong Thổ"), "2022-08-09"),
        (("Bộ Chỉ huy Quân sự tỉnh", "Hạt Kiểm lâm Sìn Hồ"), "2022-08-09"),
    ]


def test_a_dated_earlier_ceremony_or_another_act_dates_no_recent_signing():
    for later in (
        "Trước đó, ngày 5/3/2019, lễ ký kết chương trình giai đoạn trước đã diễn ra.",
        "Ngày 5/3/2022, các xã đã ký kết giao ước thi đua.",
    ):
        f = _facts(
            "Công an tỉnh và Hội Nông dân tỉnh vừa ký kết chương trình phối hợp.\n\n" + later, published="2022-05-06"
        )
        assert [s.date for s in f.signings] == [None]


def test_a_level_shared_over_bodies_joined_by_cung():
    # "cùng (với)" joins a subject's bodies as "và" does: the body that needs a level takes the last member's
    for joiner in ("cùng", "cùng với"):
        facts = _facts(
            f"Ngày 24-11, Bộ Chỉ huy Quân sự {joiner} Hội Nông dân tỉnh tổ chức Hội nghị ký kết chương trình phối hợp "
            "giai đoạn 2020-2025."
        )
        assert sorted(a.name for a in facts.agencies) == ["Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"], joiner
        assert _party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")], joiner


def test_a_bare_level_before_the_same_head_placed_elsewhere_keeps_its_own_province():
    # "Công an tỉnh và Công an tỉnh Yên Bái": the head written again with another place is another body (a twinning
    # of two provinces), not the same place shared back ("Công an, BĐBP tỉnh X" shares it)
    for head in ("Công an", "Ủy ban MTTQ Việt Nam"):
        text = f"Ngày 13/10, {head} tỉnh và {head} tỉnh Yên Bái đã ký kết chương trình hợp tác."
        facts = _facts(text, province="Lào Cai")
        assert len(facts.signings) == 1 and len(facts.signings[0].parties) == 2, head
        assert sorted(facts.signings[0].parties)[1].endswith("tỉnh Yên Bái"), head


def test_a_level_shared_over_bodies_joined_by_phoi_hop_voi():
    facts = _facts(
        "Ngày 24-11, Bộ Chỉ huy Quân sự phối hợp với Hội Nông dân tỉnh tổ chức Hội nghị ký kết chương trình phối hợp."
    )
    assert _party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")]


def test_a_member_named_after_the_people_who_act_for_it_shares_the_list_s_level():
    # "lãnh đạo UBND": the leaders sign for the committee, which stays in the list that shares the last level
    f = _facts(
        "Ngày 06/10/2021, huyện Văn Quan tổ chức Lễ ký kết Quy chế phối hợp công tác giữa Thường trực Hội đồng nhân "
        "dân, Lãnh đạo Ủy ban nhân dân, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện nhiệm kỳ 2021 - 2026.",
        province="Lạng Sơn",
    )
    assert _party_sets(f) == [
        (
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
            "Thường trực Hội đồng nhân dân huyện",
            "Ủy ban nhân dân huyện",
        )
    ]
