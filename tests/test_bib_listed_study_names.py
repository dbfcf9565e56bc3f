"""A named study that lists its words with commas ("the Aging, Demographics, and
Memory Study") keeps its capitals in a Title Case title, as "the Health and
Retirement Study" does; a list of ordinary nouns not named as one study ("Effects
of Age, Sex, and Body Mass on ...") is lowered."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_a_study_named_by_a_list_keeps_its_capitals():
    text = titled(
        "Cognition in Older Adults: Data from the Sleep, Nutrition, and Memory Study"
    )
    assert "data from the Sleep, Nutrition, and Memory Study." in text, text


def test_a_list_that_names_no_study_is_lowered():
    text = titled("Effects of Age, Sex, and Body Mass on the Outcome of Surgery")
    assert "Effects of age, sex, and body mass on the outcome of surgery." in text, text


def test_a_list_without_the_is_no_name():
    text = titled("Sleep, Nutrition, and Memory Study Designs in Older Adults")
    assert "Sleep, nutrition, and memory study designs in older adults." in text, text
