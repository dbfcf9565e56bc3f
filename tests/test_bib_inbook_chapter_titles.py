"""A classic ``@InBook`` (JabRef's, BibTeX's: no ``booktitle``) may give the
chapter's own title in ``chapter`` and the book's in ``title``; when others edited
the book it is Citing Medicine's contribution, "Author. Chapter. In: Editors,
editors. Book.", not the book with the chapter after it (blind set 26). A
numbered chapter or a heading keeps the part-of-a-book form."""

from __future__ import annotations

from helpers.nlm_text import nlm


def _inbook(chapter: str, editors: str = "Lund, K. and Pratt, R. S.") -> str:
    return nlm(
        "@InBook{k, author = {Ferris, D.},"
        f" chapter = {{{chapter}}}, editor = {{{editors}}}, pages = {{41--58}},"
        " publisher = {Routledge}, title = {Stress at work: Recent research on"
        " nurses}, year = {2004}}"
    )


def test_a_chapter_title_in_an_edited_book_is_a_contribution():
    text = _inbook("Coping styles and sick leave among ward nurses")
    assert text == (
        "Ferris D. Coping styles and sick leave among ward nurses. In: Lund K,"
        " Pratt RS, editors. Stress at work: recent research on nurses. Routledge;"
        " 2004. p. 41-58."
    ), text


def test_a_numbered_chapter_or_a_heading_is_a_part_of_the_book():
    for chapter, part in (
        ("3", "Chapter 3; p. 41-58."),
        ("Chapter 3: Coping styles and sick leave", "Chapter 3, Coping styles"),
        ("Part II of the survey findings", "Part II of the survey findings;"),
    ):
        text = _inbook(chapter)
        assert text.startswith("Ferris D. Stress at work") and part in text, text


def test_a_chapter_in_its_authors_own_book_is_a_part_of_the_book():
    # the author edited the book too: no "In:", the chapter follows the book
    text = _inbook("Coping styles and sick leave among ward nurses", "Ferris, D.")
    assert text.startswith("Ferris D. Stress at work") and "In:" not in text, text
