"""Citing Medicine for the classes blind set 15 showed on its first run
(fixtures/bib/real_entries_blind15.bib): the Journal of Statistical Software's
``\\pkg``/``\\proglang`` markup, "n.d." typed as the year, APA's "Retrieved <date>"
notes, and a reading date written in words."""

from __future__ import annotations

import pytest
from pybtex.database import parse_string

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text


def nlm(entry: str) -> str:
    data = parse_string(entry, "bibtex")
    (key,) = data.entries
    return VancouverStyle().format_entry("", data.entries[key]).text.render_as("text")


def test_jss_markup_leaves_its_words():
    got = nlm(
        "@article{k, author = {Crowther, Michael J.}, year = {2013},"
        r" title = {\pkg{stgenreg}: A \proglang{Stata} Package for Survival},"
        " journal = {Journal of Statistical Software}, volume = {53}, pages = {1--17}}"
    )
    assert "\\" not in got and "pkg" not in got
    assert "Stata package for survival" in got


@pytest.mark.parametrize("year", ["n.d.", "nd", "N.D.", "no date", "(n.d.)", "undated"])
def test_no_date_as_the_year_is_date_unknown(year):
    got = nlm(
        f"@misc{{k, author = {{{{Mayo Clinic Staff}}}}, title = {{Metabolic syndrome}},"
        f" year = {{{year}}}, url = {{https://www.mayoclinic.org/x}}}}"
    )
    assert "syndrome [Internet]. [date unknown]. Available from:" in got


def test_a_year_like_nd_inside_a_word_is_kept():
    got = nlm(
        "@book{k, author = {Smith, J}, title = {A}, year = {2nd}, publisher = {P}}"
    )
    assert "2nd" in got


@pytest.mark.parametrize(
    "note",
    [
        "Retrieved September 7, 2025",
        "retrieved 7 September 2025.",
        "Retrieved 2025-09-07",
    ],
)
def test_a_retrieved_stamp_is_no_note(note):
    got = nlm(
        "@misc{k, author = {{Cleveland Clinic}}, title = {Metabolic syndrome},"
        f" year = {{2024}}, url = {{https://my.clevelandclinic.org/x}}, note = {{{note}}}}}"
    )
    assert "Note" not in got and "etrieved" not in got


def test_retrieved_from_a_source_is_still_read():
    got = nlm(
        "@misc{k, author = {{WHO}}, title = {Report}, year = {2024},"
        " note = {Retrieved from the WHO archive in 2024, box 3}}"
    )
    assert "Note: Retrieved from the WHO archive" in got


@pytest.mark.parametrize(
    ("urldate", "cited"),
    [
        ("Accessed: 1 July 2025", "[cited 2025 Jul 1]"),
        ("25 June 2025", "[cited 2025 Jun 25]"),
        ("June 25, 2025", "[cited 2025 Jun 25]"),
        ("2025-06-25", "[cited 2025 Jun 25]"),
        ("1 Jully 2025", "[cited 1 Jully 2025]"),  # not a month: as written
    ],
)
def test_a_reading_date_in_words(urldate, cited):
    got = nlm(
        "@misc{k, title = {Spilled range operator}, year = {2025},"
        f" url = {{https://support.microsoft.com/x}}, urldate = {{{urldate}}}}}"
    )
    assert cited in got


@pytest.mark.parametrize(
    ("author", "start"),
    [
        (r"Merck {\& Co.}, {Inc.}", "Merck & Co., Inc. A title"),
        ("Microsoft, Inc.", "Microsoft, Inc. A title"),
        # initials that look like a company's form are a person's
        ("Smith, AG", "Smith AG. A title"),
    ],
)
def test_a_company_with_its_legal_form_is_one_body(author, start):
    # read as the site reads references.bib: its name-list repairs included
    text = f"@misc{{k, author = {{{author}}}, title = {{A title}}, year = {{2025}}}}"
    bib = parse_bibliography_text(text, "references.bib")
    got = VancouverStyle().format_entry("", bib.entries["k"]).text.render_as("text")
    assert got.startswith(start), got
