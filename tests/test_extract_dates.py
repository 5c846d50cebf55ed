"""Dates and periods as Vietnamese news writes them."""

import datetime as dt

from phoihop.extract.dates import find_dates, find_periods


def _dates(text, year=2030):
    return [(text[d.start : d.end], d.iso(year)) for d in find_dates(text)]


def test_written_forms():
    text = (
        "Ngày 21-4-2017, 03/01/2019, ngày 5 tháng 10 năm 2016, Kể từ ngày 22.1.2024, "
        "Chiều 24/6, Sáng nay 7-11, ngày 5/10"
    )
    assert _dates(text) == [
        ("Ngày 21-4-2017", "2017-04-21"),
        ("03/01/2019", "2019-01-03"),
        ("ngày 5 tháng 10 năm 2016", "2016-10-05"),
        ("Kể từ ngày 22.1.2024", "2024-01-22"),
        ("Chiều 24/6", "2030-06-24"),
        ("Sáng nay 7-11", "2030-11-07"),
        ("ngày 5/10", "2030-10-05"),
    ]


def test_numbers_that_are_not_dates():
    assert _dates("hoàn thành 17/17 chỉ tiêu, 2032 buổi/65.456 lượt, tỷ lệ 3/4 số xã") == []


def test_day_month_takes_the_year_before_at_new_year():
    (d,) = find_dates("Chiều 30/12, hai bên ký kết")
    assert d.iso(ref=dt.date(2025, 1, 3)) == "2024-12-30"
    assert d.iso(ref=dt.date(2025, 12, 31)) == "2025-12-30"


def test_periods():
    text = (
        "giai đoạn 2021 - 2025; 2019–2023; giai đoạn 2021 đến 2025; nhiệm kỳ 2020 -2025; "
        "năm 2015; quý III năm 2024; 6 tháng cuối năm 2026; 2025 - 2020"
    )
    got = [(p.first, p.last, p.kind) for p in find_periods(text.replace("–", "-"))]
    assert got == [
        (2021, 2025, "range"),
        (2019, 2023, "range"),
        (2021, 2025, "range"),
        (2020, 2025, "range"),
        (2015, 2015, "year"),
        (2026, 2026, "year"),
    ]


def test_typo_forms_month_first_and_a_date_in_brackets():
    assert _dates("số 12 ngày 3/9//2014 giữa hai bên") == [("ngày 3/9//2014", "2014-09-03")]
    assert _dates("Ngày 07-23-2019, Đồn Biên phòng") == [("Ngày 07-23-2019", "2019-07-23")]
    assert _dates("Hôm nay (14/5), tại hội trường") == [("Hôm nay (14/5", "2030-05-14")]
    assert _dates("Ngày 04-05-2019") == [("Ngày 04-05-2019", "2019-05-04")]  # day first when both fit


def test_a_term_s_last_year_by_its_last_two_digits():
    found = [(p.first, p.last) for p in find_periods("Chương trình phối hợp giai đoạn 2021-25 và nhiệm kỳ 2020 - 25.")]
    assert found == [(2021, 2025), (2020, 2025)]
    # not without a term's word, nor a number that goes on
    assert [(p.first, p.last) for p in find_periods("Công văn số 2021-25 ngày 3/4.", with_years=False)] == []
    assert [(p.first, p.last) for p in find_periods("giai đoạn 2021-25/KH", with_years=False)] == []


def test_a_term_s_last_year_mistyped_in_its_century():
    found = [(p.first, p.last) for p in find_periods("thỏa thuận giai đoạn 2013-1016 giữa hai bên", with_years=False)]
    assert found == [(2013, 2016)]
    # a well-typed end is read once, and a far one is no term
    assert [(p.first, p.last) for p in find_periods("giai đoạn 2013-2016", with_years=False)] == [(2013, 2016)]
    assert [(p.first, p.last) for p in find_periods("giai đoạn 2013-1099", with_years=False)] == []


def test_a_term_given_by_its_first_and_last_months():
    found = [
        (p.first, p.last)
        for p in find_periods(
            "phong trào từ tháng 9.2020 đến tháng 5.2021 và từ tháng 01/2024 đến hết tháng 12/2025", with_years=False
        )
    ]
    assert found == [(2020, 2021), (2024, 2025)]
    # a backwards or a far span is no term
    assert [(p.first, p.last) for p in find_periods("từ tháng 9/2021 đến tháng 5/2020", with_years=False)] == []
