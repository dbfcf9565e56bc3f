"""A subtitle's colon typed without its space ("Outcomes:A Cohort Study", also
between Zotero's braced words ``{{Outcomes}}:{{A}}``) is printed with one and
starts the lower-cased subtitle; ratios, times and alleles keep their colons."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    "title",
    [
        "Stroke Outcomes in Rural Wales:A Cohort Study",
        "Stroke {{Outcomes}}:{{A}} Cohort Study",
    ],
)
def test_a_colon_without_its_space_gets_one(title):
    assert ": a cohort study." in titled(title)


@pytest.mark.parametrize(
    "kept", ["HLA-B*57:01", "a 1:2 allocation", "at 10:30 in the morning"]
)
def test_colons_between_digits_are_kept(kept):
    assert kept in titled(f"Trial arms with {kept} compared")
