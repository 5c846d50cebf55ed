"""The source of a wire story on a line of its own, in brackets ("(TTXVN/Vietnam+)", "(TTXVN)"), as round s35's
helpers printed it (made-up texts in the image of their pages): the outlets that carried the report are page
furniture, no agency of it."""

import pytest
from _signing_helpers import agency_names, extract

_REPORT = "Tin\n\nSáng 3/6, tại Hà Nội, Bộ Quốc phòng và Bộ Tư pháp ký kết chương trình phối hợp.\n\n"


@pytest.mark.parametrize("source", ["(TTXVN/Vietnam+)", "(TTXVN)", "( TTXVN / VOV )"])
def test_a_bracketed_wire_source_line_is_furniture(source):
    facts = extract(f"{_REPORT}Hai bộ sẽ phối hợp tuyên truyền pháp luật.\n\n{source}", "2024-06-04", None)
    assert agency_names(facts) == ["Bộ Quốc phòng", "Bộ Tư pháp"]


def test_a_body_named_in_brackets_in_a_sentence_stays():
    text = f"{_REPORT}Thông tấn xã Việt Nam (TTXVN) đưa tin về lễ ký."
    assert "Thông tấn xã Việt Nam" in agency_names(extract(text, "2024-06-04", None))
