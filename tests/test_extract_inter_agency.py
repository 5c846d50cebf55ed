"""Inter-agency regulations and the bodies their pages name loosely (made-up sentences of other provinces): short
forms listed one by one, heads printed in lower case, numbered market surveillance teams, investigating bodies
by their short forms, localities counted without a level word, and two bodies that act together."""

from __future__ import annotations

import pytest

from tests._signing_helpers import extract, party_sets


def _names(text: str, province: str = "Sóc Trăng") -> set[str]:
    return {a.name for a in extract(text, "2023-04-11", province).agencies}


def _signings(text: str, province: str = "Sóc Trăng") -> list[tuple[str, ...]]:
    return party_sets(extract(text, "2023-04-11", province))


# --- short forms in a list of bodies -------------------------------------------------------------------------


def test_short_forms_listed_one_by_one_are_the_bodies_that_sign():
    text = (
        "Tin\n\nNgày 6/4, lãnh đạo các ngành gồm: Viện kiểm sát, Công an, Tòa án, Chi cục Thuế đã ký kết "
        "quy chế phối hợp trong tiếp nhận tin báo về tội phạm."
    )
    assert _signings(text) == [("Chi cục Thuế", "Công an", "Tòa án", "Viện kiểm sát")]  # names as printed


def test_a_short_form_takes_the_full_name_the_article_gives_elsewhere():
    text = (
        "Tin\n\nViện Kiểm sát nhân dân huyện Mỹ Tú chủ trì xây dựng quy chế. Ngày 6/4, Viện kiểm sát, Công an, "
        "Tòa án, Chi cục Thuế đã ký kết quy chế phối hợp."
    )
    (parties,) = _signings(text)
    assert "Viện Kiểm sát nhân dân huyện Mỹ Tú" in parties and "Công an" in parties


def test_a_short_form_alone_is_still_the_force_not_a_body():
    assert "Công an" not in _names("Tin\n\nNgày 6/4, lực lượng Công an tuần tra trên địa bàn huyện.")


def test_short_forms_after_nhu_are_examples_of_a_kind():
    text = (
        "Tin\n\nCông an tỉnh và Sở Tư pháp ký kết quy chế. Nhiều quy chế cũ không còn phù hợp với các cơ quan "
        "như: Công an, Tòa án, Viện Kiểm sát, Sở Tài chính."
    )
    assert "Tòa án" not in _names(text)


def test_short_forms_of_the_forces_of_a_list_are_no_bodies():
    text = "Tin\n\nCán bộ, chiến sĩ các lực lượng Công an, Quân sự, Biên phòng tham gia diễn tập."
    assert not {"Công an", "Quân sự", "Biên phòng"} & _names(text)


def test_customs_listed_with_other_bodies_is_one():
    text = "Tin\n\nNgày 6/4, Viện Kiểm sát, Công an, Hải quan, Bộ đội Biên phòng đã ký kết quy chế phối hợp."
    assert _signings(text) == [("Bộ đội Biên phòng", "Công an", "Hải quan", "Viện Kiểm sát")]


# --- lower-case heads ---------------------------------------------------------------------------------------


def test_a_head_printed_in_lower_case_names_the_body():
    text = "Tin\n\nNgày 6/4, Công an quận 5 và phòng Tư pháp quận 5 ký kết quy chế phối hợp."
    assert "Phòng Tư pháp quận 5" in _names(text, "Hồ Chí Minh")


def test_a_lower_case_head_before_a_short_form_is_a_kind_in_general():
    text = "Tin\n\nNguồn tin được viện KSND các khu vực xử lý kịp thời."
    assert not any(n.startswith("Viện") for n in _names(text))


def test_a_congress_or_festival_is_no_association():
    text = "Tin\n\nĐại hội Đảng bộ tỉnh lần thứ XV và Ngày hội Quốc phòng toàn dân được tổ chức trang trọng."
    assert not any(n.startswith("Hội") for n in _names(text))


# --- body types and short forms ------------------------------------------------------------------------------


def test_a_numbered_market_surveillance_team_is_a_state_body():
    facts = extract(
        "Tin\n\nĐội Quản lý thị trường số 4 và Chi cục Thuế huyện ký kết quy chế.", "2023-04-11", "Sóc Trăng"
    )
    assert ("Đội Quản lý thị trường số 4", "state") in {(a.name, a.sector) for a in facts.agencies}


