"""The social policy bank named bare after its one office ("Ngân hàng CSXH đã cho vay" after "Chi nhánh Ngân hàng
Chính sách xã hội tỉnh"): the office the page tells of, no second body (round s35, helper K)."""

from _signing_helpers import agency_names, extract


def _names(text, province="Nghệ An"):
    return agency_names(extract(f"Tin\n\n{text}", "2018-08-10", province))


def test_the_bare_bank_is_the_branch_named_before():
    assert _names(
        "Sáng 9/8, Hội Nông dân tỉnh ký kết chương trình phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh. "
        "Năm qua, Ngân hàng CSXH đã cho 2.300 hộ vay vốn."
    ) == ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Hội Nông dân tỉnh"]


def test_the_bare_bank_is_the_transaction_office_named_before():
    assert _names(
        "Huyện đoàn Nghi Lộc và Phòng giao dịch Ngân hàng Chính sách xã hội huyện Nghi Lộc ký kết chương trình phối "
        "hợp. Qua Ngân hàng Chính sách xã hội, 120 đoàn viên đã được vay vốn."
    ) == ["Huyện đoàn Nghi Lộc", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Nghi Lộc"]


def test_control_two_offices_leave_the_bare_bank_alone():
    names = _names(
        "Chi nhánh Ngân hàng Chính sách xã hội tỉnh và Phòng giao dịch Ngân hàng Chính sách xã hội huyện Nghi Lộc "
        "tổ chức hội nghị. Ngân hàng Chính sách xã hội đã cho 2.300 hộ vay vốn."
    )
    assert "Ngân hàng Chính sách xã hội" in names
