"""``healthkb serve``: a live preview that keeps the site in memory between saves."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("serve", help="preview the site; pages reload on save")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--builddir", default="_build", help="default: _build")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from healthkb.preview.server import serve

    root = Path(args.root).resolve()
    build = root / args.builddir
    serve(root, build / "html", build / ".doctrees", args.host, args.port)
    return 0
