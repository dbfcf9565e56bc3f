"""A blind chatter round measured on its second reader's labels.

    python benchmarks/chatter_measure_labelled.py DIR ROUND [-v]

DIR holds chatter-ROUND.txt, prose-ROUND.txt (lines grouped under ``# source``
headers, a header with "(written)" marking lines written in a tool's style rather
than found) and labels-ROUND.tsv (file, line, label: tool|site are chatter, prose is
prose, other is neither and not counted). Prints the found and flagged shares for
all lines, the real ones and the written ones; ``-v`` lists misses and false
positives.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from healthkb.rules.chatter import find_chatter

#: (file, line number) -> (text, flagged, written)
Results = dict[tuple[str, int], tuple[str, bool, bool]]


def read_labels(folder: Path, name: str) -> dict[tuple[str, int], str]:
    labels = {}
    for row in (folder / f"labels-{name}.tsv").read_text(encoding="utf-8").splitlines():
        cells = row.split("\t")
        if len(cells) >= 3 and cells[1].isdigit():
            labels[(cells[0], int(cells[1]))] = cells[2].strip()
    return labels


def judge(folder: Path, name: str) -> Results:
    found: Results = {}
    for kind in ("chatter", "prose"):
        written = False
        lines = (folder / f"{kind}-{name}.txt").read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines, 1):
            if line.startswith("# "):
                written = "(written" in line
            elif line.strip():
                found[(kind, number)] = (line, find_chatter(line) is not None, written)
    return found


def figure(
    results: Results,
    labels: dict[tuple[str, int], str],
    keep: Callable[[tuple[str, bool, bool]], bool],
) -> str:
    chatter = [
        v for k, v in results.items() if labels.get(k) in ("tool", "site") and keep(v)
    ]
    prose = [v for k, v in results.items() if labels.get(k) == "prose" and keep(v)]
    found, flagged = sum(v[1] for v in chatter), sum(v[1] for v in prose)
    return (
        f"chatter found {found}/{len(chatter)} ({found / max(1, len(chatter)):.1%}), "
        f"prose flagged {flagged}/{len(prose)} ({flagged / max(1, len(prose)):.1%})"
    )


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(map(str, parts)) + "\n")


def main(argv: list[str]) -> None:
    folder, name = Path(argv[0]), argv[1]
    labels, results = read_labels(folder, name), judge(folder, name)
    say(f"python {sys.version.split()[0]}; {name}")
    say("all lines:", figure(results, labels, lambda v: True))
    say("real     :", figure(results, labels, lambda v: not v[2]))
    say("written  :", figure(results, labels, lambda v: v[2]))
    if "-v" in argv:
        for key, (line, flagged, written) in results.items():
            label = labels.get(key)
            if label in ("tool", "site") and not flagged:
                say("  miss", "written" if written else "real", label, line[:140])
            elif label == "prose" and flagged:
                say("  flagged prose", line[:140])


if __name__ == "__main__":
    main(sys.argv[1:])
