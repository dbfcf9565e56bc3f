"""``healthkb topic new NAME --title ... --description ...``: a topic folder and its
page (the article list and the navigation of its articles), as the shipped topics."""

from __future__ import annotations

import argparse
from pathlib import Path

from healthkb.cli.errors import UserError
from healthkb.cli.new_file import create_site_file
from healthkb.rules.content_rules import html_in_text

TOPIC_PAGE = """# {title}

{description}

```{{article-list}}
:topic: {name}
```

```{{toctree}}
:hidden:
:glob:

*
```
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("topic", help="create a topic folder and its page")
    actions = parser.add_subparsers(dest="action", required=True, metavar="new")
    new = actions.add_parser("new", help="create articles/<name>/index.md")
    new.add_argument("name", help="the folder name, like 'lungs' or 'mental-health'")
    new.add_argument("--title", required=True, help="the topic's title, in quotes")
    new.add_argument(
        "--description", required=True, help="one plain sentence about the topic"
    )
    new.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from healthkb.cli.commands.check import load_site
    from healthkb.cli.commands.new import TOPIC_NAME

    site = load_site(Path(args.root))
    name = args.name.strip()
    if not TOPIC_NAME.match(name):
        raise UserError(
            f"the topic name {name!r} must be lower-case letters, digits and hyphens, "
            "like 'lungs' or 'mental-health' (it becomes the folder and the address)"
        )
    title = " ".join(args.title.split())
    description = " ".join(args.description.split())
    for field, value in (("--title", title), ("--description", description)):
        if not value:
            raise UserError(f"{field} is empty: give the topic's {field[2:]} in quotes")
        if html_in_text("", 1, field, value) or "`" in value or "{" in value:
            raise UserError(f"{field} must be plain text (no HTML, roles or backticks)")
    folder = site.root / site.settings.articles_dir / name
    page = folder / "index.md"
    folder.mkdir(parents=True, exist_ok=True)
    text = TOPIC_PAGE.format(title=title, description=description, name=name)
    create_site_file(
        site,
        page,
        text,
        overwrite=False,
        exists="already exists: the topic is there already",
        next_step=f'now add articles with make new TITLE="..." TOPIC={name}',
    )
    return 0
