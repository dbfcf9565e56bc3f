"""A labelled byline ("Compiled by: NAME", "Author: NAME") under the standfirst
names the author; a sentence there, or a byline further down, does not."""

from __future__ import annotations

import pytest

from healthkb.importer.draft import parse_draft


def _draft(byline: str, above: str = "") -> str:
    return (
        "Caring for a cold at home\n\n"
        "Most colds get better on their own within a week or two.\n\n"
        f"{above}{byline}\n\n"
        "Rest and drink plenty of fluids.\n"
    )


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Compiled by: Priya Shah, Practice Nurse", "Priya Shah"),
        ("Author: the clinic's nursing team", "the clinic's nursing team"),
        ("Written by: Omar Farouk", "Omar Farouk"),
        ("by Omar Farouk", "Omar Farouk"),
    ],
)
def test_labelled_byline_under_the_standfirst(line, name):
    draft = parse_draft(_draft(line), "cold.txt")
    assert draft.byline[0].casefold() == name.casefold()
    paragraphs = [" ".join(b.lines) for b in draft.blocks if b.kind == "paragraph"]
    assert not any(line in p for p in paragraphs)


def test_a_sentence_starting_with_by_stays_text():
    line = "By the second day most people feel a little better."
    draft = parse_draft(_draft(line), "cold.txt")
    assert draft.byline[0] == ""
    assert any(line in " ".join(b.lines) for b in draft.blocks)


def test_a_label_after_two_paragraphs_is_no_byline():
    above = "A blocked nose is common.\n\n"
    draft = parse_draft(_draft("Author: Omar Farouk", above), "cold.txt")
    assert draft.byline[0] != "Omar Farouk"
