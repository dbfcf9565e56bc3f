"""A double issue written in digits (``number = {3-4}``, ``7/8``) is the issue,
printed "45(3-4)"; only a range of month names typed into the issue (EndNote's
``August-September``) is the issue's months."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


@pytest.mark.parametrize("issue", ["3-4", "7/8", "11-12"])
def test_a_double_issue_in_digits_is_the_issue(issue):
    entry = (
        "@article{k, author = {Roe, Ann}, title = {A cohort of nurses}, "
        "journal = {Occup Med}, year = {1972}, volume = {22}, "
        f"number = {{{issue}}}, pages = {{101--9}}}}"
    )
    text = nlm(entry)
    assert f"1972;22({issue}):101-9." in text
    assert "Mar" not in text and "Jul" not in text and "Nov" not in text


def test_month_names_typed_as_the_issue_are_still_its_months():
    entry = (
        "@article{k, author = {Roe, Ann}, title = {A cohort of nurses}, "
        "journal = {Occup Med}, year = {1972}, volume = {22}, "
        "number = {August-September}, pages = {101--9}}"
    )
    assert "1972 Aug-Sep;22:101-9." in nlm(entry)
