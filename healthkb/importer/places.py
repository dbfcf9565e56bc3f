"""Where a line of a draft is, in an editor's words.

A plain-text or Markdown draft has lines the editor can go to ("draft line 12").
A web page or a Word document has none: the importer reads the text converted from
it, whose line numbers mean nothing in Word or a browser.  There a place is told by
what the editor sees: the heading it is under and which paragraph, list item or
table it is ("the 2nd paragraph under the heading 'Getting started'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_LIST_ITEM = re.compile(r"^\s{0,8}(?:[-*+\u2022]|\d{1,9}[.)])\s")
#: the formats whose text is converted, by file suffix, as an editor names them
CONVERTED = {".html": "web page", ".htm": "web page", ".docx": "Word document"}


def _ordinal(number: int) -> str:
    teens = 10 <= number % 100 <= 20
    suffix = "th" if teens else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@dataclass
class Places:
    """``places(line)`` says where line *line* of the draft's text is."""

    #: None for a text draft (its own lines), else "web page" / "Word document"
    converted: str | None = None
    _where: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, suffix: str) -> Places:
        converted = CONVERTED.get(suffix.lower())
        places = cls(converted)
        if converted is not None:
            places._where = _describe(text.split("\n"))
        return places

    def follow(self, text: str, headings: dict[int, str], skip: set[int]) -> None:
        """Count as the parser read the text: *headings* (line -> words, the
        title's first) add bold lines a page used as headings, and the lines in
        *skip* (a byline, a picture) are no paragraph an editor would count."""
        if self.converted is not None:
            self._where = _describe(text.split("\n"), headings, skip)

    def __call__(self, line: int) -> str:
        if self.converted is None:
            return f"draft line {line}"
        if line == 0:
            # taken from the page as it was converted: no place in the text
            return f"in the {self.converted}"
        where = self._where.get(line, "its text")
        return f"in the {self.converted}, {where}"


def _typed_numbers(lines: list[str]) -> set[int]:
    """The lines (1-based) of paragraphs whose number or bullet was typed: a
    converter writes a list's items on consecutive lines, so list-like lines each
    standing alone, one after another ("1. Conway CR…", "2. The same study…" as
    Word paragraphs), are paragraphs."""
    alone = [
        number
        for number, line in enumerate(lines, 1)
        if _LIST_ITEM.match(line)
        and (number == 1 or not lines[number - 2].strip())
        and (number == len(lines) or not lines[number].strip())
    ]
    blocks = [
        number
        for number, line in enumerate(lines, 1)
        if line.strip() and (number == 1 or not lines[number - 2].strip())
    ]
    order = {number: index for index, number in enumerate(blocks)}
    single = set(alone)
    return {
        number
        for number in alone
        if any(
            0 <= order[number] + step < len(blocks)
            and blocks[order[number] + step] in single
            for step in (-1, 1)
        )
    }


def _describe(
    lines: list[str],
    headings: dict[int, str] | None = None,
    skip: frozenset[int] | set[int] = frozenset(),
) -> dict[int, str]:
    where: dict[int, str] = {}
    under = "at the start"
    paragraphs = items = tables = 0
    in_block = False
    last = ""  # the kind of the line before in the same block
    titled = False
    typed = _typed_numbers(lines)
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            in_block, last = False, ""
            continue
        # a line the parser read as no part of the text (a standfirst, a byline)
        heading = _HEADING.match(line) if number not in skip else None
        if heading or (headings and number in headings):
            words = (
                heading.group(2).replace("**", "").strip("*_ ")
                if heading
                else headings[number]
            )
            # the first top-level heading is the title; any other is a heading
            top = heading.group(1) == "#" if heading else not titled
            kind = "title" if top and not titled else "heading"
            titled = True
            where[number] = f"the {kind} '{words}'"
            under = f"under the {kind} '{words}'"
            paragraphs = items = tables = 0
            in_block = False
            continue
        if number in skip:
            # a picture or a byline: placed by the paragraph before it
            where[number] = (
                f"after the {_ordinal(paragraphs)} paragraph {under}"
                if paragraphs
                else under
            )
            continue
        if _LIST_ITEM.match(line) and number not in typed:
            items = items + 1 if last == "item" else 1
            where[number] = f"the {_ordinal(items)} list item {under}"
            last = "item"
        elif text.startswith("|"):
            if last != "table":
                tables += 1
            where[number] = f"the {_ordinal(tables)} table {under}"
            last = "table"
        else:
            if not in_block:
                paragraphs += 1
            where[number] = f"the {_ordinal(paragraphs)} paragraph {under}"
            last = "paragraph"
        in_block = True
    return where


__all__ = ["CONVERTED", "Places"]
