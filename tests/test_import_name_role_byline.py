"""A line that is only a name and a job under the title or standfirst is the
byline; a subtitle of the same shape with no job in it is not."""

from __future__ import annotations

import pytest

from healthkb.importer.draft import parse_draft
from healthkb.importer.name_role_line import name_and_role


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Sam Okafor \u2013 Practice Nurse", ("Sam Okafor", "Practice Nurse")),
        (
            "Prof Ana Ruiz, Consultant Cardiologist (visiting author)",
            ("Prof Ana Ruiz", "Consultant Cardiologist"),
        ),
        ("Lee Moss | Health Visitor", ("Lee Moss", "Health Visitor")),
    ],
)
def test_name_and_job(line, named):
    assert name_and_role(line) == named


@pytest.mark.parametrize(
    "line",
    [
        "Atrial Fibrillation, Explained",
        "Heart Failure \u2013 What Happens Next",
        "Sam Okafor, 2024.",
    ],
)
def test_no_job_no_byline(line):
    assert name_and_role(line) is None


def test_draft_byline_under_the_standfirst():
    text = (
        "# Looking after your heart\n\nSmall changes help.\n\n"
        "Sam Okafor, Practice Nurse\n\nWalk a little every day.\n"
    )
    draft = parse_draft(text, "heart.md")
    assert draft.byline == ("Sam Okafor", "Practice Nurse")
    assert not any("Sam Okafor" in " ".join(b.lines) for b in draft.blocks)
