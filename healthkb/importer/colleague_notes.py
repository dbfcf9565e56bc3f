"""A note from one editor to another left in a draft ("ask Joe if we can use
the photo below", "Check the ECT wording with Natalie", "Side note: remind Sam
to send the table"): a task about the draft, not text for readers. It is told
by its shape: a request verb at its start, a colleague named by first name as
the one to ask or check with, and no full stop at its end or the team's "we"
in it. Advice to readers ("Ask your pharmacist if…", "Ask Dr Shah about…") names
no colleague that way and stays."""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_NOTE = re.compile(
    r"^\W{0,4}(?:(?:side[ \t]+)?note(?:[ \t]+to[ \t]+(?:self|\w+))?[ \t]*[:\-\u2013][ \t]*)?"
    r"(?:ask|check|confirm|remind|ping|email|chase|run[ \t]+(?:this|it)[ \t]+by)\b"
    r"(?P<rest>.{0,160})$",
    re.I,
)
#: the colleague: a first name right after the verb or after "with"/"by"
_COLLEAGUE = re.compile(
    r"(?:^|\b(?:with|by)[ \t]+)(?!(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Nurse|Doctor)\b)"
    r"(?P<name>[A-Z][a-z]{1,20})\b(?![ \t]+[A-Z])"
)
_TEAM = re.compile(r"\b(?:we|us|our|me|I)\b")


def is_colleague_note(text: str) -> bool:
    """*text* (one line) is a note to a colleague about the draft."""
    found = _NOTE.match(text.strip())
    if not found or len(text.split()) > 30:
        return False
    rest = found["rest"].strip()
    if not _COLLEAGUE.search(rest):
        return False
    return not text.rstrip().endswith(".") or bool(_TEAM.search(rest))


def drop_colleague_notes(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """*lines* without editors' notes to each other (listed as removed)."""
    kept: list[Line] = []
    removed: list[Removed] = []
    for n, text in lines:
        if is_colleague_note(text):
            removed.append(
                Removed(n, text.strip(), "a note to a colleague about the draft")
            )
        else:
            kept.append((n, text))
    return kept, removed
