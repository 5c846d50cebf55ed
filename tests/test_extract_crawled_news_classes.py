"""Classes of error found in round s26 by reading the extraction of real news texts kept in public code and crawled
news datasets (national and provincial outlets, 2013-2026; the texts here are made up in their image): central offices
and departments whose names join two fields ("Cục Chăn nuôi và Thú y", "Văn phòng Chủ tịch nước"), a numbered
command, a count before a kind of body, short forms of titles ("UV", "QUTW", "VPCP") and of an article's own joined
names ("PTTH&TTĐT"), a title given by "là", words of thanks after a title, the Government as a model to build, and
the date fields crawlers store."""

import json

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name

from phoihop.batch.readers import read_file
from phoihop.extract.pipeline import extract_article


def _facts(text, published="2025-04-10", province=None):
    return extract(text, published, province)


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
    assert party_sets(facts) == [tuple(sorted([department, "Hội Nông dân Việt Nam"]))]


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
    assert agency_names(_facts(f"Tin\n\nNgày 8/8, {text}")) == bodies


def test_a_director_and_another_official_are_not_one_department():
    facts = _facts("Tin\n\nNgày 8/8, Cục trưởng Cục Kiểm lâm và Giám đốc Sở Nông nghiệp tỉnh Lê Văn An dự lễ ký kết.")
    assert "Cục trưởng Cục Kiểm lâm và Giám đốc" not in " ".join(positions_by_name(facts).get("Lê Văn An", []))


def test_an_article_s_joined_short_form_with_its_ministry_in_the_bracket_names_the_department_again():
    facts = _facts(
        "Tin\n\nChiều 19/7, tại Hà Nội đã diễn ra Lễ ký kết kế hoạch phối hợp giữa Cục Phát thanh Truyền hình & Thông "
        "tin điện tử (PTTH&TTĐT - Bộ TT&TT) với Sở Thông tin & Truyền thông (TT&TT) Hà Nội. Theo ông Nguyễn Thanh Lâm "
        "- Cục trưởng Cục PTTH&TTĐT, Cục PTTH&TTĐT sẽ phối hợp thanh tra."
    )
    assert agency_names(facts) == [
        "Cục Phát thanh Truyền hình & Thông tin điện tử",
        "Sở Thông tin & Truyền thông Hà Nội",
    ]
    assert positions_by_name(facts)["Nguyễn Thanh Lâm"] == ["Cục trưởng Cục Phát thanh Truyền hình & Thông tin điện tử"]


# --- central offices and a numbered command ---


def test_the_four_central_offices_sign_and_their_count_is_no_body():
    facts = _facts(
        "Tin\n\nThủ tướng yêu cầu 4 Văn phòng Trung ương tham mưu tốt.\n\nChiều tối 23/1, tại Hà Nội, 4 Văn phòng "
        "Trung ương là Văn phòng Trung ương Đảng, Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Văn phòng Quốc hội tổ "
        "chức hội nghị và ký kết quy chế phối hợp công tác."
    )
    offices = ["Văn phòng Chính phủ", "Văn phòng Chủ tịch nước", "Văn phòng Quốc hội", "Văn phòng Trung ương Đảng"]
    assert agency_names(facts) == offices
    assert party_sets(facts) == [tuple(offices)]


def test_a_command_named_by_its_number_signs():
    facts = _facts("Tin\n\nNgày 20/1, Bộ Tư lệnh 86 và Cục An toàn thông tin ký kết quy chế phối hợp công tác.")
    assert party_sets(facts) == [("Bộ Tư lệnh 86", "Cục An toàn thông tin")]


def test_a_women_s_union_of_an_army_corps_is_a_body():
    facts = _facts(
        "Tin\n\nNgày 28/6, Hội Phụ nữ Bệnh viện Quân y 4 và Hội Phụ nữ Binh đoàn 20 ký kết chương trình phối hợp. "
        "Theo nội dung ký kết, Hội Phụ nữ 2 đơn vị thống nhất phối hợp; các đại biểu chúc mừng Ban Chấp hành Hội Phụ "
        "nữ 2 đơn vị."
    )
    assert party_sets(facts) == [("Hội Phụ nữ Binh đoàn 20", "Hội Phụ nữ Bệnh viện Quân y 4")]
    assert agency_names(facts) == ["Hội Phụ nữ Binh đoàn 20", "Hội Phụ nữ Bệnh viện Quân y 4"]


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
    assert body in agency_names(_facts(f"Tin\n\n{sentence}"))


