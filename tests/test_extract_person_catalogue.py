# ruff: noqa: E501  (the catalogue holds whole sentences, one per line)
"""A catalogue of the ways pages give a person's titles (made-up sentences): chains after a comma or a dash, ranks,
titles in brackets, titles shared by a plural address or a colon list, and the short forms of titles (UVTW, TUV,
HUV, PCT, PGĐ, UVBTV)."""

from __future__ import annotations

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article

# (sentence, "Name: title; title || Name: title")
PERSONS = [
    ("Dự có ông Hoàng Văn Lạc, Phó Tổng Kiểm toán Nhà nước.", "Hoàng Văn Lạc: Phó Tổng Kiểm toán Nhà nước"),
    (
        "Dự hội nghị có đồng chí Rah Lan Lâm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.",
        "Rah Lan Lâm: Phó Bí thư Thường trực Tỉnh ủy; Chủ tịch Hội đồng nhân dân tỉnh",
    ),
    (
        "Đại tá Nguyễn Hữu Định, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh phát biểu.",
        "Nguyễn Hữu Định: Ủy viên Ban Thường vụ Tỉnh ủy; Giám đốc Công an tỉnh",
    ),
    ("Bà Siu H'Lan - Chủ tịch Hội Nông dân tỉnh phát biểu.", "Siu H'Lan: Chủ tịch Hội Nông dân tỉnh"),
    (
        "Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Tuấn Anh, Dương Mah Tiệp.",
        "Nguyễn Tuấn Anh: Phó Chủ tịch Ủy ban nhân dân tỉnh || Dương Mah Tiệp: Phó Chủ tịch Ủy ban nhân dân tỉnh",
    ),
    (
        "Thượng tá Ksor Tiến, Phó Giám đốc Công an tỉnh và ông Đinh Văn Hùng, Phó Chủ tịch Hội Nông dân tỉnh thay mặt hai đơn vị ký kết.",
        "Ksor Tiến: Phó Giám đốc Công an tỉnh || Đinh Văn Hùng: Phó Chủ tịch Hội Nông dân tỉnh",
    ),
    (
        "Đồng chí Châu Ngọc Tuấn - UVTW Đảng, Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.",
        "Châu Ngọc Tuấn: Ủy viên Trung ương Đảng; Bí thư Tỉnh ủy",
    ),
    ("Thiếu tướng Rah Lan Chung, Giám đốc Công an tỉnh chủ trì.", "Rah Lan Chung: Giám đốc Công an tỉnh"),
    ("Ông Lê Văn A (Phó Chủ tịch Hội Nông dân tỉnh) trình bày dự thảo.", "Lê Văn A: Phó Chủ tịch Hội Nông dân tỉnh"),
    (
        "Đồng chí Y Ngọc, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng dự.",
        "Y Ngọc: Trưởng Ban Dân vận Tỉnh ủy; Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ),
    (
        "Trung tá Nguyễn Văn Hải - Phó Trưởng phòng PV01 Công an tỉnh báo cáo.",
        "Nguyễn Văn Hải: Phó Trưởng phòng PV01 Công an tỉnh",
    ),
    (
        "Đồng chí Nguyễn Văn Bình, UVBTV Tỉnh ủy, Giám đốc Công an tỉnh phát biểu.",
        "Nguyễn Văn Bình: Ủy viên Ban Thường vụ Tỉnh ủy; Giám đốc Công an tỉnh",
    ),
    (
        "Đồng chí Nguyễn Văn Bình, TUV, Giám đốc Công an tỉnh phát biểu.",
        "Nguyễn Văn Bình: Tỉnh ủy viên; Giám đốc Công an tỉnh",
    ),
    (
        "Đồng chí Nguyễn Văn Bình, HUV, Trưởng Công an huyện phát biểu.",
        "Nguyễn Văn Bình: Huyện ủy viên; Trưởng Công an huyện",
    ),
    ("Đồng chí Nguyễn Văn Bình, PCT UBND tỉnh phát biểu.", "Nguyễn Văn Bình: Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    (
        "Đồng chí Nguyễn Văn Bình, UVTV Tỉnh ủy, Chủ tịch Hội Nông dân tỉnh phát biểu.",
        "Nguyễn Văn Bình: Ủy viên Thường vụ Tỉnh ủy; Chủ tịch Hội Nông dân tỉnh",
    ),
    (
        "Đồng chí Nguyễn Văn Bình, UVBCH Đảng bộ tỉnh, Chủ tịch Hội Nông dân tỉnh phát biểu.",
        "Nguyễn Văn Bình: Ủy viên Ban Chấp hành Đảng bộ tỉnh; Chủ tịch Hội Nông dân tỉnh",
    ),
    ("Đồng chí Trần Văn Nam, PGĐ Công an tỉnh phát biểu.", "Trần Văn Nam: Phó Giám đốc Công an tỉnh"),
    # the district committee's short forms, as the province's
    (
        "Dự có đồng chí Lò Văn Hải, UVBTVHU, Trưởng Ban Dân vận HU, Chủ tịch UBMTTQVN huyện.",
        "Lò Văn Hải: Ủy viên Ban Thường vụ Huyện ủy; Trưởng Ban Dân vận Huyện ủy; Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
    ),
    ("Ông Lều Vũ Điều, Phó Chủ tịch Hội Nông dân tỉnh phát biểu.", "Lều Vũ Điều: Phó Chủ tịch Hội Nông dân tỉnh"),
    # a place the gazetteer knows after its level word, whatever its syllables (Lò, Ma are family names)
    (
        "Dự có đồng chí Bí thư Đảng ủy, Chủ tịch HĐND phường Cửa Lò Phan Đức Đồng.",
        "Phan Đức Đồng: Bí thư Đảng ủy; Chủ tịch Hội đồng nhân dân phường Cửa Lò",
    ),
    (
        "Dự có các đồng chí: Phan Đức Đồng - Bí thư Đảng ủy, Chủ tịch HĐND Phường Si Ma Cai; Dương Đình Chỉnh - Chủ tịch HĐND xã A Lưới.",
        "Phan Đức Đồng: Bí thư Đảng ủy; Chủ tịch Hội đồng nhân dân phường Si Ma Cai || Dương Đình Chỉnh: Chủ tịch Hội đồng nhân dân xã A Lưới",
    ),
    # a short name after a Party committee is a person's (committees are named by places the gazetteer knows), and so
    # is one after a place the gazetteer knows; a family name with a middle name opens a name, though a place bears it
    (
        "Tham dự có Phó Chủ tịch UBND tỉnh Ksor H'Bơ; Phó trưởng ban Tuyên giáo Tỉnh ủy Điểu K'Ré cùng đại diện các sở.",
        "Ksor H'Bơ: Phó Chủ tịch Ủy ban nhân dân tỉnh || Điểu K'Ré: Phó trưởng ban Tuyên giáo Tỉnh ủy",
    ),
    ("Bí thư Tỉnh ủy Đắk Lắk Ksor Bơ phát biểu.", "Ksor Bơ: Bí thư Tỉnh ủy Đắk Lắk"),
    ("Phó Bí thư Thường trực Tỉnh ủy Hồ Thị Hoàng Yến phát biểu.", "Hồ Thị Hoàng Yến: Phó Bí thư Thường trực Tỉnh ủy"),
    # a province whose name holds a dash ends the title where its name ends
    (
        "Bà Nhữ Thị Hồng Liên, Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu đã ký quy chế phối hợp giữa HĐND, UBND tỉnh với Kiểm toán Nhà nước.",
        "Nhữ Thị Hồng Liên: Phó Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
    ),
    (
        "Dự có ông Nguyễn Văn Hải, Giám đốc Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu và bà Trần Thị Lan, Chủ tịch Hội Nông dân tỉnh Thừa Thiên - Huế.",
        "Nguyễn Văn Hải: Giám đốc Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu || Trần Thị Lan: Chủ tịch Hội Nông dân tỉnh Thừa Thiên - Huế",
    ),
]


def _expected(spec: str) -> list[tuple[str, tuple[str, ...]]]:
    people = []
    for item in spec.split(" || "):
        name, _, titles = item.partition(":")
        people.append((name.strip(), tuple(t.strip() for t in titles.split(";") if t.strip())))
    return sorted(people)


@pytest.mark.parametrize(("sentence", "expected"), PERSONS)
def test_each_person_gets_the_titles_the_page_gives(sentence, expected):
    text = f"Tin\n\nNgày 8/11, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp. {sentence}"
    facts = extract_article(Article("t", text, published="2024-11-09", province="Gia Lai"))
    assert sorted((p.name, tuple(p.positions)) for p in facts.persons) == _expected(expected)


# Titles right before names, plural titles and quotations (round s6): a family name before a province's name is a
# person's name after a title; a count or "các" before a bare title addresses the names after it together; a long
# quotation does not leave its closing mark to pair with the next opening one.
ROUND_S6 = [
    ("Bộ trưởng Lê Thanh Hóa phát biểu chỉ đạo.", [("Lê Thanh Hóa", ["Bộ trưởng"])]),
    ("Phó Thủ tướng Thường trực Đỗ Quảng Nam dự.", [("Đỗ Quảng Nam", ["Phó Thủ tướng Thường trực"])]),
    ("Hoa hậu Trần Ngọc Hân chụp ảnh cùng các em học sinh.", [("Trần Ngọc Hân", ["Hoa hậu"])]),
    # "Đoàn" after "Trung ương" ends the Youth Union's name; TGĐ
    ("Bí thư Trung ương Đoàn Nguyễn Văn Hùng phát biểu.", [("Nguyễn Văn Hùng", ["Bí thư Trung ương Đoàn"])]),
    ("Bí thư Đoàn Phòng PC67 Trần Nguyên Bảo phát biểu.", [("Trần Nguyên Bảo", ["Bí thư Đoàn Phòng PC67"])]),
    (
        "Chủ tịch HĐQT Công ty CP Cảng Sóng Thần Vũ Thị Lan dự.",
        [("Vũ Thị Lan", ["Chủ tịch Hội đồng quản trị Công ty cổ phần Cảng Sóng Thần"])],
    ),
    # a place whose first syllable is a family name ends the title; the name follows in the same run
    (
        "Bí thư Huyện ủy Thạch Thành Đỗ Minh Quý phát biểu.",
        [("Đỗ Minh Quý", ["Bí thư Huyện ủy Thạch Thành"])],
    ),
    (
        "Dự có ông Trần Minh Tú, TGĐ Đài Truyền hình Việt Nam.",
        [("Trần Minh Tú", ["Tổng Giám đốc Đài Truyền hình Việt Nam"])],
    ),
    # an organisation's own name after its noun is no person's ("Bệnh viện Bạch Mai": "Bạch" is a family name too)
    (
        "Ông Lê Văn Hải, Giám đốc Bệnh viện Bạch Mai (Hà Nội), khám từ thiện cho người dân.",
        [("Lê Văn Hải", ["Giám đốc Bệnh viện Bạch Mai"])],
    ),
    (
        "Hiệu trưởng Trường Đại học Nông Lâm TP. HCM Trần Minh Tú phát biểu.",
        [("Trần Minh Tú", ["Hiệu trưởng Trường Đại học Nông Lâm Thành phố Hồ Chí Minh"])],
    ),
    ("Chương trình có sự tham dự của người đẹp Lê Thu Trang.", [("Lê Thu Trang", [])]),
    (
        "Về phía Đài có các Phó Tổng Giám đốc: Lê Văn Hải, Trần Minh Tú, Nguyễn Xuân Hòa.",
        [(n, ["Phó Tổng Giám đốc"]) for n in ("Lê Văn Hải", "Trần Minh Tú", "Nguyễn Xuân Hòa")],
    ),
    (
        "Hai thứ trưởng Lê Văn Hải và Trần Minh Tú thực hiện lễ ký.",
        [(n, ["thứ trưởng"]) for n in ("Lê Văn Hải", "Trần Minh Tú")],
    ),
    (
        'Ông Lê Văn Hải nói: "'
        + "Hai bên sẽ phối hợp chặt chẽ trong tuyên truyền, " * 6
        + 'hiệu quả". Cũng tại lễ ký kết, '
        'Giám đốc Sở Tư pháp Trần Minh Tú cho biết: "Sở sẵn sàng phối hợp".',
        [("Lê Văn Hải", []), ("Trần Minh Tú", ["Giám đốc Sở Tư pháp"])],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND_S6)
def test_titles_before_names_plural_titles_and_quotations(sentence, expected):
    facts = extract_article(Article("t", "Tin\n\n" + sentence, published="2024-03-13", province="Gia Lai"))
    assert [(p.name, p.positions) for p in facts.persons] == expected
