"""Rules the fifth blind set (an independent collector's 108 real entries,
tests/fixtures/bib/README.md) found missing, each on an entry written for it:
empty fields, PubMed's ``pubmed`` field, repeated article numbers, lineages written
in the surname or after the given names, Better BibTeX's ``tex.`` note lines and
BibLaTeX's ``\\mkbib…`` commands."""

from __future__ import annotations

import pytest
from pybtex.database import parse_string

from healthkb.bib.nlm_style import VancouverStyle

BASE = (
    "title = {A trial}, journal = {BMJ}, year = {2020}, volume = {12}, "
    "number = {3}, pages = {1--9}"
)


def nlm(fields: str, *, author: str = "Smith, John", base: str = BASE) -> str:
    entry = f"@article{{k, author = {{{author}}}, {base}, {fields}}}"
    data = parse_string(entry, "bibtex")
    return VancouverStyle().format_entry("", data.entries["k"]).text.render_as("text")


def test_an_empty_pages_field_prints_nothing():
    base = "title = {A trial}, journal = {BMJ}, year = {2020}, volume = {12}"
    assert nlm("pages = {}", base=base) == "Smith J. A trial. BMJ. 2020;12."
    assert nlm("pages = {}, number = {}", base=base).endswith("BMJ. 2020;12.")


def test_the_pubmed_field_is_the_pmid():
    assert nlm("pubmed = {27636843}").endswith(";12(3):1-9. PMID: 27636843")
    # a PMID field wins; a pubmed field that is not a number is not one
    assert nlm("pmid = {1}, pubmed = {2}").endswith("PMID: 1")
    assert "PMID" not in nlm("pubmed = {see the record}")


def test_a_range_of_one_article_number_is_the_number():
    base = "title = {A trial}, journal = {BMJ}, year = {2020}, volume = {3}"
    assert nlm("pages = {e203717--e203717}", base=base).endswith(";3:e203717.")
    assert nlm("pages = {1905--1917}", base=base).endswith(";3:1905-17.")


@pytest.mark.parametrize(
    "author",
    [
        "Mihm Jr, Martin C",
        "Mihm, Jr., Martin C",
        "Mihm, Martin C Jr",
        "Mihm Jr., Martin C",
    ],
)
def test_a_lineage_prints_after_the_initials(author):
    assert nlm("", author=author).startswith("Mihm MC Jr. A trial.")


def test_a_surname_that_only_looks_like_a_lineage_stays():
    # a given name ("Iv") is not a lineage ("IV"): case matters
    assert nlm("", author="Smith, Ann Iv").startswith("Smith AI. ")


@pytest.mark.parametrize(
    "note",
    [
        "tex.pmcid: PMC6192107",
        "tex.ids= fang155a",
        "\\_eprint: https://doi.org/10.1056/NEJMoa1805101",
        "Library Catalog: gis.cdc.gov",
        "Journal Abbreviation: BMJ",
        # access stamps and Scopus's export lines
        "[Online; accessed 2021-11-16]",
        "Consultado el 7 de octubre de 2026",
        "Accessed 12 September 2022",
        "Export Date: 10 June 2020 Correspondence Address: Smith, J.; Vienna",
        # citation counts and databases' bookkeeping
        "Citation Key: smith2020",
        "00012",
        "ZSCC: 0000012",
        "Cited by: 12",
        "Times Cited: 12 ; Cited Reference Count: 30",
        "WOS:000123456700001",
        "Last Modified: 2021-01-01",
    ],
)
def test_reference_manager_note_lines_are_not_shown(note):
    assert "Note" not in nlm(f"note = {{{note}}}")


def test_an_editors_note_is_still_shown():
    assert nlm("note = {Funded by the sponsor}").endswith("Funded by the sponsor.")


def test_biblatex_emphasis_keeps_its_words():
    got = nlm("", base=BASE.replace("A trial", "\\mkbibemph{Salmonella} in pork"))
    assert "Salmonella in pork." in got and "mkbib" not in got.lower()


def test_a_dated_note_is_still_shown():
    assert nlm("note = {12 September 2022}").endswith("Note: 12 September 2022.")


def test_an_address_in_howpublished_and_url_is_printed_once():
    url = "https://example.org/reply/"
    data = parse_string(
        f"@misc{{k, author = {{{{Ministry of Health}}}}, title = {{A reply}}, "
        f"year = {{2022}}, howpublished = {{\\url{{{url}}}}}, url = {{{url}}}}}",
        "bibtex",
    )
    got = VancouverStyle().format_entry("", data.entries["k"]).text.render_as("text")
    assert got.count(url) == 1 and "\\url" not in got


@pytest.mark.parametrize(
    "note",
    [
        "Available at: https://www.bmj.com/content/1",
        "[Online]. Available: https://www.bmj.com/content/1",
        "Retrieved from https://www.bmj.com/content/1",
    ],
)
def test_a_note_saying_where_the_work_is_gives_its_address(note):
    assert nlm(f"note = {{{note}}}").endswith(
        "2020;12(3):1-9. Available from: https://www.bmj.com/content/1"
    )


def test_an_address_that_is_a_doi_prints_as_the_doi():
    got = nlm("url = {https://doi.org/10.1136/bmj.m1}")
    assert got.endswith("2020;12(3):1-9. doi:10.1136/bmj.m1")
