"""Kinds round 31 showed (chatter_kinds_round31, chatter, chatter_speech,
chatter_subject), in words of no corpus file, and the health writing next to each
that must stay."""

from __future__ import annotations

import pytest
from helpers.chatter_kinds import assert_found_as

from healthkb.rules.chatter import find_chatter


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the tool's advice to its requester on the text it wrote
        ("I'd suggest checking the dosage figures against the leaflet.", "advising"),
        ("I would strongly recommend adding a source for that claim.", "advising"),
        ("You might want to include a quote from a nurse in this section.", "advising"),
        ("Consider including a short FAQ at the end.", "advising"),
        ("Copy this straight into your CMS and publish.", "advising"),
        # its notes on what it changed or left alone, and a change list's item
        ('I replaced "utilise" with "use" in every paragraph.', "own edits"),
        ("The rest of the letter stays unchanged.", "own edits"),
        ("Shortened the opening.", "own edits"),
        ("Reworded the technical jargon", "own edits"),
        # options labelled with their register
        ("Version 2 (shorter):", "presenting"),
        ("Option A (warm and friendly):", "presenting|offer"),
        # its result is only a starting point
        ("Note that this is only a rough outline, so adjust it as needed.", "caveat"),
        # asking which revisions are wanted, and a form assistant's confirmation
        ("Please tell me if any changes are needed.", "offer"),
        ("Would you like to confirm this reservation?", "offer"),
        # an SEO writer's fields and its comparison with ranking pages
        ("Meta title: Hay fever in children | Our Pharmacy", "SEO"),
        ("SEO description", "SEO"),
        ("Your article is longer than the average ranking page.", "SEO"),
        ("Headline ideas:", "SEO"),
        # a writing checker's metrics and cards
        ("Keyword density: 1.8%", "checker|SEO"),
        ("Readability: 64%", "checker|SEO"),
        ("Clarity: 2 suggestions", "checker"),
        ("Engagement: Choose a livelier word", "checker"),
        ("The paragraph is too long to read easily.", "checker"),
        # an AI editor's buttons and status
        ("Regenerate", "menu|transcript"),
        ("Generate another", "menu"),
        ("Tone: Friendly", "menu|SEO"),
        ("Copilot is drafting…", "menu"),
        ("Completed by Smart Compose", "menu"),
        # an e-mail builder's furniture
        ("Having trouble reading this newsletter? View it online.", "furniture"),
        ("Forward this email to a friend", "furniture"),
        ("Sent via Substack", "furniture"),
        ("We send one email a month. Unsubscribe anytime.", "furniture"),
        # a page's feedback, accessibility, finder and call-to-action widgets
        ("No, the information was not helpful", "furniture"),
        ("Accessibility options", "furniture"),
        ("Text size A A A", "furniture"),
        ("Enter your postcode to find a pharmacy open today.", "furniture"),
        ("Find a dentist near me", "furniture"),
        (
            "Click here to learn more about our clinics and contact us.",
            "furniture|leftover",
        ),
        ("Read more patient stories", "furniture"),
        ("Bookmark for later", "furniture"),
        ("Take our survey", "furniture"),
        ("Turn on push notifications", "furniture"),
    ],
)
def test_round31_kinds_are_found(line: str, kind: str) -> None:
    assert_found_as(line, kind)


@pytest.mark.parametrize(
    "line",
    [
        # health writing of the kinds round 31's prose had flagged: a sentence
        # adverb opening an article's sentence, a headline about a tool, someone
        # unsure about their own life, a writer on writing their own post
        "Of course, brushing twice a day matters more than which toothpaste you buy.",
        "Certainly, most children grow out of it by school age.",
        "What Nurses Think About ChatGPT and Patient Questions",
        "How Families Are Turning to AI for Advice on Sleep",
        "I'm not sure which was harder, the fatigue or the itching on my skin.",
        "Writing this post about my migraines made me see how much I had ignored.",
    ],
)
def test_health_writing_like_round31s_prose_is_no_longer_flagged(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)


@pytest.mark.parametrize(
    "line",
    [
        # guards against over-reach: the same words in an article's sentences
        "Your GP may suggest adding a second medicine if the first does not work.",
        "You might want to bring a list of your questions.",
        "Consider adding more fibre to your diet, such as oats and beans.",
        "Shortened sleep can raise your blood pressure.",
        "Option 1: take the tablets in the morning.",
        "Note that this is a common side effect and usually passes.",
        "Please tell us if you have any allergies.",
        "Your bone density is lower than average for your age.",
        "Readability of health leaflets was poor in the study.",
        "Try again the next night if you cannot sleep.",
        "Enter the hospital by the main entrance.",
        "Find a quiet place to rest.",
        "Save some of your energy for the evening.",
        "Take the tablets with food.",
        "The rest of the day can be spent resting.",
        "I'd recommend this clinic to anyone with back pain, says one patient.",
        "Why AI will not replace your doctor",
        # a signpost to further reading, which the learnt layer alone read as a
        # tool's note on its edits once it learnt round 31
        "Find out more about the flu vaccine, including leaflets translated into Polish",
        "Read more about how to store your insulin (Diabetes UK)",
        # a past fact dated by its year, which the layer read as a tool presenting
        # its text once it learnt round 31
        "The first version of the leaflet was withdrawn in 2019 after complaints.",
    ],
)
def test_health_writing_next_to_the_round31_kinds_stays(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)
