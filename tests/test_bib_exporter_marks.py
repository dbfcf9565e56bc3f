"""Marks exporters and other styles leave around a field's value, which Citing
Medicine never prints (blind sets 17 and 18): a subtitle's colon with the subtitle
cut off, IEEE's "[Online]" medium and "Oct. 28," date, MEDLINE's "[doi]" kind, a
DOI written as a www.doi.org address."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm, titled

PEOPLE = "author = {Roe, Ann}, year = {2020}"


@pytest.mark.parametrize("mark", [":", ";", " :", ","])
def test_a_title_ending_in_a_dangling_mark_ends_with_its_period(mark: str):
    got = nlm(
        f"@article{{k, {PEOPLE}, title = {{When Exposure Is Infrequent{mark}}}, "
        "journal = {Epidemiology}, doi = {10.1/x}}"
    )
    assert "When exposure is infrequent. Epidemiology." in got


def test_an_online_medium_and_an_american_date_on_a_blog():
    got = nlm(
        f"@misc{{k, {PEOPLE}, title = {{Ensembles in the {{U.S.}}}}, "
        'month = "Oct. 28,", howpublished = "A Forecasting blog [Online]", '
        "url = {https://example.org/blog/1}}"
    )
    assert "Ensembles in the U.S. [Internet]. A Forecasting blog; 2020 Oct 28." in got
    assert "[Online]" not in got and ",." not in got


@pytest.mark.parametrize(
    "doi_field",
    [
        "doi = {10.3322/caac.21219 [doi]}",
        "url = {https://www.doi.org/10.3322/caac.21219}",
        "doi = {http://www.doi.org/10.3322/caac.21219}",
    ],
)
def test_a_doi_with_its_kind_or_as_a_www_address(doi_field: str):
    got = nlm(
        f"@article{{k, {PEOPLE}, title = {{A trial}}, journal = {{BMJ}}, {doi_field}}}"
    )
    assert got.endswith("doi:10.3322/caac.21219") and "www" not in got


@pytest.mark.parametrize("state", ["In preparation", "In revision", "Submitted"])
def test_a_manuscripts_state_typed_as_the_journal_is_a_note(state: str):
    got = nlm(
        f"@article{{k, {PEOPLE}, title = {{A stochastic model}}, journal = {{{state}}}}}"
    )
    assert got == f"Roe A. A stochastic model. 2020. Note: {state}."


def test_a_journal_in_press_is_still_a_journal():
    got = nlm(
        f"@article{{k, {PEOPLE}, title = {{A model}}, journal = {{In Press Journal}}, "
        "doi = {10.1/x}}"
    )
    assert "In Press Journal." in got and "Note" not in got


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("impact of non-\npharmaceutical interventions", "non-pharmaceutical"),
        ("pre- and post-operative care", "pre- and post-operative"),
        ("short- or long-term use", "short- or long-term"),
    ],
)
def test_a_word_wrapped_after_its_hyphen_is_one_word(typed: str, printed: str):
    assert printed in titled(f"The {typed}")


def test_a_typewriter_apostrophe_command_prints_as_one():
    got = nlm(
        f"@article{{k, {PEOPLE}, title = {{A trial}}, journal = {{BMC "
        "Women\\textquotesingle s Health}, doi = {10.1/x}}"
    )
    assert "BMC Women's Health." in got
