"""An office named as the issuer of a document: "Chỉ thị số 01/CT-TTg của Thủ tướng Chính phủ".

The contract calls "Thủ tướng Chính phủ" a position, but the gold of `real` (its README: "Thủ tướng Chính phủ as the
issuer of a directive state") and of `dev-north` list it as an agency where it issues a document the page names
(five articles of six), so the office is read as a body there; with a person's name after it ("Thủ tướng Chính phủ
Phạm Minh Chính") or in a title chain ("Phó Thủ tướng Chính phủ") it stays a position.
"""

from __future__ import annotations

import re

from phoihop.extract import lexicon
from phoihop.extract.agencies.mention import AgencyMention

PRIME_MINISTER = "Thủ tướng Chính phủ"
_ISSUED_BY_PRIME_MINISTER = re.compile(
    rf"(?<![\w])của\s+(?P<office>Thủ\s+tướng\s+Chính\s+phủ)(?![\w])(?!\s+(?-i:{lexicon.UPPER_CLASS}))"
)
# a kind of document before "của" in the same clause: what the office issued (the kinds of act the Prime Minister
# issues, in either case: "quyết định của Thủ tướng"; not the document table's `lexicon.document_kinds`, whose "báo cáo",
# "phương án", "quy định" are common words in lower case: "báo cáo, xin ý kiến chỉ đạo của Thủ tướng")
_DOCUMENT_BEFORE = re.compile(
    r"(?<![\w])(?:Chỉ\s+thị|Quyết\s+định|Công\s+điện|Nghị\s+quyết|Nghị\s+định|Đề\s+án|Chương\s+trình|Kế\s+hoạch|"
    r"Công\s+văn|Thông\s+báo|Kết\s+luận|Chiến\s+lược)(?![\w])[^.;:\n]*$",
    re.IGNORECASE,
)
DOCUMENT_WINDOW = 160  # before "của": the document's kind, number, date and subject


def add_prime_minister_as_issuer(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """``found`` with "Thủ tướng Chính phủ" as a body where it issues a document named before it (the "Chính phủ" the
    title word held is replaced)."""
    if "Thủ tướng" not in text:
        return found
    added = []
    for m in _ISSUED_BY_PRIME_MINISTER.finditer(text):
        if not _DOCUMENT_BEFORE.search(text, max(0, m.start() - DOCUMENT_WINDOW), m.start()):
            continue
        start, end = m.span("office")
        added.append(
            AgencyMention(start, end, m.group("office"), PRIME_MINISTER, "state", True, core_role="standalone")
        )
    if not added:
        return found
    kept = [a for a in found if not any(a.start < b.end and b.start < a.end for b in added)]
    return sorted(kept + added, key=lambda a: a.start)
