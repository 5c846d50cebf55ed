"""A signer placed by its parent in brackets ("Trường Cao đẳng Cảnh sát nhân dân II (Bộ Công an)", "Chi cục Kiểm lâm
(thuộc Sở NN&PTNT)"), as round s34's helpers printed them (made-up texts in the image of their pages): the parent
signs nothing, so the document's parties are the signing's, read past the bracket."""

import pytest
from _signing_helpers import extract


def _parties(text, published="2019-05-10", province="Đồng Nai"):
    facts = extract(f"Tin\n\n{text}", published, province)
    return {d.symbol: sorted(d.parties) for d in facts.documents}


@pytest.mark.parametrize(
    "text, symbol, parties",
    [
        (
            "Ngày 9/5, Trường Cao đẳng Cảnh sát nhân dân II (Bộ Công an) cùng Tỉnh đoàn Đồng Nai đã ký kết "
            "Chương trình phối hợp số 11/CTrPH-CĐCS-TĐ giai đoạn 2019-2023.",
            "11/CTrPH-CĐCS-TĐ",
            ["Trường Cao đẳng Cảnh sát nhân dân II", "Tỉnh đoàn Đồng Nai"],
        ),
        (
            "Ngày 9/5, Công an tỉnh, Chi cục Kiểm lâm (thuộc Sở Nông nghiệp và PTNT) và Hội Nông dân tỉnh đã ký kết kế "
            "hoạch phối hợp số 21/KH-CAT-CCKL-HND.",
            "21/KH-CAT-CCKL-HND",
            ["Chi cục Kiểm lâm", "Công an tỉnh", "Hội Nông dân tỉnh"],
        ),
        (
            "Ngày 9/5, Công an tỉnh sơ kết Quy chế phối hợp số 05/QC-CCKL-CAT ngày 2/3/2017 giữa Chi cục Kiểm lâm "
            "(thuộc Sở Nông nghiệp và PTNT) và Công an tỉnh.",
            "05/QC-CCKL-CAT",
            ["Chi cục Kiểm lâm", "Công an tỉnh"],
        ),
    ],
)
def test_a_parent_in_brackets_is_no_party_of_the_document(text, symbol, parties):
    assert _parties(text)[symbol] == parties


@pytest.mark.parametrize(
    "text, symbol, parties",
    [
        (
            # (a short form in brackets stands for the body itself: no second party)
            "Ngày 9/5, Ban Chỉ huy Quân sự huyện Long Thành (Ban CHQS huyện) và Đoàn Thanh niên huyện Long Thành đã "
            "ký kết Quy chế phối hợp số 03/QC-BCH-ĐTN.",
            "03/QC-BCH-ĐTN",
            ["Ban Chỉ huy Quân sự huyện Long Thành", "Đoàn Thanh niên huyện Long Thành"],
        ),
        (
            "Ngày 9/5, Bộ Công an và Bộ Quốc phòng đã ký kết Quy chế phối hợp số 08/QC-BCA-BQP.",
            "08/QC-BCA-BQP",
            ["Bộ Công an", "Bộ Quốc phòng"],
        ),
    ],
)
def test_controls_bodies_named_outside_brackets_keep_their_parties(text, symbol, parties):
    assert _parties(text)[symbol] == parties
