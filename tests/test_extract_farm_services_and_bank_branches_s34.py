"""The countryside's service bodies as round s34's helper A printed them (made-up sentences in the image of its pages,
a set first scored blind and not worked on until the round's end): a province's farm-extension centre signs with the
Farmers' Union; the social policy bank's branch by its initials keeps "chi nhánh" and its place in a director's post."""

from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Quảng Trị", published="2024-03-06"):
    return extract(f"Tin\n\n{text}", published, province)


def test_the_farm_extension_centre_signs_in_a_joint_list():
    facts = _facts(
        "Ngày 5/3, Hội Nông dân tỉnh, Trung tâm Khuyến nông tỉnh và Bộ CHQS tỉnh ký kết chương trình phối hợp."
    )
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh", "Trung tâm Khuyến nông tỉnh")]


def test_a_district_s_centre_of_agricultural_services():
    facts = _facts("Trung tâm Dịch vụ nông nghiệp huyện Gio Linh phối hợp với Hội Nông dân huyện tập huấn.")
    assert "Trung tâm Dịch vụ nông nghiệp huyện Gio Linh" in agency_names(facts)


def test_the_social_policy_bank_s_branch_by_its_initials_in_a_post():
    facts = _facts("Ông Lê Văn Hùng, Giám đốc NHCSXH chi nhánh tỉnh Quảng Trị dự hội nghị.")
    assert positions_by_name(facts) == {
        "Lê Văn Hùng": ["Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Trị"]
    }
