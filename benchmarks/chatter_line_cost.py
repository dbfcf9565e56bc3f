"""CPU per line of the chatter detector over every line of the corpus.

Every line of ``tests/fixtures/chatter`` (chatter and prose, 5,000+ lines) through
:func:`healthkb.rules.chatter.find_chatter`, best of five passes, CPU time
(``time.process_time``, so another job on the machine slows it less than the wall
clock). The verdicts (kind and cue of every line) are printed as a digest, so that
a change meant as a speed-up only can be checked to change none.  Then the phrase
patterns alone over the prose lines (what an article is made of), each pattern
searched as one alternation against branch by branch behind each branch's strings
(:class:`healthkb.rules.regex_alternatives.Alternatives`, what the detector does).

Run: ``.venv/bin/python benchmarks/chatter_line_cost.py``
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from pathlib import Path

from healthkb.rules import chatter

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "chatter"


def corpus_lines() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("# "):
                out.append(line)
    return out


def _patterns_cost(lines: list[str], entries) -> float:
    """CPU microseconds per line of the patterns' prefilters and searches."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for line in lines:
            for search, needs in entries:
                if needs is None or any(s in line for s in needs):
                    search(line)
        best = min(best, time.process_time() - start)
    return 1e6 * best / len(lines)


def patterns() -> None:
    prose = [
        chatter.normalise(line)
        for path in sorted(CORPUS.glob("prose-*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("# ")
    ]
    branched = [(found.search, needs) for _k, found, needs in chatter._COMPILED]
    whole = [
        (re.compile(found.pattern).search, needs)
        for _k, found, needs in chatter._COMPILED
    ]
    content = [
        i
        for i, (kind, *_) in enumerate(chatter._COMPILED)
        if kind == "a content-system leftover"
        and len(chatter._COMPILED[i][1].pattern) > 2000
    ]
    sys.stdout.write(
        f"patterns over {len(prose)} prose lines, CPU us per line: one alternation "
        f"{_patterns_cost(prose, whole):.1f}, branch by branch "
        f"{_patterns_cost(prose, branched):.1f}; the {len(content)} content-system "
        f"patterns over 2,000 characters: "
        f"{_patterns_cost(prose, [whole[i] for i in content]):.1f} -> "
        f"{_patterns_cost(prose, [branched[i] for i in content]):.1f}\n"
    )


def main() -> None:
    lines = corpus_lines()
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        found = [chatter.find_chatter(line) for line in lines]
        best = min(best, time.process_time() - start)
    digest = hashlib.sha1(
        "\n".join(f"{f.kind}|{f.cue}" if f else "-" for f in found).encode()
    ).hexdigest()[:12]
    sys.stdout.write(
        f"{len(lines)} lines, {1e6 * best / len(lines):.1f} us CPU per line (best of 5), "
        f"{sum(f is not None for f in found)} found, verdicts {digest}, "
        f"load {os.getloadavg()[0]:.1f}\n"
    )


if __name__ == "__main__":
    main()
    patterns()
