"""Field names an exporter writes with spaces (Web of Science's ``Early Access
Date = {...}``), which BibTeX cannot read: pybtex refuses the whole entry at the
space. Such a name is read with hyphens and a warning, so the entry is not lost.
A later word may be a number, after a no-break space (Scopus writes
``funding_text\u00a01 = {...}``)."""

from __future__ import annotations

import re

#: a field's start on its own line: words separated by single spaces, then "=";
#: only after a line that ends a field or opens the entry (","), so that a wrapped
#: title's next line ("   effects of a = b") is never taken for a name
_SPACED_NAME = re.compile(
    r"(?P<before>,[ \t]*\r?\n[ \t]*)"
    r"(?P<name>[A-Za-z][\w-]*(?:[ \u00a0][A-Za-z0-9][\w-]*)+)(?P<equals>[ \t]*=)"
)


def repaired_field_names(chunk: str) -> tuple[str, list[str]]:
    """*chunk* with each spaced field name hyphenated, and the names changed."""
    changed: list[str] = []

    def hyphenate(match: re.Match[str]) -> str:
        name = match.group("name")
        changed.append(name)
        return (
            match.group("before")
            + re.sub("[ \u00a0]", "-", name)
            + match.group("equals")
        )

    return _SPACED_NAME.sub(hyphenate, chunk), changed
