"""spaCy factories of the phoihop components.

Each component can run on any Vietnamese pipeline (``nlp.add_pipe("phoihop_agencies")``):
it normalises the text itself when no ``phoihop_normalizer`` ran before it.  Grammars
match on the normalised text and spans are mapped back to the original text and then
to tokens with ``doc.char_span(..., alignment_mode="expand")``, because a word segmenter (pyvi's, with
``load_pipeline(word_segmentation=True)``) can merge words across an entity edge ("phối hợp số").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator

import numpy
from spacy.attrs import ENT_IOB, IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch, raise_error

from phoihop.extract import doc_codec
from phoihop.extract.abbreviations import find_abbreviations, unit_code_spans
from phoihop.extract.agencies import find_agencies
from phoihop.extract.assemble import Mentions, Meta, build_facts
from phoihop.extract.colon_lists import as_sentences, colon_lists
from phoihop.extract.dates import find_dates, find_periods
from phoihop.extract.documents import find_documents
from phoihop.extract.furniture import find_furniture
from phoihop.extract.hard_wraps import join_hard_wraps
from phoihop.extract.lexicon import spellings_the_page_prints
from phoihop.extract.normalize import mask, normalize
from phoihop.extract.persons import find_persons
from phoihop.extract.sentences import split_sentences
from phoihop.extract.short_form_slips import repaired, slips_scan
from phoihop.extract.truecase import (
    capitalise_lower_case_bodies,
    lower_capital_levels,
    lower_title_cased_bodies,
    title_case_capital_names,
    truecase_capital_lines,
)

# Every extension carries the "phoihop_" prefix, so that the components sit beside other packages'
# (scispaCy's ``Doc._.abbreviations``) in one pipeline.
_DOC_EXTENSIONS = ("phoihop_mentions", "phoihop_meta", "phoihop_facts", "phoihop_abbreviations")
_SPAN_EXTENSIONS = (
    "phoihop_canonical",
    "phoihop_sector",
    "phoihop_symbol",
    "phoihop_kind",
    "phoihop_positions",
    "phoihop_date_value",
    "phoihop_period",
)
for _name in _DOC_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in _SPAN_EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
# spaCy keeps an extension's value in ``doc.user_data`` under ("._.", name, None, None) for the doc and ("._.", name,
# start_char, end_char) for a span (spacy.tokens.underscore.Underscore._get_key); ``doc._`` and ``span._`` build an
# Underscore object at every access (two values of a span through one cost 3 microseconds, half of what the agency
# stage spends on a span outside the grammar; a dict's item costs a tenth of that), so the components and
# extract_articles read and write those keys themselves while the extensions are plain values (no getter, setter
# or method: another package may have registered the name first).  tests/test_extract_fast_paths.py checks that
# both ways give the same spans and facts.
_KEY = "._."
_PLAIN_DOC_EXTENSIONS = all(Doc.get_extension(n)[1:] == (None, None, None) for n in _DOC_EXTENSIONS)
_PLAIN_SPAN_EXTENSIONS = all(Span.get_extension(n)[1:] == (None, None, None) for n in _SPAN_EXTENSIONS)


def doc_value(doc: Doc, name: str):
    """``getattr(doc._, name)`` for a phoihop extension of the doc."""
    data: dict = doc.user_data  # (typed as keyed by str; spaCy keys extensions by tuples)
    return data.get((_KEY, name, None, None)) if _PLAIN_DOC_EXTENSIONS else getattr(doc._, name)


def set_doc_value(doc: Doc, name: str, value) -> None:
    """``setattr(doc._, name, value)`` for a phoihop extension of the doc."""
    if _PLAIN_DOC_EXTENSIONS:
        data: dict = doc.user_data
        data[(_KEY, name, None, None)] = value
    else:
        setattr(doc._, name, value)


def _set_extensions(span: Span, **values) -> None:
    """``span._.<name> = value`` for each of ``values``."""
    if _PLAIN_SPAN_EXTENSIONS:
        data: dict = span.doc.user_data  # (typed as keyed by str; spaCy keys extensions by tuples)
        start, end = span.start_char, span.end_char
        for name, value in values.items():
            data[(_KEY, name, start, end)] = value
    else:
        ext = span._
        for name, value in values.items():
            setattr(ext, name, value)


# The mention store, metadata and facts are dataclasses kept in ``doc.user_data``: make them
# msgpack-serialisable so that a Doc survives ``to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=N)``.
doc_codec.register()


def mentions_of(doc: Doc) -> Mentions:
    """The doc's mention store, created (normalised text, sentences, abbreviations) on first use."""
    m = doc_value(doc, "phoihop_mentions")
    if m is None:
        # (a short form misprinted by one slip of the keyboard is read as the table's: "UNBD huyện", "Bô CHQS")
        norm = normalize(_doc_text(doc), (slips_scan(), repaired))
        # A fixed-width layout's line breaks are not sentence ends (same length: offsets hold).
        norm.text = join_hard_wraps(norm.text)
        # A headline or subheading printed in capitals, a body's name printed in Title Case, a level word
        # capitalised before a place, and a body's name in lower case before a place, in the case the page or the
        # tables print them in (same length).
        # (and a person's name printed in capitals inside a sentence, in title case)
        norm.text = title_case_capital_names(truecase_capital_lines(norm.text))
        norm.text = lower_capital_levels(lower_title_cased_bodies(norm.text))
        norm.text = capitalise_lower_case_bodies(norm.text)
        # The items a line ending with a colon announces, one a line, are one sentence with it, their markers ("1.",
        # "-") no words of it (same length); not a list of the page's furniture ("Tin liên quan:", read first)
        furniture = find_furniture(norm.text)
        norm.text = as_sentences(norm.text, [cl for cl in colon_lists(norm.text) if not cl.inside(furniture)])
        m = Mentions(norm, split_sentences(norm.text))
        abbrs = find_abbreviations(norm.text)
        # (the page's own print of a table's long form spells its short forms, and a bracket's definition before it)
        m.abbreviations = {**spellings_the_page_prints(norm.text), **{a.short: a.long for a in abbrs}}
        # The text every finder reads: page furniture (menus, stamps, credits, repeated captions ...)
        # and bracket abbreviations and unit codes blanked out, offsets kept.
        blanked = furniture + [(a.start, a.end) for a in abbrs] + unit_code_spans(norm.text)
        m.masked = mask(norm.text, blanked)
        set_doc_value(doc, "phoihop_mentions", m)
        set_doc_value(doc, "phoihop_abbreviations", dict(m.abbreviations))
    return m


