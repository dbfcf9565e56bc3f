"""Where a list ends in a plain-text draft that puts no blank line after it:

    • 13.0% at step 4
    Across all four steps, about 67% of people reached remission.

Markdown would carry the second line on as the item's ("lazy continuation"), but a
.txt draft has no such rule: a writer there wraps a long item by hand, at a
line's usual width (about 60 to 80 characters), or indents the rest. A line that
starts at the margin with a capital after an item that was not wrapped so (short,
or longer than a wrapped line) is the next paragraph.
"""

from __future__ import annotations

#: the widths a hand-wrapped line stops at
_WRAPPED = range(55, 81)


def ends_the_list(path: str, previous: str, line: str) -> bool:
    """*line*, right under the list item line *previous*, starts a paragraph."""
    return (
        path.lower().endswith(".txt")
        and line[:1].isupper()
        and len(previous.strip()) not in _WRAPPED
    )


__all__ = ["ends_the_list"]
