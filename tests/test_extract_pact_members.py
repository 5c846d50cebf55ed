"""An emulation pact is signed by its bloc's members, whatever shape the page lists them in
(``extract/assembly/pact_members.py``). Sentences are made up; the shapes are those of real pages where the signing
sentence names the bloc, its leader or nobody."""

from _signing_helpers import extract, party_sets, signing_tuples


def _facts(text, published="2023-03-10", province="Bình Thuận", title=None):
    return extract(text, published, province, title)


def test_the_units_attending_a_pact_s_signing_sign_it():
    # the sentence that tells the pact names no party; the units that attend its signing are the bloc's members
    f = _facts(
        "Khối thi đua nội chính ký kết giao ước thi đua\n\n"
        "Ngày 9/3, tại Hội trường UBND tỉnh, Khối thi đua nội chính tổ chức hội nghị ký kết giao ước thi đua năm "
        "2023.\n\nTham dự ký kết có các đơn vị Tòa án nhân dân tỉnh, Công an tỉnh, Thanh tra tỉnh, Sở Tư pháp "
        "tỉnh và Trại giam Huy Khiêm."
    )
    assert signing_tuples(f) == [
        (
            ("Công an tỉnh", "Sở Tư pháp tỉnh", "Thanh tra tỉnh", "Trại giam Huy Khiêm", "Tòa án nhân dân tỉnh"),
            "2023-03-09",
            "2023-2023",
        )
    ]


def test_a_pact_read_with_its_host_alone_takes_the_listed_members():
    f = _facts(
        "Ngày 17/1, Liên đoàn Lao động tỉnh đã tổ chức ký kết giao ước thi đua năm 2023.\n\n"
        "Cụm thi đua số 3 gồm Hội Phụ nữ Công an tỉnh, Hội Phụ nữ Bộ Chỉ huy Quân sự tỉnh và Hội Phụ nữ Bộ "
        "Chỉ huy Bộ đội Biên phòng tỉnh.",
        province="Kon Tum",
    )
    assert party_sets(f) == [
        (
            "Hội Phụ nữ Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            "Hội Phụ nữ Bộ Chỉ huy Quân sự tỉnh",
            "Hội Phụ nữ Công an tỉnh",
            "Liên đoàn Lao động tỉnh",
        )
    ]


def test_guests_who_attend_a_pact_s_signing_do_not_sign_it():
    # the bodies that direct the conference are named without any word of membership: the pact keeps its host
    f = _facts(
        "Sáng 4/3, tại cơ quan Tỉnh đoàn, Khối thi đua Mặt trận - Đoàn thể tỉnh tổ chức hội nghị ký kết giao ước thi "
        "đua năm 2023.\n\nĐại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ban Thi đua - Khen thưởng tỉnh, Công đoàn viên "
        "chức tỉnh và Đảng ủy Khối các cơ quan tỉnh dự chỉ đạo hội nghị.",
        province="Khánh Hòa",
    )
    assert all(len(s.parties) < 3 for s in f.signings)


def test_a_pact_registered_for_is_no_signing():
    f = _facts(
        "Năm 2023, các thành viên trong khối gồm Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Ban Dân vận "
        "Tỉnh ủy và Văn phòng Tỉnh ủy triển khai tốt công tác thi đua.\n\n"
        "Đầu năm, các cơ quan có đăng ký giao ước thi đua theo quy định.",
        province="Cà Mau",
    )
    assert f.signings == []


def test_a_pact_read_with_its_members_adds_no_other_list():
    # the members are read by the signing sentence; a longer list of attendees elsewhere is not the bloc
    f = _facts(
        "Ngày 2/3, Công an tỉnh, Tòa án nhân dân tỉnh và Viện Kiểm sát nhân dân tỉnh ký kết giao ước thi đua năm "
        "2023.\n\nDự hội nghị có các thành viên Ban Thi đua - Khen thưởng tỉnh, Sở Nội vụ, Sở Tư pháp, Thanh "
        "tra tỉnh và Cục Thi hành án dân sự tỉnh."
    )
    assert party_sets(f) == [("Công an tỉnh", "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh")]
