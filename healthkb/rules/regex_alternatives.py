"""A long alternation searched branch by branch, each behind its own literal test.

A pattern ``b1|b2|...`` whose strings (:func:`.regex_literals.required_strings`)
include a common one (``'-'``, ``' this'``) because one branch needs only that is
searched on nearly every line, and a search of a 2,000-character alternation
tries every branch at every position.  :class:`Alternatives` keeps each top-level
branch with its own strings and searches only the branches whose strings the line
holds.  The answer is the whole pattern's: of the branches that match, the
leftmost match, and at one start the first branch in the pattern's order (which
is what the regex engine returns for the alternation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthkb.rules.regex_literals import Strings, required_strings


def top_level_branches(pattern: str) -> list[str]:
    """The top-level alternatives of *pattern* (no ``|`` inside a group or class)."""
    out, depth, start, i = [], 0, 0, 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


@dataclass(frozen=True)
class Alternatives:
    """*pattern* as its branches, each compiled with the strings it needs."""

    pattern: str
    branches: tuple[tuple[re.Pattern[str], Strings | None], ...]

    @classmethod
    def compile(cls, pattern: str) -> Alternatives:
        return cls(
            pattern,
            tuple(
                (re.compile(branch), required_strings(branch))
                for branch in top_level_branches(pattern)
            ),
        )

    def search(self, line: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for branch, needs in self.branches:
            if needs is not None and not any(s in line for s in needs):
                continue  # this branch cannot match: no search
            found = branch.search(line)
            # strictly left of the best so far: at one start the earlier branch wins
            if found and (best is None or found.start() < best.start()):
                best = found
        return best


__all__ = ["Alternatives", "top_level_branches"]
