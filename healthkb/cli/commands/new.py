"""``healthkb new``: scaffold an article from ``_templates/article.md.jinja``."""

from __future__ import annotations

import argparse
import re
import unicodedata
from datetime import date
from pathlib import Path

import jinja2

from healthkb.cli.errors import UserError
from healthkb.cli.new_file import create_site_file
from healthkb.model.site import Site

SCAFFOLD = "_templates/article.md.jinja"
TOPIC_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("new", help="create a new article from the scaffold")
    parser.add_argument("title", help="the article's title, in quotes")
    parser.add_argument(
        "--topic",
        required=True,
        help="topic folder under articles/, e.g. mental-health",
    )
    parser.add_argument("--author", default="", help="your key in authors.yml")
    parser.add_argument(
        "--force", action="store_true", help="overwrite an existing file"
    )
    parser.set_defaults(run=run)


def slugify(title: str) -> str:
    """A safe file name: ascii letters, digits and hyphens only (no path tricks)."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > 80:
        # cut at a word boundary ("...still-matters", not "...still-matte")
        cut = slug[:81].rpartition("-")[0]
        slug = cut if cut else slug[:80]
    return slug.rstrip("-")


def topics_of(site: Site) -> list[str]:
    """Topic folder names: folders under the articles folder with an index.md."""
    base = site.root / site.settings.articles_dir
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / "index.md").is_file())


def check_topic(site: Site, topic: str) -> None:
    """Refuse a topic that is not the name of an existing topic folder."""

    topics = topics_of(site)
    none = "(none yet)"
    choose = f"choose one of: {', '.join(topics) or none}"
    if not TOPIC_NAME.match(topic):
        raise UserError(
            "the topic must be a topic folder's name, like 'mental-health', not "
            f"{topic!r}: {choose}"
        )
    if topic not in topics:
        raise UserError(
            f"unknown topic {topic!r}: {choose}; or start it with "
            f'make topic TOPIC={topic} TITLE="Title of the topic" '
            'DESCRIPTION="One sentence about it", then run this command again'
        )


def article_target(site: Site, topic: str, slug: str, *, force: bool = False) -> Path:
    """Where a new article goes; refuses unknown topics, paths and taken names."""

    check_topic(site, topic)
    if slug == "index":
        raise UserError(
            "'index' is the topic page's name: give the article a longer title"
        )
    target = site.root / site.settings.articles_dir / topic / f"{slug}.md"
    if target.exists() and not force:
        raise UserError(
            f"{site.relpath(target)} already exists: choose another title or pass "
            "--force"
        )
    elsewhere = [
        site.relpath(p)
        for p in site.articles()
        if p.stem == slug and p.resolve() != target.resolve()
    ]
    if elsewhere:
        raise UserError(
            f"an article named {slug}.md exists already ({elsewhere[0]}): file names "
            "must be "
            "unique across topics, so choose another title"
        )
    return target


def run(args: argparse.Namespace) -> int:
    from healthkb.cli.commands.check import load_site

    site = load_site(Path(args.root))
    title = " ".join(args.title.split())
    slug = slugify(title)
    if not slug:
        raise UserError(
            f"the title {args.title!r} has no letters or digits to make a file name "
            "from"
        )
    target = article_target(site, args.topic, slug, force=args.force)
    if args.author and args.author not in site.authors:
        raise UserError(
            f"unknown author {args.author!r}: use a key from authors.yml "
            f"({', '.join(site.authors)})"
        )
    if not (site.root / SCAFFOLD).is_file():
        raise UserError(f"the scaffold {SCAFFOLD} is missing: restore it from git")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(site.root),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    today = site.settings.today or date.today()
    try:
        text = env.get_template(SCAFFOLD).render(
            title=title, author=args.author, today=today.isoformat()
        )
    except jinja2.TemplateError as exc:
        raise UserError(
            f"the scaffold {SCAFFOLD} is broken ({exc}): restore it from git"
        ) from exc
    create_site_file(
        site,
        target,
        text,
        overwrite=args.force,
        exists="was created meanwhile: not overwritten",
        next_step="fill in every <<...>> placeholder, then run 'make check'",
    )
    return 0
