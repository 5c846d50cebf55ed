"""Addresses and duplicates: canonical URLs, article ids, exact and near-identical texts.

- An address is put in one canonical form (courlan: lower-case host, sorted
  query, tracking parameters such as ``utm_*`` and ``fbclid`` removed; the
  fragment dropped), so ``/bai-viet/1.html?utm_source=fb`` is not fetched a
  second time.
- The same article under two addresses is caught by the page's own
  ``<link rel="canonical">`` or, failing that, by the hash of its text.
- The same story syndicated by two outlets (other title, a byline or a
  sentence changed) is caught by a 64-bit SimHash of word 3-grams: texts
  within ``NEAR_BITS`` differing bits are near-duplicates. Candidates are
  found through ``NEAR_BITS + 1`` bands of 9 or 10 bits, of which a near-duplicate
  shares at least one, so the check stays cheap for a crawl of hundreds of
  thousands of articles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

NEAR_BITS = 6
_WORD = re.compile(r"\w+", re.UNICODE)
_SLUG = re.compile(r"[^A-Za-z0-9]+")


def canonical_url(url: str) -> str:
    """``url`` in one canonical form (see the module docstring); unchanged when courlan cannot read it."""
    from courlan import normalize_url

    try:
        url = normalize_url(url.strip())
    except (ValueError, AttributeError):
        url = url.strip()
    parts = urlsplit(url)
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, hosts: set[str]) -> bool:
    """Whether ``url`` is on one of ``hosts`` (``www.`` ignored) or one of their subdomains."""
    host = host_of(url)
    return any(host == h or host.endswith("." + h) for h in hosts)


def article_id(url: str) -> str:
    """A readable, stable id that is also a safe file name: host, the last path segment, a short hash."""
    parts = urlsplit(url)
    segment = [s for s in parts.path.split("/") if s][-1:] or ["index"]
    slug = _SLUG.sub("-", segment[0].rsplit(".", 1)[0]).strip("-")[:60].strip("-") or "index"
    host = _SLUG.sub("-", host_of(url)).strip("-")
    return f"{host}-{slug}-{hashlib.sha1(url.encode()).hexdigest()[:8]}"


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


def text_hash(text: str) -> str:
    """The hash of ``text``'s words (case, spacing and punctuation ignored)."""
    return hashlib.sha1(" ".join(_words(text)).encode()).hexdigest()


def simhash(text: str) -> int:
    """A 64-bit SimHash of ``text``'s word 3-grams, as a signed int (SQLite's INTEGER)."""
    words = _words(text)
    grams = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]
    weights = [0] * 64
    for gram in grams:
        h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


class NearIndex:
    """SimHashes of the kept articles, searchable for one within ``NEAR_BITS`` bits.

    The 64 bits are cut into ``max_bits + 1`` bands: two hashes that differ
    in at most ``max_bits`` bits then agree on at least one whole band
    (pigeonhole), so looking up each band finds every near-duplicate.
    """

    def __init__(self, max_bits: int = NEAR_BITS):
        self.max_bits = max_bits
        count = max_bits + 1
        sizes = [64 // count + (1 if i < 64 % count else 0) for i in range(count)]
        self._cuts = [(sum(sizes[:i]), size) for i, size in enumerate(sizes)]
        self.bands: list[dict[int, list[tuple[int, str]]]] = [{} for _ in self._cuts]

    def _keys(self, value: int) -> list[int]:
        unsigned = value & ((1 << 64) - 1)
        return [(unsigned >> start) & ((1 << size) - 1) for start, size in self._cuts]

    def add(self, value: int, aid: str) -> None:
        for band, key in zip(self.bands, self._keys(value), strict=False):
            band.setdefault(key, []).append((value, aid))

    def near(self, value: int) -> str | None:
        """The id of a kept article whose SimHash is within ``max_bits`` of ``value`` (the closest), if any."""
        best = None
        for band, key in zip(self.bands, self._keys(value), strict=False):
            for other, aid in band.get(key, ()):
                d = distance(value, other)
                if d <= self.max_bits and (best is None or d < best[0]):
                    best = (d, aid)
        return best[1] if best else None
