"""A document issued by an office-holder's post ("Chỉ thị số 12/CT-UBND ... của Chủ tịch UBND tỉnh") has no parties:
an office is a position, no agency (facts-format), and the symbol's code names the office's body, which did not issue
it, even where the page names that body elsewhere (round s36's helpers, in made-up texts in the image of their
pages); a document the body itself issued keeps it."""

from _signing_helpers import extract

_LATER = " Dịp này, UBND tỉnh tặng bằng khen cho 5 tập thể."


def _parties(text, province="Bình Định"):
    return {d.symbol: d.parties for d in extract(f"Tin\n\n{text}", "2023-03-20", province).documents}


def test_a_directive_of_the_chairman_has_no_parties_though_the_page_names_his_committee():
    text = (
        "Thực hiện Chỉ thị số 08/CT-UBND ngày 6/9/2022 của Chủ tịch UBND tỉnh, các huyện đã hoàn thành chỉ tiêu "
        "giao quân." + _LATER
    )
    assert _parties(text)["08/CT-UBND"] == []


def test_a_decision_a_director_signed_has_no_parties():
    text = (
        "Ngày 10/3, Công an tỉnh tổ chức hội nghị triển khai Quyết định số 215/QĐ-CAT ngày 2/3/2023 do Giám đốc "
        "Công an tỉnh ký về kiện toàn tổ công tác."
    )
    assert _parties(text)["215/QĐ-CAT"] == []


def test_control_a_directive_of_the_committee_keeps_it():
    text = (
        "Thực hiện Chỉ thị số 08/CT-UBND ngày 6/9/2022 của UBND tỉnh, các huyện đã hoàn thành chỉ tiêu giao quân."
        + _LATER
    )
    assert _parties(text)["08/CT-UBND"] == ["Ủy ban nhân dân tỉnh"]


def test_control_a_plan_without_its_issuer_keeps_the_committee_its_code_names():
    text = "Thực hiện Kế hoạch số 30/KH-UBND ngày 6/9/2022, các huyện đã hoàn thành chỉ tiêu giao quân." + _LATER
    assert _parties(text)["30/KH-UBND"] == ["Ủy ban nhân dân tỉnh"]