def test_a_counted_kind_of_body_is_no_body():
    facts = _facts("Tin\n\nHai Hội Nông dân đã ký kết.\n\nCông an tỉnh và Hội Nông dân tỉnh ký kết quy chế phối hợp.")
    assert agency_names(facts) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


# --- the Government as a model ---


def test_e_government_is_no_agency_but_the_government_issuing_a_decree_is():
    facts = _facts(
        "Tin\n\nNgày 3/4, hai bên thống nhất xây dựng Chính phủ điện tử, chính phủ số và Quốc hội số.\n\n"
        "Theo Nghị định của Chính phủ số 03/2002/NĐ-CP, Bộ Công an và Bộ Quốc phòng ký kết quy chế phối hợp."
    )
    assert agency_names(facts) == ["Bộ Công an", "Bộ Quốc phòng", "Chính phủ"]
    facts = _facts("Tin\n\nNgày 3/4, Bộ Công an và Bộ Quốc phòng ký kết quy chế phối hợp xây dựng Chính phủ số.")
    assert agency_names(facts) == ["Bộ Công an", "Bộ Quốc phòng"]


# --- persons: short forms of titles, a title given by "là", words of thanks ---


def test_short_forms_of_a_member_the_commission_and_the_office_in_titles_are_spelled_out():
    facts = _facts(
        "Tin\n\nDự lễ ký kết có đồng chí Nguyễn Mạnh Hùng, UV Trung ương Đảng, Bộ trưởng Bộ Thông tin và Truyền thông; "
        "Đại tướng Ngô Xuân Lịch, Phó Bí thư QUTW; ông Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm VPCP; ông Trần Văn Ba, UV "
        "BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy."
    )
    positions = positions_by_name(facts)
    assert positions["Nguyễn Mạnh Hùng"] == ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Thông tin và Truyền thông"]
    assert positions["Ngô Xuân Lịch"] == ["Phó Bí thư Quân ủy Trung ương"]
    assert positions["Mai Tiến Dũng"] == ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"]
    assert positions["Trần Văn Ba"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"]


def test_uv_alone_is_no_title():
    facts = _facts("Tin\n\nNgày 3/4, máy lọc tia UV Nguyễn Văn Bốn được trao cho Hội Nông dân tỉnh.")
    assert "Nguyễn Văn Bốn" not in positions_by_name(facts)


def test_a_title_given_by_la_belongs_to_the_name_after_it():
    facts = _facts(
        "Tin\n\nNgày 5/8, UBND huyện thành lập Ban Chỉ đạo gồm: Trưởng ban là ông Nguyễn Văn An, Chủ tịch UBND huyện; "
        "Phó Trưởng ban là ông Trần Văn Bình, Trưởng Công an huyện.\n\nTrưởng ban là đồng chí Chủ tịch UBND phường Đỗ "
        "Thị Hồng Nhung."
    )
    positions = positions_by_name(facts)
    assert positions["Nguyễn Văn An"] == ["Chủ tịch Ủy ban nhân dân huyện"]
    assert positions["Trần Văn Bình"] == ["Trưởng Công an huyện"]
    assert positions["Đỗ Thị Hồng Nhung"] == ["Chủ tịch Ủy ban nhân dân phường"]


def test_words_of_thanks_and_assent_end_a_title():
    facts = _facts(
        "Tin\n\nÔng Lữ Hồng Chương, Phó Chủ tịch HĐQT MISA đồng ý với đề xuất.\n\n"
        "Tổng Bí thư cảm ơn ông Triệu Lạc Tế, Ủy viên Thường vụ Bộ Chính trị."
    )
    positions = positions_by_name(facts)
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


# --- round s26, second reading (crawled national and provincial news of 2013-2020) ---


def test_a_city_s_short_form_at_a_sentence_s_end_names_no_place_after_it():
    facts = _facts(
        "Tin\n\nTrường hợp bị phê bình là ông Đinh Minh Hiệp - Trưởng Ban quản lý khu nông nghiệp công nghệ cao TP. "
        "Theo lời ông Nguyễn Thành Phong, việc này cần chấn chỉnh.\n\nCác đơn vị rà soát quy định của UBND TP. Chỉ đạo "
        "thực hiện đúng các quy định.\n\nUBND TP. Vinh và Công an TP. Hồ Chí Minh ký kết quy chế phối hợp."
    )
    positions = positions_by_name(facts)
    assert positions["Đinh Minh Hiệp"] == ["Trưởng Ban quản lý khu nông nghiệp công nghệ cao Thành phố"]
    assert positions.get("Nguyễn Thành Phong", []) == []
    assert "Ủy ban nhân dân Thành phố Chỉ Đạo" not in agency_names(facts)
    assert party_sets(facts) == [("Công an Thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố Vinh")]


def test_issuing_an_act_of_administration_is_no_signing_but_a_joint_circular_is():
    facts = _facts(
        "Tin\n\nNgày 15/5/2013, Bộ Xây dựng và Ngân hàng Nhà nước Việt Nam đã ký ban hành 2 Thông tư quy định về cho "
        "vay.\n\nNgày 16/5/2013, Ủy ban nhân dân tỉnh ký Quyết định số 12/QĐ-UBND về việc thành lập Ban Chỉ đạo.",
        published="2013-05-20",
    )
    assert party_sets(facts) == []
    facts = _facts(
        "Tin\n\nNgày 15/5/2013, Bộ Công an và Bộ Quốc phòng ký ban hành Thông tư liên tịch số 05/2013/TTLT-BCA-BQP.",
        published="2013-05-20",
    )
    assert party_sets(facts) == [("Bộ Công an", "Bộ Quốc phòng")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a tally of years of work
        "Trung ương Hội Nông dân Việt Nam đã ký 21 chương trình phối hợp với Chính phủ, các bộ, ngành.",
        # a signing planned: with "còn" between, with the partners between the plan and the verb, in an answer's bullet
        "Bộ Thông tin và Truyền thông sẽ còn ký thoả thuận hợp tác với nhiều địa phương khác.",
        "Ngân hàng Nhà nước chi nhánh tỉnh sẽ phối hợp với Sở Xây dựng và UBND quận Tân Bình ký kết thực hiện Thông "
        "tư.",
        "thưa ông?\n+ Dự kiến trong tuần tới, Sở Xây dựng và UBND quận Tân Bình ký kết quy chế phối hợp.",
        # a signing recommended
        "Bí thư đề nghị Ban Tuyên giáo Thành ủy, Thường trực HĐND thành phố nên có ký kết phối hợp về truyền thông.",
        # the terms of a past agreement, and a programme named in quotation marks, told by its past signing
        "Bộ Công an hiệp đồng với Bộ Quốc phòng theo các điều khoản đã được ký kết giữa 2 bộ.",
        "Dự án góp phần thực hiện “Chương trình phối hợp hành động triển khai chiến lược nhà ở quốc gia đến năm 2020 "
        "và tầm nhìn đến năm 2030” đã được ký kết giữa Bộ Xây dựng và UBND thành phố Hà Nội tháng 7/2012.",
    ],
)
def test_no_signing_is_reported(sentence):
    assert party_sets(_facts(f"Tin\n\nNgày 28/5/2013, {sentence}", published="2013-05-28")) == []


