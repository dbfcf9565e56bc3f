"""Which pages may hold a table of contents ({toctree}) and what it may list.

Contributed pages are untrusted: a toctree that lists a page above its own (``/*``
or ``../index`` in an article lists the home page, which lists the topic, which
lists the article) makes the site's contents a loop, and sphinxcontrib-bibtex's
walk of the toctree then recurses until the build crashes. So only ``index.md``
pages (the home page and topic pages) hold toctrees, and each entry names a page in
the index's own folder or below it. Every toctree edge then goes from an index to
a page of its folder or deeper, which cannot loop. Before the build parses the
page, a toctree outside an index is blanked whole; on an index only the refused
entries are, so the topic still lists its articles (blanking the whole block
left them in no toctree, and the build warned about each where check did not).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from healthkb.model import markdown_scan as scan

#: toctree entries Sphinx treats as special or as web addresses
_SPECIAL = frozenset({"self"})
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


@dataclass(frozen=True)
class RefusedEntry:
    """One entry of a topic page's toctree that may not be listed."""

    line: int
    entry: str
    message: str


ONLY_ON_TOPIC_PAGES = (
    "a table of contents ({toctree}) is only allowed on a topic page "
    "(index.md), which lists its folder's articles for you: remove it "
    "from this page"
)


def toctree_refusal(path: str, block: scan.Block) -> str | None:
    """Why the toctree *block* of the page *path* is refused, or None if it is fine
    (on a topic page, the first refused entry's reason)."""
    if not on_topic_page(path):
        return ONLY_ON_TOPIC_PAGES
    refused = refused_entries(block)
    return refused[0].message if refused else None


def on_topic_page(path: str) -> bool:
    """A toctree may stand on this page (the home page or a topic page)."""
    return posixpath.basename(path) == "index.md"


def refused_entries(block: scan.Block) -> list[RefusedEntry]:
    """The entries of a topic page's toctree *block* that are refused, each with
    its file line."""
    refused = []
    for line, entry in _entries(block):
        why = _entry_refusal(entry)
        if why:
            message = (
                f"the table of contents lists '{entry}', {why}: list only pages "
                "in this folder or its sub-folders (e.g. 'my-article' or '*' with "
                "':glob:')"
            )
            refused.append(RefusedEntry(line, entry, message))
    return refused


def _entries(block: scan.Block) -> list[tuple[int, str]]:
    """(file line, target) of each entry ("Title <target>" gives target); the
    options, as ':name:' lines or a '---' block of YAML, are left out."""
    entries = []
    rows = block.content.split("\n")
    in_yaml = bool(rows) and rows[0].strip() == "---"
    for index, row in enumerate(rows):
        stripped = row.strip()
        if in_yaml:
            in_yaml = index == 0 or stripped != "---"
            continue
        if not stripped or stripped.startswith(":"):
            continue
        # the fence's opening line is the block's first line: content starts under it
        entries.append((block.line + 1 + index, scan.split_title(stripped)[1].strip()))
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
