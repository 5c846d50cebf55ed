"""A catalogue of the ways pages date a signing (made-up openings of one signing sentence, in an article published
on 9 November 2024): day and month with dots, dashes or slashes, in brackets after "Sáng nay" / "Hôm qua" / a day of
the week, in words, with a year or without; and openings that give no day."""

from __future__ import annotations

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article

OPENINGS = [
    ("Sáng nay (8-11)", "2024-11-08"),
    ("Sáng nay 8/11", "2024-11-08"),
    ("Hôm qua (8.11)", "2024-11-08"),
    ("Chiều 8 - 11", "2024-11-08"),
    ("Chiều ngày 8-11", "2024-11-08"),
    ("Ngày 08/11/2024", "2024-11-08"),
    ("Sáng 8.11", "2024-11-08"),
    ("Ngày 8 tháng 11 năm 2024", "2024-11-08"),
    ("Ngày 8 tháng 11", "2024-11-08"),
    ("Sáng thứ sáu (8/11)", "2024-11-08"),
    ("Vừa qua", None),
    ("Mới đây", None),
    ("Trong tháng 11", None),
    ("Sáng 8-11-2024", "2024-11-08"),
    ("Chiều thứ Sáu, ngày 8/11", "2024-11-08"),
    ("Ngày 8/11 vừa qua", "2024-11-08"),
    ("Hôm nay 8/11", "2024-11-08"),
]


@pytest.mark.parametrize(("opening", "date"), OPENINGS)
def test_the_signing_takes_the_date_its_sentence_opens_with(opening, date):
    text = f"Tin\n\n{opening}, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2024-2029."
    facts = extract_article(Article("t", text, published="2024-11-09", province="Gia Lai"))
    assert [s.date for s in facts.signings] == [date]


# The term of the signed programme, in the signing sentence or in one of its own (round s6)
TERMS = [
    ("Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp từ nay đến năm 2026.", (2024, 2026)),
    ("Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn II (2024-2029).", (2024, 2029)),
    ("Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp nhiệm kỳ 2024 – 2029.", (2024, 2029)),
    (
        "Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp. Thời gian thực hiện chương trình từ năm "
        "2024 đến năm 2029.",
        (2024, 2029),
    ),
    ("Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp về công tác dân vận.", None),
]


@pytest.mark.parametrize(("sentence", "term"), TERMS)
def test_the_signing_takes_the_programme_s_term(sentence, term):
    facts = extract_article(Article("t", f"Tin\n\nNgày 8/11, {sentence}", published="2024-11-09", province="Gia Lai"))
    assert [s.period for s in facts.signings] == [term]
