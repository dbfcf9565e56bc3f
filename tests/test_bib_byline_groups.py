"""A group named in a byline ("for the ... Investigators", "on behalf of the ...
Group") that an exporter split as a person is listed by its name (Citing
Medicine), with a warning; a person is never read so."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

from healthkb.bib.read import parse_bibliography_text


def _article(authors: str) -> str:
    return (
        f"@article{{k, author = {{{authors}}}, title = {{A trial of statins}}, "
        "journal = {Lancet}, year = {2019}, volume = {3}, pages = {1-9}}"
    )


@pytest.mark.parametrize(
    ("typed", "group"),
    [
        # Zotero's split: the group's last word as the family name
        ("Investigators, for the SPRINT Research", "SPRINT Research Investigators"),
        ("Group, on behalf of the Global Stroke Study", "Global Stroke Study Group"),
        # given first, as typed in a hand-written list
        ("for the Women's Health Initiative", "Women's Health Initiative"),
    ],
)
def test_a_byline_group_is_listed_by_its_name(typed, group):
    text = nlm(_article(f"Roe, Ann and Lee, Bo and {typed}"))
    assert text.startswith(f"Roe A, Lee B, {group}. A trial of statins.")
    assert "for the" not in text and "behalf" not in text


def test_the_reader_is_warned_to_brace_the_group():
    bib = parse_bibliography_text(
        _article("Roe, Ann and Investigators, for the SPRINT Research"),
        "references.bib",
    )
    warned = [
        p.message for p in bib.problems if "SPRINT Research Investigators" in p.message
    ]
    assert len(warned) == 1 and "double braces" in warned[0]


@pytest.mark.parametrize("person", ["Fortune, Anna", "Forde, Tom", "Theodore, Max"])
def test_people_whose_names_start_like_a_byline_are_people(person):
    family, given = (part.strip() for part in person.split(","))
    assert nlm(_article(f"Roe, Ann and {person}")).startswith(
        f"Roe A, {family} {given[0]}. A trial"
    )
