"""The kinds rounds 24 and 25 showed (healthkb.rules.chatter_kinds_round24), each
in words of no corpus file, and health writing near each that must stay prose."""

from __future__ import annotations

import pytest

from healthkb.rules.chatter import find_chatter
from healthkb.rules.chatter_speech import cues


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Explain why sleep matters for memory and mood.", "brief"),
        ("3. Highlight the benefits of regular eye tests.", "brief"),
        ("Conclusion: Summarizing the key steps for safe storage.", "brief"),
        ("Encourage readers to book a check-up.", "brief"),
        ("This post could examine how stress affects the skin.", "brief"),
        ("[Insert a short quote from the practice nurse here]", "placeholder"),
        ("[Job title/department]", "placeholder"),
        ("Dear ________,", "placeholder"),
        ("Loading %s comments", "leftover"),
        ("woman stretching in the park.webp", "leftover"),
        ("Image courtesy of Pexels", "furniture"),
        ("Manage your cookies", "leftover"),
        ("Did you find this article useful?", "leftover"),
        ("Posts tagged with asthma", "leftover"),
        ("Home | About | Clinics | Contact", "leftover"),
        ("© Reuters", "leftover"),
        ("Alle Rechte vorbehalten.", "leftover"),
        ("I believe you're referring to the Zika virus.", "own edits"),
        ("I've tightened the intro and cut the jargon.", "own edits"),
        ("This is an AI-generated summary of the page.", "caveat"),
    ],
)
def test_the_new_kinds_in_words_of_their_own(line, kind):
    finding = find_chatter(line)
    assert finding is not None and kind in finding.kind, finding


@pytest.mark.parametrize(
    "line",
    [
        "Explain to your child why the injection will help.",
        "Discuss your treatment options with your care team.",
        "List all the medicines you take, including ones you buy.",
        "Write your child's weight here: ________ kg",
        "[Your eyes should be checked every year](https://www.nhs.uk/) at the clinic.",
        "Cookies and cakes are high in sugar, so keep them for treats.",
        "BMI | 25 - 29.9 | Increased risk |",
        "Never guess the dose from memory: check the label.",
        "Below are measures you can take to lower the chances of infection.",
        "Your healthcare provider may change the dose after a week.",
        "Read more about flu vaccines on the NHS website.",
        "Healing usually takes two to three weeks.",
    ],
)
def test_health_writing_near_the_new_kinds_is_not_chatter(line):
    assert find_chatter(line) is None, find_chatter(line)


def test_a_real_word_is_never_read_as_a_typo_of_a_key_word():
    """'chances' is no 'changes', 'healing' no 'heading', 'provider' no 'provide'
    (each one letter from a key word), while a real typo still is."""
    assert not cues("Here are your chances of a good recovery.").get(
        "presenting the text"
    )
    assert "presenting the text" in cues("Here are the chnages to your draft.")
