"""With no description given, a short standfirst (one or two sentences, at most
160 characters) is the description whole; a longer first paragraph gives its
first sentence only."""

from __future__ import annotations

from healthkb.importer.draft import parse_draft
from healthkb.importer.plan import first_sentence


def _description(first_paragraph: str) -> str:
    text = (
        f"# Eating well in winter\n\n{first_paragraph}\n\n## Soups\n\nSoups are warm.\n"
    )
    return first_sentence(parse_draft(text, "winter.md"))


def test_two_short_sentences_are_taken_whole():
    standfirst = "Cold days change what we eat. Here are simple ideas for warm meals."
    assert _description(standfirst) == standfirst


def test_a_longer_paragraph_gives_its_first_sentence():
    paragraph = (
        "Cold days change what we eat. Many people cook less when it is dark early. "
        "Frozen vegetables keep well and are quick to use."
    )
    assert _description(paragraph) == "Cold days change what we eat."


def test_a_standfirst_over_160_characters_is_not_taken_whole():
    standfirst = (
        "Cold days change what we eat. " + "Warm meals can be simple, " * 6 + "too."
    )
    assert _description(standfirst) == "Cold days change what we eat."
