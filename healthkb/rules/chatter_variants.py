"""A line's plain form: the wording variations chatter comes in, undone.

The same leftover turns up as ``- Share this``, ``1. Share this``, ``## Share
this``, ``> Share this``, ``*Share* this``, ``✨ Share this 😊`` or ``Shaer this``.
:func:`plain_form` takes off what a list, a heading, a quotation, emphasis or an
emoji adds around the words, and mends a one-letter typo in a word the detector
keys on (two letters swapped, one missing or one extra, keeping the word's first
and last letters), so that every layer of :mod:`healthkb.rules.chatter` judges the
words themselves.  :func:`healthkb.rules.chatter.find_chatter` tries the line as
written first, then its plain form, so a form that needs the decoration
("## Page 17") is still found and no line is judged by less than it was.

``benchmarks/chatter_variants.py`` measures the effect: each variation applied to
every chatter line found and to every prose line of the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: what a list item, a heading or a quotation puts in front of a line
_LEAD = re.compile(
    r"^(?:\s*(?:#{1,6}|>|[-*+\u2022\u00b7\u2023\u2043\u25aa\u25e6\u2013\u2014]|"
    r"\(?\d{1,3}[.)]|\(?[a-h][.)])(?=\s)\s*)+"
)
#: pictographs, dingbats, variation selectors and joiners (not the archive
#: triangles and arrows of a page, U+25B6.., which some furniture is made of)
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]+"
)
#: single or double emphasis marks around words: ``*Share*``, ``_Next_``
_EMPHASIS = re.compile(
    r"(?<![\w*_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*_])"
)
#: a word to mend: no key word is longer than 30 letters
_TOKEN = re.compile(r"(?<![A-Za-z])[A-Za-z]{6,30}(?![A-Za-z])")
#: contractions written without their apostrophe that are no other word ("lets",
#: "wont", "ill" are, and stay)
_CONTRACTIONS = {
    word.replace("'", "").lower(): word
    for word in (
        "I've",
        "I'm",
        "here's",
        "there's",
        "that's",
        "what's",
        "you'd",
        "you've",
        "you're",
        "you'll",
        "we've",
        "don't",
        "can't",
        "couldn't",
        "didn't",
        "doesn't",
        "isn't",
        "wasn't",
        "wouldn't",
        "shouldn't",
        "haven't",
    )
}
_CONTRACTION = re.compile(
    # "Ive"/"Im" in any capitals but "IM" (intramuscular) and "Id"
    r"\b(?:(?-i:Ive|ive|Im|im)|"
    + "|".join(w for w in _CONTRACTIONS if w not in ("ive", "im"))
    + r")\b",
    re.IGNORECASE,
)
#: words the detector keys on are at least this long to be mended: shorter words
#: are one letter from too many others
_MIN_TYPO_LENGTH = 6


def plain_form(text: str, vocabulary: frozenset[str]) -> str:
    """*text* without list, heading or quotation marks in front, emphasis marks
    and emoji, with apostrophe-less contractions and one-letter typos of
    *vocabulary*'s words mended."""
    line = text[:2000]
    # each step only where it can change something: most lines are plain already
    if not line.isascii():
        line = _EMOJI.sub(" ", line)
    line = _LEAD.sub("", line)
    if "*" in line or "_" in line:
        line = _EMPHASIS.sub("", line)
    line = " ".join(line.split())
    line = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(0).lower()], line)
    return _TOKEN.sub(lambda m: _mend(m.group(0), vocabulary), line)


@lru_cache(maxsize=65536)
def _mend(word: str, vocabulary: frozenset[str]) -> str:
    lower = word.lower()
    if lower in vocabulary:
        return word
    index = _typo_index(vocabulary)
    keys = [lower, *(lower[:i] + lower[i + 1 :] for i in range(1, len(lower) - 1))]
    # a typo keeps the first and last letters ("Pintreest", "Follwoers"); a real
    # word one letter from a key word mostly does not ("poster", "posted")
    hits = {
        hit
        for key in keys
        if (hit := index.get(key)) is not None
        and hit[0] == lower[0]
        and hit[-1] == lower[-1]
        and _one_edit(lower, hit)
    }
    if len(hits) != 1:
        return word  # none, or two words it could be a typo of
    hit = hits.pop()
    if word.isupper():
        return hit.upper()
    return hit.capitalize() if word[0].isupper() else hit


def _one_edit(a: str, b: str) -> bool:
    """Whether *a* and *b* differ by one letter added or dropped, or two neighbours
    swapped (the symmetric-deletion keys also pair words two apart).  Not one
    letter changed: that pairs real words ("waiting", "writing")."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


@lru_cache(maxsize=4)
def _typo_index(vocabulary: frozenset[str]) -> dict[str, str]:
    """Each key word, and each of its deletions of one inner letter, to the word
    (symmetric deletion: a swap, a missing or an extra letter shares a key)."""
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in sorted(vocabulary):
        if len(word) < _MIN_TYPO_LENGTH:
            continue
        for key in {word, *(word[:i] + word[i + 1 :] for i in range(1, len(word) - 1))}:
            if index.setdefault(key, word) != word:
                ambiguous.add(key)  # two key words one letter apart: mend neither
    for key in ambiguous:
        index.pop(key, None)
    return index


def pattern_words(sources: Iterable[str]) -> frozenset[str]:
    """The whole words spelt out in regular expressions (``share|shares``), the
    vocabulary the phrase patterns key on."""
    words: set[str] = set()
    for source in sources:
        plain = re.sub(r"\\[A-Za-z]|\[[^\]]*\]|\{[^}]*\}|\(\?[^:)]{0,3}", " ", source)
        words.update(
            w
            for w in re.findall(r"(?<![a-z'])[a-z]{6,}(?![a-z'])", plain)
            if w.isalpha()
        )
    return frozenset(words)


__all__ = ["pattern_words", "plain_form"]
