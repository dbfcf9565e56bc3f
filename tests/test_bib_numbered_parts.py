"""A title's numbered part ("… of epidemics. II. The problem of endemicity") is
its own sentence: the word after the Roman numeral keeps its capital, as after
"Part 2."; a single letter with a period may be an initial and does not."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "Studies on Malaria Transmission. III. The Effect of Bed Nets",
            "Studies on malaria transmission. III. The effect of bed nets.",
        ),
        (
            "Growth of Infants in Rural Villages. IV. Results at Two Years",
            "Growth of infants in rural villages. IV. Results at two years.",
        ),
    ],
)
def test_a_numbered_part_starts_a_sentence(typed, printed):
    assert f"Roe A. {printed} BMJ." in titled(typed)


def test_an_initial_is_no_numbered_part():
    text = titled("The Louis V. Gerstner Center and the Costs of Care")
    assert "Gerstner" in text and "the costs of care." in text
