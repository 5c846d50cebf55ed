"""Classes of error in cited documents found in round s28 by a black-box probe of 292 citations as provincial pages
print them (the texts here are made up in their image): the subject of the clause that carries a document out was
read as a second issuer (a false cooperation pair); the parties of a numbered document reviewed were read as the
parties of the signing after it; an issue date after the issuers or "được ký" was lost; a bare number before what
a document is carried out for was lost, and a count of years ("kế hoạch 5 năm 2021-2025") was read as one."""

import pytest
from _signing_helpers import extract, party_sets


def _documents(text):
    facts = extract("Tin\n\n" + text, "2025-04-10", "Quảng Trị")
    return [(d.symbol, d.kind, d.issued, d.period, sorted(d.parties)) for d in facts.documents]


@pytest.mark.parametrize(
    "text, symbol, issuer",
    [
        (
            "Thực hiện Kế hoạch số 45/KH-UBND ngày 3/2/2024 của UBND tỉnh, Công an tỉnh đã triển khai nhiều biện pháp.",
            "45/KH-UBND",
            "Ủy ban nhân dân tỉnh",
        ),
        (
            "Căn cứ Thông tư số 58/2020/TT-BCA của Bộ Công an, Công an tỉnh đã tổ chức tập huấn.",
            "58/2020/TT-BCA",
            "Bộ Công an",
        ),
        (
            "Triển khai Quyết định số 1234/QĐ-UBND của UBND tỉnh, Sở Nội vụ đã hướng dẫn các huyện.",
            "1234/QĐ-UBND",
            "Ủy ban nhân dân tỉnh",
        ),
    ],
)
def test_the_subject_that_carries_a_document_out_is_no_issuer(text, symbol, issuer):
    assert [(s, parties) for s, _, _, _, parties in _documents(text)] == [(symbol, [issuer])]


def test_a_joint_documents_issuers_listed_after_it_stay():
    docs = _documents(
        "Thông tư liên tịch số 06/2013/TTLT-BCA-BQP-BTC của Bộ Công an, Bộ Quốc phòng và Bộ Tài chính đã quy định rõ."
    )
    assert docs[0][4] == ["Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính"]


@pytest.mark.parametrize(
    "reviewed",
    [
        "tổ chức tổng kết Nghị quyết liên tịch số 03/2018/NQLT-BCA-HCCBVN giữa Bộ Công an và Trung ương Hội Cựu chiến "
        "binh Việt Nam và ký kết",
        "sơ kết Chương trình phối hợp số 02/CTrPH-BTL-TWĐTN ngày 1/3/2019 giữa Bộ Công an và Trung ương Hội Cựu chiến "
        "binh Việt Nam, đồng thời ký kết",
    ],
)
def test_the_parties_of_a_numbered_document_reviewed_do_not_sign_after_it(reviewed):
    facts = extract(
        f"Tin\n\nSáng 12/3, Hội Cựu chiến binh tỉnh và Công an tỉnh {reviewed} chương trình phối hợp giai đoạn "
        "2025 - 2030.",
        "2025-04-10",
        "Quảng Trị",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Hội Cựu chiến binh tỉnh")]


def test_a_partnership_reviewed_without_a_number_signs_again():
    facts = extract(
        "Tin\n\nChiều 9/3, Hội đồng Dân tộc của Quốc hội tổ chức Hội nghị tổng kết quy chế phối hợp công tác giữa Hội "
        "đồng Dân tộc và Bộ Tư lệnh Bộ đội Biên phòng giai đoạn 2016-2023 và ký kết Quy chế phối hợp giai đoạn "
        "2025-2030.",
        "2025-04-10",
        "Hà Nội",
    )
    assert party_sets(facts) == [("Bộ Tư lệnh Bộ đội Biên phòng", "Hội đồng Dân tộc của Quốc hội")]


@pytest.mark.parametrize(
    "citation",
    [
        "Kế hoạch số 45/KH-UBND của UBND tỉnh ngày 12/3/2024",
        "Kế hoạch số 45/KH-UBND do UBND tỉnh ban hành ngày 12/3/2024",
        "Kế hoạch số 45/KH-UBND được ký ngày 12/3/2024",
        "Kế hoạch số 45/KH-UBND được ban hành vào ngày 12/3/2024",
    ],
)
def test_an_issue_date_after_the_issuers_or_the_verb_of_issue(citation):
    docs = _documents(f"Công an tỉnh thực hiện {citation} về bảo đảm an ninh.")
    assert [(s, issued) for s, _, issued, _, _ in docs] == [("45/KH-UBND", "2024-03-12")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Công an xã thực hiện Đề án 06 hiệu quả.", [("06", "đề án", None)]),
        ("Công an tỉnh triển khai Đề án 06 cho người dân.", [("06", "đề án", None)]),
        ("Hội Nông dân thực hiện Chỉ thị 01 giai đoạn 2015-2020.", [("01", "chỉ thị", (2015, 2020))]),
        ("UBND tỉnh ban hành kế hoạch 5 năm 2021-2025.", []),
        ("Tỉnh đoàn thực hiện chương trình 3 năm 2023-2025.", []),
    ],
)
def test_a_bare_number_after_a_document_word(text, expected):
    assert [(s, k, p) for s, k, _, p, _ in _documents(text)] == expected
