"""The one character normalisation of the chatter detector's layers.

:func:`healthkb.rules.chatter.normalise` (the patterns) and
:func:`healthkb.rules.chatter_speech.clean` (the speech-act cues) each take a line
to its words: both start here, so that a curly apostrophe, a typographic quotation
mark or a capital means the same to every layer.
"""

from __future__ import annotations

#: longest line looked at: chatter is short; a longer line is cut, not skipped
MAX_LINE = 2000

_CHARACTERS = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)


def straighten(text: str) -> str:
    """*text* cut to :data:`MAX_LINE`, apostrophes and quotation marks straight
    (one character for one: a position in it is a position in *text*; a backtick
    is kept, a MyST role's target is read by it)."""
    return text[:MAX_LINE].translate(_CHARACTERS)


def fold(text: str) -> str:
    """:func:`straighten`, casefolded."""
    return straighten(text).casefold()


__all__ = ["MAX_LINE", "fold", "straighten"]
