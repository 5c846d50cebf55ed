"""A border post named after its place and given in brackets the number it went by ("Đồn Biên phòng Khánh Bình (Đồn
921)") is one post with the "Đồn Biên phòng 921" a headline or a later sentence names (round s34, from a black-box
tester's page of 2010)."""

from _signing_helpers import extract, named_sectors, party_sets


def _facts(text, province="An Giang", published="2010-03-27"):
    return extract(text, published, province)


def test_a_headline_s_post_by_its_number_is_the_post_named_with_it_in_brackets():
    facts = _facts(
        "Đồn Biên phòng 905 kết nghĩa với Hội Nông dân xã Vĩnh Xương\n\nNgày 25-3, Đồn Biên phòng Vĩnh Xương (Đồn 905) "
        "tổ chức lễ kết nghĩa với Hội Nông dân xã Vĩnh Xương."
    )
    assert named_sectors(facts) == {
        ("Đồn Biên phòng Vĩnh Xương", "military"),
        ("Hội Nông dân xã Vĩnh Xương", "front"),
    }
    assert party_sets(facts) == [("Hội Nông dân xã Vĩnh Xương", "Đồn Biên phòng Vĩnh Xương")]


def test_a_later_sentence_s_post_by_its_number_is_the_same_post():
    facts = _facts(
        "Tin ngắn\n\nNgày 25-3, Đồn Biên phòng Vĩnh Xương (Đồn 905) ra mắt mô hình tự quản. Đồn Biên phòng 905 đã "
        "trao 20 suất quà cho hộ nghèo."
    )
    assert named_sectors(facts) == {("Đồn Biên phòng Vĩnh Xương", "military")}


def test_another_post_by_its_number_stays_apart():
    # (a control: no bracket gives the number, so the numbered post is another)
    facts = _facts(
        "Tin ngắn\n\nNgày 25-3, Đồn Biên phòng Vĩnh Xương, Đồn Biên phòng 907 và Hội Nông dân xã Vĩnh Xương ra mắt mô "
        "hình tự quản."
    )
    assert ("Đồn Biên phòng 907", "military") in named_sectors(facts)
    assert ("Đồn Biên phòng Vĩnh Xương", "military") in named_sectors(facts)
