"""Time ``healthkb check`` on a generated site (not a test: machines differ).

    python benchmarks/generate.py /tmp/site1000 --articles 1000   # issue7's generator
    python benchmarks/check_cli.py /tmp/site1000 [--repeat 3]

Prints wall and CPU seconds per run (CPU of this process and of the worker processes
``healthkb check`` forks); CPU time is the figure to compare on a shared machine,
where wall time depends on the load. Each run is a new process (a second run in the
same process would reuse the parsed .bib it kept); ``--cold`` deletes the site's
``_build/.doctrees/healthkb-bib`` cache before each run.
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


def run_once(root: str, *, cold: bool = False) -> tuple[float, float, int]:
    if cold:
        shutil.rmtree(
            Path(root, "_build", ".doctrees", "healthkb-bib"), ignore_errors=True
        )
    wall = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _MAIN, "--root", root, "check"],
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
    parser.add_argument("--cold", action="store_true", help="no parsed .bib kept")
    args = parser.parse_args()
    for _ in range(args.repeat):
        wall, cpu, status = run_once(args.root, cold=args.cold)
        print(f"healthkb check: {wall:.2f} s wall, {cpu:.2f} s CPU, exit {status}")  # noqa: T201


if __name__ == "__main__":
    cli()
