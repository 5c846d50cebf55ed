"""Round s35: where a title written after the name ends: before "dẫn đầu" of a delegation led "do X, <title> dẫn đầu",
and after the political deputy's "về chính trị", which is part of the post; made-up sentences."""

import pytest
from _signing_helpers import extract, positions_by_name


def _facts(text, province="Nghệ An", published="2021-04-15"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Đoàn công tác Quân khu 4 do Thiếu tướng Hồ Văn Thắng, Phó Tư lệnh Quân khu dẫn đầu đã làm việc tại huyện.",
            "Hồ Văn Thắng",
            "Phó Tư lệnh Quân khu",
        ),
        (
            "Đoàn kiểm tra do đồng chí Lê Thị Hạnh, Phó Chủ tịch UBND tỉnh dẫn đầu đến thăm đơn vị.",
            "Lê Thị Hạnh",
            "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ),
        (
            "Tham dự có Đại tá Phan Đình Lực, Phó Hiệu trưởng về chính trị; các cán bộ nhà trường.",
            "Phan Đình Lực",
            "Phó Hiệu trưởng về chính trị",
        ),
        (
            "Trung tá Võ Văn Hải, Phó Chỉ huy trưởng về chính trị phát biểu tại buổi lễ.",
            "Võ Văn Hải",
            "Phó Chỉ huy trưởng về chính trị",
        ),
    ],
)
def test_the_title_ends_where_the_post_does(text, name, post):
    assert positions_by_name(_facts(text)) == {name: [post]}


@pytest.mark.parametrize(
    "text, name, post",
    [
        # (controls: a post before "về" of a motion, and one with its body after the qualifier)
        ("Ông Nguyễn Văn Tâm, Giám đốc Sở Y tế về dự hội nghị.", "Nguyễn Văn Tâm", "Giám đốc Sở Y tế"),
        (
            "Đại tá Trần Văn Lợi, Phó Hiệu trưởng về chính trị Trường Quân sự Quân khu 4 phát biểu.",
            "Trần Văn Lợi",
            "Phó Hiệu trưởng về chính trị Trường Quân sự Quân khu 4",
        ),
        (
            "Đoàn do Phó Tư lệnh Quân khu, Thiếu tướng Hồ Văn Thắng dẫn đầu đã làm việc tại huyện.",
            "Hồ Văn Thắng",
            "Phó Tư lệnh Quân khu",
        ),
    ],
)
def test_controls_titles_read_before(text, name, post):
    assert positions_by_name(_facts(text)) == {name: [post]}
