"""Turn the mentions found by the components into one article's facts (phoihop.facts).

The work is done in stages over one ``ArticleContext`` (``extract/assembly/``): agency grouping,
document details, signings, then the documents completed by the signings, and the persons.
"""

from __future__ import annotations

import re

from phoihop.extract.assembly.agencies import group_agencies
from phoihop.extract.assembly.context import Mentions, Meta, article_context
from phoihop.extract.assembly.documents import build_documents, document_details
from phoihop.extract.assembly.persons import build_persons
from phoihop.extract.assembly.signings import build_signings
from phoihop.extract.normalize import in_spelling
from phoihop.facts import ArticleFacts

__all__ = ["Mentions", "Meta", "build_facts"]


def build_facts(meta: Meta, m: Mentions) -> ArticleFacts:
    """Assemble ``ArticleFacts`` from the mentions and the article's metadata."""
    ctx = article_context(meta, m)
    groups = group_agencies(ctx)
    details = document_details(ctx, groups)
    signings, signed = build_signings(ctx, groups, details)
    documents = build_documents(ctx, groups, details, signed)
    persons = build_persons(ctx, groups.rep.values())
    facts = ArticleFacts(
        id=meta.id,
        province=ctx.province,
        published=ctx.published,
        title=_title(ctx),
        url=meta.url,
        agencies=groups.agencies,
        documents=documents,
        signings=signings,
        persons=persons,
    )
    _in_the_page_s_spelling(facts, m.norm.i_spellings)
    _in_the_page_s_quotes(facts, m.norm.original)
    return facts


def _in_the_page_s_spelling(facts: ArticleFacts, spellings: dict[str, str]) -> None:
    """The bodies' names and the posts in the page's spelling where it writes a syllable with "i" that the text was
    read with "y" ("Đội Quản lí thị trường số 5": its gold copies the page)."""
    if spellings:
        _rename(facts, lambda name: in_spelling(name, spellings))


def _rename(facts: ArticleFacts, renamed) -> None:
    """Every body's name of the facts (agencies, document and signing parties) and every post, through ``renamed``."""
    for agency in facts.agencies:
        agency.name = renamed(agency.name)
    for document in facts.documents:
        document.parties = [renamed(p) for p in document.parties]
    for signing in facts.signings:
        signing.parties = [renamed(p) for p in signing.parties]
    for person in facts.persons:
        person.positions = [renamed(p) for p in person.positions]


# a name in straight double quotes ('Ban Vận động "Ngày vì người nghèo" tỉnh'): the text was read with plain quotes
_QUOTED = re.compile(r'"([^"]+)"')


def _in_the_page_s_quotes(facts: ArticleFacts, original: str) -> None:
    """The bodies' names with the page's curved quotes where the page prints them ("Ban Vận động “Ngày vì người
    nghèo” tỉnh": its gold copies the page, and the text was read with plain ones)."""
    if "\u201c" in original and "\u201d" in original:
        _rename(facts, lambda name: _QUOTED.sub("\u201c\\1\u201d", name) if '"' in name else name)


def _title(ctx) -> str | None:
    """The given title, else the headline line the text opens with."""
    title = ctx.meta.title
    if title is None and ctx.title_end:
        s0, e0 = ctx.m.sentences[0]
        os_, oe = ctx.m.norm.orig_span(s0, e0)
        title = ctx.m.norm.original[os_:oe]
    return title
