"""The State Bank's governor named as the issuer of a document ("Quyết định số ... của Thống đốc Ngân hàng Nhà
nước"): a post, as "Bộ trưởng Bộ Công an" is, whose bank is no agency (round s35, from a black-box tester's pages)."""

import pytest
from _signing_helpers import agency_names, extract, positions_by_name


def _facts(text, province="Bạc Liêu", published="2024-07-02"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


@pytest.mark.parametrize(
    "issuer",
    ["Thống đốc Ngân hàng Nhà nước", "Thống đốc Ngân hàng Nhà nước Việt Nam", "Thống đốc NHNN"],
)
def test_the_governor_as_issuer_names_no_bank(issuer):
    facts = _facts(
        f"Công an tỉnh phối hợp với các ngân hàng rà soát tài khoản theo Thông tư số 17/2024/TT-NHNN của {issuer}."
    )
    assert agency_names(facts) == ["Công an tỉnh"]


def test_control_the_state_bank_signs_and_its_deputy_governor_is_a_person():
    facts = _facts(
        "Ngân hàng Nhà nước Việt Nam và Bộ Công an ký kết quy chế phối hợp. Dự có Phó Thống đốc Ngân hàng Nhà nước "
        "Đào Minh Tú."
    )
    assert agency_names(facts) == ["Bộ Công an", "Ngân hàng Nhà nước Việt Nam"]
    assert positions_by_name(facts)["Đào Minh Tú"] == ["Phó Thống đốc Ngân hàng Nhà nước"]


def test_control_the_minister_as_issuer_names_no_ministry():
    facts = _facts("Công an tỉnh triển khai Thông tư số 5/2023/TT-BCA của Bộ trưởng Bộ Công an.")
    assert agency_names(facts) == ["Công an tỉnh"]
