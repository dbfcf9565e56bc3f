"""Time ``healthkb check`` on a generated site (not a test: machines differ).

    python benchmarks/generate.py /tmp/site1000 --articles 1000   # issue7's generator
    python benchmarks/check_cli.py /tmp/site1000 [--repeat 3]

Prints wall and CPU seconds per run (CPU of this process and of the worker processes
``healthkb check`` forks) and the load average; CPU time is the figure to compare on
a shared machine, where wall time depends on the load. Each run is a new process (a
second run in the same process would reuse the parsed .bib it kept).

- ``--cold``: the site's kept results are deleted before each run: the parsed .bib
  (``_build/.doctrees/healthkb-bib``) and every article's (``healthkb-check``);
- ``--edit`` (warm, one article edited): a sentence is added to one article before
  each run (removed at the end);
- ``--no-cache``: ``healthkb check --no-cache`` (every article's rules run).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

_MAIN = "import sys; from healthkb.cli import main; sys.exit(main(sys.argv[1:]))"


def run_once(
    root: str, *, cold: bool = False, no_cache: bool = False
) -> tuple[float, float, int]:
    if cold:
        for kept in ("healthkb-bib", "healthkb-check"):
            shutil.rmtree(Path(root, "_build", ".doctrees", kept), ignore_errors=True)
    wall = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _MAIN,
            "--root",
            root,
            "check",
            *(["--no-cache"] if no_cache else []),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)  # the check and the workers it waited for
    cpu = usage.ru_utime + usage.ru_stime
    return time.perf_counter() - wall, cpu, os.waitstatus_to_exitcode(status)


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--cold", action="store_true", help="nothing kept (.bib, articles)"
    )
    parser.add_argument(
        "--edit", action="store_true", help="one article edited before each run"
    )
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args()
    article = min(
        p for p in Path(args.root, "articles").rglob("*.md") if p.name != "index.md"
    )
    original = article.read_bytes()
    try:
        for i in range(args.repeat):
            if args.edit:
                # a sentence an article could hold ("An edit for run 0." reads like
                # a tool's note: the check then failed on it)
                article.write_bytes(
                    original
                    + f"\nThe nurse will check the wound at visit {i + 1}.\n".encode()
                )
            wall, cpu, status = run_once(
                args.root, cold=args.cold, no_cache=args.no_cache
            )
            load = " ".join(f"{x:.1f}" for x in os.getloadavg())
            print(  # noqa: T201
                f"healthkb check: {wall:.2f} s wall, {cpu:.2f} s CPU, exit {status} "
                f"(load {load})"
            )
    finally:
        article.write_bytes(original)


if __name__ == "__main__":
    cli()
