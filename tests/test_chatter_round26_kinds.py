"""Kinds rounds 26 and 27 showed (chatter_kinds_round26, chatter_kinds_round27), in
words of no corpus file, and the health writing next to each that must stay."""

from __future__ import annotations

import pytest

from healthkb.rules.chatter import find_chatter


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Claro, aquí tienes una versión más corta del artículo:",
            "presenting the text",
        ),
        ("Se vuoi altri esempi, fammi sapere!", "an offer or question"),
        ("Does the summary look right, or should I trim it?", "an offer or question"),
        ("Good catch! I've moved the dosage table up.", "the tool about its own edits"),
        ("Error 429: quota exceeded for this project.", "interface text"),
        ("This chatbot cannot replace your pharmacist.", "caveat about itself"),
        ("See the guidance ([example.org][2])", "a writing tool's credit"),
        ("Jo Bloggs for NPR hide caption", "page furniture"),
        ("I couldn't open the page you linked, so I can't check it.", "caveat"),
        ("Here's a softer version:", "presenting the text"),
        ("_[tool: open_browser]_", "interface text"),
        ("- Myths About Sleep: Address common beliefs about naps", "a writing brief"),
        ("Read more at https://example.com/x.html#storylink=cpy", "page furniture"),
        ("Knee Exercises \\ Week 1 \\ Day 2 \\", "page furniture"),
        ("Thank you for your submission!", "page furniture"),
    ],
)
def test_the_new_kinds_in_other_words(line: str, kind: str) -> None:
    found = find_chatter(line)
    assert found is not None and kind in found.kind, found


@pytest.mark.parametrize(
    "line",
    [
        # a leaflet's questions and a site's own pages
        "Would you like to have the vaccine at home, or do you want to come to the clinic?",
        "Should I rest today, or should we go for a walk?",
        "This tool does not store your data.",
        # a source line and a wrapped line before its link are the importer's
        "Source: mayoclinic.org",
        "More information is available at",
        # a quotation with a colon, a figure's caption in an article
        '"My advice: ask questions early."',
        "The image shows a rash on the arm.",
        "Photo of the clinic entrance, taken in 2021.",
    ],
)
def test_health_writing_next_to_them_stays(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)
