"""Classes of error in signings found in round s28 by a black-box probe of 369 signing sentences as provincial pages
print them (the texts here are made up in their image): "hai bên" after a visit or a working session lost its
partner; a second "giữa" group in one sentence was dropped; a committee word in a list ended the level the list
shares; an emulation pact whose members are named by their role before them ("Trưởng khối là A") or after a dash lost
members; a signing denied ("chưa ký kết") was kept."""

import pytest
from _signing_helpers import extract, party_sets, signing_tuples


def _facts(text, published="2025-06-20"):
    return extract("Tin\n\n" + text, published, "Quảng Trị")


# --- "hai bên" after a visit or a working session ---


@pytest.mark.parametrize(
    "meeting",
    [
        "Công an tỉnh làm việc với Hội Cựu chiến binh tỉnh.",
        "Công an tỉnh tiếp và làm việc với đoàn công tác của Hội Cựu chiến binh tỉnh.",
        "đoàn công tác của Công an tỉnh đã đến thăm và làm việc tại Hội Cựu chiến binh tỉnh.",
        "Công an tỉnh tổ chức giao lưu văn nghệ với Hội Cựu chiến binh tỉnh.",
        "Công an tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Chương trình phối hợp với Hội Cựu chiến binh tỉnh.",
    ],
)
@pytest.mark.parametrize("sides", ["hai bên", "hai đơn vị", "lãnh đạo hai đơn vị"])
def test_the_two_sides_of_a_meeting_sign(meeting, sides):
    facts = _facts(
        f"Sáng 19/6, {meeting} Tại buổi làm việc, {sides} đã ký kết chương trình phối hợp giai đoạn 2025-2030."
    )
    assert signing_tuples(facts) == [(("Công an tỉnh", "Hội Cựu chiến binh tỉnh"), "2025-06-19", "2025-2030")]


def test_a_body_met_alone_is_no_pair_with_another_met_later():
    # (the meeting's partner is the first body after "với"; one met in another sentence is no side)
    facts = _facts(
        "Sáng 19/6, Công an tỉnh làm việc với Hội Cựu chiến binh tỉnh. Chiều cùng ngày, Hội Nông dân tỉnh và Bộ Chỉ "
        "huy Quân sự tỉnh tổ chức hội nghị. Tại hội nghị, hai bên đã ký kết chương trình phối hợp."
    )
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")]


# --- more than one "giữa" group ---


@pytest.mark.parametrize(
    "groups",
    [
        "giữa Hội Nông dân tỉnh với Công an tỉnh; giữa Hội Nông dân tỉnh với Bộ Chỉ huy Quân sự tỉnh",
        "giữa Hội Nông dân tỉnh với Công an tỉnh và giữa Hội Nông dân tỉnh với Bộ Chỉ huy Quân sự tỉnh",
        "giữa Hội Nông dân tỉnh và Công an tỉnh, giữa Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh",
    ],
)
def test_each_giua_group_of_a_sentence_signs(groups):
    facts = _facts(f"Sáng 8/6, đã diễn ra lễ ký kết chương trình phối hợp {groups}.")
    assert party_sets(facts) == [
        ("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"),
        ("Công an tỉnh", "Hội Nông dân tỉnh"),
    ]


def test_a_later_giua_of_another_clause_is_no_group():
    facts = _facts(
        "Sáng 8/6, lễ ký kết quy chế phối hợp giữa Công an tỉnh và Sở Y tế đã diễn ra; giữa hai đơn vị có nhiều hoạt "
        "động."
    )
    assert party_sets(facts) == [("Công an tỉnh", "Sở Y tế")]


# --- a committee word inside a list that shares its last member's level ---


@pytest.mark.parametrize(
    "text, partners",
    [
        (
            "Sáng 3/6, Ủy ban MTTQ Việt Nam tỉnh ký kết chương trình phối hợp với Hội Nông dân, Hội CCB, Tỉnh Đoàn và "
            "LĐLĐ tỉnh.",
            ["Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh", "Tỉnh Đoàn"],
        ),
        (
            "Sáng 3/6, Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp với Hội Nông dân, Tỉnh Đoàn và Hội Cựu "
            "chiến binh tỉnh.",
            ["Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh", "Tỉnh Đoàn"],
        ),
    ],
)
def test_a_committee_word_in_a_list_lets_the_level_pass(text, partners):
    parties = {p for s in _facts(text).signings for p in s.parties}
    assert set(partners) <= parties


