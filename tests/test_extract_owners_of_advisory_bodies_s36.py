"""A committee named only as the owner of its advisory bodies (round s36, helper E's class 2): "Các cơ quan tham mưu,
giúp việc Thành ủy ký kết giao ước thi đua" names the bodies by their kind and leaves them unnamed; "Thành ủy" there is
no agency and signs nothing, in a headline or in the body."""

from _signing_helpers import agency_names, extract, signing_tuples


def test_a_generic_phrase_of_advisory_bodies_signs_nothing():
    facts = extract(
        "Tin\n\nCác cơ quan tham mưu, giúp việc Thành ủy đã ký kết giao ước thi đua.", "2023-02-20", "Nam Định"
    )
    assert agency_names(facts) == []
    assert facts.signings == []


def test_the_headline_s_phrase_adds_no_agency_over_a_named_list():
    facts = extract(
        "Các cơ quan tham mưu giúp việc Thành ủy ký kết giao ước thi đua năm 2023\n\nSáng 17/2, Văn phòng Thành ủy và "
        "Ban Tổ chức Thành ủy đã ký kết giao ước thi đua năm 2023.",
        "2023-02-20",
        "Nam Định",
    )
    assert agency_names(facts) == ["Ban Tổ chức Thành ủy", "Văn phòng Thành ủy"]
    assert [t[0] for t in signing_tuples(facts)] == [("Ban Tổ chức Thành ủy", "Văn phòng Thành ủy")]


def test_control_the_committee_named_as_a_signer_stays_an_agency():
    facts = extract(
        "Tin\n\nSáng 17/2, Thành ủy và Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp.", "2023-02-20", "Nam Định"
    )
    assert "Thành ủy" in agency_names(facts)
