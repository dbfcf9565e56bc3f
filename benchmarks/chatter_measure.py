"""Measure a round of the chatter corpus, or any pair of files, with the detector.

Each argument is a chatter file and a prose file (``chatter-X.txt prose-X.txt``) or
a round's name under ``tests/fixtures/chatter`` (``round27``; ``guard`` for a prose
file alone).  Lines are read as ``tests/test_chatter.py`` reads them (not blank,
not a ``# `` comment).  ``-v`` lists the prose flagged (kind and cue) and the
chatter missed: what to read before tuning on a new round, by kind.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/chatter_measure.py [-v] round26 round27``
(or ``.../chatter-new.txt .../prose-new.txt`` for an incoming round, kept unseen).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatter_model_cv import CORPUS, corpus_lines  # noqa: E402

from healthkb.rules.chatter import find_chatter  # noqa: E402


def _pairs(args: list[str]) -> list[tuple[str, Path | None, Path]]:
    """(name, chatter file or None, prose file) for each round named or pair given."""
    out: list[tuple[str, Path | None, Path]] = []
    items = iter(args)
    for item in items:
        if item.endswith(".txt"):
            prose = Path(next(items))
            out.append((Path(item).stem, Path(item), prose))
        else:
            chatter = CORPUS / f"chatter-{item}.txt"
            out.append(
                (
                    item,
                    chatter if chatter.exists() else None,
                    CORPUS / f"prose-{item}.txt",
                )
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for name, chatter_file, prose_file in _pairs(args.files):
        # (rounds 9 and 10 and the probes have chatter only)
        prose = corpus_lines(prose_file) if prose_file.exists() else []
        flagged = [(line, found) for line in prose if (found := find_chatter(line))]
        text = f"{name}: flagged {len(flagged)}/{len(prose)}"
        if prose:
            text += f" ({len(flagged) / len(prose):.1%})"
        missed: list[str] = []
        if chatter_file is not None:
            chatter = corpus_lines(chatter_file)
            missed = [line for line in chatter if find_chatter(line) is None]
            hit = len(chatter) - len(missed)
            text = (
                f"{name}: found {hit}/{len(chatter)} ({hit / len(chatter):.1%}), "
                + text[len(name) + 2 :]
            )
        sys.stdout.write(text + "\n")
        if args.verbose:
            for line, found in flagged:
                sys.stdout.write(
                    f"  prose flagged ({found.kind}: {found.cue}): {line}\n"
                )
            for line in missed:
                sys.stdout.write(f"  chatter missed: {line}\n")


if __name__ == "__main__":
    main()
