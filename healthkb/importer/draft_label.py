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

#: a drafting state: the words a writer puts after a document's name
_STATE = (
    r"(?:draft|wip|final|revised|v\d{1,2}(?:\.\d{1,2})?|version[ \t]?\d{1,2}"
    r"|rev[ \t]?\d{1,2}|for[ \t]+(?:review|comment|sign-?off|the[ \t]+(?:website|"
    r"site|blog|newsletter)|web|print))"
)
#: after a separator the state ends the name, or a version, an audience or a
#: bracket follows it: "- draft", "- draft 2", "- draft for the website (TL)", not
#: the headline "Weight-loss jabs: draft guidance published"
_STATE_ENDS = r"(?=$|[ \t]*[(\[,;]|[ \t]+(?:v\d|\d|for\b|version\b))"
_LABEL = re.compile(
    # "Name - draft …", "Name: draft 2", "Name_v2"
    rf"^\S.{{0,80}}?(?:[ \t][-\u2013\u2014:|][ \t]|_)(?i:{_STATE}){_STATE_ENDS}"
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
