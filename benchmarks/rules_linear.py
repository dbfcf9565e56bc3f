"""Every article rule on hostile inputs, at n and 2n characters: time should double.

Run: ``.venv/bin/python benchmarks/rules_linear.py``. The inputs are the ones that
took ~100 s under the old line regexes (issue 13 item 8): a heading followed by
spaces, a 60,000-digit number, long backtick runs, and similar runs of the marks
the rules look for. A ratio well above 2 means a rule went quadratic.
"""

from __future__ import annotations

import sys
import time

from healthkb.rules.content_rules import check_body
from healthkb.rules.readability import prose_text

CASES = {
    "heading then spaces": lambda n: "# Title" + " " * n + "x\n",
    "one long number": lambda n: "# T\n\n" + "1" * n + "\n",
    "backtick runs": lambda n: "# T\n\n" + "`" * n + " a " + "``" * (n // 2) + "\n",
    "dollar signs": lambda n: "# T\n\n" + "$a " * (n // 3) + "\n",
    "role openers": lambda n: "# T\n\n" + "{a}" * (n // 3) + "\n",
    "www runs": lambda n: "# T\n\n" + "www." * (n // 4) + "\n",
    "pandoc openers": lambda n: "# T\n\n" + "[@" * (n // 2) + "\n",
    "html openers": lambda n: "# T\n\n" + "<a " * (n // 3) + "\n",
    "placeholders": lambda n: "# T\n\n" + "<<" * (n // 2) + "\n",
}


def seconds(body: str) -> float:
    start = time.perf_counter()
    check_body("articles/topic/a.md", body, 1)
    prose_text(body, 1)
    return time.perf_counter() - start


def main() -> None:
    n = 60_000
    sys.stdout.write(f"{'input':22} {n:>9,} chars {2 * n:>9,} chars  ratio\n")
    for name, make in CASES.items():
        small, large = seconds(make(n)), seconds(make(2 * n))
        ratio = large / max(small, 1e-3)
        sys.stdout.write(f"{name:22} {small:13.2f} s {large:13.2f} s  {ratio:5.1f}\n")


if __name__ == "__main__":
    main()
