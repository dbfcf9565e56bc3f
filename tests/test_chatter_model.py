"""The learnt chatter layer measured by ``benchmarks/chatter_model_loro.py``.

These tests keep the measurement honest and reproducible: every figure is
leave-one-round-out (the held-out round, ``prose-guard.txt`` and
``prose-nhs-vaccines.txt`` never trained on), the features hold no topic words, and
training is deterministic. The layer the detector ships (learnt from every round,
tentative findings only) is tested in ``tests/test_chatter_learnt.py``.
"""

from __future__ import annotations

import sys
from collections import Counter

import chatter_model_loro as loro  # benchmarks/ (pytest pythonpath)
import pytest

from healthkb.rules.chatter_model_features import features, skeleton

THRESHOLD = 0.99


@pytest.fixture(scope="module")
def corpus():
    return loro.load()


@pytest.fixture(scope="module")
def folds(corpus):
    """Each held-out round's counts at THRESHOLD, the model trained without it."""
    found, prose = corpus
    out = {}
    for held, trained in loro.loro_folds():
        model = loro.train(
            [x for n in trained for x in found[n]],
            [x for n in trained for x in prose[n]],
        )
        out[held] = loro.fold_counts(model, held, trained, found, prose)[THRESHOLD]
    total = sum(out.values(), start=Counter())
    sys.stdout.write(
        f"\nlearnt layer, LORO rounds 7-14 at {THRESHOLD}: model alone "
        f"{total['model']}/{total['n']}, patterns {total['pat']}, either "
        f"{total['either']}; held-out prose flagged {total['p_either']}/{total['p']} "
        f"(patterns {total['p_pat']}), NHS {total['nhs_model']}/{total['nhs']}, guard "
        f"{total['g_model']}/{total['g']}\n"
    )
    return out


def test_features_hold_no_topic_words() -> None:
    line = "Ibuprofen can ease the swelling after knee surgery."
    assert skeleton(line) == ["<w>", "can", "<w>", "the", "<w>", "<w>", "<w>", "<w>"]
    assert not any(
        word in feature
        for feature in features(line)
        for word in ("ibuprofen", "swelling", "knee", "surgery")
    )


def test_a_long_line_is_not_judged() -> None:
    assert features(" ".join(["word"] * 30)) == []
    assert features("Here is the revised draft you asked for:")


def test_training_is_deterministic(corpus) -> None:
    found, prose = corpus
    chatter = found["round9"] + found["probe"]
    ordinary = prose["round7"]
    assert loro.train(chatter, ordinary) == loro.train(chatter, ordinary)


def test_leave_one_round_out_recall(folds) -> None:
    total = sum(folds.values(), start=Counter())
    # measured 895/1394 (64.2%) alone, 1251/1394 (89.7%) with the patterns
    assert total["model"] >= 0.60 * total["n"]
    assert total["either"] >= 0.88 * total["n"]
    # the model finds lines the patterns miss: on round 14 before the patterns were
    # tuned on it 67.3% -> 79.6%; after i17l tuned them on it, 1245 -> 1289 of 1394
    # pooled (round 15, never trained on: 57.0% -> 69.1%, README)
    assert total["either"] - total["pat"] >= 0.02 * total["n"]


def test_leave_one_round_out_false_positives(folds) -> None:
    total = sum(folds.values(), start=Counter())
    # measured: 7 of 1,339 held-out prose lines added to the patterns' 3, 0 of the
    # NHS pages' 1,082 in 8 folds, 0 of the guard's 97 in 8 folds
    assert total["p_either"] - total["p_pat"] <= 0.008 * total["p"]
    assert total["nhs_model"] <= 2
    assert total["g_model"] <= 1
