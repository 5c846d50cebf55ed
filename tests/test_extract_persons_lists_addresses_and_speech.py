"""Classes of error in persons and their titles found in round s28 by a black-box probe of 377 attendance lists,
speakers, signers and captions as provincial pages print them (the texts here are made up in their image): a title
ran on into the verb of speech after it; names listed after "các đồng chí:" or a title shared by "là" / "gồm" were
lost; a post after "đồng thời là" / "hiện là" was dropped, and a term of office ended the chain; persons addressed
as "em", "cháu", "cụ", "cô" or by a capitalised "Ông" with a family name not in the list were missed; short forms and
police departments the titles print were cut."""

import pytest
from _signing_helpers import extract, positions_by_name

_LEAD = "Sáng 12/6, Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp giai đoạn 2025 - 2030. "


def _persons(sentence):
    return positions_by_name(extract("Tin\n\n" + _LEAD + sentence, "2025-06-20", "Quảng Trị"))


# --- a title without a comma before the verb of speech ---


@pytest.mark.parametrize(
    "title",
    [
        "Trưởng Phòng Cảnh sát giao thông",
        "Đội trưởng Đội Cảnh sát hình sự",
        "Giám đốc Trung tâm Y tế",
        "Chủ tịch Hội Khuyến học",
        "Trưởng phòng Dân tộc",
        "Chủ tịch Hội Cựu chiến binh",
        "Giám đốc Sở Tư pháp",
    ],
)
@pytest.mark.parametrize(
    "clause",
    [
        "trình bày tham luận.",
        "thông tin về kết quả.",
        "thông tin, từ đầu năm đã xử lý 12 vụ.",
        "tiếp thu ý kiến.",
        "nhấn mạnh yêu cầu.",
        "báo cáo kết quả.",
        "hướng dẫn cách làm.",
        "chia sẻ kinh nghiệm.",
    ],
)
def test_a_title_ends_before_the_verb_of_speech(title, clause):
    assert _persons(f"Đồng chí Nguyễn Văn Hòa, {title} {clause}") == {"Nguyễn Văn Hòa": [title]}


# --- names listed after a plural address or a shared title ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Dự hội nghị có các đồng chí: Hoàng Nam, Lê Đức Tiến, Hà Sỹ Đồng.",
        "Các đồng chí lãnh đạo tỉnh: Hoàng Nam, Lê Đức Tiến, Hà Sỹ Đồng dâng hương tại Nghĩa trang Liệt sĩ.",
    ],
)
def test_names_listed_after_a_plural_address_are_persons(sentence):
    assert _persons(sentence) == {"Hoàng Nam": [], "Lê Đức Tiến": [], "Hà Sỹ Đồng": []}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tham dự có 2 Phó Chủ tịch UBND tỉnh là Hoàng Nam và Lê Đức Tiến.",
        "Tham dự có các Phó Chủ tịch UBND tỉnh là ông Hoàng Nam và ông Lê Đức Tiến.",
        "Các Phó Chủ tịch UBND tỉnh gồm: Hoàng Nam, Lê Đức Tiến cùng dự.",
        "Các Phó Chủ tịch UBND tỉnh, gồm: Đại tá Hoàng Nam, Đại tá Lê Đức Tiến cùng dự.",
        "Các Phó Chủ tịch UBND tỉnh: Đại tá Hoàng Nam, Đại tá Lê Đức Tiến cùng dự.",
    ],
)
def test_a_title_shared_by_la_or_gom_is_each_names(sentence):
    title = "Phó Chủ tịch Ủy ban nhân dân tỉnh"
    assert _persons(sentence) == {"Hoàng Nam": [title], "Lê Đức Tiến": [title]}


def test_one_name_after_la_takes_the_title_before_it():
    assert _persons("Tham dự có Phó Chủ tịch UBND tỉnh là ông Hoàng Nam.") == {
        "Hoàng Nam": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]
    }


# --- a post held too, or now; a term of office ---


