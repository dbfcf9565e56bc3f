"""Markdown footnotes that are a draft's sources (``…in 12 months [^1].`` and
``[^1]: Rush AJ, et al. … 2006.``): the site has no footnotes (they would take the
references' numbers), so when every definition reads as a source they become the
numbered markers and list the draft parser already cites and matches, ``[1]`` and
``[1] Rush AJ…``, under a "References" heading unless one is already above them.
Footnotes that are notes, not sources, are left for the check to report."""

from __future__ import annotations

import re

Line = tuple[int, str]

_DEFINITION = re.compile(r"^\s{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?P<text>.*)$")
_MARKER = re.compile(r"\[\^(?P<label>[^\]\s]{1,40})\](?!:)")
#: what a source has and a note rarely does: a year, a DOI, PMID or web address
_SOURCE_SIGN = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b10\.\d{4,9}/|\bpmid\b|https?://|www\.", re.I
)
_SOURCES_HEADING = re.compile(
    r"^\W{0,6}(?:references?|sources?|bibliography|works cited|citations?|notes)"
    r"\W{0,4}$",
    re.I,
)


def footnotes_as_sources(lines: list[Line]) -> list[Line]:
    """*lines* with source footnotes as numbered markers and a numbered list."""
    definitions = [
        (i, found) for i, (_, t) in enumerate(lines) if (found := _DEFINITION.match(t))
    ]
    if not definitions or not all(
        _SOURCE_SIGN.search(found["text"]) for _, found in definitions
    ):
        return lines
    numbers: dict[str, int] = {}
    for _, found in definitions:
        numbers.setdefault(found["label"], len(numbers) + 1)
    first = definitions[0][0]
    converted: list[Line] = []
    for index, (number, text) in enumerate(lines):
        definition = _DEFINITION.match(text)
        if definition:
            text = f"[{numbers[definition['label']]}] {definition['text'].strip()}"
        else:
            text = _MARKER.sub(
                lambda m: f"[{numbers[m['label']]}]" if m["label"] in numbers else m[0],
                text,
            )
        if index == first and not _heading_above(lines, first):
            converted += [(number, ""), (number, "## References"), (number, "")]
        converted.append((number, text))
    return converted


def _heading_above(lines: list[Line], index: int) -> bool:
    """A sources heading is the last non-blank line above *index*, or above the
    definitions that run up to it."""
    for _, text in reversed(lines[:index]):
        if not text.strip() or _DEFINITION.match(text):
            continue
        return bool(_SOURCES_HEADING.match(text.strip()))
    return False
