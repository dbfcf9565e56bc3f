"""Markdown reference links ("[text][3]" with "[3]: https://…" further down), as
a page copied to text or a Markdown editor writes them, read as inline links
"[text](https://…)" so the link (a paper's DOI) is read where it stands; the
definition lines are no text and go (listed). A "[3]" with no definition and
"[1] Smith J…" source lines are left alone."""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_DEFINITION = re.compile(
    r"^[ ]{0,3}\[(?P<label>[^\]\n]{1,40})\]:[ \t]*<?(?P<url>\S+?)>?(?:[ \t]+[\"'(].*)?$"
)
_USE = re.compile(r"\[(?P<text>[^\[\]\n]{1,300})\][ \t]?\[(?P<label>[^\[\]\n]{1,40})\]")


def resolve_reference_links(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """*lines* with reference links made inline and their definitions removed."""
    targets = {
        found["label"].casefold(): found["url"]
        for _, text in lines
        if (found := _DEFINITION.match(text))
    }
    if not targets:
        return lines, []

    def inline(found: re.Match[str]) -> str:
        url = targets.get(found["label"].casefold())
        return f"[{found['text']}]({url})" if url else found[0]

    if not any(_USE.search(t) for _, t in lines):
        return lines, []
    kept: list[Line] = []
    removed: list[Removed] = []
    for n, text in lines:
        if _DEFINITION.match(text):
            removed.append(
                Removed(n, text.strip(), "a link's address (now in its link)")
            )
            continue
        kept.append((n, _USE.sub(inline, text)))
    # a link text broken over two lines ("[Cookie\nPolicy][3]") stays as text
    return kept, removed
