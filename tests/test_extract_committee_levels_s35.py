"""A district's committee kinds listed with no place are the levels in general, not bodies (round s35, agentI class
C1): "UBKT Huyện ủy, Quận ủy ... xây dựng quy chế ở cấp mình" names no district's committee."""

from _signing_helpers import agency_names, extract


def _agencies(text, province="Cà Mau"):
    return agency_names(extract(f"Tin\n\n{text}", "2023-09-20", province))


def test_the_kinds_of_district_committees_listed_are_no_bodies():
    text = (
        "Ông Trần Văn Bình đề nghị Ban Tuyên giáo Huyện ủy, Thị ủy và Thành ủy căn cứ kế hoạch này xây dựng kế hoạch "
        "thực hiện ở cấp mình."
    )
    assert _agencies(text) == []


def test_control_a_named_districts_committees_stay():
    text = "Sáng 19/9, Ban Tuyên giáo Huyện ủy Trần Văn Thời và Huyện đoàn Trần Văn Thời ký kết chương trình phối hợp."
    assert "Ban Tuyên giáo Huyện ủy Trần Văn Thời" in _agencies(text)


def test_control_the_province_and_the_district_committees_of_a_page_stay():
    text = "Ông Lê Văn Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, làm việc với Ban Thường vụ Huyện ủy Năm Căn."
    assert "Ban Thường vụ Huyện ủy Năm Căn" in _agencies(text)