def test_two_ceremonial_regulations_counted_with_a_leading_zero_are_signed():
    facts = _facts(
        "Tin\n\nChiều ngày 15/11, Tòa án nhân dân tỉnh phối hợp với Ủy ban nhân dân tỉnh tổ chức Lễ ký kết 02 Quy chế "
        "phối hợp công tác."
    )
    assert party_sets(facts) == [("Tòa án nhân dân tỉnh", "Ủy ban nhân dân tỉnh")]


def test_the_ministry_a_department_belongs_to_is_no_party_of_the_signing():
    facts = _facts(
        "Tin\n\nNgày 14/10, tại lễ ký kết quy chế phối hợp giữa Cục An toàn thực phẩm, Cục Quản lý dược thuộc Bộ Y tế "
        "và Cục CSĐT tội phạm về môi trường thuộc Bộ Công an, lãnh đạo các bên phát biểu."
    )
    assert party_sets(facts) == [
        ("Cục An toàn thực phẩm", "Cục Cảnh sát điều tra tội phạm về môi trường", "Cục Quản lý dược")
    ]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Thứ trưởng đề nghị Tổng cục Môi trường cần xây dựng kế hoạch và phối hợp với Sở Y tế.",
            "Tổng cục Môi trường",
        ),
        ("Tổng cục Đường bộ yêu cầu đối với các nhà đầu tư bố trí người, phối hợp với Sở Y tế.", "Tổng cục Đường bộ"),
        ("Báo Dân trí và Sở Y tế phối hợp tuyên truyền.", "Báo Dân trí"),
        ("Theo Ban chỉ đạo đào tạo cán bộ quân sự cơ sở tỉnh Bạc Liêu, Sở Y tế phối hợp.", None),
    ],
)
def test_a_body_s_name_ends_where_the_clause_goes_on(text, body):
    names = agency_names(_facts(f"Tin\n\nNgày 3/4, {text}"))
    if body is None:
        assert "Ban chỉ đạo đào tạo cán bộ quân sự cơ sở tỉnh Bạc Liêu" in names
    else:
        assert body in names and not any(n.startswith(body + " ") for n in names)