def test_the_investigating_body_by_its_short_form():
    text = "Tin\n\nVKSND huyện Kế Sách và Cơ quan CSĐT Công an huyện Kế Sách vừa ký quy chế phối hợp liên ngành."
    assert _signings(text) == [
        ("Cơ quan Cảnh sát điều tra Công an huyện Kế Sách", "Viện Kiểm sát nhân dân huyện Kế Sách")
    ]


# --- counted localities and bodies acting together ------------------------------------------------------------


def test_a_head_over_counted_localities_names_each_without_a_level():
    text = "Tin\n\nNgày 6/4, Công an 3 địa phương Châu Thành, Mỹ Xuyên và Long Phú ký kết quy chế phối hợp."
    assert _signings(text) == [("Công an Châu Thành", "Công an Long Phú", "Công an Mỹ Xuyên")]


def test_two_bodies_that_cooperate_to_hold_the_signing_both_sign():
    text = (
        "Tin\n\nỦy ban nhân dân huyện Cù Lao Dung vừa phối hợp Ủy ban nhân dân huyện Trần Đề tổ chức hội nghị "
        "sơ kết năm 2022 và ký kết quy chế phối hợp năm 2023."
    )
    assert _signings(text) == [("Ủy ban nhân dân huyện Cù Lao Dung", "Ủy ban nhân dân huyện Trần Đề")]


def test_the_year_a_review_covers_is_no_sign_of_an_old_signing():
    text = (
        "Tin\n\nỦy ban nhân dân huyện Cù Lao Dung và Ủy ban nhân dân huyện Trần Đề tổ chức hội nghị sơ kết tình hình "
        "vùng giáp ranh năm 2022 và ký kết quy chế phối hợp năm 2023."
    )
    assert _signings(text) == [("Ủy ban nhân dân huyện Cù Lao Dung", "Ủy ban nhân dân huyện Trần Đề")]


def test_a_year_before_the_signing_still_tells_an_old_one():
    text = (
        "Tin\n\nTrước đó, năm 2019 Ủy ban nhân dân huyện Cù Lao Dung và Ủy ban nhân dân huyện Trần Đề đã ký kết "
        "quy chế phối hợp."
    )
    assert _signings(text) == []


def test_signers_for_the_leaders_of_their_bodies_sign_for_the_bodies():
    text = (
        "Tin\n\nTại buổi lễ, đồng chí Lâm Văn Tư, Viện trưởng Viện kiểm sát nhân dân huyện; đồng chí Thạch Thị Na, "
        "Chánh án Tòa án nhân dân huyện thay mặt lãnh đạo các đơn vị đã ký kết quy chế phối hợp."
    )
    assert _signings(text) == [("Tòa án nhân dân huyện", "Viện kiểm sát nhân dân huyện")]


def test_a_school_numbered_in_roman_keeps_its_number():
    text = "Tin\n\nTrường Sĩ quan Lục quân II và Ủy ban nhân dân xã Phú Lợi ký kết chương trình phối hợp."
    assert "Trường Sĩ quan Lục quân II" in _names(text)


def test_a_body_that_cooperates_with_a_list_to_hold_the_signing_signs_with_all():
    text = (
        "Tin\n\nNgày 3/4, Ủy ban nhân dân xã Phú Lợi phối hợp cùng Tiểu đoàn 7 và Đồn Biên phòng Vĩnh Hải tổ chức "
        "lễ ký kết chương trình phối hợp."
    )
    assert _signings(text) == [("Tiểu đoàn 7", "Đồn Biên phòng Vĩnh Hải", "Ủy ban nhân dân xã Phú Lợi")]


def test_a_lower_case_head_after_a_count_is_each_place_s_body():
    text = (
        "Tin\n\nNgày 17/10, Hội Nông dân tỉnh ký kết quy chế phối hợp với 3 đồn biên phòng Vĩnh Châu, Lai Hòa và "
        "Vĩnh Hải."
    )
    assert _signings(text) == [
        ("Hội Nông dân tỉnh", "Đồn biên phòng Lai Hòa"),
        ("Hội Nông dân tỉnh", "Đồn biên phòng Vĩnh Châu"),
        ("Hội Nông dân tỉnh", "Đồn biên phòng Vĩnh Hải"),
    ]


