"""``healthkb reviews``: articles by next review date (overdue, due soon, fine)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from healthkb.model.review_status import DUE_SOON_DAYS, review_rows
from healthkb.rules.checks import read_article


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("reviews", help="list articles by next review date")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from healthkb.cli.commands.check import load_site

    site = load_site(Path(args.root))
    today = site.settings.effective_today()
    reports = [read_article(site, f) for f in site.articles()]
    unreadable = [r.path for r in reports if r.meta is None]
    rows = review_rows(
        ((r.docname, r.path, r.title, r.meta) for r in reports if r.meta is not None),
        today,
    )
    if args.format == "json":
        json.dump(
            {
                "today": today.isoformat(),
                "due_soon_days": DUE_SOON_DAYS,
                "articles": [
                    {
                        "path": r.path,
                        "title": r.title,
                        "reviewed": r.reviewed.isoformat() if r.reviewed else None,
                        "review_due": r.review_due.isoformat(),
                        "status": r.status,
                        "days": r.days,
                    }
                    for r in rows
                ],
                "unreadable": unreadable,
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    counts = {
        s: sum(r.status == s for r in rows)
        for s in ("overdue", "due-soon", "fine", "not-reviewed")
    }
    out = [
        f"review status on {today} ({counts['overdue']} overdue, {counts['due-soon']} "
        "due "
        f"within {DUE_SOON_DAYS} days, {counts['fine']} up to date"
        + (
            f", {counts['not-reviewed']} not yet reviewed)"
            if counts["not-reviewed"]
            else ")"
        ),
        f"{'status':<20} {'next review':<12} {'last review':<12} article",
    ]
    for r in rows:
        when = f"{-r.days} days ago" if r.days < 0 else f"in {r.days} days"
        out.append(
            f"{r.label:<20} {r.review_due.isoformat():<12} "
            f"{r.reviewed.isoformat() if r.reviewed else 'never':<12} "
            f"{r.path} ({when})"
        )
    out += [
        f"{'cannot tell':<20} {'':<12} {'':<12} {p} (fix its front matter: run "
        "'healthkb check')"
        for p in unreadable
    ]
    sys.stdout.write("\n".join(out) + "\n")
    return 0
