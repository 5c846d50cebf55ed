"""Names the grammar cut short, as round s36's helpers printed them (made-up texts in the image of their pages): a
border post named for an airport gate, "Đồn Biên phòng cửa khẩu Cảng hàng không quốc tế Phú Bài", was read to "...
cửa khẩu Cảng"; a name ending in its number at a sentence's end, "... Phú Mỹ 3.", lost the number."""

from _signing_helpers import extract, named_sectors, party_sets


def _facts(text):
    return extract(f"Tin\n\n{text}", "2024-08-20", "Thừa Thiên Huế")


def test_a_border_post_named_for_an_airport_gate_keeps_the_airport_s_name():
    facts = _facts(
        "Sáng 19/8, Đồn Biên phòng cửa khẩu Cảng hàng không quốc tế Phú Bài ký kết quy chế phối hợp với Công an "
        "thị xã Hương Thủy."
    )
    assert ("Đồn Biên phòng cửa khẩu Cảng hàng không quốc tế Phú Bài", "military") in named_sectors(facts)
    assert party_sets(facts) == [
        ("Công an thị xã Hương Thủy", "Đồn Biên phòng cửa khẩu Cảng hàng không quốc tế Phú Bài")
    ]


def test_a_border_control_station_at_an_airport_in_lower_case():
    facts = _facts("Trạm Kiểm soát Biên phòng cửa khẩu cảng hàng không Phú Bài tổ chức tập huấn nghiệp vụ.")
    assert named_sectors(facts) == {("Trạm Kiểm soát Biên phòng cửa khẩu cảng hàng không Phú Bài", "military")}


def test_a_name_ending_in_its_number_at_the_sentence_s_end_keeps_it():
    facts = _facts("Dự hội nghị có đại diện Đoàn Thanh niên Công ty Cổ phần Nhiệt điện Phú Mỹ 3.")
    assert named_sectors(facts) == {("Đoàn Thanh niên Công ty Cổ phần Nhiệt điện Phú Mỹ 3", "front")}


def test_control_a_sea_port_gate_stays():
    facts = _facts("Đồn Biên phòng cửa khẩu cảng Chân Mây tổ chức tập huấn nghiệp vụ.")
    assert named_sectors(facts) == {("Đồn Biên phòng cửa khẩu cảng Chân Mây", "military")}


def test_control_a_count_after_a_name_is_no_part_of_it():
    facts = _facts("Đồn Biên phòng Phong Điền 12 năm qua giúp dân xóa nhà tạm.")
    assert named_sectors(facts) == {("Đồn Biên phòng Phong Điền", "military")}
