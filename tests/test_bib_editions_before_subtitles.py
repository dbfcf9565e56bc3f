"""A publisher's catalogue types a book's edition at the end of its main title,
before the subtitle ("Clinical Anatomy, Fourth Edition: A Guide for ..."): the
edition is Citing Medicine's "4th ed." after the title, not part of it, as an
edition at the title's very end already was (blind set 26)."""

from __future__ import annotations

from helpers.nlm_text import nlm


def _book(title: str, extra: str = "") -> str:
    return nlm(
        "@book{k, author = {Moss, Helen and Obi, Kemi}, year = {2014},"
        f" title = {{{title}}}, publisher = {{CRC Press}},{extra} isbn = {{9781000000000}}}}"
    )


def test_an_edition_before_the_subtitle_is_the_books_edition():
    for title in (
        "Clinical Anatomy of the Knee, Fourth Edition: A Guide for Surgeons",
        "Clinical Anatomy of the Knee (4th Edition): A Guide for Surgeons",
        "Clinical {Anatomy} of the {Knee}, {Fourth} {Edition}: {A} {Guide} for {Surgeons}",
    ):
        text = _book(title)
        assert text.startswith(
            "Moss H, Obi K. Clinical anatomy of the knee: a guide for surgeons. 4th ed."
        ), text


def test_an_edition_the_entry_gives_otherwise_is_kept_in_the_title():
    # the entry's own edition field says another edition: the title is left alone
    text = _book(
        "Clinical Anatomy of the Knee, Fourth Edition: A Guide for Surgeons",
        " edition = {5},",
    )
    assert "fourth edition: a guide" in text and "5th ed." in text, text


def test_a_first_edition_before_the_subtitle_is_not_printed():
    text = _book("Clinical Anatomy of the Knee, First Edition: A Guide for Surgeons")
    assert "Clinical anatomy of the knee: a guide for surgeons. CRC Press" in text, text


def test_a_subtitle_that_names_an_edition_is_no_edition_of_the_book():
    # "Second Edition" inside the subtitle, not ending the main title
    text = _book("Notes on the Second Edition of the Atlas: Errata and Additions")
    assert "ed." not in text, text


def test_an_edition_the_main_title_is_about_stays_in_it():
    # no comma or bracket before it: the title speaks of an edition
    text = _book("Reflections on the Second Edition: A Review of Changes")
    assert "Reflections on the second edition: a review of changes" in text, text
    assert "2nd ed." not in text, text
