"""Read real .bib files as the site does and print each entry in NLM style,
counting what a careful tool should not do: refuse an entry, raise, or show
readers LaTeX, empty parts or reference-manager notes.

    .venv/bin/python tools/bib_robustness.py FILE.bib ... [--show N]

Prints one line per file and a total; ``--show`` prints up to N suspicious
strings per file (for reading by hand). Only reads: nothing is written.
"""

from __future__ import annotations

import argparse
import re
import sys
import traceback
from collections import Counter
from pathlib import Path

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text

#: what readers should never see in a printed reference
SUSPECT = {
    "latex": re.compile(r"\\[A-Za-z]+|[{}]|\\"),
    "empty part": re.compile(r"\.\s*\.(?!\.)|\(\)|;\s*:|:\s*\.|p\. \."),
    "exporter note": re.compile(r"Note: [A-Z][\w-]+: "),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    style = VancouverStyle()
    total: Counter[str] = Counter()
    for path in args.files:
        counts: Counter[str] = Counter()
        shown = 0
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            bib = parse_bibliography_text(text, path.name)
        except Exception:  # noqa: BLE001 (counted: a traceback is the fault)
            counts["file traceback"] += 1
            traceback.print_exc()
            total.update(counts)
            continue
        counts["entries"] = len(bib.entries) + len(bib.broken)
        counts["refused"] = len(bib.broken)
        for key in bib.broken:
            problem = next((p for p in bib.problems if f"'{key}'" in p.message), None)
            if args.show and shown < args.show:
                sys.stdout.write(
                    f"  REFUSED {key}: {problem.message if problem else ''}\n"
                )
                shown += 1
        for key, entry in bib.entries.items():
            try:
                got = style.format_entry("", entry, bib_data=bib).text.render_as("text")
            except Exception:  # noqa: BLE001
                counts["entry traceback"] += 1
                if args.show:
                    sys.stdout.write(f"  TRACEBACK {key}\n{traceback.format_exc()}")
                continue
            for name, pattern in SUSPECT.items():
                if pattern.search(got):
                    counts[name] += 1
                    if args.show and shown < args.show:
                        sys.stdout.write(f"  {name.upper()} {key}: {got}\n")
                        shown += 1
        sys.stdout.write(
            f"{path.name}: "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            + "\n"
        )
        total.update(counts)
    sys.stdout.write(
        f"TOTAL {len(args.files)} files: "
        + ", ".join(f"{k} {v}" for k, v in sorted(total.items()))
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
