"""A content system's promotion box pasted with the article: an upper-case label
("HEALTHLINE RESOURCES", "SPONSORED"), a title and a sales line ("Download our
Good Appointment Guide…").  The box goes as a whole, each line listed; a label not
followed by a call to act (under at most one title line) is left alone (an
article's "WARNING SIGNS" heading is no box).
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

#: two to five upper-case words, no sentence: a widget's label
_LABEL = re.compile(
    r"^\W{0,4}[A-Z][A-Z&'\u2019-]{1,20}(?:[ \t]+[A-Z&'\u2019-]{2,20}){0,4}\W{0,4}$"
)
#: the box's reason to exist: get our guide, sign up for our newsletter
_CALL = re.compile(
    r"\b(?:download|get|order|request|grab|claim|sign[ \t]+up[ \t]+for|subscribe[ \t]+"
    r"to|join)[ \t]+(?:our[ \t]+(?:free[ \t]+)?|(?:a|the|your)[ \t]+free[ \t]+)"
    r"(?:[\w-]+[ \t]+){0,4}(?:guide|newsletter|app|e-?book|brochure|checklist|"
    r"toolkit|webinar)\b",
    re.IGNORECASE,
)
_MAX_TITLES = 1


def drop_promos(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines with each promotion box blanked, the box's lines)."""
    kept = list(lines)
    removed: list[Removed] = []
    index = 0
    while index < len(kept):
        number, text = kept[index]
        if not _LABEL.match(text.strip()) or len(text.split()) < 2:
            index += 1
            continue
        end = _box_end(kept, index)
        if end is None:
            index += 1
            continue
        for at in range(index, end + 1):
            n, t = kept[at]
            if t.strip():
                removed.append(Removed(n, t, "a promotion box of the site"))
            kept[at] = (n, "")
        index = end + 1
    return kept, removed


def _box_end(lines: list[Line], start: int) -> int | None:
    """The index of the box's sales line: right under the label, or under one
    title line (no sentence) between them."""
    titles = 0
    for at in range(start + 1, len(lines)):
        text = lines[at][1].strip()
        if not text:
            continue
        if _CALL.search(text):
            return at
        if text.startswith("#") or text[-1] in ".!?" or titles == _MAX_TITLES:
            return None  # article text, or the next section: no box
        titles += 1
    return None
