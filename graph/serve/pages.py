"""The pages ``phoihop serve`` shows to a browser: the query editor and the research-query list.

The editor is Oxigraph's bundled YASGUI (``/yasgui.min.js`` and
``/yasgui.min.css`` come from the ``oxigraph`` wheel, so nothing is fetched
from the internet); the page, its script and style are ``graph/serve/assets/serve-*``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

ASSET_DIR = Path(__file__).resolve().parent / "assets"
STATIC_FILES = {  # served under /static/
    "serve.css": "text/css; charset=utf-8",
    "serve-page.js": "text/javascript; charset=utf-8",
}


@dataclass(frozen=True)
class PageFacts:
    """What the pages say about the running server."""

    quads: int
    articles: int
    limits: str


def _asset(name: str) -> str:
    return (ASSET_DIR / name).read_text(encoding="utf-8")


def static_file(name: str) -> tuple[bytes, str] | None:
    """The bytes and content type of ``/static/NAME``, or ``None``."""
    ctype = STATIC_FILES.get(name)
    if ctype is None:
        return None
    return (ASSET_DIR / name).read_bytes(), ctype


def _summary(facts: PageFacts) -> str:
    return f"{facts.quads:,} quads, {facts.articles:,} articles"


def index_page(facts: PageFacts, query_count: int) -> bytes:
    """The editor page."""
    text = (
        _asset("serve-index.html")
        .replace("@@QUERY_COUNT@@", str(query_count))
        .replace("@@STORE_SUMMARY@@", html.escape(_summary(facts)))
        .replace("@@LIMITS@@", html.escape(facts.limits))
    )
    return text.encode("utf-8")


def library_page(facts: PageFacts, queries) -> bytes:
    """The research-query list: each query's title, comment, parameters and links into the editor."""
    items = []
    for q in queries:
        name = quote(q.name)
        params = "".join(
            f"<li><code>?{html.escape(p.name)}</code> ({html.escape(p.type)}, default "
            f"<code>{html.escape(p.default)}</code>) {html.escape(p.comment)}</li>"
            for p in q.parameters
        )
        params_html = f'<ul class="ph-params">{params}</ul>' if params else ""
        items.append(
            f'<li class="ph-query" data-query="{html.escape(q.name)}">'
            f'<h2>{html.escape(q.title)} <span class="ph-name">{html.escape(q.name)}</span></h2>'
            f'<p class="ph-comment">{html.escape(q.description)}</p>{params_html}'
            f'<p class="ph-actions"><a class="ph-open" href="/?library={name}">Open in editor</a>'
            f'<a class="ph-run" href="/?library={name}&amp;run=1">Run</a>'
            f'<a class="ph-text" href="/queries/{name}.rq">SPARQL text</a></p></li>'
        )
    text = (
        _asset("serve-queries.html")
        .replace("@@STORE_SUMMARY@@", html.escape(_summary(facts)))
        .replace("@@QUERY_ITEMS@@", "\n".join(items) or "<li>The library holds no queries.</li>")
    )
    return text.encode("utf-8")
