"""A signing told again in the next sentence or a caption, naming the signers by their posts or the parties by other
names than the report does: the body a signer's title names for the Party committee that signed ("Đại tá A, Chính ủy
Bộ CHQS tỉnh" for "Đảng ủy Quân sự tỉnh"), the body for its standing board, a place left out, or one side only
("Đại tá A và lãnh đạo Tỉnh Đoàn ký kết"). Found in round s29 by helpers' made-up pages of army, post-2025 and review
reports (the texts here are made up in their image): each telling gave a second signing, and the bodies of the
signers' titles became agencies."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Thái Bình"):
    return extract(text, "2025-12-20", province)


@pytest.mark.parametrize(
    "report, telling, parties",
    [
        (
            "Chiều 10/3, Đảng ủy Quân sự tỉnh và Ban Dân vận Tỉnh ủy ký kết quy chế phối hợp.",
            "Đại tá Trần Văn An, Chính ủy Bộ CHQS tỉnh và bà Lê Thị Bình, Trưởng Ban Dân vận Tỉnh ủy ký kết quy chế.",
            ("Ban Dân vận Tỉnh ủy", "Đảng ủy Quân sự tỉnh"),
        ),
        (
            "Chiều 26/2, Ban Chỉ huy Quân sự huyện Tiền Hải ký kết chương trình phối hợp với Huyện đoàn Tiền Hải.",
            "Thượng tá Vũ Văn Toàn, Chỉ huy trưởng Ban CHQS huyện và anh Đỗ Văn Hiếu, Bí thư Huyện đoàn ký kết "
            "chương trình.",
            ("Ban Chỉ huy Quân sự huyện Tiền Hải", "Huyện đoàn Tiền Hải"),
        ),
        (
            "Ngày 9/7, Đảng ủy Quân sự tỉnh tổ chức hội nghị ký kết quy chế phối hợp với Huyện ủy Trạm Tấu.",
            "Đại tá Hà Văn Thủy, Chính ủy Bộ CHQS tỉnh và đồng chí Cứ A Páo, Bí thư Huyện ủy Trạm Tấu ký kết quy chế "
            "phối hợp.",
            ("Huyện ủy Trạm Tấu", "Đảng ủy Quân sự tỉnh"),
        ),
    ],
)
def test_signers_named_by_their_posts_tell_the_same_act(report, telling, parties):
    facts = _facts(f"Tin\n\n{report} {telling}")
    assert party_sets(facts) == [tuple(sorted(parties))]
    # (the body only the signer's title names is no agency: the telling that made it a signer is the report's act)
    assert agency_names(facts) == sorted(parties)


def test_a_signer_whose_partner_is_unnamed_makes_no_agency_of_his_title():
    facts = _facts(
        "Tin\n\nChiều 23/1, Đảng ủy Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp với Đảng ủy xã Chợ Mới. Đại tá "
        "Hoàng Văn Đạt, Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh ký quy chế phối hợp với đồng chí Bí thư Đảng ủy xã."
    )
    assert agency_names(facts) == ["Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "Đảng ủy xã Chợ Mới"]


@pytest.mark.parametrize(
    "report, caption, parties",
    [
        (
            "Cũng tại hội nghị, Ban Thường vụ Hội Nông dân tỉnh và Đảng ủy Bộ đội Biên phòng tỉnh ký kết chương trình "
            "phối hợp nhiệm kỳ 2020 - 2025.",
            "Lãnh đạo Hội Nông dân tỉnh và BĐBP tỉnh ký kết chương trình phối hợp - Ảnh: T.L",
            ("Ban Thường vụ Hội Nông dân tỉnh", "Đảng ủy Bộ đội Biên phòng tỉnh"),
        ),
        (
            "Tại hội nghị, Ban cán sự đảng Sở Y tế và Đảng ủy Quân sự tỉnh ký kết chương trình phối hợp giai đoạn "
            "2022 - 2027.",
            "Lãnh đạo Sở Y tế và Bộ CHQS tỉnh ký kết chương trình phối hợp. Ảnh: Phương Vi",
            ("Ban cán sự đảng Sở Y tế", "Đảng ủy Quân sự tỉnh"),
        ),
        (
            "Sáng 11/3, Công an tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ký kết quy chế phối hợp.",
            "Đại tá Nguyễn Văn An và lãnh đạo Ủy ban MTTQ Việt Nam tỉnh ký kết quy chế phối hợp.",
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Công an tỉnh"),
        ),
        (
            "Ngày 5/3, Ban Thường vụ Tỉnh Đoàn ký kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh.",
            "Đại tá Hà Văn E và lãnh đạo Tỉnh Đoàn ký kết chương trình.",
            ("Ban Thường vụ Tỉnh Đoàn", "Bộ Chỉ huy Quân sự tỉnh"),
        ),
        (
            "Ngày 8-3, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Nhơn Trạch ký kết chương trình phối hợp với Công an "
            "huyện. Dự có bà Nguyễn Thị Hương, Chủ tịch Ủy ban MTTQVN huyện; Trung tá Phạm Hữu Tài, Phó trưởng Công an "
            "huyện Nhơn Trạch.",
            "Bà Nguyễn Thị Hương và Trung tá Phạm Hữu Tài ký kết chương trình phối hợp.",
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Nhơn Trạch", "Công an huyện Nhơn Trạch"),
        ),
    ],
)
def test_a_caption_naming_the_bodies_or_one_side_tells_the_report_s_signing(report, caption, parties):
    facts = _facts(f"Tin\n\n{report}\n\n{caption}", "Đồng Nai")
    assert party_sets(facts) == [tuple(sorted(parties))]


def test_two_units_awarded_are_not_the_pair_a_caption_s_two_units_stand_for():
    facts = _facts(
        "Tin\n\nNgày 4/7, Hội Cựu chiến binh huyện U Minh cùng Công an huyện U Minh ký kết chương trình phối hợp. Dịp "
        "này, Hội CCB các xã Khánh An, Khánh Lâm được tặng giấy khen.\n\nLãnh đạo hai đơn vị ký kết chương trình phối "
        "hợp",
        "Cà Mau",
    )
    assert party_sets(facts) == [("Công an huyện U Minh", "Hội Cựu chiến binh huyện U Minh")]


def test_a_one_side_telling_with_a_partner_of_its_own_is_a_signing_of_its_own():
    facts = _facts(
        "Tin\n\nNgày 5/3, Ban Thường vụ Tỉnh Đoàn ký kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh. Cũng dịp "
        "này, Tỉnh Đoàn ký kết chương trình phối hợp với Sở Y tế."
    )
    assert party_sets(facts) == [("Ban Thường vụ Tỉnh Đoàn", "Bộ Chỉ huy Quân sự tỉnh"), ("Sở Y tế", "Tỉnh Đoàn")]


def test_two_provinces_bodies_are_two_acts_however_alike_their_names():
    facts = _facts(
        "Tin\n\nNgày 3/4, Ban Thường trực Ủy ban MTTQ tỉnh Quảng Trị và Ban Thường trực Ủy ban MTTQ tỉnh "
        "Savannakhet ký "
        "kết chương trình phối hợp.\n\nỦy ban MTTQ tỉnh Quảng Trị và Ủy ban MTTQ tỉnh Hà Tĩnh ký kết chương trình "
        "phối hợp.",
        "Quảng Trị",
    )
    assert len(party_sets(facts)) == 2


@pytest.mark.parametrize(
    "report, telling, parties",
    [
        (
            "Ngày 5-8, Đảng ủy xã Thiên Cầm và Đảng ủy Đồn Biên phòng Cẩm Nhượng tổ chức hội nghị ký kết quy chế phối "
            "hợp nhiệm kỳ 2025-2030.",
            "Đồng chí Trần Thị Minh Huệ, Bí thư Đảng ủy, Chủ tịch HĐND xã Thiên Cầm và Thiếu tá Phan Văn Long, Bí thư "
            "Đảng ủy, Chính trị viên Đồn Biên phòng Cẩm Nhượng ký kết quy chế.",
            ("Đảng ủy Đồn Biên phòng Cẩm Nhượng", "Đảng ủy xã Thiên Cầm"),
        ),
        (
            "Chiều 24.7, Hội Cựu chiến binh phường Tam Quan Bắc ký kết chương trình phối hợp với Đoàn Thanh niên "
            "phường "
            "giai đoạn 2024 - 2027.",
            "Ông Lê Văn Hùng, Chủ tịch Hội CCB phường và anh Đặng Minh Khôi, Bí thư Đoàn phường Tam Quan Bắc ký chương "
            "trình phối hợp.",
            ("Hội Cựu chiến binh phường Tam Quan Bắc", "Đoàn Thanh niên phường"),
        ),
    ],
)
def test_signers_whose_chains_name_another_body_tell_the_report_s_act(report, telling, parties):
    facts = _facts(f"Tin\n\n{report}\n\n{telling}", "Hà Tĩnh")
    assert party_sets(facts) == [tuple(sorted(parties))]
    # (the council the first signer chairs is named only in her title)
    assert "Hội đồng nhân dân xã Thiên Cầm" not in agency_names(facts)
