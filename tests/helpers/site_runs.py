"""Run the two front doors on a site folder, as an editor would: ``healthkb check``
and a strict Sphinx build (``-W --keep-going``), keeping what users see. Serial
builds run in-process; parallel ones (``-j 2``) in a child process, since forking
inside a pytest-xdist worker (which runs threads) may deadlock."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sphinx.cmd.build import build_main

from healthkb.cli import main as healthkb_main

#: What a crash looks like to a user, from Python or from Sphinx's crash handler.
CRASH_MARKERS = ("Traceback", "Exception occurred", "full traceback", "Extension error")


@dataclass
class Run:
    status: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err

    def crashed(self) -> bool:
        return any(marker in self.text for marker in CRASH_MARKERS)


def run_check(site: Path, *args: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = healthkb_main(["--root", str(site), "check", *args])
    return Run(status, out.getvalue(), err.getvalue())


def run_build(
    site: Path, outdir: Path, *extra: str, jobs: str = "1", fresh: bool = True
) -> Run:
    """A strict HTML build of *site* into *outdir* (doctrees beside it); *fresh*
    ignores the saved environment, otherwise the build is incremental."""
    out, err = io.StringIO(), io.StringIO()
    args = ["-b", "html", "-W", "--keep-going", "-N", "-q", "-j", jobs]
    args += ["-E"] if fresh else []
    args += [
        "-d",
        str(outdir.parent / f"{outdir.name}.doctrees"),
        *extra,
        str(site),
        str(outdir),
    ]
    if jobs != "1":
        child = subprocess.run(
            [sys.executable, "-m", "sphinx", *args],
            capture_output=True,
            text=True,
            check=False,
        )
        return Run(child.returncode, child.stdout, child.stderr)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = build_main(args)
    return Run(status, out.getvalue(), err.getvalue())


def build_messages(site: Path, text: str, path: str) -> list[tuple[int | None, str]]:
    """(line, or None where it names none; type) of every message a build's *text*
    gives about the file *path* of *site*, sorted."""
    pattern = re.compile(
        rf"^{re.escape(str(site / path))}(?::(?P<line>\d+))?: "
        r"(?:WARNING|ERROR|CRITICAL): .*? \[(?P<type>[\w.-]+)\]$",
        re.MULTILINE,
    )
    return sorted(
        (int(m["line"]) if m["line"] else None, m["type"])
        for m in pattern.finditer(text)
    )
