"""Ways real pages print a report that the robustness variants of round s24 found read wrong (made-up pages): a run of
spaces inside a name, a term written out "từ năm ... đến năm ...", an outlet's name as the dateline, a box of links
inside the report with a caption below it, the armed forces' and the police's papers by their short forms."""

import pytest

from phoihop.extract.article import Article
from phoihop.extract.dates import find_periods
from phoihop.extract.furniture import find_furniture
from phoihop.extract.normalize import normalize
from phoihop.extract.pipeline import extract_article


def _facts(text, published="2022-07-15", province="Gia Lai"):
    return extract_article(Article("t", text, None, published, province))


def _signings(facts):
    return sorted((tuple(sorted(s.parties)), s.date, s.period) for s in facts.signings)


def _marked(text):
    return [text[s:e] for s, e in find_furniture(text)]


# --- a run of spaces ---


def test_a_run_of_spaces_inside_a_line_is_read_as_one_and_maps_back():
    text = "Hội Nông dân  tỉnh và Công an \t tỉnh ký kết.\n\nTheo đó"
    norm = normalize(text)
    assert norm.text == "Hội Nông dân tỉnh và Công an tỉnh ký kết.\n\nTheo đó"
    start = norm.text.index("Công an tỉnh")
    assert text[slice(*norm.orig_span(start, start + len("Công an tỉnh")))] == "Công an \t tỉnh"


def test_a_list_of_places_typed_with_two_spaces_keeps_its_city_and_its_evidence_is_the_page_s():
    # ("Hồ Chí  Minh" was no known place, and the city went by the list's "tỉnh")
    text = (
        "Tin tức\n\nCông an  7 tỉnh, thành  phố gồm: Bà  Rịa - Vũng  Tàu, Hồ Chí  Minh, Đồng Nai,  Bình Dương, Tây  "
        "Ninh, Long An  và Tiền Giang  vừa tổ chức  hội nghị ký  kết kế hoạch  phối hợp."
    )
    facts = _facts(text, province="Bà Rịa - Vũng Tàu")
    (signing,) = facts.signings
    assert "Công an thành phố Hồ Chí Minh" in signing.parties and len(signing.parties) == 7
    evidence = signing.evidence[0]
    assert evidence.sentence == text[evidence.start : evidence.end]


# --- a term written out ---


def test_a_term_written_out_before_the_verb_is_no_recalled_signing():
    facts = _facts(
        "Tin tức\n\nHội nghị Ủy ban MTTQ tỉnh nhiệm kỳ từ năm 2019 đến năm 2024 đã diễn ra lễ ký kết chương trình "
        "phối hợp giữa Ban Thường trực Ủy ban MTTQ tỉnh và Hội Chữ thập đỏ tỉnh."
    )
    assert [s[0] for s in _signings(facts)] == [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh", "Hội Chữ thập đỏ tỉnh")
    ]


def test_since_a_year_up_to_now_is_still_a_signing_recalled():
    facts = _facts("Tin tức\n\nTừ năm 2019 đến nay, Công an tỉnh và Hội Nông dân tỉnh đã ký kết chương trình phối hợp.")
    assert facts.signings == []


@pytest.mark.parametrize(
    "term", ["giai đoạn từ năm 2013 đến năm 2023", "giai đoạn từ 2013 đến 2023", "nhiệm kỳ từ năm 2013 - 2023"]
)
def test_a_term_written_out_opens_with_its_word(term):
    text = f"Nhìn lại {term}, việc thực hiện"
    (period,) = find_periods(text, with_years=False)
    assert text[period.start : period.end] == term and (period.first, period.last) == (2013, 2023)


def test_a_document_takes_the_term_written_out_before_it():
    facts = _facts(
        "Tin tức\n\nNhìn lại giai đoạn từ năm 2013 đến năm 2023, việc thực hiện Chương trình phối hợp số 09 giữa "
        "Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh đã đóng góp tích cực vào việc giữ vững ổn định chính trị."
    )
    assert [(d.symbol, d.period) for d in facts.documents] == [("09", (2013, 2023))]


# --- an outlet's name as the dateline ---


@pytest.mark.parametrize(
    "dateline",
    ["Báo Gia Lai điện tử - ", "QĐND Online - (Báo Quảng Ngãi)- ", "(Baoquangngai.vn) - ", "Bình Phước Online – "],
)
def test_an_outlet_named_as_the_dateline_is_furniture_and_no_body(dateline):
    text = f"Tin tức\n{dateline}Chiều 5/3, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp."
    assert _marked(text) == [dateline]
    assert sorted(a.name for a in _facts(text).agencies) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


def test_a_body_before_a_dash_is_no_dateline():
    text = "Tin tức\nUBND tỉnh Gia Lai - Sở Tư pháp vừa ký kết quy chế phối hợp."
    assert _marked(text) == []


# --- a box of links inside the report ---


def test_a_caption_below_a_box_of_dashed_links_is_the_report_s():
    text = (
        "Tin tức\n\nChiều 9/1, Ủy ban MTTQ Việt Nam tỉnh và Bộ Chỉ huy Quân sự tỉnh đã tổ chức lễ ký kết chương trình "
        "phối hợp.\nTin liên quan:\n- Hội Nông dân tỉnh Sóc Trăng và Ngân hàng Chính sách xã hội ký kết chương trình "
        "phối hợp\n- Sở Tư pháp tỉnh Kon Tum tổ chức hội nghị tổng kết\n\nĐồng chí Huỳnh Thị Hằng, Phó Bí thư Tỉnh ủy, "
        "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại buổi lễ\n\nHai bên thống nhất triển khai."
    )
    assert _marked(text) == [
        "Tin liên quan:",
        "- Hội Nông dân tỉnh Sóc Trăng và Ngân hàng Chính sách xã hội ký kết chương trình phối hợp",
        "- Sở Tư pháp tỉnh Kon Tum tổ chức hội nghị tổng kết",
    ]
    assert [p.name for p in _facts(text).persons] == ["Huỳnh Thị Hằng"]


# --- the papers of the armed forces and the police by their short forms ---


@pytest.mark.parametrize("paper,name", [("Báo QĐND", "Báo Quân đội nhân dân"), ("Báo CAND", "Báo Công an nhân dân")])
def test_the_army_s_and_the_police_s_papers_sign_by_their_short_forms(paper, name):
    facts = _facts(f"Tin tức\n\nSáng 5/3, {paper} và Ban Tuyên giáo Tỉnh ủy ký kết chương trình phối hợp.")
    assert _signings(facts) == [(tuple(sorted((name, "Ban Tuyên giáo Tỉnh ủy"))), "2022-03-05", None)]
