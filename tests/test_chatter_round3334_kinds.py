"""Kinds rounds 33 and 34 showed (chatter_kinds_round3334, and the frames of the
learnt layer's features), in words of no corpus file, and the health writing next
to each that must stay."""

from __future__ import annotations

import pytest
from helpers.chatter_kinds import assert_found_as

from healthkb.rules.chatter import find_chatter
from healthkb.rules.chatter_model_features import features, frames, skeleton


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a readability checker's verdict on a share of the text against its limit
        (
            "12% of the sentences use passive voice, which is above the recommended "
            "maximum of 10%.",
            "checker",
        ),
        (
            "Two of the paragraphs are longer than the recommended maximum of 150 words.",
            "checker",
        ),
        # its praise after a verdict on the text
        ("Your subheadings are well spread out. Great job!", "checker"),
        ("The title has a good length. That's great!", "checker"),
        ("None of the sentences are too long.", "checker"),
        ("Not enough text to need a table of contents.", "checker"),
        # an interface's untranslated message key
        ("##common.site.footer.copyright##", "furniture"),
        # a newsletter box's promise
        ("Monthly emails with our best recipes and no spam.", "furniture"),
        ("Tips every Friday. No spam, no fluff.", "furniture"),
        ("Changed your mind? Unsubscribe here.", "furniture"),
    ],
)
def test_round3334_kinds_are_found(line: str, kind: str) -> None:
    assert_found_as(line, kind)


@pytest.mark.parametrize(
    ("line", "frame"),
    [
        # second person and a word for the text
        ("Do you want the summary as bullets or a table?", "f:you+text"),
        # an imperative of editing first, then a text's word or a register
        ("Tighten the intro", "f:imperative+text"),
        ("Make it warmer", "f:imperative+register"),
        ("Make punchier", "f:imperative+register"),
        # a verdict on the text
        ("The headline is too long for search results.", "f:text+verdict"),
        # an offer to go on
        ("Would you like to develop these ideas further?", "f:offer to act"),
        ("Shall I carry on?", "f:offer"),
    ],
)
def test_the_learnt_layers_frames(line: str, frame: str) -> None:
    assert frame in frames(skeleton(line))
    assert frame in features(line)


@pytest.mark.parametrize(
    "line",
    [
        # a reader's imperative of care names no text: no edit frame
        "Make a plan with your doctor.",
        "Use a spacer with your inhaler.",
        "Check your blood pressure at home.",
        "Consider taking paracetamol for the pain.",
    ],
)
def test_a_readers_imperative_is_no_edit_frame(line: str) -> None:
    assert not {"f:imperative+text", "f:imperative+register"} & set(features(line))


@pytest.mark.parametrize(
    "line",
    [
        # guards against over-reach: the same words in an article's sentences
        "Only 8% of adults eat enough fibre, which is below the recommended amount.",
        "Half of the words a toddler hears come from the people at home.",
        "None of the children in the trial had a serious reaction.",
        "Not enough sleep can raise your blood pressure.",
        "Your score is good. Great job on keeping active!",
        "Email the clinic if you need to change your appointment.",
        "Would you like to know more about our services? Call us.",
        "Make sure you drink enough water.",
        "Use more salt-free herbs and spices instead.",
    ],
)
def test_health_writing_next_to_the_round3334_kinds_stays(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)
