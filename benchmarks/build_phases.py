"""One full build, with wall and CPU time per phase, main process and children apart.

    python benchmarks/build_phases.py SITE OUT [-j 2] [--profile DIR]

Runs ``sphinx -b html -j N SITE OUT`` in this process (SOURCE_DATE_EPOCH fixed, a
fresh OUT and doctree folder) and prints, per phase (start-up, reading, the work
between reading and writing, writing, finishing), the wall time, this process's
CPU time and the CPU time of the processes it forked and waited for in that phase
(``os.times``: Sphinx joins its parallel readers and writers). ``--profile DIR``
also runs cProfile in the main process and in every forked child and writes
``DIR/main.prof`` and ``DIR/children.prof`` (every child's stats added), to read
with ``python -m pstats``; cProfile inflates the times, the phase table does not
use it. The last line is the load average when the build ended.
"""

from __future__ import annotations

import argparse
import cProfile
import multiprocessing.process
import os
import pstats
import shutil
import sys
import time
from pathlib import Path
from typing import Any

EPOCH = "1764115200"  # as benchmarks/run.py: outputs can be compared byte for byte

#: the main process's profiler, if any (stopped in a forked child)
_MAIN_PROFILE: list[cProfile.Profile] = []
#: (phase name, wall, own CPU, children's CPU) at each mark
_MARKS: list[tuple[str, float, float, float]] = []


def _mark(name: str) -> None:
    t = os.times()
    _MARKS.append(
        (
            name,
            time.perf_counter(),
            t.user + t.system,
            t.children_user + t.children_system,
        )
    )


def _hook_events() -> None:
    """Mark the phase boundaries from Sphinx's own events."""
    import sphinx.application

    build = sphinx.application.Sphinx.build

    def marked_build(app: Any, *args: Any, **kwargs: Any) -> Any:
        app.connect("env-before-read-docs", lambda *a: _mark("start-up"), priority=0)
        app.connect("env-updated", lambda *a: _mark("reading"), priority=999)
        app.connect("write-started", lambda *a: _mark("between"), priority=0)
        write_documents = app.builder.write_documents

        def marked_write(docnames: Any) -> Any:
            _mark("prepare and copy assets")
            result = write_documents(docnames)
            _mark("writing pages")
            return result

        app.builder.write_documents = marked_write
        try:
            return build(app, *args, **kwargs)
        finally:
            _mark("finish")

    sphinx.application.Sphinx.build = marked_build  # type: ignore[method-assign]


def _profile_children(folder: Path) -> None:
    """cProfile in every forked child, dumped before the child exits."""
    bootstrap = multiprocessing.process.BaseProcess._bootstrap  # type: ignore[attr-defined]

    def profiled(self: Any, *args: Any, **kwargs: Any) -> Any:
        # the parent's profiler came with the fork; one may be active at a time
        for inherited in _MAIN_PROFILE:
            inherited.disable()
        profile = cProfile.Profile()
        profile.enable()
        try:
            return bootstrap(self, *args, **kwargs)
        finally:
            profile.disable()
            profile.dump_stats(str(folder / f"child-{os.getpid()}.prof"))

    multiprocessing.process.BaseProcess._bootstrap = profiled  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("-j", "--jobs", default="2")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("-D", dest="overrides", action="append", default=[])
    args = parser.parse_args()
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    doctrees = args.out.with_name(args.out.name + ".doctrees")
    shutil.rmtree(args.out, ignore_errors=True)
    shutil.rmtree(doctrees, ignore_errors=True)
    _hook_events()
    from sphinx.cmd.build import build_main

    argv = ["-b", "html", "-q", "-j", args.jobs, "-d", str(doctrees)]
    for override in args.overrides:
        argv += ["-D", override]
    argv += [str(args.site), str(args.out)]
    profile = None
    if args.profile:
        args.profile = args.profile.resolve()
        args.profile.mkdir(parents=True, exist_ok=True)
        for old in args.profile.glob("*.prof"):
            old.unlink()
        _profile_children(args.profile)
        profile = cProfile.Profile()
        _MAIN_PROFILE.append(profile)
        profile.enable()
    _mark("begin")
    status = build_main(argv)
    if profile is not None:
        profile.disable()
        profile.dump_stats(str(args.profile / "main.prof"))
        children = sorted(args.profile.glob("child-*.prof"))
        if children:
            stats = pstats.Stats(str(children[0]))
            for child in children[1:]:
                stats.add(str(child))
            stats.dump_stats(str(args.profile / "children.prof"))
            for child in children:
                child.unlink()
    lines = [f"{'phase':<26}{'wall s':>9}{'main CPU s':>12}{'children CPU s':>16}"]
    total = [0.0, 0.0, 0.0]
    for (_, w0, m0, c0), (name, w1, m1, c1) in zip(_MARKS, _MARKS[1:], strict=False):
        row = (w1 - w0, m1 - m0, c1 - c0)
        total = [a + b for a, b in zip(total, row, strict=True)]
        lines.append(f"{name:<26}{row[0]:>9.1f}{row[1]:>12.1f}{row[2]:>16.1f}")
    lines.append(f"{'total':<26}{total[0]:>9.1f}{total[1]:>12.1f}{total[2]:>16.1f}")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines.append(f"load average at the end: {load}")
    lines.append(f"Python {sys.version.split()[0]}, exit status {status}")
    sys.stdout.write("\n".join(lines) + "\n")
    sys.exit(status)


if __name__ == "__main__":
    main()
