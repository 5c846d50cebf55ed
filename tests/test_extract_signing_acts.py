# ruff: noqa: E501  (the catalogue holds whole sentences, one per line)
"""A catalogue of signings told as the act and signings only recalled, reviewed or planned (made-up sentences in an
article of 9 November 2024, always the same two bodies): the act keeps its date and its period; an old signing
retold ("Năm 2019 ... đã ký kết", "Sau 5 năm ký kết ..."), a review of a programme and a planned signing are none."""

from __future__ import annotations

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article
from tests._signing_helpers import signing_tuples

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
    # (round s24) a document opening the sentence after its day is the subject of the day's act; told by its past
    # signing elsewhere in a sentence, it is none
    (
        "Sáng 8/11, Chương trình phối hợp giai đoạn 2024-2029 được ký kết giữa Công an tỉnh với Hội Nông dân tỉnh nhằm tăng cường công tác tuyên truyền.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Ngày 8/11, tại Hội trường Công an tỉnh, Quy chế phối hợp đã được ký giữa Công an tỉnh và Hội Nông dân tỉnh.",
        "2024-11-08 |",
    ),
    (
        "Trên cơ sở Quy chế phối hợp số 01/QC được ký kết giữa Công an tỉnh và Hội Nông dân tỉnh, hai bên đã triển khai nhiều hoạt động.",
        "none",
    ),
    (
        "Quy chế phối hợp được ký kết giữa Công an tỉnh và Hội Nông dân tỉnh đã phát huy hiệu quả.",
        "none",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_only_the_act_the_article_reports_is_a_signing(text, expected):
    facts = extract_article(Article("t", "Tin\n\n" + text, published="2024-11-09", province="Gia Lai"))
    got = signing_tuples(facts)
    if expected == "none":
        assert got == []
    else:
        date, period = (x.strip() for x in expected.split("|"))
        assert got == [(_PARTIES, date, period)]


# Whole short articles where the parties, the date and the period of one act are told in different sentences
# (headline, lead, a partyless sentence on the ceremony, a sentence on the programme's term).
TOLD_ACROSS_SENTENCES = [
    # (round s24) the sides the sentence before names, as "các bên" / "các đơn vị" after an opener, with "lãnh đạo"
    # or "thống nhất"; a term told in its own sentence, "đến hết năm"
    (
        "Tin tức\n\nSáng 8/11, Công an tỉnh và Hội Nông dân tỉnh tổ chức hội nghị. Theo đó, các bên thống nhất ký kết chương trình phối hợp giai đoạn 2024-2029.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Tin tức\n\nSáng 8/11, Công an tỉnh và Hội Nông dân tỉnh tổ chức hội nghị. Tại hội nghị, đại diện lãnh đạo các đơn vị đã ký kết chương trình phối hợp.",
        "2024-11-08 |",
    ),
    (
        "Tin tức\n\nSáng 8/11, Công an tỉnh và Hội Nông dân tỉnh ký kết Chương trình phối hợp. Thời gian thực hiện từ năm 2024 đến hết năm 2029.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp\n\nSáng 8/11, hai đơn vị đã tổ chức lễ ký kết chương trình phối hợp giai đoạn 2024-2029.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Ký kết chương trình phối hợp giữa Công an tỉnh và Hội Nông dân tỉnh\n\nSáng 8/11, lễ ký kết đã diễn ra tại trụ sở Công an tỉnh.",
        "2024-11-08 |",
    ),
    (
        "Công an tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh\n\n(GLO) - Sáng nay (8/11), tại Hội trường Công an tỉnh đã diễn ra lễ ký kết chương trình phối hợp giai đoạn 2024-2029.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Tin\n\nSáng 8/11, Công an tỉnh và Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác phối hợp năm 2024.\n\nNhân dịp này, hai đơn vị đã ký kết chương trình phối hợp giai đoạn 2025-2030.",
        "2024-11-08 | 2025-2030",
    ),
    (
        "Tin\n\nSáng 8/11, Công an tỉnh và Hội Nông dân tỉnh tổ chức hội nghị.\n\nTại hội nghị, lãnh đạo hai đơn vị đã ký kết chương trình phối hợp giai đoạn 2025-2030.\n\nLãnh đạo Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp. Ảnh: Minh Hà",
        "2024-11-08 | 2025-2030",
    ),
    (
        "Hội Nông dân tỉnh: Ký kết chương trình phối hợp với Công an tỉnh\n\nSáng 8/11, Hội Nông dân tỉnh phối hợp với Công an tỉnh tổ chức lễ ký kết chương trình phối hợp.",
        "2024-11-08 |",
    ),
    (
        "Tin\n\nSáng 8/11, Công an tỉnh tổ chức lễ ký kết chương trình phối hợp với Hội Nông dân tỉnh. Theo đó, chương trình có hiệu lực từ năm 2024 đến năm 2029.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Tin\n\nSáng 8/11, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp. Chương trình được thực hiện trong giai đoạn 2024 - 2029.",
        "2024-11-08 | 2024-2029",
    ),
    (
        "Tin\n\nChiều 8/11, Khối thi đua số 6 ký kết giao ước thi đua năm 2024.\n\nTrên cơ sở đó, Công an tỉnh và Hội Nông dân tỉnh đã thống nhất ký kết với một số nhiệm vụ trọng tâm.",
        "2024-11-08 | 2024-2024",
    ),
    (
        "Tin\n\nChiều 8/11, tại Hội trường Công an tỉnh đã tổ chức hội nghị triển khai công tác năm 2024 và ký kết giao ước thi đua năm 2024.\n\nTrong hội nghị, Công an tỉnh và Hội Nông dân tỉnh đã tổ chức ký kết giao ước thi đua.",
        "2024-11-08 | 2024-2024",
    ),
    # an act told with no date of its own, dated by its document's printed issue date
    (
        "Tin\n\nCông an tỉnh và Hội Nông dân tỉnh vừa ký kết chương trình phối hợp giai đoạn 2024-2029.\n\nSau khi Chương trình phối hợp số 12/CTrPH-CAT-HND ngày 28/10/2024 giữa Công an tỉnh và Hội Nông dân tỉnh giai đoạn 2024-2029 được ký kết, các cấp hội đã triển khai thực hiện.",
        "2024-10-28 | 2024-2029",
    ),
    (
        "Tin\n\nCông an tỉnh và Hội Nông dân tỉnh đã ban hành Chương trình phối hợp số 12/CTrPH-CAT-HND ngày 28/10/2024 giữa Công an tỉnh với Hội Nông dân tỉnh giai đoạn 2024-2029.",
        "2024-10-28 | 2024-2029",
    ),
    # (the same parties' old programme, of another term, and another body's plan of the same term date no act)
    (
        "Tin\n\nCông an tỉnh và Hội Nông dân tỉnh vừa ký kết chương trình phối hợp giai đoạn 2024-2029.\n\nChương trình phối hợp số 12/CTrPH-CAT-HND ngày 28/10/2019 giữa Công an tỉnh và Hội Nông dân tỉnh giai đoạn 2019-2024 đã mang lại nhiều kết quả.",
        " | 2024-2029",
    ),
    (
        "Tin\n\nCông an tỉnh và Hội Nông dân tỉnh vừa ký kết chương trình phối hợp giai đoạn 2024-2029.\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 28/10/2024 của UBND tỉnh giai đoạn 2024-2029, các cấp hội đã triển khai thực hiện.",
        " | 2024-2029",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_ACROSS_SENTENCES)
def test_one_act_takes_its_parties_date_and_period_from_several_sentences(text, expected):
    facts = extract_article(Article("t", text, published="2024-11-09", province="Gia Lai"))
    got = signing_tuples(facts)
    date, period = (x.strip() for x in expected.split("|"))
    assert got == [(_PARTIES, date, period)]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("12/7", ""),  # months after the page's date: of the year before, which the page does not print
        ("20/2", "2024-02-20"),  # weeks after it: the page's date is its first posting's, the year the page's
    ],
)
def test_a_day_and_month_after_the_page_s_date(day, expected):
    text = f"Tin\n\nNgày {day}, Công an tỉnh và Hội Nông dân tỉnh đã ký kết chương trình phối hợp giai đoạn 2024-2029."
    facts = extract_article(Article("t", text, published="2024-01-26", province="Gia Lai"))
    assert signing_tuples(facts) == [(_PARTIES, expected, "2024-2029")]
