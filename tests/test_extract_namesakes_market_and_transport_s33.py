"""Bodies and posts of round s33's second batch of helpers (Party schools, anti-smuggling and market surveillance,
transport), as made-up sentences: a Party school named after a leader in its head's post, the steering committee 389
of another city beside a post naming the province's, the office of a numbered steering committee, the market
surveillance's branches by their initials, a customs department listed before a command, a police department of a
city printed "TP.HCM", an inspecting delegation's head, port authorities, the national traffic safety committee by its
initials, a traffic police team named across a dash, the verbs after a post, an outlet's masthead with its tagline."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, party_sets, positions_by_name


def _facts(text, province="Quảng Trị", published="2022-08-09"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Dự lễ có đồng chí Trần Quốc Khánh, Hiệu trưởng Trường Chính trị Lê Duẩn.",
            "Trần Quốc Khánh",
            "Hiệu trưởng Trường Chính trị Lê Duẩn",
        ),
        (
            "Tiến sĩ Phạm Minh Đức, Phó Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ khẳng định kết quả.",
            "Phạm Minh Đức",
            "Phó Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ",
        ),
        (
            "Đồng chí Lương Thị Cúc, Giám đốc Trung tâm Chính trị Võ Văn Kiệt dự.",
            "Lương Thị Cúc",
            "Giám đốc Trung tâm Chính trị Võ Văn Kiệt",
        ),
        (
            "Hiệu trưởng Trường Chính trị Trần Phú Nguyễn Thị Hoài đề nghị các đơn vị phối hợp.",
            "Nguyễn Thị Hoài",
            "Hiệu trưởng Trường Chính trị Trần Phú",
        ),
        (
            "Hiệu trưởng Trường Chính trị tỉnh Nguyễn Văn An phát biểu.",
            "Nguyễn Văn An",
            "Hiệu trưởng Trường Chính trị tỉnh",
        ),
    ],
)
def test_a_party_school_named_after_a_leader_is_no_person(text, name, post):
    assert positions_by_name(_facts(text)) == {name: [post]}


def test_the_capital_s_party_school_is_a_body():
    facts = _facts(
        "Ban Tổ chức Thành ủy phối hợp với Trường Đào tạo cán bộ Lê Hồng Phong mở lớp bồi dưỡng.", province="Hà Nội"
    )
    assert ("Trường Đào tạo cán bộ Lê Hồng Phong", "party") in named_sectors(facts)


def test_another_city_s_steering_committee_stays_beside_a_post_naming_the_province_s():
    facts = _facts(
        "Ngày 23-8, Ban Chỉ đạo 389 tỉnh Kiên Giang ký kết quy chế phối hợp với Ban Chỉ đạo 389 TP. Cần Thơ. Ông Lê "
        "Văn Hùng, Phó Chủ tịch UBND thành phố, Trưởng BCĐ 389 thành phố phát biểu.",
        province="Kiên Giang",
        published="2018-08-24",
    )
    assert party_sets(facts) == [("Ban Chỉ đạo 389 Thành phố Cần Thơ", "Ban Chỉ đạo 389 tỉnh Kiên Giang")]


@pytest.mark.parametrize(
    "text, name, sector",
    [
        (
            "Dự hội nghị có đại diện Văn phòng Thường trực BCĐ 389 tỉnh.",
            "Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh",
            "state",
        ),
        ("Chi cục QLTT tỉnh Bắc Giang kiểm tra 50 vụ.", "Chi cục Quản lý thị trường tỉnh Bắc Giang", "state"),
        (
            "Lễ ký có đại diện Phòng Cảnh sát kinh tế Công an TP.HCM.",
            "Phòng Cảnh sát kinh tế Công an Thành phố Hồ Chí Minh",
            "police",
        ),
        ("Ngày 3/4, Cảng vụ Đường thủy nội địa Cà Mau tổ chức tuần tra.", "Cảng vụ Đường thủy nội địa Cà Mau", "state"),
        ("Cảng vụ Hàng không miền Nam tổ chức diễn tập.", "Cảng vụ Hàng không miền Nam", "state"),
        (
            "Ngày 3/4, Công an tỉnh, Cảng vụ Đường thủy nội địa và Thanh tra Sở GTVT ký kết quy chế phối hợp.",
            "Cảng vụ Đường thủy nội địa",
            "state",
        ),
        (
            "Đội CSGT - Trật tự Công an huyện đã xử lý 2.312 trường hợp.",
            "Đội Cảnh sát giao thông - Trật tự Công an huyện",
            "police",
        ),
        ("Triển khai văn bản của Ủy ban ATGT Quốc gia, tỉnh ra quân.", "Ủy ban An toàn giao thông Quốc gia", "state"),
    ],
)
def test_bodies_by_the_forms_these_sectors_print(text, name, sector):
    assert (name, sector) in named_sectors(_facts(text))


def test_a_customs_department_listed_before_a_command_is_no_department_of_it():
    facts = _facts(
        "Chiều 2/7, Tổng cục Hải quan, Bộ Tư lệnh BĐBP và Tổng cục Quản lý thị trường đã ký kết quy chế phối hợp.",
        province=None,
        published="2020-07-03",
    )
    assert ("Tổng cục Hải quan", "state") in named_sectors(facts)
    assert party_sets(facts) == [("Bộ Tư lệnh Bộ đội Biên phòng", "Tổng cục Hải quan", "Tổng cục Quản lý thị trường")]


def test_a_ministry_s_department_named_with_it_takes_its_sector():
    facts = _facts("Dự có đại diện Cục Cảnh sát giao thông, Bộ Công an.", province=None)
    assert ("Cục Cảnh sát giao thông", "police") in named_sectors(facts)


@pytest.mark.parametrize(
    "text, name, posts",
    [
        (
            "Ông Vũ Đình Quang, Phó Cục trưởng Cục QLTT thành phố, Trưởng đoàn kiểm tra cho biết đã xử phạt 9 cơ sở.",
            "Vũ Đình Quang",
            ["Phó Cục trưởng Cục Quản lý thị trường thành phố", "Trưởng đoàn kiểm tra"],
        ),
        (
            "Ông Huỳnh Văn Đời, Giám đốc Sở GTVT và Đại tá Tô Minh Trí, Phó Giám đốc Công an tỉnh thực hiện ký kết.",
            "Tô Minh Trí",
            ["Phó Giám đốc Công an tỉnh"],
        ),
        ("Ông Lê Văn Hòa, Bí thư Tỉnh đoàn đại diện ký kết.", "Lê Văn Hòa", ["Bí thư Tỉnh đoàn"]),
        (
            "Ông Lê Văn Bình, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ tỉnh dự.",
            "Lê Văn Bình",
            ["Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ tỉnh"],
        ),
    ],
)
def test_a_post_ends_before_the_act_and_keeps_its_task(text, name, posts):
    assert positions_by_name(_facts(text))[name] == posts


def test_an_outlet_s_masthead_with_its_tagline_names_no_body():
    facts = extract(
        "Hà Giang tổng kết Năm An toàn giao thông\n\nBÁO HÀ GIANG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN "
        "DÂN TỈNH HÀ GIANG\n\nNgày 19/12, Ban An toàn giao thông tỉnh tổ chức hội nghị tổng kết.",
        "2019-12-20",
        "Hà Giang",
    )
    assert agency_names(facts) == ["Ban An toàn giao thông tỉnh"]


def test_a_bare_body_before_a_committee_s_list_of_places_takes_the_committee_s_level():
    facts = _facts("Đại diện Hội Nông dân, Huyện đoàn các huyện Thọ Xuân, Triệu Sơn dự hội nghị.", province="Thanh Hóa")
    assert {"Hội Nông dân huyện Thọ Xuân", "Hội Nông dân huyện Triệu Sơn"} <= set(agency_names(facts))


def test_a_staff_office_listed_before_a_police_department_is_that_police_s():
    facts = _facts("Dự có đại diện Phòng Tham mưu, Phòng An ninh chính trị nội bộ Công an tỉnh.", province="Sơn La")
    assert ("Phòng Tham mưu Công an tỉnh", "police") in named_sectors(facts)


def test_a_body_named_by_its_local_level_alone_beside_two_placed_ones_is_none_of_its_own():
    facts = _facts(
        "Ngày 17/9, Thuế cơ sở 2 tỉnh Điện Biên ký kết quy chế phối hợp với UBND xã Mường Nhé và UBND xã Nậm Kè. Theo "
        "quy chế, UBND xã cung cấp thông tin.",
        province="Điện Biên",
        published="2025-09-18",
    )
    assert agency_names(facts) == [
        "Thuế cơ sở 2 tỉnh Điện Biên",
        "Ủy ban nhân dân xã Mường Nhé",
        "Ủy ban nhân dân xã Nậm Kè",
    ]


def test_a_body_named_by_its_local_level_alone_beside_one_placed_one_is_that_one():
    facts = _facts(
        "Ngày 17/9, Thuế cơ sở 2 tỉnh Điện Biên ký kết quy chế phối hợp với UBND xã Mường Nhé. Theo quy chế, UBND xã "
        "cung cấp thông tin.",
        province="Điện Biên",
        published="2025-09-18",
    )
    assert agency_names(facts) == ["Thuế cơ sở 2 tỉnh Điện Biên", "Ủy ban nhân dân xã Mường Nhé"]


@pytest.mark.parametrize(
    "text, name, sector",
    [
        ("Dự có Ban Tuyên giáo Tỉnh đoàn.", "Ban Tuyên giáo Tỉnh đoàn", "front"),
        (
            "Dự có Ban Tuyên giáo Trung ương Hội LHPN Việt Nam.",
            "Ban Tuyên giáo Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
            "front",
        ),
        ("Dự có Đảng ủy Hội Nông dân tỉnh.", "Đảng ủy Hội Nông dân tỉnh", "party"),
        ("Dự có Ban Tuyên giáo Tỉnh ủy.", "Ban Tuyên giáo Tỉnh ủy", "party"),
        (
            "Dự có đại diện Bộ Công an và Ban Thanh niên Công an Trung ương Đoàn.",
            "Ban Thanh niên Công an Trung ương Đoàn",
            "front",
        ),
        ("Dự có Ban Thanh niên Công an tỉnh.", "Ban Thanh niên Công an tỉnh", "police"),
    ],
)
def test_a_board_of_a_front_organisation_is_in_the_front(text, name, sector):
    assert (name, sector) in named_sectors(_facts(text))


def test_organisations_of_the_same_level_as_each_body_name_none():
    facts = _facts(
        "Ban CHQS huyện Phù Mỹ, Tuy Phước đã phối hợp với Hội Nông dân, Hội Cựu chiến binh cùng cấp mở 14 lớp tuyên "
        "truyền.",
        province="Bình Định",
    )
    assert agency_names(facts) == ["Ban Chỉ huy Quân sự huyện Phù Mỹ", "Ban Chỉ huy Quân sự huyện Tuy Phước"]


def test_a_semicolon_after_bare_names_ends_the_list_their_shared_title_heads():
    facts = _facts(
        "Dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lê Văn Hòa, Nguyễn Thị Xuân; đồng chí Lò Thị Việt Hà, Bí "
        "thư Tỉnh đoàn.",
        province="Thanh Hóa",
    )
    assert positions_by_name(facts)["Lò Thị Việt Hà"] == ["Bí thư Tỉnh đoàn"]
    assert positions_by_name(facts)["Nguyễn Thị Xuân"] == ["Phó Chủ tịch Hội Nông dân tỉnh"]


def test_items_with_titles_of_their_own_set_apart_by_semicolons_share_the_list_s_title():
    facts = _facts(
        "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Phan Đức Đồng - Bí thư Đảng ủy phường Trường Vinh; Dương "
        "Đình Chỉnh - Bí thư Đảng ủy xã Đông Lộc.",
        province="Nghệ An",
    )
    assert positions_by_name(facts)["Dương Đình Chỉnh"][0] == "Ủy viên Ban Thường vụ Tỉnh ủy"
