"""The articles of the build as the plain data the pure modules work on.

``healthkb.model.keyword_index``, ``healthkb.model.listing`` and ``healthkb.model.related`` know nothing of
Sphinx; these helpers turn the domain's records into their inputs. Each article's
input is made again only when the article was read again (``per_article``), and
the keyword index is updated with the changed articles only: a save in the preview
costs the same at 100 or 10,000 articles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from healthkb.model.article import keyword_key
from healthkb.model.keyword_index import Keyword, KeywordIndexer, KeywordUse
from healthkb.model.listing import ListItem
from healthkb.model.related import RelatedInput
from healthkb.rules.checks import resolve_related
from healthkb.sphinxext.incremental.per_article import per_article

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
    items = per_article(domain, "list_item", list_item)
    last = getattr(domain, _SORTED, None)
    if last is None or last[0] is not items:  # the same mapping: no item changed
        last = (items, [items[d] for d in sorted(items)])
        setattr(domain, _SORTED, last)
    return last[1]


#: attribute of the domain object: the items of the last call, in docname order
_SORTED = "_healthkb_sorted_items"


def keywords(domain: ArticleDomain) -> dict[str, Keyword]:
    """The site's keyword index (by keyword key)."""
    settled = getattr(domain, _SETTLED, None)
    if settled is not None:
        return settled[1]
    indexer = domain.__dict__.setdefault(_INDEXER, KeywordIndexer())
    return indexer.update(per_article(domain, "keyword_use", _keyword_use))


#: attribute of the domain object: the keyword index kept up to date between reads
_INDEXER = "_healthkb_keyword_indexer"


def _keyword_use(record: ArticleRecord) -> KeywordUse:
    meta = record.meta
    return KeywordUse(
        record.docname, record.path, meta.keywords, meta.secondary_keywords
    )


def settle(domain: ArticleDomain) -> None:
    """Every document is read: make the lists once for the rest of the build."""
    unsettle(domain)
    setattr(domain, _SETTLED, (list_items(domain), keywords(domain)))


def unsettle(domain: ArticleDomain) -> None:
    """Reading starts (again): the records may change."""
    if hasattr(domain, _SETTLED):
        delattr(domain, _SETTLED)


def related_inputs(domain: ArticleDomain) -> Mapping[str, RelatedInput]:
    docnames = domain.articles.keys()

    def related_input(record: ArticleRecord) -> RelatedInput:
        meta = record.meta
        chosen = (resolve_related(record.docname, t, docnames) for t in meta.related)
        return RelatedInput(
            topic=record.topic,
            keywords=frozenset(keyword_key(k) for k in meta.keywords),
            secondary_keywords=frozenset(
                keyword_key(k) for k in meta.secondary_keywords
            ),
            # unknown targets are reported by the 'related' rule; skip them here
            related=tuple(d for d in chosen if d is not None),
        )

    # an editor's related: names other articles: made again when one comes or goes
    return per_article(domain, "related_input", related_input, depends_on=docnames)
