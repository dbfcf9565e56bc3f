"""Growth on pathological inputs: each rule and importer step must stay linear.

For each hostile input family of issue 13 (a heading followed by many spaces, a very
long number, long backtick runs, deeply nested directives, a huge citation range) and
of a draft's raw HTML and fences (issue 17: unclosed elements, comments and fences), the
article check (``analyse_article``) and the draft parser run at sizes N, 2N and 4N; the
script prints the median time of each and the growth ratio per doubling. Linear work
doubles (ratio ~2); quadratic work quadruples. Run: ``.venv/bin/python
benchmarks/pathological.py`` (``make bench-pathological``).
"""

from __future__ import annotations

import contextlib
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from healthkb.importer.draft import parse_draft  # noqa: E402
from healthkb.importer.errors import DraftError  # noqa: E402
from healthkb.model.site import Site  # noqa: E402
from healthkb.rules.checks import analyse_article  # noqa: E402

HEADER = """---
description: A fictional article with a pathological body.
authors: [natalie-singh]
published: 2026-01-10
reviewed: 2026-06-01
keywords: [Depression, Walking, Exercise]
---

"""


def _depth(n: int) -> int:
    return int((2 * n) ** 0.5)


FAMILIES: dict[str, Callable[[int], str]] = {
    "heading + spaces": lambda n: "# Title" + " " * n + "x\n\n## Two" + " " * n + "\n",
    "long number": lambda n: "# Title\n\n" + "1" * n + "\n",
    "backtick runs": lambda n: "# Title\n\n" + "`" * n + " a " + "`" * (n - 1) + "\n",
    # depth d costs about d*d/2 characters of colons: d = sqrt(2n) keeps the size n
    "nested directives": lambda n: (
        "# Title\n\n"
        + "\n".join(":" * (_depth(n) + 3 - i) + "{note}" for i in range(_depth(n)))
        + "\n"
    ),
    "citation range": lambda n: f"# Title\n\nText [1-{n * 1000}].\n",
    "many links": lambda n: "# Title\n\n" + "[a](b) " * (n // 7) + "\n",
    # a draft's raw HTML and fences (healthkb/importer/unsafe_markup.py): openings
    # that nothing closes, which a lazy regex would rescan to the end each time
    "unclosed <script>": lambda n: "# Title\n\n" + "<script>" * (n // 8) + "\n",
    "unclosed comments": lambda n: "# Title\n\n" + "<!--" * (n // 4) + "\n",
    "unclosed fences": lambda n: "# Title\n\n" + "```{raw}\n" * (n // 9),
    "braces": lambda n: "# Title\n\nText " + "{{" * (n // 2) + "\n",
    "unsafe links": lambda n: "# Title\n\n" + "[a](javascript:" * (n // 15) + "\n",
}


def _time(call: Callable[[str], object], body: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        # refusing the draft with a located error is a fine outcome
        with contextlib.suppress(DraftError):
            call(body)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    site = Site.load(ROOT)
    sizes = [int(s) for s in (sys.argv[1:] or ["4000", "8000", "16000"])]
    _say(f"Python {platform.python_version()} on {platform.machine()}, sizes {sizes}")
    head = " | ".join(f"{s:,} chars" for s in sizes)
    _say(f"| input | step | {head} | growth per doubling |")
    _say("|---|---|" + "---|" * len(sizes) + "---|")
    steps: dict[str, Callable[[str], object]] = {
        "check": lambda body: analyse_article(site, "articles/x/p.md", HEADER + body),
        "import": lambda body: parse_draft(body, "draft.txt"),
    }
    worst = 0.0
    for name, make in FAMILIES.items():
        for step, call in steps.items():
            times = [_time(call, make(size)) for size in sizes]
            growth = [
                b / a if a > 0 else 0.0 for a, b in zip(times, times[1:], strict=False)
            ]
            worst = max(worst, *growth)
            cells = " | ".join(f"{t * 1000:.1f} ms" for t in times)
            ratios = ", ".join(f"{g:.2f}x" for g in growth)
            _say(f"| {name} | {step} | {cells} | {ratios} |")
    _say(f"worst growth per doubling: {worst:.2f}x (linear: ~2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
