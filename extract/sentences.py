"""Sentence boundaries by rule: paragraph breaks and sentence-final punctuation."""

from __future__ import annotations

import re

from phoihop.extract import sentence_openers
from phoihop.text import LOWER_LETTERS, skip_spaces

# A sentence ends at a line break, or at . ! ? … followed by space and an
# upper-case letter, maybe after a quote or bracket (abbreviations such as "TP. Hồ Chí Minh" are kept
# together). The case is tested with str.isupper: a range such as "à-ỹ" would also hold the capitals
# Đ, Ấ, Ủ ... that lie between those code points.
# It opens by consuming the first space (either branch starts with one) and checks what stands before and at it
# after it: the engine skips in C to the next space instead of trying the look-behind at every character.
# A third branch: words that open a sentence, capitalised after a lower-case letter with no mark between ("... hậu cần
# kỹ thuật Tại Hội nghị, ...", "... tỉnh An Giang Phát biểu tại lễ ..."): a caption or a heading without its full
# stop that a page (or a scraper that joined its lines) ran on into the next sentence. A phrase of two words opens
# one after any word; a single word (also a given name: "Nguyễn Văn Tại") only after a word in lower case.
_OPENING_PHRASE = (
    r"(?:Sau\s+khi|Nhân\s+dịp|Phát\s+biểu|Cùng\s+(?:tham\s+)?dự|Tham\s+dự|Dự\s+(?:hội|lễ|buổi)|Hai\s+bên|"
    + sentence_openers.LINK_PHRASES
    + ")"
)
_OPENING_WORD = rf"(?:{sentence_openers.CLAUSE_WORDS})"
_BREAK = re.compile(
    r"\s(?:(?<=\n)\n*|(?<=[.!?…]\s)\s*(?=[\"'(\[]?(?P<letter>[^\W\d_]))"
    rf"|(?<=[{LOWER_LETTERS})]\s)(?:(?P<word>)(?={_OPENING_WORD}\s)|(?={_OPENING_PHRASE}\s)))"
)
# the marks that open the items of a list written one per line ("- ", "+ ", "• ")
_BULLETS = frozenset("-+•*·")
# ("T.Ư": "Trung ương" by its initials, "Ủy ban T.Ư MTTQ VN"; "Tp. Phan Rang", "tp. Huế": a city in mixed case)
_NO_BREAK_BEFORE = re.compile(r"(?:\bT|\bTP|\bTp|\btp|\bTT|\bTX|\bThS|\bTS|\bPGS|\bGS|\bBS|\bĐ/c|\bđ/c|\bNXB|\bSt)\.$")
# A level's short form ends a sentence when a word of a new sentence, not a place, follows it: "... khu nông nghiệp
# công nghệ cao TP. Theo lời ông X", "quy định của UBND TP. Chỉ đạo thực hiện ..." (the city named by its level
# alone). The place after it is one the gazetteer knows ("TP. Vinh"), a short form ("TP. HCM") or a run of
# capitalised syllables ("TP. Buôn Mê Thuột", a name in its old spelling); one capitalised word and a lower-case one
# open a sentence.
LEVEL_SHORT_FORMS = r"TP|Tp|tp|TT|TX"
_LEVEL_SHORT_FORM = re.compile(rf"\b(?:{LEVEL_SHORT_FORMS})\.$")
_WORD_THEN_LOWER = re.compile(r"(?P<word>[^\W\d_]+)\s+[^\W\d_A-ZĐ]")


def _runs_on(text: str, at: int, after: int, headline_end: int) -> bool:
    """Whether the line break ``text[at:after]`` cuts a sentence: the line before ends in a letter or a digit, with
    no mark that ends a sentence, and the next opens in lower case ("... ký kết Chương trình" / "phối hợp công tác giai
    đoạn 2019-2025": a caption a page set in two lines or two paragraphs; no line or paragraph opens in lower case).
    The headline (the first line, up to ``headline_end``) never runs on into the lead."""
    if at <= headline_end:
        return False
    nxt = skip_spaces(text, after)
    prev = at
    while prev > 0 and text[prev - 1].isspace():
        prev -= 1
    return nxt < len(text) and text[nxt].islower() and prev > 0 and text[prev - 1].isalnum()


def sentence_after_level(text: str, at: int) -> bool:
    """Whether the capitalised word at ``at``, after a level's short form ("TP."), opens a sentence: it is no place
    the gazetteer knows, and a lower-case word follows it (see _LEVEL_SHORT_FORM)."""
    from phoihop.extract import lexicon  # (the lexicons load on first use)

    m = _WORD_THEN_LOWER.match(text, at)
    return m is not None and not m.group("word").isupper() and not lexicon.is_place(m.group("word"))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed."""
    spans = []
    start = 0
    headline_end = text.find("\n")
    for m in _BREAK.finditer(text):
        letter = m.start("letter") if m.group("letter") is not None else None
        if letter is not None and (
            not text[letter].isupper()
            or (
                _NO_BREAK_BEFORE.search(text[max(0, m.start() - 5) : m.start()])
                and not (
                    _LEVEL_SHORT_FORM.search(text, max(0, m.start() - 4), m.start())
                    and sentence_after_level(text, letter)
                )
            )
        ):
            continue
        if m.group("word") is not None and text[text.rfind(" ", 0, m.start()) + 1].isupper():
            continue  # the word before is capitalised: a name ("Nguyễn Văn Tại"), not a caption's last word
        if m.group(0)[0] == "\n" and _runs_on(text, m.start(), m.end(), headline_end):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and (text[s].isspace() or (text[s] in _BULLETS and text[s + 1 : s + 2] == " ")):
            s += 1  # (a bullet is no word of the sentence: "- Chủ tịch A và Chủ tịch B ký kết" opens with its subject)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
