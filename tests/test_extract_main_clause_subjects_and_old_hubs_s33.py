"""Two readings of a sentence's clauses (round s33, helper X's classes 3 and 5): in a sentence that opens with the
document it rests on ("Trên cơ sở Chương trình ... giữa A với B, C đã ..."), the bodies after the comma that closes the
document's pair are the main clause's subject, not its parties; and an old act recalled with its year ("Ngày 5/9/2016,
... được ký kết giữa A với B") makes A no hub for the page's joint act ("A cùng B và C ký kết")."""

from _signing_helpers import extract, party_sets


def test_the_main_clause_s_subject_is_no_party_of_the_document_it_rests_on():
    facts = extract(
        "Tin\n\nTrên cơ sở Chương trình phối hợp số 07/CTrPH-BCA-HPN ngày 12/4/2021 giữa Bộ Công an với Hội Liên hiệp "
        "Phụ nữ Việt Nam, Công an huyện Phong Điền, Cờ Đỏ đã thành lập các tổ phụ nữ tự quản.",
        "2024-06-05",
        "Cần Thơ",
    )
    (doc,) = facts.documents
    assert doc.parties == ["Bộ Công an", "Hội Liên hiệp Phụ nữ Việt Nam"]


def test_control_a_hub_s_partners_after_a_comma_stay_parties():
    facts = extract(
        "Tin\n\nChương trình phối hợp số 09/CTr-CAT giữa Công an tỉnh với Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh "
        "đã phát huy hiệu quả.",
        "2024-06-05",
        "Hậu Giang",
    )
    (doc,) = facts.documents
    assert len(doc.parties) == 3


def test_an_old_act_s_hub_does_not_split_the_page_s_joint_act():
    facts = extract(
        "Tin\n\nNgày 12/4/2017, Quy chế phối hợp được ký kết giữa Đảng ủy Đồn Biên phòng Sa Loong với Đảng ủy xã "
        "Đăk Nhoong. Sáng 9/10, Đảng ủy Đồn Biên phòng Sa Loong cùng Đảng ủy xã Đăk Nhoong và Đảng ủy xã Đăk Long ký "
        "kết Quy chế phối hợp giai đoạn 2025 - 2030.",
        "2025-10-10",
        "Kon Tum",
    )
    assert party_sets(facts) == [("Đảng ủy xã Đăk Long", "Đảng ủy xã Đăk Nhoong", "Đảng ủy Đồn Biên phòng Sa Loong")]


def test_control_the_page_s_own_hub_still_splits_the_caption_s_list():
    facts = extract(
        "Tin\n\nSáng 9/10, Đảng ủy Đồn Biên phòng Sa Loong ký kết quy chế phối hợp với Đảng ủy xã Đăk Nhoong và Đảng "
        "ủy xã Đăk Long.\n\nẢnh: Đảng ủy Đồn Biên phòng Sa Loong, Đảng ủy xã Đăk Nhoong và Đảng ủy xã Đăk Long ký kết "
        "quy chế.",
        "2025-10-10",
        "Kon Tum",
    )
    assert party_sets(facts) == [
        ("Đảng ủy xã Đăk Long", "Đảng ủy Đồn Biên phòng Sa Loong"),
        ("Đảng ủy xã Đăk Nhoong", "Đảng ủy Đồn Biên phòng Sa Loong"),
    ]
