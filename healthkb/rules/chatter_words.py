"""The detector's wording layer: a linear model over a line's own words and word
pairs, learnt from the labelled corpus in ``tests/fixtures/chatter`` by
``benchmarks/chatter_words_train.py --write``, which writes
:mod:`.chatter_words_weights`.

The learnt layer before it (:mod:`.chatter_model`) sees only a line's skeleton,
so that health words never mean prose; it cannot know that "Promoted Links", "by
Taboola" or "Jump to comments" are a web page's, or that "tightened" and "tone"
are a tool's, when no pattern names them.  Each new round of the corpus brings
kinds no pattern held, and patterns written for one round found few lines of the
next; words learnt from all rounds carried further (leave-one-round-out and two
rounds never trained on, corpus README).  It judges only what the learnt layer
judges (whole lines no pattern found, that quote no one and are not someone on
their own life) and no line it must not judge alone, and its findings are
probable ones: ``check`` warns, the importer removes nothing on its word.

Each finding says why: the words that weigh most for chatter in the line.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from healthkb.rules.chatter_model import _ADDRESS, MIN_WORDS, states_about_the_world
from healthkb.rules.chatter_words_weights import BIAS, THRESHOLD, WEIGHTS

#: words (with apostrophes), numbers and the marks a page's or a tool's lines
#: carry (a counter's brackets, a menu's bar, a question, an ellipsis)
_TOKEN = re.compile(r"[a-z][a-z']*|\d+|[?!:\[\]()|@#/\u2026$%&*]")
#: the line lengths the model tells apart
_LENGTHS = ((1, "1"), (2, "2"), (5, "3-5"), (10, "6-10"), (20, "11-20"))
#: how many of the weightiest words a finding names
_REASONS = 3


def features(form: str) -> list[str]:
    """The line's words ("w:"), its word pairs with its start and end ("b:"), its
    length and its last mark; *form* is :func:`healthkb.rules.chatter.model_text`'s
    (plain, lower case)."""
    tokens = ["<n>" if t[0].isdigit() else t for t in _TOKEN.findall(form[:2000])]
    found = {f"w:{t}" for t in tokens}
    padded = ["^", *tokens, "$"]
    found.update(f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False))
    length = next((name for most, name in _LENGTHS if len(tokens) <= most), "21+")
    found.add(f"len:{length}")
    end = form.rstrip()[-1:]
    found.add(f"end:{end if end and not end.isalnum() else 'w'}")
    return sorted(found)


class Judgement(NamedTuple):
    probability: float
    #: the words of the line that weigh most for chatter
    reasons: tuple[str, ...]


def judge(form: str) -> Judgement:
    """The model's chatter probability for *form* and the words it weighs most."""
    found = features(form)
    weights = [WEIGHTS.get(feature, 0.0) for feature in found]
    score = BIAS + sum(weights)
    probability = 1 / (1 + math.exp(-score)) if score > -30 else 0.0
    words = sorted(
        (
            (-weight, feature[2:])
            for feature, weight in zip(found, weights, strict=True)
            if weight > 0 and feature[:2] in ("w:", "b:")
        ),
    )
    return Judgement(probability, tuple(word for _, word in words[:_REASONS]))


def judges(form: str) -> bool:
    """Whether the layer judges *form* at all: not a line too short to tell from a
    heading, an address, or a statement about the world (the learnt layer's own
    limits)."""
    return (
        len(form.split()) >= MIN_WORDS
        and not _ADDRESS.search(form)
        and not states_about_the_world(form)
    )


def wording_kind(form: str) -> str | None:
    """The kind of a finding of the wording layer for *form*, naming its reasons,
    or None when the line is not judged or reads as writing."""
    if not judges(form):
        return None
    judged = judge(form)
    if judged.probability < THRESHOLD:
        return None
    named = ", ".join(f"'{word}'" for word in judged.reasons)
    return "a writing tool's or web page's wording" + (f" ({named})" if named else "")


__all__ = ["Judgement", "features", "judge", "judges", "wording_kind"]
