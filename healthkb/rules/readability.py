"""Reading grade of an article's prose, and the ``readability`` warning.

The grade is textstat's Coleman-Liau index (a US school grade from letters per word
and sentences per word). textstat's syllable-based scores (Flesch-Kincaid and co.)
download NLTK's CMU dictionary on first use in textstat 0.7.13, which an offline
build must never do; Coleman-Liau needs no dictionary and is deterministic.

Only what a reader reads counts: front matter, headings, code, directive lines,
citations and link targets are removed first.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from types import ModuleType
from typing import Any

from healthkb.model import markdown_scan as scan
from healthkb.problems import Problem, problem

#: fewer words than this give no meaningful grade (a stub or a list of links)
MIN_WORDS = 30

_END = re.compile(r"[.!?:;]['\")\]]*$")


def prose_text(body: str, first_line: int = 1) -> str:
    """The readable sentences of a MyST body (paragraphs and list items, per MyST's
    parse), one unit per line, each ending a sentence."""
    units: list[str] = []
    for paragraph in _paragraph_pieces(body, first_line):
        text = " ".join(paragraph.split())
        if text:
            units.append(text if _END.search(text) else text + ".")
    return "\n".join(units)


def _paragraph_pieces(body: str, first_line: int) -> list[str]:
    found = []
    previous = ""
    for block in scan.blocks(body, first_line):
        if block.type == "inline" and previous == "paragraph_open":
            parts = []
            for piece in block.inline:
                if piece.kind in ("text", "break"):
                    parts.append(piece.text)
                elif piece.kind == "html":  # a <<placeholder>> parses as a tag
                    parts.append(piece.text.strip("<>/"))
                elif piece.kind == "role":  # as the reader sees it, as every rule
                    shown = scan.shown_role(piece.name, piece.text)
                    if shown:
                        parts.append(shown)
                    elif parts:  # "a source {footcite:p}`x`." reads "a source."
                        parts[-1] = parts[-1].rstrip()
            found.append("".join(parts))
        previous = block.type
    return found


def reading_grade(prose: str) -> float | None:
    """The US reading grade of *prose*, or ``None`` when there is too little text."""
    if len(prose.split()) < MIN_WORDS:
        return None
    return round(float(_textstat().coleman_liau_index(prose)), 1)


def _textstat() -> ModuleType:
    """textstat, without paying for NLTK (~0.45 s) on every build.

    textstat imports NLTK at import time only for the CMU dictionary of its
    syllable-based scores, which we never use (see the module docstring). A stand-in
    takes NLTK's place until something uses it (then the real one is imported), so
    the one-article rebuild an editor waits for does not load it.
    """
    if "nltk" not in sys.modules and importlib.util.find_spec("nltk") is not None:
        sys.modules["nltk"] = _LoadedOnUse("nltk")
    import textstat

    return textstat


class _LoadedOnUse(ModuleType):
    """A module that imports the real one the first time an attribute is asked for.

    (The standard library's LazyLoader does not help here: an ``import`` statement
    reads the module's ``__spec__``, which loads it.)
    """

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def check_readability(
    path: str, body: str, first_line: int, target: float
) -> tuple[float | None, list[Problem]]:
    """The article's grade and a warning if it is above *target*."""
    grade = reading_grade(prose_text(body, first_line))
    if grade is None or grade <= target:
        return grade, []
    titles = [line for line, level, _ in scan.headings(body, first_line) if level == 1]
    return grade, [
        problem(
            path,
            titles[0] if titles else first_line,
            "readability",
            f"the text reads at US school grade {grade:.1f}, above the site's target "
            "of "
            f"{target:g}: use shorter sentences and everyday words (explain medical "
            "terms with the glossary)",
        )
    ]
