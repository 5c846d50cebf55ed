"""A page that keeps the line breaks of a fixed-width layout is read as sentences, not lines (made-up pages)."""

from phoihop.extract.article import Article
from phoihop.extract.hard_wraps import join_hard_wraps
from phoihop.extract.pipeline import extract_article

_WRAPPED = (
    "Hội nghị sơ kết quy chế phối hợp\n\n"
    "Ngày 12/5/2022, Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh Bình Phước tổ chức\n"
    "hội nghị sơ kết 03 năm thực hiện Quy chế phối hợp số 02/QCPH-VKS-TA ngày 10/5/2019\n"
    "giữa hai ngành. Dự hội nghị có đồng chí Trần Văn Bình, Viện trưởng Viện kiểm sát nhân\n"
    "dân tỉnh, đồng chí Lê Thị Mai, Chánh án Tòa án nhân dân tỉnh và các thẩm phán, kiểm sát\n"
    "viên của hai đơn vị.\n"
)


def test_the_breaks_of_a_fixed_width_layout_become_spaces():
    joined = join_hard_wraps(_WRAPPED)
    assert len(joined) == len(_WRAPPED)
    assert "Viện kiểm sát nhân dân tỉnh, đồng chí Lê Thị Mai" in joined
    assert joined.startswith("Hội nghị sơ kết quy chế phối hợp\n\n")  # the headline keeps its break
    assert joined.endswith("viên của hai đơn vị.\n")


def test_lines_of_an_ordinary_page_keep_their_breaks():
    page = (
        "Công an tỉnh ký kết quy chế phối hợp với Hội Cựu chiến binh tỉnh Hậu Giang\n"
        "Thứ hai, 12/03/2021 08:00\n"
        "Sáng 11/3, Công an tỉnh và Hội Cựu chiến binh tỉnh ký kết quy chế phối hợp giai đoạn 2021-2025\n"
        "Hai bên thống nhất nhiều nội dung phối hợp trong công tác bảo đảm an ninh trật tự ở cơ sở\n"
        "Ảnh: Minh Tâm\n"
    )
    assert join_hard_wraps(page) == page


def test_a_name_broken_by_the_layout_is_one_name_and_titles_go_to_the_right_person():
    facts = extract_article(Article("f", _WRAPPED, published="2022-05-13"))
    names = {a.name for a in facts.agencies}
    assert names == {"Viện kiểm sát nhân dân tỉnh Bình Phước", "Tòa án nhân dân tỉnh Bình Phước"}
    titles = {(p.name, title) for p in facts.persons for title in p.positions}
    assert ("Trần Văn Bình", "Viện trưởng Viện kiểm sát nhân dân tỉnh") in titles
    assert ("Lê Thị Mai", "Chánh án Tòa án nhân dân tỉnh") in titles


def test_a_short_line_cut_after_a_name_and_its_dash_runs_on_in_a_wrapped_page():
    page = _WRAPPED + "Tham dự có đồng chí Phạm Minh Quân –\nPhó Chủ tịch Ủy ban nhân dân tỉnh Bình Phước.\n"
    joined = join_hard_wraps(page)
    assert "Phạm Minh Quân – Phó Chủ tịch" in joined
    facts = extract_article(Article("f", page, published="2022-05-13"))
    titles = {(p.name, title) for p in facts.persons for title in p.positions}
    assert ("Phạm Minh Quân", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Phước") in titles


def test_a_line_ending_with_a_dash_in_an_ordinary_page_keeps_its_break():
    page = "Tin\n\nTrang chủ –\nThời sự\nCông an tỉnh ký kết quy chế phối hợp với Hội Nông dân tỉnh.\n"
    assert join_hard_wraps(page) == page


def test_a_box_of_headlines_is_no_fixed_width_layout():
    # other articles' headlines, of about one length and none ending a sentence, each open with a capital: their
    # breaks are no layout's, and the box stays lines (furniture reads it as teasers)
    text = (
        "Tiêu đề\nSáng 5/3, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp.\n\nTin liên quan\n"
        "Ban Dân vận Tỉnh ủy Kon Tum ký kết quy chế phối hợp với Sở Tư pháp\n"
        "Công an tỉnh Gia Lai và Hội Nông dân tỉnh tổng kết phối hợp năm 2021\n"
        "Đoàn Thanh niên Bộ đội Biên phòng tỉnh ra quân tình nguyện hè 2024\n"
        "Báo Kon Tum - Cơ quan của Đảng bộ tỉnh Kon Tum, tiếng nói của nhân dân\nHết"
    )
    assert join_hard_wraps(text) == text
