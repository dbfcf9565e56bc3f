"""Which site files changed since the last look (polling: no extra dependency)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: folders that are never site sources
_SKIP_DIRS = {
    ".venv",
    "_build",
    ".git",
    "tests",
    "benchmarks",
    "__pycache__",
    "node_modules",
}
#: what the warm application re-reads by itself on a save: documents and static files.
#: Anything else (conf.py, templates, the extension's code, the .bib files and
#: authors.yml, which are parsed once per application) starts a new application.
_WARM_SUFFIXES = (".md", ".rst")
_WARM_PREFIXES = ("_static/",)


@dataclass(frozen=True)
class Changes:
    paths: tuple[str, ...]
    restart: bool


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every watched file's (mtime_ns, size), keyed by its path relative to *root*."""
    found: dict[str, tuple[int, int]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        dirnames[:] = [
            d
            for d in dirnames
            if d not in _SKIP_DIRS
            and not d.startswith(".")
            and not d.endswith(".egg-info")
        ]
        for name in filenames:
            if name.startswith(".") or name.endswith((".pyc", "~", ".swp")):
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError:  # removed while we looked
                continue
            key = name if rel == "." else f"{rel}/{name}".replace(os.sep, "/")
            found[key] = (st.st_mtime_ns, st.st_size)
    return found


def diff(
    before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]
) -> Changes:
    changed = sorted(
        k for k in before.keys() | after.keys() if before.get(k) != after.get(k)
    )
    restart = not all(
        p.endswith(_WARM_SUFFIXES) or p.startswith(_WARM_PREFIXES) for p in changed
    )
    return Changes(tuple(changed), restart)
