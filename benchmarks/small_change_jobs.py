"""``make html`` after a one-article edit: ``-j auto`` against ``-j 1``.

Builds a generated site once, then edits one article and rebuilds, taking turns
between the ways of building (so a busy machine slows them alike), and prints the
median wall time of each, with what Sphinx read:

* ``-j 1``;
* ``-j auto`` (healthkb reads and writes a small change in one process);
* ``-j auto -D healthkb_serial_below=0`` (forks as Sphinx does on its own).

    python benchmarks/small_change_jobs.py --articles 1000 [--rounds 5] [--site DIR]

``--site`` reuses a site already generated and built there (``--articles`` is then
ignored); without it a new one is generated and built first.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sphinx

sys.path.insert(0, str(Path(__file__).parent))
from generate import write_site  # noqa: E402

WAYS = {
    "-j 1": ["-j", "1"],
    "-j auto": ["-j", "auto"],
    "-j auto, serial_below=0": ["-j", "auto", "-D", "healthkb_serial_below=0"],
}
_READ = re.compile(r"(\d+) added, (\d+) changed, (\d+) removed")


def build(site: Path, options: list[str]) -> tuple[float, str]:
    """One ``make html``-like build (strict, as the Makefile's): seconds, and what
    Sphinx said it read."""
    command = [
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        "html",
        "-N",
        "-W",
        "--keep-going",
        "-n",
        *options,
        "-d",
        str(site / "_build/.doctrees"),
        str(site),
        str(site / "_build/html"),
    ]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    found = _READ.search(done.stdout)
    return seconds, found.group(0) if found else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--site", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            write_site(site, args.articles)
            seconds, _ = build(site, ["-j", "auto"])
            sys.stdout.write(f"full build -j auto: {seconds:.1f} s\n")
        articles = sorted(
            p for p in (site / "articles").rglob("*.md") if p.name != "index.md"
        )
        sys.stdout.write(
            f"Python {platform.python_version()}, Sphinx {sphinx.__version__}, "
            f"{os.cpu_count()} cores, {len(articles)} articles, "
            f"{args.rounds} rounds\n"
        )
        article = articles[len(articles) // 2]
        original = article.read_text(encoding="utf-8")
        times: dict[str, list[float]] = {way: [] for way in WAYS}
        read: dict[str, set[str]] = {way: set() for way in WAYS}
        try:
            for i in range(args.rounds):
                for way, options in WAYS.items():
                    # a sentence an article could hold: "Edit 0 for -j 1." reads
                    # like a tool's note, and the strict build stops on it
                    article.write_text(
                        original
                        + f"\nThe nurse will check the wound at visit {i + 1} ({way}).\n",
                        encoding="utf-8",
                    )
                    seconds, what = build(site, options)
                    times[way].append(seconds)
                    read[way].add(what)
        finally:
            article.write_text(original, encoding="utf-8")
        for way in WAYS:
            sys.stdout.write(
                f"{way:24} median {statistics.median(times[way]):.2f} s "
                f"(min {min(times[way]):.2f}, max {max(times[way]):.2f}); "
                f"read: {', '.join(sorted(read[way]))}\n"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