def test_a_counted_lower_case_head_without_places_names_no_body():
    text = "Tin\n\nNgày 17/10, Hội Nông dân tỉnh ký kết quy chế phối hợp với 3 đồn biên phòng trên địa bàn."
    assert _names(text) == {"Hội Nông dân tỉnh"}


def test_deputies_of_the_national_assembly_in_a_capitalised_banner_name_no_body():
    text = (
        "Tin\n\nLỊCH TRÌNH BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI\n\nNgày 11/10, Ủy ban nhân dân xã Tân Hưng và "
        "Tiểu đoàn 10 ký kết chương trình phối hợp."
    )
    assert _names(text) == {"Ủy ban nhân dân xã Tân Hưng", "Tiểu đoàn 10"}


def test_a_place_with_a_later_syllable_in_lower_case_is_the_whole_place():
    text = "Tin\n\nNgày 5/4, Ủy ban nhân dân huyện Ngọc lặc và Công an tỉnh ký kết quy chế phối hợp."
    assert "Ủy ban nhân dân huyện Ngọc Lặc" in _names(text, "Thanh Hóa")


def test_a_name_cut_by_an_ellipsis_adds_no_body():
    text = (
        "Tin\n\nNgày 5/4, Ủy ban nhân dân huyện Chiêm Hóa và Công an tỉnh ký kết quy chế phối hợp.\n\n"
        "Lãnh đạo Ủy ban nhân dân huyện Chiêm…"
    )
    assert _names(text, "Tuyên Quang") == {"Ủy ban nhân dân huyện Chiêm Hóa", "Công an tỉnh"}


def test_an_ampersand_between_short_forms_is_and():
    text = (
        "Tin\n\nNgày 7/10, Văn phòng Tỉnh ủy và Văn phòng Đoàn ĐBQH&HĐND tỉnh ký kết quy chế. Dự có đồng chí Lê Văn "
        "Hải, Ủy viên BCH Đảng bộ tỉnh, Chánh Văn phòng Đoàn ĐBQH&HĐND tỉnh."
    )
    facts = extract(text, "2025-10-08", "Phú Thọ")
    assert "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh" in {a.name for a in facts.agencies}
    assert facts.persons[0].positions == [
        "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
        "Chánh Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
    ]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Ngày 12/3, Đảng ủy, UBND xã Ia Mơ và Đồn Biên phòng Ia Mơ ký kết quy chế phối hợp.",
            [["Đảng ủy xã Ia Mơ", "Đồn Biên phòng Ia Mơ", "Ủy ban nhân dân xã Ia Mơ"]],
        ),
        (
            "Ngày 12/3, Huyện ủy, HĐND, UBND huyện Chư Prông và Đồn Biên phòng Ia Mơ ký kết quy chế phối hợp.",
            [
                [
                    "Huyện ủy Chư Prông",
                    "Hội đồng nhân dân huyện Chư Prông",
                    "Đồn Biên phòng Ia Mơ",
                    "Ủy ban nhân dân huyện Chư Prông",
                ]
            ],
        ),
        (
            "Ngày 12/3, Đồn Biên phòng Ia Mơ ký kết quy chế phối hợp với Đảng ủy, UBND, Ủy ban MTTQ xã Ia Mơ.",
            [
                ["Đảng ủy xã Ia Mơ", "Đồn Biên phòng Ia Mơ"],
                ["Đồn Biên phòng Ia Mơ", "Ủy ban Mặt trận Tổ quốc xã Ia Mơ"],
                ["Đồn Biên phòng Ia Mơ", "Ủy ban nhân dân xã Ia Mơ"],
            ],
        ),
    ],
)
def test_a_bare_party_committee_before_a_list_takes_the_list_s_place_and_signs(sentence, parties):
    # the committee word, then bare bodies, then one named with its level and place: every member is of that place
    facts = extract("Tin\n\n" + sentence, "2024-03-13", "Gia Lai")
    assert sorted(sorted(s.parties) for s in facts.signings) == parties
