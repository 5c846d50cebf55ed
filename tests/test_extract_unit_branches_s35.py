"""Round s35: the women's or veterans' branch of a post or a unit ("Chi hội Phụ nữ Đồn Biên phòng X") is a body of its
own, and a signer of a twinning in its name, also where others organise the ceremony; made-up sentences."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Lâm Đồng", published="2024-03-09"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, branch, partner",
    [
        (
            "Ngày 6/3, Chi hội Phụ nữ Đồn Biên phòng Đắk Dang và Hội LHPN xã Đắk Ơ ký kết kết nghĩa.",
            "Chi hội Phụ nữ Đồn Biên phòng Đắk Dang",
            "Hội Liên hiệp Phụ nữ xã Đắk Ơ",
        ),
        (
            "Chi hội Cựu chiến binh Trung đoàn 994 và Hội Cựu chiến binh xã Hòa Phú ký kết chương trình phối hợp.",
            "Chi hội Cựu chiến binh Trung đoàn 994",
            "Hội Cựu chiến binh xã Hòa Phú",
        ),
    ],
)
def test_a_unit_s_union_branch_signs_in_its_own_name(text, branch, partner):
    facts = _facts(text)
    assert party_sets(facts) == [tuple(sorted((branch, partner)))]
    assert branch in agency_names(facts)


def test_the_branch_named_after_the_organising_post_signs_rather_than_the_organisers():
    facts = _facts(
        "Ngày 6/3, Đồn Biên phòng Đắk Dang phối hợp với Đảng ủy xã Đắk Ơ tổ chức lễ ký kết kết nghĩa giữa Chi hội "
        "Phụ nữ Đồn Biên phòng Đắk Dang và Hội LHPN xã Đắk Ơ."
    )
    assert party_sets(facts) == [("Chi hội Phụ nữ Đồn Biên phòng Đắk Dang", "Hội Liên hiệp Phụ nữ xã Đắk Ơ")]


@pytest.mark.parametrize(
    "text, parties",
    [
        # (controls: a hamlet's branch, and the youth cell of the post, were read before)
        (
            "Ngày 6/3, Chi hội Phụ nữ thôn 2 và Hội LHPN xã Đắk Ơ ký kết kết nghĩa.",
            ("Chi hội Phụ nữ thôn 2", "Hội Liên hiệp Phụ nữ xã Đắk Ơ"),
        ),
        (
            "Ngày 6/3, Đồn Biên phòng Đắk Dang phối hợp với Đảng ủy xã Đắk Ơ tổ chức lễ ký kết kết nghĩa giữa Chi đoàn "
            "Đồn Biên phòng Đắk Dang và Đoàn Thanh niên xã Đắk Ơ.",
            ("Chi đoàn Đồn Biên phòng Đắk Dang", "Đoàn Thanh niên xã Đắk Ơ"),
        ),
        (
            "Ngày 6/3, Hội Phụ nữ Đồn Biên phòng Đắk Dang và Hội LHPN xã Đắk Ơ ký kết kết nghĩa.",
            ("Hội Liên hiệp Phụ nữ xã Đắk Ơ", "Hội Phụ nữ Đồn Biên phòng Đắk Dang"),
        ),
    ],
)
def test_controls_other_cells_keep_their_reading(text, parties):
    assert party_sets(_facts(text)) == [parties]
