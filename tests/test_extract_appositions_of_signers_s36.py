"""A phrase that describes the signers, set off between their list and the verb by two dashes or two commas (round
s36, helper E's class 1): "A, B và C - các đơn vị thuộc Khối thi đua ..., giúp việc Huyện ủy - đã ký kết", "A và B,
hai đơn vị ..., đã ký kết". The apposition is no part of the subject: the list before it signs, and a body named inside
it signs nothing."""

import pytest
from _signing_helpers import extract, signing_tuples


@pytest.mark.parametrize(
    "sentence, parties",
    [
        (
            "Sáng 9/3, Ban Tuyên giáo Huyện ủy, Ban Dân vận Huyện ủy và Ủy ban Kiểm tra Huyện ủy - các đơn vị trong "
            "Khối thi đua các cơ quan Đảng, giúp việc Huyện ủy - đã ký kết giao ước thi đua năm 2022.",
            ("Ban Dân vận Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"),
        ),
        (
            "Sáng 9/3, Công an huyện và Huyện đoàn, hai đơn vị đã nhiều năm gắn bó, đã ký kết chương trình phối hợp.",
            ("Công an huyện", "Huyện đoàn"),
        ),
        (
            "Sáng 9/3, Hội Cựu chiến binh huyện và Ban Chỉ huy Quân sự huyện, hai cơ quan có cùng truyền thống, ký kết "
            "quy chế phối hợp.",
            ("Ban Chỉ huy Quân sự huyện", "Hội Cựu chiến binh huyện"),
        ),
        (
            "Sáng 9/3, Công an huyện và Hội Phụ nữ huyện – các lực lượng gần dân của Huyện ủy – đã ký kết kế hoạch "
            "phối hợp.",
            ("Công an huyện", "Hội Phụ nữ huyện"),
        ),
    ],
)
def test_the_list_before_an_apposition_signs(sentence, parties):
    facts = extract(f"Tin\n\n{sentence}", "2022-03-10", "Hải Dương")
    assert [t[:2] for t in signing_tuples(facts)] == [(parties, "2022-03-09")]


def test_control_the_same_list_without_the_apposition_signs_alike():
    facts = extract(
        "Tin\n\nSáng 9/3, Công an huyện và Huyện đoàn đã ký kết chương trình phối hợp.", "2022-03-10", "Hải Dương"
    )
    assert [t[:2] for t in signing_tuples(facts)] == [(("Công an huyện", "Huyện đoàn"), "2022-03-09")]


def test_control_a_plural_member_after_a_comma_still_joins_the_list():
    # (no closing comma before the verb: "các ..." is the list's last member, no apposition)
    facts = extract(
        "Tin\n\nSáng 9/3, Hội Nông dân huyện và các đồn biên phòng đã ký kết quy chế phối hợp. Trước đó, Đồn Biên "
        "phòng Cửa khẩu X cũng tham dự.",
        "2022-03-10",
        "Hải Dương",
    )
    assert any("Hội Nông dân huyện" in t[0] for t in signing_tuples(facts))
