"""The learnt layer alone does not judge a sentence in which no one speaks to anyone
and nothing names a text or a tool: it sees only function words there ("how they",
"so the", "by"), which prose has as often as chatter."""

from __future__ import annotations

import pytest

from healthkb.rules.chatter import find_chatter
from healthkb.rules.chatter_model import states_about_the_world

WORLD = [
    "Families lived far apart, so the groups may have differed in ways that "
    "mattered to how they coped.",
    "Many of the nurses worked nights, so they may have slept fewer hours than the "
    "day staff.",
    "The children who took part came from three towns, so the results may not hold "
    "for cities.",
]


@pytest.mark.parametrize("line", WORLD)
def test_a_statement_about_the_world_is_not_chatter(line):
    assert states_about_the_world(line)
    assert find_chatter(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "I have shortened the second paragraph and kept your headings as they were.",
        "Would you like me to add a short section on side effects?",
        "The revised draft keeps every heading and cuts the introduction by half.",
    ],
)
def test_a_tool_talking_is_still_judged(line):
    assert not states_about_the_world(line)
    assert find_chatter(line) is not None


def test_short_lines_and_lines_without_a_full_stop_are_left_to_the_model():
    assert not states_about_the_world("Loading metrics")
    assert not states_about_the_world("People were not put into groups by chance")
