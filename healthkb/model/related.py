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
    return RelatedLists().update(articles, limit)


class RelatedLists:
    """:func:`compute_related` kept between builds: :meth:`update` computes again
    only the lists a changed article can touch (those sharing a changed keyword,
    or its topic), when the same articles are there with the same limit."""

    def __init__(self) -> None:
        self._articles: dict[str, RelatedInput] = {}
        self._limit = -1
        self._weights: dict[str, dict[str, float]] = {}
        self._users: dict[str, list[str]] = {}
        self._rarity: dict[str, float] = {}
        self._usable: set[str] = set()
        self._by_topic: dict[str, list[str]] = {}
        self._result: dict[str, tuple[str, ...]] = {}

    def update(
        self, articles: Mapping[str, RelatedInput], limit: int
    ) -> dict[str, tuple[str, ...]]:
        limit = max(limit, 0)
        old = self._articles
        if limit != self._limit or old.keys() != articles.keys():
            return self._compute_all(articles, limit)
        changed = [d for d, a in articles.items() if (o := old[d]) is not a and o != a]
        self._articles = dict(articles)
        if not changed:
            return self._result
        keys: set[str] = set()
        topics: set[str] = set()
        for doc in changed:
            keys.update(self._weights[doc])
            topics.add(old[doc].topic)
            self._weights[doc] = _weights(articles[doc])
            keys.update(self._weights[doc])
            topics.add(articles[doc].topic)
        touched = set(changed)
        for key in keys:
            # every article scoring with the key before or after
            if key in self._usable:
                touched.update(self._users.get(key, ()))
            # only the changed articles' weights changed
            candidates = {*self._users.get(key, ()), *changed}
            users = sorted(d for d in candidates if key in self._weights[d])
            if users:
                self._users[key] = users
                self._rarity[key] = math.log(1 + len(articles) / len(users))
            else:
                self._users.pop(key, None)
                self._rarity.pop(key, None)
            self._usable.discard(key)
            if users and len(users) <= COMMON_LIMIT:
                self._usable.add(key)
                touched.update(users)
        for topic in topics:
            # the rest of a topic fills its articles' lists, in name order
            candidates = {*self._by_topic.get(topic, ()), *changed}
            members = sorted(d for d in candidates if articles[d].topic == topic)
            if members:
                self._by_topic[topic] = members
            else:
                self._by_topic.pop(topic, None)
            touched.update(members)
        result = dict(self._result)
        for doc in sorted(touched):
            result[doc] = self._one(doc)
        self._result = result
        return result

    def _compute_all(
        self, articles: Mapping[str, RelatedInput], limit: int
    ) -> dict[str, tuple[str, ...]]:
        self._articles, self._limit = dict(articles), limit
        self._weights = {doc: _weights(a) for doc, a in articles.items()}
        users: dict[str, list[str]] = {}
        for doc in sorted(self._weights):
            for key in self._weights[doc]:
                users.setdefault(key, []).append(doc)
        n = len(articles)
        self._users = users
        self._rarity = {key: math.log(1 + n / len(docs)) for key, docs in users.items()}
        self._usable = {key for key, docs in users.items() if len(docs) <= COMMON_LIMIT}
        self._by_topic = {}
        for doc in sorted(articles):
            self._by_topic.setdefault(articles[doc].topic, []).append(doc)
        self._result = {doc: self._one(doc) for doc in sorted(articles)}
        return self._result

    def _one(self, doc: str) -> tuple[str, ...]:
        articles, limit, weights = self._articles, self._limit, self._weights
        article = articles[doc]
        if article.related:
            chosen = [
                d for d in dict.fromkeys(article.related) if d != doc and d in articles
            ]
            return tuple(chosen[:limit])
        mine = weights[doc]
        scores: dict[str, float] = {}
        # keys in sorted order: the same additions, in the same order, as relatedness()
        for key in sorted(mine.keys() & self._usable):
            base = self._rarity[key] * mine[key]
            for other in self._users[key]:
                if other != doc:
                    scores[other] = scores.get(other, 0) + base * weights[other][key]
        for other in scores:
            if articles[other].topic == article.topic:
                scores[other] += TOPIC_BONUS
        # the rest of the topic all score exactly TOPIC_BONUS: take them in name order
        rest = (
            d for d in self._by_topic[article.topic] if d != doc and d not in scores
        )
        for other in itertools.islice(rest, limit):
            scores[other] = TOPIC_BONUS
        # rounding keeps float noise from reordering equal scores
        ranked = heapq.nsmallest(limit, ((-round(s, 9), d) for d, s in scores.items()))
        return tuple(d for _, d in ranked)


def relatedness(
    a: Mapping[str, float], b: Mapping[str, float], rarity: Mapping[str, float]
) -> float:
    """Sum of the rarity of each shared keyword times its weight on both sides."""
    return sum(rarity[key] * a[key] * b[key] for key in sorted(a.keys() & b.keys()))


def _weights(article: RelatedInput) -> dict[str, float]:
    weights = dict.fromkeys(article.secondary_keywords, SECONDARY_WEIGHT)
    weights.update(dict.fromkeys(article.keywords, 1.0))
    return weights
