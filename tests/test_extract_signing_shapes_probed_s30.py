"""Shapes of signings from the helpers' made-up pages of round s30 and the classes left over from round s29 (the texts
here are made up in their image)."""

import pytest
from _signing_helpers import extract, signing_tuples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ngày 12/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024. Đồng thời, ký kết "
            "chương trình phối hợp giai đoạn 2025-2030 với Sở Y tế.",
            [(("Ban Dân vận Tỉnh ủy", "Sở Y tế"), "2025-03-12", "2025-2030")],
        ),
        (
            "Sáng 5/4, Hội LHPN tỉnh và Công an tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện chương trình phối hợp. "
            "Dịp này, tiếp tục ký kết chương trình phối hợp giai đoạn 2025-2030.",
            [(("Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "2025-04-05", "2025-2030")],
        ),
        (
            # (no partner in the clause: the body the subject met in the sentence before)
            "Chiều 8/6, Bộ Chỉ huy Quân sự tỉnh làm việc với Sở Lao động - Thương binh và Xã hội. Sau đó, ký kết kế "
            "hoạch phối hợp thực hiện chính sách hậu phương quân đội.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Sở Lao động - Thương binh và Xã hội"), "2025-06-08", "")],
        ),
    ],
)
def test_a_clause_opening_with_its_verb_after_a_linking_adverbial_goes_on_with_the_subject_before(text, expected):
    assert signing_tuples(extract("Tin\n\n" + text, "2025-06-10", "Nghệ An")) == expected


def test_a_clause_with_its_own_subject_is_not_given_the_one_before():
    facts = extract(
        "Tin\n\nSáng 5/4, Hội LHPN tỉnh tổ chức hội nghị tổng kết. Dịp này, Công an tỉnh và Tỉnh đoàn ký kết "
        "chương trình phối hợp.",
        "2025-04-06",
        "Nghệ An",
    )
    assert signing_tuples(facts) == [(("Công an tỉnh", "Tỉnh đoàn"), "2025-04-05", "")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sáng 14/5, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp giai đoạn 2021 - 2025 với các đơn vị sau:\n"
            "1. Sở Y tế;\n2. Hội Nông dân tỉnh.",
            [
                (("Ban Dân vận Tỉnh ủy", "Sở Y tế"), "2021-05-14", "2021-2025"),
                (("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"), "2021-05-14", "2021-2025"),
            ],
        ),
        (
            "Sáng 20/4, các đơn vị sau đã ký kết quy chế phối hợp liên ngành:\n- Công an tỉnh;\n"
            "- Bộ Chỉ huy Quân sự tỉnh;\n- Bộ Chỉ huy Bộ đội Biên phòng tỉnh.",
            [
                (
                    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"),
                    "2021-04-20",
                    "",
                )
            ],
        ),
        (
            "Sáng 14/5, Hội Liên hiệp Phụ nữ tỉnh ký kết chương trình phối hợp với:\n"
            "- Sở Tư pháp: tuyên truyền pháp luật;\n- Công an tỉnh: phòng, chống mua bán người.",
            [
                (("Hội Liên hiệp Phụ nữ tỉnh", "Sở Tư pháp"), "2021-05-14", ""),
                (("Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "2021-05-14", ""),
            ],
        ),
    ],
)
def test_the_items_a_line_ending_with_a_colon_lists_one_a_line_are_its_partners(text, expected):
    facts = extract("Tin\n\n" + text, "2021-05-15", "Lào Cai")
    assert sorted(signing_tuples(facts)) == sorted(expected)


def test_a_list_of_related_links_after_a_colon_stays_furniture():
    facts = extract(
        "Tin\n\nSáng 14/5, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2020.\nTin liên quan:\n"
        "- Công an tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh\n- Tỉnh Đoàn ra quân tình nguyện hè",
        "2021-05-15",
        "Lào Cai",
    )
    assert signing_tuples(facts) == []


def test_each_partner_after_its_own_with_and_a_semicolon_signs():
    facts = extract(
        "Tin\n\nTheo đó, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Sở Y tế; với Sở Giáo dục và Đào tạo; "
        "với Hội Nông dân tỉnh và với Công an tỉnh.",
        "2016-04-14",
        "Hà Giang",
    )
    assert sorted(p for p, _, _ in signing_tuples(facts)) == sorted(
        ("Ban Dân vận Tỉnh ủy", p) if p > "Ban Dân vận Tỉnh ủy" else (p, "Ban Dân vận Tỉnh ủy")
        for p in ("Sở Y tế", "Sở Giáo dục và Đào tạo", "Hội Nông dân tỉnh", "Công an tỉnh")
    )


