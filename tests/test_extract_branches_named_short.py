"""Round s31's bank pages (made-up texts in the image of helper H's pages): a branch named again without its "Chi
nhánh", and a regional office named again without its area, are the branch and the office named before."""

from _signing_helpers import agency_names, extract


def _names(text, province="Yên Bái"):
    return agency_names(extract(f"Tin\n\n{text}", "2016-03-18", province))


def test_a_bank_s_branch_named_without_its_branch_word_is_the_branch():
    assert _names(
        "Sáng 17/3, Chi nhánh Ngân hàng Chính sách xã hội tỉnh Yên Bái ký văn bản liên tịch với Hội Nông dân tỉnh. "
        "Ngân hàng Chính sách xã hội tỉnh sẽ bố trí vốn cho hội viên."
    ) == ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh Yên Bái", "Hội Nông dân tỉnh"]


def test_a_regional_office_named_without_its_area_is_the_office():
    assert _names(
        "Ngày 15/9, UBND xã Minh Ngọc ký kết quy chế phối hợp với Phòng giao dịch NHCSXH khu vực Bắc Mê. Theo quy chế, "
        "Phòng giao dịch NHCSXH có trách nhiệm giải ngân.",
        "Tuyên Quang",
    ) == ["Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Bắc Mê", "Ủy ban nhân dân xã Minh Ngọc"]
