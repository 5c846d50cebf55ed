"""Posts given to a person by an election, an appointment or a copula after the name ("NAME được bầu giữ chức T",
"bổ nhiệm NAME làm T", "NAME, T1 được điều động, chỉ định giữ chức T2"), as personnel and congress pages print them
(round s30's helpers; the texts here are made up in their image)."""

import pytest
from _signing_helpers import extract, positions_by_name


def _posts(text, province="Sơn La"):
    return positions_by_name(extract(f"Tin\n\n{text}", "2021-05-04", province))


@pytest.mark.parametrize(
    "text, name, posts",
    [
        (
            "Đồng chí Nguyễn Văn An, Phó Trưởng Ban Tổ chức Tỉnh ủy được điều động, chỉ định giữ chức Bí thư Huyện ủy "
            "Mai Sơn.",
            "Nguyễn Văn An",
            ["Phó Trưởng Ban Tổ chức Tỉnh ủy", "Bí thư Huyện ủy Mai Sơn"],
        ),
        (
            "Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí Trần Thị Cúc làm Chánh Văn phòng Tỉnh ủy.",
            "Trần Thị Cúc",
            ["Chánh Văn phòng Tỉnh ủy"],
        ),
        (
            "Bà Võ Thị Thanh Thủy được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
            "Võ Thị Thanh Thủy",
            ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
        ),
        (
            "Ông Nguyễn Văn Hòa được bầu làm Chủ tịch Hội Cựu chiến binh tỉnh.",
            "Nguyễn Văn Hòa",
            ["Chủ tịch Hội Cựu chiến binh tỉnh"],
        ),
        (
            "Đại hội bầu ông Phạm Văn Quý làm Chủ tịch Hội Cựu chiến binh xã Giao Hải.",
            "Phạm Văn Quý",
            ["Chủ tịch Hội Cựu chiến binh xã Giao Hải"],
        ),
    ],
)
def test_the_post_given_after_the_name_is_the_name_s(text, name, posts):
    assert _posts(text)[name] == posts


def test_the_one_replaced_takes_no_post_nor_the_word_thay():
    posts = _posts(
        "Hội nghị bầu đồng chí Lò Văn Em giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy thay đồng chí Cầm Văn Gia đã "
        "nghỉ hưu."
    )
    assert posts == {"Lò Văn Em": ["Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"], "Cầm Văn Gia": []}


def test_a_post_given_after_a_plural_list_is_every_name_s():
    posts = _posts("Các ông Trương Văn Định, A Lăng Sơn giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    assert posts == {
        n: ["Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"] for n in ("Trương Văn Định", "A Lăng Sơn")
    }


def test_each_of_two_names_keeps_the_post_given_to_it():
    posts = _posts(
        "Bà Lý Thị Phượng giữ chức Phó Chủ tịch Thường trực Ủy ban MTTQ huyện, ông Triệu Văn Sơn giữ chức Phó Chủ "
        "tịch Ủy ban MTTQ huyện."
    )
    assert posts == {
        "Lý Thị Phượng": ["Phó Chủ tịch Thường trực Ủy ban Mặt trận Tổ quốc huyện"],
        "Triệu Văn Sơn": ["Phó Chủ tịch Ủy ban Mặt trận Tổ quốc huyện"],
    }


def test_a_person_named_by_one_syllable_is_no_new_person_and_a_lower_case_word_no_post():
    posts = _posts(
        "Ông Nguyễn Văn Đức làm việc tại Sở Nội vụ. Ông Đức được bổ nhiệm giữ chức Giám đốc Sở Nội vụ từ tháng 7. "
        "Bộ trưởng Lê Văn Tân làm tổ trưởng tổ công tác."
    )
    assert "Ông Đức" not in posts and "Đức" not in posts
    assert posts["Lê Văn Tân"] == ["Bộ trưởng"]  # (not "tổ trưởng tổ công tác")


def test_a_post_held_is_read_but_a_delegation_s_role_of_the_day_is_none():
    posts = _posts(
        "Trước đó, ông Nguyễn Văn Bốn làm Chánh Văn phòng UBND tỉnh Quảng Trị nghỉ hưu theo chế độ từ ngày 1/8/2019. "
        "Thứ trưởng Nguyễn Văn Sơn làm Trưởng đoàn làm việc với Công an tỉnh.",
        "Quảng Trị",
    )
    assert posts == {
        "Nguyễn Văn Bốn": ["Chánh Văn phòng Ủy ban nhân dân tỉnh Quảng Trị"],
        "Nguyễn Văn Sơn": ["Thứ trưởng"],
    }


def test_a_name_s_old_spelling_qui_is_kept_as_printed():
    posts = _posts("Dự hội nghị có đồng chí Nguyễn Văn Quí, Chủ tịch UBND huyện. Hai bên thống nhất qui chế phối hợp.")
    assert posts == {"Nguyễn Văn Quí": ["Chủ tịch Ủy ban nhân dân huyện"]}


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Tới dự có đồng chí Lò Thị Hoa, Phó Bí thư Huyện đoàn Đồng Văn.",
            "Lò Thị Hoa",
            "Phó Bí thư Huyện đoàn Đồng Văn",
        ),
        (
            "Tới dự có đồng chí Nguyễn Thị Lan, Chủ tịch UBND thành phố Phan Thiết.",
            "Nguyễn Thị Lan",
            "Chủ tịch Ủy ban nhân dân thành phố Phan Thiết",
        ),
    ],
)
def test_a_place_after_a_city_or_a_youth_union_of_a_level_is_no_person(text, name, post):
    assert _posts(text, "Hà Giang") == {name: [post]}


def test_a_name_after_a_city_s_committee_or_a_youth_union_is_a_person():
    posts = _posts("Dự có Phó Chủ tịch UBND thành phố Nguyễn Văn Nam và Bí thư Tỉnh đoàn Nguyễn Thị Lan.")
    assert posts == {
        "Nguyễn Văn Nam": ["Phó Chủ tịch Ủy ban nhân dân thành phố"],
        "Nguyễn Thị Lan": ["Bí thư Tỉnh đoàn"],
    }


def test_a_name_s_line_with_its_title_under_it_is_one_person_s_post():
    posts = _posts(
        "Sáng 5/5, Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp.\nBà Lê Thị Hoa\nChủ tịch Hội Nông "
        'dân tỉnh\n"Hội sẽ vận động hội viên tích cực tham gia."\nThu Hằng\nGiám đốc Sở Y tế phát biểu tại hội nghị.',
        "Lào Cai",
    )
    assert posts == {"Lê Thị Hoa": ["Chủ tịch Hội Nông dân tỉnh"]}


def test_a_personnel_decision_s_symbol_is_a_decision():
    facts = extract(
        "Tin\n\nThực hiện Quyết định số 512-QĐNS/TW ngày 30/11/2016 của Ban Bí thư.", "2017-01-04", "Sơn La"
    )
    assert [(d.symbol, d.kind, d.issued) for d in facts.documents] == [("512-QĐNS/TW", "quyết định", "2016-11-30")]
