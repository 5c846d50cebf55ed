"""A head spread over a list of places, the last side of a joint "giữa" list (round s34, agent P's class 1):
"giữa A, B và Công an các xã X, Y, Z" names the police of every commune listed; the comma after the first commune
goes on with the head's own list, it does not close the parties' list as a comma after "và" does."""

from _signing_helpers import extract, party_sets


def _facts(text):
    return extract(f"Tin\n\n{text}", "2025-11-20", "Đắk Lắk")


def test_every_place_under_the_last_head_of_a_joint_list_signs():
    facts = _facts(
        "Ngày 19/11, tại xã Ea Tul đã diễn ra lễ ký kết quy chế phối hợp giữa Tòa án nhân dân khu vực 5 và Công an "
        "các xã Ea Tul, Cư Dliê M'nông, Ea Drơng."
    )
    assert party_sets(facts) == [
        (
            "Công an xã Cư Dliê M'nông",
            "Công an xã Ea Drơng",
            "Công an xã Ea Tul",
            "Tòa án nhân dân khu vực 5",
        )
    ]


def test_every_place_after_two_bodies_and_va():
    facts = _facts(
        "Chiều 19/11, lễ ký kết quy chế phối hợp giữa Viện KSND khu vực 5, Tòa án nhân dân khu vực 5 và Ban CHQS "
        "các xã Hòa Phú, Hòa Xuân và Hòa Khánh được tổ chức trang trọng."
    )
    (parties,) = party_sets(facts)
    assert len(parties) == 5
    assert {"Ban Chỉ huy Quân sự xã Hòa Khánh", "Ban Chỉ huy Quân sự xã Hòa Xuân"} <= set(parties)


def test_control_with_voi_pairs_the_hub_with_each_place():
    facts = _facts("Sáng 19/11, Tòa án nhân dân khu vực 5 ký kết quy chế phối hợp với Công an các xã Ea Tul, Ea Drơng.")
    assert party_sets(facts) == [
        ("Công an xã Ea Drơng", "Tòa án nhân dân khu vực 5"),
        ("Công an xã Ea Tul", "Tòa án nhân dân khu vực 5"),
    ]