def test_the_acts_listed_after_the_event_are_its_signings_with_its_term():
    facts = extract(
        "Tin\n\nSáng 22-5, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị ký kết các chương trình phối hợp giám sát giai "
        "đoạn 2019 - 2024.\nCác chương trình được ký kết gồm:\n1. Chương trình phối hợp giữa Ban Thường trực Ủy ban "
        "MTTQ Việt Nam tỉnh và Sở Tài nguyên và Môi trường về giám sát bảo vệ môi trường;\n2. Chương trình phối hợp "
        "giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Sở Y tế về giám sát bảo đảm an toàn thực phẩm.",
        "2019-05-22",
        "Bình Định",
    )
    board = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert sorted(signing_tuples(facts)) == sorted(
        [
            (tuple(sorted((board, "Sở Tài nguyên và Môi trường"))), "2019-05-22", "2019-2024"),
            (tuple(sorted((board, "Sở Y tế"))), "2019-05-22", "2019-2024"),
        ]
    )


def test_acts_recalled_as_signed_before_are_no_new_signings():
    facts = extract(
        "Tin\n\nSáng 5/6, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2020. Các chương trình đã được ký "
        "kết gồm: chương trình phối hợp giữa Hội Nông dân tỉnh và Sở Y tế năm 2016.",
        "2021-06-06",
        "Lào Cai",
    )
    assert signing_tuples(facts) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sáng 11.5, Công an tỉnh, Bộ CHQS tỉnh và Bộ Chỉ huy BĐBP tỉnh tổ chức hội nghị ký kết quy chế phối hợp "
            "thực hiện Nghị định số 77/2010/NĐ-CP ngày 12/7/2010 của Chính phủ.",
            [
                (
                    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"),
                    "2011-05-11",
                    "",
                )
            ],
        ),
        (
            "Ngày 5-6, Sở Tư pháp và Bộ Chỉ huy BĐBP tỉnh ký kết kế hoạch phối hợp theo Quyết định số 290-QĐ/TW ngày "
            "25/2/2010 của Bộ Chính trị.",
            [(("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Sở Tư pháp"), "2011-06-05", "")],
        ),
    ],
)
def test_a_dated_document_the_act_carries_out_does_not_make_it_an_old_signing(text, expected):
    assert signing_tuples(extract("Tin\n\n" + text, "2011-06-10", "Tây Ninh")) == expected


def test_a_dated_document_signed_years_before_is_still_retold():
    facts = extract(
        "Tin\n\nHội Nông dân tỉnh và Công an tỉnh đã ký kết Chương trình phối hợp số 05/CTr-HND-CA ngày 12/4/2016.",
        "2021-06-10",
        "Tây Ninh",
    )
    assert signing_tuples(facts) == []


def test_the_codes_of_a_central_document_name_no_province_s_body():
    facts = extract(
        "Tin\n\nChiều 5-6, Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp thực hiện Nghị quyết liên "
        "tịch số 01/2010/NQLT-BCA-HND ngày 3/3/2010.",
        "2011-06-10",
        "Tây Ninh",
    )
    (document,) = facts.documents
    assert document.parties == []


@pytest.mark.parametrize(
    "caption",
    [
        "Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp năm 2016. Ảnh tư liệu",
        "Lễ ký kết quy chế phối hợp giữa Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh năm 2019. (Ảnh minh họa)",
        "Lãnh đạo hai đơn vị ký kết chương trình phối hợp vào tháng 5/2018 (ảnh tư liệu).",
    ],
)
def test_the_caption_of_an_archive_photo_tells_no_signing_of_the_day(caption):
    facts = extract(
        "Tin\n\nChiều 5/5, Hội Nông dân tỉnh tổng kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh.\n" + caption,
        "2021-05-06",
        "Lào Cai",
    )
    assert signing_tuples(facts) == []


