"""Cross-validation of a small statistical chatter model, kept as a measurement.

Issue 17 asked whether a classifier trained on the chatter corpus should back up
the patterns of :mod:`healthkb.rules.chatter`.  This script answers it by measurement:
it trains two logistic regressions (chatter or not; which kind) over an abstracted
line (pronouns, modals and the words for writing kept, every other word "<w>", so
the model cannot learn that medical words mean prose) and measures them round by
round: trained on every other round, measured on the held-out one, with the prose
guard file never trained on.  Pure Python, deterministic (seeded).

Run: ``.venv/bin/python benchmarks/chatter_model_cv.py`` (about 15 s).  The
figures and the decision are in ``tests/fixtures/chatter/README.md``.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from healthkb.rules.chatter_model_features import FUNCTION_WORDS, ngrams  # noqa: E402

#: the probability of chatter above which the model calls a line chatter (the
#: table in the corpus README also shows 0.5, 0.8 and 0.95)
THRESHOLD = 0.9
L2 = 3e-3
PROSE_WEIGHT = 5.0
#: lines shorter than this are left to the patterns: a three-word heading has too
#: few words for the model to judge
MIN_WORDS = 4
_TOKEN = re.compile(r"[a-z][a-z']*|\d+|[?!:\[\]()<>{}|*]")
#: the words the model sees as themselves; every other word is "<w>".  Chatter is
#: told by who speaks to whom about what (pronouns, modals, the words for writing and
#: editing), not by its topic: a model that saw topic words would learn that medical
#: words mean prose and a line about anything else is chatter.
_FUNCTION_WORDS = FUNCTION_WORDS


def _writing_words() -> frozenset[str]:
    from healthkb.rules.chatter import _EDIT_VERB, _FUTURE_VERB, _WRITING

    words = " ".join((_WRITING, _EDIT_VERB, _FUTURE_VERB))
    return frozenset(re.findall(r"[a-z][a-z']+", words))


_VOCABULARY = _FUNCTION_WORDS | _writing_words()


def features(line: str) -> list[str]:
    """The features of an already normalised line (see :func:`chatter.normalise`)."""
    tokens = [
        "<n>"
        if t[0].isdigit()
        else t
        if not t[0].isalpha() or t in _VOCABULARY
        else "<w>"
        for t in _TOKEN.findall(line)
    ]
    return sorted(ngrams(tokens))


def _train_logistic(
    rows: Sequence[tuple[list[str], float, float]], epochs: int, l2: float
) -> dict[str, float]:
    """Weights of a binary logistic regression; rows are (features, label, weight).

    Plain stochastic gradient descent in a fixed shuffled order (seeded), so the
    result is the same on every machine.
    """
    weights: dict[str, float] = {}
    order = list(range(len(rows)))
    shuffle = random.Random(17)
    for epoch in range(epochs):
        shuffle.shuffle(order)
        rate = 0.5 / (1 + epoch / 10)
        for index in order:
            feats, label, weight = rows[index]
            score = weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in feats)
            error = (label - _sigmoid(score)) * weight
            for feat in (*feats, "bias"):
                old = weights.get(feat, 0.0)
                weights[feat] = old + rate * (error - l2 * old)
    return {f: round(w, 4) for f, w in weights.items() if abs(w) >= 0.002}


def _sigmoid(score: float) -> float:
    if score < -30:
        return 0.0
    return 1 / (1 + math.exp(-score))


def train(
    chatter: Iterable[tuple[str, str]], prose: Iterable[str], *, epochs: int = 30
) -> dict[str, dict[str, dict[str, float]]]:
    """The model from (line, kind) chatter pairs and prose lines (normalised).

    Prose counts twice as much as chatter: a missed chatter line is a nuisance, an
    article sentence taken out of a draft is a loss.
    """
    chatter = list(chatter)
    prose = list(prose)
    rows = [(features(line), 1.0, 1.0) for line, _ in chatter]
    rows += [(features(line), 0.0, PROSE_WEIGHT) for line in prose]
    decision = _train_logistic(rows, epochs, l2=L2)
    kinds: dict[str, dict[str, float]] = {}
    for kind in sorted({kind for _, kind in chatter}):
        kind_rows = [(features(line), float(k == kind), 1.0) for line, k in chatter]
        kinds[kind] = _train_logistic(kind_rows, epochs, l2=L2)
    return {"decision": {"chatter": decision}, "kinds": kinds}


@dataclass(frozen=True)
class Opinion:
    probability: float
    kind: str
    #: the features that weighed most towards chatter, as words
    evidence: tuple[str, ...]


def judge(line: str, model: dict[str, dict[str, dict[str, float]]]) -> Opinion | None:
    """The model's opinion of a normalised line, or None if it is too short."""
    if len(line.split()) < MIN_WORDS:
        return None
    feats = features(line)
    weights = model["decision"]["chatter"]
    contributions = [(weights.get(f, 0.0), f) for f in feats]
    score = weights.get("bias", 0.0) + sum(w for w, _ in contributions)
    kind_scores = {
        kind: w.get("bias", 0.0) + sum(w.get(f, 0.0) for f in feats)
        for kind, w in model["kinds"].items()
    }
    kind = max(sorted(kind_scores), key=lambda k: kind_scores[k], default="chatter")
    top = sorted((c for c in contributions if c[0] > 0), reverse=True)[:3]
    return Opinion(_sigmoid(score), kind, tuple(_as_words(f) for _, f in top))


