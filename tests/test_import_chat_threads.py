"""A team chat's thread copied as text, the article one of its messages (drafts set
10's d1 was a Slack channel): the channel's name, the senders' name-and-time lines,
reactions, "(edited)", thread links and the team's other messages are no article;
the senders are no bylines; a reaction under a keyword line is no keyword."""

from __future__ import annotations

import pytest

from healthkb.importer.chat_thread import drop_thread, without_reactions
from healthkb.importer.draft import parse_draft

THREAD = """\
#leaflets-team
Ravi Patel  [2:14 PM]
hi both, new gout text below :point_down: shout if anything looks off
:raised_hands: 3

Ravi Patel  [2:16 PM]
Living with gout
Small changes to what you eat and drink can mean fewer attacks.
By Dr Ines Farrow

Gout is a kind of arthritis that causes sudden pain, often in the big toe. It happens when a substance called urate builds up and forms crystals in a joint.

What you can do
Drink plenty of water through the day. Cut down on alcohol, especially beer.
Keywords: gout, arthritis, diet (edited)
:tada: 2

Megan Lowe  [2:40 PM]
replied to a thread:
hi both, new gout text below…
Reads well to me. Could add a line on cherries?
2:41
Happy to help with the picture too
:thumbsup: 1
View thread
"""  # noqa: E501 - lines as a writer pastes them


def _kept_text(lines):
    return "\n".join(text for _, text in lines)


def test_only_the_article_message_is_kept():
    lines = list(enumerate(THREAD.split("\n"), 1))
    kept, removed = drop_thread(lines)
    text = _kept_text(kept)
    assert "Living with gout" in text and "Drink plenty of water" in text
    for gone in (
        "#leaflets-team",
        "Ravi Patel",
        "[2:14 PM]",
        "new gout text below",
        ":raised_hands:",
        ":tada:",
        "(edited)",
        "Megan Lowe",
        "replied to a thread",
        "Reads well to me",
        "2:41",
        "Happy to help",
        "View thread",
    ):
        assert gone not in text, gone
    # each line that went is listed for the report
    assert {r.line for r in removed} == {1, 2, 3, 4, 6, 15, 16, *range(18, 26)}
    # the lines keep their numbers, so the report's draft lines stay right
    assert [n for n, _ in kept] == [n for n, _ in lines]


def test_the_thread_imports_as_its_article():
    draft = parse_draft(THREAD, "thread.txt")
    assert draft.title == "Living with gout"
    assert draft.subtitle == (
        "Small changes to what you eat and drink can mean fewer attacks."
    )
    assert draft.byline[0] == "Dr Ines Farrow"
    assert draft.keywords + draft.secondary == ["gout", "arthritis", "diet"]
    body = "\n".join(t for b in draft.blocks for t in b.lines)
    assert "Megan" not in body and "Ravi" not in body


def test_one_sender_line_is_no_thread():
    # a draft with one "Name  10:04 AM" line (a diary's entry, a quoted time) is
    # left as it is
    lines = list(enumerate(["Ravi Patel  10:04 AM", "", "Gout is common."], 1))
    assert drop_thread(lines) == (lines, [])


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (":white_check_mark: 1", ""),
        ("gout, diet :+1:", "gout, diet"),
        ("urate (edited)", "urate"),
        (":eyes: 2 :heart: 4", ""),
        # a time or a ratio is no emoji code
        ("Take it at 10:30", "Take it at 10:30"),
        ("a 2:1 mix", "a 2:1 mix"),
    ],
)
def test_reactions_are_not_words(text, said):
    assert without_reactions(text) == said


def test_a_reaction_line_under_the_keywords_is_no_keyword():
    draft = parse_draft(
        "Living with gout\n\nGout causes sudden pain in a joint.\n\n"
        "Keywords: gout, arthritis\n:fire: 2\n",
        "d.md",
    )
    assert draft.keywords + draft.secondary == ["gout", "arthritis"]
    assert any(r.text == ":fire: 2" for r in draft.removed)


def test_a_timetable_with_times_is_no_thread():
    # each line a capitalised word and a time, but no sender writes twice and
    # there is no reaction, thread link or edit mark
    lines = list(
        enumerate(
            [
                "Taking your tablets",
                "",
                "Breakfast 8:00 AM",
                "Take one tablet with food.",
                "",
                "Evening Meal 6:30 PM",
                "Take the second tablet.",
            ],
            1,
        )
    )
    assert drop_thread(lines) == (lines, [])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Teams puts the time first
        ("[09:12] Ravi Patel", "[09:20] Megan Lowe"),
        # Discord: the day, then the time
        ("Ravi Patel \u2014 Today at 9:12 AM", "Megan Lowe \u2014 Today at 9:20 AM"),
    ],
)
def test_other_chat_tools_sender_lines(first, second):
    lines = list(
        enumerate(
            [
                first,
                "Living with gout",
                "",
                "Gout is a kind of arthritis that causes sudden pain, often in the "
                "big toe. Drink plenty of water through the day.",
                "",
                second,
                "Looks good :+1:",
                ":thumbsup: 1",
            ],
            1,
        )
    )
    kept, removed = drop_thread(lines)
    text = "\n".join(t for _, t in kept)
    assert "Living with gout" in text and "Gout is a kind of arthritis" in text
    assert "Megan" not in text and "Ravi" not in text and "Looks good" not in text
    assert {r.line for r in removed} == {1, 6, 7, 8}
