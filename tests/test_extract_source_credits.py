"""An outlet credited for the report is no actor of it, wherever the page puts the credit: "(Báo Quảng Ngãi)-
Chiều 24.8, ..." after the time the page was posted, "Theo Báo Nhân dân, ..." after a sentence, "(Mặt trận) -
Sáng 22-2, ..." (the Front's paper, named like the Front), a photo credit joined to its caption by "_"; and an
emulation bloc named after its members ("Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh") is no body."""

from __future__ import annotations

from _signing_helpers import extract


def _names(text: str, province: str) -> list[str]:
    return [a.name for a in extract(text, "2017-08-26", province).agencies]


def test_an_outlet_s_dateline_after_the_posting_time_on_the_same_line():
    text = (
        "Đảng ủy Bộ đội Biên phòng và Tỉnh ủy Quảng Ngãi: Sơ kết Quy chế phối hợp\n 06:08, 26/08/2017 . (Báo Quảng "
        "Ngãi)- Chiều 24.8, Đảng ủy Bộ đội Biên phòng và Tỉnh ủy Quảng Ngãi tổ chức Hội nghị sơ kết."
    )
    assert _names(text, "Quảng Ngãi") == ["Đảng ủy Bộ đội Biên phòng", "Tỉnh ủy Quảng Ngãi"]


def test_a_source_credit_after_a_sentence_s_end():
    text = (
        "Làm việc\n\nBộ đội Biên phòng tỉnh quản lý 258 km đường biên giới. Theo Báo Nhân dân, tại buổi làm việc với "
        "Bộ đội Biên phòng tỉnh, hai bên thống nhất nhiều nội dung."
    )
    assert _names(text, "Đồng Nai") == ["Bộ đội Biên phòng tỉnh"]


def test_a_name_alone_in_a_dateline_s_brackets_is_the_outlet():
    # ("Công an Nghệ An" and "Quân khu 4" are papers too)
    for outlet in ("(Công an Nghệ An)- ", "(Quân khu 4) -", "(Mặt trận) -"):
        text = (
            f"Ký kết giao ước thi đua năm 2024\n\n{outlet}Sáng 22-2, Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh "
            "đã tổ chức Hội nghị ký kết giao ước thi đua năm 2024."
        )
        assert _names(text, "Nghệ An") == ["Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"], outlet


def test_a_photo_credit_joined_to_its_caption_by_an_underscore():
    facts = extract(
        "Ký kết\n\nLễ ký kết giữa Tỉnh ủy Ninh Bình với Tạp chí Cộng sản_Ảnh: Vũ Linh Ủy viên Trung ương Đảng, Bí thư "
        "Tỉnh ủy Ninh Bình Đoàn Minh Huấn dự.",
        "2024-03-01",
        "Ninh Bình",
    )
    assert "Vũ Linh" not in [p.name for p in facts.persons]


def test_a_body_in_an_emulation_bloc_s_name_names_the_bloc():
    text = (
        "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh Khánh Hòa: Ký kết giao ước thi đua năm 2024\n\n"
        "Sáng 22-2, Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh đã tổ chức Hội nghị ký kết giao ước thi "
        "đua năm 2024. Khối thi đua gồm các đơn vị: Hội Liên hiệp Phụ nữ tỉnh (Trưởng khối), UBMTTQ Việt Nam tỉnh, "
        "Hội Nông dân tỉnh."
    )
    assert _names(text, "Khánh Hòa") == [
        "Hội Liên hiệp Phụ nữ tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Hội Nông dân tỉnh",
    ]


def test_a_provincial_paper_in_lower_case_is_the_paper_sold_not_the_body():
    # "phát hành báo Thanh Hóa" distributes the paper; "báo Thanh niên" in lower case is still the national title
    text = "Ký kết\n\nHai bên ký kết quy chế phối hợp tuyên truyền và phát hành báo Thanh Hóa giai đoạn 2025-2030."
    assert _names(text, "Thanh Hóa") == []
    assert _names("Ký kết\n\nHội Nông dân tỉnh ký kết với báo Thanh niên.", "Thanh Hóa") == [
        "Hội Nông dân tỉnh",
        "Báo Thanh niên",
    ]
