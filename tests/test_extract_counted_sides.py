"""More than two sides named by their count ("4 cơ quan đã thống nhất và tổ chức ký kết", "đại diện 3 đơn vị đã ký
kết") stand for that many bodies named before: the last "giữa" partnership of that size (its "với" pairing kept), else
the subject list of that size that opens a sentence before (``relations.subject._sides_counted``). Sentences are
made up; the shapes are those of real pages where the signing sentence names its parties only by their count."""

from _signing_helpers import extract, party_sets


def _facts(text, province="Thái Nguyên"):
    return extract(text, "2017-05-20", province)


def test_counted_sides_are_the_partnership_named_before_with_its_pairs():
    f = _facts(
        "Tại buổi lễ, Ban Thường trực Ủy ban MTTQ tỉnh báo cáo kết quả công tác phối hợp giữa Đoàn đại biểu Quốc hội, "
        "HĐND, UBND với Ủy ban MTTQ tỉnh giai đoạn 2011 - 2016. Trên cơ sở dự thảo Quy chế phối hợp, 4 cơ quan đã "
        "thống nhất và tổ chức ký kết Quy chế phối hợp công tác giai đoạn 2017 - 2021."
    )
    assert party_sets(f) == sorted(
        [
            ("Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc tỉnh"),
            ("Ủy ban Mặt trận Tổ quốc tỉnh", "Ủy ban nhân dân"),
            ("Đoàn đại biểu Quốc hội", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        ]
    )
    assert {s.period for s in f.signings} == {(2017, 2021)}


def test_counted_sides_of_a_joint_partnership_sign_jointly():
    f = _facts(
        "Hội nghị đánh giá kết quả phối hợp giữa Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh và Tỉnh đoàn giai đoạn "
        "2012 - 2016. Sau đó, 3 đơn vị đã ký kết chương trình phối hợp giai đoạn 2017 - 2021."
    )
    assert party_sets(f) == [("Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn")]


def test_counted_sides_are_the_subject_of_a_sentence_before():
    f = _facts(
        "Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh và Tỉnh đoàn tổ chức hội nghị tổng kết công tác phối hợp giai "
        "đoạn 2012 - 2016. Tại hội nghị, đại diện 3 đơn vị đã ký kết chương trình phối hợp giai đoạn 2017 - 2021."
    )
    assert party_sets(f) == [("Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn")]


def test_a_count_that_no_group_before_matches_names_no_party():
    # three sides, but the partnership before names two bodies: they are not the three that sign
    f = _facts(
        "Hội nghị đánh giá kết quả phối hợp giữa Hội Nông dân tỉnh và Tỉnh đoàn giai đoạn 2012 - 2016. Sau đó, 3 "
        "đơn vị đã ký kết chương trình phối hợp giai đoạn 2017 - 2021."
    )
    assert party_sets(f) == []
