"""Round s32's second helpers' pages (made-up texts in the image of their pages): ministries by short forms ("Bộ
QP", "Bộ Tư lệnh CSB"), a border post by its initials ("ĐBP"), a regional command's seat kept on its line, a gift
counted in "bộ", an elder's name of two syllables, a credit's label before a byline with its outlet."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Gia Lai", published="2023-12-20"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Chiều 17-7, Bộ QP và Bộ CA đã ký kết Quy chế phối hợp số 96/QC-BQP-BCA.", ("Bộ Công an", "Bộ Quốc phòng")),
        (
            "Ngày 14.4, Bộ Tư lệnh CSB và Trung ương Hội CCB Việt Nam ký kết Chương trình phối hợp giai đoạn 2023 - "
            "2028.",
            ("Bộ Tư lệnh Cảnh sát biển", "Trung ương Hội Cựu chiến binh Việt Nam"),
        ),
        (
            "Ngày 23/10, ĐBP Sà Phìn và UBND xã Sà Phìn ký kết quy chế phối hợp.",
            ("Đồn Biên phòng Sà Phìn", "Ủy ban nhân dân xã Sà Phìn"),
        ),
        (
            "Đồn Biên phòng Ia Dom ký kết quy chế phối hợp với Ban Chỉ huy Phòng thủ khu vực 4 - Chư Prông\nQuốc "
            "phòng - An ninh\nNgày 3/3, hai đơn vị ký kết quy chế.",
            ("Ban Chỉ huy Phòng thủ khu vực 4 - Chư Prông", "Đồn Biên phòng Ia Dom"),
        ),
    ],
)
def test_bodies_by_their_short_forms_sign(text, parties):
    assert party_sets(_facts(text, province=None if "Bộ" in text[:30] else "Gia Lai")) == [parties]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Dịp này, Đồn Biên phòng Ia Dom tặng Chi đoàn làng Mook Trang 1 bộ loa kéo.",
            ["Chi đoàn làng Mook Trang", "Đồn Biên phòng Ia Dom"],
        ),
        # control: the ministry after a formation's number is its parent, no counted thing
        ("Lữ đoàn 144 Bộ Tổng Tham mưu phối hợp với các đơn vị.", ["Bộ Tổng Tham mưu", "Lữ đoàn 144"]),
        (
            "Sáng 13/3, Công an xã Vũ Lạc tổ chức ra quân tuần tra.\nTin: Hồng Nhung - Đài Truyền thanh xã Vũ Lạc",
            ["Công an xã Vũ Lạc"],
        ),
    ],
)
def test_counted_things_and_credits_name_no_body(text, names):
    assert agency_names(_facts(text)) == sorted(names)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dự lễ có già làng A Nhiên cùng bà con dân làng.", {"A Nhiên": []}),
        ("Chứng kiến có già làng Ksor Ngơm và người dân làng Pa Pết.", {"Ksor Ngơm": []}),
        ("Đại tướng Phạm Văn Nghị, Bộ trưởng Bộ QP dự lễ ký.", {"Phạm Văn Nghị": ["Bộ trưởng Bộ Quốc phòng"]}),
        # control: a village head's title names the village
        ("Trưởng thôn Nà Hang tổ chức họp dân.", {}),
    ],
)
def test_an_elder_s_name_of_two_syllables_and_a_minister_s_short_form(text, expected):
    assert positions_by_name(_facts(text)) == expected


@pytest.mark.parametrize("text", ["Hội nghị biểu dương già làng Tây Nguyên tiêu biểu.", "Tặng quà già làng Kon Tum."])
def test_the_elders_of_a_place_are_no_person(text):
    assert positions_by_name(_facts(text)) == {}
