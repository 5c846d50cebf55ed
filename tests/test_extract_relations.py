"""Signing relations (facts-format.md): made-up sentences for each class of signing error."""

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


# (a page of late December: the made-up sentences date their acts by day and month through the year)
def _facts(text, published="2023-12-28", province="Lào Cai", title=None, url=None):
    art = Article("t", text, title, published, province)
    if url:
        art.url = url
    return extract_article(art)


def _signings(facts):
    return sorted((tuple(sorted(s.parties)), s.date, s.period) for s in facts.signings)


def test_a_signing_with_unnamed_partners_keeps_its_one_named_party():
    f = _facts("Chiều 4/5, Bộ Chỉ huy Quân sự tỉnh tổ chức lễ ký kết quy chế phối hợp với các xã biên giới.")
    assert _signings(f) == [(("Bộ Chỉ huy Quân sự tỉnh",), "2023-05-04", None)]


def test_a_one_party_reading_with_a_capitalised_partner_left_unread_is_no_signing():
    f = _facts("Chiều 4/5, Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp với Xưởng Quân giới Z99 tỉnh.")
    assert all(len(s.parties) != 1 for s in f.signings)


def test_a_twinning_is_a_signing():
    f = _facts("Sáng 6/5, Đảng ủy xã Bản Lầu và Đảng ủy xã Bản Phiệt tổ chức lễ kết nghĩa giữa hai địa phương.")
    assert _signings(f) == [(("Đảng ủy xã Bản Lầu", "Đảng ủy xã Bản Phiệt"), "2023-05-06", None)]


def test_the_agent_of_a_passive_organises_and_signs():
    f = _facts(
        "Chiều 8/5, hội nghị ký kết quy chế phối hợp với Đảng ủy các xã trên địa bàn đã được "
        "Đảng ủy Bộ Chỉ huy Quân sự tỉnh (Đảng ủy Quân sự tỉnh) tổ chức."
    )
    assert _signings(f) == [(("Đảng ủy Bộ Chỉ huy Quân sự tỉnh",), "2023-05-08", None)]


def test_a_period_leads_a_passive_signing_told_with_its_organisers():
    f = _facts(
        "Ngày 3/5, chương trình phối hợp giai đoạn 2023-2027 giữa Tỉnh đoàn và Công an tỉnh "
        "đã được hai bên tổ chức ký kết."
    )
    assert _signings(f) == [(("Công an tỉnh", "Tỉnh đoàn"), "2023-05-03", (2023, 2027))]


def test_a_recent_signing_without_its_own_date_has_none():
    f = _facts(
        "Công an tỉnh vừa tổ chức lễ ký kết quy chế phối hợp với Hội Nông dân tỉnh.\n\n"
        "Ngày 2/5, Công an tỉnh tổ chức hội nghị giao ban."
    )
    assert _signings(f) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), None, None)]


def test_a_day_without_year_on_a_page_without_a_date_takes_no_guessed_year():
    f = _facts(
        "Chiều 16/4, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2019-2025.\n\n"
        "Hội nghị sơ kết ngày 12/3/2018 đã đánh giá kết quả phối hợp.",
        published=None,
    )
    assert _signings(f) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), None, (2019, 2025))]


def test_a_cut_short_between_list_is_completed_by_the_subject():
    f = _facts("Ngày 2/5, Tòa án nhân dân tỉnh tổ chức lễ ký kết quy chế phối hợp giữa Tòa án và Sở Tư pháp tỉnh.")
    assert _signings(f) == [(("Sở Tư pháp tỉnh", "Tòa án nhân dân tỉnh"), "2023-05-02", None)]


def test_witnesses_of_a_signing_are_not_its_parties():
    f = _facts("Lãnh đạo Tỉnh ủy, Ủy ban nhân dân tỉnh chứng kiến ký kết chương trình phối hợp.")
    assert f.signings == []


