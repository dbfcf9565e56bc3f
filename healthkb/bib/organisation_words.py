"""The words that make a name a body's ("Agency", "Institute", "Bureau"): one list
for the source rules, the field readers and the name-list reader (each imported
it from the source rules, which import the field readers: a cycle)."""

from __future__ import annotations

import re

ORGANISATION_WORDS = re.compile(
    r"\b(organi[sz]ation|institute|institutes|association|agency|council|society|"
    r"committee|collaboration|consortium|group|foundation|ministry|department|"
    r"centers?|centres?|office|service|board|commission|network|federation|"
    r"college|university|alliance|programme|program|task force|panel|unit|team|"
    r"collaborators|investigators|working party|authority|administration|"
    r"bureau|secretariat|directorate|clinic|clinics|hospital|hospitals)\b",
    re.IGNORECASE,
)


def names_an_organisation(text: str) -> bool:
    """Does *text* have a word that names a body ("Agency", "Institute")?"""
    return bool(ORGANISATION_WORDS.search(text))
