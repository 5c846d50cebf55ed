"""Text normalisation that keeps character offsets into the original text.

Vietnamese news text mixes Unicode forms (NFC/NFD), two tone-mark placements
(``Uỷ``/``Ủy``, ``hoà``/``hòa``), several dashes and spaces, and the Icelandic
``Ð`` look-alike for ``Đ``.  Matching grammars run on a normalised copy; every
span found there is mapped back to the original text with :class:`NormText`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TONES = "\u0300\u0301\u0309\u0303\u0323"
# One character in, one character out: dashes, spaces and look-alikes.
_SAME_LENGTH = str.maketrans({
    "\u00d0": "\u0110", "\u00f0": "\u0111",            # Ð ð -> Đ đ
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
    "\u200b": " ", "\ufeff": " ", "\t": " ",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'",
})
# "oà", "oé", "uỷ" at the end of a syllable: the tone moves to the first vowel
# (the placement the rest of the toolkit and the scorer keep).
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\w\u0300-\u036f])")


def fold_tones(text: str) -> str:
    """Move a tone mark from the second to the first vowel of a final oa/oe/uy (same length in NFC)."""
    if not any(ch in text for ch in "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"):
        return text
    nfd = unicodedata.normalize("NFD", text)
    nfd = _OLD_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), nfd)
    return unicodedata.normalize("NFC", nfd)


@dataclass
class NormText:
    """A normalised copy of a text plus the map back to the original offsets.

    ``to_orig[i]`` is the original offset of normalised character ``i``
    (``None`` when the two texts have the same length and align one to one).
    """

    text: str
    original: str
    to_orig: list[int] | None = None

    def orig(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``i == len(text)`` maps to the end)."""
        if self.to_orig is None:
            return i
        if i >= len(self.to_orig):
            return len(self.original)
        return self.to_orig[i]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if self.to_orig is None:
            return start, end
        if end <= start:
            s = self.orig(start)
            return s, s
        return self.orig(start), self.orig(end - 1) + 1


def _nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    mapping: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        mapping.extend([i] * len(piece))
        i = j
    return "".join(out), mapping


def normalize(text: str) -> NormText:
    """Return the normalised text (NFC, one tone placement, plain dashes/spaces/quotes, real Đ)."""
    nfc, mapping = _nfc_with_map(text)
    norm = fold_tones(nfc.translate(_SAME_LENGTH))
    return NormText(norm, text, mapping)


def normalize_string(text: str) -> str:
    """Normalise a short string for output: NFC, tones, dashes, collapsed spaces."""
    s = normalize(text).text
    s = re.sub(r"\s*-\s*", " - ", s) if " - " in s or "- " in s or " -" in s else s
    return re.sub(r"\s+", " ", s).strip(" ,;:")


def mask(text: str, spans) -> str:
    """Replace each ``(start, end)`` span of ``text`` with spaces (same length)."""
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)
