"""Mendeley copies Elsevier's volume date into ``number`` ("December 2021")."""

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text

ENTRY = """@article{Okafor2022,
author = {Okafor, Chidi},
journal = {Journal of Example Studies},
number = {%s},
pages = {100812},
title = {{A model of something}},
volume = {15},
year = {2022}
}
"""


def _print(number):
    bib = parse_bibliography_text(ENTRY % number, "r.bib")
    entry = bib.entries["Okafor2022"]
    return VancouverStyle().format_entry("", entry).text.render_as("text")


def test_a_month_and_year_in_number_beside_a_volume_is_no_issue():
    assert "2022;15:100812." in _print("December 2021")


def test_a_numbered_issue_is_kept():
    assert "2022;15(3):100812." in _print("3")
