"""A number joined to its word keeps the word's shape ("COVID-19", "p53", "n–3"),
but an unspaced em dash joins two words, not a word and its number: in a Title
Case title "Guidelines for Asthma Care—2024" is lowered as "care—2024" (the year
after the dash is no part of the word). An en dash still joins (a range, "January
1–May 6", or a code, "P20–563")."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # a Title Case word before an em dash and a year is lowered
        (
            "Summary of Changes: Guidelines for Asthma Care—2024",
            "Summary of changes: guidelines for asthma care—2024.",
        ),
        (
            "Surveillance of Measles in Schools—2022 Update",
            "Surveillance of measles in schools—2022 update.",
        ),
        # a code with its own digits, and a word with its number, keep their shape
        ("Lessons from Cohort P20–563 in Adults", "cohort P20–563 in"),
        ("Masks and COVID-19 in Schools—2021 Update", "COVID-19 in schools—2021"),
        # an en dash's range keeps its month
        (
            "Lassa Fever in Nigeria, January 1–May 6, 2018",
            "January 1–May 6, 2018.",
        ),
    ],
)
def test_an_em_dash_splits_a_word_from_its_number(title, printed):
    assert printed in titled(title), titled(title)