def test_a_number_the_brigade_mobilises_is_no_brigade_and_a_headline_s_number_counts_no_body():
    facts = _facts(
        "Siết xe quá tải trên quốc lộ 20\n\nTổng cục Đường bộ Việt Nam và Lữ đoàn xe tăng 206 ký kết kế hoạch phối hợp."
        "\n\nNăm qua, Lữ đoàn huy động hơn 187 nghìn ngày công."
    )
    assert agency_names(facts) == ["Lữ đoàn xe tăng 206", "Tổng cục Đường bộ Việt Nam"]


def test_a_steering_committee_s_name_stops_before_another_body():
    facts = _facts(
        "Tin\n\nTham dự có Phó Thủ tướng Vương Đình Huệ, Trưởng Ban chỉ đạo Tây Nam Bộ, lãnh đạo Ban Tổ chức Trung "
        "ương, lãnh đạo các bộ."
    )
    assert positions_by_name(facts)["Vương Đình Huệ"] == ["Phó Thủ tướng", "Trưởng Ban chỉ đạo Tây Nam Bộ"]


def test_titles_keep_their_brackets_and_lose_a_trailing_nhu_and_a_verb_of_speech():
    facts = _facts(
        "Tin\n\nVụ trưởng Vụ Chính quyền địa phương (Bộ Nội vụ) Phan Văn Hùng cho biết.\n\nNhiều người đã trở thành "
        "Chỉ huy trưởng Bộ Chỉ huy Biên phòng tỉnh Hà Tĩnh như Thượng tá Võ Trọng Hải.\n\nÔng Nghiêm Văn Bang, Chủ "
        "tịch Hội đồng thành viên Tổng công ty HUD chia sẻ kinh nghiệm.\n\nTheo ủy viên Thường trực UB Pháp luật của "
        "QH Bùi Văn Xuyền, việc này cần làm rõ."
    )
    positions = positions_by_name(facts)
    assert positions["Phan Văn Hùng"] == ["Vụ trưởng Vụ Chính quyền địa phương (Bộ Nội vụ)"]
    assert positions["Võ Trọng Hải"] == ["Chỉ huy trưởng Bộ Chỉ huy Biên phòng tỉnh Hà Tĩnh"]
    assert positions["Nghiêm Văn Bang"] == ["Chủ tịch Hội đồng thành viên Tổng công ty HUD"]
    assert positions["Bùi Văn Xuyền"] == ["ủy viên Thường trực Ủy ban Pháp luật của Quốc hội"]


def test_a_colon_ends_a_title_chain_and_a_verb_of_speech_ends_a_steering_committee():
    facts = _facts(
        "Tin\n\nÔng Nguyễn Hoàng Minh, Phó Giám đốc Sở Xây dựng: Ý kiến này không đúng.\n\nBà Lê Thị Ái Nam, Phó Chủ "
        "tịch UBND tỉnh Bạc Liêu, Trưởng Ban chỉ đạo cho biết: học viên được bố trí đúng chuyên môn.\n\nĐồng chí Phạm "
        "Minh Chính, Trưởng ban Tổ chức Trung ương, Trưởng Ban chỉ đạo giải chủ trì họp báo."
    )
    positions = positions_by_name(facts)
    assert positions["Nguyễn Hoàng Minh"] == ["Phó Giám đốc Sở Xây dựng"]
    assert positions["Lê Thị Ái Nam"] == ["Phó Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu", "Trưởng Ban chỉ đạo"]
    assert positions["Phạm Minh Chính"] == ["Trưởng ban Tổ chức Trung ương", "Trưởng Ban chỉ đạo"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ Giao thông vận tải chia sẻ dữ liệu đăng kiểm có ký số với Bộ Tài chính.",
        "Chiến thắng đã buộc Mỹ phải ký Hiệp định Pa-ri, Chính phủ ta đàm phán.",
    ],
)
def test_a_digital_signature_and_a_signing_owed_are_no_signings(sentence):
    assert party_sets(_facts(f"Tin\n\nNgày 3/4, {sentence}")) == []


