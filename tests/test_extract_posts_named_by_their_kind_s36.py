"""A border post named again by its kind alone after the page has named it in full is that post (round s36's helper
G: "Quy chế phối hợp số 08/QC-ĐBP-UBND ... giữa Đồn Biên phòng với UBND xã Dân Hóa" after "Đồn Biên phòng Cửa khẩu
quốc tế Cha Lo" lost the post from the document's parties). Made-up sentences."""

from __future__ import annotations

from _signing_helpers import agency_names, extract


def _document_parties(text: str, title: str | None = None) -> list[list[str]]:
    facts = extract(text, "2020-05-12", "Quảng Trị", title)
    return [sorted(d.parties) for d in facts.documents]


def test_the_post_s_kind_as_a_party_of_an_old_regulation():
    text = (
        "Tin\n\nSáng 11/5, Đồn Biên phòng Cửa khẩu quốc tế La Lay tổ chức hội nghị tổng kết. Thực hiện Quy chế phối "
        "hợp số 12/QC-ĐBP-UBND ngày 3/4/2017 giữa Đồn Biên phòng với UBND xã A Ngo, hai bên đã tuần tra chung 40 lượt."
    )
    assert _document_parties(text) == [["Đồn Biên phòng Cửa khẩu quốc tế La Lay", "Ủy ban nhân dân xã A Ngo"]]


def test_a_headline_s_shorter_name_is_the_same_post():
    text = (
        "Đồn Biên phòng La Lay tổng kết quy chế\n\nSáng 11/5, Đồn Biên phòng Cửa khẩu quốc tế La Lay tổ chức hội nghị "
        "tổng kết. Thực hiện Quy chế phối hợp số 12/QC-ĐBP-UBND ngày 3/4/2017 giữa Đồn Biên phòng với UBND xã A Ngo, "
        "hai bên đã tuần tra chung 40 lượt."
    )
    assert _document_parties(text) == [["Đồn Biên phòng Cửa khẩu quốc tế La Lay", "Ủy ban nhân dân xã A Ngo"]]


def test_control_a_page_of_two_posts_leaves_the_kind_unresolved():
    text = (
        "Tin\n\nSáng 11/5, Đồn Biên phòng La Lay và Đồn Biên phòng A Vao tổ chức hội nghị. Thực hiện Quy chế phối hợp "
        "số 12/QC-ĐBP-UBND ngày 3/4/2017 giữa Đồn Biên phòng với UBND xã A Ngo, hai bên đã tuần tra chung 40 lượt."
    )
    assert _document_parties(text) == [["Ủy ban nhân dân xã A Ngo"]]


def test_control_posts_in_the_plural_name_no_post():
    text = (
        "Tin\n\nSáng 11/5, Đồn Biên phòng La Lay tổ chức hội nghị. Các Đồn Biên phòng trên tuyến biên giới đều tuần "
        "tra."
    )
    facts = extract(text, "2020-05-12", "Quảng Trị")
    assert agency_names(facts) == ["Đồn Biên phòng La Lay"]