def test_a_programme_for_a_year_and_the_following_years_has_no_period():
    f = _facts(
        "Ngày 9/5, Ủy ban MTTQ Việt Nam tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp "
        "năm 2023 và các năm tiếp theo."
    )
    assert _signings(f) == [(("Hội Nông dân tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2023-05-09", None)]


def test_a_date_line_before_the_reported_day_is_no_page_date():
    # the page prints a banner date (1 March) before an event of 12 March: the banner is furniture
    f = _facts(
        "Công an tỉnh ký kết với Hội Nông dân\n\nThứ hai, 01/03/2021 08:15\n\n"
        "Chiều 12-3, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2021-2025.",
        published=None,
    )
    assert _signings(f) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), None, (2021, 2025))]


def test_the_programme_term_told_in_a_sentence_of_its_own_is_the_period():
    f = _facts(
        "Ngày 3/4, Sở Tư pháp tỉnh đã ký kết chương trình phối hợp với Hội Luật gia tỉnh.\n\n"
        "Chương trình phối hợp được thực hiện trong giai đoạn 2023 - 2026, hai bên họp mỗi năm một lần."
    )
    assert _signings(f) == [(("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-04-03", (2023, 2026))]


def test_a_review_span_told_apart_is_no_period_of_the_signing():
    f = _facts(
        "Ngày 3/4, Sở Tư pháp tỉnh đã ký kết chương trình phối hợp với Hội Luật gia tỉnh.\n\n"
        "Chương trình phối hợp được thực hiện trong giai đoạn 2017 - 2022 đã đạt nhiều kết quả."
    )
    assert _signings(f) == [(("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-04-03", None)]


def test_a_caption_broken_across_lines_keeps_its_period():
    f = _facts(
        "Ngày 3/4, đại diện Sở Tư pháp tỉnh và Hội Luật gia tỉnh ký kết chương trình\n"
        "phối hợp công tác giai đoạn 2023-2026"
    )
    assert _signings(f) == [(("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-04-03", (2023, 2026))]


def test_organisers_of_a_signing_the_headline_hubs_on_the_first_sign_pairwise():
    f = _facts(
        "Ký kết chương trình phối hợp giữa Sở Y tế tỉnh với Hội Chữ thập đỏ tỉnh, Tỉnh đoàn\n\n"
        "Ngày 7/4, Sở Y tế tỉnh cùng Hội Chữ thập đỏ tỉnh, Tỉnh đoàn tổ chức hội nghị ký kết "
        "chương trình phối hợp."
    )
    assert _signings(f) == [
        (("Hội Chữ thập đỏ tỉnh", "Sở Y tế tỉnh"), "2023-04-07", None),
        (("Sở Y tế tỉnh", "Tỉnh đoàn"), "2023-04-07", None),
    ]


def test_organisers_of_a_signing_without_a_hub_sign_jointly():
    # a "giữa A với" in prose that tells no signing does not make A a hub
    f = _facts(
        "Sở Y tế tỉnh và các đơn vị ký kết chương trình phối hợp\n\n"
        "Ngày 7/4, Sở Y tế tỉnh cùng Hội Chữ thập đỏ tỉnh, Tỉnh đoàn tổ chức hội nghị ký kết "
        "chương trình phối hợp.\n\nChương trình nhằm tăng cường phối hợp giữa Sở Y tế tỉnh với các đơn vị."
    )
    assert _signings(f) == [(("Hội Chữ thập đỏ tỉnh", "Sở Y tế tỉnh", "Tỉnh đoàn"), "2023-04-07", None)]


def test_the_leaders_of_a_body_stand_for_it_in_a_joint_list():
    f = _facts("Ngày 7/4, Sở Y tế tỉnh và lãnh đạo Hội Chữ thập đỏ tỉnh đã thống nhất ký kết quy chế phối hợp.")
    assert _signings(f) == [(("Hội Chữ thập đỏ tỉnh", "Sở Y tế tỉnh"), "2023-04-07", None)]


def test_one_act_told_by_the_organ_and_by_the_bare_body_keeps_the_organ():
    f = _facts(
        "Ngày 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã ký kết quy chế phối hợp với Sở Tư pháp tỉnh.\n\n"
        "Đại diện Ủy ban MTTQ Việt Nam tỉnh và Sở Tư pháp tỉnh ký kết quy chế phối hợp."
    )
    assert _signings(f) == [
        (("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Tư pháp tỉnh"), "2023-04-07", None)
    ]


def test_a_numbered_back_reference_stands_for_the_bodies_of_that_kind():
    f = _facts(
        "Ngày 7/4, Hội Cựu chiến binh huyện ký kết chương trình phối hợp với Đồn Biên phòng Sa Hạ "
        "và Đồn Biên phòng Bản Tấn giai đoạn 2023-2025.\n\n"
        "Hội Liên hiệp Phụ nữ huyện ký kết kế hoạch phối hợp với 2 đồn biên phòng. Ảnh: T.A\n\n"
        "Nhân dịp này, Hội Liên hiệp Phụ nữ huyện và 2 đồn biên phòng cũng ký kết kế hoạch phối hợp."
    )
    got = {(tuple(sorted(s.parties)), s.period) for s in f.signings}
    assert got == {
        (("Hội Cựu chiến binh huyện", "Đồn Biên phòng Sa Hạ"), (2023, 2025)),
        (("Hội Cựu chiến binh huyện", "Đồn Biên phòng Bản Tấn"), (2023, 2025)),
        (("Hội Liên hiệp Phụ nữ huyện", "Đồn Biên phòng Sa Hạ"), None),
        (("Hội Liên hiệp Phụ nữ huyện", "Đồn Biên phòng Bản Tấn"), None),
    }


def test_a_numbered_reference_whose_count_disagrees_resolves_to_nothing():
    f = _facts(
        "Ngày 7/4, Hội Cựu chiến binh huyện ký kết chương trình phối hợp với Đồn Biên phòng Sa Hạ.\n\n"
        "Hội Liên hiệp Phụ nữ huyện ký kết kế hoạch phối hợp với 3 đồn biên phòng."
    )
    assert all("Hội Liên hiệp Phụ nữ huyện" not in s.parties or len(s.parties) == 1 for s in f.signings)


def test_an_emulation_pact_of_a_bloc_is_signed_by_its_named_members():
    f = _facts(
        "Ngày 2/3, Khối thi đua Công an các xã đã tổ chức hội nghị ký giao ước thi đua năm 2023.\n\n"
        "Năm 2023, khối có 8 đơn vị, trong đó Công an xã Bản Vược giữ vai trò trưởng khối, "
        "Công an xã Cốc Mỳ làm phó khối."
    )
    assert _signings(f) == [(("Công an xã Bản Vược", "Công an xã Cốc Mỳ"), "2023-03-02", (2023, 2023))]


def test_the_year_of_a_quoted_campaign_is_no_period():
    f = _facts(
        "Ngày 2/3, Sở Tư pháp tỉnh và Hội Luật gia tỉnh ký kết chương trình phối hợp tổ chức cuộc thi “Tìm hiểu pháp "
        "luật” năm 2023."
    )
    assert _signings(f) == [(("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-03-02", None)]


def test_the_year_after_a_quoted_campaign_is_an_emulation_pacts_term():
    # (the writers of four blind sets of round s12 give the pact that year; `real`'s dc01 and dc05 give none)
    f = _facts("Ngày 2/3, Sở Tư pháp tỉnh và Hội Luật gia tỉnh ký giao ước thi đua “Vì pháp luật” năm 2023.")
    assert _signings(f) == [(("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-03-02", (2023, 2023))]


def test_a_signing_clause_without_parties_takes_the_partnership_the_review_names():
    f = _facts(
        "Ngày 9/1, Sở Tư pháp tỉnh tổ chức hội nghị sơ kết hoạt động phối hợp giữa Sở Tư pháp tỉnh với "
        "Hội Luật gia tỉnh, Tỉnh đoàn năm 2022; ký kết chương trình phối hợp năm 2023."
    )
    assert _signings(f) == [
        (("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-01-09", (2023, 2023)),
        (("Sở Tư pháp tỉnh", "Tỉnh đoàn"), "2023-01-09", (2023, 2023)),
    ]


def test_a_list_of_signed_documents_gives_each_its_parties_and_period():
    f = _facts(
        "Chiều 5/2, Sở Tư pháp tỉnh đã tổ chức hội nghị ký kết các quy chế phối hợp, gồm: Quy chế phối hợp "
        "giữa Sở Tư pháp tỉnh với Hội Luật gia tỉnh, giai đoạn 2023-2027; Quy chế phối hợp giữa Sở Tư pháp "
        "tỉnh và Tỉnh đoàn trong công tác tuyên truyền."
    )
    assert _signings(f) == [
        (("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-02-05", (2023, 2027)),
        (("Sở Tư pháp tỉnh", "Tỉnh đoàn"), "2023-02-05", None),
    ]


def test_a_signing_between_a_unit_and_a_locality_keeps_the_unit():
    f = _facts(
        "Sáng 13/10, tại đơn vị Trung đoàn 98 đã diễn ra lễ ký kết chương trình phối hợp giữa đơn vị "
        "Trung đoàn 98 với đơn vị xã Tân Lập."
    )
    assert _signings(f) == [(("Trung đoàn 98",), "2023-10-13", None)]


def test_a_locality_with_its_level_word_capitalised_is_no_unread_partner():
    # "Quận 11, TPHCM": a locality (its level word capitalised, then its number and its province) in the partner
    # slot, not a body the grammar missed; the unit is the one party named
    f = _facts(
        "Ngày 15/9, Sư đoàn 302, Quân khu 7 và Quận 11, TPHCM tổ chức ký kết chương trình phối hợp hoạt động năm 2023.",
        province="Thành phố Hồ Chí Minh",
    )
    assert _signings(f) == [(("Sư đoàn 302",), "2023-09-15", (2023, 2023))]
    f = _facts("Sáng 6/5, Huyện Đoàn Bảo Thắng và Xã Bản Phiệt, huyện Bảo Thắng ký kết chương trình phối hợp năm 2023.")
    assert _signings(f) == [(("Huyện Đoàn Bảo Thắng",), "2023-05-06", (2023, 2023))]


def test_a_level_word_that_opens_a_body_s_name_is_a_partner_left_unread():
    # "Huyện ủy", "Xã đội", "Thành đoàn": the level word opens a body's name, so a capitalised partner the grammar
    # did not read still stops a one-party reading
    f = _facts("Chiều 4/5, Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp với Xã Đội Z99 Tây.")
    assert all(len(s.parties) != 1 for s in f.signings)


def test_the_period_of_a_quoted_project_the_programme_implements_is_its_period():
    f = _facts(
        "Sáng 13/10, Sở Tư pháp tỉnh và Hội Luật gia tỉnh ký kết chương trình phối hợp thực hiện Đề án "
        '"Nâng cao hiệu quả tuyên truyền pháp luật giai đoạn 2023-2025".'
    )
    assert _signings(f) == [(("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-10-13", (2023, 2025))]


def test_a_joint_review_lends_no_parties_to_a_signing_clause():
    f = _facts(
        "Ngày 9/1, Hội Cựu chiến binh huyện tổ chức tổng kết chương trình phối hợp giữa Huyện đoàn và "
        "Hội Cựu chiến binh huyện giai đoạn 2018-2022; đồng thời ký kết phương hướng hoạt động."
    )
    assert all(set(s.parties) != {"Huyện đoàn", "Hội Cựu chiến binh huyện"} for s in f.signings)


def test_a_dated_regulation_cited_as_signed_before_is_no_signing():
    f = _facts(
        "Trên cơ sở Quy chế phối hợp số 12/QC-CAT-STP ngày 09/9/2021 được ký kết giữa Công an tỉnh "
        "và Sở Tư pháp tỉnh trong công tác phổ biến pháp luật, ngày 11/5, hai đơn vị tổ chức hội nghị sơ kết."
    )
    assert f.signings == []


def test_the_forces_named_after_between_sign_and_not_their_organiser():
    f = _facts("Đảng ủy xã Bản Lầu vừa tổ chức lễ ký kết quy chế phối hợp giữa lực lượng Công an xã và Quân sự xã.")
    assert _signings(f) == [(("Công an xã", "Quân sự xã"), None, None)]


def test_a_signer_titled_head_of_a_committees_ban_does_not_sign_for_the_committee():
    f = _facts(
        "Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh và bà Lê Thị Bình, Trưởng ban Dân vận Tỉnh ủy "
        "ký kết chương trình phối hợp."
    )
    assert all("Tỉnh ủy" not in s.parties for s in f.signings)


def test_acts_listed_in_one_sentence_keep_a_one_party_act_with_schools():
    f = _facts(
        "Ngày 18/8, đã diễn ra lễ ký kết kế hoạch liên tịch giữa Công an xã Bản Lầu và Hội Nông dân xã Bản Lầu; "
        "ký kết quy chế phối hợp giữa Công an xã Bản Lầu và Trường Đại học Tây Bắc, Bệnh viện Đa khoa "
        "huyện."
    )
    assert _signings(f) == [
        (("Công an xã Bản Lầu",), "2023-08-18", None),
        (("Công an xã Bản Lầu", "Hội Nông dân xã Bản Lầu"), "2023-08-18", None),
    ]


def test_a_plural_back_reference_signs_for_the_bodies_of_that_kind():
    f = _facts(
        "Ngày 28/7, Đảng ủy xã Bản Lầu, Đảng ủy xã Bản Phiệt và Đảng ủy Đồn Biên phòng Bản Vược tổ chức "
        "hội nghị sơ kết quy chế phối hợp.\n\n"
        "Đại diện các đảng ủy ký kết bổ sung quy chế phối hợp giai đoạn 2023 - 2025."
    )
    assert _signings(f) == [
        (
            tuple(sorted(("Đảng ủy Đồn Biên phòng Bản Vược", "Đảng ủy xã Bản Lầu", "Đảng ủy xã Bản Phiệt"))),
            "2023-07-28",
            (2023, 2025),
        )
    ]


def test_a_sentence_about_the_regulation_gives_its_term():
    f = _facts(
        "Ngày 3/4, Sở Tư pháp tỉnh đã ký kết quy chế phối hợp với Hội Luật gia tỉnh.\n\n"
        "Quy chế phối hợp có 4 chương 10 điều, xác định nội dung phối hợp tuyên truyền pháp luật "
        "giai đoạn 2023-2025."
    )
    assert _signings(f) == [(("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-04-03", (2023, 2025))]


def test_an_unnamed_group_inside_a_list_of_members_does_not_end_it():
    f = _facts(
        "Ngày 14/7, đã diễn ra lễ ký kết chương trình phối hợp giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh "
        "và các tổ chức chính trị - xã hội tỉnh, Hội Chữ thập đỏ tỉnh, Hội Luật gia tỉnh."
    )
    assert _signings(f) == [
        (
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Chữ thập đỏ tỉnh", "Hội Luật gia tỉnh"),
            "2023-07-14",
            None,
        )
    ]


def test_a_body_that_places_the_partners_is_not_one_of_them():
    f = _facts(
        "Ngày 27/4, Viện kiểm sát quân sự Quân khu 2 ký kết quy chế phối hợp với các viện kiểm sát "
        "trên địa bàn Quân khu 2."
    )
    assert all("Quân khu 2" not in s.parties for s in f.signings)


def test_members_listed_after_gom_sign_jointly_with_the_host():
    f = _facts(
        "Chiều 28/1, Sở Tư pháp tỉnh chủ trì lễ ký kết quy chế phối hợp cùng các đơn vị, gồm: "
        "Hội Luật gia tỉnh; Tỉnh đoàn; Công ty Điện lực tỉnh."
    )
    assert _signings(f) == [(("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh", "Tỉnh đoàn"), "2023-01-28", None)]


def test_a_firm_inside_a_with_list_signs_alone_with_the_hub_and_does_not_end_the_list():
    f = _facts(
        "Chiều 9/3, Sở Tư pháp tỉnh tổ chức hội nghị ký kết chương trình phối hợp giữa Sở Tư pháp tỉnh "
        "với Hội Luật gia tỉnh, Công ty Điện lực tỉnh và Tỉnh đoàn năm 2023."
    )
    assert _signings(f) == [
        (("Hội Luật gia tỉnh", "Sở Tư pháp tỉnh"), "2023-03-09", (2023, 2023)),
        (("Sở Tư pháp tỉnh",), "2023-03-09", (2023, 2023)),
        (("Sở Tư pháp tỉnh", "Tỉnh đoàn"), "2023-03-09", (2023, 2023)),
    ]


def test_a_subject_body_named_with_its_parent_by_cua_and_a_proper_name_still_signs():
    f = _facts("Chiều 10-2, Sở Y tế và Hội đồng Dân tộc (HĐDT) của QH tổ chức ký kết quy chế phối hợp công tác.")
    assert [len(s.parties) for s in f.signings] == [2]
    assert "Sở Y tế" in f.signings[0].parties


def test_a_body_after_cua_with_a_lower_case_word_is_no_subject():
    f = _facts("Chiều 10-2, theo đề nghị của Sở Y tế của tỉnh, hai xã tổ chức ký kết quy chế phối hợp.")
    assert all("Sở Y tế" not in s.parties for s in f.signings)


def test_a_cited_document_about_coordination_between_two_bodies_has_them_as_parties():
    f = _facts(
        "Ngày 5/6, Sở Y tế và Hội Nông dân tỉnh ký kết quy chế phối hợp.\n\n"
        "Căn cứ Quy chế số 07/QC-BYT-HND ngày 12/3/2021 về công tác phối hợp giữa Bộ Y tế "
        "và Trung ương Hội Nông dân Việt Nam;"
    )
    doc = next(d for d in f.documents if d.symbol == "07/QC-BYT-HND")
    assert sorted(doc.parties) == ["Bộ Y tế", "Trung ương Hội Nông dân Việt Nam"]


def _doc_parties(f, symbol):
    return sorted(next(d for d in f.documents if d.symbol == symbol).parties)


def test_a_document_drafted_by_a_body_with_partners_has_them_all_as_parties():
    f = _facts(
        "Năm 2019, Đảng ủy Đồn Biên phòng Pò Mã đã xây dựng Quy chế phối hợp số 03/QC-PH với "
        "Đảng ủy xã Đàm Thủy, Đảng ủy xã Ngọc Côn."
    )
    assert _doc_parties(f, "03/QC-PH") == sorted(
        ["Đảng ủy Đồn Biên phòng Pò Mã", "Đảng ủy xã Ngọc Côn", "Đảng ủy xã Đàm Thủy"]
    )


def test_a_pair_joined_by_voi_right_after_the_issue_date_are_the_documents_parties():
    f = _facts(
        "Từ khi thực hiện Quy chế phối hợp số 88/QC-PH, ngày 12/5/2018 Đảng ủy Bộ đội Biên phòng tỉnh "
        "với Huyện ủy Trùng Khánh, tình hình biên giới ổn định."
    )
    assert _doc_parties(f, "88/QC-PH") == sorted(["Huyện ủy Trùng Khánh", "Đảng ủy Bộ đội Biên phòng tỉnh"])


def test_the_two_sides_named_after_the_verb_are_the_pair_named_before():
    # "lễ ký kết ... giữa hai Hội": a clause that names no body names its parties as the two sides
    f = _facts(
        "Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh có nhiều hoạt động chung trong năm qua. Sáng 17/8, đã "
        "diễn ra lễ ký kết chương trình phối hợp giữa 2 đơn vị giai đoạn 2023-2026."
    )
    assert _signings(f) == [(("Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh"), "2023-08-17", (2023, 2026))]
    f = _facts(
        "Năm qua, công tác phối hợp giữa Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh đạt nhiều kết quả. "
        "Sáng 17/8, tại hội trường tiến hành lễ ký kết chương trình phối hợp giữa hai Hội."
    )
    assert _signings(f) == [(("Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh"), "2023-08-17", None)]


def test_a_bare_head_after_a_count_is_the_sides_kind_not_one_body():
    # "hai Hội đã ký kết": both associations sign, not the last "Hội ..." named
    f = _facts(
        "Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh có nhiều hoạt động chung trong năm qua. Sáng 17/8, hai "
        "Hội đã ký kết chương trình phối hợp giai đoạn 2023-2026."
    )
    assert _signings(f) == [(("Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh"), "2023-08-17", (2023, 2026))]


def test_the_two_sides_may_be_named_by_the_kind_both_bodies_are():
    # "hai nhà trường", "hai đồn", "hai Đảng ủy": the sides named by their common kind
    f = _facts(
        "Đồn Biên phòng A Mú Sung và Đồn Biên phòng Y Tý cùng đóng quân trên địa bàn biên giới. Sáng 5/3, hai "
        "đồn đã ký kết quy chế phối hợp."
    )
    assert _signings(f) == [(("Đồn Biên phòng A Mú Sung", "Đồn Biên phòng Y Tý"), "2023-03-05", None)]


def test_the_two_sides_stand_for_the_pair_a_review_s_paragraph_of_results_named():
    # a review reports its results over several sentences before "hai đơn vị tiếp tục ký kết"
    f = _facts(
        "Chiều 22-5, Ban Thường trực UBMTTQ tỉnh và VKSND tỉnh tổ chức sơ kết 2 năm thực hiện Quy chế phối hợp. "
        "Trong 2 năm qua, công tác phối hợp ngày càng đi vào chiều sâu. Kết quả phối hợp được thể hiện rõ nét. "
        "Tại buổi sơ kết, hai bên đã trao đổi một số khó khăn. Lãnh đạo 2 ngành cần quan tâm công tác tham mưu. "
        "Hai đơn vị thường xuyên duy trì chế độ hội họp định kỳ. Dịp này, hai đơn vị tiếp tục ký kết Quy chế phối "
        "hợp công tác trong thời gian tới."
    )
    assert [parties for parties, _date, _period in _signings(f)] == [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh", "Viện Kiểm sát nhân dân tỉnh")
    ]


def test_a_unit_and_its_parent_after_a_dash_are_one_side_not_a_pair():
    # the headline's subject is the battalion of the regiment; "hai đơn vị" are the battalion and the school
    f = _facts(
        "Tiểu đoàn Bộ binh 1 - Trung đoàn 6 tổ chức Lễ kết nghĩa với Trường Trung học phổ thông Hương Thủy\n\n"
        "Chiều ngày 21/12, Tiểu đoàn Bộ binh 1 đã phối hợp với Trường THPT Hương Thủy tổ chức Lễ kết nghĩa. Tại "
        "Lễ kết nghĩa, đại diện lãnh đạo hai đơn vị đã thông qua quy chế, tiến hành ký kết biên bản kết nghĩa.",
        title="Tiểu đoàn Bộ binh 1 - Trung đoàn 6 tổ chức Lễ kết nghĩa với Trường Trung học phổ thông Hương Thủy",
    )
    assert all(set(s.parties) != {"Tiểu đoàn Bộ binh 1", "Trung đoàn 6"} for s in f.signings)


def test_a_body_naming_the_venue_of_a_review_is_no_side_of_the_act_the_two_review():
    # "tại Nhà Quốc hội": the building, not a party; "giữa 2 cơ quan" in the review is the two bodies themselves
    f = _facts(
        "Chiều 9/11, tại Nhà Quốc hội, Hội đồng Dân tộc và Bộ Tư lệnh Bộ đội Biên phòng đã tổ chức Hội nghị tổng kết "
        "Quy chế phối hợp công tác giữa 2 cơ quan giai đoạn 2016 – 2023 và ký kết Quy chế phối hợp công tác giai đoạn "
        "2023 – 2026."
    )
    assert _signings(f) == [(("Bộ Tư lệnh Bộ đội Biên phòng", "Hội đồng Dân tộc"), "2023-11-09", (2023, 2026))]