def _doc_text(doc: Doc) -> str:
    """The doc's text: the string it was made from when the caller left it in ``user_data`` (building
    ``doc.text`` creates a Python object per token), checked against the doc's length."""
    text = doc.user_data.get("phoihop_text")
    if isinstance(text, str) and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        return text
    return doc.text


def _span(doc: Doc, m: Mentions, start: int, end: int, label: str) -> Span | None:
    """The tokens covering normalised characters [start, end) (``alignment_mode="expand"``).

    ``Doc.char_span`` walks every token of the doc for each span; here the token offsets are read
    once per doc (in C) and each span costs two binary searches."""
    s, e = m.norm.orig_span(start, end)
    if m.token_starts is None or m.token_ends is None:
        arr = doc.to_array([IDX, LENGTH]).astype("int64")
        m.token_starts = arr[:, 0].tolist()
        m.token_ends = (arr[:, 0] + arr[:, 1]).tolist()
    assert m.token_starts is not None and m.token_ends is not None
    first = bisect.bisect_right(m.token_ends, s)  # the first token ending after s
    last = bisect.bisect_left(m.token_starts, e)  # the tokens starting before e
    if last <= first:
        return None
    return Span(doc, first, last, label=label)


def _set_ents(doc: Doc, spans: list[Span]) -> None:
    """Add ``spans`` to ``doc.ents``; existing entities win over overlapping new ones."""
    if not spans:
        return
    # Tokens already inside an entity, read in C (doc.ents would build every span): IOB 1 = I, 3 = B.
    iob = doc.to_array([ENT_IOB]).reshape(-1)
    if not ((iob == 1) | (iob == 3)).any():
        new = filter_spans(spans)
    else:
        taken = ((iob == 1) | (iob == 3)).tolist()
        new = [s for s in filter_spans(spans) if not any(taken[s.start : s.end])]
    if new:
        doc.set_ents(new, default="unmodified")


