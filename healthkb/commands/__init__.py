"""One module per ``healthkb`` sub-command, each with ``add_parser(subparsers)``."""

from __future__ import annotations

from healthkb.commands import check, import_draft, keywords, new, reviews, serve

COMMANDS = (check, new, import_draft, keywords, reviews, serve)
