"""Bodies and persons of round s17: short forms of the cooperative alliance and the National Assembly delegation, a
sector's trade union in lower case, districts named by their numbers in a shared head's list, the Front's name as
any mention spells it, a delegation that is no person, rarer family names and a pledge after a title."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, positions_by_name


def test_the_cooperative_alliance_by_its_short_forms():
    text = (
        "Ngày 9/11/2016, Liên minh HTX thành phố ký kết chương trình hợp tác với Liên minh HTX 3 tỉnh gồm: Lào Cai, "
        "Cao Bằng và Bắc Kạn. LMHTX tỉnh Thái Nguyên cũng dự. HTX Tân Thành ký hợp đồng bán rau."
    )
    facts = extract(text, "2016-11-10", "Hà Nội")
    alliance = "Liên minh Hợp tác xã"
    assert {name for name, _sector in named_sectors(facts)} == {
        f"{alliance} thành phố",
        f"{alliance} tỉnh Lào Cai",
        f"{alliance} tỉnh Cao Bằng",
        f"{alliance} tỉnh Bắc Kạn",
        f"{alliance} tỉnh Thái Nguyên",
    }
    assert len(party_sets(facts)) == 3


def test_a_sector_s_trade_union_named_in_lower_case():
    text = (
        "Chiều 22/3/2024, Công đoàn ngành giáo dục và Sở Giáo dục và Đào tạo ký kết quy chế phối hợp giai đoạn "
        "2023 - 2028. Công đoàn ngành lao động cũng dự."
    )
    facts = extract(text, "2024-03-23", "Thái Bình")
    assert party_sets(facts) == [("Công đoàn ngành giáo dục", "Sở Giáo dục và Đào tạo")]
    assert ("Công đoàn ngành giáo dục", "front") in named_sectors(facts)


def test_districts_named_by_their_numbers_share_the_head():
    text = "UBND quận Hoàn Kiếm (Hà Nội), quận Hồng Bàng (Hải Phòng) và quận 1 (TP Hồ Chí Minh) ký kết biên bản."
    facts = extract(text, "2019-10-15", "Hà Nội")
    names = {name for name, _sector in named_sectors(facts)}
    assert {"Ủy ban nhân dân quận Hồng Bàng", "Ủy ban nhân dân quận 1"} <= names


def test_a_numbered_ward_after_a_ward_is_no_second_body_of_its_district():
    text = "Ngày 3/4/2024, Công an quận 5 ký kết chương trình phối hợp với Đoàn Thanh niên phường 12, quận 5."
    names = {name for name, _sector in named_sectors(extract(text, "2024-04-04", "Thành phố Hồ Chí Minh"))}
    assert names == {"Công an quận 5", "Đoàn Thanh niên phường 12"}


def test_the_national_assembly_delegation_by_its_short_form_takes_the_list_s_level():
    text = "Theo quy chế đã ký, hằng năm Đoàn ĐBQH và Thường trực HĐND tỉnh xây dựng kế hoạch phối hợp."
    facts = extract(text, "2024-03-25", "Hòa Bình")
    assert {name for name, _sector in named_sectors(facts)} == {
        "Đoàn Đại biểu Quốc hội tỉnh",
        "Thường trực Hội đồng nhân dân tỉnh",
    }


def test_the_front_committee_is_named_as_any_of_its_mentions_spells_it():
    text = (
        "Chiều 10/10/2025, Hội Liên hiệp Phụ nữ thành phố tổ chức hội nghị.\n\n"
        "Ban Thường trực Ủy ban MTTQ thành phố và BHXH thành phố ký kết quy chế phối hợp - Ảnh: QT\n\n"
        "Tại hội nghị, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố và BHXH thành phố đã ký kết quy chế phối hợp "
        "giai đoạn 2025-2030."
    )
    facts = extract(text, "2025-10-11", "Cần Thơ", title="Trao thẻ bảo hiểm y tế cho phụ nữ")
    names = {name for name, _sector in named_sectors(facts)}
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" in names
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc thành phố" not in names


def test_a_delegation_named_by_its_task_is_no_person():
    text = (
        "Ngày 25/4/2019, đồng chí Trần Thị Lan, Trưởng ban Dân vận Trung ương làm trưởng đoàn Đoàn Kiểm tra của Ban "
        "Chỉ đạo tại Hội Cựu chiến binh Việt Nam."
    )
    assert set(positions_by_name(extract(text, "2019-04-26", ""))) == {"Trần Thị Lan"}


def test_a_rarer_family_name_opens_the_name():
    text = "Thiếu tá Ngụy Tôn Tùng, Chính trị viên Đồn Biên phòng Bạch Đích, cho biết kết quả phối hợp."
    assert positions_by_name(extract(text, "2021-05-01", "Hà Giang")) == {
        "Ngụy Tôn Tùng": ["Chính trị viên Đồn Biên phòng Bạch Đích"]
    }


def test_a_pledge_after_a_title_is_no_word_of_it():
    text = "Trung tướng Lê Văn Hải, Tư lệnh Bộ đội Biên phòng cam kết, thời gian tới sẽ phối hợp chặt chẽ hơn."
    assert positions_by_name(extract(text, "2015-08-01", "")) == {"Lê Văn Hải": ["Tư lệnh Bộ đội Biên phòng"]}


def test_a_steering_committee_s_chief_is_his_title_and_no_clause():
    text = (
        "Dự lễ ký kết ngày 23/5/2013 có Phó Thủ tướng - Trưởng Ban chỉ đạo Tây Nam Bộ - Vũ Văn Ninh; Trưởng ban chỉ "
        "đạo Tây Nguyên Trần Văn Quang."
    )
    assert positions_by_name(extract(text, "2013-05-24", "")) == {
        "Vũ Văn Ninh": ["Phó Thủ tướng", "Trưởng Ban chỉ đạo Tây Nam Bộ"],
        "Trần Văn Quang": ["Trưởng ban chỉ đạo Tây Nguyên"],
    }


def test_numbered_districts_printed_with_a_capital_share_the_head():
    text = (
        "Sáng 4/4/2023, Cụm thi đua 3 gồm Hội Chữ thập đỏ quận Gò Vấp, Bình Tân, Quận 7 và Quận 12 đã tổ chức Hội "
        "nghị ký kết giao ước thi đua năm 2023."
    )
    facts = extract(text, "2023-04-05", "Thành phố Hồ Chí Minh")
    head = "Hội Chữ thập đỏ quận"
    assert party_sets(facts) == [tuple(sorted(f"{head} {d}" for d in ("Gò Vấp", "Bình Tân", "7", "12")))]


def test_a_name_that_runs_on_in_lower_case_is_no_listed_place():
    text = "Tham dự có Chi cục Hải quan Ninh Thuận, Truyền tải điện Ninh Thuận và Cục Thống kê tỉnh."
    names = {name for name, _sector in named_sectors(extract(text, "2018-03-09", "Ninh Thuận"))}
    assert names == {"Chi cục Hải quan Ninh Thuận", "Cục Thống kê tỉnh"}


def test_a_capitalised_verb_after_a_district_is_no_part_of_its_name():
    text = "Chiều 30/5/2022, UBND huyện Đức Thọ Ra mắt tổ tư vấn pháp lý; các cấp Hội phụ nữ cùng tham gia."
    assert named_sectors(extract(text, "2022-05-31", "Hà Tĩnh")) == {("Ủy ban nhân dân huyện Đức Thọ", "state")}


def test_a_youth_union_named_after_hồ_chí_minh_and_a_zone_is_no_person():
    text = (
        "Dự có ông Phạm Minh Đức - Phó Trưởng ban Ban Quản lý Khu kinh tế Hải Phòng, Bí thư Đoàn Thanh niên Cộng sản "
        "Hồ Chí Minh Khu kinh tế Hải Phòng; đồng chí Phạm Ngọc Trang - Bí thư Đoàn Khối cùng đoàn viên."
    )
    assert positions_by_name(extract(text, "2015-10-04", "Hải Phòng")) == {
        "Phạm Minh Đức": [
            "Phó Trưởng ban Ban Quản lý Khu kinh tế Hải Phòng",
            "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh Khu kinh tế Hải Phòng",
        ],
        "Phạm Ngọc Trang": ["Bí thư Đoàn Khối"],
    }