def _without_documents(m: Mentions) -> str:
    """The normalised text with bracket abbreviations and document symbols blanked out (made once
    per doc for the agency and person finders)."""
    spans = [(d.sym_start, d.end) for d in m.documents]
    if m.without_documents is None or m.without_documents[0] != spans:
        m.without_documents = (spans, mask(m.masked or m.norm.text, spans))
    return m.without_documents[1]


class _Batched:
    """``nlp.pipe`` runs the component over a batch of docs at a time: each component reads a whole batch before
    the next one does, instead of every doc going through all the components (and the tokenizer) in turn. The
    same calls in another order, so the same docs; the code and tables of one component stay in the processor's
    caches over the batch (on real pages the pipeline ran about a tenth faster so). An error goes to the
    pipeline's error handler doc by doc, as spaCy's own loop does for components without ``pipe``."""

    name = ""

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        error_handler = self.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            done = []
            for doc in batch:
                try:
                    done.append(self(doc))
                except Exception as e:
                    error_handler(self.name, self, [doc], e)
            yield from done

    def set_error_handler(self, error_handler: Callable) -> None:
        self._error_handler = error_handler

    def get_error_handler(self) -> Callable:
        return getattr(self, "_error_handler", raise_error)


def _named(component: _Batched, name: str) -> _Batched:
    """``component`` with the name the pipeline gives it (the error handler is told it)."""
    component.name = name
    return component


class Normalizer(_Batched):
    """Normalised text, sentences and bracket abbreviations; marks sentence starts on tokens."""

    def __init__(self, set_sentences: bool):
        self.set_sentences = set_sentences

    def __call__(self, doc: Doc) -> Doc:
        m = mentions_of(doc)
        if self.set_sentences and len(doc):
            # Token of each sentence start, by binary search over the tokens' character offsets.
            token_starts = doc.to_array([IDX]).astype("int64").reshape(-1)
            sent_chars = numpy.array([m.norm.orig(s) for s, _ in m.sentences], dtype="int64")
            values = numpy.full((len(doc), 1), -1, dtype="int64")
            values[0, 0] = 1
            if len(sent_chars):
                rows = numpy.searchsorted(token_starts, sent_chars, side="right") - 1
                values[numpy.clip(rows, 0, len(doc) - 1), 0] = 1
            doc.from_array([SENT_START], values.view("uint64"))  # type: ignore[arg-type]  # spaCy's Ints2d is a numpy array
        return doc


