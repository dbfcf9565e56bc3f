"""An unreadable source line that holds one entry's whole title names that
entry, whatever stands around the title; a short title or two matches do not."""

from __future__ import annotations

import pytest

from healthkb.importer.title_in_line import entry_titled_in

ENTRIES = {
    "hale2021hours": {
        "title": "Opening hours of {Municipal} libraries in the winter months"
    },
    "hale2021short": {"title": "Winter"},
    "ford2019hours": {"title": "Opening hours of municipal libraries"},
}


@pytest.mark.parametrize(
    "line",
    [
        "Opening hours of municipal libraries in the winter months (Libr Q 2021)",
        "Hale J, et al. (2021) Opening Hours of Municipal Libraries in the Winter "
        "Months. Library Quarterly 12(3).",
        "Source: opening hours of municipal libraries in the winter months, 2021",
    ],
)
def test_whole_title_among_other_words(line):
    # ford2019hours's title stands inside hale2021hours's: the longer one is meant
    assert entry_titled_in(line, ENTRIES) == "hale2021hours"


def test_the_shorter_title_alone_names_its_entry():
    line = "Ford A. Opening hours of municipal libraries. 2019."
    assert entry_titled_in(line, ENTRIES) == "ford2019hours"


def test_two_whole_titles_in_one_line_name_neither():
    entries = {
        **ENTRIES,
        "kay2020maps": {"title": "Reading maps of the city centre on foot"},
    }
    line = (
        "Opening hours of municipal libraries in the winter months; "
        "Reading maps of the city centre on foot"
    )
    assert entry_titled_in(line, entries) == ""


def test_a_short_title_names_nothing():
    assert entry_titled_in("Winter reading lists, 2020", ENTRIES) == ""


def test_part_of_a_title_names_nothing():
    line = "Hours of municipal libraries in winter (2021)"
    assert entry_titled_in(line, ENTRIES) == ""
