"""The input of the extraction stage: one news article and its metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    province: str | None = None  # full Vietnamese name, e.g. "Bến Tre"
    url: str | None = None