def test_a_long_credit_after_the_report_s_own_signing_keeps_it():
    facts = extract(
        "Tin\n\nChiều 5/5, Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp giai đoạn 2021-2025. Ảnh "
        "minh họa: Báo Lào Cai tổng hợp về các hoạt động năm 2020 trên địa bàn",
        "2021-05-06",
        "Lào Cai",
    )
    assert signing_tuples(facts) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), "2021-05-05", "2021-2025")]


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng nay, Công an tỉnh và Tỉnh Đoàn ký kết chương trình phối hợp.",
        "(Người dẫn) Chiều nay, tại Hội trường Công an tỉnh, Công an tỉnh và Tỉnh Đoàn đã ký kết chương trình phối "
        "hợp.",
    ],
)
def test_a_signing_told_as_this_morning_s_is_of_the_page_s_day(lead):
    assert signing_tuples(extract("Tin\n\n" + lead, "2021-05-04", "Lào Cai")) == [
        (("Công an tỉnh", "Tỉnh Đoàn"), "2021-05-04", "")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chiều 3/6, Sở Tư pháp tổ chức hội nghị triển khai công tác năm 2021.\nĐại diện Sở Tư pháp và Hội Nông dân "
            "tỉnh trao văn bản ký kết chương trình phối hợp.",
            [(("Hội Nông dân tỉnh", "Sở Tư pháp"), "2021-06-03", "")],
        ),
        (
            "Chiều 3/6, Công an tỉnh và Tỉnh Đoàn tổng kết chương trình phối hợp giai đoạn 2016 - 2020.\nLãnh đạo hai "
            "đơn vị trao đổi văn bản ký kết chương trình phối hợp giai đoạn 2021 - 2025.",
            [(("Công an tỉnh", "Tỉnh Đoàn"), "2021-06-03", "2021-2025")],
        ),
    ],
)
def test_the_signed_texts_exchanged_at_the_ceremony_tell_the_signing(text, expected):
    assert signing_tuples(extract("Tin\n\n" + text, "2021-06-04", "Lào Cai")) == expected


def test_an_organiser_s_lead_with_the_term_folds_into_the_one_act_its_board_signs():
    facts = extract(
        "Tin\n\nSáng 5/3, Hội Nông dân tỉnh tổ chức lễ ký kết kế hoạch phối hợp năm 2026. Theo đó, Ban Thường vụ Hội "
        "Nông dân tỉnh ký kết kế hoạch với Công an tỉnh.",
        "2026-03-06",
        "Đắk Lắk",
    )
    assert signing_tuples(facts) == [(("Ban Thường vụ Hội Nông dân tỉnh", "Công an tỉnh"), "2026-03-05", "2026-2026")]


def test_a_later_morning_of_a_dated_report_is_that_report_s_day():
    facts = extract(
        "Tin\n\nSáng 5/3, Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh. Cũng trong sáng "
        "nay, Bộ Chỉ huy Quân sự tỉnh còn ký kết với Liên đoàn Lao động tỉnh.",
        "2024-03-06",
        "Lào Cai",
    )
    assert {date for _, date, _ in signing_tuples(facts)} == {"2024-03-05"}


@pytest.mark.parametrize(
    "text, unit, partner",
    [
        (
            "Sáng 14-8, Đảng ủy Ban Chỉ huy phòng thủ khu vực 2 - Hoài Nhơn, thuộc Bộ Chỉ huy Quân sự tỉnh Gia Lai, tổ "
            "chức hội nghị ký kết quy chế phối hợp với Đảng ủy xã Hoài Ân.",
            "Đảng ủy Ban Chỉ huy phòng thủ khu vực 2 - Hoài Nhơn",
            "Đảng ủy xã Hoài Ân",
        ),
        (
            "Ngày 5/9, Trung đoàn 994, trực thuộc Bộ Chỉ huy Quân sự tỉnh Gia Lai, ký kết kế hoạch phối hợp với Công "
            "an xã Ia Grai.",
            "Trung đoàn 994",
            "Công an xã Ia Grai",
        ),
    ],
)
def test_a_unit_s_parent_set_off_by_commas_does_not_sign_for_it(text, unit, partner):
    ((parties, _, _),) = signing_tuples(extract("Tin\n\n" + text, "2025-09-10", "Gia Lai"))
    assert set(parties) == {unit, partner}


def test_the_bodies_of_the_venue_opening_a_review_are_not_its_subject():
    facts = extract(
        "Tin\n\nChiều 18/9, tại Hội trường Công an tỉnh, Công an tỉnh Đắk Lắk và Ban Thường trực Ủy ban MTTQ Việt Nam "
        "tỉnh tổ chức Hội nghị tổng kết Chương trình phối hợp số 09/CTrPH-CAT-MTTQ ngày 12/5/2021 giữa Công an tỉnh "
        "và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh giai đoạn 2021 – 2025, đồng thời ký kết Chương trình phối hợp "
        "giai đoạn 2025 – 2030.",
        "2025-09-19",
        "Đắk Lắk",
    )
    assert signing_tuples(facts) == [
        (
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Công an tỉnh Đắk Lắk"),
            "2025-09-18",
            "2025-2030",
        )
    ]


