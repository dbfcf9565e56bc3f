"""A word whose capital the author braced (``{B}ayesian``, ``{K}aplan``) is a
name the author protected: the rest of its letters ("ayesian") do not make a
Title Case title look like sentence case, so its other words are lowered."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        ("The {B}ayesian Bootstrap", "The Bayesian bootstrap."),
        ("The {K}aplan-{M}eier Estimator", "The Kaplan-Meier estimator."),
        ("A {M}arkov Chain Model", "A Markov chain model."),
    ],
)
def test_a_braced_capital_does_not_hide_title_case(title, printed):
    assert f"Roe A. {printed} BMJ." in titled(title)


def test_a_sentence_case_title_with_a_braced_capital_is_kept():
    text = titled("Sample size for {W}ilcoxon tests in small trials")
    assert "Sample size for Wilcoxon tests in small trials." in text
