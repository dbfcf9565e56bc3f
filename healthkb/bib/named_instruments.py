"""A test or scale named after the person who made it ("Mullen Scales of Early
Learning", "Beck Depression Inventory", "Wechsler Adult Intelligence Scale"):
in a Title Case title the words from the surname to the instrument's head, and
a following "of ..." that completes it, are its name, which Citing Medicine
keeps. The surname must be the work's own author's (a manual cited as a book):
an eponym alone ("Poisson Test") is as often a method as a named instrument."""

from __future__ import annotations

from healthkb.bib.title_words import SMALL_WORDS, bare_word, word_letters

#: the last word of an instrument's name
INSTRUMENT_HEADS = _HEADS = frozenset(
    """
    scale scales inventory questionnaire test tests battery index checklist
    schedule interview
    """.split()  # noqa: SIM905
)
#: words a name may run over from its surname to its head
_LONGEST = 4


def _capitalised(word: str) -> bool:
    return word_letters(word)[:1].isupper()


def instruments_named_for(words: list[str], surnames: frozenset[str]) -> set[int]:
    """Indices of the words of instruments named after one of *surnames*."""
    named: set[int] = set()
    for start, word in enumerate(words):
        if bare_word(word) not in surnames or word.endswith((":", ".", ",")):
            continue
        head = -1
        for index in range(start + 1, min(len(words), start + 2 + _LONGEST)):
            if not _capitalised(words[index]):
                break
            if word_letters(words[index]).lower() in _HEADS:
                head = index
                break
            if words[index].endswith((":", ".", ";", ",")):
                break
        if head < 0:
            continue
        end = head
        # "Scales of Early Learning": what the instrument measures completes it
        if (
            not words[head].endswith((":", ".", ";", ","))
            and head + 2 < len(words)
            and word_letters(words[head + 1]).lower() in ("of", "for")
        ):
            for index in range(head + 2, len(words)):
                letters = word_letters(words[index])
                if not letters or not (
                    _capitalised(words[index]) or letters.lower() == "and"
                ):
                    break
                if letters.lower() in SMALL_WORDS - {"and"}:
                    break
                end = index
                if words[index].endswith((":", ".", ";", ",")):
                    break
        named.update(range(start, end + 1))
    return named
