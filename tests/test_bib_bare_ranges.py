"""A hand-written file that quotes its other fields may leave a page range bare
(``pages =  12-19``): BibTeX refuses the entry there (a bare word is a macro name,
and one cannot hold a hyphen). A careful tool reads the entry, takes the range as
its pages and tells the editor to brace it (blind set 23)."""

from __future__ import annotations

from helpers.nlm_text import nlm

from healthkb.bib.read import parse_bibliography_text

BARE = (
    '@article{smith,\n  title = "Aspirin after stroke",\n  author = "J Smith and A Roe",\n'
    '  year = 2019,\n  journal = "Stroke",\n  volume = 50,\n  issue = 3,\n'
    '  pages =  112-119,\n  doi = "10.1/s"}'
)


def test_a_bare_page_range_is_read_as_the_pages():
    bib = parse_bibliography_text(BARE, "references.bib")
    assert "smith" in bib.entries and not bib.broken
    assert bib.entries["smith"].fields["pages"] == "112-119"
    assert nlm(BARE) == (
        "Smith J, Roe A. Aspirin after stroke. Stroke. 2019;50(3):112-9. doi:10.1/s"
    )


def test_the_editor_is_told_to_brace_it():
    bib = parse_bibliography_text(BARE, "references.bib")
    (message,) = [p.message for p in bib.problems if "unquoted" in p.message]
    assert "pages = {112-119}" in message


def test_a_bare_range_as_the_last_field_and_a_double_hyphen():
    text = "@article{roe, author = {Roe, A}, title = {A trial}, journal = {BMJ},\n"
    text += " year = {2001}, pages = 12--19}"
    bib = parse_bibliography_text(text, "references.bib")
    assert bib.entries["roe"].fields["pages"] == "12--19"
