"""Unnamed units of a body as partners, level words by their initials, a staff office under its unit, old departments.

"với các đội nghiệp vụ Công an quận X": the partners are units the page leaves unnamed; the body after them owns
them and signs nothing (a one-party signing). "UBND P. Khuê Trung", "Công an Q. 3": a ward and an urban district
by the initial of their level word. "Phòng Tham mưu - Lữ đoàn xe tăng 215" then "Phòng Tham mưu, Lữ đoàn xe tăng
215": one staff office."""

from __future__ import annotations

from _signing_helpers import extract, party_sets, signing_tuples


def test_unnamed_units_of_a_body_leave_the_signer_alone():
    facts = extract(
        "Ký kết\n\nNgày 26-3, Công an phường Khuê Trung ký kết quy chế phối hợp với các đội nghiệp vụ Công an quận "
        "Cẩm Lệ triển khai thực hiện.",
        "2024-03-27",
        "Đà Nẵng",
    )
    assert signing_tuples(facts) == [(("Công an phường Khuê Trung",), "2024-03-26", "")]
    # the owner of the units is still a body the article names
    assert "Công an quận Cẩm Lệ" in [a.name for a in facts.agencies]


def test_a_named_body_after_with_still_signs():
    facts = extract(
        "Ký kết\n\nNgày 26-3, Công an phường Khuê Trung ký kết quy chế phối hợp với Công an quận Cẩm Lệ.",
        "2024-03-27",
        "Đà Nẵng",
    )
    assert party_sets(facts) == [("Công an phường Khuê Trung", "Công an quận Cẩm Lệ")]


def test_a_ward_and_a_district_by_the_initial_of_their_level_word():
    facts = extract(
        "Ký kết\n\nNgày 26-3, UBND P. Khuê Trung và Công an Q. 3 ký kết quy chế phối hợp.", "2024-03-27", "Đà Nẵng"
    )
    assert [a.name for a in facts.agencies] == ["Ủy ban nhân dân phường Khuê Trung", "Công an quận 3"]


def test_an_initial_in_a_photo_credit_is_no_level():
    facts = extract("Ký kết\n\nHội nghị diễn ra sáng 26-3. Ảnh: P. Tuyết", "2024-03-27", "Đà Nẵng")
    assert facts.agencies == []


def test_a_staff_office_and_the_same_office_under_its_unit_are_one_body():
    facts = extract(
        "Phòng Tham mưu (Lữ đoàn xe tăng 215) và xã Quỳnh Thắng ký kết chương trình hoạt động\n\nSáng 9/12, Phòng "
        "Tham mưu - Lữ đoàn xe tăng 215 và xã Quỳnh Thắng đã tổ chức Lễ kết nghĩa.\n\nLãnh đạo huyện khẳng định mối "
        "quan hệ tốt đẹp giữa Phòng Tham mưu, Lữ đoàn xe tăng 215 với xã Quỳnh Thắng.",
        "2023-12-09",
        "Nghệ An",
    )
    names = [a.name for a in facts.agencies]
    assert "Phòng Tham mưu" not in names
    assert "Phòng Tham mưu Lữ đoàn xe tăng 215" in names


def test_departments_of_the_2000s_and_the_industrial_zones_board():
    facts = extract(
        "Ký kết\n\nSở Giao thông công chính và Ban Quản lý các khu công nghiệp - khu chế xuất ký kết quy chế phối hợp. "
        "Ông Nguyễn Trọng Hoàng, Giám đốc Sở Du lịch và Thương mại, dự lễ.",
        "2005-05-20",
        "Lâm Đồng",
    )
    assert party_sets(facts) == [("Ban Quản lý các khu công nghiệp - khu chế xuất", "Sở Giao thông công chính")]
    assert [p.positions for p in facts.persons] == [["Giám đốc Sở Du lịch và Thương mại"]]


def test_central_by_its_initials_with_a_dot():
    # "T.Ư" is "Trung ương": no sentence ends at "T.", and the Front's central committee is read whole
    facts = extract(
        "Ký kết\n\nNgày 28.4, tại Hà Nội, Ủy ban T.Ư MTTQ VN và Hội LHPN VN đã ký kết giao ước thi đua năm 2006.",
        "2006-04-29",
        "",
    )
    assert party_sets(facts) == [("Hội Liên hiệp Phụ nữ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]
