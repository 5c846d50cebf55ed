"""Persons and posts of round s36's congress, conscription and court pages, as made-up sentences: an election clause
gives its post to every person it covers (a listed person with a title of his own, a title held written in brackets,
posts given "lần lượt" in the names' order); an election verb, or a predicate after a body's place, ends the title held
without a comma (though each of its words may be a word of a body's name: "điều hành hội nghị"); a name after a level
word that opens with a commune's name of two syllables is the person's, not the place's."""

import pytest
from _signing_helpers import extract, positions_by_name


def _facts(text, province="Hà Tĩnh", published="2020-10-15"):
    return extract(f"Tin\n\n{text}", published, province)


def test_a_listed_person_with_his_own_title_takes_the_post_given_to_the_list():
    facts = _facts(
        "Tại phiên họp thứ nhất, các đồng chí Hồ Văn Tâm, Chủ tịch UBND huyện Cẩm Xuyên và Phan Thị Hà được bầu giữ "
        "chức Phó Bí thư Huyện ủy."
    )
    assert positions_by_name(facts) == {
        "Hồ Văn Tâm": ["Chủ tịch Ủy ban nhân dân huyện Cẩm Xuyên", "Phó Bí thư Huyện ủy"],
        "Phan Thị Hà": ["Phó Bí thư Huyện ủy"],
    }


def test_both_titled_persons_of_a_list_take_the_post_given_after_the_last_title():
    facts = _facts(
        "Các đồng chí Trương Quang Lộc, Chủ tịch HĐND thị xã và Đinh Thị Yến, Chủ tịch UBND thị xã được bầu giữ chức "
        "Phó Bí thư Thị ủy."
    )
    assert positions_by_name(facts) == {
        "Trương Quang Lộc": ["Chủ tịch Hội đồng nhân dân thị xã", "Phó Bí thư Thị ủy"],
        "Đinh Thị Yến": ["Chủ tịch Ủy ban nhân dân thị xã", "Phó Bí thư Thị ủy"],
    }


@pytest.mark.parametrize(
    "text, posts",
    [
        (
            "Các đồng chí Hồ Văn Tâm và Phan Thị Hà lần lượt được bầu giữ chức Phó Bí thư Thường trực Huyện ủy và Phó "
            "Bí thư Huyện ủy.",
            {"Hồ Văn Tâm": ["Phó Bí thư Thường trực Huyện ủy"], "Phan Thị Hà": ["Phó Bí thư Huyện ủy"]},
        ),
        (
            "Các đồng chí Hồ Văn Tâm, Phan Thị Hà và Lê Quang Huy lần lượt được bầu giữ chức Bí thư Huyện đoàn, "
            "Chủ tịch Hội Nông dân huyện và Chủ tịch Hội Cựu chiến binh huyện.",
            {
                "Hồ Văn Tâm": ["Bí thư Huyện đoàn"],
                "Phan Thị Hà": ["Chủ tịch Hội Nông dân huyện"],
                "Lê Quang Huy": ["Chủ tịch Hội Cựu chiến binh huyện"],
            },
        ),
        # one post for two names: which one holds it is not told
        (
            "Các đồng chí Hồ Văn Tâm và Phan Thị Hà lần lượt được bầu giữ chức Phó Bí thư Huyện ủy.",
            {"Hồ Văn Tâm": [], "Phan Thị Hà": []},
        ),
    ],
)
def test_posts_given_respectively_go_to_the_names_in_order(text, posts):
    assert positions_by_name(_facts(text)) == posts


def test_a_title_held_in_brackets_keeps_the_post_given_after_it():
    facts = _facts("Đồng chí Võ Thị Sen (Trưởng Ban Tổ chức Huyện ủy) được bầu làm Chủ nhiệm Ủy ban Kiểm tra Huyện ủy.")
    assert positions_by_name(facts) == {
        "Võ Thị Sen": ["Trưởng Ban Tổ chức Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"]
    }


@pytest.mark.parametrize(
    "text, posts",
    [
        # an untitled list, and a lone person whose title a comma closes: as before
        (
            "Các đồng chí Hồ Văn Tâm và Phan Thị Hà được bầu giữ chức Phó Bí thư Huyện ủy.",
            {"Hồ Văn Tâm": ["Phó Bí thư Huyện ủy"], "Phan Thị Hà": ["Phó Bí thư Huyện ủy"]},
        ),
        (
            "Đồng chí Võ Thị Sen, Trưởng Ban Tổ chức Huyện ủy, được bầu làm Chủ nhiệm Ủy ban Kiểm tra Huyện ủy.",
            {"Võ Thị Sen": ["Trưởng Ban Tổ chức Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"]},
        ),
        # a guest list, no election: each keeps his own title
        (
            "Dự hội nghị có các đồng chí Hồ Văn Tâm, Chủ tịch UBND huyện Cẩm Xuyên và Phan Thị Hà, Trưởng Ban Dân vận "
            "Huyện ủy.",
            {
                "Hồ Văn Tâm": ["Chủ tịch Ủy ban nhân dân huyện Cẩm Xuyên"],
                "Phan Thị Hà": ["Trưởng Ban Dân vận Huyện ủy"],
            },
        ),
    ],
)
def test_election_controls(text, posts):
    assert positions_by_name(_facts(text)) == posts


