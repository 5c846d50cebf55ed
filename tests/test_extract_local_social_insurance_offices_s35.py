"""The social insurance's local offices of 2025 by the initials of the insurance ("BHXH cơ sở Việt Trì"), which the
grammar read only when spelled out (round s35, from a black-box tester's pages)."""

from _signing_helpers import extract, named_sectors, party_sets


def _facts(text, province="Phú Thọ", published="2025-09-03"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


def test_local_offices_by_initials_are_bodies():
    facts = _facts("Công an tỉnh làm việc với BHXH tỉnh, có đại diện BHXH cơ sở Lâm Thao và BHXH cơ sở Phù Ninh.")
    assert {
        ("Bảo hiểm xã hội cơ sở Lâm Thao", "state"),
        ("Bảo hiểm xã hội cơ sở Phù Ninh", "state"),
    } <= named_sectors(facts)


def test_a_local_office_by_initials_signs():
    facts = _facts("BHXH cơ sở Thanh Sơn ký kết quy chế phối hợp với Công an xã Thanh Sơn.")
    assert party_sets(facts) == [("Bảo hiểm xã hội cơ sở Thanh Sơn", "Công an xã Thanh Sơn")]


def test_control_the_offices_spelled_out_and_by_area():
    facts = _facts("Dự có Bảo hiểm xã hội cơ sở Lâm Thao, BHXH khu vực XI và Bảo hiểm xã hội khu vực XII.")
    assert named_sectors(facts) == {
        ("Bảo hiểm xã hội cơ sở Lâm Thao", "state"),
        ("Bảo hiểm xã hội khu vực XI", "state"),
        ("Bảo hiểm xã hội khu vực XII", "state"),
    }


def test_control_the_grassroots_staff_of_the_insurance_name_no_office():
    facts = _facts("Cán bộ BHXH cơ sở đã đến từng nhà vận động người dân tham gia bảo hiểm.")
    assert not any("cơ sở" in name for name, _ in named_sectors(facts))
