"""One module per ``healthkb`` sub-command, each with ``add_parser(subparsers)``."""

from __future__ import annotations

from healthkb.cli.commands import (
    check,
    import_draft,
    keywords,
    move,
    new,
    review,
    reviews,
    serve,
    source,
    topic,
)

COMMANDS = (
    check,
    new,
    topic,
    import_draft,
    keywords,
    reviews,
    review,
    move,
    source,
    serve,
)
