"""``healthkb review``: record a clinical or editorial review in an article's front
matter (``reviewed``, ``reviewers``, ``review-due`` and a ``history:`` entry)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from healthkb.cli.errors import UserError
from healthkb.model.article import parse_article_meta
from healthkb.model.front_matter import split_article
from healthkb.model.front_matter_edit import set_fields
from healthkb.model.review_history import MAX_SUMMARY
from healthkb.safe_write import write_text_atomic


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "review", help="record a review: dates, reviewers and what changed"
    )
    parser.add_argument("article", type=Path, help="the article's .md file")
    parser.add_argument(
        "--by",
        action="append",
        required=True,
        metavar="KEY",
        help="who reviewed it: a key from authors.yml (repeat for several)",
    )
    parser.add_argument("--date", help="the review date, YYYY-MM-DD (default: today)")
    parser.add_argument("--summary", default="", help="what changed, in a sentence")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from healthkb.cli.commands.check import load_site

    site = load_site(Path(args.root))
    file = args.article
    if not file.exists() and (site.root / file).exists():
        file = site.root / file
    if not file.is_file():
        raise UserError(f"{args.article}: no such article")
    try:
        path = site.relpath(file)
    except ValueError:
        raise UserError(f"{file}: not inside the site folder {site.root}") from None
    for key in args.by:
        if key not in site.authors:
            raise UserError(
                f"--by {key}: not a key in {site.settings.authors_file}: add the "
                "reviewer there first (name and role)"
            )
    when = _review_date(args.date, site.settings.effective_today())
    summary = " ".join(args.summary.split())
    if len(summary) > MAX_SUMMARY:
        raise UserError(
            f"--summary is {len(summary)} characters: keep it to {MAX_SUMMARY}"
        )
    text = file.read_text(encoding="utf-8")
    split = split_article(path, text)
    if split.problems:
        raise UserError(f"{split.problems[0].format()}\nfix that first")
    data = split.front.data
    published = str(data.get("published", ""))
    if published and published > when.isoformat():
        raise UserError(f"--date {when} is before 'published' ({published})")
    if str(data.get("reviewed", "")) > when.isoformat():
        raise UserError(
            f"--date {when} is before the last review ({data['reviewed']}): "
            "a review can only be added after it"
        )
    history = data.get("history") or []
    if not isinstance(history, list):
        raise UserError(f"{path}: 'history' must be a list: fix it first")
    due = when + timedelta(days=site.settings.review_interval)
    entry = {"date": when.isoformat(), "by": list(args.by), "summary": summary}
    new_text = set_fields(
        text,
        {
            "reviewed": [f"reviewed: {when.isoformat()}"],
            "reviewers": [f"reviewers: [{', '.join(args.by)}]"],
            "review-due": [f"review-due: {due.isoformat()}"],
            "history": _history_lines([entry, *history]),
        },
    )
    # refuse to write a file that would then fail the checks because of these fields
    check = split_article(path, new_text)
    _, problems = parse_article_meta(
        path,
        check.front,
        known_authors=site.authors,
        review_interval_days=site.settings.review_interval,
    )
    ours = {"reviewed", "reviewers", "review-due", "history"}
    mine = [
        p
        for p in check.problems + problems
        if p.line in {check.front.line_of(k) for k in ours}
    ]
    if check.problems or mine:
        raise UserError(
            "the review cannot be recorded: "
            + "; ".join(p.format() for p in (check.problems or mine))
        )
    write_text_atomic(file, new_text, overwrite=True)
    sys.stderr.write(
        f"{path}: reviewed {when} by {', '.join(args.by)}; next review due {due}\n"
    )
    return 0


def _review_date(text: str | None, today: date) -> date:

    if text is None:
        return today
    try:
        when = date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--date {text}: write the date as YYYY-MM-DD") from None
    if when > today:
        raise UserError(f"--date {text} is in the future (today is {today})")
    return when


def _history_lines(entries: list[object]) -> list[str]:
    """The ``history:`` block, newest first; summaries as JSON strings (valid YAML
    double-quoted scalars, so no text can break out of the field)."""
    lines = ["history:"]
    for item in entries:
        if not isinstance(item, dict):
            raise _user_error("'history' has an entry that is not date/by/summary")
        by = item.get("by")
        keys = [by] if isinstance(by, str) else list(by or [])
        lines.append(f"  - date: {item.get('date', '')}")
        lines.append(f"    by: [{', '.join(str(k) for k in keys)}]")
        summary = item.get("summary")
        if summary:
            lines.append(f"    summary: {json.dumps(str(summary), ensure_ascii=False)}")
    return lines


def _user_error(message: str) -> Exception:

    return UserError(message)
