"""``healthkb keywords ARTICLE``: ranked keyword suggestions, reusing the site's "
"keywords."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from healthkb.cli.errors import UserError
from healthkb.importer.keyword_suggest import article_text, suggest
from healthkb.model.article import keyword_key
from healthkb.model.front_matter import split_article
from healthkb.rules.checks import read_article


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "keywords", help="suggest keywords for an article from its text"
    )
    parser.add_argument("article", type=Path, help="the article file")
    parser.add_argument(
        "--top", type=int, default=15, help="how many suggestions (default 15)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from healthkb.cli.commands.check import load_site

    site = load_site(Path(args.root))
    file = args.article
    if not file.exists() and not file.is_absolute() and (site.root / file).exists():
        file = site.root / file
    if not file.is_file():
        raise UserError(f"{args.article}: no such file")
    if not 1 <= args.top <= 100:
        raise UserError("--top must be between 1 and 100")
    report = read_article(site, file)
    if report.meta is None and any(p.rule == "encoding" for p in report.problems):
        raise UserError(report.problems[0].format())
    split = split_article(report.path, file.read_text(encoding="utf-8-sig"))
    text = article_text(split.body, split.body_line)
    if len(text.split()) < 20:
        raise UserError(
            f"{report.path}: too little text to suggest keywords from; write the "
            "article first"
        )
    site_keywords: dict[str, dict[str, str]] = {}
    for other in site.articles():
        other_report = read_article(site, other)
        if other_report.path == report.path or other_report.meta is None:
            continue
        for word in other_report.meta.all_keywords:
            site_keywords.setdefault(keyword_key(word), {})[other_report.path] = word
    own = report.meta.all_keywords if report.meta else ()
    found = suggest(text, site_keywords, own, top=args.top)
    if args.format == "json":
        json.dump(
            [
                {
                    "rank": s.rank,
                    "keyword": s.keyword,
                    "score": s.score,
                    "used_on_site": bool(s.used_by),
                    "used_by": list(s.used_by),
                    "in_article": s.in_article,
                }
                for s in found
            ],
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    width = max((len(s.keyword) for s in found), default=10)
    sys.stdout.write(f"keyword suggestions for {report.path} (best first):\n")
    for s in found:
        notes = []
        if s.used_by:
            notes.append(
                f"used on the site ({len(s.used_by)} "
                f"article{'s' * (len(s.used_by) > 1)}): reuse this spelling"
            )
        if s.in_article:
            notes.append("already in this article")
        sys.stdout.write(
            f"{s.rank:3}. {s.keyword:<{width}}  {'; '.join(notes) or 'new'}\n"
        )
    return 0
