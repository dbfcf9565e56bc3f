"""A unit counted by a number before a body's name ("5 Years of US Food and Drug
Administration Approvals", blind set 17) is no part of the name: it is lowered,
the body's name kept."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "An Analysis of 5 Years of US Food and Drug Administration Approvals",
            "An analysis of 5 years of US Food and Drug Administration approvals.",
        ),
        (
            "Twelve Months of Data From the European Medicines Agency",
            "Twelve months of data from the European Medicines Agency.",
        ),
    ],
)
def test_a_counted_unit_before_a_body_is_lowered(typed: str, printed: str):
    assert printed in titled(typed)
