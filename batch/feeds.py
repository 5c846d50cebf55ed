"""Articles out of an RSS 2.0 or Atom feed saved as a file (a collector keeps a news site's feed, or one item of it,
under an ``.html`` name): each item's headline, date, address and body.

An item's body is the HTML its ``content:encoded``, ``content``, ``description`` or ``summary`` holds (escaped in the
XML), read as a fragment. The feed's own title (the site's name) heads no article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

# The opening of a feed document: its root element, after an XML declaration, comments or a stylesheet line.
_FEED_ROOT = re.compile(r"\A\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.DOTALL)
# Where an item's body is, most complete first (RSS's content module, Atom's content, then the summaries).
_BODY_TAGS = ("encoded", "content", "description", "summary")
_DATE_TAGS = ("pubDate", "published", "updated", "date")


@dataclass(frozen=True)
class FeedItem:
    title: str | None
    published: str | None  # as the feed writes it (RFC 822 in RSS, ISO in Atom)
    link: str | None
    body_html: str


def looks_like_feed(text: str) -> bool:
    """Whether ``text`` is an RSS or Atom document rather than a web page."""
    return bool(_FEED_ROOT.match(text[:2000]))


def feed_items(text: str) -> list[FeedItem]:
    """The items of the feed ``text``, in its order. Raises ``ValueError`` when it is no well-formed XML."""
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not a well-formed feed: {exc}") from exc
    items = []
    for item in root.iter():
        if not isinstance(item.tag, str) or etree.QName(item).localname not in ("item", "entry"):
            continue
        children: dict[str, etree._Element] = {}
        for child in item:
            if isinstance(child.tag, str):
                children.setdefault(etree.QName(child).localname, child)
        texts = {name: _text_of(el) for name, el in children.items()}
        body = next((texts[t] for t in _BODY_TAGS if texts.get(t)), "")
        date = next((texts[t] for t in _DATE_TAGS if texts.get(t)), None)
        items.append(FeedItem(texts.get("title") or None, date, _link_of(children.get("link")), body))
    return items


def _text_of(el) -> str:
    if el is None:
        return ""
    # (Atom's content of type "xhtml" holds markup, not escaped text: its serialised children are the body)
    if len(el) and not (el.text or "").strip():
        return "".join(etree.tostring(child, encoding="unicode") for child in el).strip()
    return (el.text or "").strip()


def _link_of(el) -> str | None:
    if el is None:
        return None
    return (el.get("href") or el.text or "").strip() or None
