"""Whether a fetched page is in Vietnamese.

Pages are read (text, title, date, canonical address, bytes decoded) by
``phoihop.batch.pages``, the one page reader that ``phoihop extract`` uses too.
"""

from __future__ import annotations

import re

# Letters only Vietnamese uses among the Latin-script languages (with their
# tone-marked forms after NFC): ă â đ ê ô ơ ư and the five tones on vowels.
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def vietnamese_share(text: str) -> float:
    """The share of ``text``'s letters that only Vietnamese writes (about 0.25 in Vietnamese, 0 in English)."""
    letters = _LETTER.findall(text.lower())
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ch in _VIETNAMESE_LETTERS) / len(letters)
