"""An old document's year and a planned signing, as round s35's helpers printed them (made-up texts in the image of
their pages): "..., năm 2020 hai cơ quan đã ký kết và triển khai ..." after a reviewed document is the year the two
acted under it, no one-year term of it; "sẽ tổng kết quy chế nói trên và ký kết quy chế mới" plans both acts, the
future marker before the first verb governing the second."""

import pytest
from _signing_helpers import extract, signing_tuples


def _facts(text, published="2024-10-23", province="Hải Phòng"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize("subject", ["hai cơ quan", "hai bên", "3 đơn vị"])
def test_a_year_before_a_counted_subject_is_no_term_of_the_reviewed_document(subject):
    text = (
        "Ngày 22-10, Hội Nông dân tỉnh làm việc với Công an tỉnh. Thực hiện Quy chế phối hợp số 12/QCPH-HND-CAT ngày "
        f"14/5/2020 giữa Hội Nông dân tỉnh với Công an tỉnh, năm 2020 {subject} đã ký kết và triển khai nhiều nội "
        "dung."
    )
    assert _facts(text).documents[0].period is None


def test_a_year_printed_as_the_document_s_term_is_kept():
    text = "Ngày 22-10, Hội Nông dân tỉnh và Công an tỉnh ký kết Kế hoạch phối hợp số 12/KH-HND-CAT năm 2025."
    assert _facts(text).documents[0].period == (2025, 2025)


def test_a_future_marker_before_the_first_verb_plans_the_signing_coordinated_after_it():
    text = (
        "Ngày 22-10, Hội Nông dân tỉnh làm việc với Công an tỉnh. Hai bên thống nhất, trong quý I/2025 sẽ tổng kết "
        "quy chế nói trên và ký kết quy chế phối hợp mới giai đoạn 2025 - 2030."
    )
    assert signing_tuples(_facts(text)) == []


def test_a_signing_after_a_past_act_is_the_page_s_act():
    text = (
        "Ngày 22-10, Hội Nông dân tỉnh và Công an tỉnh đã tổng kết quy chế nói trên và ký kết quy chế phối hợp mới "
        "giai đoạn 2025 - 2030."
    )
    assert signing_tuples(_facts(text)) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), "2024-10-22", "2025-2030")]
