"""Values made from each article's record, kept for the life of the process.

After every read, the whole-site results (lists, keyword index, related lists) are
made from every article's record. A record is a new object only when its article
was read again, so a long-lived application (the preview, one save at a time)
makes the values of the re-read articles only; the others are the same objects as
last time, which also makes comparing them cheap. Kept on the domain object, not in
its data: a new process (an unpickled environment) starts without them.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from healthkb.sphinxext.incremental.domain import ArticleDomain, ArticleRecord

_KEPT = "_healthkb_per_article"


def per_article[T](
    domain: ArticleDomain,
    name: str,
    make: Callable[[ArticleRecord], T],
    depends_on: Set[str] = frozenset(),
) -> dict[str, T]:
    """``make(record)`` for every article (docname -> value), made again only for
    the records that changed since the last call under *name*, or for every one
    when *depends_on* (the docnames the values also depend on) changed."""
    kept: dict[str, tuple[frozenset[str], dict[str, tuple[ArticleRecord, T]]]]
    kept = domain.__dict__.setdefault(_KEPT, {})
    context, before = kept.get(name, (frozenset(), {}))
    if context != depends_on:
        context, before = frozenset(depends_on), {}
    values: dict[str, tuple[ArticleRecord, T]] = {}
    for docname, record in domain.articles.items():
        old = before.get(docname)
        values[docname] = (
            old if old is not None and old[0] is record else (record, make(record))
        )
    kept[name] = (context, values)
    return {docname: value for docname, (_, value) in values.items()}