@pytest.mark.parametrize(
    "sentence, positions",
    [
        (
            "Đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh, đồng thời là Trưởng Ban Chỉ đạo 35 tỉnh cho biết.",
            ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ đạo 35 tỉnh"],
        ),
        (
            "Ông Trần Báu Hà, nguyên Trưởng Công an xã, hiện là Phó Chủ tịch UBND xã Tân Hồng chia sẻ kinh nghiệm.",
            ["nguyên Trưởng Công an xã", "Phó Chủ tịch Ủy ban nhân dân xã Tân Hồng"],
        ),
        ("Ông Trần Báu Hà, hiện là Phó Chủ tịch UBND tỉnh cho biết.", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        (
            "Ông Trần Báu Hà, nguyên Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010-2015, nguyên Trưởng Ban Tổ chức "
            "Tỉnh ủy dự.",
            ["nguyên Ủy viên Ban Thường vụ Tỉnh ủy", "nguyên Trưởng Ban Tổ chức Tỉnh ủy"],
        ),
    ],
)
def test_a_post_held_too_or_now_and_a_term_of_office(sentence, positions):
    assert _persons(sentence) == {"Trần Báu Hà": positions}


# --- forms of address ---


@pytest.mark.parametrize(
    "sentence, name, positions",
    [
        ("Ông Kray Sứ, Trưởng bản Ka Tăng cho biết.", "Kray Sứ", ["Trưởng bản Ka Tăng"]),
        ("Ông Pả Lâm, Phó Chủ tịch UBND xã A Dơi phát biểu.", "Pả Lâm", ["Phó Chủ tịch Ủy ban nhân dân xã A Dơi"]),
        ("Ông K'Brôi, Phó Bí thư Đảng ủy xã Lộc Bắc cho biết.", "K'Brôi", ["Phó Bí thư Đảng ủy xã Lộc Bắc"]),
        (
            "Thiếu tá Alăng Bhơ, Phó Đồn trưởng Đồn Biên phòng Ga Ry đã tặng 50 suất quà.",
            "Alăng Bhơ",
            ["Phó Đồn trưởng Đồn Biên phòng Ga Ry"],
        ),
        ("Lãnh đạo tỉnh tặng quà cho cháu Hồ Thị Na ở bản A Xing.", "Hồ Thị Na", []),
        ("Cụ Hồ Văn Ba, 95 tuổi, ở thôn A Xing xúc động cảm ơn đoàn.", "Hồ Văn Ba", []),
        ("Em Ksor H'Phin nhận suất học bổng trị giá 2 triệu đồng.", "Ksor H'Phin", []),
        ("Lãnh đạo tỉnh tặng quà cho Mẹ Việt Nam anh hùng H'Luin Niê ở buôn Ea Bông.", "H'Luin Niê", []),
    ],
)
def test_a_person_addressed_by_age_standing_or_rank(sentence, name, positions):
    assert _persons(sentence) == {name: positions}


# --- short forms, police departments and hamlets in titles ---


@pytest.mark.parametrize(
    "title, position",
    [
        ("Phó CHT BCHQS tỉnh", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
        ("Bí thư ĐU xã Lìa", "Bí thư Đảng ủy xã Lìa"),
        ("Trưởng CAX Lìa", "Trưởng Công an xã Lìa"),
        (
            "Trưởng Phòng Quản lý hành chính về trật tự xã hội",
            "Trưởng Phòng Quản lý hành chính về trật tự xã hội",
        ),
        ("Đội trưởng Đội Cảnh sát phòng cháy, chữa cháy", "Đội trưởng Đội Cảnh sát phòng cháy, chữa cháy"),
        ("Bí thư Chi đoàn làng Ia Mơr", "Bí thư Chi đoàn làng Ia Mơr"),
    ],
)
def test_short_forms_departments_and_hamlets_in_a_title(title, position):
    assert _persons(f"Đồng chí Hoàng Văn Nam, {title} giới thiệu mô hình.") == {"Hoàng Văn Nam": [position]}


def test_a_police_department_in_lower_case_runs_over_its_and():
    assert _persons(
        "Đồng chí Bùi Quang Đạt, Phó trưởng phòng Công tác đảng và công tác quần chúng Công an tỉnh phát biểu."
    ) == {"Bùi Quang Đạt": ["Phó trưởng phòng Công tác đảng và công tác quần chúng Công an tỉnh"]}
