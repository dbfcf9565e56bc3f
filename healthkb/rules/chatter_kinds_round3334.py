"""Kinds of chatter the independent rounds 33 and 34 showed the patterns lacked,
kept to the few that are general classes (the rest is the learnt layer's: its
frames in :mod:`.chatter_model_features`).

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: a readability checker's verdict on the share of the
text's sentences or paragraphs against its recommended limit, its praise after a
verdict on the text, an interface's untranslated message key, and a newsletter
box's promise. Every pattern is bounded and anchored or starts with a literal, so
a line is scanned in linear time.
"""

from __future__ import annotations

#: the units of a text a readability checker counts
_UNITS = (
    r"(?:sentences?|paragraphs?|subheadings?|headings?|words?|text|copy|"
    r"images?|links?|title|meta description|keyphrase|transition words|"
    r"active voice|passive voice)"
)

_ROUND3334: tuple[tuple[str, str], ...] = (
    (
        "a writing checker's message",
        # a share of the text against the checker's limit: "31% of the sentences
        # contain transition words, which is well above the recommended 30%"
        r"\bof the (?:sentences|paragraphs|subheadings|words)\b[^!?]{0,80}?\b"
        r"(?:contain|contains|are|is|have|use)\b[^!?]{0,80}?\bthe recommended "
        r"(?:maximum|minimum|\d)|"
        # its praise after a verdict on the text: "None of the paragraphs are too
        # long. Great job!", "There is enough variety in your sentences. That's
        # great!"
        r"\b" + _UNITS + r"\b[^!?]{0,80}?[.!] (?:great|good|nice) job!?$|"
        r"\b" + _UNITS + r"\b[^!?]{0,80}?[.!] (?:that's|this is) (?:great|good)!?$|"
        # "None of the paragraphs are too long.", "Not enough content to require
        # subheadings."
        r"^\W{0,3}none of the (?:sentences|paragraphs|subheadings) (?:are|is) too "
        r"(?:long|short)\b|"
        r"^\W{0,3}not enough (?:content|text|words) to (?:require|need|have|use)\b",
    ),
    (
        "page furniture",
        # a message key a site's template left untranslated:
        # "##plugins.themes.bootstrap3.article.main##"
        r"^##[a-z][\w-]{0,40}(?:\.[\w-]{1,40}){2,8}##$|"
        # a newsletter box's promise: "... emails once a month - no spam, no
        # nonsense", "Don't want to get these emails? Unsubscribe here."
        r"\bno spam, no (?:nonsense|fluff|junk)\b|"
        r"\b(?:e-?mails?|newsletters?)\b[^.!?]{0,60}\bno spam\b|"
        r"\bunsubscribe here\b",
    ),
)

__all__ = ["_ROUND3334"]
