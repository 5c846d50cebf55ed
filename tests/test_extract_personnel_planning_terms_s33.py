"""A signing's term after "quy hoạch" as personnel work (round s33, helper W's class 2): "quy hoạch, đào tạo cán bộ",
"quy hoạch cán bộ" is the planning of cadres, a task in the programme's topic, not a master plan whose term the period
would be."""

import pytest
from _signing_helpers import extract, signing_tuples


def _terms(text):
    return [s[2] for s in signing_tuples(extract(f"Tin\n\n{text}", "2023-05-17", "Phú Yên"))]


@pytest.mark.parametrize(
    "topic",
    [
        "về quy hoạch, đào tạo cán bộ",
        "trong công tác quy hoạch, luân chuyển, bồi dưỡng cán bộ",
        "về quy hoạch cán bộ lãnh đạo",
        "về quy hoạch và bố trí cán bộ nữ",
    ],
)
def test_the_planning_of_cadres_leaves_the_term_to_the_signing(topic):
    text = (
        f"Chiều 16/5, Ban Tổ chức Tỉnh ủy và Hội Liên hiệp Phụ nữ tỉnh ký kết quy chế phối hợp {topic} "
        "giai đoạn 2023 - 2027."
    )
    assert _terms(text) == ["2023-2027"]


@pytest.mark.parametrize(
    "text, terms",
    [
        # a master plan's term stays the plan's
        (
            "Chiều 16/5, Sở Xây dựng ký kết quy chế phối hợp với Công an tỉnh về thực hiện Quy hoạch tỉnh thời kỳ "
            "2021 - 2030.",
            [""],
        ),
        (
            "Chiều 16/5, Ban Tổ chức Tỉnh ủy và Trường Chính trị tỉnh ký kết quy chế phối hợp về đào tạo, bồi dưỡng "
            "cán bộ giai đoạn 2023 - 2027.",
            ["2023-2027"],
        ),
    ],
)
def test_controls_a_master_plan_and_a_topic_without_planning(text, terms):
    assert _terms(text) == terms
