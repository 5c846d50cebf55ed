"""Round s31's school, hospital, HTML and religious pages (made-up texts in their image): a school named after a person
is no person; academic titles without their dot mark a name; names holding "phòng, chống" or a comma between two fields;
the associations of a school; a bishop addressed by his office."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, province="Nghệ An"):
    return extract(f"Tin\n\n{text}", "2023-10-20", province)


@pytest.mark.parametrize(
    "text, positions",
    [
        (
            "ThS Trương Thị Bích Liên, Hiệu trưởng Trường THPT Chuyên Phan Bội Châu, phát biểu.",
            {"Trương Thị Bích Liên": ["Hiệu trưởng Trường THPT Chuyên Phan Bội Châu"]},
        ),
        (
            "Dự có thầy Trần Văn Bình, Hiệu trưởng Trường THCS Lý Tự Trọng.",
            {"Trần Văn Bình": ["Hiệu trưởng Trường THCS Lý Tự Trọng"]},
        ),
        (
            "Ông Trần Văn Hiếu, Hiệu trưởng Trường Cao đẳng Y tế Đặng Thùy Trâm phát biểu.",
            {"Trần Văn Hiếu": ["Hiệu trưởng Trường Cao đẳng Y tế Đặng Thùy Trâm"]},
        ),
        (
            "Ông Trần Văn Hiếu, Hiệu trưởng Trường Đại học Y Dược Thái Bình phát biểu.",
            {"Trần Văn Hiếu": ["Hiệu trưởng Trường Đại học Y Dược Thái Bình"]},
        ),
        (
            "Dự có Đại tá Lê Văn Hoàn, Chỉ huy trưởng Bộ CHQS tỉnh và ThS Nguyễn Văn Minh, Hiệu trưởng Trường Chính "
            "trị tỉnh.",
            {
                "Lê Văn Hoàn": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
                "Nguyễn Văn Minh": ["Hiệu trưởng Trường Chính trị tỉnh"],
            },
        ),
        ("Tiếp đoàn có Giám mục Nguyễn Văn Khảm phát biểu.", {"Nguyễn Văn Khảm": []}),
    ],
)
def test_schools_named_after_persons_and_titles_without_their_dot(text, positions):
    assert positions_by_name(_facts(text)) == positions


def test_a_signing_between_two_signers_marked_by_dotless_titles():
    facts = _facts(
        "Chiều 5/10, TS Trần Văn Khiêm, Giám đốc Bệnh viện Quân y 4 và TS Nguyễn Đức Lượng, Giám đốc Sở Y tế ký quy "
        "chế phối hợp."
    )
    assert party_sets(facts) == [("Bệnh viện Quân y 4", "Sở Y tế")]


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 9/10, Phòng Cảnh sát phòng, chống tội phạm về ma túy ký kết kế hoạch phối hợp với Tỉnh Đoàn.",
            ("Phòng Cảnh sát phòng, chống tội phạm về ma túy", "Tỉnh Đoàn"),
        ),
        (
            "Sáng 3/4, Cục Phổ biến, giáo dục pháp luật ký kết chương trình phối hợp với Tỉnh Đoàn.",
            ("Cục Phổ biến, giáo dục pháp luật", "Tỉnh Đoàn"),
        ),
        (
            "Sáng 3/4, Hội Liên hiệp Văn học, Nghệ thuật tỉnh ký kết chương trình phối hợp với Ban Tuyên giáo Tỉnh ủy.",
            ("Ban Tuyên giáo Tỉnh ủy", "Hội Liên hiệp Văn học, Nghệ thuật tỉnh"),
        ),
        (
            "Ngày 12/3, Hội Cựu chiến binh Trường Đại học Vinh ký kết chương trình phối hợp với Hội Cựu chiến binh "
            "phường Bến Thủy.",
            ("Hội Cựu chiến binh Trường Đại học Vinh", "Hội Cựu chiến binh phường Bến Thủy"),
        ),
        (
            "Ngày 9/10, Hội Sinh viên Trường Đại học Vinh kết nghĩa với Đồn Biên phòng Mường Ải.",
            ("Hội Sinh viên Trường Đại học Vinh", "Đồn Biên phòng Mường Ải"),
        ),
    ],
)
def test_names_with_a_comma_inside_and_associations_of_a_school_sign(text, parties):
    assert party_sets(_facts(text)) == [parties]


def test_a_police_department_for_cybersecurity_is_named_whole():
    facts = _facts("Dự có đại diện Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an.")
    assert agency_names(facts) == ["Bộ Công an", "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"]


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 9/10, Ban Chỉ huy Quân sự huyện Kim Bảng kết nghĩa với Liên đội Trường THCS Thi Sơn.",
            [("Ban Chỉ huy Quân sự huyện Kim Bảng",)],
        ),
        (
            "Ngày 9/10, Bộ Chỉ huy Quân sự tỉnh ký kết kế hoạch phối hợp với Bảo tàng tỉnh.",
            [("Bộ Chỉ huy Quân sự tỉnh",)],
        ),
        ("Ngày 9/10, Hội đồng Đội tỉnh ký kết chương trình phối hợp với Nhà Thiếu nhi tỉnh.", [("Hội đồng Đội tỉnh",)]),
        (
            "Chiều 18/6, Agribank Chi nhánh tỉnh Lào Cai ký kết thỏa thuận hợp tác với Hội Nông dân tỉnh và Hội Liên "
            "hiệp Phụ nữ tỉnh.",
            [("Hội Liên hiệp Phụ nữ tỉnh",), ("Hội Nông dân tỉnh",)],
        ),
        ("Chiều 18/6, VNPT Lào Cai ký kết thỏa thuận hợp tác với Tỉnh Đoàn.", [("Tỉnh Đoàn",)]),
    ],
)
def test_a_body_keeps_its_act_with_a_museum_a_pioneer_brigade_or_a_brand(text, parties):
    assert party_sets(_facts(text, "Lào Cai")) == parties


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Dịp này, Đoàn Thanh niên Trường Đại học Sư phạm ra mắt mô hình mới.",
            "Đoàn Thanh niên Trường Đại học Sư phạm",
        ),
        (
            "Dịp này, Đoàn Thanh niên Trường Đại học Sư phạm, Đại học Huế ra mắt mô hình mới.",
            "Đoàn Thanh niên Trường Đại học Sư phạm, Đại học Huế",
        ),
    ],
)
def test_a_university_named_by_its_trades_alone_is_whole(text, name):
    assert agency_names(_facts(text, "Huế")) == [name]
