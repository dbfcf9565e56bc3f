"""A version label in a title ("(version 2.1)", "release 3") is written in lower
case whatever the title's case, so it is no sign that a Title Case title is
sentence case: the title is still lowered, its coined names kept."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "The OpenSAFELY Cohort Extract (version 1.2)",
            "The OpenSAFELY cohort extract (version 1.2).",
        ),
        (
            "Hip Fracture Outcomes in Older Adults, release 3",
            "Hip fracture outcomes in older adults, release 3.",
        ),
    ],
)
def test_a_version_label_leaves_a_title_case_title_title_case(typed, printed):
    assert f"Roe A. {printed} BMJ." in titled(typed)


def test_a_sentence_case_title_with_a_version_is_kept():
    text = titled("Outcomes after hip fracture in Older Adults (version 2)")
    assert "Outcomes after hip fracture in Older Adults (version 2)." in text
