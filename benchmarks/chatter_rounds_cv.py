"""Leave-one-round-out cross-validation of the structural chatter layer's thresholds.

For each round of the chatter corpus, the two thresholds of
:mod:`healthkb.rules.chatter_furniture` (longest furniture line in content words, share
of interface words) are chosen on the *other* rounds: the most chatter found with
no line of their prose flagged, ties broken towards the stricter setting.  The
held-out round is then measured with them.  ``prose-guard.txt`` is never used to
choose; every fold's setting is measured on it.

"before" is the detector as it was at commit e0a1715 (patterns only, tuned on
every round but 8), read from git; "after" is the current detector with the
fold's thresholds; "structure alone" is what the structural layer finds on its
own.  The thresholds are chosen by the structural layer's own finds on the other
rounds (the patterns were tuned on all of them but round 8, so the whole
detector's finds there say nothing about the thresholds) and by the whole
detector's false positives on their prose.

Run: ``.venv/bin/python benchmarks/chatter_rounds_cv.py`` (deterministic; a few
seconds).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatter_model_cv import CORPUS, corpus_lines, rounds  # noqa: E402

import healthkb.rules.chatter as chatter  # noqa: E402
from healthkb.rules import chatter_furniture  # noqa: E402

BEFORE_COMMIT = "e0a1715"
MAX_WORDS = (3, 4, 5, 6, 8, 10, 12)
MIN_SHARE = (0.4, 0.5, 0.6, 0.67, 0.75, 0.8, 1.0)


def all_rounds() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    found, prose = rounds()
    found["R8"] = corpus_lines(CORPUS / "chatter-round8.txt")
    prose["R8"] = corpus_lines(CORPUS / "prose-round8.txt")
    for name, stem in (
        ("R9", "round9"),
        ("R10", "round10"),
        ("probe", "probe"),
        ("probe2", "probe2"),
        ("probe3", "probe3"),
        ("probe4", "probe4"),
        ("probe5", "probe5"),
        ("probe6", "probe6"),
        ("probe7", "probe7"),
    ):
        found[name] = corpus_lines(CORPUS / f"chatter-{stem}.txt")
        prose[name] = []
    return found, prose


def detector_before():
    source = subprocess.run(
        ["git", "show", f"{BEFORE_COMMIT}:healthkb/rules/chatter.py"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "chatter_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("chatter_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["chatter_before"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.find_chatter


def detector_after(max_words: int, min_share: float):
    furniture = partial(
        chatter_furniture.furniture_cue, max_words=max_words, min_share=min_share
    )

    def find(line: str):
        chatter.furniture_cue = furniture
        try:
            return chatter.find_chatter(line)
        finally:
            chatter.furniture_cue = chatter_furniture.furniture_cue

    return find


def structure_only(max_words: int, min_share: float):
    def find(line: str):
        cue = chatter_furniture.furniture_cue(line, max_words, min_share)
        quoted = chatter._QUOTATION.search(chatter.normalise(line))
        return cue or (None if quoted else chatter_furniture.own_edit_cue(line))

    return find


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def count(find, lines: list[str]) -> int:
    return sum(find(line) is not None for line in lines)


def main() -> None:
    found, prose = all_rounds()
    guard = corpus_lines(CORPUS / "prose-guard.txt")
    before = detector_before()
    settings = [(w, s) for w in MAX_WORDS for s in MIN_SHARE]
    # per setting and round: (chatter found, prose flagged), computed once
    # (the patterns were tuned on every round but 8, so the choice is made on what
    # the structural layer finds on its own, and on what the whole detector flags)
    table = {}
    for setting in settings:
        find, alone = detector_after(*setting), structure_only(*setting)
        table[setting] = {
            name: (count(alone, found[name]), count(find, prose[name]))
            for name in found
        }
    _out(
        "| held-out round | before | after | structure alone | held-out prose "
        "flagged | guard flagged | thresholds (words, share) |"
    )
    _out("| --- | --- | --- | --- | --- | --- | --- |")
    totals = [0, 0, 0, 0]
    for held in found:
        others = [name for name in found if name != held]

        def score(setting, others=others):
            hits = sum(table[setting][name][0] for name in others)
            flagged = sum(table[setting][name][1] for name in others)
            # no prose flagged first, then most found, then the strictest setting
            return (flagged == 0, hits, -setting[0], setting[1])

        choice = max(settings, key=score)
        alone, after_flagged = table[choice][held]
        after_hits = count(detector_after(*choice), found[held])
        was = count(before, found[held])
        guarded = count(detector_after(*choice), guard)
        n = len(found[held])
        totals = [
            totals[0] + was,
            totals[1] + after_hits,
            totals[2] + alone,
            totals[3] + n,
        ]
        _out(
            f"| {held} | {was}/{n} ({was / n:.1%}) | {after_hits}/{n} "
            f"({after_hits / n:.1%}) | {alone}/{n} | {after_flagged}/{len(prose[held])} "
            f"| {guarded}/{len(guard)} | {choice[0]}, {choice[1]} |"
        )
    was, after, alone, n = totals
    _out(
        f"| all | {was}/{n} ({was / n:.1%}) | {after}/{n} ({after / n:.1%}) | "
        f"{alone}/{n} | | | |"
    )


if __name__ == "__main__":
    main()
