# ruff: noqa: E501  (the catalogue holds whole sentences, one per line)
"""A catalogue of signings told as the act and signings only recalled, reviewed or planned (made-up sentences in an
article of 9 November 2024, always the same two bodies): the act keeps its date and its period; an old signing
retold ("Năm 2019 ... đã ký kết", "Sau 5 năm ký kết ..."), a review of a programme and a planned signing are none."""

from __future__ import annotations

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article

_PARTIES = ("Công an tỉnh", "Hội Nông dân tỉnh")

# (text, "date | period" of the one signing, or "none")
ACTS = [
    (
        "Ngày 8/11, Công an tỉnh và Hội Nông dân tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện chương trình phối hợp giai đoạn 2019-2024. Tại hội nghị, hai bên ký kết chương trình phối hợp giai đoạn 2024-2029.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Năm 2019, Công an tỉnh và Hội Nông dân tỉnh đã ký kết chương trình phối hợp. Qua 5 năm thực hiện, nhiều mô hình hiệu quả đã được nhân rộng.",
        "none",
    ),
    (
        "Ngày 8/11, Công an tỉnh và Hội Nông dân tỉnh tổ chức sơ kết 3 năm thực hiện chương trình phối hợp đã ký kết năm 2021.",
        "none",
    ),
    (
        "Thực hiện chương trình phối hợp ký kết ngày 12/3/2020 giữa Công an tỉnh và Hội Nông dân tỉnh, các cấp hội đã tích cực tham gia.",
        "none",
    ),
    ("Ngày 8/11, Công an tỉnh và Hội Nông dân tỉnh tổ chức hội nghị sơ kết chương trình phối hợp.", "none"),
    (
        "Chương trình phối hợp được ký kết từ năm 2019 giữa Công an tỉnh và Hội Nông dân tỉnh đã mang lại hiệu quả.",
        "none",
    ),
    ("Dự kiến trong tháng 12, Công an tỉnh và Hội Nông dân tỉnh sẽ ký kết quy chế phối hợp.", "none"),
    (
        "Ngày 8/11, Công an tỉnh và Hội Nông dân tỉnh thống nhất sẽ ký kết chương trình phối hợp mới trong năm 2025.",
        "none",
    ),
    (
        "Sau 5 năm ký kết chương trình phối hợp giữa Công an tỉnh và Hội Nông dân tỉnh, công tác phối hợp đạt nhiều kết quả.",
        "none",
    ),
    (
        "Ngày 8/11, Công an tỉnh và Hội Nông dân tỉnh tổ chức hội nghị tổng kết chương trình phối hợp giai đoạn 2019-2024 và ký kết chương trình phối hợp giai đoạn 2024-2029.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Ngày 8/11, tại hội nghị tổng kết, Công an tỉnh và Hội Nông dân tỉnh đã ký kết chương trình phối hợp giai đoạn 2024-2029. Trước đó, năm 2019, hai bên đã ký chương trình phối hợp giai đoạn 2019-2024.",
        "2024-11-08 | 2024-2029",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_only_the_act_the_article_reports_is_a_signing(text, expected):
    facts = extract_article(Article("t", "Tin\n\n" + text, published="2024-11-09", province="Gia Lai"))
    got = [
        (tuple(sorted(s.parties)), s.date or "", f"{s.period[0]}-{s.period[1]}" if s.period else "")
        for s in facts.signings
    ]
    if expected == "none":
        assert got == []
    else:
        date, period = (x.strip() for x in expected.split("|"))
        assert got == [(_PARTIES, date, period)]
