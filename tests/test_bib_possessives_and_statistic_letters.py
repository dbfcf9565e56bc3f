"""Two Title Case words set 22 showed kept wrongly or lowered wrongly: a common
noun's possessive ("a Variable's Importance") was kept as an eponym's
("Alzheimer's"), and the letter naming a statistic ("the E-Value") was lowered as
the "e-" of "e-health" is."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (
            "Measuring a Variable's Importance in Risk Models",
            "Measuring a variable's importance",
        ),
        ("The Population's Health After a Reform", "The population's health after"),
        ("A Treatment's Effect on Waiting Times", "A treatment's effect on"),
    ],
)
def test_a_common_nouns_possessive_is_lowered(title, printed):
    assert titled(title).startswith(f"Roe A. {printed}")


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        ("Parkinson's Disease in Older Adults", "Parkinson's disease"),
        ("Satterthwaite's Approximation Revisited", "Satterthwaite's approximation"),
    ],
)
def test_an_eponyms_possessive_keeps_its_capital(title, printed):
    assert titled(title).startswith(f"Roe A. {printed}")


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        ("Using the E-Value to Assess Confounding", "Using the E-value to assess"),
        ("Reporting E-Values in Cohort Studies", "Reporting E-values in"),
        ("E-Health Use in Rural Clinics", "E-health use in"),
        ("Flavours of E-Cigarettes in Adolescents", "Flavours of e-cigarettes"),
    ],
)
def test_a_letter_naming_a_statistic_keeps_its_capital(title, printed):
    assert titled(title).startswith(f"Roe A. {printed}")
