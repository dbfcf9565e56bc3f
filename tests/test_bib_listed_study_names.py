"""A named study that lists its words with commas ("the Aging, Demographics, and
Memory Study") keeps its capitals in a Title Case title, as "the Health and
Retirement Study" does; a list of ordinary nouns not named as one study ("Effects
of Age, Sex, and Body Mass on ...") is lowered."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # a study named by a list keeps its capitals
        (
            "Cognition in Older Adults: Data from the Sleep, Nutrition, and Memory Study",
            "data from the Sleep, Nutrition, and Memory Study.",
        ),
        # a list that names no study is lowered
        (
            "Effects of Age, Sex, and Body Mass on the Outcome of Surgery",
            "Effects of age, sex, and body mass on the outcome of surgery.",
        ),
        # and so is a list without "the"
        (
            "Sleep, Nutrition, and Memory Study Designs in Older Adults",
            "Sleep, nutrition, and memory study designs in older adults.",
        ),
    ],
)
def test_a_listed_study_name(title, printed):
    assert printed in titled(title), titled(title)
