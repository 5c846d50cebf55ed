"""Signings as round s32's helpers printed them (made-up texts in the image of their pages): a subjectless caption
after a sentence where one body did something else signs nothing of its own; a new document "thay thế" an old one
takes neither the old one's year nor its issue date; a body and its own Party committee listed after "với" are two
partners."""

import pytest
from _signing_helpers import extract, signing_tuples


def _signings(text, published="2025-10-10", province="Cà Mau"):
    return signing_tuples(extract(f"Tin\n\n{text}", published, province))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chiều 3/4, Ban CHQS huyện Năm Căn và Đồn Biên phòng Rạch Gốc ký kết quy chế phối hợp.\nTrước đó, UBND "
            "huyện đã kiện toàn Ban Chỉ huy Quân sự huyện.\nĐại diện các đơn vị ký kết quy chế phối hợp.",
            [(("Ban Chỉ huy Quân sự huyện Năm Căn", "Đồn Biên phòng Rạch Gốc"), "2025-04-03", "")],
        ),
        (
            "Chiều 3/4, Bộ CHQS tỉnh và Công an tỉnh ký kết kế hoạch phối hợp mùa mưa bão.\nHội Chữ thập đỏ tỉnh đã "
            "chuẩn bị 500 suất quà cho người dân vùng trũng.\nĐại diện các đơn vị ký kết kế hoạch.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"), "2025-04-03", "")],
        ),
        ("Dịp này, UBND tỉnh tặng bằng khen cho 5 tập thể.\nKý kết kế hoạch phối hợp giai đoạn 2017 - 2022.", []),
        # controls: the sentence before holds the meeting, or names the pair
        (
            "Sáng 5/3, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết. Đồng thời, ký kết chương trình phối hợp giai "
            "đoạn 2025 - 2030.",
            [(("Hội Cựu chiến binh tỉnh",), "2025-03-05", "2025-2030")],
        ),
        (
            "Sáng 5/3, Hội Nông dân tỉnh và Bộ CHQS tỉnh tổ chức hội nghị sơ kết.\nKý kết chương trình phối hợp giai "
            "đoạn 2025 - 2030.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"), "2025-03-05", "2025-2030")],
        ),
    ],
)
def test_a_subjectless_signing_goes_on_only_with_a_subject_that_met(text, expected):
    assert _signings(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ngày 20/9, Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh ký kết quy chế phối hợp mới, thay thế quy chế năm "
            "2013.",
            [(("Thanh tra tỉnh", "Ủy ban Kiểm tra Tỉnh ủy"), "2025-09-20", "")],
        ),
        (
            "Chiều 5/6, Công an tỉnh và Viện Kiểm sát nhân dân tỉnh ký kết quy chế phối hợp mới thay thế Quy chế số "
            "12/QCPH ngày 3/4/2014.",
            [(("Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"), "2025-06-05", "")],
        ),
        (
            "Sáng 5/9, Hội Nông dân tỉnh và Bộ CHQS tỉnh ký kết chương trình phối hợp. Chương trình thực hiện giai "
            "đoạn 2025 - 2030, thay thế chương trình ký năm 2021.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"), "2025-09-05", "2025-2030")],
        ),
    ],
)
def test_the_document_a_signing_replaces_lends_it_nothing(text, expected):
    assert _signings(text) == expected


@pytest.mark.parametrize(
    "text, partners",
    [
        (
            "Sáng 14/3, Hội LHPN tỉnh ký kết chương trình phối hợp với Đảng ủy, Bộ Chỉ huy Quân sự tỉnh.",
            ["Bộ Chỉ huy Quân sự tỉnh", "Đảng ủy Bộ Chỉ huy Quân sự tỉnh"],
        ),
        (
            "Sáng 14/3, Hội LHPN tỉnh ký kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh và Đảng ủy Quân sự "
            "tỉnh.",
            ["Bộ Chỉ huy Quân sự tỉnh", "Đảng ủy Quân sự tỉnh"],
        ),
    ],
)
def test_a_body_and_its_party_committee_after_with_are_two_partners(text, partners):
    signings = _signings(text, province="Lạng Sơn")
    assert sorted(p for parties, _, _ in signings for p in parties if p != "Hội Liên hiệp Phụ nữ tỉnh") == partners
    assert all(len(parties) == 2 for parties, _, _ in signings)


@pytest.mark.parametrize(
    "text, members",
    [
        (
            "Ngày 10/2, Công an huyện Bảo Yên, Văn Bàn và Bảo Thắng (Cụm thi đua số 3) ký giao ước thi đua năm 2025. "
            "Công an huyện Văn Bàn được bầu làm Cụm trưởng, Công an huyện Bảo Thắng làm Cụm phó.",
            ("Công an huyện Bảo Thắng", "Công an huyện Bảo Yên", "Công an huyện Văn Bàn"),
        ),
        (
            "Ngày 10/2, Ban Tổ chức Tỉnh ủy, Ban Nội chính Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy (Khối thi đua các cơ "
            "quan tham mưu) ký giao ước thi đua. Ban Nội chính Tỉnh ủy làm Trưởng khối.",
            ("Ban Nội chính Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"),
        ),
    ],
)
def test_a_pact_s_subject_list_signs_whole_though_its_head_is_named_by_role(text, members):
    assert [parties for parties, _, _ in _signings(text, province="Lào Cai")] == [members]


def test_a_caption_naming_a_party_by_a_short_form_never_spelled_out_retells_the_act():
    text = (
        "Chiều 18.11, Bộ Tư lệnh Cảnh sát biển Việt Nam và Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh ký kết chương "
        "trình phối hợp giai đoạn 2022 - 2027.\nLễ ký kết chương trình phối hợp giữa Bộ Tư lệnh Cảnh sát biển và Trung "
        "ương Đoàn - Ảnh: Ngọc Thắng"
    )
    assert _signings(text, published="2022-11-19", province=None) == [
        (
            ("Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Bộ Tư lệnh Cảnh sát biển Việt Nam"),
            "2022-11-18",
            "2022-2027",
        )
    ]


def test_a_headline_signing_with_a_generic_plural_tells_no_pairs_over_the_report_s_joint_list():
    text = (
        "BĐBP Lào Cai ký kết chương trình phối hợp với các cơ quan báo chí\nChiều 15-2, Bộ Chỉ huy Bộ đội Biên phòng "
        "tỉnh, Báo Lào Cai và Đài Phát thanh - Truyền hình Lào Cai tổ chức ký kết chương trình phối hợp tuyên truyền."
    )
    (parties, date, _) = _signings(text, published="2021-02-16", province="Lào Cai")[0]
    assert len(_signings(text, published="2021-02-16", province="Lào Cai")) == 1
    assert len(parties) == 3 and date == "2021-02-15"
