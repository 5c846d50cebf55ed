"""Classes of error found in round s26 by reading the extraction of real news texts kept in public code and crawled
news datasets (national and provincial outlets, 2013-2026; the texts here are made up in their image): central offices
and departments whose names join two fields ("Cục Chăn nuôi và Thú y", "Văn phòng Chủ tịch nước"), a numbered
command, a count before a kind of body, short forms of titles ("UV", "QUTW", "VPCP") and of an article's own joined
names ("PTTH&TTĐT"), a title given by "là", words of thanks after a title, the Government as a model to build, and
the date fields crawlers store."""

import json

import pytest

from phoihop.batch.readers import read_file
from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _facts(text, published="2025-04-10", province=None):
    return extract_article(Article("t", text, None, published, province))


def _agencies(facts):
    return sorted(a.name for a in facts.agencies)


def _signings(facts):
    return sorted(tuple(sorted(s.parties)) for s in facts.signings)


def _positions(facts):
    return {p.name: p.positions for p in facts.persons}


# --- departments of ministries whose names join two fields ---


@pytest.mark.parametrize(
    "department",
    [
        "Cục Chăn nuôi và Thú y",
        "Cục Trồng trọt và Bảo vệ thực vật",
        "Cục Điện lực và Năng lượng tái tạo",
        "Tổng cục Địa chất và Khoáng sản",
        "Vụ Giáo dục chính trị và Công tác học sinh",
        "Cục Phát thanh, Truyền hình và Thông tin điện tử",
        "Cục Phát thanh Truyền hình & Thông tin điện tử",
    ],
)
def test_a_department_named_with_two_joined_fields_signs_under_its_whole_name(department):
    facts = _facts(f"Tin\n\nNgày 8/8, {department} ký kết quy chế phối hợp với Hội Nông dân Việt Nam.")
    assert _signings(facts) == [tuple(sorted([department, "Hội Nông dân Việt Nam"]))]


@pytest.mark.parametrize(
    "text, bodies",
    [
        (
            "Cục Trẻ em và Cục An toàn thông tin ký kết kế hoạch phối hợp.",
            sorted(["Cục An toàn thông tin", "Cục Trẻ em"]),
        ),
        (
            "Cục Hải quan và Bộ đội Biên phòng tỉnh ký kết quy chế phối hợp.",
            sorted(["Bộ đội Biên phòng tỉnh", "Cục Hải quan"]),
        ),
        ("Cục Kiểm lâm và Công an tỉnh ký kết quy chế phối hợp.", sorted(["Cục Kiểm lâm", "Công an tỉnh"])),
        # (a name does not go on after "Việt Nam")
        ("Cục Hàng hải Việt Nam và Cảng vụ Hàng hải ký kết quy chế.", ["Cục Hàng hải Việt Nam"]),
    ],
)
def test_and_between_a_department_and_another_body_lists_two(text, bodies):
    assert _agencies(_facts(f"Tin\n\nNgày 8/8, {text}")) == bodies


def test_a_director_and_another_official_are_not_one_department():
    facts = _facts("Tin\n\nNgày 8/8, Cục trưởng Cục Kiểm lâm và Giám đốc Sở Nông nghiệp tỉnh Lê Văn An dự lễ ký kết.")
    assert "Cục trưởng Cục Kiểm lâm và Giám đốc" not in " ".join(_positions(facts).get("Lê Văn An", []))


def test_an_article_s_joined_short_form_with_its_ministry_in_the_bracket_names_the_department_again():
    facts = _facts(
        "Tin\n\nChiều 19/7, tại Hà Nội đã diễn ra Lễ ký kết kế hoạch phối hợp giữa Cục Phát thanh Truyền hình & Thông "
        "tin điện tử (PTTH&TTĐT - Bộ TT&TT) với Sở Thông tin & Truyền thông (TT&TT) Hà Nội. Theo ông Nguyễn Thanh Lâm "
        "- Cục trưởng Cục PTTH&TTĐT, Cục PTTH&TTĐT sẽ phối hợp thanh tra."
    )
    assert _agencies(facts) == ["Cục Phát thanh Truyền hình & Thông tin điện tử", "Sở Thông tin & Truyền thông Hà Nội"]
    assert _positions(facts)["Nguyễn Thanh Lâm"] == ["Cục trưởng Cục Phát thanh Truyền hình & Thông tin điện tử"]


