"""Related articles, the pure computation: rarity weighting, topic bonus, secondary
keywords, tie-breaks, limits and the editor's override."""

from __future__ import annotations

import math
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from healthkb.model import related
from healthkb.model.related import (
    SECONDARY_WEIGHT,
    TOPIC_BONUS,
    RelatedInput,
    compute_related,
)


def art(
    topic: str, *keywords: str, secondary: tuple[str, ...] = (), related=()
) -> RelatedInput:
    return RelatedInput(
        topic, frozenset(keywords), frozenset(secondary), tuple(related)
    )


def test_rare_shared_keyword_outweighs_a_common_one():
    articles = {
        "a": art("t1", "common", "rare"),
        "b": art("t2", "common"),
        "c": art("t3", "rare"),
        "d": art("t4", "common"),
        "e": art("t5", "common"),
    }
    assert compute_related(articles, 5)["a"] == ("c", "b", "d", "e")


def test_same_topic_breaks_an_otherwise_equal_score():
    articles = {
        "a": art("heart", "walking"),
        "b": art("lungs", "walking"),
        "c": art("heart", "walking"),
    }
    # b sorts first by name, but c shares the topic
    assert compute_related(articles, 5)["a"] == ("c", "b")


def test_same_topic_without_shared_keywords_is_related_other_topic_is_not():
    articles = {
        "a": art("heart", "walking"),
        "b": art("heart", "salt"),
        "c": art("lungs", "asthma"),
    }
    result = compute_related(articles, 5)
    assert result["a"] == ("b",)
    assert result["c"] == ()


def test_secondary_keywords_weigh_less():
    articles = {
        "a": art("t1", "sleep"),
        "b": art("t2", secondary=("sleep",)),
        "c": art("t3", "sleep"),
    }
    assert compute_related(articles, 5)["a"] == ("c", "b")


def test_ties_are_broken_by_docname_whatever_the_input_order():
    docs = {f"doc{n}": art("t", "same") for n in (3, 1, 2, 0)}
    result = compute_related(docs, 5)
    assert result["doc3"] == ("doc0", "doc1", "doc2")
    assert compute_related(dict(reversed(docs.items())), 5) == result


def test_limit():
    docs = {f"d{n}": art("t", "k") for n in range(8)}
    assert all(len(v) == 5 for v in compute_related(docs, 5).values())
    assert all(v == () for v in compute_related(docs, 0).values())


def test_editor_choice_replaces_the_computed_list():
    articles = {
        "a": art("t", "k", related=("c", "missing", "a", "c", "b")),
        "b": art("t", "k"),
        "c": art("u", "x"),
    }
    result = compute_related(articles, 5)
    # order kept; unknown targets, itself and repeats dropped
    assert result["a"] == ("c", "b")
    assert compute_related(articles, 1)["a"] == ("c",)
    # the override is one-way: b still gets its computed list
    assert result["b"] == ("a",)


def _brute_force(
    articles: dict[str, RelatedInput], limit: int
) -> dict[str, tuple[str, ...]]:
    """The documented formula, pair by pair, without the shortcuts."""

    def weight(a: RelatedInput, key: str) -> float:
        if key in a.keywords:
            return 1.0
        return SECONDARY_WEIGHT if key in a.secondary_keywords else 0.0

    keys = {k for a in articles.values() for k in a.keywords | a.secondary_keywords}
    n = len(articles)
    df = {k: sum(1 for a in articles.values() if weight(a, k)) for k in keys}
    counted = sorted(k for k in keys if df[k] <= related.COMMON_LIMIT)
    result = {}
    for doc, a in articles.items():
        if a.related:
            result[doc] = tuple(
                d for d in dict.fromkeys(a.related) if d != doc and d in articles
            )[:limit]
            continue
        scores = []
        for other, b in articles.items():
            if other == doc:
                continue
            score = sum(
                math.log(1 + n / df[k]) * weight(a, k) * weight(b, k) for k in counted
            )
            score += TOPIC_BONUS if a.topic == b.topic else 0
            if score > 0:
                scores.append((-round(score, 9), other))
        result[doc] = tuple(d for _, d in sorted(scores)[:limit])
    return result


_inputs = st.dictionaries(
    st.text("abcdef", min_size=1, max_size=3),
    st.builds(
        RelatedInput,
        topic=st.sampled_from(["t1", "t2", "t3"]),
        keywords=st.frozensets(st.sampled_from("klmnopq"), max_size=4),
        secondary_keywords=st.frozensets(st.sampled_from("klmnopqrs"), max_size=3),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(
    articles=_inputs, limit=st.integers(0, 6), common=st.sampled_from([1, 2, 4, 100])
)
def test_matches_the_formula_computed_pair_by_pair(articles, limit, common):
    # a low limit for common keywords makes small sites have some
    with patch.object(related, "COMMON_LIMIT", common):
        assert compute_related(articles, limit) == _brute_force(articles, limit)


def test_keywords_on_too_many_articles_do_not_count():
    # 'common' is on 101 articles: it relates none of them, 'rare' still does
    articles = {f"x{n:03}": art(f"t{n}", "common") for n in range(99)}
    articles["a"] = art("ta", "common", "rare")
    articles["b"] = art("tb", "common", "rare")
    assert related.COMMON_LIMIT == 100
    result = compute_related(articles, 3)
    assert result["a"] == ("b",)
    assert result["x000"] == ()
    # one article fewer, and 'common' counts again (but less than 'rare')
    del articles["x098"]
    result = compute_related(articles, 3)
    assert result["a"] == ("b", "x000", "x001")
    assert result["x000"] == ("a", "b", "x001")


# RelatedLists (kept between builds) equals a fresh compute_related after any edits
_TOPICS = ["t1", "t2"]
_KEYS = ["k1", "k2", "k3", "k4"]
_DOCS = [f"d{n}" for n in range(7)]
_input = st.builds(
    RelatedInput,
    topic=st.sampled_from(_TOPICS),
    keywords=st.frozensets(st.sampled_from(_KEYS), max_size=3),
    secondary_keywords=st.frozensets(st.sampled_from(_KEYS), max_size=2),
    related=st.one_of(st.just(()), st.tuples(st.sampled_from(_DOCS))),
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.sampled_from(_DOCS), _input, min_size=1),
    st.lists(st.tuples(st.sampled_from(_DOCS), _input), max_size=8),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=1, max_value=3),
)
def test_kept_lists_equal_a_fresh_computation(site, edits, limit, common):
    # a small common limit: keywords cross it as articles change
    with patch.object(related, "COMMON_LIMIT", common):
        lists = related.RelatedLists()
        assert lists.update(site, limit) == compute_related(site, limit)
        for doc, changed in edits:  # one article saved at a time, or one added
            site = {**site, doc: changed}
            assert lists.update(site, limit) == compute_related(site, limit)
        assert lists.update(site, limit + 1) == compute_related(site, limit + 1)