def test_each_item_of_a_partners_list_opens_with_its_partner_and_the_work_agreed():
    facts = extract(
        "Tin\n\nChiều 11/7, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết và ký kết chương trình phối hợp giai "
        "đoạn 2017 - 2022.\nTại hội nghị, Ban Thường vụ Hội LHPN tỉnh đã ký kết chương trình phối hợp với:\n"
        "- Sở Tư pháp: tuyên truyền, phổ biến, giáo dục pháp luật, hòa giải ở cơ sở;\n"
        "- Công an tỉnh: phòng, chống mua bán người, bạo lực gia đình;\n"
        "- Liên đoàn Lao động tỉnh: chăm lo, bảo vệ quyền và lợi ích hợp pháp của nữ công nhân, lao động.",
        "2017-07-12",
        "Thái Bình",
    )
    board = "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh"
    assert sorted(signing_tuples(facts)) == sorted(
        (tuple(sorted((board, p))), "2017-07-11", "2017-2022")
        for p in ("Sở Tư pháp", "Công an tỉnh", "Liên đoàn Lao động tỉnh")
    )


def test_the_kind_of_the_partners_then_the_sentence_that_lists_them():
    facts = extract(
        "Tin\n\nSáng 5/1, tại trụ sở Tỉnh Đoàn, Ban Thường vụ Tỉnh Đoàn tổ chức hội nghị ký kết chương trình phối hợp "
        "năm 2024 với các sở, ban, ngành, đoàn thể, lực lượng vũ trang tỉnh. Cụ thể:\n"
        "+ Với Sở Giáo dục và Đào tạo: triển khai các hoạt động giáo dục kỹ năng cho học sinh;\n"
        "+ Với Sở Nội vụ: bồi dưỡng, tạo nguồn cán bộ trẻ;\n"
        "+ Với Công an tỉnh: phòng, chống tội phạm, bảo đảm trật tự an toàn giao thông.\n"
        "Đồng chí Nguyễn Khánh Linh, Bí thư Tỉnh Đoàn phát biểu tại hội nghị.",
        "2024-01-05",
        "Vĩnh Phúc",
    )
    assert sorted(signing_tuples(facts)) == sorted(
        (tuple(sorted(("Ban Thường vụ Tỉnh Đoàn", p))), "2024-01-05", "2024-2024")
        for p in ("Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Công an tỉnh")
    )


@pytest.mark.parametrize("reference", ["hai đơn vị này", "các đơn vị nêu trên", "2 cơ quan, đơn vị trên"])
def test_partners_named_above_by_a_reference_sign(reference):
    facts = extract(
        "Tin\n\nSáng 14/5, Hội Nông dân tỉnh sơ kết việc phối hợp với Công an tỉnh và Sở Tư pháp. Cũng tại hội nghị, "
        f"Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2021 - 2025 với {reference}.",
        "2021-05-15",
        "Phú Thọ",
    )
    assert sorted(signing_tuples(facts)) == [
        (("Công an tỉnh", "Hội Nông dân tỉnh"), "2021-05-14", "2021-2025"),
        (("Hội Nông dân tỉnh", "Sở Tư pháp"), "2021-05-14", "2021-2025"),
    ]


def test_a_count_the_bodies_above_do_not_meet_names_none():
    facts = extract(
        "Tin\n\nSáng 14/5, Hội Nông dân tỉnh sơ kết việc phối hợp với Công an tỉnh. Cũng tại hội nghị, Hội Nông dân "
        "tỉnh ký kết chương trình phối hợp với 3 đơn vị trên.",
        "2021-05-15",
        "Phú Thọ",
    )
    assert signing_tuples(facts) == [(("Hội Nông dân tỉnh",), "2021-05-14", "")]


