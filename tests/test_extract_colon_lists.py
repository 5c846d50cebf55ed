"""The lists printed one item a line after a line ending with a colon: which lines are items, and the text the
finders read (the items run into the line that announces them, same length)."""

from phoihop.extract.colon_lists import as_sentences, colon_lists


def test_items_run_into_the_line_that_announces_them_and_lose_their_markers():
    text = "Tin\nA ký kết với các đơn vị sau:\n1. Sở Y tế;\n2) Hội Nông dân tỉnh.\nĐoạn sau."
    lists = colon_lists(text)
    assert len(lists) == 1 and len(lists[0].markers) == 2
    joined = as_sentences(text, lists)
    assert len(joined) == len(text)
    assert "sau:    Sở Y tế;    Hội Nông dân tỉnh.\nĐoạn sau." in joined


def test_no_list_without_the_colon_nor_in_the_headline_nor_past_an_unmarked_line():
    assert colon_lists("Tin\nA ký kết với các đơn vị sau\n- Sở Y tế") == []
    assert colon_lists("Tiêu đề:\n- Sở Y tế\nThân bài.") == []
    (only,) = colon_lists("Tin\nGồm:\n- Sở Y tế\nĐoạn khác\n- Công an tỉnh")
    assert len(only.markers) == 1


def test_a_long_run_of_marked_lines_is_a_page_s_links_not_a_sentence():
    text = "Tin\nTin khác:\n" + "\n".join(f"- Bài số {i}" for i in range(40))
    assert colon_lists(text) == []


def test_a_list_inside_the_page_s_furniture_is_told_apart():
    text = "Tin\nGồm:\n- Sở Y tế\n- Công an tỉnh"
    (cl,) = colon_lists(text)
    assert cl.inside([(text.index("- Sở"), len(text))])
    assert not cl.inside([(0, 3)])
