"""Titles as round s32's helpers printed them (made-up texts in the image of their pages): a former province's tag
"(cũ)" inside a title chain, an aside between a name and the post an election gives it, an addressed name after a
clause ("cách chức T đối với ông NAME"), a title inside a work's quoted name, and the fields of a centre's name across
its comma."""

import pytest
from _signing_helpers import extract, party_sets, positions_by_name


def _facts(text, province="Cần Thơ"):
    return extract(f"Tin\n\n{text}", "2025-10-10", province)


@pytest.mark.parametrize(
    "text, name, positions",
    [
        (
            "Dự có ông Trần Văn Lâu, nguyên Chủ tịch UBND tỉnh Sóc Trăng (cũ), Phó Chủ tịch Ủy ban MTTQ Việt Nam "
            "thành phố.",
            "Trần Văn Lâu",
            [
                "nguyên Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng",
                "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
            ],
        ),
        (
            "Đại hội đã bầu ông Ma Văn Tiến, Trung tá quân đội nghỉ hưu, tái cử Chủ tịch Hội CCB huyện Chợ Đồn.",
            "Ma Văn Tiến",
            ["Chủ tịch Hội Cựu chiến binh huyện Chợ Đồn"],
        ),
        (
            "Đại hội bầu bà Hoàng Thị Lan, 45 tuổi, làm Chủ tịch Hội LHPN huyện Ngân Sơn.",
            "Hoàng Thị Lan",
            ["Chủ tịch Hội Liên hiệp Phụ nữ huyện Ngân Sơn"],
        ),
        ("Ban Thường vụ Huyện ủy quyết định cách chức Bí thư Đảng ủy xã đối với ông Lê Văn Ba.", "Lê Văn Ba", []),
        (
            'Giải A được trao cho tác phẩm "Bí thư chi bộ bản Mường" của tác giả Lê Thị Thủy (Đài PT-TH Nghệ An).',
            "Lê Thị Thủy",
            [],
        ),
        (
            "Dự lễ có bà Chu Thị Hương, Giám đốc Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh.",
            "Chu Thị Hương",
            ["Giám đốc Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh"],
        ),
        (
            "Dự lễ có ông Lục Văn Hoàn, Giám đốc Trung tâm Văn hóa, Thể thao và Du lịch huyện Bát Xát.",
            "Lục Văn Hoàn",
            ["Giám đốc Trung tâm Văn hóa, Thể thao và Du lịch huyện Bát Xát"],
        ),
    ],
)
def test_the_title_chain_reads_past_tags_asides_and_commas_inside_names(text, name, positions):
    assert positions_by_name(_facts(text)) == {name: positions}


def test_a_post_held_before_the_aside_is_no_aside():
    facts = _facts(
        "Bí thư Thành ủy đã trao quyết định phân công bà Nguyễn Thị Lệ, Trưởng Ban Dân vận Thành ủy, giữ chức Trưởng "
        "Ban Tổ chức Thành ủy."
    )
    assert positions_by_name(facts)["Nguyễn Thị Lệ"] == ["Trưởng Ban Dân vận Thành ủy", "Trưởng Ban Tổ chức Thành ủy"]


def test_a_signer_s_body_is_that_of_the_post_after_the_former_one():
    facts = _facts(
        "Tham dự có ông Giàng A Chư, nguyên Chủ tịch Hội CCB tỉnh Yên Bái (cũ), Chủ tịch Hội Cựu chiến binh tỉnh; Đại "
        "tá Nguyễn Văn Dũng, Chỉ huy trưởng Ban Chỉ huy BĐBP tỉnh. Ông Giàng A Chư và Đại tá Nguyễn Văn Dũng ký giao "
        "ước thi đua.",
        "Lào Cai",
    )
    assert party_sets(facts) == [("Ban Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Cựu chiến binh tỉnh")]
