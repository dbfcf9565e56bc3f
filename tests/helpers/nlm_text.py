"""One BibTeX entry read as the site reads it and printed in NLM style."""

from __future__ import annotations

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text


def nlm(entry: str) -> str:
    """The NLM string for the one entry in *entry* (name lists repaired first,
    as ``references.bib`` is)."""
    bib = parse_bibliography_text(entry, "references.bib")
    (key,) = bib.entries
    style = VancouverStyle()
    return style.format_entry("", bib.entries[key], bib_data=bib).text.render_as("text")


def titled(title: str) -> str:
    """The NLM string for a journal article with *title* (as typed in BibTeX)."""
    return nlm(
        f"@article{{k, author = {{Roe, Ann}}, title = {{{title}}}, journal = {{BMJ}}, "
        "year = {2015}, doi = {10.1/x}}"
    )


def in_journal(journal: str) -> str:
    """The NLM string for a journal article in *journal* (as typed in BibTeX)."""
    return nlm(
        "@article{k, author = {Roe, Ann}, title = {A trial}, "
        f"journal = {{{journal}}}, year = {{2011}}, volume = {{3}}, pages = {{1-9}}}}"
    )


def authored(authors: str) -> str:
    """The BibTeX text of a journal article by *authors* (as typed in BibTeX)."""
    return (
        f"@article{{k, author = {{{authors}}}, title = {{A trial}}, journal = {{BMJ}},"
        " year = {2020}, volume = {3}, pages = {1-9}}"
    )
