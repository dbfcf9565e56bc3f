"""Plain data for page furniture (byline, dates), shared by templates and feeds."""

from __future__ import annotations

from datetime import date

from healthkb.model.article import ArticleMeta
from healthkb.model.authors import Author


def long_date(value: date) -> str:
    """``26 November 2026``: unambiguous for readers in every country."""
    return f"{value.day} {value:%B %Y}"


def byline_parts(
    meta: ArticleMeta, authors: dict[str, Author]
) -> dict[str, list[dict[str, str]]]:
    def person(key: str) -> dict[str, str]:
        author = authors.get(key)
        if author is None:
            return {"key": key, "name": key, "role": "", "kind": "person"}
        return {
            "key": key,
            "name": author.name,
            "role": author.role,
            "kind": author.kind,
        }

    return {
        "authors": [person(k) for k in meta.authors],
        "reviewers": [person(k) for k in meta.reviewers],
    }
