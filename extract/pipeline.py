"""Public entry points of the extraction stage.

>>> from phoihop.extract.article import Article
>>> from phoihop.extract.pipeline import extract_article
>>> facts = extract_article(Article("x", "Ngày 5/3, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh ký kết chương trình phối hợp giai đoạn 2023-2028.", published="2024-03-06"))
>>> facts.signings[0].parties, facts.signings[0].date, facts.signings[0].period
(['Công an tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], '2024-03-05', (2023, 2028))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from phoihop.extract.article import Article
from phoihop.facts import ArticleFacts

COMPONENTS = (
    "phoihop_normalizer",
    "phoihop_documents",
    "phoihop_dates",
    "phoihop_agencies",
    "phoihop_persons",
    "phoihop_facts",
)


# spaCy's Vietnamese tokenizer, two ways: pyvi's CRF joining syllables into words (spaCy's default), or spaCy's
# rule tokenizer, which splits at spaces and takes the punctuation off the syllables ("3/4,", "tỉnh." -> "3/4", ",",
# "tỉnh", ".").
_WORDS = {"nlp": {"tokenizer": {"@tokenizers": "spacy.vi.VietnameseTokenizer", "use_pyvi": True}}}
_SYLLABLES = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}


@lru_cache(maxsize=4)
def load_pipeline(batch_size: int = 32, word_segmentation: bool = False):
    """The phoihop pipeline: spaCy's Vietnamese tokenizer + the phoihop components.

    The tokens are syllables and punctuation (spaCy's rule tokenizer); ``word_segmentation=True`` has pyvi's CRF
    join the syllables into words instead (``spacy.blank("vi")``'s default), for a caller who wants word tokens.
    The facts are the same either way: every component reads the characters of the text, and a span found there
    takes the tokens that cover it. The segmenter costs more than all the components together and its
    scikit-learn a second of start-up, so it is left out unless asked for. Cached per process; no model weights
    are needed.
    """
    from phoihop.extract.scans import collector_paused

    # Loading allocates some millions of objects (spaCy's modules, the grammars, and with word segmentation
    # scikit-learn and pyvi's model), which start collections that walk the growing heap again and again; what
    # survives is walked once later.
    with collector_paused():
        return _load_pipeline(batch_size, word_segmentation)


def _load_pipeline(batch_size: int, word_segmentation: bool):
    import spacy

    import phoihop.extract.factories  # noqa: F401  (registers the factories)
    from phoihop.extract import lexicon

    nlp = spacy.blank("vi", config=_WORDS if word_segmentation else _SYLLABLES)
    nlp.batch_size = batch_size
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp("Ngày 1/1/2020, Ban Dân vận Tỉnh ủy ký kết với Công an tỉnh.")  # compile the grammars now
    lexicon.preload()  # and read the lexicons that sentence does not need
    if word_segmentation:
        _release_pyvi_model_file()
    return nlp


def _release_pyvi_model_file() -> None:
    """Delete the temporary copy of pyvi's CRF model now that it is read.

    Unpickling pyvi's model (sklearn-crfsuite) writes it to a 640 KB
    ``$TMPDIR/model*.crfsuite`` file that is removed only by a finaliser,
    which never runs in processes ending with ``os._exit`` (pool workers) and
    not reliably at exit: every process left one behind. crfsuite reads the
    whole model into memory when the tagger opens it, so the file can go.
    """
    import os
    import sys

    module = sys.modules.get("pyvi.ViTokenizer")
    model = getattr(getattr(module, "ViTokenizer", None), "model", None)
    resource = getattr(model, "modelfile", None)
    if resource is None or not getattr(resource, "auto", False) or not getattr(resource, "name", None):
        return
    try:
        if model is None or model.tagger_ is None:  # opens (reads) the model
            return
        os.unlink(resource.name)
        os.close(resource.fd)
    except (OSError, AttributeError):
        return
    resource.keep_tempfiles = True  # nothing left for its finaliser to remove


def extract_article(article: Article, nlp=None) -> ArticleFacts:
    """Extract the facts of one article."""
    return next(extract_articles([article], nlp))


def extract_articles(articles: Iterable[Article], nlp=None) -> Iterator[ArticleFacts]:
    """Extract the facts of many articles, streaming them through ``nlp.pipe``."""
    from phoihop.extract.assemble import Meta
    from phoihop.extract.factories import doc_value, set_doc_value

    nlp = nlp or load_pipeline()

    def docs():
        for article in articles:
            doc = nlp.make_doc(article.text or "")
            doc.user_data["phoihop_text"] = article.text or ""  # spares rebuilding doc.text from tokens
            meta = Meta(article.id, article.title, article.published, article.province, article.url)
            set_doc_value(doc, "phoihop_meta", meta)  # (doc._ builds an object per access: see factories)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=getattr(nlp, "batch_size", 32)):
        facts = doc_value(doc, "phoihop_facts")
        if facts is None:  # a pipeline without phoihop_facts: build them now
            from phoihop.extract.assemble import build_facts
            from phoihop.extract.factories import mentions_of

            facts = build_facts(doc_value(doc, "phoihop_meta"), mentions_of(doc))
        yield facts
