"""A twinning's term told in the sentence after it (round s33, helper W's class 4): "Theo nội dung kết nghĩa giai đoạn
2024 - 2029, ..." opens with the twinning's content and its term, which is the act's."""

from _signing_helpers import extract, signing_tuples


def _terms(text):
    return [s[2] for s in signing_tuples(extract(f"Tin\n\n{text}", "2025-05-21", "Sóc Trăng"))]


def test_the_twinning_s_content_gives_its_term():
    text = (
        "Ngày 20/5, Chi bộ ấp Mỹ Thanh và Chi bộ Đồn Biên phòng Vĩnh Hải ký kết nghĩa. Theo nội dung kết nghĩa giai "
        "đoạn 2025 - 2030, hai chi bộ phối hợp tuyên truyền cho bà con mỗi tháng."
    )
    assert _terms(text) == ["2025-2030"]


def test_control_a_span_told_in_passing_is_no_term():
    text = (
        "Ngày 20/5, Chi bộ ấp Mỹ Thanh và Chi bộ Đồn Biên phòng Vĩnh Hải ký kết nghĩa. Trong giai đoạn 2015 - 2020, "
        "hai chi bộ đã phối hợp tuyên truyền cho bà con."
    )
    assert _terms(text) == [""]
