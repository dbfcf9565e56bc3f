"""A chat assistant's page copied whole with an artifact (Claude's side panel): the
artifact's card above its text and the page's footer under the answer are not the
article.

Claude shows an artifact as a card, its title over its kind ("Looking after
yourself …" then "Document "), and the artifact's own text starts with the same
title as its headline. Under the answer stand the page's buttons, its "Claude can
make mistakes" disclaimer (a link, sometimes split over two lines), the project's
name and the model's ("Health site drafts", "Sonnet 4.5").
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed
from healthkb.rules.chatter import find_certain_chatter

Line = tuple[int, str]

#: the kinds an artifact card names under its title ("Code · PYTHON")
_CARD_KIND = re.compile(
    r"^\W{0,4}(?:document|code|artifact|interactive[ \t]+artifact|diagram|markdown|"
    r"html|react|svg|mermaid)(?:[ \t]*[\u00b7\u2022\u2219|-][ \t]*[\w.+ -]{1,30})?[ \t]*$",
    re.IGNORECASE,
)
#: how far down the card may stand (under the assistant's opener)
_CARD_LINES = 12
#: the chat page's disclaimer under every answer
_DISCLAIMER = re.compile(
    r"\b(?:claude|chatgpt|gemini|copilot|perplexity)[ \t]+(?:is[ \t]+ai[ \t]+and[ \t]+)?"
    r"can[ \t]+make[ \t]+mistakes\b|^\W{0,4}consider[ \t]+checking[ \t]+important[ \t]+"
    r"information\b",
    re.IGNORECASE,
)
#: what may stand under the disclaimer: the project's and model's names, buttons
_FOOTER_WORDS = 4


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _footer_line(text: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped.split()) <= _FOOTER_WORDS
        and stripped[-1] not in ".!?:"
        and not re.match(r"^(?:[-*+]|\d+[.)]|#)", stripped)
    )


#: how long the assistant's message after the artifact may be, in lines
_CLOSING_LINES = 20


def _closing_message(lines: list[Line], artifact: list[int]) -> dict[int, str]:
    """The assistant's message after the artifact's text ("I've created the
    article as a document. Here's what I included:" and its list): from the first
    line of certain chatter to the end, when no heading stands in it (the
    artifact's text has its sections; the message has none)."""
    start = next(
        (
            k
            for k, i in enumerate(artifact)
            if find_certain_chatter(lines[i][1], whole_line=True)
        ),
        None,
    )
    if start is None:
        return {}
    rest = artifact[start:]
    if len(rest) > _CLOSING_LINES or any(
        lines[i][1].lstrip().startswith("#") for i in rest
    ):
        return {}
    return {i: "the assistant's message after the artifact" for i in rest}


def drop_artifact_page(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines without an artifact's card and the chat page's footer, what was
    removed). A draft without a card whose title the next line repeats, or
    without the chat page's disclaimer, comes back as it is."""
    filled = [i for i, (_, t) in enumerate(lines) if t.strip()]
    drop: dict[int, str] = {}
    for k in range(1, min(len(filled) - 1, _CARD_LINES)):
        title, kind, below = (lines[filled[j]][1] for j in (k - 1, k, k + 1))
        if _CARD_KIND.match(kind) and _words(title) == _words(
            below.lstrip().lstrip("#")
        ):
            drop[filled[k - 1]] = "an artifact's card: its title (the text repeats it)"
            drop[filled[k]] = "an artifact's card: its kind"
            drop |= _closing_message(lines, filled[k + 1 :])
            break
    disclaimer = max(
        (k for k, i in enumerate(filled) if _DISCLAIMER.search(lines[i][1])),
        default=None,
    )
    if disclaimer is not None:
        # the disclaimer's link may go on over the next line ("Please
        # double-check responses.](…)"): the footer starts after the link ends
        after = filled[disclaimer + 1 :]
        if (
            after
            and "](" in lines[after[0]][1]
            and "](" not in lines[filled[disclaimer]][1]
        ):
            after = after[1:]
        if after and all(_footer_line(lines[i][1]) for i in after):
            for i in after:
                drop.setdefault(
                    i, "a chat page's footer: the project's or model's name"
                )
    if not drop:
        return lines, []
    kept = [(n, "" if i in drop else t) for i, (n, t) in enumerate(lines)]
    removed = [
        Removed(lines[i][0], lines[i][1], why) for i, why in sorted(drop.items())
    ]
    return kept, removed


__all__ = ["drop_artifact_page"]
