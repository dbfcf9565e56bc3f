"""Strings a regular expression cannot match without: a cheap test before the search.

``required_strings(pattern)`` is a set of strings such that every match of the
pattern contains at least one of them (or ``None`` when no such set is found).
Searching a line for a plain string is far cheaper than running a pattern that
begins with ``\\b`` or an alternation at every position, so a rule with many
patterns (:mod:`healthkb.rules.chatter`) first asks whether one of the strings is in the
line; when none is, the pattern cannot match and is skipped. The answer is the
same with or without the test; only the time differs.

The set is read from the parsed pattern (Python's own parser): a literal run of
characters is required; a sequence needs what any one of its parts needs (the
part with the longest shortest string is taken); an alternation needs one of what
its branches need; a repeat needs its item's strings only if it repeats at least
once. Anything else (classes, anchors, look-arounds, case-insensitive flags)
requires nothing known, which only makes the test less selective.
"""

from __future__ import annotations

import re
from typing import Any

from healthkb import _compat

_p, _c = _compat.regex_parser()

Strings = frozenset[str]


def required_strings(pattern: str) -> Strings | None:
    """Strings one of which is in every match of *pattern*; ``None``: unknown."""
    try:
        parsed = _p.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _sequence(list(parsed))
    return found if found and all(found) else None


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: list[tuple[Any, Any]]) -> Strings | None:
    best: Strings | None = None
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            best = _better(best, frozenset({run}))
            run = ""
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset({run}))
    return best


def _item(op: Any, av: Any) -> Strings | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _sequence(list(sub))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            need = _sequence(list(branch))
            if need is None:
                return None
            union |= need
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    return None


__all__ = ["required_strings"]
