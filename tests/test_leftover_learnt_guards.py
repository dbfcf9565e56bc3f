"""Where the learnt layer is not asked, whatever its weights: both were flagged by
the site's own tests after a regeneration (round 29's), and would be again."""

from __future__ import annotations

import pytest

from healthkb.rules.chatter import find_chatter
from healthkb.rules.content_rules import check_leftovers

LINKED = [
    "See [the page](other-page.md) here.",
    "Read [this](#how-it-works) first.",
    "Get the {download}`walking notes <notes.pdf>` here.",
    "More in {doc}`the guide </articles/heart/walking>` now.",
]


@pytest.mark.parametrize("line", LINKED)
def test_a_line_with_a_link_is_left_to_the_patterns(line):
    """The layer does not judge a line with an address (chatter_model._ADDRESS);
    the reader's text of a link has no address left, so the rule says which."""
    assert check_leftovers("a.md", line + "\n", 1) == []


@pytest.mark.parametrize(
    "line",
    [
        "- People were not put into groups by chance, so the groups may differ.",
        "The study did not compare the device with a sham treatment.",
        "Some people stopped early, which makes the result less certain.",
    ],
)
def test_a_statement_that_speaks_to_no_one_is_no_offer(line):
    found = find_chatter(line)
    assert found is None or found.kind != "an offer or question to the requester"


@pytest.mark.parametrize(
    "line",
    [
        "- People were not put into groups by chance, so the groups may have "
        "differed in ways that affected how they felt.",
        "Because nobody was picked at random, the people who chose the device may "
        "have been different from those who did not.",
    ],
)
def test_a_long_statement_that_speaks_to_no_one_is_no_caveat_of_a_tool(line):
    """(Round 30's weights read the first as a tool's caveat about itself.)"""
    found = find_chatter(line)
    assert found is None or found.kind not in (
        "an offer or question to the requester",
        "the tool's caveat about itself",
    )
