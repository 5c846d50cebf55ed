"""The Party committee and the mass organisations of a firm named by its Latin brand, as round s36's helpers printed
them (made-up texts in the image of their pages): "Đảng ủy Petrolimex" is a Party committee as "Đảng ủy Công ty Xăng dầu
X" is; a body's initials or a Vietnamese word after the head are no brand."""

from _signing_helpers import extract, named_sectors


def _agencies(text):
    return named_sectors(extract(f"Tin\n\n{text}", "2019-09-10", "Quảng Ninh"))


def test_a_party_committee_of_a_firm_named_by_its_brand():
    text = "Ngày 9/9, Đảng ủy Vinacomin và Đảng ủy Bộ Chỉ huy Quân sự tỉnh phối hợp tổ chức lớp bồi dưỡng chính trị."
    assert _agencies(text) == {
        ("Đảng ủy Vinacomin", "party"),
        ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "party"),
    }


def test_a_firm_s_union_and_youth_union_by_its_brand():
    text = "Công đoàn Petrolimex cùng Đoàn Thanh niên Petrolimex trao quà cho Đồn Biên phòng Quảng Đức."
    assert _agencies(text) == {
        ("Công đoàn Petrolimex", "front"),
        ("Đoàn Thanh niên Petrolimex", "front"),
        ("Đồn Biên phòng Quảng Đức", "military"),
    }


def test_control_the_brand_alone_is_no_body():
    text = "Ngày 9/9, Vinacomin trao 50 suất quà cho Đồn Biên phòng Quảng Đức."
    assert _agencies(text) == {("Đồn Biên phòng Quảng Đức", "military")}


def test_control_a_committee_s_body_by_its_initials_stays_as_it_was():
    text = "Ngày 9/9, Đảng ủy BĐBP tỉnh tổ chức hội nghị quán triệt nghị quyết."
    assert _agencies(text) == {("Đảng ủy Bộ đội Biên phòng tỉnh", "party")}
