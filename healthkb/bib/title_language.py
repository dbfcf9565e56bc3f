"""Titles in German, whose capitals are the language's own.

Citing Medicine capitalises a title in another language as that language does;
German capitalises every noun, so a German title's capitals are kept as written
(no rule can tell its nouns from Title Case words). A title is German when it
has German function words and none of English's."""

from __future__ import annotations

import re

#: German words that are no English word (so "die" and "im" are left out), nor
#: the Romance languages' ("das" and "des" are Portuguese and French too)
_GERMAN = frozenset(
    """
    und der dem auf zur zum bei mit für fuer über ueber eine einer eines
    einem nach aus vom oder zwischen durch gegen ohne sowie unter wird werden
    ist sind nicht bzw
    """.split()  # noqa: SIM905
)
_ENGLISH = frozenset(
    "the of and for with on to a an is are from by at".split()  # noqa: SIM905
)
_LETTERS = re.compile(r"[^\W\d_]+")


def in_german(text: str) -> bool:
    """Is *text* (a title's plain words) written in German?"""
    words = [w.casefold() for w in _LETTERS.findall(text)]
    german = sum(1 for w in words if w in _GERMAN)
    return german >= 1 and not any(w in _ENGLISH for w in words)
