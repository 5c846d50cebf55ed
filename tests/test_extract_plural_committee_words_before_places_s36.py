"""A committee word that holds its level ("Huyện ủy", "Huyện đoàn"), in the plural before a list of places, names each
place's committee (round s36's helper K: "các huyện đoàn Mường Tè, Nậm Nhùn", "các Huyện ủy Mường Nhé, Nậm Pồ" gave
no agency, and a lower-case single "huyện đoàn Phong Thổ" was missed). "các Huyện ủy" with no place stays a category.
Made-up sentences."""

from __future__ import annotations

from _signing_helpers import agency_names, extract, party_sets


def _facts(text: str):
    return extract(f"Tin\n\n{text}", "2018-05-20", "Lai Châu")


def test_plural_party_committees_before_districts_are_each_district_s():
    text = "Sáng 19/5, đại diện các Huyện ủy Tân Uyên, Than Uyên dự hội nghị."
    assert agency_names(_facts(text)) == ["Huyện ủy Than Uyên", "Huyện ủy Tân Uyên"]


def test_plural_party_committees_in_lower_case():
    text = "Sáng 19/5, lãnh đạo các huyện ủy Tân Uyên, Than Uyên và Tam Đường cùng dự."
    assert agency_names(_facts(text)) == ["Huyện ủy Tam Đường", "Huyện ủy Than Uyên", "Huyện ủy Tân Uyên"]


def test_plural_youth_committees_in_lower_case_sign_each():
    text = "Chiều 19/5, Tỉnh đoàn ký kết chương trình phối hợp với các huyện đoàn Tân Uyên, Than Uyên."
    facts = _facts(text)
    assert agency_names(facts) == ["Huyện đoàn Than Uyên", "Huyện đoàn Tân Uyên", "Tỉnh đoàn"]
    assert party_sets(facts) == [("Huyện đoàn Than Uyên", "Tỉnh đoàn"), ("Huyện đoàn Tân Uyên", "Tỉnh đoàn")]


def test_plural_youth_committees_capitalised():
    text = "Sáng 19/5, cán bộ các Huyện đoàn Tân Uyên, Tam Đường tham gia tập huấn."
    assert agency_names(_facts(text)) == ["Huyện đoàn Tam Đường", "Huyện đoàn Tân Uyên"]


def test_one_youth_committee_in_lower_case():
    text = "Sáng 19/5, đại diện quận đoàn Ba Đình dự buổi làm việc."
    assert agency_names(_facts(text)) == ["Quận đoàn Ba Đình"]


def test_control_plural_committees_with_no_place_stay_a_category():
    text = "Sáng 19/5, Ban Tuyên giáo Tỉnh ủy hướng dẫn các Huyện ủy tổ chức học tập nghị quyết."
    assert agency_names(_facts(text)) == ["Ban Tuyên giáo Tỉnh ủy"]


def test_control_plural_committee_with_one_place_stays_a_category():
    text = "Sáng 19/5, đại diện các Huyện ủy Tân Uyên cùng dự."
    assert agency_names(_facts(text)) == []


def test_control_a_delegation_after_a_verb_is_no_youth_committee():
    text = "Sáng 19/5, Công an tỉnh hoàn thành đoàn Kiểm tra liên ngành. Nhân dân tỉnh đoàn kết một lòng."
    assert agency_names(_facts(text)) == ["Công an tỉnh"]


def test_control_placed_committees_without_plural_still_spread():
    text = "Sáng 19/5, Huyện ủy Tân Uyên, Than Uyên tổ chức hội nghị."
    assert agency_names(_facts(text)) == ["Huyện ủy Than Uyên", "Huyện ủy Tân Uyên"]
