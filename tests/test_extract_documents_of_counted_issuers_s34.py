"""A document whose issuers are told by their count ("do hai cơ quan ký ngày ...", "được hai đơn vị ký kết năm ...",
"của ba cơ quan", "Quy chế được hai bên ký kết ngày ..." in the next sentence), as round s34's helpers printed them
(made-up texts in the image of their pages): the count refers back to the bodies the sentence names before the
document."""

import pytest
from _signing_helpers import extract


def _documents(text, published="2018-06-12", province="Lạng Sơn"):
    return {d.symbol: d for d in extract(f"Tin\n\n{text}", published, province).documents}


@pytest.mark.parametrize(
    "text, symbol, parties",
    [
        (
            "Ngày 11/6, Viện Kiểm sát nhân dân tỉnh và Công an tỉnh tổ chức hội nghị sơ kết 3 năm thực hiện Quy chế "
            "phối hợp số 04/QCPH-VKS-CAT do hai cơ quan ký ngày 5/3/2015 về công tác điều tra.",
            "04/QCPH-VKS-CAT",
            ["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"],
        ),
        (
            "Ngày 11/6, Viện Kiểm sát nhân dân tỉnh và Công an tỉnh sơ kết Quy chế phối hợp số 04/QCPH-VKS-CAT "
            "được hai cơ quan ký kết năm 2015.",
            "04/QCPH-VKS-CAT",
            ["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"],
        ),
        (
            "Ngày 11/6, Sở Văn hóa, Thể thao và Du lịch phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội "
            "thi theo Kế hoạch liên tịch số 17/KH-SVHTTDL-TĐ-HLHPN ngày 2/5/2018 của ba cơ quan.",
            "17/KH-SVHTTDL-TĐ-HLHPN",
            ["Hội Liên hiệp Phụ nữ tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn"],
        ),
        (
            "Ngày 11/6, Bộ Chỉ huy Quân sự tỉnh và Ban Quản lý Khu kinh tế cửa khẩu tỉnh sơ kết Quy chế phối hợp số "
            "06/QCPH-BCH-BQL. Quy chế được hai đơn vị ký kết ngày 20/4/2016.",
            "06/QCPH-BCH-BQL",
            ["Ban Quản lý Khu kinh tế cửa khẩu tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
        ),
        (
            # (named in the sentence before: the count refers back to it)
            "Ngày 11/6, Sở Văn hóa, Thể thao và Du lịch phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh phát động "
            "hội thi. Hội thi được tổ chức theo Kế hoạch liên tịch số 17/KH-SVHTTDL-TĐ-HLHPN ngày 2/5/2018 "
            "của ba cơ quan.",
            "17/KH-SVHTTDL-TĐ-HLHPN",
            ["Hội Liên hiệp Phụ nữ tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn"],
        ),
    ],
)
def test_counted_issuers_are_the_bodies_named_before(text, symbol, parties):
    assert sorted(_documents(text)[symbol].parties) == parties


def test_the_count_told_next_keeps_the_issue_date():
    text = (
        "Ngày 11/6, Bộ Chỉ huy Quân sự tỉnh phối hợp với Hội Cựu chiến binh tỉnh tổ chức sơ kết Chương trình phối hợp "
        "số 09/CTrPH-BCH-HCCB giai đoạn 2016 - 2020. Chương trình được hai bên ký kết ngày 3-5-2016."
    )
    doc = _documents(text)["09/CTrPH-BCH-HCCB"]
    assert (doc.issued, sorted(doc.parties)) == ("2016-05-03", ["Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh"])


@pytest.mark.parametrize(
    "text, symbol, parties",
    [
        (
            # (the issuers named after "do": the count is not needed)
            "Ngày 11/6, Công an tỉnh sơ kết Quy chế phối hợp số 04/QCPH-VKS-CAT do Viện Kiểm sát nhân dân tỉnh và Công "
            "an tỉnh ký ngày 5/3/2015.",
            "04/QCPH-VKS-CAT",
            ["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"],
        ),
        (
            # (a count the bodies named before do not fill: the issuer codes read the one body the page names)
            "Ngày 11/6, Công an tỉnh sơ kết Quy chế phối hợp số 04/QCPH-VKS-CAT-TA được ba cơ quan ký kết năm 2015.",
            "04/QCPH-VKS-CAT-TA",
            ["Công an tỉnh"],
        ),
        (
            # (the sentence before names the guests, not a subject: the codes read the issuers)
            "Ngày 11/6, HĐND tỉnh, UBND tỉnh và Ủy ban MTTQ tỉnh ký kết quy chế phối hợp mới. Dự hội nghị có đại diện "
            "Văn phòng Đoàn ĐBQH, Sở Nội vụ, Sở Tư pháp. Quy chế mới thay thế Quy chế số 05/QCPH-HĐND-UBND-MTTQ ngày "
            "14/9/2016 giữa ba cơ quan.",
            "05/QCPH-HĐND-UBND-MTTQ",
            ["Hội đồng nhân dân tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh", "Ủy ban nhân dân tỉnh"],
        ),
    ],
)
def test_controls_named_issuers_and_a_count_without_its_bodies(text, symbol, parties):
    assert sorted(_documents(text)[symbol].parties) == parties


@pytest.mark.parametrize(
    "agents",
    ["hai cơ quan", "Viện Kiểm sát nhân dân tỉnh và Công an tỉnh"],
)
def test_a_document_signed_on_a_day_by_its_agents_is_no_signing_of_the_page(agents):
    # ("do ... ký ngày D" tells when the reviewed regulation was signed, years before the review)
    text = (
        "Ngày 11/6, Viện Kiểm sát nhân dân tỉnh và Công an tỉnh tổ chức hội nghị sơ kết Quy chế phối hợp số "
        f"04/QCPH-VKS-CAT do {agents} ký ngày 5/3/2015."
    )
    assert extract(f"Tin\n\n{text}", "2018-06-12", "Lạng Sơn").signings == []
