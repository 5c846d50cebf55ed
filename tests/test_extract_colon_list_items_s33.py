"""A list announced by a colon whose items end with no mark of their own (round s33's HTML helper: "NGƯỜI KÝ:" over a
``<ul>`` of "Name - Title" items): each item keeps its own title (made-up sentences)."""

from __future__ import annotations

from _signing_helpers import extract, party_sets, positions_by_name

LEAD = "Sáng 14/3, Viện KSND tỉnh, Công an tỉnh và Tòa án nhân dân tỉnh Sơn La ký kết quy chế phối hợp liên ngành.\n\n"
SIGNERS = (
    "NGƯỜI KÝ:\n\n"
    "- Đại tá Cầm Văn Thắng - Giám đốc Công an tỉnh\n\n"
    "- Ông Lường Văn Dũng - Viện trưởng VKSND tỉnh\n\n"
    "- Bà Quàng Thị Hoa - Chánh án TAND tỉnh"
)


def test_each_listed_signer_keeps_his_own_title():
    # (the items ran together: the first signer had no title, each next one his predecessor's)
    facts = extract("Ký kết quy chế phối hợp\n\n" + LEAD + SIGNERS, "2022-03-15", "Sơn La")
    assert positions_by_name(facts) == {
        "Cầm Văn Thắng": ["Giám đốc Công an tỉnh"],
        "Lường Văn Dũng": ["Viện trưởng Viện Kiểm sát nhân dân tỉnh"],
        "Quàng Thị Hoa": ["Chánh án Tòa án nhân dân tỉnh"],
    }


def test_control_items_with_marks_of_their_own_still_sign_with_the_announcer():
    text = (
        "Ký kết chương trình phối hợp\n\nNgày 14/3, Hội Nông dân tỉnh Sơn La ký kết chương trình phối hợp giai đoạn "
        "2022 - 2027 với các đơn vị sau:\n\n1. Sở Tư pháp;\n\n2. Công an tỉnh."
    )
    facts = extract(text, "2022-03-15", "Sơn La")
    assert sorted(party_sets(facts)) == [
        ("Công an tỉnh", "Hội Nông dân tỉnh Sơn La"),
        ("Hội Nông dân tỉnh Sơn La", "Sở Tư pháp"),
    ]