def _as_words(feature: str) -> str:
    text = feature[2:].replace("^", "").replace("$", "").replace("<n>", "N")
    return " ".join(text.replace("<w>", "…").split())


def corpus_lines(path: Path) -> list[str]:
    """A corpus file's example lines (``# `` lines are provenance comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("# ")]


def training_data(
    folder: Path, files: Iterable[str] | None = None
) -> tuple[list[tuple[str, str]], list[str]]:
    """(chatter with kinds, prose), normalised, from the corpus files named (all by
    default).  A chatter line's kind is the one the patterns give it."""
    from healthkb.rules.chatter import find_chatter, normalise

    names = sorted(files) if files is not None else None
    chatter: list[tuple[str, str]] = []
    prose: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        if names is not None and path.stem not in names:
            continue
        for line in corpus_lines(path):
            if path.stem.startswith("chatter"):
                found = find_chatter(line)
                chatter.append((normalise(line), found.kind if found else "chatter"))
            elif path.stem.startswith("prose"):
                prose.append(normalise(line))
    return chatter, prose


CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "chatter"


def rounds() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(chatter, prose) lines of each round; rounds 1-3 share the train files (the
    chatter by the line ranges its comments mark, the prose split by SHA-1)."""
    numbered = (CORPUS / "chatter-train.txt").read_text(encoding="utf-8").splitlines()
    marks = [i for i, line in enumerate(numbered) if line.startswith("# source:")]
    parts = [
        numbered[a:b] for a, b in zip(marks, [*marks[1:], len(numbered)], strict=True)
    ]
    chatter = {
        f"R{n}": [line for line in part if line.strip() and not line.startswith("# ")]
        for n, part in enumerate(parts, 1)
    }
    train_prose = corpus_lines(CORPUS / "prose-train.txt")

    def third(line: str) -> int:
        return int(hashlib.sha1(line.encode()).hexdigest(), 16) % 3

    prose = {f"R{n + 1}": [x for x in train_prose if third(x) == n] for n in range(3)}
    for name, stem in (
        ("R4", "heldout"),
        ("R5", "heldout2"),
        ("R6", "heldout3"),
        ("R7", "round7"),
    ):
        chatter[name] = corpus_lines(CORPUS / f"chatter-{stem}.txt")
        prose[name] = corpus_lines(CORPUS / f"prose-{stem}.txt")
    return chatter, prose


def main() -> None:
    from healthkb.rules.chatter import _QUOTATION, find_chatter, normalise

    chatter, prose = rounds()
    guard = corpus_lines(CORPUS / "prose-guard.txt")
    thresholds = (0.5, 0.8, 0.9, 0.95)
    totals = {t: [0, 0, 0, 0, 0, 0] for t in thresholds}
    sys.stdout.write(
        "round | patterns | model alone (t=0.9) | either | prose flagged | guard\n"
    )
    for held in chatter:
        model = train(
            [
                (
                    normalise(line),
                    (found.kind if (found := find_chatter(line)) else "chatter"),
                )
                for name in chatter
                if name != held
                for line in chatter[name]
            ],
            [normalise(line) for name in prose if name != held for line in prose[name]],
        )

        def probability(line: str, model: dict = model) -> float:
            text = normalise(line)
            if _QUOTATION.search(text):  # the patterns' quotation guard
                return 0.0
            opinion = judge(text, model)
            return opinion.probability if opinion else 0.0

        found = [probability(x) for x in chatter[held]]
        flagged = [probability(x) for x in prose[held]]
        guarded = [probability(x) for x in guard]
        patterns = [find_chatter(x) is not None for x in chatter[held]]
        for t in thresholds:
            row = totals[t]
            row[0] += sum(p > t for p in found)
            row[1] += len(found)
            row[2] += sum(p > t for p in flagged)
            row[3] += len(flagged)
            row[4] += sum(p > t for p in guarded)
            row[5] += len(guarded)
        either = sum(p > 0.9 or q for p, q in zip(found, patterns, strict=True))
        sys.stdout.write(
            f"{held} | {sum(patterns)}/{len(patterns)} | "
            f"{sum(p > 0.9 for p in found)}/{len(found)} | {either}/{len(found)} | "
            f"{sum(p > 0.9 for p in flagged)}/{len(flagged)} | "
            f"{sum(p > 0.9 for p in guarded)}/{len(guarded)}\n"
        )
    for t, (hit, n, fp, m, gfp, g) in totals.items():
        sys.stdout.write(
            f"threshold {t}: model recall {hit}/{n} ({hit / n:.1%}), held-out prose "
            f"flagged {fp}/{m} ({fp / m:.1%}), guard prose flagged {gfp}/{g} "
            f"({gfp / g:.1%}, {g // len(guard)} models)\n"
        )


if __name__ == "__main__":
    main()
