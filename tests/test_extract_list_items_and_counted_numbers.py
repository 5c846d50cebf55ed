"""The members of a head shared over a list of places, and numbers after a level word (round s29, from helpers'
made-up pages of the Mekong, the Red River delta and the northern border; the texts here are made up in their image):
a place of the plural's tier with its own level word ("Đảng ủy các xã A, B và thị trấn C") ended the list; a one-word
name running on into another body's name ("... và Nghiệp đoàn nghề cá", "... và Trường THCS Đất Mũi", ", Cụm thi đua
số 3") was read as a member; a known one-word place that a station's name runs on from was cut ("Cồn Lu" as "Cồn");
a number counting a noun after a level word ("Công an phường 12 tin báo") read as a numbered ward; the words of an
act between a formation's word and a number ("Sư đoàn trao tặng 10 sổ") as its arm."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _names(sentence, province="An Giang"):
    return agency_names(extract(f"Tin\n\n{sentence}", "2025-12-20", province))


def test_a_place_of_the_plural_s_tier_with_its_own_level_is_a_member():
    facts = extract(
        "Tin\n\nSáng 17-4, Đảng ủy Đồn Biên phòng Vĩnh Xương ký kết quy chế phối hợp với Đảng ủy các xã Vĩnh Xương, "
        "Vĩnh Hòa và thị trấn Long Bình.",
        "2025-12-20",
        "An Giang",
    )
    assert [p for ps in party_sets(facts) for p in ps if p != "Đảng ủy Đồn Biên phòng Vĩnh Xương"] == [
        "Đảng ủy thị trấn Long Bình",
        "Đảng ủy xã Vĩnh Hòa",
        "Đảng ủy xã Vĩnh Xương",
    ]


def test_a_place_of_another_tier_after_a_placed_member_keeps_its_level():
    # (no plural: the first member's level is no tier the others share)
    names = _names(
        "Văn bản yêu cầu UBND quận Thanh Xuân, Cầu Giấy, huyện Đan Phượng, Thanh Trì phối hợp với Sở Nội vụ.", "Hà Nội"
    )
    assert "Ủy ban nhân dân quận Đan Phượng" not in names and "Ủy ban nhân dân quận Thanh Trì" not in names


@pytest.mark.parametrize(
    "sentence, members, not_member",
    [
        (
            "Dự có đại diện các Đồn Biên phòng Gành Hào, Vĩnh Trạch Đông và Nghiệp đoàn nghề cá phường Nhà Mát.",
            ["Đồn Biên phòng Gành Hào", "Đồn Biên phòng Vĩnh Trạch Đông"],
            "Đồn Biên phòng Nghiệp",
        ),
        (
            "Dự có Hội Nông dân các xã Tân Ân, Viên An và Trường THCS Đất Mũi.",
            ["Hội Nông dân xã Tân Ân", "Hội Nông dân xã Viên An"],
            "Hội Nông dân xã Trường",
        ),
        (
            "Ngày 5/1, tại Đồn Biên phòng Quan Lạn, Cụm thi đua số 3 thuộc Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
            "Quảng Ninh "
            "tổ chức hội nghị.",
            ["Đồn Biên phòng Quan Lạn"],
            "Đồn Biên phòng Cụm",
        ),
    ],
)
def test_a_one_word_name_running_on_into_another_name_is_no_member(sentence, members, not_member):
    names = _names(sentence)
    assert set(members) <= set(names) and not_member not in names


def test_a_station_named_after_a_place_a_name_runs_on_from_is_named_whole():
    names = _names("Các Đồn Biên phòng Giao Xuân, Cồn Lu, Hải Thịnh phối hợp tuần tra trên biển.", "Nam Định")
    assert names == ["Đồn Biên phòng Cồn Lu", "Đồn Biên phòng Giao Xuân", "Đồn Biên phòng Hải Thịnh"]


@pytest.mark.parametrize(
    "sentence, not_body",
    [
        ("Người dân đã cung cấp cho Công an phường 12 tin báo có giá trị.", "Công an phường 12"),
        ("Năm qua, Hội Nông dân xã 15 lần phối hợp tổ chức tuyên truyền.", "Hội Nông dân xã 15"),
        ("Nhân dịp này, Sư đoàn trao tặng 10 sổ tiết kiệm cho học sinh.", "Sư đoàn trao tặng 10"),
    ],
)
def test_a_number_counting_a_noun_or_an_act_names_no_unit(sentence, not_body):
    assert not_body not in _names(sentence, "Hồ Chí Minh")


def test_a_numbered_ward_still_signs():
    facts = extract(
        "Tin\n\nNgày 3/3, Công an phường 12 và Hội Nông dân phường 12 ký kết quy chế phối hợp.",
        "2025-12-20",
        "Hồ Chí Minh",
    )
    assert party_sets(facts) == [("Công an phường 12", "Hội Nông dân phường 12")]
