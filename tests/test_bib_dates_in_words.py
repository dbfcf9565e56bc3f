"""Dates typed where another part belongs: the day a page was read typed as its
year ("accessed 28 June 2016") and "In Press" typed as the issue (Citing
Medicine's "Forthcoming")."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


@pytest.mark.parametrize(
    ("year", "cited"),
    [
        ("accessed 28 June 2016", "2016 Jun 28"),
        ("Accessed: 2016-06-28", "2016 Jun 28"),
        ("retrieved June 28, 2016", "2016 Jun 28"),
    ],
)
def test_a_reading_date_typed_as_the_year_is_when_it_was_read(year, cited):
    got = nlm(
        "@misc{k, author = {{Test Agency}}, title = {HIV by region},"
        f" year = {{{year}}}, url = {{https://example.org/hiv}}}}"
    )
    assert f"HIV by region [Internet]. [date unknown] [cited {cited}]." in got


def test_a_plain_year_is_still_the_year():
    got = nlm(
        "@misc{k, author = {{Test Agency}}, title = {HIV by region},"
        " year = {2016}, url = {https://example.org/hiv}}"
    )
    assert "[Internet]. 2016. Available from" in got


@pytest.mark.parametrize("field", ["number", "volume", "pages", "note"])
@pytest.mark.parametrize(
    "typed", ["In Press", "in press", "Forthcoming", "Accepted", "to appear"]
)
def test_in_press_typed_as_a_part_is_forthcoming(field, typed):
    got = nlm(
        "@article{k, author = {Kenward, M G}, title = {A penalized framework},"
        f" journal = {{Biometrics}}, year = {{2017}}, {field} = {{{typed}}}}}"
    )
    assert got == "Kenward MG. A penalized framework. Biometrics. Forthcoming 2017."


def test_a_dates_month_completes_a_year_given_beside_it():
    entry = (
        "@article{k, author = {Prem, P}, title = {MedEvalArena},"
        " journal = {Test Journal}, year = {2026}, date = {2026-01-27}, volume = {3}}"
    )
    assert nlm(entry).endswith("Test Journal. 2026 Jan;3.")
    # a date of another year says nothing about this one
    other = entry.replace("date = {2026-01-27}", "date = {2025-11-02}")
    assert nlm(other).endswith("Test Journal. 2026;3.")
