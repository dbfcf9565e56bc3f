"""Byline labels of other wordings and languages (blind drafts set 9's d8 put
"**Autorin:** Dr. Natalie Singh (Redaktion Gesundheit)" under its title)."""

from __future__ import annotations

import pytest

from healthkb.importer.draft import parse_draft


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("**Autorin:** Dr. Ada Jones (Redaktion Gesundheit)", "Dr. Ada Jones"),
        ("Auteur : Ada Jones", "Ada Jones"),
        ("Autor: Ada Jones, Health Editor", "Ada Jones"),
        ("Prepared by: Ada Jones - Health Editor", "Ada Jones"),
        ("Authors: Ada Jones", "Ada Jones"),
        ("Words by Ada Jones", "Ada Jones"),
        ("Escrito por Ada Jones", "Ada Jones"),
        # a magazine's and a note app's label (blind drafts set 10's d6, a Bear note)
        ("Words: Ada Jones", "Ada Jones"),
    ],
)
def test_a_labelled_byline_under_the_title_is_the_author(line, expected):
    draft = parse_draft(f"A Title\n{line}\n\nSome text here.\n", "d")
    assert draft.byline[0] == expected, draft.byline


@pytest.mark.parametrize(
    "line",
    [
        "Authority figures can help a child feel safe at the clinic.",
        "Prepared meals can be high in salt.",
        "Words matter when you talk to a child about an illness.",
        "Words like 'chronic' can sound frightening.",
        "WORDS: 210",
    ],
)
def test_words_that_start_like_a_label_stay_text(line):
    draft = parse_draft(f"A Title\n{line}\n\nSome text here.\n", "d")
    assert draft.byline[0] == ""
