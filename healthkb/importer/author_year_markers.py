"""Author-year citations in the text ("(Aaronson et al., 2017)", "(Rush and
Fava, 2006)", "(Conway 2018)") read as markers of the listed sources: the
source whose line starts with that family name and holds that year is the one
meant, and "[n]" takes the citation's place. One that names no listed source,
or more than one, stays as it is written.

A list whose sources are numbered in brackets ("(1) Aaronson ST …", "(2) …") is
cited in the text the same way: "got better (1)." and "(1, 2)" at a sentence's end
are its markers, written "[1]", "[1, 2]". Only numbers the list has count, and only
where a marker stands (after a word, before a stop or the line's end): "(1) first
… (2) then …" opening a line or a clause stays the text's own numbering."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

_CITATION = re.compile(
    r"[ \t]*\((?P<name>[A-Z][\w'\u2019-]{1,40})(?:[ \t]+et[ \t]+al\.?|[ \t]+and[ \t]+"
    r"(?:others|[A-Z][\w'\u2019-]{1,40})|[ \t]*&[ \t]*[A-Z][\w'\u2019-]{1,40})?,?[ \t]+"
    r"(?P<year>(?:19|20)\d\d)[a-z]?\)"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class _Block(Protocol):
    kind: str
    lines: list[str]


def _source_for(name: str, year: str, sources: list[_Block]) -> int:
    """The 1-based number of the one source by *name* in *year*, or 0."""
    found = [
        number
        for number, block in enumerate(sources, 1)
        if block.lines[0].split(maxsplit=1)[:1] == [name]
        or block.lines[0].split(maxsplit=1)[:1] == [f"{name},"]
        if year in _YEAR.findall(block.lines[0])
    ]
    return found[0] if len(found) == 1 else 0


def mark_author_year(blocks: list[_Block], sources: list[_Block]) -> int:
    """Turn author-year citations in *blocks* into "[n]" markers; how many."""
    turned = 0

    def marker(found: re.Match[str]) -> str:
        nonlocal turned
        number = _source_for(found["name"], found["year"], sources)
        if not number:
            return found[0]
        turned += 1
        return f" [{number}]"

    _substitute(blocks, _CITATION, marker)
    return turned


def _substitute(
    blocks: list[_Block], pattern: re.Pattern[str], marker: Callable[..., str]
) -> None:
    """Each paragraph's and list's lines with *pattern* replaced by *marker*."""
    for block in blocks:
        if block.kind in ("paragraph", "list"):
            block.lines = [pattern.sub(marker, text) for text in block.lines]


#: a source list's item numbered in brackets: "(1) Aaronson ST …"
BRACKET_NUMBERED = re.compile(r"^\s*\((?P<number>\d{1,3})\)\s+\S")
#: "(1)", "(1, 2)", "(1-3)" after a word or a closing bracket, before a stop,
#: a comma or the line's end
_BRACKET_MARKER = re.compile(
    r"(?<=[^\W_)\]%])[ \t]?\((?P<numbers>\d{1,3}(?:[ \t]?[,\u2013-][ \t]?\d{1,3})"
    r"{0,9})\)(?=[.,;:!?]|[ \t]*$)"
)


def mark_bracket_numbers(blocks: list[_Block], sources: list[_Block]) -> int:
    """Turn "(n)" markers in *blocks* into "[n]" when the sources are numbered
    "(1)", "(2)" …, each number within the list; how many."""
    numbers = [BRACKET_NUMBERED.match(b.lines[0]) for b in sources]
    if not sources or not all(numbers):
        return 0
    count = len(sources)
    turned = 0

    def marker(found: re.Match[str]) -> str:
        nonlocal turned
        named = [int(n) for n in re.findall(r"\d+", found["numbers"])]
        if not all(1 <= n <= count for n in named):
            return found[0]
        turned += 1
        return f" [{found['numbers']}]"

    _substitute(blocks, _BRACKET_MARKER, marker)
    return turned
