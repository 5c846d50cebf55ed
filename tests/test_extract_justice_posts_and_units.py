"""The justice sector as round s31's helper printed it (made-up texts in the image of its pages): the posts of courts,
procuracies, enforcement and inspection are titles; a lawyer's profession marks a name; the divisions of a court and
the departments of a procuracy are bodies named with their parent."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Hòa Bình"):
    return extract(f"Tin\n\n{text}", "2024-08-20", province)


@pytest.mark.parametrize(
    "text, person, positions",
    [
        ("Thẩm phán Nguyễn Thị Hà chủ tọa phiên tòa rút kinh nghiệm.", "Nguyễn Thị Hà", ["Thẩm phán"]),
        ("Kiểm sát viên Trần Văn Nam thực hành quyền công tố tại phiên tòa.", "Trần Văn Nam", ["Kiểm sát viên"]),
        ("Hòa giải viên Hoàng Thị Mai chia sẻ kinh nghiệm.", "Hoàng Thị Mai", ["Hòa giải viên"]),
        (
            "Chấp hành viên Chi cục THADS huyện Lạc Sơn Quách Văn Luyện cho biết đã xác minh.",
            "Quách Văn Luyện",
            ["Chấp hành viên Chi cục Thi hành án dân sự huyện Lạc Sơn"],
        ),
        ("Bà Phạm Thị Lan, Thẩm phán TAND tỉnh chủ tọa phiên tòa.", "Phạm Thị Lan", ["Thẩm phán Tòa án nhân dân tỉnh"]),
    ],
)
def test_the_posts_of_the_justice_sector_are_titles(text, person, positions):
    facts = _facts(text)
    assert positions_by_name(facts) == {person: positions}
    assert agency_names(facts) == []  # (a body named only in a title is no agency)


def test_a_lawyer_s_profession_marks_the_name_and_ends_the_title_before_it():
    facts = _facts(
        "Đại tá Trần Văn Lộc, Phó Giám đốc Công an tỉnh và Luật sư Lê Thanh Bình, Chủ nhiệm Đoàn Luật sư tỉnh ký kết "
        "quy chế."
    )
    assert positions_by_name(facts) == {
        "Trần Văn Lộc": ["Phó Giám đốc Công an tỉnh"],
        "Lê Thanh Bình": ["Chủ nhiệm Đoàn Luật sư tỉnh"],
    }
    assert party_sets(facts) == [("Công an tỉnh", "Đoàn Luật sư tỉnh")]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Tòa Hình sự TAND tỉnh là đầu mối phối hợp.", ["Tòa Hình sự Tòa án nhân dân tỉnh"]),
        (
            "Tòa Gia đình và người chưa thành niên TAND tỉnh dự hội nghị.",
            ["Tòa Gia đình và người chưa thành niên Tòa án nhân dân tỉnh"],
        ),
        (
            "Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự Viện KSND tỉnh là đầu mối phối hợp.",
            ["Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự Viện Kiểm sát nhân dân tỉnh"],
        ),
        (
            "Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự Viện KSND tỉnh dự hội nghị.",
            ["Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự Viện Kiểm sát nhân dân tỉnh"],
        ),
        (
            "Tham dự có đại diện Phòng Phòng chống ma túy và tội phạm BĐBP tỉnh.",
            ["Phòng Phòng chống ma túy và tội phạm Bộ đội Biên phòng tỉnh"],
        ),
        # (a police department keeps its own grammar)
        ("Dự có lãnh đạo Phòng Cảnh sát cơ động Công an tỉnh.", ["Phòng Cảnh sát cơ động Công an tỉnh"]),
    ],
)
def test_a_court_s_division_and_a_procuracy_s_department_are_named_with_their_parent(text, names):
    assert agency_names(_facts(text)) == names


def test_a_court_s_division_signs_for_itself():
    facts = _facts("Tòa Kinh tế Tòa án nhân dân tỉnh và Sở Kế hoạch và Đầu tư ký kết quy chế phối hợp.")
    assert party_sets(facts) == [("Sở Kế hoạch và Đầu tư", "Tòa Kinh tế Tòa án nhân dân tỉnh")]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            # (the site owner's name in capitals under the headline)
            "Sở Tư pháp ký kết chương trình phối hợp với Hội Luật gia tỉnh\nSỞ TƯ PHÁP TỈNH BÌNH ĐỊNH\nNgày 21/5/2019, "
            "Sở Tư pháp ký kết chương trình phối hợp với Hội Luật gia tỉnh.",
            ["Hội Luật gia tỉnh", "Sở Tư pháp"],
        ),
        (
            "Sở Tư pháp ký kết quy chế phối hợp với Công an tỉnh\nVIỆN KIỂM SÁT NHÂN DÂN TỈNH\nNgày 3/4, Sở Tư pháp ký "
            "kết quy chế phối hợp với Công an tỉnh.",
            ["Công an tỉnh", "Sở Tư pháp"],
        ),
        (
            # (the footer's address line)
            "Sở Tư pháp ký kết chương trình phối hợp với Hội Luật gia tỉnh\nNgày 21/5/2019, Sở Tư pháp ký kết chương "
            "trình phối hợp với Hội Luật gia tỉnh.\nSở Tư pháp tỉnh Bình Định - Số 2 Hàn Thuyên, TP Quy Nhơn",
            ["Hội Luật gia tỉnh", "Sở Tư pháp"],
        ),
        (
            # (the office credited above the site's links)
            "Cục THADS ký kết quy chế phối hợp với Công an tỉnh\nNgày 3/4, Cục THADS tỉnh ký kết quy chế phối hợp với "
            "Công an tỉnh.\nVăn phòng THADS tỉnh\nLiên kết website: Bộ Tư pháp",
            ["Công an tỉnh", "Cục Thi hành án dân sự tỉnh"],
        ),
    ],
)
def test_a_site_owner_s_masthead_address_and_credit_are_furniture(text, names):
    assert agency_names(extract(text, "2019-05-22", "Bình Định")) == names
