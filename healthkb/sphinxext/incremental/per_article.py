"""Values made from each article's record, kept for the life of the process.

After every read, the whole-site results (lists, keyword index, related lists) are
made from every article's record. A record is a new object only when its article
was read again, so a long-lived application (the preview, one save at a time)
makes the values of the re-read articles only; the others are the same objects as
last time, which also makes comparing them cheap. Kept on the domain object, not in
its data: a new process (an unpickled environment) starts without them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from healthkb.sphinxext.incremental.domain import ArticleDomain, ArticleRecord

_KEPT = "_healthkb_per_article"


def per_article[T](
    domain: ArticleDomain,
    name: str,
    make: Callable[[ArticleRecord], T],
    depends_on: Set[str] = frozenset(),
) -> Mapping[str, T]:
    """``make(record)`` for every article (docname -> value), made again only for
    the records that changed since the last call under *name*, or for every one
    when *depends_on* (the docnames the values also depend on) changed. The same
    mapping as last time when nothing changed: do not change it."""
    kept: dict[str, _Kept[T]] = domain.__dict__.setdefault(_KEPT, {})
    articles = domain.articles
    last = kept.get(name)
    if last is None or last.context != depends_on:
        last = _Kept(frozenset(depends_on), {}, {})
    records = last.records
    changed = [d for d, record in articles.items() if records.get(d) is not record]
    if not changed and len(records) == len(articles):
        kept[name] = last
        return last.values
    values, records = dict(last.values), dict(records)
    for docname in records.keys() - articles.keys():  # no longer an article
        del values[docname], records[docname]
    for docname in changed:
        record = articles[docname]
        records[docname], values[docname] = record, make(record)
    kept[name] = _Kept(last.context, records, values)
    return values


@dataclass(frozen=True)
class _Kept[T]:
    #: the docnames the values were made against (``depends_on``)
    context: frozenset[str]
    #: the records they were made from (kept alive: compared by identity)
    records: dict[str, ArticleRecord]
    values: dict[str, T]
