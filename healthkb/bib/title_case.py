"""Sentence-case titles as *Citing Medicine* prints them.

NLM capitalises only the first word, proper nouns and acronyms. BibTeX styles lower
everything not braced, which breaks unbraced acronyms (``SARS-CoV-2``, ``STROBE``);
and exporters brace words for their own reasons (Zotero's ``{Symptom} {Onset}``,
Mendeley's ``{{Title.}}``), which would keep Title Case. So:

- a word keeps its case when its shape says it is an acronym or a name written on
  purpose: an inner capital (``SARS-CoV-2``, ``EpiEstim``), a digit, or all capitals
  (``STROBE``) in a title that is not itself in capitals;
- a title written in sentence case is kept as written (its capitals are proper
  nouns the author chose); one in Title Case or ALL CAPS is lowered word by word;
- braces are the author's protection, unless the exporter braced the whole title or
  every capitalised word: then they say nothing and the rules above apply.
"""

from __future__ import annotations

import re

from pybtex.richtext import Protected, Text

_WORD = re.compile(r"[^\s]+")
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "via",
        "vs",
        "with",
    ]
)


def _segments(title: Text) -> list[tuple[str, bool]]:
    """(text, braced) pieces of the decoded title, at the top level."""
    return [(str(part), isinstance(part, Protected)) for part in title.parts]


def _letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha())


def keeps_shape(word: str, capitals_title: bool) -> bool:
    letters = _letters(word)
    if any(ch.isdigit() for ch in word) and letters:
        return True
    if len(letters) >= 2 and letters.isupper():
        return not capitals_title
    # an inner capital: EpiEstim, mRNA, SARS-CoV-2, McDonald (a capital after a
    # hyphen is Title Case, High-Energy, not a name)
    for part in re.split(r"[-\u2010\u2011/]", word):
        part_letters = _letters(part)
        if len(part_letters) >= 2 and part_letters.isupper() and not capitals_title:
            return True
        if any(ch.isupper() for ch in part_letters[1:]):
            return not part_letters.isupper()
    return False


def _is_title_case(words: list[str]) -> bool:
    significant = [
        w for w in words if _letters(w) and _letters(w).lower() not in _SMALL
    ][1:]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if _letters(w)[0].isupper())
    return capitalised / len(significant) > 0.6


def _exporter_braced(segments: list[tuple[str, bool]]) -> bool:
    braced = [text for text, protected in segments if protected]
    if len(segments) == 1 and braced:
        return True  # the whole title in braces
    words = [w for text, _ in segments for w in _WORD.findall(text)]
    capitalised = [w for w in words if _letters(w)[:1].isupper()]
    braced_words = [w for text in braced for w in _WORD.findall(text)]
    return len(braced) >= 2 and len(braced_words) >= len(capitalised) - 1


def sentence_case(title: Text) -> str:
    """The title of *title* (decoded BibTeX text) in NLM sentence case."""
    segments = _segments(title)
    if _exporter_braced(segments):
        segments = [(text, False) for text, _ in segments]
    segments = _subtitle_braces_dropped(segments)
    words = [w for text, braced in segments if not braced for w in _WORD.findall(text)]
    letters = "".join(_letters(w) for w in words)
    capitals_title = len(letters) > 12 and letters.isupper()
    lower_words = capitals_title or _is_title_case(words)
    out: list[str] = []
    first = True
    after_colon = False
    for text, braced in segments:
        if braced:
            out.append(text)
            first = first and not _letters(text)
            after_colon = after_colon and not _letters(text)
            continue
        pieces = re.split(r"(\s+)", text)
        for index, piece in enumerate(pieces):
            if index % 2 or not piece:
                out.append(piece)
                continue
            if not _letters(piece):
                out.append(piece)
                after_colon = after_colon or piece.endswith(":")
                continue
            keep = keeps_shape(piece, capitals_title)
            if first:
                if not keep:
                    lowered = piece.lower() if lower_words else piece
                    piece = _upper_first(lowered)
                first = False
            elif (lower_words or after_colon) and not keep:
                # NLM lowers a subtitle's first word too
                piece = piece.lower()
            after_colon = piece.endswith(":")
            out.append(piece)
    return "".join(out)


def _subtitle_braces_dropped(
    segments: list[tuple[str, bool]],
) -> list[tuple[str, bool]]:
    """Better BibTeX braces a subtitle's first word (``: {{A}} comparison``) to keep
    it capitalised for APA; NLM lowers it, so those braces say nothing."""
    out = list(segments)
    for index, (text, braced) in enumerate(out):
        if not braced or index == 0:
            continue
        before = out[index - 1][0].rstrip()
        single = len(_WORD.findall(text)) == 1 and text.strip() == text
        if before.endswith(":") and single and not keeps_shape(text, False):
            out[index] = (text, False)
    return out


def _upper_first(word: str) -> str:
    for index, ch in enumerate(word):
        if ch.isalpha():
            return word[:index] + ch.upper() + word[index + 1 :]
    return word