def test_modal_words_in_lower_case_end_a_department_s_name_but_not_a_place_s():
    facts = _facts(
        "Tin\n\nNgày 3/4, Đồn Biên phòng Tiểu Cần ký kết quy chế phối hợp với Hội Nông dân tỉnh.\n\nCăn cứ Trung ương "
        "Cục Miền Nam thành chuỗi du lịch, Sở Du lịch và Cục Hàng không Việt Nam phối hợp."
    )
    assert party_sets(facts) == [("Hội Nông dân tỉnh", "Đồn Biên phòng Tiểu Cần")]
    assert "Cục Hàng không Việt Nam" in agency_names(facts)
    assert not any("chuỗi" in name for name in agency_names(facts))


def test_a_delegation_named_by_its_province_is_no_person():
    facts = _facts(
        "Tin\n\nNgày 3/4, Tổng Bí thư Nguyễn Phú Trọng bày tỏ vinh dự được là ĐBQH thuộc Đoàn Hà Nội - Đoàn đại biểu "
        "có số lượng lớn.\n\nÔng Đoàn Văn Việt, Chủ tịch UBND tỉnh dự.\n\nNgày 4/4, ông Đoàn Thái Bình, Chủ tịch UBND "
        "huyện dự."
    )
    # (a person of the surname Đoàn whose given name is a province's stays one)
    assert sorted(positions_by_name(facts)) == ["Nguyễn Phú Trọng", "Đoàn Thái Bình", "Đoàn Văn Việt"]


# --- round s26, third reading (local news of the crawls: provinces, districts, communes) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Công an tỉnh Đắk Nông xác định ông Mai Vinh Quang ký xác nhận hồ sơ nghiệm thu tại Văn phòng Tỉnh ủy.",
        "UBND huyện Krông Pắk ký dôi dư hơn 600 giáo viên, Sở Giáo dục và Đào tạo kiểm tra.",
        "Chánh Văn phòng UBND thành phố Hà Nội thừa lệnh Chủ tịch ký văn bản gửi Giám đốc Công an thành phố.",
        "Đại tá Phạm Thật, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh vừa ký kết luận điều tra chuyển Viện kiểm "
        "sát nhân dân tỉnh.",
        "Ông Nguyễn Ngọc Hải, Giám đốc Chi nhánh Văn phòng Đăng ký đất đai và Sở Tài nguyên và Môi trường cùng dự.",
    ],
)
def test_a_signature_on_papers_a_hire_or_a_letter_is_no_signing(sentence):
    assert party_sets(_facts(f"Tin\n\nNgày 3/4/2019, {sentence}", published="2019-04-05")) == []


@pytest.mark.parametrize("verb", ["ký kết", "ký"])
def test_a_border_post_named_bu_dang_still_signs(verb):
    facts = _facts(f"Tin\n\nNgày 3/4, Đồn Biên phòng Bù Đăng {verb} Quy chế phối hợp với UBND xã Đắk Nhau.")
    assert party_sets(facts) == [("Đồn Biên phòng Bù Đăng", "Ủy ban nhân dân xã Đắk Nhau")]


def test_a_level_by_its_initial_is_spelled_out_in_a_title():
    facts = _facts(
        "Tin\n\nNgày 3/4, ông Nguyễn Văn Đẹp, Phó Chủ tịch UBND H.Hoài Nhơn cho biết UBND H.Bảo Lâm và Công an Q.3 "
        "ký kết quy chế phối hợp."
    )
    assert positions_by_name(facts)["Nguyễn Văn Đẹp"] == ["Phó Chủ tịch Ủy ban nhân dân huyện Hoài Nhơn"]
    assert party_sets(facts) == [("Công an quận 3", "Ủy ban nhân dân huyện Bảo Lâm")]


