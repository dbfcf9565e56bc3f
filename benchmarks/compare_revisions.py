"""Build the same generated site with two (or more) revisions' code, interleaved.

    python benchmarks/compare_revisions.py 3afc558^1 3afc558 --articles 1000 --runs 3

Each revision gets a detached ``git worktree`` under ``--work`` (removed after) and
its own copy of the site, written by that revision's own ``benchmarks/generate.py``
(the site copies the revision's ``_templates/`` and ``_static/``, which moved during
issue 14); the script says which files differ from HEAD's generator's site. Every
build is ``python -m sphinx -b html -j 1`` (``--jobs N``: ``-j N``) in a child
process with ``PYTHONPATH=<worktree>`` (checked: a child prints ``healthkb.__file__``) and
``SOURCE_DATE_EPOCH`` fixed. Full builds (fresh output and doctrees) run A B A B …,
then body-edit rebuilds A B A B …; CPU is the child's and its children's user + sys
(``os.wait4``). The full outputs are compared file by file (all but ``.buildinfo``).
The same revision may be named twice (an A/A run, for the noise).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EPOCH = "1764115200"  # as run.py: outputs comparable byte for byte
MARKER = "\n## Part 1 of the note\n"  # where run.py's body edit goes
IGNORED = {".buildinfo"}  # its config hash names the build's own doctree path


@dataclass
class Run:
    cpu: float
    wall: float
    peak_mb: float
    load_before: float
    load_after: float
    warnings: int
    digest: str = ""


@dataclass
class Side:
    label: str
    rev: str
    commit: str
    tree: Path
    site: Path
    imported: str = ""
    full: list[Run] = field(default_factory=list)
    body: list[Run] = field(default_factory=list)

    @property
    def out(self) -> Path:
        return self.tree.parent / "html"

    @property
    def doctrees(self) -> Path:
        return self.tree.parent / "doctrees"


@dataclass
class Difference:
    path: str
    why: str


def git(*args: str, cwd: Path = REPO) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def files_of(root: Path) -> dict[str, Path]:
    """Every file under *root* by its relative path, but the ignored names."""
    return {
        str(p.relative_to(root)): p
        for p in root.rglob("*")
        if p.is_file() and p.name not in IGNORED
    }


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for name, path in sorted(files_of(root).items()):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


_ENVVERSION = re.compile(rb'"envversion":\{[^{}]*\}')


def explain(a: bytes, b: bytes) -> str:
    """Why two versions of a file differ, as far as one line can say."""
    if _ENVVERSION.sub(b"", a) == _ENVVERSION.sub(b"", b):
        return "only envversion (the environment version, e.g. the code hash)"
    lines_a, lines_b = a.splitlines(), b.splitlines()
    for number, (x, y) in enumerate(zip(lines_a, lines_b, strict=False), 1):
        if x != y:
            shorter = min(len(x), len(y))  # where they differ if one is a prefix
            at = next((i for i in range(shorter) if x[i] != y[i]), shorter)
            start = max(0, at - 40)
            return (
                f"line {number}, column {at + 1}: "
                f"{x[start : at + 60].decode(errors='replace')!r} vs "
                f"{y[start : at + 60].decode(errors='replace')!r}"
            )
    return f"one is a prefix of the other ({len(lines_a)} vs {len(lines_b)} lines)"


def compare_trees(a: Path, b: Path) -> list[Difference]:
    """Each file that is only in one tree or differs between them, with a reason."""
    fa, fb = files_of(a), files_of(b)
    found = [Difference(p, f"only in {a}") for p in sorted(fa.keys() - fb.keys())]
    found += [Difference(p, f"only in {b}") for p in sorted(fb.keys() - fa.keys())]
    for name in sorted(fa.keys() & fb.keys()):
        x, y = fa[name].read_bytes(), fb[name].read_bytes()
        if x != y:
            found.append(Difference(name, explain(x, y)))
    return found


def python_env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree), "SOURCE_DATE_EPOCH": EPOCH}


def imported_from(side: Side) -> str:
    """The healthkb a child with this side's environment imports; it must be the
    worktree's (not main's editable install)."""
    done = subprocess.run(
        [sys.executable, "-c", "import healthkb; print(healthkb.__file__)"],
        cwd=side.site,
        env=python_env(side.tree),
        check=True,
        capture_output=True,
        text=True,
    )
    path = done.stdout.strip()
    if not Path(path).resolve().is_relative_to(side.tree.resolve()):
        sys.exit(f"{side.label}: healthkb imported from {path}, not {side.tree}")
    return path


#: the builds' ``-j`` (``--jobs``)
JOBS = ["1"]


def sphinx(side: Side, *, fresh: bool) -> Run:
    if fresh:
        shutil.rmtree(side.out, ignore_errors=True)
        shutil.rmtree(side.doctrees, ignore_errors=True)
    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-j", JOBS[0]]
    cmd += ["-d", str(side.doctrees), str(side.site), str(side.out)]
    log = side.tree.parent / "build.log"
    load = os.getloadavg()[0]
    start = time.perf_counter()
    with log.open("w") as stream:
        child = subprocess.Popen(
            cmd, stdout=stream, stderr=stream, env=python_env(side.tree), cwd=side.site
        )
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{side.label}: build failed; see {log}")
    return Run(
        cpu=usage.ru_utime + usage.ru_stime,
        wall=wall,
        peak_mb=usage.ru_maxrss / 1024,
        load_before=load,
        load_after=os.getloadavg()[0],
        warnings=log.read_text().count("WARNING"),
    )


def edit_body(site: Path, docname: str, run: int) -> None:
    """run.py's body edit: one sentence more before the first section."""
    path = site / f"{docname}.md"
    text = path.read_text()
    if MARKER not in text:
        sys.exit(f"{path}: no {MARKER.strip()!r} to edit before")
    path.write_text(
        text.replace(MARKER, f"\nAn edited sentence, version {run}.\n{MARKER}", 1)
    )