@pytest.mark.parametrize(
    "text, symbol, parties",
    [
        (
            "Sáng 5-11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã ký kết quy chế phối hợp với Viện Kiểm sát nhân "
            "dân tỉnh. Quy chế phối hợp (số 01/QCPH-MTTQ-VKS) gồm 4 chương, 14 điều.",
            "01/QCPH-MTTQ-VKS",
            ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Viện Kiểm sát nhân dân tỉnh"],
        ),
        (
            "Sáng 5-11, Công an tỉnh đã ký kết quy chế phối hợp với Cục Thuế tỉnh. Quy chế giữa Công an tỉnh và Cục "
            "Thuế tỉnh (số 215/QCPH-CAT-CT) gồm 4 chương, 18 điều.",
            "215/QCPH-CAT-CT",
            ["Công an tỉnh", "Cục Thuế tỉnh"],
        ),
    ],
)
def test_the_document_told_in_the_sentence_after_its_signing_is_issued_that_day(text, symbol, parties):
    facts = extract("Tin\n\n" + text, "2013-11-06", "Đồng Nai")
    (document,) = facts.documents
    assert (document.symbol, document.issued, sorted(document.parties)) == (symbol, "2013-11-05", sorted(parties))


def test_another_document_the_signed_plan_carries_out_keeps_its_own_date():
    facts = extract(
        "Tin\n\nSáng 3/4, Hội Nông dân tỉnh và Công an tỉnh ký kết kế hoạch phối hợp năm 2024. Kế hoạch nhằm cụ thể "
        "hóa Chương trình phối hợp số 05/CTrPH-HND-CAT giai đoạn 2021-2026 giữa hai đơn vị.",
        "2024-04-04",
        "Lào Cai",
    )
    (document,) = facts.documents
    assert document.issued is None


def test_a_joint_document_is_not_split_at_a_hub_and_lends_no_term_to_its_hub_s_other_act():
    facts = extract(
        "Tin\n\nSáng 14/5, Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh và Tỉnh Đoàn đã ký "
        "kết chương trình liên tịch giai đoạn 2021 - 2025. Cũng tại hội nghị, Ủy ban MTTQ Việt Nam tỉnh ký kết chương "
        "trình phối hợp với Sở Tài chính.",
        "2021-05-15",
        "Bình Thuận",
    )
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert sorted(signing_tuples(facts)) == sorted(
        [
            (
                tuple(sorted((front, "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Tỉnh Đoàn"))),
                "2021-05-14",
                "2021-2025",
            ),
            (tuple(sorted((front, "Sở Tài chính"))), "2021-05-14", ""),
        ]
    )


def test_the_term_of_one_act_of_a_sentence_is_not_its_second_act_s():
    facts = extract(
        "Tin\n\nSáng 14/5, Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp với Công an tỉnh giai đoạn 2021 - 2025; "
        "đồng thời ký kết quy chế phối hợp với Sở Y tế về công tác quân y.",
        "2021-05-15",
        "Bình Thuận",
    )
    assert sorted(signing_tuples(facts)) == [
        (("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"), "2021-05-14", "2021-2025"),
        (("Bộ Chỉ huy Quân sự tỉnh", "Sở Y tế"), "2021-05-14", ""),
    ]


def test_a_caption_naming_the_hub_by_its_body_repeats_the_pairs_its_standing_board_signed():
    facts = extract(
        "Tin\n\nSáng 5-11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã ký kết quy chế phối hợp với Viện Kiểm sát nhân "
        "dân tỉnh và Tòa án nhân dân tỉnh.\nLãnh đạo Ủy ban MTTQ Việt Nam tỉnh, Viện KSND tỉnh và TAND tỉnh ký kết quy "
        "chế phối hợp.",
        "2013-11-06",
        "Đồng Nai",
    )
    board = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert sorted(p for p, _, _ in signing_tuples(facts)) == sorted(
        [tuple(sorted((board, "Viện Kiểm sát nhân dân tỉnh"))), tuple(sorted((board, "Tòa án nhân dân tỉnh")))]
    )


@pytest.mark.parametrize(
    "text, hub, bodies",
    [
        (
            "Sáng 11/6, Hội Chữ thập đỏ tỉnh ký kết chương trình phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh và "
            "Bệnh viện Đa khoa tỉnh.",
            "Hội Chữ thập đỏ tỉnh",
            ["Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"],
        ),
        (
            "Chiều 15-1, Đồn Biên phòng Cà Ná tổ chức lễ kết nghĩa với Đảng ủy xã Cà Ná và Trường THCS Cà Ná.",
            "Đồn Biên phòng Cà Ná",
            ["Đảng ủy xã Cà Ná"],
        ),
    ],
)
def test_a_partner_that_is_no_body_in_a_with_list_keeps_the_hub_alone_for_its_act(text, hub, bodies):
    parties = [p for p, _, _ in signing_tuples(extract("Tin\n\n" + text, "2021-06-12", "Ninh Thuận"))]
    assert sorted(parties) == sorted([(hub,), *(tuple(sorted((hub, b))) for b in bodies)])
