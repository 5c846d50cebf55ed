"""Legal bodies as a helper's made-up pages of round s29 print them (the texts here are made up in their image): the
military procuracy and court by their initials ("VKSQS Quân khu 4", "TAQS Quân khu 4") and the army's criminal
investigation agency of an area were read as the military region signing; the units of listed departments ("Thanh
tra các sở: Xây dựng, Y tế") as the departments."""

import pytest
from _signing_helpers import extract, party_sets, positions_by_name


def _facts(text, province="Hà Tĩnh"):
    return extract(f"Tin\n\n{text}", "2021-12-30", province)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 5/6, VKSQS Quân khu 4 ký kết quy chế phối hợp với VKSND tỉnh Hà Tĩnh.",
            ("Viện Kiểm sát nhân dân tỉnh Hà Tĩnh", "Viện Kiểm sát quân sự Quân khu 4"),
        ),
        (
            "Ngày 5/6, TAQS Quân khu 4 ký kết quy chế phối hợp với TAND tỉnh Hà Tĩnh.",
            ("Tòa án nhân dân tỉnh Hà Tĩnh", "Tòa án quân sự Quân khu 4"),
        ),
        (
            "Ngày 3/3, Cơ quan Điều tra hình sự khu vực 1 Quân khu 4 và Viện Kiểm sát quân sự khu vực 41 ký kết "
            "quy chế "
            "phối hợp.",
            ("Cơ quan Điều tra hình sự khu vực 1 Quân khu 4", "Viện Kiểm sát quân sự khu vực 41"),
        ),
    ],
)
def test_the_military_justice_bodies_sign_not_their_region(text, parties):
    assert party_sets(_facts(text)) == [parties]


def test_a_military_court_s_initials_are_spelled_out_in_a_post():
    positions = positions_by_name(_facts("Dự có Đại tá Trương Công Danh, Chánh án TAQS Quân khu 4."))
    assert positions == {"Trương Công Danh": ["Chánh án Tòa án quân sự Quân khu 4"]}


@pytest.mark.parametrize("unit", ["Thanh tra", "Văn phòng"])
def test_a_unit_of_listed_departments_is_each_department_s_unit(unit):
    facts = _facts(f"Ngày 7/3, Thanh tra tỉnh ký kết quy chế phối hợp với {unit} các sở: Xây dựng, Y tế.", "Tiền Giang")
    assert party_sets(facts) == sorted(
        tuple(sorted(("Thanh tra tỉnh", f"{unit} Sở {name}"))) for name in ("Xây dựng", "Y tế")
    )


def test_listed_departments_alone_are_the_departments():
    facts = _facts("Ngày 7/3, Thanh tra tỉnh ký kết quy chế phối hợp với các sở: Xây dựng, Y tế.", "Tiền Giang")
    assert party_sets(facts) == [("Sở Xây dựng", "Thanh tra tỉnh"), ("Sở Y tế", "Thanh tra tỉnh")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Quy chế thực hiện Luật Hòa giải, đối thoại tại Tòa án số 58/2020/QH14.", "luật"),
        ("Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 ngày 27/11/2015.", "luật"),
        ("Căn cứ Nghị quyết của Quốc hội số 30/2021/QH15.", "nghị quyết"),
    ],
)
def test_a_law_or_resolution_of_the_national_assembly_named_before_its_symbol(text, kind):
    assert [d.kind for d in _facts(text).documents] == [kind]


def test_the_head_of_the_government_inspectorate_is_a_post():
    positions = positions_by_name(
        _facts(
            "Dự có ông Lưu Quang Định, Tổng Thanh tra Chính phủ và bà Trần Thị Thu Hà, Phó Tổng Thanh tra Chính phủ."
        )
    )
    assert positions == {
        "Lưu Quang Định": ["Tổng Thanh tra Chính phủ"],
        "Trần Thị Thu Hà": ["Phó Tổng Thanh tra Chính phủ"],
    }


@pytest.mark.parametrize("command", ["Ban CHPTKV 3 - Yên Thành", "BCHPTKV 3 - Yên Thành"])
def test_an_area_defence_command_by_its_initials_is_military(command):
    facts = _facts(f"Ngày 4/9, {command} ký kết nghĩa với Đảng ủy xã Quang Đồng.", "Nghệ An")
    assert ("Ban Chỉ huy Phòng thủ khu vực 3 - Yên Thành", "military") in {(a.name, a.sector) for a in facts.agencies}


@pytest.mark.parametrize(
    "sentence",
    ["Đồn Biên phòng Pù Mát tuần tra trong Vườn quốc gia Pù Mát.", "Khu vực Vườn quốc gia Cát Bà là vùng lõi."],
)
def test_a_national_park_named_as_a_place_is_no_agency(sentence):
    assert not any("Vườn quốc gia" in a.name for a in _facts(sentence, "Nghệ An").agencies)


def test_a_national_park_that_signs_is_an_agency():
    facts = _facts("Ngày 3/3, Vườn quốc gia Bạch Mã ký kết quy chế phối hợp với Công an huyện Phú Lộc.", "Huế")
    assert party_sets(facts) == [("Công an huyện Phú Lộc", "Vườn quốc gia Bạch Mã")]


def test_a_listed_document_of_another_kind_keeps_none_of_the_next_one_s_details():
    facts = _facts(
        "Quy chế căn cứ Nghị định số 62/2015/NĐ-CP và Thông tư số 01/2016/TT-BTP ngày 1/2/2016 của Bộ Tư pháp.",
        "Bình Dương",
    )
    details = {d.symbol: (d.issued, d.parties) for d in facts.documents}
    assert details["62/2015/NĐ-CP"] == (None, [])
    assert details["01/2016/TT-BTP"] == ("2016-02-01", ["Bộ Tư pháp"])


def test_listed_documents_of_one_kind_share_the_details_printed_after_them():
    facts = _facts("Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.")
    assert {d.symbol: d.issued for d in facts.documents} == {"217-QĐ/TW": "2013-12-12", "218-QĐ/TW": "2013-12-12"}
