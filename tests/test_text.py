"""The shared text helpers (phoihop.text): one definition for every stage."""

from phoihop.text import WS, unique, unique_folded


def test_ws_collapses_any_run_of_whitespace():
    assert WS.sub(" ", "Ban\u00a0 Dân\tvận\n Tỉnh ủy") == "Ban Dân vận Tỉnh ủy"


def test_unique_keeps_the_first_of_each_in_order():
    assert unique(["b", "a", "b", "c", "a"]) == ["b", "a", "c"]
    assert unique([("x", 1), ("x", 1), ("y", 2)]) == [("x", 1), ("y", 2)]
    assert unique(["Công an", "công an"]) == ["Công an", "công an"]


def test_unique_folded_ignores_case_and_keeps_the_first_spelling():
    assert unique_folded(["Công an tỉnh", "CÔNG AN TỈNH", "Ban Dân vận"]) == ["Công an tỉnh", "Ban Dân vận"]
