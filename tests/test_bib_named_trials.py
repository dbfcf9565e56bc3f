"""One trial's long name in a Title Case title ("the Alveolar Recruitment for
Acute Respiratory Distress Syndrome Trial", four capitalised words at least after
"the") keeps its capitals, as a named study's does; a kind of trial ("the Vaccine
Efficacy Trial", "a ... Trial", "the Randomized Controlled Trial of ...") is
lowered."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_a_trials_long_name_keeps_its_capitals():
    text = titled(
        "Reanalysis of the Early Goal-Directed Therapy for Severe Sepsis"
        " and Septic Shock Trial"
    )
    assert (
        "Reanalysis of the Early Goal-Directed Therapy for Severe Sepsis and"
        " Septic Shock Trial." in text
    ), text


def test_a_kind_of_trial_is_lowered():
    for title, want in (
        (
            "Lessons from the Vaccine Efficacy Trial in Older Adults",
            "Lessons from the vaccine efficacy trial in older adults.",
        ),
        (
            "Design of the Randomized Controlled Trial of Early Mobilisation",
            "Design of the randomized controlled trial of early mobilisation.",
        ),
        (
            "Results of a Large Pragmatic Community Pharmacy Trial",
            "Results of a large pragmatic community pharmacy trial.",
        ),
    ):
        assert want in titled(title), titled(title)
