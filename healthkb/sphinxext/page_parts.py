"""What each page part shows of *other* documents, computed in one place.

The renderers (article lists, the related articles and keyword links at the end of
an article, the keyword pages) draw only what these functions return, and
:mod:`healthkb.sphinxext.incremental.cross_document` digests the same return values
to find the pages to write again. A field a renderer starts to show must first be
added here, so it is in the staleness digest too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from healthkb.model.article import keyword_key
from healthkb.model.listing import ListItem, ListQuery, select

if TYPE_CHECKING:
    from healthkb.model.article import ArticleMeta
    from healthkb.model.keyword_index import Keyword


class ShownItem(NamedTuple):
    """One article in a list: title link, description, last reviewed."""

    docname: str
    title: str
    description: str
    reviewed: date | None


def shown(items: Iterable[ListItem]) -> tuple[ShownItem, ...]:
    return tuple(
        ShownItem(i.docname, i.title, i.description, i.reviewed) for i in items
    )


def article_lists(
    items: Sequence[ListItem], queries: Sequence[ListQuery]
) -> tuple[tuple[ShownItem, ...], ...]:
    """The ``article-list`` directives of one page, in their order."""
    return tuple(shown(select(items, q)) for q in queries)


class RelatedLink(NamedTuple):
    docname: str
    title: str
    description: str


def related_links(
    chosen: Iterable[str], item: Callable[[str], ListItem]
) -> tuple[RelatedLink, ...]:
    """The related articles at the end of a page (*item*: docname -> its list item)."""
    return tuple(
        RelatedLink(i.docname, i.title, i.description) for i in map(item, chosen)
    )


class KeywordLink(NamedTuple):
    name: str
    primary: bool
    #: the keyword page (its slug depends on the other keywords of the site)
    pagename: str


def keyword_links(
    meta: ArticleMeta, index: dict[str, Keyword]
) -> tuple[KeywordLink, ...]:
    """An article's keywords, each with its keyword page."""
    links = []
    for words, primary in ((meta.keywords, True), (meta.secondary_keywords, False)):
        for word in words:
            keyword = index.get(keyword_key(word))
            if keyword is not None:
                links.append(KeywordLink(word, primary, keyword.pagename))
    return tuple(links)


class KeywordPage(NamedTuple):
    name: str
    slug: str
    articles: tuple[ShownItem, ...]


def keyword_page(keyword: Keyword, items: dict[str, ListItem]) -> KeywordPage:
    """A keyword's page: its articles by title."""
    chosen = select([items[d] for d in keyword.articles], ListQuery(sort="title"))
    return KeywordPage(keyword.name, keyword.slug, shown(chosen))


class AtoZEntry(NamedTuple):
    letter: str
    name: str
    count: int
    pagename: str


def a_to_z(index: dict[str, Keyword]) -> tuple[AtoZEntry, ...]:
    """The A–Z keyword page: every keyword with its letter and article count."""
    return tuple(
        AtoZEntry(k.letter, k.name, len(k.articles), k.pagename) for k in index.values()
    )
