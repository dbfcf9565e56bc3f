"""A value typed bare that BibTeX cannot read: a page range with no quotes or
braces (``pages =  627-636``, hand-written files that quote their other fields).
BibTeX takes a bare word for a macro name, and a macro name cannot hold a hyphen,
so pybtex refuses the whole entry there. A careful reader takes the range as the
pages it plainly is, braces it and warns the editor to brace it in the file."""

from __future__ import annotations

import re

#: ``name = 627-636,`` (or ``--``, or an en dash): a field's bare number range,
#: after the "=" and before the "," or "}" that ends the field; letters before
#: the numbers are allowed only as a page prefix ("e101-e110", "S12-S19")
_BARE_RANGE = re.compile(
    r"(?P<before>[,{(][ \t]*\r?\n?[ \t]*(?P<name>[A-Za-z][\w-]*)[ \t]*=[ \t]*)"
    r"(?P<value>[A-Za-z]?\d+[ \t]*(?:-{1,2}|\u2013)[ \t]*[A-Za-z]?\d+)"
    r"(?P<after>[ \t]*(?:,|\r?\n[ \t]*[})]|[})]))"
)


def repaired_bare_ranges(chunk: str) -> tuple[str, list[tuple[str, str]]]:
    """*chunk* with each bare number range braced, and the (field, value) changed."""
    changed: list[tuple[str, str]] = []

    def brace(match: re.Match[str]) -> str:
        changed.append((match.group("name"), match.group("value")))
        return (
            match.group("before")
            + "{"
            + match.group("value")
            + "}"
            + match.group("after")
        )

    return _BARE_RANGE.sub(brace, chunk), changed
