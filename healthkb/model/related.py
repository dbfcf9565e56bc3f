"""Related articles: which other articles a reader of one article may want next.

Pure Python over plain data, so it is tested without Sphinx. The score of a pair
of articles is the sum, over the keywords they share, of the keyword's rarity
(``log(1 + N / df)``: a keyword few articles use says more than one many use),
halved for each side that lists it only as a secondary keyword; articles in the same
topic get a bonus. A keyword on more than ``COMMON_LIMIT`` articles is too common
to pick five related ones, and is left out: this also bounds the work per article,
so the cost grows linearly with the site. An editor's ``related:`` list replaces
the computed one.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Mapping
from dataclasses import dataclass

#: added when both articles are in the same topic folder
TOPIC_BONUS = 0.5
#: weight of a keyword an article lists only as secondary
SECONDARY_WEIGHT = 0.5
#: a keyword used by more articles than this does not count
COMMON_LIMIT = 100


@dataclass(frozen=True)
class RelatedInput:
    """What the computation needs to know about one article."""

    topic: str
    #: keyword keys (see :func:`healthkb.model.article.keyword_key`)
    keywords: frozenset[str]
    secondary_keywords: frozenset[str] = frozenset()
    #: the editor's choice (resolved docnames, in order); empty: compute
    related: tuple[str, ...] = ()


def compute_related(
    articles: Mapping[str, RelatedInput], limit: int
) -> dict[str, tuple[str, ...]]:
    """For each docname, at most *limit* related docnames, best first.

    Ties are broken by docname so the result never depends on input order.
    Articles with nothing in common (no shared keyword, other topic) are not related.
    """
    limit = max(limit, 0)
    weights = {doc: _weights(a) for doc, a in articles.items()}
    users: dict[str, list[str]] = {}
    for doc in sorted(weights):
        for key in weights[doc]:
            users.setdefault(key, []).append(doc)
    n = len(articles)
    rarity = {key: math.log(1 + n / len(docs)) for key, docs in users.items()}
    usable = {key for key, docs in users.items() if len(docs) <= COMMON_LIMIT}
    by_topic: dict[str, list[str]] = {}
    for doc in sorted(articles):
        by_topic.setdefault(articles[doc].topic, []).append(doc)
    result: dict[str, tuple[str, ...]] = {}
    for doc in sorted(articles):
        article = articles[doc]
        if article.related:
            chosen = [
                d for d in dict.fromkeys(article.related) if d != doc and d in articles
            ]
            result[doc] = tuple(chosen[:limit])
            continue
        mine = weights[doc]
        scores: dict[str, float] = {}
        # keys in sorted order: the same additions, in the same order, as relatedness()
        for key in sorted(mine.keys() & usable):
            base = rarity[key] * mine[key]
            for other in users[key]:
                if other != doc:
                    scores[other] = scores.get(other, 0) + base * weights[other][key]
        for other in scores:
            if articles[other].topic == article.topic:
                scores[other] += TOPIC_BONUS
        # the rest of the topic all score exactly TOPIC_BONUS: take them in name order
        rest = (d for d in by_topic[article.topic] if d != doc and d not in scores)
        for other in itertools.islice(rest, limit):
            scores[other] = TOPIC_BONUS
        # rounding keeps float noise from reordering equal scores
        ranked = heapq.nsmallest(limit, ((-round(s, 9), d) for d, s in scores.items()))
        result[doc] = tuple(d for _, d in ranked)
    return result


def relatedness(
    a: Mapping[str, float], b: Mapping[str, float], rarity: Mapping[str, float]
) -> float:
    """Sum of the rarity of each shared keyword times its weight on both sides."""
    return sum(rarity[key] * a[key] * b[key] for key in sorted(a.keys() & b.keys()))


def _weights(article: RelatedInput) -> dict[str, float]:
    weights = dict.fromkeys(article.secondary_keywords, SECONDARY_WEIGHT)
    weights.update(dict.fromkeys(article.keywords, 1.0))
    return weights
