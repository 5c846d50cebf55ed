"""Round s31's review pages (made-up texts in the image of helpers A's and C's pages): a reviewed document "giữa N đơn
vị" is the document of the bodies that review it, that many; the new act signed after the review is theirs."""

import pytest
from _signing_helpers import extract, party_sets


def _documents(text):
    facts = extract(f"Tin\n\n{text}", "2021-05-06", "Cao Bằng")
    return {d.symbol: sorted(d.parties) for d in facts.documents}


@pytest.mark.parametrize(
    "text, symbol, parties",
    [
        (
            "Ngày 5-5, Sở Tư pháp, Liên đoàn Lao động tỉnh và Công an tỉnh sơ kết Quy chế phối hợp số 12/QCPH ngày "
            "3-3-2019 giữa 3 đơn vị.",
            "12/QCPH",
            ["Công an tỉnh", "Liên đoàn Lao động tỉnh", "Sở Tư pháp"],
        ),
        (
            "Ngày 17/12, Đồn Biên phòng Trà Lĩnh và Công an huyện Trà Lĩnh tổng kết 5 năm thực hiện Quy chế phối hợp "
            "số "
            "05/QCPH ngày 20/10/2009 giữa hai đơn vị.",
            "05/QCPH",
            ["Công an huyện Trà Lĩnh", "Đồn Biên phòng Trà Lĩnh"],
        ),
        (
            "Ngày 19/5, Đảng ủy BĐBP tỉnh và Huyện ủy Bình Liêu tổng kết Quy chế phối hợp số 09-QC/ĐU-HU ngày "
            "12/4/2010 giữa hai cấp ủy.",
            "09-QC/ĐU-HU",
            ["Huyện ủy Bình Liêu", "Đảng ủy Bộ đội Biên phòng tỉnh"],
        ),
        # (a count the subject does not match names no parties)
        (
            "Ngày 5-5, Sở Tư pháp và Công an tỉnh sơ kết Quy chế phối hợp số 12/QCPH ngày 3-3-2019 giữa 3 đơn vị.",
            "12/QCPH",
            [],
        ),
    ],
)
def test_a_document_between_counted_sides_is_of_the_bodies_that_review_it(text, symbol, parties):
    assert _documents(text) == {symbol: parties}


def test_the_new_act_after_the_review_of_counted_sides_is_theirs():
    facts = extract(
        "Tin\n\nNgày 5-5, Sở Tư pháp, Liên đoàn Lao động tỉnh và Công an tỉnh tổng kết Quy chế phối hợp số 12/QCPH "
        "ngày 3-3-2019 giữa 3 đơn vị và ký kết quy chế phối hợp mới.",
        "2021-05-06",
        "Cao Bằng",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Liên đoàn Lao động tỉnh", "Sở Tư pháp")]
