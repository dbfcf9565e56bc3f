"""A test or scale named after its own author ("Wechsler Adult Intelligence
Scale" by Wechsler, "Bayley Scales of Infant Development" by Bayley) keeps its capitals in a
Title Case title; the same words by someone else, or an eponym alone, are
lowered as ordinary words are."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


def _book(author: str, title: str) -> str:
    return nlm(
        f"@book{{k, author = {{{author}}}, title = {{{title}}}, "
        "publisher = {Psychological Corporation}, address = {San Antonio}, year = {1996}}"
    )


#: (author, title as typed, title as printed)
CASES = [
    # named for its author, with what it measures after "of"
    ("Wechsler, David", "Wechsler Adult Intelligence Scale Manual",
     "Wechsler Adult Intelligence Scale manual."),
    ("Bayley, Nancy", "Bayley Scales of Infant Development",
     "Bayley Scales of Infant Development."),
    # the same words by someone else, and a surname with no instrument head
    ("Roe, Ann", "Bayley Scales of Infant Development",
     "Bayley scales of infant development."),
    ("Long, Ann", "Long Term Care for Older Adults", "Long term care for older adults."),
]  # fmt: skip


@pytest.mark.parametrize(("author", "typed", "printed"), CASES)
def test_an_instrument_is_named_only_for_its_author(author, typed, printed):
    assert f". {printed} San Antonio" in _book(author, typed)
