"""Change a few top-level front-matter fields in place, leaving every other line as
the editor wrote it (comments, order, quoting)."""

from __future__ import annotations

import re

from healthkb.model.front_matter import normalise_text

_KEY = re.compile(r"^(?P<key>[A-Za-z][\w-]*)\s*:")


def front_matter_span(lines: list[str]) -> tuple[int, int] | None:
    """Indexes of the opening and closing ``---`` lines, or None."""
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return 0, i
    return None


def _block(lines: list[str], start: int, end: int, key: str) -> tuple[int, int] | None:
    """The lines [first, last) of *key*'s value: its line and the indented or
    ``- `` lines after it."""
    for i in range(start + 1, end):
        m = _KEY.match(lines[i])
        if m and m.group("key") == key:
            j = i + 1
            while j < end and (
                lines[j].startswith((" ", "- ")) or lines[j].strip() in ("", "-")
            ):
                j += 1
            while j - 1 > i and not lines[j - 1].strip():  # keep blank lines outside
                j -= 1
            return i, j
    return None


def set_fields(text: str, fields: dict[str, list[str]]) -> str:
    """*text* with each key's lines replaced by the given lines (added at the end of
    the front matter when the key is not there yet).

    :raises ValueError: when *text* has no front matter.
    """
    lines = normalise_text(text).split("\n")
    span = front_matter_span(lines)
    if span is None:
        raise ValueError("the file has no front matter between '---' lines")
    for key, new in fields.items():
        start, end = front_matter_span(lines) or span
        found = _block(lines, start, end, key)
        if found is None:
            lines[end:end] = new
        else:
            lines[found[0] : found[1]] = new
    return "\n".join(lines)
