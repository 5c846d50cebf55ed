"""Signing acts told twice, signers named by their titles, and whose list names the parties (round
"generalise", second pass: classes seen on the held-out pages and the README showcase). Sentences are
made up."""

from _signing_helpers import extract
from _signing_helpers import party_sets as _party_sets


def _facts(text, published="2024-09-05", province="Kon Tum", title=None):
    return extract(text, published, province, title)


def test_a_signer_signs_for_the_body_he_heads_not_one_he_sits_in():
    f = _facts(
        "Ngày 5-9, Ban Tuyên giáo Tỉnh ủy, Công an tỉnh và Hội Nông dân tỉnh Kon Tum tổ chức hội nghị ký kết "
        "Chương trình phối hợp số 07-CTr/BTGTU-CAT-HND về tuyên truyền pháp luật giai đoạn 2024 - 2026.\n\n"
        "Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; Đại tá Trần Văn "
        "Bình, Giám đốc Công an tỉnh và ông Lê Văn Cường, Chủ tịch Hội Nông dân tỉnh cùng ký chương trình."
    )
    assert _party_sets(f) == [("Ban Tuyên giáo Tỉnh ủy Kon Tum", "Công an tỉnh Kon Tum", "Hội Nông dân tỉnh Kon Tum")]
    assert "Ban Thường vụ Tỉnh ủy" not in [a.name for a in f.agencies]


def test_one_act_told_twice_keeps_the_document_of_the_first_telling():
    f = _facts(
        "Ngày 5-9, Ban Tuyên giáo Tỉnh ủy và Công an tỉnh Kon Tum tổ chức hội nghị ký kết Chương trình phối "
        "hợp số 07-CTr/BTGTU-CAT về tuyên truyền pháp luật giai đoạn 2024 - 2026.\n\nTại hội nghị, đại diện "
        "Ban Tuyên giáo Tỉnh ủy, Công an tỉnh và Hội Nông dân tỉnh cùng ký chương trình."
    )
    assert len(f.signings) == 1
    s = f.signings[0]
    assert (s.document, s.date, s.period) == ("07-CTr/BTGTU-CAT", "2024-09-05", (2024, 2026))
    assert [d.issued for d in f.documents] == ["2024-09-05"]


def test_a_unit_followed_by_its_parent_in_apposition_signs_alone():
    f = _facts(
        "Ngày 12/5, Phòng Tham mưu, Bộ Tư lệnh Vùng 2 Hải quân và Hải đội 102, Bộ Tư lệnh Vùng Cảnh sát biển 4 "
        "ký kết kế hoạch hiệp đồng tuần tra."
    )
    assert _party_sets(f) == [("Hải đội 102", "Phòng Tham mưu")]
    # the parents stay agencies: they are named
    assert "Bộ Tư lệnh Vùng 2 Hải quân" in [a.name for a in f.agencies]


def test_a_comma_after_the_item_joined_by_va_ends_the_list():
    f = _facts(
        "Ngày 12/5, Bộ Tư lệnh Vùng 2 Hải quân và Bộ Tư lệnh Vùng Cảnh sát biển 4 tổ chức hội nghị ký kết quy chế "
        "phối hợp.\n\nSau phần ký kết giữa Bộ Tư lệnh Vùng 2 Hải quân và Bộ Tư lệnh Vùng Cảnh sát biển 4, Hải đội "
        "102, Bộ Tư lệnh Vùng Cảnh sát biển 4 và Phòng Tham mưu, Bộ Tư lệnh Vùng 2 Hải quân cũng tiến hành ký "
        "kết kế hoạch hiệp đồng."
    )
    assert _party_sets(f) == [
        ("Bộ Tư lệnh Vùng 2 Hải quân", "Bộ Tư lệnh Vùng Cảnh sát biển 4"),
        ("Hải đội 102", "Phòng Tham mưu"),
    ]


def test_the_parties_named_after_giua_win_over_the_organisers():
    f = _facts(
        "Viện kiểm sát nhân dân khu vực 5, Tòa án nhân dân tỉnh vừa tổ chức lễ ký kết Quy chế phối hợp giữa Viện "
        "kiểm sát nhân dân khu vực 5 và Công an 9 phường, xã trên địa bàn trong công tác giải quyết tin báo."
    )
    assert _party_sets(f) == [("Viện kiểm sát nhân dân khu vực 5",)]


