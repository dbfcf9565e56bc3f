"""Citing Medicine's rules for dates, issues and journal names that the real
corpora reach only now and then: month ranges (also BibLaTeX's ``date``
ranges), seasons, supplements, abbreviated journal names without periods."""

from __future__ import annotations

import pytest
from pybtex.database import parse_string

from healthkb.bib.fields import month_abbreviation
from healthkb.bib.nlm_style import VancouverStyle

BASE = "author = {Smith, John}, title = {A trial}, volume = {12}, pages = {1--9}"


def nlm(fields: str, kind: str = "article") -> str:
    data = parse_string(f"@{kind}{{k, {BASE}, {fields}}}", "bibtex")
    return VancouverStyle().format_entry("", data.entries["k"]).text.render_as("text")


@pytest.mark.parametrize(
    ("raw", "month"),
    [
        ("sep", "Sep"),
        ("September", "Sep"),
        ("9", "Sep"),
        ("09", "Sep"),
        ("Sept.", "Sep"),
        ("june", "Jun"),
        ("Jan-Feb", "Jan-Feb"),
        ("jan--feb", "Jan-Feb"),
        ("July/August", "Jul-Aug"),
        ("3/4", "Mar-Apr"),
        ("Spring", "Spring"),
        ("Mar-Spring", "Mar-Spring"),
        ("", ""),
    ],
)
def test_months(raw, month):
    assert month_abbreviation(raw) == month


def test_a_month_range_in_one_year():
    assert nlm("journal = {J Clin Epidemiol}, year = {2020}, month = {Jan-Feb}") == (
        "Smith J. A trial. J Clin Epidemiol. 2020 Jan-Feb;12:1-9."
    )
    assert nlm("journaltitle = {J Clin Epidemiol}, date = {2020-03/2020-04}") == (
        "Smith J. A trial. J Clin Epidemiol. 2020 Mar-Apr;12:1-9."
    )
    # a range over two years is not a month range: its start is given
    assert nlm("journaltitle = {J Clin Epidemiol}, date = {2019-12/2020-01}") == (
        "Smith J. A trial. J Clin Epidemiol. 2019 Dec;12:1-9."
    )


def test_a_season_and_a_supplement():
    assert nlm(
        "journal = {J Clin Epidemiol}, year = {2020}, month = {Spring}, "
        "number = {Suppl 2}"
    ) == ("Smith J. A trial. J Clin Epidemiol. 2020 Spring;12(Suppl 2):1-9.")


@pytest.mark.parametrize(
    ("journal", "shown"),
    [
        ("J. Clin. Epidemiol.", "J Clin Epidemiol"),
        ("N. Engl. J. Med.", "N Engl J Med"),
        ("Proc. Natl. Acad. Sci. USA", "Proc Natl Acad Sci USA"),
        # a full name with one abbreviation in it is as written
        ("Journal of Clinical Epidemiology", "Journal of Clinical Epidemiology"),
        ("Am. Journal of Public Health", "Am. Journal of Public Health"),
    ],
)
def test_abbreviated_journal_names_lose_their_periods(journal, shown):
    assert nlm(f"journal = {{{journal}}}, year = {{2020}}") == (
        f"Smith J. A trial. {shown}. 2020;12:1-9."
    )


def test_a_year_with_a_letter_and_a_paper_in_press():
    assert nlm("journal = {Lancet}, year = {2020a}") == (
        "Smith J. A trial. Lancet. 2020;12:1-9."
    )
    assert nlm("journal = {Lancet}, year = {2024}, pubstate = {inpress}") == (
        "Smith J. A trial. Lancet. Forthcoming 2024;12:1-9."
    )


def test_a_lineage_has_no_period():
    data = parse_string(
        "@article{k, author = {Smith, Jr., John A. and King, III, Martin}, "
        "title = {A trial}, journal = {Lancet}, year = {2020}}",
        "bibtex",
    )
    got = VancouverStyle().format_entry("", data.entries["k"]).text.render_as("text")
    assert got == "Smith JA Jr, King M III. A trial. Lancet. 2020."
