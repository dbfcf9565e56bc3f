"""A headline typed in capitals ("GOING BACK TO WORK AFTER DEPRESSION"), written in
the site's sentence case.

An email or a plain-text draft has no heading style, so a writer marks the
headline with capitals. The site's titles are in sentence case. Each word is
written as the draft's own text writes it inside a sentence: an acronym the text
writes in capitals ("VNS") stays so, a name it capitalises ("London") keeps its
capital, any other word is lower case; the first word starts with a capital.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['\u2019-][^\W_]+)*")
#: enough letters to tell a headline in capitals from an acronym standing alone
_MIN_LETTERS = 8


def in_capitals(title: str) -> bool:
    """The title is typed in capitals: two or more words, no lower-case letter."""
    letters = [c for c in title if c.isalpha()]
    return (
        len(letters) >= _MIN_LETTERS
        and len(_WORD.findall(title)) >= 2
        and all(c.isupper() for c in letters)
    )


def _forms_in(text: str) -> dict[str, str]:
    """How the text writes each word inside its sentences (a sentence's first word
    only when it is an acronym, "COPD makes …"): capitals and capitalised forms
    win over lower case."""
    forms: dict[str, str] = {}
    for sentence in re.split(r"(?<=[.!?:])\s+|\n+", text):
        for index, word in enumerate(_WORD.findall(sentence)):
            key = word.casefold()
            acronym = word.isupper() and len(word) >= 2
            capitalised = word[:1].isupper() and not forms.get(key, "").isupper()
            if acronym or (index > 0 and capitalised):
                forms[key] = word
            elif index > 0:
                forms.setdefault(key, word.lower())
    return forms


def sentence_case(title: str, text: str) -> str:
    """*title* (in capitals) in sentence case, each word as *text* writes it."""
    forms = _forms_in(text)
    first = True

    def word(found: re.Match[str]) -> str:
        nonlocal first
        written = forms.get(found[0].casefold(), found[0].lower())
        if first:
            first = False
            return written[:1].upper() + written[1:]
        return written

    return _WORD.sub(word, title)


__all__ = ["in_capitals", "sentence_case"]
