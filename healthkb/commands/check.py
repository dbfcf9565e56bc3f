"""``healthkb check``: every article rule, without Sphinx, in Sphinx's output shape."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from healthkb.checks import check_site
from healthkb.problems import Level
from healthkb.site import Site


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="check articles and sources; exit 1 on any error")
    parser.add_argument("paths", nargs="*", type=Path, help="articles to check (default: all)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from healthkb.cli import UserError

    root = Path(args.root)
    if not (root / "conf.py").is_file():
        raise UserError(f"{root.resolve()} has no conf.py: run this in the site folder or pass --root")
    site = Site.load(root)
    files = None
    if args.paths:
        files = []
        for path in args.paths:
            if not path.exists():
                raise UserError(f"{path}: no such file")
            files += sorted(path.rglob("*.md")) if path.is_dir() else [path]
    reports, problems = check_site(site, files)
    errors = sum(p.level == Level.ERROR for p in problems)
    warnings = len(problems) - errors
    if args.format == "json":
        json.dump(
            {
                "problems": [p.as_dict() for p in problems],
                "articles": len(reports),
                "errors": errors,
                "warnings": warnings,
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for p in problems:
            sys.stdout.write(p.format() + "\n")
        sys.stderr.write(f"{len(reports)} articles checked: {errors} errors, {warnings} warnings\n")
    return 1 if errors else 0
