"""Kinds round 35 showed (chatter_kinds_round35, and the learnt layer's web-field and
input-request features), in words of no corpus file, and the health
writing next to each that must stay.

Left to no rule: an image's alt text ("Glass of water", "A retro electric fan"),
which is a plain description a line-level detector cannot tell from a caption, and
a patient leaflet's reference number and department (round 13 holds them as
prose, round 35's reader labelled them furniture)."""

from __future__ import annotations

import pytest
from helpers.chatter_kinds import assert_found_as

from healthkb.rules.chatter import find_chatter
from healthkb.rules.chatter_model_features import features, frames, skeleton


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a web-publishing plugin's verdict on a field of the page
        ("Meta description not set", "checker"),
        ("Featured image is missing", "checker"),
        ("The permalink is too short", "checker"),
        ("Post is set to nofollow", "checker"),
        ("Add a canonical link to this post", "checker"),
        ("Use fewer headings for better SEO.", "checker"),
        # a readability checker's verdict on the text's units, with its targets
        ("Some paragraphs are too long.", "checker"),
        ("Your sentences are difficult to read.", "checker"),
        ("Paragraph length is fine", "checker"),
        ("Intro is good for readability", "checker"),
        ("Aim for 120-155 characters.", "checker"),
        ("Reading grade level: 11", "checker"),
        ("72 characters (50-60 recommended)", "checker"),
        ('"knee pain" appears 3.1% (target: 1-2%)', "checker"),
        # page furniture
        ("Older Posts", "furniture"),
        ("Welsh Version", "furniture"),
        ("Mapa del sitio", "furniture"),
        ("A nurse checks a patient's pulse. Getty Images", "furniture"),
        ("First published online March 3, 2021", "furniture"),
        ("main content area", "furniture"),
        ("minutes read", "furniture|leftover"),
        ("The hospital's new ward opened in May. Photo: Jane Smith", "furniture"),
        ("You are currently viewing Ten tips for better sleep", "furniture"),
        # the tool asking for its input, and on its own work
        ("Please share your notes, and I will turn them into a post.", "offer"),
        ("Give me your draft to start.", "offer"),
        ("I have identified the following gaps in your outline:", "edits"),
        ("Next, I will perform a careful review of your article.", "edits"),
        ("Here's how I can help you:", "edits"),
        ("As a professional copywriter, I craft posts that sell.", "edits"),
        ("There are no signs of plagiarism in your draft.", "edits"),
        # an editor's menu command
        ("Translate into Spanish", "menu"),
    ],
)
def test_round35_kinds_are_found(line: str, kind: str) -> None:
    assert_found_as(line, kind)


@pytest.mark.parametrize(
    ("line", "feature"),
    [
        ("Slug is not set", "f:web field+verdict"),
        ("Please send me the outline and I'll expand it", "f:asks for input"),
    ],
)
def test_the_learnt_layers_round35_features(line: str, feature: str) -> None:
    assert feature in features(line)


def test_a_readers_request_is_no_request_for_input() -> None:
    # a page asking the reader for something names no first person who then works
    assert "f:asks for input" not in frames(skeleton("Please provide your NHS number."))
    assert "f:asks for input" not in frames(
        skeleton("Please give me a call on Monday.")
    )
    # a meta-analysis is no page's meta description
    assert "f:web field" not in features(
        "A meta-analysis of 12 trials found a benefit."
    )


@pytest.mark.parametrize(
    "line",
    [
        # guards against over-reach: the same words in an article's sentences
        "If the waiting list is too long you can pay for it yourself.",
        "Many people wait too long before seeing their GP.",
        "Aim for 150 minutes of moderate activity a week.",
        "Keep your HbA1c below your target (target: 48 mmol/mol).",
        "Vitamin D (recommended: 10 micrograms a day) helps keep bones healthy.",
        "Please provide your NHS number when you call.",
        "Give me your hand, the nurse said.",
        "The English version of the leaflet is below.",
        "Photos of the rash can help your GP.",
        "Published research shows that walking helps.",
        "I will conduct the interview in a quiet room.",
        "The main text of the leaflet explains the risks.",
        "Too many painkillers might affect your stomach.",
        "Translate the instructions for your family if you need to.",
        "Sluggish digestion is common after surgery.",
    ],
)
def test_health_writing_next_to_the_round35_kinds_stays(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)
