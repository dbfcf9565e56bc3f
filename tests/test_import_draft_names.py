"""A draft's own name above its headline: a file label, a note's title or a wiki
page's title with its drafting state ("- draft", "v3", "(for review)") is not the
article's title; the heading or headline-shaped line under it is (drafts set 10's
d2, d3 and d4 had the three kinds)."""

from __future__ import annotations

import pytest

from healthkb.importer.draft import parse_draft
from healthkb.importer.draft_label import is_draft_label

BODY = (
    "Washing your hands with soap and water is one of the best ways to stop "
    "germs from spreading.\n\nWhen to wash\nBefore you eat and after the toilet.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Hand hygiene leaflet - draft 3 (for review)",
        "handwashing_v2",
        "Hand washing page: draft",
        "Germs piece (AB, v4)",
        "Leaflet for the website [final]",
        "# Hand washing - WIP",
    ],
)
def test_a_label_over_the_headline_is_not_the_title(label):
    draft = parse_draft(f"{label}\n\nHow to wash your hands well\n\n{BODY}", "d.txt")
    assert draft.title == "How to wash your hands well"
    assert [r.text for r in draft.removed if "own name" in r.kind] == [label]


@pytest.mark.parametrize(
    "title",
    [
        "Final checks before your operation",
        "Hand washing: the final word",
        "Version control for your medicines list",
        "Living with asthma - a guide",
    ],
)
def test_a_headline_with_such_words_stays_the_title(title):
    draft = parse_draft(f"{title}\n\nWhy it matters\n\n{BODY}", "d.txt")
    assert draft.title == title
    assert not any("own name" in r.kind for r in draft.removed)


def test_a_label_with_a_paragraph_under_it_is_the_only_headline():
    # nothing headline-shaped under it: the label is all the title there is
    draft = parse_draft("Hand washing - draft\n\n" + BODY, "d.txt")
    assert draft.title == "Hand washing - draft"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Notes on gout (v1)", True),
        ("Gout: what to eat", False),
        ("Is this the final dose?", False),
    ],
)
def test_the_label_reading(text, expected):
    assert is_draft_label(text) is expected


@pytest.mark.parametrize(
    "title",
    ["Weight-loss jabs: draft guidance published", "COVID vaccines: final results"],
)
def test_a_news_headline_about_a_draft_is_no_label(title):
    assert not is_draft_label(title)


def test_a_pages_sections_under_its_name_are_no_headline():
    # a wiki page's name over its sections: no section is the article's title
    text = (
        "# Gout leaflet - draft\n\n## Causes\n\nGout happens when urate builds up in "
        "the body and forms crystals.\n\n## Treatment\n\nMedicines can ease an "
        "attack of gout.\n"
    )
    draft = parse_draft(text, "page.md")
    assert draft.title not in ("Causes", "Treatment")
    assert [b.lines[0] for b in draft.blocks if b.kind == "heading"] == [
        "Causes",
        "Treatment",
    ]


def test_a_pages_one_top_heading_under_its_name_is_the_headline():
    text = (
        "# Gout leaflet - draft\n\n## Living with gout\n\n### Causes\n\nGout happens "
        "when urate builds up.\n\n### Treatment\n\nMedicines can ease an attack.\n"
    )
    assert parse_draft(text, "page.md").title == "Living with gout"
