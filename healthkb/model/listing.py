"""Article lists as plain data: filter by topic and keyword, sort, limit.

One function serves the ``article-list`` directive (home page, topic pages) and the
generated keyword pages, so every list on the site follows the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from healthkb.model.article import keyword_key

SORTS = ("published", "reviewed", "title")
Sort = Literal["published", "reviewed", "title"]


@dataclass(frozen=True)
class ListQuery:
    """Which articles a list shows. Empty filters match everything."""

    topic: str = ""
    keyword: str = ""
    sort: Sort = "title"
    #: 0: no limit
    limit: int = 0


@dataclass(frozen=True)
class ListItem:
    """What a list shows of one article (also what decides if a list page changed)."""

    docname: str
    title: str
    description: str
    published: date
    #: None: never reviewed (left out of lists sorted by review)
    reviewed: date | None
    topic: str
    #: keyword keys, primary and secondary
    keywords: frozenset[str]


def select(items: Iterable[ListItem], query: ListQuery) -> list[ListItem]:
    """The items *query* asks for, in its order: dates newest first, then by title."""
    wanted = keyword_key(query.keyword) if query.keyword else ""
    chosen = [
        item
        for item in items
        if (not query.topic or item.topic == query.topic)
        and (not wanted or wanted in item.keywords)
        # "recently reviewed" lists only articles that were reviewed
        and not (query.sort == "reviewed" and item.reviewed is None)
    ]

    def by_title(item: ListItem) -> tuple[str, str]:
        return (item.title.casefold(), item.docname)

    chosen.sort(key=by_title)
    if query.sort != "title":
        # stable sort: equal dates keep the title order
        chosen.sort(key=lambda item: getattr(item, query.sort), reverse=True)
    return chosen[: query.limit] if query.limit else chosen
