"""Problems as GitHub Actions workflow commands, limited to a pull request's lines.

``::error file=…,line=…,title=…::message`` makes GitHub show the problem on that line
of the pull request's diff. Values are escaped as the Actions toolkit does, so a
message (which can quote contributed text) cannot end the command early or start a
second one.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

from healthkb.problems import Level, Problem
from healthkb.rules.checks import ArticleReport

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@")


def escape_data(text: str) -> str:
    """Escape a message (``%``, CR and LF), as ``@actions/core`` does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: also ``:`` and ``,``, which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(p: Problem) -> str:
    """One workflow command for *p*."""
    command = "error" if p.level == Level.ERROR else "warning"
    props = ",".join(
        f"{key}={escape_property(value)}"
        for key, value in (
            ("file", p.path),
            ("line", str(p.line)),
            ("title", f"healthkb.{p.rule}"),
        )
    )
    return f"::{command} {props}::{escape_data(p.message)}"


def changed_lines_from_diff(diff: str) -> dict[str, set[int]]:
    """Lines added or changed per file (new side), from ``git diff -U0`` output."""
    changed: dict[str, set[int]] = {}
    current: str | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            target = line[4:].strip()
            current = target[2:] if target.startswith("b/") else None
            if current is not None:
                changed.setdefault(current, set())
        elif current is not None and (m := _HUNK.match(line)):
            start = int(m.group("start"))
            count = int(m.group("count") or 1)
            changed[current].update(range(start, start + count))
    return changed


def changed_lines(root: Path, base: str) -> dict[str, set[int]]:
    """Lines changed since the merge base of *base* and HEAD, paths relative to *root*.

    :raises ValueError: with git's message when *base* cannot be compared.
    """
    result = subprocess.run(
        [
            "git",
            "-c",
            "core.quotePath=false",
            "diff",
            "-U0",
            "--no-color",
            "--no-ext-diff",
            "--relative",
            f"{base}...HEAD",
            "--",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise ValueError(
            result.stderr.strip() or f"git diff exited {result.returncode}"
        )
    return changed_lines_from_diff(result.stdout)


def on_changed_lines(
    problems: Iterable[Problem], changed: Mapping[str, set[int]]
) -> tuple[list[Problem], list[Problem]]:
    """Split *problems* into those on a changed line and the rest."""
    kept: list[Problem] = []
    rest: list[Problem] = []
    for p in problems:
        (kept if p.line in changed.get(p.path, ()) else rest).append(p)
    return kept, rest


def job_summary(
    reports: Iterable[ArticleReport],
    problems: Iterable[Problem],
    *,
    target: float,
    changed: Mapping[str, set[int]] | None = None,
) -> str:
    """Markdown for the job summary: the problems, then each (changed) article's
    reading grade and review dates."""
    problems = list(problems)
    errors = sum(p.level == Level.ERROR for p in problems)
    lines = [
        "## healthkb check",
        "",
        f"{errors} errors, {len(problems) - errors} warnings.",
        "",
    ]
    if problems:
        lines += ["| File | Line | Level | Problem |", "| --- | --- | --- | --- |"]
        lines += [
            f"| {_cell(p.path)} | {p.line} | {p.level} | {_cell(p.message)} "
            f"(`healthkb.{p.rule}`) |"
            for p in problems
        ]
        lines.append("")
    shown = [r for r in reports if changed is None or r.path in changed]
    if shown:
        lines += [
            f"### Articles{' changed' if changed is not None else ''}",
            "",
            f"Reading grade target: {target:g} or lower (US school grade).",
            "",
            "| Article | Reading grade | Last reviewed | Next review due |",
            "| --- | --- | --- | --- |",
        ]
        for r in sorted(shown, key=lambda r: r.path):
            grade = "–" if r.reading_grade is None else f"{r.reading_grade:.1f}"
            reviewed = r.meta.reviewed.isoformat() if r.meta else "–"
            due = r.meta.review_due.isoformat() if r.meta else "–"
            lines.append(f"| {_cell(r.path)} | {grade} | {reviewed} | {due} |")
        lines.append("")
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Text safe in a Markdown table cell: no pipes, no HTML, no line breaks."""
    text = " ".join(text.split())
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|")):
        text = text.replace(char, entity)
    return text


def write_github(
    reports: list[ArticleReport],
    problems: list[Problem],
    *,
    target: float,
    changed: Mapping[str, set[int]] | None,
    out: TextIO,
    err: TextIO,
    summary_path: str | None,
) -> None:
    """Annotations on *out* (only changed lines when *changed* is given); the other
    problems on *err* in the plain shape, so none is dropped; and the job summary
    appended to *summary_path* (``$GITHUB_STEP_SUMMARY``) when set."""
    shown, rest = (
        on_changed_lines(problems, changed)
        if changed is not None
        else (
            problems,
            [],
        )
    )
    for p in shown:
        out.write(annotation(p) + "\n")
    if rest:
        err.write(f"{len(rest)} problems on lines this change does not touch:\n")
        for p in rest:
            err.write(p.format() + "\n")
    if summary_path:
        with open(summary_path, "a", encoding="utf-8") as summary:
            summary.write(
                job_summary(reports, problems, target=target, changed=changed) + "\n"
            )
