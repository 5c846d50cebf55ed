"""Signings that are not the page's act, as round s33's helpers printed them (made-up texts in the image of their
pages): an old signing retold with its full date years before the page, or with its month and year after the verb
("đã ký kết ... vào tháng 5/2022", "... ký từ tháng 3/2011"); a signing planned through a step before it ("sẽ trình A
ký kết", "chuẩn bị nội dung để A ký kết") or foreseen after it ("..., dự kiến tổ chức vào tháng 11")."""

import pytest
from _signing_helpers import extract, signing_tuples


def _signings(text, published, province="Nghệ An"):
    return signing_tuples(extract(f"Tin\n\n{text}", published, province))


@pytest.mark.parametrize(
    "text, published",
    [
        (
            "Ngày 20/4/2015, Hội Cựu chiến binh tỉnh và Công an tỉnh đã ký kết chương trình phối hợp về phòng chống "
            "ma túy. Từ đó, nhiều mô hình tự quản ra đời ở các xã.",
            "2019-08-12",
        ),
        # the year before, but more than a year before the page's day: no late posting
        (
            "Ngày 8/2/2017, Đảng ủy Quân sự tỉnh và Ban Tuyên giáo Tỉnh ủy ký kết Quy chế phối hợp số "
            "03/QC-ĐUQS-BTGTU. Từ đó đến nay, hai cơ quan đã mở nhiều lớp bồi dưỡng.",
            "2018-11-20",
        ),
        (
            "Mô hình là kết quả của chương trình phối hợp mà Hội Liên hiệp Phụ nữ tỉnh và Bộ CHQS tỉnh đã ký kết vào "
            "tháng 6/2021.",
            "2024-03-04",
        ),
        (
            "Quy chế phối hợp giữa Tỉnh đoàn với Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký từ tháng 8/2012 vẫn được duy "
            "trì.",
            "2016-05-20",
        ),
    ],
)
def test_an_old_signing_retold_is_no_act_of_the_page(text, published):
    assert _signings(text, published) == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a page posted days after its act, in the new year
        (
            "Ngày 28/12/2019, Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp giai đoạn 2020 - 2025.",
            "2020-01-03",
            [(("Công an tỉnh", "Hội Nông dân tỉnh"), "2019-12-28", "2020-2025")],
        ),
        # a term's first month, not the month of the act
        (
            "Sáng 5/3, Hội Nông dân tỉnh và Công an tỉnh ký kết kế hoạch phối hợp thực hiện từ tháng 3/2023 đến tháng "
            "12/2025.",
            "2024-03-06",
            [(("Công an tỉnh", "Hội Nông dân tỉnh"), "2024-03-05", "2023-2025")],
        ),
        # the last months of the year before: the act a new year's page reports
        (
            "Hội Nông dân tỉnh và Công an tỉnh đã ký kết quy chế phối hợp vào tháng 12/2023.",
            "2024-01-06",
            [(("Công an tỉnh", "Hội Nông dân tỉnh"), "", "")],
        ),
    ],
)
def test_controls_acts_of_the_page_stay(text, published, expected):
    assert _signings(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị thống nhất chuẩn bị nội dung để Ban Dân vận Huyện ủy ký kết chương trình phối hợp với Công an "
        "huyện Yên Thành.",
        "Ban Dân vận Huyện ủy Yên Thành cho biết sẽ trình Ban Thường vụ Huyện ủy ký kết quy chế phối hợp với Ủy ban "
        "nhân dân huyện vào đầu năm sau.",
        "Hội Cựu chiến binh tỉnh và Bộ Chỉ huy Quân sự tỉnh thống nhất ký kết chương trình phối hợp giai đoạn 2025 - "
        "2030, dự kiến tổ chức vào tháng 12.",
    ],
)
def test_a_planned_signing_is_no_signing(text):
    assert _signings(text, "2024-09-16") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a purpose after the act, and a plan in another sentence
        (
            "Sáng 15/9, Hội Cựu chiến binh tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp để chuẩn bị "
            "cho mùa mưa bão. Dự kiến, các hoạt động sẽ bắt đầu vào tháng 10.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh"), "2024-09-15", "")],
        ),
        (
            "Sáng 15/9, Hội Cựu chiến binh tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp giai đoạn "
            "2024 - 2029.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh"), "2024-09-15", "2024-2029")],
        ),
    ],
)
def test_controls_signings_done_stay(text, expected):
    assert _signings(text, "2024-09-16") == expected
