"""Drop writing-tool chatter and blog-template leftovers from a draft's lines.

The phrases are :data:`healthkb.content_rules.LEFTOVER_PHRASES`, the same list
``healthkb check`` rejects, so anything the importer keeps the check would pass.
"""

from __future__ import annotations

import re

from healthkb.content_rules import LEFTOVER_PHRASES

_PHRASE = re.compile("|".join(re.escape(p) for p in LEFTOVER_PHRASES), re.IGNORECASE)
#: a phrase inside brackets: remove the brackets' content, keep the rest of the line
_BRACKETED = re.compile(
    r"\s*[\(\[][^()\[\]]*(?:"
    + "|".join(re.escape(p) for p in LEFTOVER_PHRASES)
    + r")[^()\[\]]*[\)\]]",
    re.IGNORECASE,
)
#: blog-template trailers: the line and the list under it go
_TRAILER = re.compile(
    r"^\W*(related posts|leave a comment|\d+\s+comments?|share this|you may also like)"
    r"\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+\u2022\u2013]|\d+[.)])\s+")

Line = tuple[int, str]


def strip_chatter(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(kept lines, removed lines), both with their line numbers in the draft."""
    kept: list[Line] = []
    removed: list[Line] = []
    in_trailer = False
    for number, text in lines:
        if _TRAILER.match(text):
            in_trailer = True
            removed.append((number, text))
            continue
        if in_trailer and (not text.strip() or _LIST_ITEM.match(text)):
            if text.strip():
                removed.append((number, text))
            continue
        in_trailer = False
        if not _PHRASE.search(text):
            kept.append((number, text))
            continue
        cleaned = _BRACKETED.sub("", text).rstrip()
        if cleaned.strip() and not _PHRASE.search(cleaned):
            kept.append((number, cleaned))
        else:
            # chatter fills the line ("Okay, here's a draft ..."): drop all of it
            kept.append((number, ""))
        removed.append((number, text))
    return kept, removed
