"""The soldiers of a unit named by a name or a number of its own are that unit at work (round s36's helper H: "Cán
bộ, chiến sĩ Đồn Biên phòng Tén Tằn giúp bà con ..." lost the post); the service its people belong to ("cán bộ,
chiến sĩ Bộ đội Biên phòng") stays no body. Made-up sentences."""

from __future__ import annotations

from _signing_helpers import agency_names, extract


def _agencies(text: str) -> list[str]:
    return agency_names(extract(f"Tin\n\n{text}", "2023-09-20", "Nghệ An"))


def test_the_soldiers_of_a_named_border_post():
    assert _agencies("Cán bộ, chiến sĩ Đồn Biên phòng Tam Hợp giúp bà con bản Huồi Xả gặt lúa.") == [
        "Đồn Biên phòng Tam Hợp"
    ]


def test_the_soldiers_of_a_named_post_after_a_lower_case_clause():
    text = "Sáng 19/9, hàng chục cán bộ, chiến sĩ Trạm Kiểm soát Biên phòng Cửa khẩu Thanh Thủy dọn vệ sinh trường học."
    assert _agencies(text) == ["Trạm Kiểm soát Biên phòng Cửa khẩu Thanh Thủy"]


def test_the_soldiers_of_a_numbered_unit():
    assert _agencies("Sau lũ, chiến sĩ Tiểu đoàn 4 giúp dân xã Mỹ Lý dựng lại nhà.") == ["Tiểu đoàn 4"]


def test_control_the_soldiers_of_the_service_are_no_body():
    assert _agencies("Cán bộ, chiến sĩ Bộ đội Biên phòng giúp bà con bản Huồi Xả gặt lúa.") == []


def test_control_the_soldiers_of_a_post_by_its_kind_alone_are_no_body():
    assert _agencies("Cán bộ, chiến sĩ Đồn Biên phòng giúp bà con bản Huồi Xả gặt lúa.") == []
