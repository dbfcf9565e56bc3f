"""Time ``healthkb check`` on a generated site (not a test: machines differ).

    python benchmarks/generate.py /tmp/site1000 --articles 1000   # issue7's generator
    python benchmarks/check_cli.py /tmp/site1000 [--repeat 3]

Prints wall and CPU seconds per run; CPU time is the figure to compare on a shared
machine, where wall time depends on the load.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import time

from healthkb.cli import main


def run_once(root: str) -> tuple[float, float, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    with (
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
    ):
        status = main(["--root", root, "check"])
    return time.perf_counter() - wall, time.process_time() - cpu, status


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for _ in range(args.repeat):
        wall, cpu, status = run_once(args.root)
        print(f"healthkb check: {wall:.2f} s wall, {cpu:.2f} s CPU, exit {status}")  # noqa: T201


if __name__ == "__main__":
    cli()
