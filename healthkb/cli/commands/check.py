"""``healthkb check``: every article rule, without Sphinx, in Sphinx's output shape."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from healthkb.cli.errors import UserError
from healthkb.model.site import Site, is_article_path
from healthkb.problems import Level, Problem
from healthkb.rules.check_cache import CACHE_DIR as CHECK_CACHE
from healthkb.rules.check_cache import CheckCache
from healthkb.rules.checks import ArticleReport
from healthkb.rules.site_check import check_site

#: up to this many articles, the summary lists every grade
GRADES_IN_FULL = 30
#: the build's folder for parsed .bib files (the Makefile's doctree folder, as
#: :func:`healthkb.sphinxext.incremental.domain.bib_cache_dir` names it)
BIB_CACHE = Path("_build", ".doctrees", "healthkb-bib")


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check",
        help="check articles and sources; exit 1 on any problem (the strict build "
        "fails on warnings too)",
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, help="articles to check (default: all)"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default="text",
        help="github: GitHub Actions annotations (see --changed-since)",
    )
    parser.add_argument(
        "--changed-since",
        metavar="GIT-REF",
        help="with --format github: annotate only lines changed since GIT-REF "
        "(e.g. origin/main); the other problems are listed plainly",
    )
    parser.add_argument(
        "--grades",
        action="store_true",
        help="list every article's reading grade (default: all of them only for "
        f"up to {GRADES_IN_FULL} articles, else those above the target)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="run every article's rules afresh (by default the results of unchanged "
        f"articles are kept in {CHECK_CACHE.as_posix()}/; rules across files always run)",
    )
    parser.set_defaults(run=run)


def load_site(root: Path, *, keep_parse: bool = False) -> Site:

    if not (root / "conf.py").is_file():
        raise UserError(
            f"{root.resolve()} has no conf.py: run this in the site folder or pass "
            "--root"
        )
    # the parsed .bib is kept where `make html` keeps it (keyed by the file's bytes),
    # so a check after a build, or a second check, does not parse every source again;
    # only check adds to it (*keep_parse*): a command that edits the site writes
    # nothing when it refuses
    return Site.load(root, bib_cache=root / BIB_CACHE, write_bib_cache=keep_parse)


def _selected(site: Site, paths: list[Path]) -> tuple[list[Path], list[str]]:
    """The article files among *paths* (folders are searched), and what was skipped."""

    files: list[Path] = []
    skipped: list[str] = []
    for path in paths:
        if not path.exists() and not path.is_absolute() and (site.root / path).exists():
            path = site.root / path  # relative to the site, as pre-commit passes them
        if not path.exists():
            raise UserError(f"{path}: no such file or folder")
        for file in sorted(path.rglob("*.md")) if path.is_dir() else [path]:
            try:
                rel = Path(site.relpath(file))
            except ValueError:
                raise UserError(
                    f"{file}: not inside the site folder {site.root}"
                ) from None
            if is_article_path(rel, site.settings):
                files.append(file)
            else:
                skipped.append(rel.as_posix())
    return files, skipped


def run(args: argparse.Namespace) -> int:
    site = load_site(Path(args.root), keep_parse=True)
    files, skipped = _selected(site, args.paths) if args.paths else (None, [])
    cache = None if args.no_cache else CheckCache(site)
    reports, problems = check_site(site, files, cache=cache)
    if files is not None:
        wanted = {site.relpath(f) for f in files}
        reports = [r for r in reports if r.path in wanted]
    errors = sum(p.level == Level.ERROR for p in problems)
    warnings = len(problems) - errors
    target = site.settings.reading_grade
    if args.format == "github":
        _write_github(site, args, reports, problems, target)
        return 1 if errors else 0
    if args.format == "json":
        json.dump(
            {
                "problems": [p.as_dict() for p in problems],
                "articles": len(reports),
                "errors": errors,
                "warnings": warnings,
                "reading_grade_target": target,
                "reading_grades": {r.path: r.reading_grade for r in reports},
                "skipped": skipped,
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
        return 1 if problems else 0
    for p in problems:
        sys.stdout.write(p.format() + "\n")
    in_full = args.grades or len(reports) <= GRADES_IN_FULL
    sys.stderr.write(_grade_summary(reports, target, in_full=in_full))
    for path in skipped:
        sys.stderr.write(
            f"{path}: skipped, not an article (articles are <topic>/<name>.md)\n"
        )
    sys.stderr.write(
        f"{_count(len(reports), 'article')} checked: {_count(errors, 'error')}, "
        f"{_count(warnings, 'warning')}\n"
    )
    if warnings and not errors:
        sys.stderr.write(
            "warnings fail the site's build (make html is strict): fix them, or "
            "silence one in the article's front matter with a reason\n"
        )
    return 1 if problems else 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _write_github(
    site: Site,
    args: argparse.Namespace,
    reports: list[ArticleReport],
    problems: list[Problem],
    target: float,
) -> None:
    import os

    from healthkb.cli import github_annotations as gh

    changed = None
    if args.changed_since:
        try:
            changed = gh.changed_lines(site.root, args.changed_since)
        except (ValueError, OSError) as exc:
            raise UserError(
                f"--changed-since {args.changed_since}: git cannot compare ({exc}); "
                "fetch that branch first (actions/checkout with fetch-depth: 0)"
            ) from None
    gh.write_github(
        reports,
        problems,
        target=target,
        changed=changed,
        out=sys.stdout,
        err=sys.stderr,
        summary_path=os.environ.get("GITHUB_STEP_SUMMARY"),
    )


def _grade_summary(
    reports: list[ArticleReport], target: float, *, in_full: bool
) -> str:
    """Reading grade per article, hardest first (the target is a US school grade)."""
    graded = sorted(
        (r for r in reports if r.reading_grade is not None),
        key=lambda r: (-(r.reading_grade or 0), r.path),
    )
    if not graded:
        return ""
    shown = (
        graded if in_full else [r for r in graded if (r.reading_grade or 0) > target]
    )
    lines = [f"reading grade (US school grade; target {target:g} or lower):"]
    for r in shown:
        mark = ""
        if (r.reading_grade or 0) > target:
            silenced = r.meta.silence.get("readability") if r.meta else None
            mark = (
                f"  above target (silenced: {silenced})"
                if silenced
                else "  above target"
            )
        lines.append(f"  {r.reading_grade:5.1f}  {r.path}{mark}")
    if len(shown) < len(graded):
        grades = sorted(r.reading_grade or 0 for r in graded)
        lines.append(
            f"  {len(graded) - len(shown)} more at or below the target (median "
            f"{grades[len(grades) // 2]:.1f}); --grades lists them all"
        )
    return "\n".join(lines) + "\n"
