"""A commercial bank's branch named before the bank ("Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh
X"): a firm, as the bank is, not the body "Chi nhánh" and a party of the signing; a signing with it keeps its one
named party (round s35, from a black-box tester's pages). The branches of the state's banks stay bodies."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Vĩnh Long", published="2016-04-12"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


@pytest.mark.parametrize(
    "partner",
    [
        "Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long",
        "Chi nhánh Ngân hàng TMCP Ngoại thương Vĩnh Long",
        "Phòng giao dịch Ngân hàng Nông nghiệp huyện Mang Thít",
    ],
)
def test_a_signing_with_a_commercial_bank_s_branch_keeps_its_one_named_party(partner):
    facts = _facts(f"Cục Thuế tỉnh vừa ký kết thỏa thuận phối hợp thu nộp thuế điện tử với {partner}.")
    assert agency_names(facts) == ["Cục Thuế tỉnh"]
    assert party_sets(facts) == [("Cục Thuế tỉnh",)]


def test_a_commercial_bank_s_branch_listed_with_bodies_is_no_party():
    facts = _facts(
        "Kho bạc Nhà nước tỉnh ký kết quy chế phối hợp với Công an tỉnh và Chi nhánh Ngân hàng Đầu tư và Phát triển "
        "tỉnh Vĩnh Long."
    )
    assert "Chi nhánh" not in agency_names(facts)
    assert ("Công an tỉnh", "Kho bạc Nhà nước tỉnh") in party_sets(facts)


@pytest.mark.parametrize(
    "partner",
    [
        "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Vĩnh Long",
        "Chi nhánh NHCSXH tỉnh Vĩnh Long",
        "Chi nhánh Ngân hàng Nhà nước tỉnh Vĩnh Long",
    ],
)
def test_control_a_state_bank_s_branch_is_still_a_body_and_a_party(partner):
    facts = _facts(f"Cục Thuế tỉnh vừa ký kết quy chế phối hợp với {partner}.")
    assert len(party_sets(facts)) == 1 and len(party_sets(facts)[0]) == 2
