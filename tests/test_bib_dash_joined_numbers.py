"""A number joined to its word keeps the word's shape ("COVID-19", "p53", "n–3"),
but an unspaced em dash joins two words, not a word and its number: in a Title
Case title "Guidelines for Asthma Care—2024" is lowered as "care—2024" (the year
after the dash is no part of the word). An en dash still joins (a range, "January
1–May 6", or a code, "P20–563")."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_a_word_before_an_em_dash_and_a_year_is_lowered():
    text = titled("Summary of Changes: Guidelines for Asthma Care—2024")
    assert "Summary of changes: guidelines for asthma care—2024." in text, text


def test_a_title_case_word_before_a_dashed_update_is_lowered():
    text = titled("Surveillance of Measles in Schools—2022 Update")
    assert "Surveillance of measles in schools—2022 update." in text, text


def test_a_code_with_digits_keeps_its_shape():
    assert "cohort P20–563 in" in titled("Lessons from Cohort P20–563 in Adults")
    assert "COVID-19" in titled("Masks and COVID-19 in Schools—2021 Update")


def test_an_en_dash_range_keeps_its_month():
    text = titled("Lassa Fever in Nigeria, January 1–May 6, 2018")
    assert "January 1–May 6, 2018." in text, text
