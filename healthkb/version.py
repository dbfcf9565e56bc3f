"""healthkb's version, and a hash of its own code for Sphinx's environment version.

``__version__`` changes only at a release, but a saved environment (doctrees, the
per-document article data) was made by the code that read it: after an edit to
healthkb, an old environment could hold data of an older shape, or pages drawn by
older code. :func:`code_hash` covers every file of the package Sphinx runs
(modules, templates, static files), so any change to them starts a fresh read.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__version__ = "0.1.0"

PACKAGE = Path(__file__).resolve().parent
#: what a build runs or copies: code, templates, scripts and styles
_SUFFIXES = {".py", ".html", ".js", ".css", ".jinja"}


def tree_hash(folder: Path) -> str:
    """A short hash of the code files under *folder*: their paths and bytes."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if (
            path.suffix in _SUFFIXES
            and path.is_file()
            and "__pycache__" not in path.parts
        ):
            digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


@cache
def code_hash() -> str:
    """:func:`tree_hash` of the installed package, once per process (about 100
    small files, a few milliseconds)."""
    return tree_hash(PACKAGE)
