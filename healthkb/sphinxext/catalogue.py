"""The articles of the build as the plain data the pure modules work on.

``healthkb.model.keyword_index``, ``healthkb.model.listing`` and ``healthkb.model.related`` know nothing of
Sphinx; these helpers turn the domain's records into their inputs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from healthkb.model.article import keyword_key
from healthkb.model.keyword_index import Keyword, KeywordUse, keyword_index
from healthkb.model.listing import ListItem
from healthkb.model.related import RelatedInput
from healthkb.rules.checks import resolve_related

if TYPE_CHECKING:
    from healthkb.sphinxext.incremental.domain import ArticleDomain, ArticleRecord


def list_item(record: ArticleRecord) -> ListItem:
    meta = record.meta
    return ListItem(
        docname=record.docname,
        title=record.title,
        description=meta.description,
        published=meta.published,
        reviewed=meta.reviewed,
        topic=record.topic,
        keywords=frozenset(keyword_key(k) for k in meta.all_keywords),
    )


#: attribute of the domain object (not its data: that is pickled) holding the lists
#: made once reading is over; the write phase only reads them
_SETTLED = "_healthkb_settled"


def list_items(domain: ArticleDomain) -> list[ListItem]:
    settled = getattr(domain, _SETTLED, None)
    if settled is not None:
        return settled[0]
    return [list_item(domain.articles[d]) for d in sorted(domain.articles)]


def keywords(domain: ArticleDomain) -> dict[str, Keyword]:
    """The site's keyword index (by keyword key)."""
    settled = getattr(domain, _SETTLED, None)
    if settled is not None:
        return settled[1]
    return keyword_index(
        KeywordUse(r.docname, r.path, r.meta.keywords, r.meta.secondary_keywords)
        for r in domain.articles.values()
    )


def settle(domain: ArticleDomain) -> None:
    """Every document is read: make the lists once for the rest of the build."""
    unsettle(domain)
    setattr(domain, _SETTLED, (list_items(domain), keywords(domain)))


def unsettle(domain: ArticleDomain) -> None:
    """Reading starts (again): the records may change."""
    if hasattr(domain, _SETTLED):
        delattr(domain, _SETTLED)


def related_inputs(domain: ArticleDomain) -> dict[str, RelatedInput]:
    docnames = set(domain.articles)
    inputs = {}
    for docname, record in domain.articles.items():
        chosen = (resolve_related(docname, t, docnames) for t in record.meta.related)
        inputs[docname] = RelatedInput(
            topic=record.topic,
            keywords=frozenset(keyword_key(k) for k in record.meta.keywords),
            secondary_keywords=frozenset(
                keyword_key(k) for k in record.meta.secondary_keywords
            ),
            # unknown targets are reported by the 'related' rule; skip them here
            related=tuple(d for d in chosen if d is not None),
        )
    return inputs
