"""The mentions of one article and the context every assembly stage reads."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from phoihop.extract.agencies import AgencyMention
from phoihop.extract.dates import DateMention, PeriodMention, parse_iso
from phoihop.extract.documents import DocMention
from phoihop.extract.metadata import province_from_text, published_from_text, year_from_url
from phoihop.extract.normalize import NormText, normalize
from phoihop.extract.persons import PersonMention
from phoihop.facts import Evidence
from phoihop.text import WS

HEADLINE_MAX = 250  # longest first line read as a headline when no title is given
TITLE_PREFIX = 40  # characters of the given title that must open the text


@dataclass
class Mentions:
    """Everything the components found in one text (offsets in the normalised text)."""

    norm: NormText
    sentences: list[tuple[int, int]]
    abbreviations: dict[str, str] = field(default_factory=dict)
    masked: str = ""
    documents: list[DocMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    agencies: list[AgencyMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    _starts: list[int] | None = None
    token_starts: list[int] | None = None  # the doc's token offsets (factories._span)
    token_ends: list[int] | None = None
    without_documents: tuple | None = None  # (document spans, text with them masked)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (the one before it when ``pos`` falls between sentences)."""
        if self._starts is None or len(self._starts) != len(self.sentences):
            self._starts = [s for s, _ in self.sentences]
        return max(0, bisect.bisect_right(self._starts, pos) - 1)


@dataclass
class Meta:
    id: str
    title: str | None = None
    published: str | None = None
    province: str | None = None
    url: str | None = None


class EvidenceOf:
    """The evidence (sentence of the original text) for a position or a sentence index."""

    def __init__(self, meta: Meta, m: Mentions):
        self.meta, self.m = meta, m

    def at(self, pos: int) -> Evidence:
        i = self.m.sentence_index(pos)
        return self.sentence(i)

    def sentence(self, i: int) -> Evidence:
        s, e = self.m.sentences[i]
        os_, oe = self.m.norm.orig_span(s, e)
        return Evidence(self.meta.id, self.m.norm.original[os_:oe], os_, oe)


@dataclass
class ArticleContext:
    """One article as the stages see it: its mentions, metadata and the dates that anchor them."""

    meta: Meta
    m: Mentions
    text: str
    ev: EvidenceOf
    province: str | None
    published: str | None
    ref: date | None  # the publication date
    ref_year: int | None  # the year a date without one takes
    title_end: int  # end of the headline (0 when the text does not open with one)

    def iso(self, d: DateMention | None) -> str | None:
        return d.iso(self.ref_year, self.ref) if d else None


def article_context(meta: Meta, m: Mentions) -> ArticleContext:
    """The article's province, publication date, reference year and headline end."""
    text = m.norm.text
    province = meta.province or province_from_text(text)
    published = meta.published or published_from_text(text)
    ref = parse_iso(published)
    ref_year = ref.year if ref else year_from_url(meta.url)
    if ref_year is None:  # no page date, no dated URL: the latest year the text prints
        years = [d.year for d in m.dates if d.year]
        ref_year = max(years) if years else None
    return ArticleContext(
        meta,
        m,
        text,
        EvidenceOf(meta, m),
        province,
        published,
        ref,
        ref_year,
        _title_end(text, m.sentences, meta.title),
    )


def _title_end(text: str, sentences, title: str | None) -> int:
    """End of the headline when the text starts with it (the given title, or a first line without a full stop)."""
    if not sentences:
        return 0
    s, e = sentences[0]
    first = text[s:e].strip()
    # (the title read as the text is: "kí kết" in both is "ký kết" in the text)
    if title and first[:TITLE_PREFIX] == WS.sub(" ", normalize(title).text).strip()[:TITLE_PREFIX]:
        return e
    line_end = text.find("\n", s)
    if line_end == e and len(first) <= HEADLINE_MAX and not first.endswith("."):
        return e
    return 0
