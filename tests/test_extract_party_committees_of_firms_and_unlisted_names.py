"""Classes of error found in round s28 by setting firms, faiths, the Party committees of firms and schools, the titles
of communes after 2025 and the names of the minorities into the sentences of a signing and of an attendance (the
texts here are made up in their image): a partner that is a firm named by a one-word brand, or a church, lost the
signing of the body named with it; the Party committee of a firm, a hospital or a university was no body; an
addressed name whose family name is not in the list, with its title after it, was no person; the heads of grassroots
cells had no title; a title's department in lower case ("Trưởng phòng Kinh tế - Hạ tầng và Đô thị") was cut at its
dash."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, party_sets, positions_by_name


def _facts(text, published="2025-03-06", province="Quảng Trị"):
    return extract(text, published, province)


# --- the Party committee of a firm, a hospital or a school is a Party organ ---


@pytest.mark.parametrize(
    "committee",
    [
        "Đảng ủy Tập đoàn Điện lực Việt Nam",
        "Đảng ủy Công ty Điện lực Quảng Trị",
        "Đảng ủy Tổng công ty Tân Cảng Sài Gòn",
        "Đảng ủy Tổng công ty Công nghiệp Xi măng Việt Nam",
        "Đảng ủy Công ty TNHH MTV Cao su Quảng Trị",
        "Đảng ủy Bệnh viện Đa khoa tỉnh",
        "Đảng ủy Trường Đại học Quảng Bình",
        "Đảng ủy Đại học Ngoại thương",
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        "Sáng 5/3, Công an tỉnh ký kết quy chế phối hợp với {X} giai đoạn 2025-2030.",
        "Sáng 5/3, Công an tỉnh và {X} ký kết quy chế phối hợp.",
    ],
)
def test_the_party_committee_of_a_firm_or_a_school_signs_as_a_party_organ(committee, frame):
    facts = _facts("Tin\n\n" + frame.replace("{X}", committee))
    assert party_sets(facts) == [tuple(sorted(("Công an tỉnh", committee)))]
    assert (committee, "party") in named_sectors(facts)


def test_a_firms_bare_party_committee_is_no_body():
    facts = _facts("Tin\n\nĐảng ủy Công ty đã triển khai nghị quyết. Công an tỉnh tham dự.")
    assert agency_names(facts) == ["Công an tỉnh"]


# --- a partner that is no body: a firm named by a one-word brand, a church, a faith's board ---


@pytest.mark.parametrize(
    "partner",
    [
        "Viettel Quảng Trị",
        "Agribank Quảng Trị",
        "Vietcombank chi nhánh Quảng Trị",
        "Vinaphone Quảng Trị",
        "Hội thánh Tin lành Việt Nam (miền Nam)",
        "Giáo xứ Tri Bưu",
        "Tòa Giám mục Giáo phận Huế",
        "Ban Đại diện Cao Đài tỉnh",
        "Hội đồng Trị sự Giáo hội Phật giáo Hòa Hảo",
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        "Sáng 5/3, Công an tỉnh ký kết quy chế phối hợp với {X} giai đoạn 2025-2030.",
        "Sáng 5/3, Công an tỉnh và {X} ký kết quy chế phối hợp.",
    ],
)
def test_a_signing_with_a_brand_or_a_faith_keeps_its_named_party(partner, frame):
    facts = _facts("Tin\n\n" + frame.replace("{X}", partner))
    assert party_sets(facts) == [("Công an tỉnh",)]
    assert agency_names(facts) == ["Công an tỉnh"]


@pytest.mark.parametrize("district", ["Ea Kar", "Krông Buk", "Cư M'gar"])
def test_a_highland_place_with_an_ending_no_syllable_has_is_no_brand(district):
    # (short words of the minorities' languages end so: the brand test takes such a word of five letters or more)
    facts = _facts(
        f"Tin\n\nSáng 5/3, Công an huyện {district} ký kết quy chế phối hợp với Hội Nông dân huyện {district}.",
        province="Đắk Lắk",
    )
    assert party_sets(facts) == [(f"Công an huyện {district}", f"Hội Nông dân huyện {district}")]


def test_the_buddhist_sangha_stays_a_body_and_hoa_hao_is_not_it():
    facts = _facts(
        "Tin\n\nSáng 5/3, Ủy ban MTTQ Việt Nam tỉnh ký kết chương trình phối hợp với Ban Trị sự Giáo hội Phật giáo "
        "Việt Nam tỉnh. Dự có đại diện Hội đồng Trị sự Giáo hội Phật giáo Hòa Hảo."
    )
    assert party_sets(facts) == [
        ("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
    ]
    assert "Giáo hội Phật giáo" not in agency_names(facts)


# --- an addressed name whose family name is not in the list, with its title after it ---

_ATTENDANCE = "Sáng 5/3, Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp. Tham dự có {X}."


@pytest.mark.parametrize(
    "printed, name, position",
    [
        ("bà Pả Kê, Chủ tịch Hội LHPN xã A Dơi", "Pả Kê", "Chủ tịch Hội Liên hiệp Phụ nữ xã A Dơi"),
        ("ông Kray Sứ, Chủ tịch UBND xã Ea Kar", "Kray Sứ", "Chủ tịch Ủy ban nhân dân xã Ea Kar"),
        (
            "đồng chí Tất Thành Cang, Phó Bí thư Thường trực Thành ủy",
            "Tất Thành Cang",
            "Phó Bí thư Thường trực Thành ủy",
        ),
        ("ông Vĩnh Thông, Giám đốc Sở Tài chính", "Vĩnh Thông", "Giám đốc Sở Tài chính"),
    ],
)
def test_an_addressed_name_with_a_title_after_it_is_a_person(printed, name, position):
    facts = _facts("Tin\n\n" + _ATTENDANCE.replace("{X}", printed))
    assert positions_by_name(facts).get(name) == [position]


@pytest.mark.parametrize(
    "printed",
    [
        "đồng chí Phó Chủ tịch, Trưởng ban Dân vận",
        "ông Trưởng Ban, Chủ tịch Hội",
        "đồng chí UBND Tỉnh, Chủ tịch",
    ],
)
def test_a_title_or_a_short_form_after_an_address_is_no_name(printed):
    facts = _facts("Tin\n\n" + _ATTENDANCE.replace("{X}", printed))
    assert positions_by_name(facts) == {}


# --- the heads of grassroots cells, groups and posts ---


@pytest.mark.parametrize(
    "printed, name, position",
    [
        ("bà Pả Kê, Chi hội trưởng Chi hội Phụ nữ thôn Ra Ly", "Pả Kê", "Chi hội trưởng Chi hội Phụ nữ thôn Ra Ly"),
        ("ông Nguyễn Văn An, Tổ trưởng tổ dân phố 5", "Nguyễn Văn An", "Tổ trưởng tổ dân phố 5"),
        (
            "Thiếu tá Lê Văn Bình, Trạm trưởng Trạm Kiểm soát Biên phòng Cửa Việt",
            "Lê Văn Bình",
            "Trạm trưởng Trạm Kiểm soát Biên phòng Cửa Việt",
        ),
    ],
)
def test_the_head_of_a_grassroots_cell_holds_a_title(printed, name, position):
    facts = _facts("Tin\n\n" + _ATTENDANCE.replace("{X}", printed))
    assert positions_by_name(facts).get(name) == [position]


# --- a title's department printed in lower case, with a dash in its name ---


@pytest.mark.parametrize(
    "title, position",
    [
        (
            "Phó Trưởng phòng Kinh tế - Hạ tầng và Đô thị phường Đông Hà",
            "Phó Trưởng phòng Kinh tế - Hạ tầng và Đô thị phường Đông Hà",
        ),
        ("Trưởng phòng Văn hóa - Xã hội xã Hướng Hóa", "Trưởng phòng Văn hóa - Xã hội xã Hướng Hóa"),
        (
            "Trưởng phòng Văn hóa - Xã hội UBND xã Hướng Hóa",
            "Trưởng phòng Văn hóa - Xã hội Ủy ban nhân dân xã Hướng Hóa",
        ),
        ("Trưởng phòng Tài chính - Kế hoạch huyện Gio Linh", "Trưởng phòng Tài chính - Kế hoạch huyện Gio Linh"),
    ],
)
def test_a_lower_case_department_in_a_title_runs_over_its_dash(title, position):
    facts = _facts("Tin\n\n" + _ATTENDANCE.replace("{X}", f"đồng chí Ngô Thị Mai, {title}"))
    assert positions_by_name(facts).get("Ngô Thị Mai") == [position]


def test_a_department_title_keeps_its_name_without_a_dash():
    facts = _facts("Tin\n\n" + _ATTENDANCE.replace("{X}", "đồng chí Võ Hồng Vân, Trưởng phòng Chính trị tư tưởng"))
    assert positions_by_name(facts).get("Võ Hồng Vân") == ["Trưởng phòng Chính trị tư tưởng"]


# --- a province's department beside a provincial city's committee; boards of a level ---


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Sáng 5/3, Sở Tư pháp và UBND thành phố Hà Tĩnh ký kết quy chế phối hợp.",
            ["Sở Tư pháp", "Ủy ban nhân dân thành phố Hà Tĩnh"],
        ),
        (
            "Sáng 5/3, Sở Tư pháp và UBND thành phố Cần Thơ ký kết quy chế phối hợp.",
            ["Sở Tư pháp thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"],
        ),
    ],
)
def test_a_provincial_department_takes_the_place_of_a_city_only_when_it_is_a_province(text, names):
    assert agency_names(_facts("Tin\n\n" + text, province="Hà Tĩnh")) == sorted(names)


@pytest.mark.parametrize(
    "body",
    [
        "Ban Tiếp công dân tỉnh",
        "Hội đồng Thi đua - Khen thưởng tỉnh",
        "Ủy ban Bầu cử tỉnh",
        "Ban Vận động cứu trợ Trung ương",
    ],
)
def test_boards_and_councils_of_a_level_are_bodies(body):
    facts = _facts(f"Tin\n\nSáng 5/3, {body} và Hội Nông dân tỉnh ký kết chương trình phối hợp.")
    assert party_sets(facts) == [tuple(sorted((body, "Hội Nông dân tỉnh")))]


def test_a_service_unit_and_a_bare_council_are_no_bodies():
    facts = _facts(
        "Tin\n\nSáng 5/3, Văn phòng Đăng ký đất đai tỉnh và Công an tỉnh ký kết quy chế phối hợp. Dự có thường trực "
        "Hội đồng thi đua khen thưởng."
    )
    assert agency_names(facts) == ["Công an tỉnh"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên phối hợp kiến nghị với QH, Ủy ban thường vụ QH, Chính phủ các vấn đề về dân tộc.",
        "Hội nghị kiến nghị Bộ Công an, Chính phủ sớm sửa đổi quy định.",
    ],
)
def test_the_bodies_a_recommendation_is_addressed_to_are_no_actors(sentence):
    facts = _facts(f"Tin\n\n{sentence} Sáng 5/3, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp.")
    assert agency_names(facts) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


def test_a_body_recommended_to_and_acting_elsewhere_stays():
    facts = _facts(
        "Tin\n\nCử tri kiến nghị Bộ Công an xem xét. Sáng 5/3, Bộ Công an và Hội Nông dân Việt Nam ký kết chương trình "
        "phối hợp."
    )
    assert agency_names(facts) == ["Bộ Công an", "Hội Nông dân Việt Nam"]
