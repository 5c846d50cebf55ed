"""A signing told twice, the second telling opened by "Dịp này" (round s34, agent M's class 1): a caption names the
pairs ("Lễ ký kết quy chế giữa A với B và C"), and the body sentence "Dịp này, A và hai đồn đã ký kết quy chế ...
giai đoạn X - Y" retells their act (an act of the occasion, told apart from the day's meeting) with its term: the
pairs it repeats take that term."""

from _signing_helpers import extract, signing_tuples

_MEETING = "Sáng 14/8, Hội Nông dân huyện Mường Lát phối hợp với Đồn Biên phòng Pù Nhi tổ chức tập huấn cho hội viên."
_CAPTION = (
    "Ảnh: Lễ ký kết chương trình phối hợp giữa Hội Nông dân huyện Mường Lát với Đồn Biên phòng Pù Nhi và Đồn Biên "
    "phòng Tam Chung - Ảnh: T.L"
)


def _facts(text):
    return extract(f"Tin\n\n{text}", "2023-08-15", "Thanh Hóa")


def test_the_occasion_s_retelling_gives_the_caption_s_pairs_their_term():
    facts = _facts(
        f"{_MEETING}\n\n{_CAPTION}\n\nDịp này, Hội Nông dân huyện và hai đồn biên phòng đã ký kết chương trình phối "
        "hợp giúp nông dân vùng biên phát triển kinh tế giai đoạn 2023 - 2027."
    )
    assert sorted(signing_tuples(facts)) == [
        (("Hội Nông dân huyện Mường Lát", "Đồn Biên phòng Pù Nhi"), "2023-08-14", "2023-2027"),
        (("Hội Nông dân huyện Mường Lát", "Đồn Biên phòng Tam Chung"), "2023-08-14", "2023-2027"),
    ]


def test_control_a_dated_retelling_gives_the_term_too():
    facts = _facts(
        f"{_MEETING}\n\n{_CAPTION}\n\nSáng 14/8, Hội Nông dân huyện và hai đồn biên phòng đã ký kết chương trình "
        "phối hợp giúp nông dân vùng biên phát triển kinh tế giai đoạn 2023 - 2027."
    )
    assert {s[2] for s in signing_tuples(facts)} == {"2023-2027"}


def test_control_a_second_act_of_other_bodies_keeps_its_own_term():
    facts = _facts(
        "Sáng 14/8, Hội Nông dân huyện Mường Lát ký kết chương trình phối hợp với Đồn Biên phòng Pù Nhi. Dịp này, "
        "Huyện đoàn Mường Lát và Đồn Biên phòng Tam Chung cũng ký kết kế hoạch phối hợp giai đoạn 2023 - 2025."
    )
    assert sorted(signing_tuples(facts)) == [
        (("Huyện đoàn Mường Lát", "Đồn Biên phòng Tam Chung"), "2023-08-14", "2023-2025"),
        (("Hội Nông dân huyện Mường Lát", "Đồn Biên phòng Pù Nhi"), "2023-08-14", ""),
    ]
