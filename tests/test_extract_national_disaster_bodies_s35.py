"""Bodies whose fixed names hold a comma inside a field (round s35, made-up texts in the image of a tester's pages):
the national committee for incidents, disasters and search and rescue, the steering committee for natural disasters
and its office, named whole and in a post; a department named with a comma before "chống" stays as it was."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, positions_by_name


def _facts(text, province="Quảng Ngãi", published="2022-10-12"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Tàu cá gặp nạn, Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II đã báo cáo Ủy ban Quốc gia Ứng "
            "phó sự cố, thiên tai và Tìm kiếm cứu nạn, đồng thời điều tàu ra hiện trường.",
            "Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn",
        ),
        (
            "Đoàn công tác của Văn phòng Ban Chỉ đạo Quốc gia về Phòng, chống thiên tai đã kiểm tra đê biển tại huyện "
            "Bình Sơn.",
            "Văn phòng Ban Chỉ đạo Quốc gia về Phòng, chống thiên tai",
        ),
        (
            "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai vừa có công điện gửi các tỉnh ven biển.",
            "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai",
        ),
    ],
)
def test_a_national_disaster_body_keeps_the_comma_of_its_name(text, body):
    assert (body, "state") in named_sectors(_facts(text))


def test_the_national_committee_s_office_in_a_post_keeps_the_whole_name():
    facts = _facts(
        "Ông Lê Văn Hải, Chánh Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn phát biểu."
    )
    assert positions_by_name(facts)["Lê Văn Hải"] == [
        "Chánh Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn"
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        # (a general department named with a comma before "chống" was read so before)
        ("Đại diện Tổng cục Phòng, chống thiên tai dự họp.", ["Tổng cục Phòng, chống thiên tai"]),
        # (a national committee of another name keeps the row it had)
        ("Ủy ban Quốc gia Tìm kiếm Cứu nạn chỉ đạo các lực lượng.", ["Ủy ban Quốc gia Tìm kiếm Cứu nạn"]),
    ],
)
def test_controls_other_national_bodies_unchanged(text, names):
    assert agency_names(_facts(text)) == names
