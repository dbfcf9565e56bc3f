"""``healthkb new``: scaffold an article from ``_templates/article.md.jinja``."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import jinja2

from healthkb.site import Site

SCAFFOLD = "_templates/article.md.jinja"


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("new", help="create a new article from the scaffold")
    parser.add_argument("title", help="the article's title, in quotes")
    parser.add_argument("--topic", required=True, help="topic folder under articles/, e.g. mental-health")
    parser.add_argument("--author", default="", help="your key in authors.yml")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(run=run)


def slugify(title: str) -> str:
    """A safe file name: ascii letters, digits and hyphens only (no path tricks)."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:80].rstrip("-")


def run(args: argparse.Namespace) -> int:
    from healthkb.cli import UserError

    root = Path(args.root)
    site = Site.load(root)
    title = " ".join(args.title.split())
    slug = slugify(title)
    if not slug:
        raise UserError(f"the title {args.title!r} has no letters or digits to make a file name from")
    topics = sorted(p.name for p in (site.root / site.settings.articles_dir).iterdir() if (p / "index.md").is_file())
    if args.topic not in topics:
        raise UserError(f"unknown topic {args.topic!r}: choose one of {', '.join(topics) or '(none yet)'}")
    if args.author and args.author not in site.authors:
        raise UserError(f"unknown author {args.author!r}: use a key from authors.yml ({', '.join(site.authors)})")
    target = site.root / site.settings.articles_dir / args.topic / f"{slug}.md"
    if target.exists() and not args.force:
        raise UserError(f"{site.relpath(target)} already exists: choose another title or pass --force")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(site.root), keep_trailing_newline=True, undefined=jinja2.StrictUndefined
    )
    today = site.settings.today or date.today()
    text = env.get_template(SCAFFOLD).render(title=title, author=args.author, today=today.isoformat())
    tmp = target.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    sys.stdout.write(f"created {site.relpath(target)}: fill in every <<...>> placeholder, then run 'make check'\n")
    return 0
