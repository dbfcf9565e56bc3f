"""A line that names the draft as a file, note or page rather than headlining the
article: "VNS long term - draft for the website (TL, v1)", "QoL article - draft",
"Sleep leaflet v3 (for review)".

Writers' files, note tools (the note's own title) and wikis (the page's title)
put such a name above the headline. It says what the document is and where it
stands in its drafting (draft, a version number, "final", "for review"), which a
headline never does after a dash, a colon or inside brackets. A headline that
only starts with the word ("Draft guidance on vaccines: what changes") is not
one: the state must stand after the name.
"""

from __future__ import annotations

import re

#: where a drafting state stands: after a separator, in brackets, or at the end
_STATE = (
    r"(?:draft|wip|final|revised|v\d{1,2}(?:\.\d{1,2})?|version[ \t]?\d{1,2}"
    r"|rev[ \t]?\d{1,2}|for[ \t]+(?:review|comment|sign-?off|the[ \t]+(?:website|"
    r"site|blog|newsletter)|web|print))"
)
_LABEL = re.compile(
    # "Name - draft …", "Name: draft …", "Name_v2"
    rf"^\S.{{0,80}}?(?:[ \t][-\u2013\u2014:|][ \t]|_)(?i:{_STATE})\b"
    # "Name (TL, v1)", "Name [draft]"
    rf"|^\S.{{0,80}}?[(\[][^()\[\]]{{0,30}}\b(?i:{_STATE})\b[^()\[\]]{{0,30}}[)\]]"
    # "Name draft 2", "Name v3", "Name final"
    rf"|^\S.{{0,80}}?[ \t](?i:draft(?:[ \t]\d{{1,2}})?|v\d{{1,2}}(?:\.\d{{1,2}})?|final)$"
)


def is_draft_label(text: str) -> bool:
    """*text* (one line, emphasis removed) names the draft and its drafting state,
    not the article: no sentence, a state after the name."""
    text = " ".join(text.split())
    return (
        0 < len(text) <= 120
        and not re.search(r"[.!?]$", text)
        and bool(_LABEL.match(text))
    )


__all__ = ["is_draft_label"]
