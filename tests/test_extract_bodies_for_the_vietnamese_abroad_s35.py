"""The bodies for the Vietnamese abroad, whose names hold the lower-case "về", "với" and "ở" a name is otherwise cut
at: the State's committee ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", state) and a province's association
("Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh X", front) are read whole (round s35, from a black-box tester's
pages). Made-up sentences."""

from _signing_helpers import agency_names, extract, named_sectors, party_sets, positions_by_name


def _facts(text, province="Thanh Hóa", published="2022-11-15"):
    return extract(f"Tin kiều bào\n\n{text}", published, province)


def test_the_state_committee_signs_with_a_province():
    facts = _facts(
        "Ngày 14/11, Ủy ban Nhà nước về người Việt Nam ở nước ngoài và UBND tỉnh Thanh Hóa ký kết chương trình phối "
        "hợp công tác kiều bào."
    )
    assert ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "state") in named_sectors(facts)
    assert party_sets(facts) == [("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ủy ban nhân dân tỉnh Thanh Hóa")]


def test_a_province_s_association_of_the_vietnamese_abroad():
    facts = _facts(
        "Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh Thanh Hóa phối hợp với Sở Ngoại vụ tổ chức chương trình "
        "Xuân quê hương."
    )
    assert ("Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh Thanh Hóa", "front") in named_sectors(facts)


def test_the_committee_s_chair_keeps_the_whole_name():
    facts = _facts(
        "Phát biểu tại buổi lễ, ông Lê Văn Toàn, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài cảm ơn tỉnh."
    )
    assert positions_by_name(facts) == {"Lê Văn Toàn": ["Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài"]}


def test_control_a_state_committee_named_otherwise_is_unchanged():
    facts = _facts("Ủy ban nhân dân tỉnh Thanh Hóa làm việc với Ủy ban Dân tộc về công tác dân tộc.")
    assert "Ủy ban nhân dân tỉnh Thanh Hóa" in agency_names(facts)
