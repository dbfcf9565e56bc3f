"""Which pages may hold a table of contents ({toctree}) and what it may list.

Contributed pages are untrusted: a toctree that lists a page above its own (``/*``
or ``../index`` in an article lists the home page, which lists the topic, which
lists the article) makes the site's contents a loop, and sphinxcontrib-bibtex's
walk of the toctree then recurses until the build crashes. So only ``index.md``
pages (the home page and topic pages) hold toctrees, and each entry names a page in
the index's own folder or below it. Every toctree edge then goes from an index to
a page of its folder or deeper, which cannot loop. A refused toctree is blanked
before the build parses the page (:data:`healthkb.rules.markup_rules.NOT_RUN`).
"""

from __future__ import annotations

import posixpath
import re

from healthkb.model import markdown_scan as scan

#: toctree entries Sphinx treats as special or as web addresses
_SPECIAL = frozenset({"self"})
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def toctree_refusal(path: str, block: scan.Block) -> str | None:
    """Why the toctree *block* of the page *path* is refused, or None if it is fine."""
    if posixpath.basename(path) != "index.md":
        return (
            "a table of contents ({toctree}) is only allowed on a topic page "
            "(index.md), which lists its folder's articles for you: remove it "
            "from this page"
        )
    for entry in _entries(block.content):
        why = _entry_refusal(entry)
        if why:
            return (
                f"the table of contents lists '{entry}', {why}: list only pages "
                "in this folder or its sub-folders (e.g. 'my-article' or '*' with "
                "':glob:')"
            )
    return None


def _entries(content: str) -> list[str]:
    """The toctree's entries ("Title <target>" gives target), options left out."""
    entries = []
    for line in content.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith(":"):
            continue
        entries.append(scan.split_title(stripped)[1].strip())
    return entries


def _entry_refusal(entry: str) -> str | None:
    if entry in _SPECIAL:
        return None
    if _SCHEME.match(entry) or entry.startswith("//"):
        return "a web address (a topic page lists pages of the site)"
    if entry.startswith("/"):
        return "which starts at the site's top folder"
    parts = posixpath.normpath(entry).split("/")
    if ".." in parts or ".." in entry.split("/"):
        return "which is above this page's folder"
    if posixpath.normpath(entry).removesuffix(".md") == "index":
        return "which is this page itself"
    return None