# --- central offices and a numbered command ---


def test_the_four_central_offices_sign_and_their_count_is_no_body():
    facts = _facts(
        "Tin\n\nThủ tướng yêu cầu 4 Văn phòng Trung ương tham mưu tốt.\n\nChiều tối 23/1, tại Hà Nội, 4 Văn phòng "
        "Trung ương là Văn phòng Trung ương Đảng, Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Văn phòng Quốc hội tổ "
        "chức hội nghị và ký kết quy chế phối hợp công tác."
    )
    offices = ["Văn phòng Chính phủ", "Văn phòng Chủ tịch nước", "Văn phòng Quốc hội", "Văn phòng Trung ương Đảng"]
    assert _agencies(facts) == offices
    assert _signings(facts) == [tuple(offices)]


def test_a_command_named_by_its_number_signs():
    facts = _facts("Tin\n\nNgày 20/1, Bộ Tư lệnh 86 và Cục An toàn thông tin ký kết quy chế phối hợp công tác.")
    assert _signings(facts) == [("Bộ Tư lệnh 86", "Cục An toàn thông tin")]


def test_a_women_s_union_of_an_army_corps_is_a_body():
    facts = _facts(
        "Tin\n\nNgày 28/6, Hội Phụ nữ Bệnh viện Quân y 4 và Hội Phụ nữ Binh đoàn 20 ký kết chương trình phối hợp. "
        "Theo nội dung ký kết, Hội Phụ nữ 2 đơn vị thống nhất phối hợp; các đại biểu chúc mừng Ban Chấp hành Hội Phụ "
        "nữ 2 đơn vị."
    )
    assert _signings(facts) == [("Hội Phụ nữ Binh đoàn 20", "Hội Phụ nữ Bệnh viện Quân y 4")]
    assert _agencies(facts) == ["Hội Phụ nữ Binh đoàn 20", "Hội Phụ nữ Bệnh viện Quân y 4"]


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("Tháng 5 Công an tỉnh ký kết với Hội Nông dân tỉnh.", "Công an tỉnh"),
        ("Lúc 9 giờ 30 Ban Dân vận Tỉnh ủy họp với Hội Nông dân tỉnh.", "Ban Dân vận Tỉnh ủy"),
        ("Trong năm Công an huyện và Hội Nông dân tỉnh ký kết.", "Công an huyện"),
        ("Tổ 3 Công an phường dự cùng Hội Nông dân tỉnh.", "Công an phường"),
    ],
)
def test_a_number_of_a_date_a_time_or_a_unit_before_a_body_is_no_count(sentence, body):
    assert body in _agencies(_facts(f"Tin\n\n{sentence}"))


def test_a_counted_kind_of_body_is_no_body():
    facts = _facts("Tin\n\nHai Hội Nông dân đã ký kết.\n\nCông an tỉnh và Hội Nông dân tỉnh ký kết quy chế phối hợp.")
    assert _agencies(facts) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


# --- the Government as a model ---


def test_e_government_is_no_agency_but_the_government_issuing_a_decree_is():
    facts = _facts(
        "Tin\n\nNgày 3/4, hai bên thống nhất xây dựng Chính phủ điện tử, chính phủ số và Quốc hội số.\n\n"
        "Theo Nghị định của Chính phủ số 03/2002/NĐ-CP, Bộ Công an và Bộ Quốc phòng ký kết quy chế phối hợp."
    )
    assert _agencies(facts) == ["Bộ Công an", "Bộ Quốc phòng", "Chính phủ"]
    facts = _facts("Tin\n\nNgày 3/4, Bộ Công an và Bộ Quốc phòng ký kết quy chế phối hợp xây dựng Chính phủ số.")
    assert _agencies(facts) == ["Bộ Công an", "Bộ Quốc phòng"]


