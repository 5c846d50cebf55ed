"""A person who signs names one body: where the title chain after a signer's name names two ("Nguyễn Văn B - Phó Bí
thư Tỉnh Đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh"), the signer signs for the last, the post the chain leads to
(``relations.titles._one_body_per_signer``). Sentences are made up; the shape is that of real pages where the signers
are named by their titles only."""

from _signing_helpers import extract, party_sets


def _facts(text, province="Phú Yên"):
    return extract(text, "2014-05-20", province)


def test_a_signer_s_title_chain_names_the_body_of_its_last_title():
    f = _facts(
        "Thay mặt 2 đơn vị, Đại tá Phạm Văn A - Phó Giám thị Trại giam Xuân Phước và đồng chí Nguyễn Văn B - Phó Bí "
        "thư Tỉnh Đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh Phú Yên đã ký kết Kế hoạch phối hợp giai đoạn 2014 - 2015."
    )
    assert party_sets(f) == [("Hội Liên hiệp Thanh niên Việt Nam tỉnh Phú Yên", "Trại giam Xuân Phước")]


def test_signers_named_by_titles_alone_each_name_their_body():
    # no person's name: each title is a signer of its own, and each body signs
    f = _facts(
        "Giám đốc Sở Tư pháp, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và Bí thư Tỉnh Đoàn đã ký kết chương trình phối hợp "
        "giai đoạn 2014 - 2016."
    )
    assert party_sets(f) == [("Hội Liên hiệp Phụ nữ tỉnh", "Sở Tư pháp", "Tỉnh Đoàn")]


def test_two_signers_parted_by_a_semicolon_each_name_their_body():
    f = _facts(
        "Ông Nguyễn Văn A, Giám đốc Sở Tư pháp; bà Trần Thị C, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh đã ký kết chương "
        "trình phối hợp giai đoạn 2014 - 2016."
    )
    assert party_sets(f) == [("Hội Liên hiệp Phụ nữ tỉnh", "Sở Tư pháp")]
