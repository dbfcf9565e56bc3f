"""A source line the parser cannot read may still hold an entry's whole title
among its other words ("Title (Int J Neuropsychopharmacol 2026)", "Conway CR,
et al. (2018) Title. Journal 79(5)."): that names the entry. Titles are compared
as letters and digits only; a short title ("Depression") could stand inside any
line, so only a title of some length counts, and only when one entry's does (a
title that is part of another entry's longer title, also there, is not it)."""

from __future__ import annotations

from healthkb.bib.match import normalised_title

#: letters and digits a title needs before its presence in a line names it
_MIN_LETTERS = 30


def entry_titled_in(text: str, existing: dict[str, dict[str, str]]) -> str:
    """The key of the one entry whose whole title stands in *text*, or ""."""
    line = normalised_title(text)
    found = {
        key: title
        for key, fields in existing.items()
        if len(title := normalised_title(fields.get("title", ""))) >= _MIN_LETTERS
        and title in line
    }
    # a title inside a longer one that also stands there is the longer one's part
    whole = [
        key
        for key, title in found.items()
        if not any(title != other and title in other for other in found.values())
    ]
    return whole[0] if len(whole) == 1 else ""