def test_a_sentence_opening_with_an_upper_case_accented_letter_is_a_sentence_of_its_own():
    from phoihop.extract.sentences import split_sentences

    text = "Hai bên thống nhất nội dung. Đại tá Lê Văn Hòa phát biểu. Ủy ban nhân dân tỉnh chỉ đạo. TP. Huế đẹp."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Hai bên thống nhất nội dung.",
        "Đại tá Lê Văn Hòa phát biểu.",
        "Ủy ban nhân dân tỉnh chỉ đạo.",
        "TP. Huế đẹp.",
    ]


def test_a_signing_sentence_without_a_subject_goes_on_with_the_sentence_before():
    f = _facts(
        "Tại hội nghị, đại diện Công an tỉnh và Hội Nông dân tỉnh đã trao đổi kinh nghiệm thực hiện quy chế thời "
        "gian qua. Đồng thời, ký kết quy chế phối hợp năm 2024."
    )
    assert [(tuple(sorted(s.parties)), s.period) for s in f.signings] == [
        (("Công an tỉnh", "Hội Nông dân tỉnh"), (2024, 2024))
    ]


def test_a_counted_sub_list_goes_on_with_the_list_it_is_joined_to():
    f = _facts(
        "Tại hội nghị, đại diện lãnh đạo Công an huyện Mèo Vạc và 3 đồn Biên phòng: Pa Vây Sử, Xín Cái và Lũng "
        "Cú đã ký kết kế hoạch phối hợp năm 2024."
    )
    assert _party_sets(f) == [
        ("Công an huyện Mèo Vạc", "Đồn Biên phòng Lũng Cú", "Đồn Biên phòng Pa Vây Sử", "Đồn Biên phòng Xín Cái")
    ]


def test_the_bodies_of_one_counted_head_sign_together():
    f = _facts(
        "Ngày 3/4, đại diện Bộ Chỉ huy BĐBP 2 tỉnh Hà Giang và Cao Bằng cùng Công an huyện Mèo Vạc ký kết "
        "kế hoạch phối hợp năm 2024."
    )
    assert _party_sets(f) == [
        (
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang",
            "Công an huyện Mèo Vạc",
        )
    ]


def test_organisers_whose_named_units_sign_giua_cac_do_not_sign_themselves():
    f = _facts(
        "Công an 3 tỉnh gồm: Kon Tum, Gia Lai và Đắk Lắk vừa tổ chức hội nghị ký kết kế hoạch phối hợp giữa các "
        "Phòng Cảnh sát hình sự.\n\nLãnh đạo Phòng Cảnh sát hình sự Công an 3 tỉnh ký kết kế hoạch phối hợp."
    )
    assert _party_sets(f) == [
        (
            "Phòng Cảnh sát hình sự Công an tỉnh Gia Lai",
            "Phòng Cảnh sát hình sự Công an tỉnh Kon Tum",
            "Phòng Cảnh sát hình sự Công an tỉnh Đắk Lắk",
        )
    ]


def test_a_counted_head_partner_stands_for_the_bodies_named_with_that_head_and_level():
    f = _facts(
        "Ngày 5/5, hội nghị ký kết quy chế phối hợp giữa Viện kiểm sát quân sự Quân khu 2 với Viện kiểm sát nhân "
        "dân 3 tỉnh trên địa bàn đã diễn ra tại Hà Giang. Dự hội nghị có lãnh đạo Viện kiểm sát nhân dân các tỉnh "
        "Hà Giang, Tuyên Quang và Yên Bái."
    )
    assert _party_sets(f) == [
        ("Viện kiểm sát nhân dân tỉnh Hà Giang", "Viện kiểm sát quân sự Quân khu 2"),
        ("Viện kiểm sát nhân dân tỉnh Tuyên Quang", "Viện kiểm sát quân sự Quân khu 2"),
        ("Viện kiểm sát nhân dân tỉnh Yên Bái", "Viện kiểm sát quân sự Quân khu 2"),
    ]


def test_the_whole_subject_list_issues_the_document_it_drafts_or_issues():
    for verb in ("đã xây dựng Chương trình phối hợp công tác dân vận số", "đã ban hành Chương trình phối hợp số"):
        f = _facts(
            "Ngay từ đầu năm, Ban Dân vận Huyện ủy, Công an huyện và Ban Chỉ huy Quân sự huyện Chư Sê "
            f"{verb} 07-CTr/BDV-CA-QS ngày 12/01/2024 về công tác dân vận năm 2024."
        )
        assert [d.parties for d in f.documents] == [
            ["Ban Dân vận Huyện ủy Chư Sê", "Công an huyện Chư Sê", "Ban Chỉ huy Quân sự huyện Chư Sê"]
        ]
