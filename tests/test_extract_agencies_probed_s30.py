"""Agencies as the helpers' made-up pages of round s30 print them, and the classes left over from round s29 (the texts
here are made up in their image)."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Nghệ An"):
    return extract(f"Tin\n\n{text}", "2024-05-20", province)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            # (a school named for two trades, the second of each printed in lower case)
            "Công đoàn Trường Đại học Sư phạm Kỹ thuật Vinh và Công an phường Trường Thi ký kết chương trình phối hợp.",
            ("Công an phường Trường Thi", "Công đoàn Trường Đại học Sư phạm Kỹ thuật Vinh"),
        ),
        (
            "Đoàn Thanh niên Trường Cao đẳng Kinh tế - Kỹ thuật Nghệ An và Công an tỉnh ký kết chương trình phối hợp.",
            ("Công an tỉnh", "Đoàn Thanh niên Trường Cao đẳng Kinh tế - Kỹ thuật Nghệ An"),
        ),
    ],
)
def test_the_union_of_a_school_named_for_its_trades_keeps_the_whole_name(text, parties):
    facts = _facts(text)
    assert party_sets(facts) == [parties]
    assert set(agency_names(facts)) == set(parties)
