"""Classes of round s20's blind wave (ol, om, on, oo): a counted group named by two kinds ("10 cơ quan, tổ chức gồm
A, B ...") whose members sign with the body before it, a profession's general association ("Tổng hội Y học Việt
Nam"), and a scientific degree written before a name after "và" ("Bộ trưởng Bộ Y tế và GS.TSKH. Phạm Mạnh Hùng"),
which ends the title before it."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, positions_by_name


def test_a_counted_group_named_by_two_kinds_lists_its_members_as_parties():
    text = (
        "Chiều 14/10, tại Hà Nội diễn ra lễ ký kết chương trình phối hợp giai đoạn 2013 – 2018 giữa Trung ương Hội "
        "Chữ thập đỏ Việt Nam và 3 cơ quan, tổ chức gồm Bộ Công an, Ủy ban Dân tộc và Báo Nhân dân."
    )
    facts = extract(text, "2013-10-15", "")
    assert party_sets(facts) == [
        ("Báo Nhân dân", "Bộ Công an", "Trung ương Hội Chữ thập đỏ Việt Nam", "Ủy ban Dân tộc"),
    ]


def test_a_profession_s_general_association_is_a_body_of_the_front():
    text = "Ngày 12/7, tại Hà Nội, Bộ Y tế và Tổng hội Y học Việt Nam ký kết Nghị quyết liên tịch."
    facts = extract(text, "2015-07-13", "")
    assert ("Tổng hội Y học Việt Nam", "front") in named_sectors(facts)
    assert party_sets(facts) == [("Bộ Y tế", "Tổng hội Y học Việt Nam")]


def test_a_scientific_degree_after_and_ends_the_title_before_it():
    text = (
        "Ngày 12/7, tại Hà Nội, Bộ Y tế và Tổng hội Y học Việt Nam ký kết Nghị quyết liên tịch. PGS.TS. Nguyễn Thị "
        "Kim Tiến, Bộ trưởng Bộ Y tế và GS.TSKH. Phạm Mạnh Hùng, Chủ tịch Tổng hội Y học Việt Nam chủ trì buổi lễ."
    )
    positions = positions_by_name(extract(text, "2015-07-13", ""))
    assert positions["Nguyễn Thị Kim Tiến"] == ["Bộ trưởng Bộ Y tế"]
    assert positions["Phạm Mạnh Hùng"] == ["Chủ tịch Tổng hội Y học Việt Nam"]
