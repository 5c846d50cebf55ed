"""Shapes of signings from the helpers' made-up pages of round s30 and the classes left over from round s29 (the texts
here are made up in their image)."""

import pytest
from _signing_helpers import extract, signing_tuples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ngày 12/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024. Đồng thời, ký kết "
            "chương trình phối hợp giai đoạn 2025-2030 với Sở Y tế.",
            [(("Ban Dân vận Tỉnh ủy", "Sở Y tế"), "2025-03-12", "2025-2030")],
        ),
        (
            "Sáng 5/4, Hội LHPN tỉnh và Công an tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện chương trình phối hợp. "
            "Dịp này, tiếp tục ký kết chương trình phối hợp giai đoạn 2025-2030.",
            [(("Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "2025-04-05", "2025-2030")],
        ),
        (
            # (no partner in the clause: the body the subject met in the sentence before)
            "Chiều 8/6, Bộ Chỉ huy Quân sự tỉnh làm việc với Sở Lao động - Thương binh và Xã hội. Sau đó, ký kết kế "
            "hoạch phối hợp thực hiện chính sách hậu phương quân đội.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Sở Lao động - Thương binh và Xã hội"), "2025-06-08", "")],
        ),
    ],
)
def test_a_clause_opening_with_its_verb_after_a_linking_adverbial_goes_on_with_the_subject_before(text, expected):
    assert signing_tuples(extract("Tin\n\n" + text, "2025-06-10", "Nghệ An")) == expected


def test_a_clause_with_its_own_subject_is_not_given_the_one_before():
    facts = extract(
        "Tin\n\nSáng 5/4, Hội LHPN tỉnh tổ chức hội nghị tổng kết. Dịp này, Công an tỉnh và Tỉnh đoàn ký kết "
        "chương trình phối hợp.",
        "2025-04-06",
        "Nghệ An",
    )
    assert signing_tuples(facts) == [(("Công an tỉnh", "Tỉnh đoàn"), "2025-04-05", "")]
