"""Sentence case across a title's own punctuation and a few name shapes: a
question ends a sentence, a spaced dash starts a subtitle (after a numbered
heading, the part's own title), a middle initial marks a person's name, a letter
before a hyphen names a cell (T-cell), months joined by a dash stay names."""

from __future__ import annotations

import pytest

from healthkb.bib.latex_text import text_from_latex
from healthkb.bib.title_case import sentence_case


@pytest.mark.parametrize(
    ("title", "nlm"),
    [
        (
            "How Good Are They in Methodological Quality? A Systematic Review",
            "How good are they in methodological quality? A systematic review",
        ),
        (
            "{{Factors influencing decision-making in Sweden - A qualitative study}}",
            "Factors influencing decision-making in Sweden - a qualitative study",
        ),
        (
            "Chapter 10 - Age-Related Macular Degeneration",
            "Chapter 10 - Age-related macular degeneration",
        ),
        ("Paul E. Meehl (Autobiography)", "Paul E. Meehl (autobiography)"),
        ("A Letter to John F. Kennedy", "A letter to John F. Kennedy"),
        (
            "Clonal Culture Models of T-cell Senescence",
            "Clonal culture models of T-cell senescence",
        ),
        ("Uptake of E-Cigarettes in Adults", "Uptake of e-cigarettes in adults"),
        (
            "Global COVID-19 Diffusion Patterns, January–April 2020",
            "Global COVID-19 diffusion patterns, January–April 2020",
        ),
        (
            "Beyond pseudotime: Following T-cell maturation in {RNAseq} data",
            "Beyond pseudotime: following T-cell maturation in RNAseq data",
        ),
        # a colon's subtitle is lowered, also after a numbered part (Citing Medicine)
        (
            "Part 1: Guidance Document on Uncertainty",
            "Part 1: guidance document on uncertainty",
        ),
    ],
)
def test_sentence_case(title, nlm):
    assert sentence_case(text_from_latex(title)) == nlm
