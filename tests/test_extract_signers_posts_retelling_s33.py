"""Signers named by their posts retell the act the page told by its bodies (round s33, helpers T's class 2, U's class
11 and D's class 1): a post may name the signer's own unit inside a party ("Chánh Văn phòng Ban ATGT tỉnh"), and the
secretaries of a hub's partners, listed together, name more bodies than one pair; neither is a signing of its own."""

from _signing_helpers import agency_names, extract, party_sets


def _facts(text):
    return extract(f"Tin\n\n{text}", "2018-09-13", "Thái Bình")


def test_a_signer_s_office_inside_a_party_is_no_party():
    facts = _facts(
        "Ngày 12-9, Hội Nông dân tỉnh và Ban An toàn giao thông tỉnh tổ chức ký kết chương trình phối hợp giai đoạn "
        "2018 - 2020. Đồng chí Phạm Văn Hòa, Chủ tịch Hội Nông dân tỉnh và đồng chí Lê Minh Tuấn, Chánh Văn phòng Ban "
        "An toàn giao thông tỉnh ký kết chương trình."
    )
    assert party_sets(facts) == [("Ban An toàn giao thông tỉnh", "Hội Nông dân tỉnh")]
    assert not any(n.startswith("Văn phòng") for n in agency_names(facts))


def test_a_hub_s_signers_listed_together_invent_no_joint_signing():
    facts = _facts(
        "Ngày 12-9, Ban Thường vụ Huyện ủy Vũ Thư ký quy chế phối hợp với Đảng ủy Quân sự huyện Vũ Thư và Đảng ủy "
        "Công an huyện Vũ Thư. Đồng chí Trần Văn Nam, Bí thư Huyện ủy, Chủ tịch HĐND huyện Vũ Thư; Thượng tá Bùi Văn "
        "Kiên, Bí thư Đảng ủy, Chính trị viên Ban CHQS huyện và Thượng tá Đỗ Văn Hải, Bí thư Đảng ủy, Trưởng Công an "
        "huyện ký quy chế."
    )
    assert party_sets(facts) == [
        ("Ban Thường vụ Huyện ủy Vũ Thư", "Đảng ủy Công an huyện Vũ Thư"),
        ("Ban Thường vụ Huyện ủy Vũ Thư", "Đảng ủy Quân sự huyện Vũ Thư"),
    ]


def test_control_signers_posts_alone_tell_the_signing():
    facts = _facts(
        "Ngày 12-9, tại hội trường UBND huyện, Đại tá Nguyễn Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh và ông "
        "Vũ Đức Thành, Chủ tịch Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp giai đoạn 2018 - 2023."
    )
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh")]
