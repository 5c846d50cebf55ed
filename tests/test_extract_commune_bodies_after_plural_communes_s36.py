"""A commune's body named by its bare level after a plural of communes in its sentence is each commune's, no body
(round s36's helper C: "Ủy ban MTTQ các xã, phường phối hợp với Công an xã và Ban CHQS xã" gave "Công an xã" and "Ban
Chỉ huy Quân sự xã"). A page about one commune that names its police so keeps them. Made-up sentences."""

from __future__ import annotations

from _signing_helpers import agency_names, extract


def _agencies(text: str) -> list[str]:
    return agency_names(extract(f"Tin\n\n{text}", "2024-05-20", "Quảng Trị"))


def test_the_police_and_command_of_every_commune_are_no_bodies():
    text = (
        "Sáng 19/5, Hội Cựu chiến binh tỉnh tổ chức hội nghị. Theo kế hoạch, Hội Nông dân các xã, thị trấn phối hợp "
        "với Công an xã và Ban CHQS xã tuyên truyền pháp luật cho hộ nghèo."
    )
    assert _agencies(text) == ["Hội Cựu chiến binh tỉnh"]


def test_a_plural_of_wards_makes_the_ward_s_police_every_ward_s():
    text = "Chiều 19/5, Công an thành phố Đông Hà họp. Đoàn Thanh niên các phường phối hợp với Công an phường tuần tra."
    assert _agencies(text) == ["Công an thành phố Đông Hà"]


def test_control_one_commune_s_police_stay():
    text = (
        "Sáng 19/5, Đồn Biên phòng A Dơi phối hợp với Công an xã và Ban CHQS xã tuần tra đường biên. Xã A Dơi có 12 "
        "thôn."
    )
    assert _agencies(text) == ["Ban Chỉ huy Quân sự xã", "Công an xã", "Đồn Biên phòng A Dơi"]


def test_control_a_plural_in_the_sentence_before_does_not_reach():
    text = "Các xã đều có nhà văn hóa. Sáng 19/5, Đồn Biên phòng A Dơi phối hợp với Công an xã tuần tra đường biên."
    assert _agencies(text) == ["Công an xã", "Đồn Biên phòng A Dơi"]


def test_control_a_society_is_no_plural_of_communes():
    text = "Sáng 19/5, Đồn Biên phòng A Dơi cùng các tổ chức chính trị - xã hội và Công an xã tuần tra đường biên."
    assert "Công an xã" in _agencies(text)