def generate(generator: Path, out: Path, args: argparse.Namespace) -> None:
    cmd = [sys.executable, str(generator), str(out), "--articles", str(args.articles)]
    cmd += ["--seed", str(args.seed), "--words", str(args.words)]
    subprocess.run(cmd, check=True, capture_output=True)


def middle_article(site: Path) -> str:
    """The article run.py edits: the middle one in the plan's order (generated
    names sort as the plan does not, so take it from the sorted file list)."""
    names = sorted(
        str(p.relative_to(site).with_suffix(""))
        for p in (site / "articles").rglob("*.md")
        if p.name != "index.md"
    )
    return names[len(names) // 2]


def prepare(labels: list[str], args: argparse.Namespace) -> list[Side]:
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    reference = work / "head-site"
    shutil.rmtree(reference, ignore_errors=True)
    generate(HERE / "generate.py", reference, args)
    sides = []
    for index, rev in enumerate(labels):
        commit = git("rev-parse", "--verify", f"{rev}^{{commit}}")
        base = work / f"r{index}-{commit[:7]}"
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir()
        tree = base / "tree"
        git("worktree", "add", "--detach", str(tree), commit)
        side = Side(f"r{index} {rev}", rev, commit, tree, base / "site")
        generate(tree / "benchmarks" / "generate.py", side.site, args)
        side.imported = imported_from(side)
        sides.append(side)
    return sides


def cleanup(sides: list[Side]) -> None:
    for side in sides:
        subprocess.run(
            ["git", "worktree", "remove", "--force", str(side.tree)],
            cwd=REPO,
            check=False,
        )
        shutil.rmtree(side.tree.parent, ignore_errors=True)
    git("worktree", "prune")


def spread(values: list[float]) -> str:
    return (
        f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"
        if values
        else "-"
    )


def versions() -> str:
    code = (
        "import sys, importlib.metadata as m; print('Python', sys.version.split()[0],"
        " *(f'{n} {m.version(n)}' for n in ('sphinx', 'myst-parser', 'docutils',"
        " 'furo', 'sphinxcontrib-bibtex', 'pybtex')), sep=', ')"
    )
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.strip()


def report(sides: list[Side], diffs: dict[str, list[Difference]], site_diffs) -> str:
    lines = [versions(), ""]
    for side in sides:
        lines.append(
            f"{side.label} = {side.commit[:10]}; healthkb from {side.imported}"
        )
        extra = site_diffs[side.label]
        lines.append(
            "  site vs HEAD's generator: "
            + (
                "identical"
                if not extra
                else f"{len(extra)} files differ: "
                + ", ".join(d.path for d in extra[:8])
                + (" …" if len(extra) > 8 else "")
            )
        )
    lines += [
        "",
        f"| revision | full -j {JOBS[0]}: CPU s median (range) | wall s "
        "| body edit: CPU s |"
        " wall s | load (1 min) during | peak MB | warnings | runs' outputs |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for side in sides:
        runs = side.full + side.body
        loads = [r.load_before for r in runs] + [r.load_after for r in runs]
        same = len({r.digest for r in side.full}) == 1
        lines.append(
            f"| {side.label} ({side.commit[:7]}) "
            f"| {spread([r.cpu for r in side.full])} "
            f"| {spread([r.wall for r in side.full])} "
            f"| {spread([r.cpu for r in side.body])} "
            f"| {spread([r.wall for r in side.body])} "
            f"| {min(loads):.1f}-{max(loads):.1f} "
            f"| {max(r.peak_mb for r in side.full):.0f} "
            f"| {max(r.warnings for r in runs)} "
            f"| {'identical' if same else 'DIFFER'} |"
        )
    lines.append("")
    for name, found in diffs.items():
        lines.append(
            f"{name}: " + (f"{len(found)} files differ" if found else "identical")
        )
        lines += [f"  {d.path}: {d.why}" for d in found[:20]]
        if len(found) > 20:
            lines.append(f"  … {len(found) - 20} more")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("revisions", nargs="+", help="two or more; the first is A")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--work", type=Path, default=Path("/tmp/b14"))
    parser.add_argument("--json", type=Path, help="also write every run here")
    parser.add_argument("--keep", action="store_true", help="keep the worktrees")
    parser.add_argument("--jobs", default="1", help="sphinx -j (default 1)")
    args = parser.parse_args(argv)
    JOBS[0] = args.jobs
    if len(args.revisions) < 2:
        parser.error("name at least two revisions")
    sides = prepare(args.revisions, args)
    try:
        reference = args.work / "head-site"
        site_diffs = {s.label: compare_trees(reference, s.site) for s in sides}
        for run in range(args.runs):  # interleaved: the load falls on every side
            for side in sides:
                build = sphinx(side, fresh=True)
                build.digest = tree_digest(side.out)
                side.full.append(build)
                sys.stderr.write(f"full {run} {side.label}: {build.cpu:.1f} CPU s\n")
        diffs = {
            f"full output {sides[0].label} vs {s.label}": compare_trees(
                sides[0].out, s.out
            )
            for s in sides[1:]
        }
        target = middle_article(sides[0].site)
        for run in range(args.runs):
            for side in sides:
                edit_body(side.site, target, run)
                build = sphinx(side, fresh=False)
                side.body.append(build)
                sys.stderr.write(f"body {run} {side.label}: {build.cpu:.1f} CPU s\n")
        diffs |= {
            f"after {args.runs} body edits {sides[0].label} vs {s.label}": compare_trees(
                sides[0].out, s.out
            )
            for s in sides[1:]
        }
        text = report(sides, diffs, site_diffs)
        sys.stdout.write(text + "\n")
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "sides": [
                            {**asdict(s), "tree": str(s.tree), "site": str(s.site)}
                            for s in sides
                        ],
                        "diffs": {k: [asdict(d) for d in v] for k, v in diffs.items()},
                        "report": text,
                    },
                    indent=1,
                )
            )
    finally:
        if not args.keep:
            cleanup(sides)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
