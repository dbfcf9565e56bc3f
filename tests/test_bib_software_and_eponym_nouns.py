"""Names Title Case cannot tell from ordinary words (blind set 17): statistical
software and languages ("Stata", "Python") are names; an eponym that is also a
common word ("Cox", "Down", "Student") is a name before the noun it is known by,
and an ordinary word elsewhere."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "Survival Analysis Using Stata: Beyond the Cox Model",
            "Survival analysis using Stata: beyond the Cox model.",
        ),
        ("Network Layouts for Python", "Network layouts for Python."),
        ("Children With Down Syndrome", "Children with Down syndrome."),
        ("A Student t-Test for Small Samples", "A Student t-test for small samples."),
        ("Going Down the Road to Recovery", "Going down the road to recovery."),
        ("Each Student Counts", "Each student counts."),
    ],
)
def test_names_known_by_their_kind_or_their_noun(typed: str, printed: str):
    assert printed in titled(typed)
