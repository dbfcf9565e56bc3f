"""Rewrite the text of a draft's paragraphs and list items with a pattern: how
the citation readers (an author-year link, a quoted title, a link to an entry's
page) put a marker where a reference stood."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol


class TextBlock(Protocol):
    kind: str
    line: int
    lines: list[str]


def rewrite_text(
    blocks: list[TextBlock],
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str], int], str],
) -> None:
    """Each match of *pattern* in the paragraphs' and lists' lines replaced by
    *replace* (the match, the block's draft line)."""
    for block in blocks:
        if block.kind not in ("paragraph", "list"):
            continue
        block.lines = [
            pattern.sub(lambda m, b=block: replace(m, b.line), text)
            for text in block.lines
        ]


__all__ = ["TextBlock", "rewrite_text"]
