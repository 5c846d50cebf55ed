"""The conscription council by its initials, as round s36's helpers printed it (made-up texts in the image of their
pages): "Hội đồng NVQS huyện Tiên Du" is the body "Hội đồng Nghĩa vụ quân sự huyện Tiên Du" (state), and a title
"Chủ tịch Hội đồng NVQS thị xã" is spelled out as the corpora write every short form outside the table."""

from _signing_helpers import extract, named_sectors, positions_by_name


def _facts(text):
    return extract(f"Tin\n\n{text}", "2022-02-14", "Bắc Ninh")


def test_a_council_by_its_initials_is_a_state_body_of_its_level():
    facts = _facts("Chiều 10/2, Hội đồng NVQS huyện Tiên Du họp triển khai công tác tuyển chọn công dân nhập ngũ.")
    assert ("Hội đồng Nghĩa vụ quân sự huyện Tiên Du", "state") in named_sectors(facts)


def test_a_province_s_council_by_its_initials_is_a_body_too():
    facts = _facts("Hội đồng NVQS tỉnh đã kiểm tra việc khám sức khỏe cho thanh niên ở ba huyện.")
    assert ("Hội đồng Nghĩa vụ quân sự tỉnh", "state") in named_sectors(facts)


def test_a_chair_of_the_council_by_its_initials_is_spelled_out():
    facts = _facts("Bà Trần Thị Hoa, Phó Chủ tịch UBND thị xã, Chủ tịch Hội đồng NVQS thị xã trao quà cho tân binh.")
    assert "Chủ tịch Hội đồng Nghĩa vụ quân sự thị xã" in positions_by_name(facts)["Trần Thị Hoa"]


def test_control_the_council_written_in_full_stays_as_printed():
    facts = _facts("Chiều 10/2, Hội đồng nghĩa vụ quân sự huyện Tiên Du họp triển khai công tác tuyển quân.")
    assert named_sectors(facts) == {("Hội đồng nghĩa vụ quân sự huyện Tiên Du", "state")}
