"""Words that look like a level, and bodies of a commune's Party committee: "xã hội" (society) is no commune, so
"Bảo hiểm xã hội tỉnh" keeps its level word; "phường 1 quận 4" is a numbered ward, not a count of districts; the
mass-mobilisation bloc ("Khối dân vận") of a commune or ward is a body."""

from __future__ import annotations

from _signing_helpers import extract, party_sets


def test_xa_hoi_is_no_commune_so_social_insurance_is_named_with_its_level():
    # "BHXH, BHYT, BHTN" name the insurances; "BHXH tỉnh" is the body, and its name keeps its level word
    facts = extract(
        "Phấn đấu 100% người lao động tham gia BHXH, BHYT, BHTN\n\nQuy chế phối hợp về BHXH, BHYT, BHTN.\n\nBan Quản "
        "lý Khu kinh tế tỉnh, Liên đoàn Lao động tỉnh và BHXH tỉnh ký kết quy chế phối hợp giai đoạn 2025-2030.",
        "2025-08-01",
        "Gia Lai",
    )
    names = [a.name for a in facts.agencies]
    assert "Bảo hiểm xã hội tỉnh" in names and "Bảo hiểm xã hội" not in names


def test_a_numbered_ward_followed_by_its_district_is_read():
    facts = extract("Tin\n\nUBND phường 1 quận 4 tổ chức hội nghị.", "2006-03-30", "Hồ Chí Minh")
    assert [a.name for a in facts.agencies] == ["Ủy ban nhân dân phường 1"]


def test_a_count_before_a_level_word_is_still_no_ward():
    facts = extract("Tin\n\nHuyện ủy 4 huyện biên giới tổ chức hội nghị.", "2020-03-30", "Lai Châu")
    assert [a.name for a in facts.agencies] == []


def test_the_mass_mobilisation_bloc_of_a_commune():
    facts = extract(
        "Ký kết\n\nKhối dân vận phường An Hòa ký kết chương trình phối hợp với Công an phường An Hòa.",
        "2020-02-03",
        "Quảng Nam",
    )
    assert party_sets(facts) == [("Công an phường An Hòa", "Khối dân vận phường An Hòa")]
