"""Kinds round 29 showed (chatter_kinds_round29, chatter_subject, chatter), in words
of no corpus file, and the health writing next to each that must stay."""

from __future__ import annotations

import pytest

from healthkb.rules.chatter import find_chatter


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a writing brief's instructions behind a label or a place in the piece
        ("Sleep hygiene: Talk about why screens delay sleep.", "a writing brief"),
        ("Myths: Dispel the belief that cracking knuckles causes arthritis.", "brief"),
        ("Main argument: Present the idea that walking beats gym plans.", "brief"),
        ("Types: Distinguish between tension headaches and migraine.", "brief"),
        ("Opening: Give a quick overview of the guide's sections.", "brief"),
        ("In the conclusion, summarise why hydration matters.", "a writing brief"),
        ("In the first paragraph, start by describing a typical night shift.", "brief"),
        ("Delve deeper into the role of magnesium in sleep.", "a writing brief"),
        ("Define gout and its link with purine-rich food.", "a writing brief"),
        ("Offer quick breakfast ideas for busy parents.", "a writing brief"),
        ("Share practical tips for staying active at work.", "a writing brief"),
        ("Guide readers through choosing a sunscreen.", "a writing brief"),
        # an outline's labels for parts of the piece
        ("Suggested H3: Who Should Avoid Ibuprofen?", "an SEO tool's label"),
        ("Working thesis: Sleep is the cheapest medicine.", "an SEO tool's label"),
        ("SEO", "an SEO tool's label"),
        ("Blog images:", "an SEO tool's label"),
        ("Back Pain Blog Post Outline and Key Points", "an SEO tool's label"),
        # a tool's notes on the register of its rewrite, and its flags
        ("- Swapping informal phrasing for plainer wording", "its own edits"),
        ("- Standardising capitalisation in headings", "its own edits"),
        ("The leaflet now reads a little more friendly and less formal.", "edits"),
        ("Emails are a bit more formal to match the channel.", "its own edits"),
        ("That makes the intro sound more human.", "its own edits"),
        ("Here's the tightened caption", "its own edits"),
        ("Friendly version:", "its own edits"),
        ("A few things I noticed: two dates disagree.", "its own edits"),
        ("Flagged them for you to review.", "its own edits"),
        # a tool summarising its requester's material
        ("In summary, the passage stresses early treatment of sepsis.", "edits"),
        ("These notes cover the ideas discussed in the lecture.", "its own edits"),
        # a tool recommending its own answer be checked, what it could not fetch
        ("I would recommend confirming these with the ward.", "caveat"),
        ("I recommend verifying the clinic's opening hours.", "caveat"),
        ("I couldn't successfully fetch the trial registry page.", "caveat"),
        ("Caveats and open questions:", "caveat"),
        # an offer in the passive, a chat product's feedback prompts
        (
            "If you say what the event is, a more personalised checklist could be "
            "provided.",
            "an offer or question",
        ),
        ("Was this response helpful?", "a chat transcript's interface text"),
        ("Your rating helps improve Gemini.", "a chat transcript's interface text"),
        # site furniture families
        ("* indicates a required field", "page furniture"),
        ("You are commenting using your Google account.", "page furniture"),
        ("Your feedback is important to us.", "page furniture"),
        ("Submit a support request", "page furniture"),
        ("The original article is available here.", "page furniture"),
        ("Wednesday, 2nd March 2022, 10:41 am", "page furniture"),
        ("Posted Thursday, 3rd August 2023, 7:15 pm", "page furniture"),
        ("Front. Public Health, 3 March 2022", "page furniture"),
        ("Page Bottom Ad", "page furniture"),
        ("Popular Topics", "page furniture"),
        ("Browse by topic", "page furniture"),
        ("See also  7 Easy Ways To Sleep Better", "page furniture"),
        ("Related subjects: Sleep", "page furniture"),
        ("Grab the free meal-planning checklist I use with clients", "page furniture"),
        ("About the Staff Writers", "page furniture"),
        ("Replace 'your-site' with your actual domain name.", "a placeholder"),
    ],
)
def test_round29_kinds_are_found_in_other_words(line: str, kind: str) -> None:
    found = find_chatter(line)
    assert found is not None, line
    assert kind in found.kind


@pytest.mark.parametrize(
    "line",
    [
        # a sentence or headline about a tool someone uses: the tool does not speak
        "Her daughter kept consulting ChatGPT.",
        "Why Patients Keep Asking AI About Their Symptoms",
        "Gemini Struggles With Drug Interaction Questions",
        "We only use AI-generated summaries after a doctor checks them.",
        # the writer's likes and series, a promise to readers, trying a thing
        "I love reading about nutrition, and I've made it my hobby.",
        "As promised, part four is here: sleep and shift work.",
        "I will try to answer every comment this week.",
        "I tried acupuncture once, but it did not help.",
        # a publisher's method
        "How We Review Our Health Articles",
        # an apology as a noun, not a tool's apology
        "Apologies are not enough after a medication error.",
    ],
)
def test_health_writing_like_round29s_prose_is_no_longer_flagged(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)


@pytest.mark.parametrize(
    "line",
    [
        # the reader's own imperatives and a guideline's labelled lines say "you"
        # or give care: the brief's verbs alone are no brief (these were not
        # flagged before either: they guard the new patterns against over-reach)
        "Side effects: Talk about them with your pharmacist.",
        "Define your goals before you start a new diet.",
        "In the morning, take the tablet with water.",
        "Share your worries with someone you trust.",
        "Introduce new foods one at a time.",
        "The leaflet explains the types of diabetes.",
        "I recommend checking your blood pressure at home.",
        "Monday to Friday, 9am to 5pm",
        "The original study was published in 2019.",
        "I used to believe that carbs were the enemy.",
        "Note: This guide is for general information, not a diagnosis.",
    ],
)
def test_health_writing_next_to_the_round29_kinds_stays(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)
