"""Round s31's border-gate and 2016-2020 pages (made-up texts in their image): quarantine stations, gate zones' boards
and posts named after a station or a port, short forms of customs and quarantine, fields joined by a dash, and bodies
named only as the Party organisation they hold ("Đảng bộ Công an tỉnh")."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Lạng Sơn"):
    return extract(f"Tin\n\n{text}", "2021-08-20", province)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Sáng 10/4, Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị ký kết quy chế phối hợp với Trạm Kiểm dịch thực vật "
            "Hữu Nghị.",
            ("Trạm Kiểm dịch thực vật Hữu Nghị", "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị"),
        ),
        (
            "Chiều 1-8, Đồn Biên phòng Tịnh Biên, Trạm Kiểm dịch thực vật Tịnh Biên và Công an thị xã Tịnh Biên ký kết "
            "quy chế phối hợp.",
            ("Công an thị xã Tịnh Biên", "Trạm Kiểm dịch thực vật Tịnh Biên", "Đồn Biên phòng Tịnh Biên"),
        ),
        (
            "Ngày 13/7, Đồn Biên phòng Nậm Cắn ký kết quy chế phối hợp với Trạm Kiểm dịch y tế quốc tế Nậm Cắn.",
            ("Trạm Kiểm dịch y tế quốc tế Nậm Cắn", "Đồn Biên phòng Nậm Cắn"),
        ),
        (
            "Sáng 8/6, Đồn Biên phòng Tà Lùng và Trạm KDTV Tà Lùng ký kết quy chế phối hợp.",
            ("Trạm Kiểm dịch thực vật Tà Lùng", "Đồn Biên phòng Tà Lùng"),
        ),
        (
            "Sáng 8/6, Đồn BP Tà Lùng và Chi cục HQCK Tà Lùng ký kết quy chế phối hợp.",
            ("Chi cục Hải quan cửa khẩu Tà Lùng", "Đồn Biên phòng Tà Lùng"),
        ),
        (
            "Sáng 10/4, Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn và Đồn Biên phòng Hữu Nghị ký kết quy "
            "chế phối hợp.",
            ("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Đồn Biên phòng Hữu Nghị"),
        ),
        (
            "Chiều 3/8, Ban Quản lý Khu Kinh tế - Thương mại đặc biệt Lao Bảo và Đồn Biên phòng Lao Bảo đã ký kết quy "
            "chế phối hợp.",
            ("Ban Quản lý Khu Kinh tế - Thương mại đặc biệt Lao Bảo", "Đồn Biên phòng Lao Bảo"),
        ),
        (
            "Sáng 8/6, BQL KKT cửa khẩu tỉnh và Chi cục Hải quan cửa khẩu Tà Lùng ký kết quy chế phối hợp.",
            ("Ban Quản lý Khu kinh tế cửa khẩu tỉnh", "Chi cục Hải quan cửa khẩu Tà Lùng"),
        ),
        (
            "Chiều 26/2, Đồn Biên phòng CKQT Ga đường sắt Lào Cai và Chi cục Hải quan khu vực VIII ký giao ước thi "
            "đua.",
            ("Chi cục Hải quan khu vực VIII", "Đồn Biên phòng cửa khẩu quốc tế Ga đường sắt Lào Cai"),
        ),
        (
            "Sáng 5/6, Trạm Kiểm soát Biên phòng Cửa khẩu cảng Cái Lân ký kết quy chế phối hợp với Chi cục Hải quan "
            "cửa khẩu cảng Cái Lân.",
            ("Chi cục Hải quan cửa khẩu cảng Cái Lân", "Trạm Kiểm soát Biên phòng Cửa khẩu cảng Cái Lân"),
        ),
        (
            "Vụ Dân sự - Kinh tế (Bộ Tư pháp) ký kết quy chế phối hợp với Vụ Pháp chế.",
            ("Vụ Dân sự - Kinh tế", "Vụ Pháp chế"),
        ),
    ],
)
def test_the_agencies_of_a_border_gate_sign(text, parties):
    assert party_sets(_facts(text)) == [parties]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Ngày 18/6, Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ XXVIII.", []),
        ("Ngày 10-6, Đảng bộ Quân sự tỉnh An Giang tổ chức Đại hội đại biểu lần thứ XII.", []),
        ("Ngày 10-6, Đảng bộ Bộ đội Biên phòng tỉnh tổ chức Đại hội đại biểu lần thứ XIII.", []),
        ("Đại hội bầu Ban Chấp hành Đảng bộ Công an tỉnh khóa mới gồm 15 đồng chí.", []),
        # (the body itself, named apart, stays)
        (
            "Ngày 18/6, Đảng bộ Công an tỉnh tổ chức Đại hội. Dự có đại diện Bộ Công an.",
            ["Bộ Công an"],
        ),
    ],
)
def test_a_body_named_as_the_party_organisation_it_holds_is_no_agency(text, names):
    assert agency_names(_facts(text, "Vĩnh Long")) == names


def test_an_outlet_s_dateline_and_a_reprint_notice_are_furniture():
    facts = extract(
        "Các lực lượng tại cửa khẩu ký giao ước thi đua\nBáo Lào Cai | Thứ Sáu, 27/2/2026 - 16:45\nChiều 26/2, Công an "
        "tỉnh và Bộ Chỉ huy BĐBP tỉnh ký kết quy chế phối hợp.\nGhi rõ nguồn “Báo Điện Biên Phủ” khi phát hành lại "
        "thông tin từ website này.",
        "2026-02-27",
        "Lào Cai",
    )
    assert agency_names(facts) == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"]


@pytest.mark.parametrize(
    "text, name, position",
    [
        ("Dự lễ có ông Lý Chí Cường, Phó Châu trưởng châu Văn Sơn.", "Lý Chí Cường", "Phó Châu trưởng châu Văn Sơn"),
        (
            "Đồng chí Khamphan Phommathat, Tỉnh trưởng tỉnh Luông Pha Bang phát biểu tại hội đàm.",
            "Khamphan Phommathat",
            "Tỉnh trưởng tỉnh Luông Pha Bang",
        ),
        ("Dự có ông Kim Sa-rươn, Phó Tỉnh trưởng tỉnh Kampot.", "Kim Sa-rươn", "Phó Tỉnh trưởng tỉnh Kampot"),
    ],
)
def test_the_posts_of_neighbouring_provinces_are_titles(text, name, position):
    facts = _facts(text, "Điện Biên")
    assert {p.name: list(p.positions) for p in facts.persons} == {name: [position]}
