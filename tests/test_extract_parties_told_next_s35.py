"""Parties named in the sentence after the signing, as round s35's helpers printed them (made-up texts in the image of
their pages): the signing sentence names only its host ("A tổ chức hội nghị ký kết chương trình phối hợp giai đoạn
...") and the next one says whom the programme is between ("Chương trình phối hợp giữa A với B ...", "Chương trình
được ký kết giữa A với B"); a reviewed document's old signing retold after it by "giữa" or by a count ("Quy chế này do
ba đơn vị ký kết tháng 5/2012")."""

import pytest
from _signing_helpers import extract, signing_tuples


def _facts(text, published="2019-05-10", province="Lai Châu"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sáng 9-5, Bộ CHQS tỉnh tổ chức hội nghị ký kết chương trình phối hợp giai đoạn 2019 - 2023. Chương trình "
            "phối hợp giữa Bộ CHQS tỉnh với UBND huyện Sìn Hồ tập trung vào xây dựng cơ sở vững mạnh.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân huyện Sìn Hồ"), "2019-05-09", "2019-2023")],
        ),
        (
            "Ngày 9-5, Ban Dân vận Tỉnh ủy tổ chức hội nghị ký kết chương trình phối hợp công tác dân vận giai đoạn "
            "2019 - 2024. Chương trình được ký kết giữa Ban Dân vận Tỉnh ủy với Hội Nông dân tỉnh và Hội Cựu chiến "
            "binh tỉnh.",
            [
                (("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"), "2019-05-09", "2019-2024"),
                (("Ban Dân vận Tỉnh ủy", "Hội Cựu chiến binh tỉnh"), "2019-05-09", "2019-2024"),
            ],
        ),
    ],
)
def test_the_parties_of_a_host_s_signing_are_named_in_the_next_sentence(text, expected):
    assert sorted(signing_tuples(_facts(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a partner named in the signing's own clause: the next sentence's programme is another matter
        (
            "Ngày 9-5, Bộ CHQS tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh giai đoạn 2019 - 2023. "
            "Chương trình phối hợp giữa Công an tỉnh với Tỉnh đoàn cũng được duy trì.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"), "2019-05-09", "2019-2023")],
        ),
        # the next sentence names no "giữa": the host alone
        (
            "Sáng 9-5, Bộ CHQS tỉnh tổ chức hội nghị ký kết chương trình phối hợp giai đoạn 2019 - 2023. Chương trình "
            "tập trung vào xây dựng cơ sở vững mạnh cùng Hội Nông dân tỉnh.",
            [(("Bộ Chỉ huy Quân sự tỉnh",), "2019-05-09", "2019-2023")],
        ),
    ],
)
def test_a_signing_that_names_its_partner_or_none_after_is_unchanged(text, expected):
    assert signing_tuples(_facts(text)) == expected


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 9-5, Hội Nông dân tỉnh tổ chức sơ kết Chương trình phối hợp số 07/CTrPH-HND-BCHBP giai đoạn 2016 - "
            "2020. Chương trình được ký kết giữa Hội Nông dân tỉnh và Bộ Chỉ huy BĐBP tỉnh từ năm 2016.",
            ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Nông dân tỉnh"],
        ),
        (
            "Sáng 9/5, Công an huyện Phong Thổ và Đồn Biên phòng Ma Ly Pho sơ kết Quy chế phối hợp số 04/QC-PH ngày "
            "2/3/2017. Quy chế này do hai đơn vị ký kết năm 2017.",
            ["Công an huyện Phong Thổ", "Đồn Biên phòng Ma Ly Pho"],
        ),
    ],
)
def test_a_reviewed_document_s_signers_retold_by_between_or_a_count(text, parties):
    facts = _facts(text)
    assert sorted(facts.documents[0].parties) == parties
    assert signing_tuples(facts) == []


def test_a_retelling_of_another_kind_names_no_parties():
    text = (
        "Sáng 9/5, Công an huyện Phong Thổ sơ kết Quy chế phối hợp số 04/QC-PH ngày 2/3/2017. Kế hoạch được ký kết "
        "giữa Hội Nông dân tỉnh và Tỉnh đoàn từ năm 2017."
    )
    assert _facts(text).documents[0].parties == []