@pytest.mark.parametrize(
    "text, name, posts",
    [
        (
            "Đồng chí Nguyễn Văn Thắng, Ủy viên Trung ương Đảng tái đắc cử Bí thư Tỉnh ủy.",
            "Nguyễn Văn Thắng",
            ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"],
        ),
        (
            "Đồng chí Lê Thị Hạnh, Tỉnh ủy viên trúng cử Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
            "Lê Thị Hạnh",
            ["Tỉnh ủy viên", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"],
        ),
        (
            "Bà Đặng Thị Mai, Phó Chủ tịch UBND huyện Can Lộc điều hành đại hội.",
            "Đặng Thị Mai",
            ["Phó Chủ tịch Ủy ban nhân dân huyện Can Lộc"],
        ),
        (
            "Ông Trần Đức Long, Chỉ huy trưởng Ban CHQS xã Thạch Kim điều hành hội thao.",
            "Trần Đức Long",
            ["Chỉ huy trưởng Ban Chỉ huy Quân sự xã Thạch Kim"],
        ),
    ],
)
def test_a_verb_without_a_comma_ends_the_title_held(text, name, posts):
    assert positions_by_name(_facts(text)) == {name: posts}


@pytest.mark.parametrize(
    "text, name, posts",
    [
        # the comma before the election, and a verb the clause words know: as before
        (
            "Đồng chí Nguyễn Văn Thắng, Ủy viên Trung ương Đảng, tái đắc cử Bí thư Tỉnh ủy.",
            "Nguyễn Văn Thắng",
            ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"],
        ),
        (
            "Ông Trần Đức Long, Chủ tịch UBND xã Thạch Kim chủ trì hội nghị.",
            "Trần Đức Long",
            ["Chủ tịch Ủy ban nhân dân xã Thạch Kim"],
        ),
        # a higher level and the body it belongs to after the place go on with the title
        (
            "Ông Trần Đức Long, Chủ tịch Hội Cựu chiến binh xã Thạch Kim huyện Lộc Hà phát biểu.",
            "Trần Đức Long",
            ["Chủ tịch Hội Cựu chiến binh xã Thạch Kim huyện Lộc Hà"],
        ),
        (
            "Ông Trần Đức Long, Chủ tịch UBND xã Thạch Kim thuộc huyện Lộc Hà phát biểu.",
            "Trần Đức Long",
            ["Chủ tịch Ủy ban nhân dân xã Thạch Kim thuộc huyện Lộc Hà"],
        ),
        # a job centre's "việc làm" is no appointment
        (
            "Ông Trần Đức Long, Giám đốc Trung tâm Dịch vụ việc làm tỉnh phát biểu.",
            "Trần Đức Long",
            ["Giám đốc Trung tâm Dịch vụ việc làm tỉnh"],
        ),
    ],
)
def test_title_end_controls(text, name, posts):
    assert positions_by_name(_facts(text)) == {name: posts}


@pytest.mark.parametrize(
    "text, name, post",
    [
        ("Dự hội nghị có Chánh án TAND thị xã Lý Quốc Hùng.", "Lý Quốc Hùng", "Chánh án Tòa án nhân dân thị xã"),
        (
            "Dự hội nghị có Phó Chủ tịch UBND huyện Phan Thanh Bình.",
            "Phan Thanh Bình",
            "Phó Chủ tịch Ủy ban nhân dân huyện",
        ),
        (
            "Tham dự có Phó Chủ tịch UBND thành phố Vũ Minh Đức.",
            "Vũ Minh Đức",
            "Phó Chủ tịch Ủy ban nhân dân thành phố",
        ),
    ],
)
def test_a_name_opening_with_a_commune_s_name_after_a_level_word_is_the_person_s(text, name, post):
    assert positions_by_name(_facts(text, province="Cao Bằng")) == {name: [post]}


def test_a_name_opening_with_a_commune_s_name_keeps_its_title_in_a_semicolon_list():
    facts = _facts(
        "Dự hội nghị có Viện trưởng Viện KSND thị xã Nguyễn Thị Thanh Xuân; Chánh án TAND thị xã Lý Quốc Hùng.",
        province="Cao Bằng",
    )
    assert positions_by_name(facts) == {
        "Nguyễn Thị Thanh Xuân": ["Viện trưởng Viện Kiểm sát nhân dân thị xã"],
        "Lý Quốc Hùng": ["Chánh án Tòa án nhân dân thị xã"],
    }


@pytest.mark.parametrize(
    "text, posts",
    [
        # a commune's name alone after its level word, and a full name after it: as before
        (
            "Ông Hoàng Văn Nam, Chủ tịch UBND xã Lý Quốc phát biểu.",
            {"Hoàng Văn Nam": ["Chủ tịch Ủy ban nhân dân xã Lý Quốc"]},
        ),
        (
            "Dự hội nghị có Chánh án TAND thị xã Hoàng Quốc Hùng.",
            {"Hoàng Quốc Hùng": ["Chánh án Tòa án nhân dân thị xã"]},
        ),
    ],
)
def test_commune_name_controls(text, posts):
    assert positions_by_name(_facts(text, province="Cao Bằng")) == posts
