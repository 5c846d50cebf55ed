"""Defence industry units, a lone act beside pairs, two documents of two terms signed at once, department dashes.

Classes of round s12's blind sets (made-up sentences): a factory the defence industry numbers with a Z is a military
body, and so is its general department; a body that signs alone with a locality keeps its act although other bodies
sign in pairs in the article; "ký kết Chương trình ... giai đoạn A và Kế hoạch ... năm B" is two signings of the same
parties, each with its term; the coast guard's region printed after its name; a department's short form in brackets
before the dash that names its ministry; a police department named for its work."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, signing_tuples


def test_a_defence_factory_and_its_party_committee_sign_with_a_commune():
    facts = extract(
        "Ký kết phối hợp\n\nNgày 12/3, Đảng ủy xã Minh Quang và Đảng ủy Nhà máy Z113 đã ký kết Chương trình phối hợp "
        "công tác dân vận năm 2026. Nhà máy Z113 thuộc Tổng cục Công nghiệp quốc phòng.",
        "2026-03-13",
        "Tuyên Quang",
    )
    assert party_sets(facts) == [("Đảng ủy Nhà máy Z113", "Đảng ủy xã Minh Quang")]
    assert {("Nhà máy Z113", "military"), ("Tổng cục Công nghiệp quốc phòng", "military")} <= named_sectors(facts)


def test_a_factory_without_a_defence_number_is_no_body():
    facts = extract(
        "Tin\n\nNgày 12/3, Công an xã Minh Quang làm việc với Nhà máy Xi măng Tân Quang.", "2026-03-13", "Tuyên Quang"
    )
    assert not any(a.name.startswith("Nhà máy") for a in facts.agencies)


def test_a_lone_twinning_with_a_village_is_kept_beside_an_earlier_pair():
    facts = extract(
        "Kết nghĩa\n\nNgày 8/2, UBND xã Ea Tul và UBND xã Cư Pơng tổ chức lễ kết nghĩa.\n\n"
        "Cùng ngày, UBND phường Buôn Hồ và buôn Kô Đung tổ chức lễ kết nghĩa, thống nhất phối hợp giao lưu văn hóa.",
        "2026-02-09",
        "Đắk Lắk",
    )
    assert party_sets(facts) == [
        ("Ủy ban nhân dân phường Buôn Hồ",),
        ("Ủy ban nhân dân xã Cư Pơng", "Ủy ban nhân dân xã Ea Tul"),
    ]


def test_a_one_party_repeat_of_a_paired_body_is_still_folded():
    # the headline repeated under a view counter names the Front with its province misspelt: a repeat, no act
    facts = extract(
        "Lượt xem: 120\n\nUBND tỉnh va Ủy ban MTTQ tỉnh Hoa Binh ký Quy chế phối hợp\n\nChiều 3/12/2021, UBND tỉnh và "
        "Ủy ban MTTQ tỉnh Hòa Bình đã ký Quy chế phối hợp công tác nhiệm kỳ 2021-2026.",
        "2021-12-03",
        "Hòa Bình",
    )
    assert len(facts.signings) == 1 and len(facts.signings[0].parties) == 2


def test_a_programme_and_a_plan_of_two_terms_signed_at_once_are_two_signings():
    facts = extract(
        "Ký kết\n\nSáng 20/5, Ban Dân vận Tỉnh ủy tổ chức ký kết Chương trình phối hợp giai đoạn 2025-2030 và Kế hoạch "
        "phối hợp năm 2025 giữa Ban Dân vận Tỉnh ủy với Hội Nông dân tỉnh.",
        "2025-05-21",
        "Quảng Ngãi",
    )
    pair = ("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh")
    assert sorted(signing_tuples(facts)) == [(pair, "2025-05-20", "2025-2025"), (pair, "2025-05-20", "2025-2030")]


def test_one_term_after_both_documents_is_one_signing():
    facts = extract(
        "Ký kết\n\nSáng 20/5, Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh ký kết Chương trình và Kế hoạch phối hợp "
        "giai đoạn 2025-2030.",
        "2025-05-21",
        "Quảng Ngãi",
    )
    assert signing_tuples(facts) == [(("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"), "2025-05-20", "2025-2030")]


def test_the_coast_guard_region_printed_after_its_name_is_one_command():
    facts = extract(
        "Tin\n\nSáng 4/8, UBND tỉnh Trà Vinh và Bộ Tư lệnh Cảnh sát biển Vùng 3 ký kết quy chế phối hợp.",
        "2022-08-05",
        "Trà Vinh",
    )
    assert party_sets(facts) == [("Bộ Tư lệnh Cảnh sát biển Vùng 3", "Ủy ban nhân dân tỉnh Trà Vinh")]


def test_a_department_with_its_short_form_before_the_ministry_dash_is_the_party():
    facts = extract(
        "Tin\n\nChiều 2/6, Đài Truyền hình Việt Nam đã ký kết hợp tác với Cục Cảnh sát giao thông (C08) - Bộ Công an.",
        "2025-06-03",
        "",
    )
    assert party_sets(facts) == [("Cục Cảnh sát giao thông", "Đài Truyền hình Việt Nam")]


def test_a_police_department_named_for_its_work_is_a_body_of_its_police():
    facts = extract(
        "Tin\n\nĐại diện Phòng Xây dựng phong trào bảo vệ ANTQ Công an tỉnh Long An thông qua quy chế phối hợp.",
        "2022-06-03",
        "Long An",
    )
    assert any(a.name.startswith("Phòng Xây dựng phong trào") and a.sector == "police" for a in facts.agencies)


def test_the_front_named_by_its_level_alone_is_the_committee_the_article_names():
    facts = extract(
        "Tổng kết\n\nChiều 9/01/2026, Ủy ban MTTQ Việt Nam xã Nậm Xé tổ chức Hội nghị tổng kết năm 2025. Tại hội nghị, "
        "MTTQ xã và các tổ chức chính trị – xã hội ký giao ước thi đua năm 2026.",
        "2026-01-10",
        "Lào Cai",
    )
    assert party_sets(facts) == [("Ủy ban Mặt trận Tổ quốc Việt Nam xã Nậm Xé",)]
    assert [a.name for a in facts.agencies] == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã Nậm Xé"]


def test_the_front_named_bare_stays_the_front_at_large():
    facts = extract(
        "Tổng kết\n\nNgày 9/01/2026, Ủy ban MTTQ Việt Nam xã Nậm Xé tổng kết công tác phối hợp giữa lực lượng công an "
        "với MTTQ và các tổ chức thành viên.",
        "2026-01-10",
        "Lào Cai",
    )
    assert {a.name for a in facts.agencies} == {"Ủy ban Mặt trận Tổ quốc Việt Nam xã Nậm Xé", "Mặt trận Tổ quốc"}


def test_a_partner_named_among_a_counted_kind_signs():
    facts = extract(
        "Tin\n\nSáng 24-9, UBND tỉnh Bình Phước tổ chức lễ ký kết chương trình phối hợp tuyên truyền năm 2025 với 10 "
        "cơ quan báo chí Trung ương và địa phương, trong đó có Báo Nhân Dân.",
        "2025-09-25",
        "Bình Phước",
    )
    assert party_sets(facts) == [("Báo Nhân Dân", "Ủy ban nhân dân tỉnh Bình Phước")]


def test_the_bar_federation_and_the_legal_aid_department():
    facts = extract(
        "Tin\n\nBộ Tư pháp và Liên đoàn Luật sư Việt Nam tổng kết Quy chế phối hợp. Cục TGPL là đầu mối.",
        "2023-07-11",
        "",
    )
    assert {a.name for a in facts.agencies} == {"Bộ Tư pháp", "Liên đoàn Luật sư Việt Nam", "Cục Trợ giúp pháp lý"}


def test_a_reviews_retold_signing_of_years_before_is_the_reviewed_document():
    facts = extract(
        "Nhìn lại 5 năm thực hiện quy chế phối hợp giữa Bộ Tư pháp và Liên đoàn Luật sư Việt Nam\n\nNgày 28/12/2016, "
        "Bộ Tư pháp và Liên đoàn Luật sư Việt Nam ký Quy chế phối hợp số 4617/QCPH/BTP-LĐLSVN về hoạt động trợ giúp "
        "pháp lý.",
        "2023-07-11",
        "",
    )
    assert facts.signings == []
    [document] = facts.documents
    assert document.issued == "2016-12-28" and sorted(document.parties) == ["Bộ Tư pháp", "Liên đoàn Luật sư Việt Nam"]


def test_a_reviews_new_signing_stays():
    facts = extract(
        "Tổng kết 5 năm thực hiện Chương trình phối hợp\n\nNgày 12/3/2023, Hội Nông dân tỉnh và Công an tỉnh tổng kết "
        "và ký kết Chương trình phối hợp giai đoạn 2023-2028.",
        "2023-03-13",
        "Hà Tĩnh",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Hội Nông dân tỉnh")]
