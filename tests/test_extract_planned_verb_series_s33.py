"""A signing planned by "sẽ" over a series of verbs (round s33, helpers V's class B and X's class 11): "sẽ chủ trì ký
kết", "sẽ sửa đổi, bổ sung và ký kết" tell a signing to come, no act of the page's day."""

import pytest
from _signing_helpers import extract, party_sets


def _party_sets(text):
    return party_sets(extract(f"Tin\n\n{text}", "2021-03-18", "Hà Nam"))


@pytest.mark.parametrize(
    "plan",
    ["sẽ chủ trì ký kết", "sẽ sửa đổi, bổ sung và ký kết", "sẽ nghiên cứu, xây dựng, ký kết"],
)
def test_a_signing_under_sẽ_and_other_verbs_is_only_planned(plan):
    text = (
        "Ngày 17/3, UBND tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính. Thời gian tới, Sở Tư pháp "
        f"{plan} quy chế phối hợp với Công an tỉnh về quản lý hộ tịch."
    )
    assert _party_sets(text) == []


def test_control_a_signing_after_a_finished_series_is_the_day_s():
    text = (
        "Ngày 17/3, Sở Tư pháp và Công an tỉnh đã rà soát, thống nhất và ký kết quy chế phối hợp về quản lý hộ tịch. "
        "Quy chế sẽ thay thế quy chế năm 2016."
    )
    assert _party_sets(text) == [("Công an tỉnh", "Sở Tư pháp")]
