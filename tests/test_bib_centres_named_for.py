"""A centre named for what it does, led by its country or standing ("the Chinese
Center for Disease Control and Prevention", "the European Centre for Disease
Prevention and Control", "the National Center for Health Statistics"), is a
body's name in a Title Case title, as a society or an institute named so is; a
centre that is no body's name ("A New Center for Pediatric Trials") is lowered."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_a_centre_named_for_its_work_keeps_its_name():
    for name in (
        "Chinese Center for Disease Control and Prevention",
        "European Centre for Disease Prevention and Control",
        "National Center for Health Statistics",
    ):
        text = titled(f"Summary of a Report of 4512 Cases From the {name}")
        assert f"Summary of a report of 4512 cases from the {name}." in text, text


def test_a_centre_that_names_no_body_is_lowered():
    text = titled("A New Center for Pediatric Trials in Rural Areas")
    assert "A new center for pediatric trials in rural areas." in text, text
