"""Issue and date fields as citation databases write them: an online-first date
dates an article with no year, a special issue is "Spec No", and an article
number that only repeats the DOI's suffix is no locator."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

from healthkb.bib.special_issues import special_issue

_HEAD = "@article{k, author = {Roe, Ann}, title = {A trial}, journal = {Heart},"


@pytest.mark.parametrize(
    ("field", "printed"),
    [
        ("Early Access Date = {{MAR 2021}}", "Heart. 2021 Mar."),
        ("online-date = {2019-11-04}", "Heart. 2019 Nov 4."),
        ("epub-date = {4 November 2019}", "Heart. 2019 Nov 4."),
        ("published-online = {November 4, 2019}", "Heart. 2019 Nov 4."),
    ],
)
def test_an_online_first_date_dates_an_article_without_a_year(field, printed):
    text = nlm(f"{_HEAD}\n{field},\ndoi = {{10.1/x}}}}")
    assert printed in text and "[date unknown]" not in text


def test_the_year_wins_over_an_online_first_date():
    text = nlm(
        f"{_HEAD} year = {{2022}}, online-date = {{2021-12-01}}, doi = {{10.1/x}}}}"
    )
    assert "Heart. 2022. doi" in text


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("3, SI", "3 Spec No"),
        ("{3, SI}", "3 Spec No"),
        ("3 (Special Issue)", "3 Spec No"),
        ("Special Issue", "Spec No"),
        ("Spec. Iss. 2", "Spec No 2"),
        ("3", "3"),
        ("Suppl 1", "Suppl 1"),
        ("Spring", "Spring"),
    ],
)
def test_a_special_issue_is_citing_medicines_spec_no(typed, printed):
    assert special_issue(typed) == printed


def test_a_special_issue_prints_inside_its_parentheses():
    text = nlm(
        f"{_HEAD} year = {{2018}}, volume = {{12}}, number = {{{{4, SI}}}}, pages = {{10-19}}}}"
    )
    assert "Heart. 2018;12(4 Spec No):10-9." in text


def test_an_article_number_repeating_the_doi_suffix_is_no_page():
    entry = (
        f"{_HEAD} year = {{2021}}, volume = {{8}}, Article-Number = {{{{2333794X211004}}}}, "
        "doi = {10.1177/2333794X211004}}"
    )
    assert nlm(entry).endswith("Heart. 2021;8. doi:10.1177/2333794X211004")
    # a real locator (an e-number beside its DOI) is still the page
    entry = f"{_HEAD} year = {{2021}}, volume = {{8}}, eid = {{e104}}, doi = {{10.1/x.e104}}}}"
    assert "2021;8:e104." in nlm(entry)


@pytest.mark.parametrize(
    ("month", "printed"),
    [
        ("FAL", "2018 Fall"),
        ("SPR", "2018 Spring"),
        ("WINTER", "2018 Winter"),
        ("SUM", "2018 Summer"),
    ],
)
def test_a_season_as_a_database_abbreviates_it_is_written_out(month, printed):
    text = nlm(
        f"{_HEAD} year = {{2018}}, month = {{{{{month}}}}}, volume = {{12}}, pages = {{1-9}}}}"
    )
    assert f"Heart. {printed};12:1-9." in text