def test_names_and_titles_end_where_a_page_ran_a_heading_into_the_next_sentence():
    facts = _facts(
        "Tin\n\nCông an đọc lệnh bắt ông Phạm Thanh Thái, nguyên Trưởng phòng Tài nguyên môi trường TP Phan Thiết "
        "Theo cơ quan điều tra, ông đã vi phạm.\n\nThực hiện công tác nhân sự Thường trực HĐND TP Trước đó, phát biểu "
        "khai mạc kỳ họp, Chủ tịch HĐND nói.\n\nTổng cục Địa chất & Khoáng sản sau khi kiểm tra đã phối hợp với Sở Y "
        "tế.\n\nBan Chỉ đạo Tây Nam Bộ làm trụ sở hành chính UBND quận Cái Răng.\n\nĐoàn của Cục Bảo vệ môi trường "
        "miền Trung và Tây Nguyên kiểm tra mức độ ô nhiễm.\n\nÔng Nguyễn Văn Chiến, Phó Giám đốc Sở Y tế tỉnh Thái "
        "Bình nhận công tác mới."
    )
    assert positions_by_name(facts)["Phạm Thanh Thái"] == [
        "nguyên Trưởng phòng Tài nguyên môi trường Thành phố Phan Thiết"
    ]
    assert positions_by_name(facts)["Nguyễn Văn Chiến"] == ["Phó Giám đốc Sở Y tế tỉnh Thái Bình"]
    names = agency_names(facts)
    for body in [
        "Thường trực Hội đồng nhân dân Thành phố",
        "Tổng cục Địa chất & Khoáng sản",
        "Ban Chỉ đạo Tây Nam Bộ",
        "Cục Bảo vệ môi trường miền Trung và Tây Nguyên",
    ]:
        assert body in names and not any(n.startswith(body + " ") for n in names), (body, names)


def test_a_cause_or_a_passive_after_a_title_ends_it():
    facts = _facts(
        "Tin\n\nÔng Lê Khắc Ghi, Tỉnh ủy viên, nguyên Giám đốc Sở Văn hóa, Thể thao và Du lịch do đã có các sai phạm."
        "\n\nUBND huyện báo cáo về ông Trần Hữu Thái - Trưởng phòng Nội vụ huyện vì dư luận nghi ngờ dùng bằng giả."
        "\n\nÔng Phạm Ngọc Kha, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Tuy Đức, nguyên Trưởng phòng Tài nguyên và Môi "
        "trường huyện bị cảnh cáo."
    )
    positions = positions_by_name(facts)
    assert positions["Lê Khắc Ghi"] == ["Tỉnh ủy viên", "nguyên Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
    assert positions["Trần Hữu Thái"] == ["Trưởng phòng Nội vụ huyện"]
    assert positions["Phạm Ngọc Kha"] == [
        "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Tuy Đức",
        "nguyên Trưởng phòng Tài nguyên và Môi trường huyện",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the one who signed an act of administration, a letter or a diploma
        "Theo Quyết định số 724/QĐ-UBND ngày 29/3/2018 của UBND tỉnh do Phó Chủ tịch Vũ Việt Văn ký, Sở Giáo dục và "
        "Đào tạo thay đổi phương thức thi.",
        "Quyết định kỷ luật dựa trên Công văn của Sở Nội vụ do ông Đoàn Dụng ký yêu cầu xử lý kỷ luật.",
        # a contract's appendix, letters of assent, handover minutes, an act to be issued
        "Sở Y tế đã ký phụ lục hợp đồng với nhà thầu, Công an tỉnh điều tra.",
        "Ông Vũ Văn Ninh đã ký các văn bản đồng ý cho thoái vốn tại Bộ Tài chính và Bộ Công Thương.",
        "Bộ Thông tin và Truyền thông và Ban Tuyên giáo Trung ương đã ký biên bản bàn giao nhiệm vụ.",
        "Liên Sở đã trình UBND thành phố để ký ban hành.",
        # "Ký" in a name
        "Trung đoàn 66 (còn gọi là Trung đoàn Ký Con) và Sở Y tế lập chiến công.",
        "Ông Nguyễn Xuân Ký, Phó Chủ tịch HĐND tỉnh và Công an tỉnh dự hội nghị.",
    ],
)
def test_a_signature_that_is_no_agreement(sentence):
    assert party_sets(_facts(f"Tin\n\nNgày 3/4/2019, {sentence}", published="2019-04-05")) == []


def test_a_capitalised_verb_before_a_document_or_a_lower_case_word_signs():
    facts = _facts(
        "Tin\n\nSáng nay 14-3, tại Thanh tra tỉnh đã diễn ra lễ Ký giao ước thi đua năm 2023 giữa Thanh tra tỉnh Tuyên "
        "Quang và Thanh tra tỉnh Thái Nguyên.",
        published="2023-03-14",
    )
    assert party_sets(facts) == [("Thanh tra tỉnh Thái Nguyên", "Thanh tra tỉnh Tuyên Quang")]
