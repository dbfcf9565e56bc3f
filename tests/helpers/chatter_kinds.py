"""What the chatter kind tests (tests/test_chatter_roundNN_kinds.py) check of a
line of a kind: that the detector finds it, and as which kind."""

from __future__ import annotations

from healthkb.rules.chatter import find_chatter

#: the words of a kind's name a test gives in short
ALIASES = {"leftover": "content-system leftover"}


def assert_found_as(line: str, kind: str) -> None:
    """*line* is found, and its kind's name has one of the "|"-separated words of
    *kind* (another kind's pattern may find the line first: "Regenerate" is also a
    chat page's button)."""
    found = find_chatter(line)
    assert found is not None, line
    assert any(ALIASES.get(word, word) in found.kind for word in kind.split("|")), found
