"""The detector's last layer: a linear model over a line's skeleton (who speaks to
whom about what, never the topic: :mod:`.chatter_model_features`), learnt from the
labelled corpus in ``tests/fixtures/chatter`` by ``benchmarks/chatter_model_loro.py
--write``, which writes :mod:`.chatter_model_weights`.

It judges only whole lines that no pattern found, that quote no one and are not
someone on their own life (the guards of :func:`healthkb.rules.chatter.find_chatter`).
Measured on rounds it never saw (the corpus README): it finds what patterns for
kinds not yet named miss, at a few false positives per hundred prose lines, so the
threshold is set high enough to keep a patient guide never trained on clean.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from healthkb.rules.chatter_model_features import (
    FUNCTION_WORDS,
    VOCABULARY,
    features,
    skeleton,
)
from healthkb.rules.chatter_model_weights import BIAS, KINDS, THRESHOLD, WEIGHTS

#: the kind of a finding whose features name no kind of their own
GENERIC_KIND = "writing-tool chatter (learnt layer)"
#: shorter lines are left to the patterns and the page-furniture structure: on
#: their own, "Follow-up" or "More information" (headings) look like "Archive" or
#: "Replies" (a blog's furniture) to a model that sees no interface words.
#: Leave-one-round-out over rounds 15-34 (chatter_model_loro.py --recent) would
#: take 2 (13 more held-out chatter lines for 2 more prose lines, both within
#: :func:`choose`'s criterion), but it judges two-word headings ("Revised summary")
#: the tests keep from it; 3 is within the criterion at the same threshold
MIN_WORDS = 3
#: a line with an address is a source or a link: the importer reads sources, the
#: patterns know link furniture; the model, which sees brackets and slashes but
#: not what they hold, is not asked
_ADDRESS = re.compile(r"https?://|\bwww\.|\bdoi:|\b10\.\d{4,9}/|\]\(|\bpmid\b", re.I)


#: who a tool speaks as or to, and where it points: a line with none of these, nor
#: any word of writing, editing or an interface, speaks of the world, not the text
_SPEAKER_TEXT = """
    i i'm i've i'll i'd me my mine myself we we've we'll we're us our you you're
    you've you'll you'd your yours yourself let's please here below above
"""
_SPEAKERS = frozenset(_SPEAKER_TEXT.split())
_TOOL_WORDS = VOCABULARY - FUNCTION_WORDS
#: a statement this long is a sentence, not a button, a label or a progress line
_STATEMENT_WORDS = 8


def states_about_the_world(text: str) -> bool:
    """Whether *text* is a full-stop sentence of some length in which no one speaks
    to anyone and nothing names a text or a tool ("People were not put into groups
    by chance, so the groups may have differed in ways that affected how they
    felt."): the model, which sees only function words there, must not judge it
    alone (on every corpus, no chatter line the layer alone finds has this shape)."""
    if not text.rstrip().endswith("."):
        return False
    tokens = skeleton(text)
    if sum(1 for t in tokens if t[0].isalpha() or t == "<w>") < _STATEMENT_WORDS:
        return False
    return not any(t in _SPEAKERS or t in _TOOL_WORDS for t in tokens)


class Judgement(NamedTuple):
    probability: float
    kind: str


def judge(text: str) -> Judgement | None:
    """The model's chatter probability for *text* and the kind its features
    weigh most for (the positive weights of the features that have a kind, summed
    by kind, so that two near-equal features of different kinds do not decide
    alone; GENERIC_KIND when none has one), or None when the model does not
    judge the line (empty or long)."""
    found = features(text)
    if not found:
        return None
    weights = [WEIGHTS.get(feature, 0.0) for feature in found]
    score = BIAS + sum(weights)
    probability = 1 / (1 + math.exp(-score)) if score > -30 else 0.0
    by_kind: dict[str, float] = {}
    for feature, weight in zip(found, weights, strict=True):
        if weight > 0 and feature in KINDS:
            by_kind[KINDS[feature]] = by_kind.get(KINDS[feature], 0.0) + weight
    kind = max(sorted(by_kind), key=by_kind.__getitem__) if by_kind else GENERIC_KIND
    return Judgement(probability, kind)


def learnt_kind(text: str) -> str | None:
    """The kind of chatter the model finds *text* to be, or None."""
    if len(text.split()) < MIN_WORDS or _ADDRESS.search(text):
        return None
    if states_about_the_world(text):
        return None
    judged = judge(text)
    if judged is None or judged.probability <= THRESHOLD:
        return None
    return judged.kind


__all__ = ["GENERIC_KIND", "Judgement", "judge", "learnt_kind"]
