"""Kinds round 36 showed (chatter_kinds_round36 and the byline structure of
chatter_furniture), in words of no corpus file, and the health writing next to each
that must stay.

Left to no rule: one- or two-word editor menu items ("Sum up", "Save this?"), which
a heading can be; code string literals of a tool's buttons ("'Strengthen the
closing',"); a clinic's own booking call ("Call or book online today ...")."""

from __future__ import annotations

import pytest
from helpers.chatter_kinds import assert_found_as

from healthkb.rules.chatter import find_certain_chatter, find_chatter


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a prose linter's verdict on a quoted phrase, and a colour-coded key
        ("'is believed' is passive voice", "checker"),
        ('"very essential" is not comparable on line 4', "checker"),
        ("'at this point in time' is wordy", "checker"),
        ("Hard words are shown in purple.", "checker"),
        ("Sentences in yellow are highlighted because they are long", "checker"),
        ("Try a simpler word in place of a purple one.", "checker"),
        # the tool answering: an acknowledgement and what it did
        ("Done. I've cut the second paragraph.", "answering|edits"),
        ("Good catch! The revised opening is shorter now.", "answering|edits"),
        ("Got it. Here are two versions of the headline:", "answering|presenting"),
        ("I have kept American spelling throughout.", "answering|edits"),
        ("Here is a friendlier introduction.", "answering"),
        ("I've read through your notes and grouped them by theme.", "answering"),
        ("This should give you a good foundation for the leaflet.", "answering"),
        ("I can't see the attachment in this chat, so I've guessed.", "answering"),
        # a register asked of the text, a change log
        ("Make it friendlier", "menu"),
        ("Make the headline punchier", "menu"),
        ("Optimise for SEO", "menu"),
        ("Improved flow and readability", "menu|edits"),
        # a persona the tool speaks as
        ("As an experienced proofreader with 15 years in publishing...", "caveat"),
        ("Speaking as your content strategist, I would cut this.", "caveat"),
        # news and health publishers' page furniture
        ("By Priya Natarajan", "furniture|leftover"),
        ("By Dr Tomas Ek, GP partner", "furniture|leftover"),
        ("By Sam OkaforHealth correspondent", "furniture|leftover"),
        ("Recommended by Outbrain", "furniture|leftover"),
        ("Sponsored Stories", "furniture"),
        ("Sponsored Links by Outbrain", "furniture"),
        ("Your comment is awaiting moderation.", "furniture"),
        ("The characters you entered did not match. Try again.", "furniture"),
        ("Reuters / Ann Lee", "furniture"),
        ("(Photo: Getty Images)", "furniture|placeholder"),
        ("Media caption, The new ward opened on Monday", "furniture"),
        ("You are leaving nhs-example.org and going to a partner site.", "furniture"),
        ("Read the full story here", "furniture|leftover"),
        ("Archive for the diabetes Category", "furniture"),
        ("lee_k8812 hours ago", "furniture"),
        ("Official reprint from a clinical database", "furniture"),
        ("Reviewed: June 2021", "furniture"),
        ("5 minutes ago 12", "furniture"),
    ],
)
def test_round36_kinds_are_found(line: str, kind: str) -> None:
    assert_found_as(line, kind)


@pytest.mark.parametrize(
    "line",
    [
        # guards against over-reach: the same words in an article's sentences
        "By Christmas Day she was home again.",
        "By March 2021, most adults had been offered a first dose.",
        "By the age of five, most children are dry at night.",
        "By Friday the swelling had gone down.",
        "The passive voice is common in research papers.",
        "Blue or purple lips are a sign to call 999.",
        "Done well, exercise helps your mood.",
        "Got it checked by a pharmacist? Good.",
        "I have used an inhaler since I was a child.",
        "Make it easier to take your tablets by using a pill box.",
        "Make it a habit to check your feet every day.",
        "The ward is warmer than the corridor.",
        "Improved blood sugar control lowers the risk of complications.",
        "As a nurse with 20 years of experience, I have seen this often.",
        "Your comment is welcome: email the team.",
        "You are leaving hospital with a new medicine.",
        "Read the leaflet before you take the first dose.",
        "The review in June 2021 found no difference.",
        "Reviewed by a specialist nurse",
        "We reviewed the data from 12 trials.",
    ],
)
def test_health_writing_next_to_the_round36_kinds_stays(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)


@pytest.mark.parametrize(
    "line", ["By Cathi Gandel, AARP", "By Sam OkaforHealth correspondent"]
)
def test_a_lone_byline_is_a_probable_finding_the_importer_leaves_to_its_own_reading(
    line: str,
) -> None:
    # check warns (a byline in the body is the page's); the importer reads bylines
    # where they stand and leaves a "By NAME" line elsewhere for a person to decide
    found = find_chatter(line)
    assert found is not None and found.tentative
    assert find_certain_chatter(line) is None
