"""Two numbered documents signed in one sentence, each "với" its own partner, as round s35's helpers printed them
(made-up texts in the image of their pages): "A ký kết Chương trình số 05/... với B và Chương trình số 06/... với C
giai đoạn 2017-2021" is two acts, each citing its own document; a document's parties stop at the next document, and
the term printed after the last one is the list's."""

import pytest
from _signing_helpers import extract


def _facts(text, published="2018-03-15", province="Phú Thọ"):
    return extract(f"Tin\n\n{text}", published, province)


def _signings(facts):
    return sorted((tuple(sorted(s.parties)), s.document, tuple(s.period or ())) for s in facts.signings)


def _documents(facts):
    return {d.symbol: (sorted(d.parties), d.issued, tuple(d.period or ())) for d in facts.documents}


TWO_DOCUMENTS = (
    "Sáng 14/3, Hội Nông dân tỉnh tổ chức ký kết Chương trình phối hợp số 03/CTr-HND-CAT với Công an tỉnh và "
    "Chương trình phối hợp số 04/CTr-HND-TĐ với Tỉnh đoàn giai đoạn 2018-2022."
)


def test_each_document_with_its_own_partner_is_its_own_act():
    assert _signings(_facts(TWO_DOCUMENTS)) == [
        (("Công an tỉnh", "Hội Nông dân tỉnh"), "03/CTr-HND-CAT", (2018, 2022)),
        (("Hội Nông dân tỉnh", "Tỉnh đoàn"), "04/CTr-HND-TĐ", (2018, 2022)),
    ]


def test_each_document_s_parties_stop_at_the_next_document():
    assert _documents(_facts(TWO_DOCUMENTS)) == {
        "03/CTr-HND-CAT": (["Công an tỉnh", "Hội Nông dân tỉnh"], "2018-03-14", (2018, 2022)),
        "04/CTr-HND-TĐ": (["Hội Nông dân tỉnh", "Tỉnh đoàn"], "2018-03-14", (2018, 2022)),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # one document with two partners: one act per pair, one document
        (
            "Sáng 14/3, Hội Nông dân tỉnh ký kết Chương trình phối hợp số 03/CTr-HND với Công an tỉnh và Tỉnh đoàn "
            "giai đoạn 2018-2022.",
            [
                (("Công an tỉnh", "Hội Nông dân tỉnh"), "03/CTr-HND", (2018, 2022)),
                (("Hội Nông dân tỉnh", "Tỉnh đoàn"), "03/CTr-HND", (2018, 2022)),
            ],
        ),
        # the second document carried out, no partner of its own: one act
        (
            "Sáng 14/3, Hội Nông dân tỉnh ký kết Chương trình phối hợp số 03/CTr-HND-CAT với Công an tỉnh triển "
            "khai Kế hoạch số 45/KH-UBND của UBND tỉnh.",
            [(("Công an tỉnh", "Hội Nông dân tỉnh"), "03/CTr-HND-CAT", ())],
        ),
    ],
)
def test_one_document_or_one_partner_list_is_unchanged(text, expected):
    assert _signings(_facts(text)) == expected
