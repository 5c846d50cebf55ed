"""A body named in full, then by its head alone (round s36, made-up sentences): "Văn phòng Ban Chỉ đạo" after the
steering committee's full name is that committee's office; a bare "Đảng ủy Khối" after "Đảng ủy Khối các cơ quan tỉnh"
is that committee."""

from __future__ import annotations

from _signing_helpers import agency_names, extract, party_sets


def _facts(text):
    return extract(f"Tin hoạt động\n\n{text}", "2022-06-10", "Thái Bình")


def test_the_office_of_a_steering_committee_named_short_signs_as_its_office():
    facts = _facts(
        "Ngày 8/6, Ban Chỉ đạo tỉnh về phòng, chống tham nhũng họp phiên thường kỳ. Tại phiên họp, Văn phòng Ban Chỉ "
        "đạo ký kết quy chế phối hợp với Thanh tra tỉnh."
    )
    assert party_sets(facts) == [("Thanh tra tỉnh", "Văn phòng Ban Chỉ đạo tỉnh về phòng, chống tham nhũng")]


def test_the_office_of_a_numbered_steering_committee_takes_its_full_name():
    facts = _facts(
        "Ngày 8/6, Ban Chỉ đạo 35 Tỉnh ủy họp. Văn phòng Ban Chỉ đạo và Báo Thái Bình ký kết quy chế phối hợp."
    )
    assert party_sets(facts) == [("Báo Thái Bình", "Văn phòng Ban Chỉ đạo 35 Tỉnh ủy")]


def test_a_bare_bloc_committee_after_its_full_name_signs_as_it():
    facts = _facts(
        "Sáng 8/6, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị. Dịp này, Đảng ủy Khối và Công đoàn Viên chức tỉnh "
        "ký kết chương trình phối hợp."
    )
    assert party_sets(facts) == [("Công đoàn Viên chức tỉnh", "Đảng ủy Khối các cơ quan tỉnh")]


def test_control_two_bloc_committees_leave_the_bare_one_unread():
    facts = _facts(
        "Sáng 8/6, Đảng ủy Khối các cơ quan tỉnh và Đảng ủy Khối Doanh nghiệp tỉnh dự hội nghị. Đảng ủy Khối và Công "
        "đoàn Viên chức tỉnh ký kết chương trình phối hợp."
    )
    assert "Đảng ủy Khối" not in agency_names(facts)
    assert all(len(p) == 1 for p in party_sets(facts))


def test_control_an_office_named_with_no_steering_committee_before_it_is_left_out():
    facts = _facts("Văn phòng Ban Chỉ đạo ký kết quy chế phối hợp với Thanh tra tỉnh.")
    assert agency_names(facts) == ["Thanh tra tỉnh"]
