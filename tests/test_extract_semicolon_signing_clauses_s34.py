"""Two signing clauses joined by a semicolon (round s34, agent O's class 2): "A ký kết ... với B, C; D ký kết ... với
E" ends the partners "với" opened at the semicolon, however many they are; D opens a clause of its own and signs
with E alone."""

from _signing_helpers import extract, party_sets


def _facts(text):
    return extract(f"Tin\n\n{text}", "2024-03-12", "Nghệ An")


def test_a_clause_after_a_semicolon_past_two_partners_signs_on_its_own():
    facts = _facts(
        "Sáng 11/3, Sở Tư pháp ký kết quy chế phối hợp với Công an tỉnh, Viện KSND tỉnh; Hội Nông dân tỉnh ký kết "
        "chương trình phối hợp với Bộ CHQS tỉnh."
    )
    assert party_sets(facts) == [
        ("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"),
        ("Công an tỉnh", "Sở Tư pháp"),
        ("Sở Tư pháp", "Viện Kiểm sát nhân dân tỉnh"),
    ]


def test_a_clause_after_a_semicolon_past_three_partners_joined_by_va():
    facts = _facts(
        "Ngày 11/3, Tỉnh đoàn ký kết chương trình phối hợp với Công an tỉnh, Sở Y tế và Hội Nông dân tỉnh; Sở Nội vụ "
        "ký kết quy chế phối hợp với Sở Tài chính."
    )
    assert ("Sở Nội vụ", "Sở Tài chính") in party_sets(facts)
    assert all(len(p) == 2 for p in party_sets(facts))


def test_control_one_partner_before_the_semicolon():
    facts = _facts(
        "Sáng 11/3, Sở Tư pháp ký kết quy chế phối hợp với Công an tỉnh; Hội Nông dân tỉnh ký kết chương trình phối "
        "hợp với Bộ CHQS tỉnh."
    )
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"), ("Công an tỉnh", "Sở Tư pháp")]


def test_control_a_subject_list_by_semicolons_still_signs_jointly():
    facts = _facts("Sáng 11/3, Sở Tư pháp; Sở Y tế; Hội Nông dân tỉnh ký kết chương trình phối hợp liên ngành.")
    assert party_sets(facts) == [("Hội Nông dân tỉnh", "Sở Tư pháp", "Sở Y tế")]
