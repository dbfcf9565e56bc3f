"""The ``healthkb`` command: contributor tools that need no Sphinx build."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from healthkb.cli.commands import COMMANDS
from healthkb.cli.errors import UserError
from healthkb.version import __version__

__all__ = ["UserError", "get_parser", "main", "run"]


def get_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="healthkb",
        description="Tools for healthkb editors: check, create and import articles.",
    )
    parser.add_argument(
        "--version", action="version", version=f"healthkb {__version__}"
    )
    parser.add_argument(
        "--root", default=".", help="the site folder (with conf.py); default: here"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = get_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except UserError as exc:
        import sys

        sys.stderr.write(f"healthkb {args.command}: {exc}\n")
        return 2


def run() -> None:
    raise SystemExit(main())