class DocumentFinder(_Batched):
    def __init__(self, spans_key: str):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        m = mentions_of(doc)
        m.documents = find_documents(m.masked or m.norm.text)
        spans = []
        for d in m.documents:
            span = _span(doc, m, d.sym_start, d.end, "DOCUMENT")
            if span is not None:
                _set_extensions(span, phoihop_symbol=d.symbol, phoihop_kind=d.kind)
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class DateFinder(_Batched):
    def __init__(self, spans_key: str):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        m = mentions_of(doc)
        masked = _without_documents(m)  # made once, read by the agency and person finders too
        m.dates = find_dates(masked)
        m.periods = find_periods(masked)
        spans = []
        for d in m.dates:
            span = _span(doc, m, d.start, d.end, "DATE")
            if span is not None:
                _set_extensions(span, phoihop_date_value=(d.year, d.month, d.day))
                spans.append(span)
        for p in m.periods:
            span = _span(doc, m, p.start, p.end, "PERIOD")
            if span is not None:
                _set_extensions(span, phoihop_period=(p.first, p.last))
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class AgencyFinder(_Batched):
    def __init__(self, spans_key: str, set_ents: bool):
        self.spans_key, self.set_ents = spans_key, set_ents

    def __call__(self, doc: Doc) -> Doc:
        m = mentions_of(doc)
        m.agencies = find_agencies(_without_documents(m), m.abbreviations)
        spans = []
        for a in m.agencies:
            span = _span(doc, m, a.start, a.end, "ORG")
            if span is not None:
                _set_extensions(span, phoihop_canonical=a.canonical, phoihop_sector=a.sector)
                spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.set_ents:
            _set_ents(doc, [s for s, a in zip(spans, m.agencies, strict=False) if not a.in_title])
        return doc


class PersonFinder(_Batched):
    def __init__(self, spans_key: str, set_ents: bool):
        self.spans_key, self.set_ents = spans_key, set_ents

    def __call__(self, doc: Doc) -> Doc:
        m = mentions_of(doc)
        m.persons = find_persons(_without_documents(m), m.sentences, m.abbreviations)
        spans = []
        for p in m.persons:
            span = _span(doc, m, p.start, p.end, "PER")
            if span is not None:
                _set_extensions(span, phoihop_positions=list(p.positions))
                spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.set_ents:
            _set_ents(doc, spans)
        return doc


class FactBuilder(_Batched):
    """Signings, document details and metadata: sets ``Doc._.phoihop_facts`` (an ``ArticleFacts``)."""

    def __call__(self, doc: Doc) -> Doc:
        m = mentions_of(doc)
        meta = doc_value(doc, "phoihop_meta") or Meta(id="")
        set_doc_value(doc, "phoihop_facts", build_facts(meta, m))
        return doc


@Language.factory(
    "phoihop_normalizer",
    default_config={"set_sentences": True},
    assigns=["doc._.phoihop_mentions", "doc._.phoihop_abbreviations", "token.is_sent_start"],
)
def make_normalizer(nlp: Language, name: str, set_sentences: bool):
    return _named(Normalizer(set_sentences), name)


@Language.factory(
    "phoihop_documents",
    default_config={"spans_key": "phoihop_documents"},
    assigns=["doc.spans", "span._.phoihop_symbol", "span._.phoihop_kind"],
)
def make_documents(nlp: Language, name: str, spans_key: str):
    return _named(DocumentFinder(spans_key), name)


@Language.factory(
    "phoihop_dates",
    default_config={"spans_key": "phoihop_dates"},
    assigns=["doc.spans", "span._.phoihop_date_value", "span._.phoihop_period"],
)
def make_dates(nlp: Language, name: str, spans_key: str):
    return _named(DateFinder(spans_key), name)


@Language.factory(
    "phoihop_agencies",
    default_config={"spans_key": "phoihop_agencies", "set_ents": True},
    assigns=["doc.spans", "doc.ents", "span._.phoihop_canonical", "span._.phoihop_sector"],
)
def make_agencies(nlp: Language, name: str, spans_key: str, set_ents: bool):
    return _named(AgencyFinder(spans_key, set_ents), name)


@Language.factory(
    "phoihop_persons",
    default_config={"spans_key": "phoihop_persons", "set_ents": True},
    assigns=["doc.spans", "doc.ents", "span._.phoihop_positions"],
)
def make_persons(nlp: Language, name: str, spans_key: str, set_ents: bool):
    return _named(PersonFinder(spans_key, set_ents), name)


@Language.factory("phoihop_facts", default_config={}, assigns=["doc._.phoihop_facts"])
def make_facts(nlp: Language, name: str):
    return _named(FactBuilder(), name)
