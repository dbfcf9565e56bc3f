"""A flagship report's name before a subtitle that starts with its year ("World
Urbanization Prospects: The 2018 Revision", "Global Tuberculosis Report: 2020
Update") keeps its capitals, as the report named by its year does ("World
Population Prospects 2019"); the subtitle is lowered."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled

#: typed -> printed
FLAGSHIPS = {
    "World Urbanization Prospects: The 2018 Revision": (
        "World Urbanization Prospects: the 2018 revision."
    ),
    "Global Tuberculosis Report: 2020 Update": "Global Tuberculosis Report: 2020 update.",
}


@pytest.mark.parametrize(("title", "printed"), FLAGSHIPS.items())
def test_a_flagship_named_before_its_year_keeps_its_name(title, printed):
    assert f"Roe A. {printed} BMJ." in titled(title)


def test_an_ordinary_title_before_a_year_is_lowered():
    text = titled("Hospital Admissions in Winter: The 2018 Season")
    assert "Hospital admissions in winter: the 2018 season." in text
