"""Places named after a person and a ward's Party committee, as round s34's blind helpers J and D printed them (made-up
sentences in the image of their pages): "Huyện đoàn Trần Văn Thời" (a district of Cà Mau the gazetteer knows) keeps its
place, where a person's name after a level stays a person; "Phường ủy Phú Hội" is a ward's Party committee."""

from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Cà Mau", published="2020-03-06"):
    return extract(f"Tin\n\n{text}", published, province)


def test_a_district_named_after_a_person_keeps_its_name_after_a_committee_word():
    facts = _facts("Ngày 5/3, Huyện đoàn Trần Văn Thời ký kết chương trình phối hợp với Công an huyện Trần Văn Thời.")
    assert party_sets(facts) == [("Công an huyện Trần Văn Thời", "Huyện đoàn Trần Văn Thời")]


def test_control_a_person_after_a_placed_post_stays_a_person():
    facts = _facts("Dự có ông Nguyễn Văn Bình, Chủ tịch UBND huyện Trần Văn Thời.")
    assert positions_by_name(facts) == {"Nguyễn Văn Bình": ["Chủ tịch Ủy ban nhân dân huyện Trần Văn Thời"]}


def test_a_ward_s_party_committee_named_phuong_uy():
    facts = _facts("Ngày 5/3, Phường ủy Phú Hội ký kết quy chế phối hợp với Công an phường Phú Hội.", "Huế")
    assert agency_names(facts) == ["Công an phường Phú Hội", "Phường ủy Phú Hội"]


def test_a_bare_steering_committee_before_its_verb_and_a_body_is_no_body_s_name():
    facts = _facts(
        "Tại hội nghị, Ban Chỉ đạo đề nghị Bộ Chỉ huy Quân sự tỉnh tiếp tục phối hợp. Ban Chỉ đạo phòng, chống tham "
        "nhũng, tiêu cực tỉnh họp.",
        "Thái Nguyên",
    )
    assert agency_names(facts) == ["Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]
