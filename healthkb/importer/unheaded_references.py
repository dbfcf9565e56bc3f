"""A reference list with no heading over it: the lines "[1] LivaNova. …",
"[2] Conway CR, et al. …" under the article's last paragraph, numbered from 1 as
the text's own markers ("… with real stimulation. [1]") number them.

A writer who types the list in an email or a plain note often leaves out the
"References" heading; read as text, the lines run into one paragraph and the
markers point at nothing. The block is read as a sources section when every line
of it starts with its number in brackets, the numbers run 1, 2, 3 …, each line is
a reference's length (a few words), and the text above uses those markers. The
heading the writer left out is put in, on the list's first line.
"""

from __future__ import annotations

import re

Line = tuple[int, str]

_NUMBERED = re.compile(r"^[ \t]{0,3}\[(\d{1,3})\][ \t]+\S")
_MARKER = re.compile(r"\[(\d{1,3})(?:[,\u2013-]\d{1,3})*\]")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]")


def _blocks(lines: list[Line]) -> list[list[int]]:
    blocks: list[list[int]] = []
    current: list[int] = []
    for index, (_, text) in enumerate(lines):
        if text.strip():
            current.append(index)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def head_reference_lists(lines: list[Line]) -> list[Line]:
    """*lines* with a "References" heading over each unheaded bracket-numbered
    list the text above cites."""
    out = list(lines)
    inserted = 0
    for block in _blocks(lines):
        numbers = [
            int(found[1]) for i in block if (found := _NUMBERED.match(lines[i][1]))
        ]
        if len(numbers) != len(block) or numbers != list(range(1, len(block) + 1)):
            continue
        if any(len(lines[i][1].split()) < 5 for i in block):
            continue
        first = block[0]
        above = [t for _, t in lines[:first] if t.strip()]
        if not above or _HEADING.match(above[-1]):
            continue  # the list under its own heading already, or no text at all
        cited = {int(found[1]) for text in above for found in _MARKER.finditer(text)}
        if not cited & set(numbers):
            continue
        number = lines[first][0]
        at = first + inserted
        out[at:at] = [(number, ""), (number, "## References")]
        inserted += 2
    return out


__all__ = ["head_reference_lists"]