# --- persons: short forms of titles, a title given by "là", words of thanks ---


def test_short_forms_of_a_member_the_commission_and_the_office_in_titles_are_spelled_out():
    facts = _facts(
        "Tin\n\nDự lễ ký kết có đồng chí Nguyễn Mạnh Hùng, UV Trung ương Đảng, Bộ trưởng Bộ Thông tin và Truyền thông; "
        "Đại tướng Ngô Xuân Lịch, Phó Bí thư QUTW; ông Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm VPCP; ông Trần Văn Ba, UV "
        "BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy."
    )
    positions = _positions(facts)
    assert positions["Nguyễn Mạnh Hùng"] == ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Thông tin và Truyền thông"]
    assert positions["Ngô Xuân Lịch"] == ["Phó Bí thư Quân ủy Trung ương"]
    assert positions["Mai Tiến Dũng"] == ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"]
    assert positions["Trần Văn Ba"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"]


def test_uv_alone_is_no_title():
    facts = _facts("Tin\n\nNgày 3/4, máy lọc tia UV Nguyễn Văn Bốn được trao cho Hội Nông dân tỉnh.")
    assert "Nguyễn Văn Bốn" not in _positions(facts)


def test_a_title_given_by_la_belongs_to_the_name_after_it():
    facts = _facts(
        "Tin\n\nNgày 5/8, UBND huyện thành lập Ban Chỉ đạo gồm: Trưởng ban là ông Nguyễn Văn An, Chủ tịch UBND huyện; "
        "Phó Trưởng ban là ông Trần Văn Bình, Trưởng Công an huyện.\n\nTrưởng ban là đồng chí Chủ tịch UBND phường Đỗ "
        "Thị Hồng Nhung."
    )
    positions = _positions(facts)
    assert positions["Nguyễn Văn An"] == ["Chủ tịch Ủy ban nhân dân huyện"]
    assert positions["Trần Văn Bình"] == ["Trưởng Công an huyện"]
    assert positions["Đỗ Thị Hồng Nhung"] == ["Chủ tịch Ủy ban nhân dân phường"]


def test_words_of_thanks_and_assent_end_a_title():
    facts = _facts(
        "Tin\n\nÔng Lữ Hồng Chương, Phó Chủ tịch HĐQT MISA đồng ý với đề xuất.\n\n"
        "Tổng Bí thư cảm ơn ông Triệu Lạc Tế, Ủy viên Thường vụ Bộ Chính trị."
    )
    positions = _positions(facts)
    assert positions["Lữ Hồng Chương"] == ["Phó Chủ tịch Hội đồng quản trị MISA"]
    assert not any("cảm ơn" in p for p in positions.get("Triệu Lạc Tế", []))


# --- the date fields crawlers store ---


@pytest.mark.parametrize("stored", ["30/05/13 18:15 GMT+7", "Thứ năm, 30/5/2013 18:15 (GMT+7)"])
def test_a_crawler_s_date_field_dates_a_signing_written_without_its_year(tmp_path, stored):
    path = tmp_path / "bai.json"
    path.write_text(
        json.dumps(
            {
                "title": "Ký kết với Hội CCB",
                "date": stored,
                "text": "Ngày 29/5, Công an tỉnh Đồng Tháp và Hội Cựu chiến binh tỉnh ký kết Nghị quyết liên tịch.",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (item,) = list(read_file(path))
    facts = extract_article(item.article)
    assert item.article.published == "2013-05-30"
    assert [s.date for s in facts.signings] == ["2013-05-29"]
