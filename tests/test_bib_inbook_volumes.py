"""A classic BibTeX ``@inbook`` with no booktitle (the part's title is the
entry's) gives its book's volume: Citing Medicine prints it ("Vol. 2.") before
the publisher, as for a chapter with its book named; a ``@book``'s volume alone
stays unprinted (most often a series' number; blind13, b21fix). Blind set 22."""

from __future__ import annotations

from helpers.nlm_text import nlm

PART = (
    "title = {Chapter 7 Screening Programmes}, author = {Roe, Ann}, year = {2011},"
    " publisher = {Elsevier}, pages = {201--240}, volume = {2}, doi = {10.1000/part7}"
)


def test_an_inbook_prints_its_books_volume():
    assert nlm(f"@inbook{{k, {PART}}}") == (
        "Roe A. Chapter 7 screening programmes. Vol. 2. Elsevier; 2011. p. 201-40."
        " doi:10.1000/part7"
    )


def test_a_books_volume_alone_is_still_not_printed():
    assert "Vol." not in nlm(f"@book{{k, {PART}}}")