# --- an emulation pact's members named by their roles ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Chiều 16/6, đại diện Trưởng khối là Công an tỉnh và Phó khối là Viện KSND tỉnh đã ký kết giao ước thi đua.",
        "Chiều 16/6, đại diện Trưởng khối (Công an tỉnh) và Phó khối (Viện KSND tỉnh) ký kết giao ước thi đua.",
        "Chiều 16/6, Công an tỉnh - Trưởng khối và Viện KSND tỉnh - Phó khối đã ký kết giao ước thi đua.",
        "Chiều 16/6, Khối thi đua nội chính tỉnh ký kết giao ước thi đua. Trưởng khối là Công an tỉnh, Phó khối là "
        "Viện KSND tỉnh.",
    ],
)
def test_a_pact_signed_by_the_blocs_head_and_deputy_named_by_role(sentence):
    assert party_sets(_facts(sentence)) == [("Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh")]


# --- a signing denied ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến nay, Hội Nông dân tỉnh và Công an tỉnh vẫn chưa ký kết quy chế phối hợp.",
        "Sáng 5/6, Công an tỉnh và Hội Nông dân tỉnh không ký kết chương trình phối hợp mới mà tiếp tục thực hiện "
        "chương trình cũ.",
        "Hiện nay, Ban Chỉ huy Quân sự huyện Gio Linh và Công an huyện Gio Linh chưa được ký kết quy chế phối hợp.",
    ],
)
def test_a_signing_denied_is_none(sentence):
    assert party_sets(_facts(sentence)) == []


# --- an old signing told at the top of a later review ---


@pytest.mark.parametrize(
    "review",
    [
        "Sáng 5/3, hai đơn vị tổ chức hội nghị tổng kết chương trình.",
        "Sau 4 năm thực hiện, chương trình đạt nhiều kết quả.",
    ],
)
def test_a_signing_dated_years_back_before_the_review_is_retold(review):
    text = (
        "Ngày 15/3/2019, Hội Liên hiệp Phụ nữ tỉnh và Công an tỉnh đã ký kết chương trình phối hợp giai đoạn "
        f"2019-2024. {review}"
    )
    assert party_sets(_facts(text, published="2024-03-06")) == []


def test_a_page_posted_later_than_the_one_act_it_reports_keeps_it():
    # (posted the year after the act; an act years before the page is retold: test_extract_old_and_planned_signings_s33)
    text = (
        "Ngày 15/3/2019, Hội Liên hiệp Phụ nữ tỉnh và Công an tỉnh đã ký kết chương trình phối hợp giai đoạn 2019-2024."
    )
    assert signing_tuples(_facts(text, published="2020-02-06")) == [
        (("Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "2019-03-15", "2019-2024")
    ]


@pytest.mark.parametrize(
    "branch",
    ["Chi cục Hải quan khu vực Nậm Cắn", "Chi cục Hải quan khu vực cửa khẩu Lao Bảo", "Chi cục Hải quan khu vực II"],
)
def test_a_customs_branch_named_by_its_area_signs_under_its_whole_name(branch):
    facts = _facts(f"Sáng 19/6, Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo và {branch} ký kết quy chế phối hợp.")
    assert party_sets(facts) == [tuple(sorted((branch, "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo")))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chương trình phối hợp giai đoạn 2025-2030 được Công an tỉnh và Hội Nông dân tỉnh ký kết sáng 5/6.",
        "Sáng 5/6, Chương trình phối hợp giai đoạn 2025-2030 đã được Công an tỉnh và Hội Nông dân tỉnh ký kết.",
    ],
)
def test_the_period_leads_a_passive_whose_agents_sign(sentence):
    assert signing_tuples(_facts(sentence)) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), "2025-06-05", "2025-2030")]


# --- from whole made-up pages (round s28's end-to-end probe) ---


def test_the_year_of_a_law_carried_out_is_no_term_of_the_signing():
    facts = _facts(
        "Sáng 5/6, Viện KSND tỉnh và Tòa án nhân dân tỉnh ký kết quy chế phối hợp nhằm triển khai Bộ luật Tố tụng hình "
        "sự năm 2015."
    )
    assert signing_tuples(facts) == [(("Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh"), "2025-06-05", "")]
