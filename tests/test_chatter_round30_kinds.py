"""Kinds round 30 showed (chatter_kinds_round30, chatter_kinds_languages, chatter),
in words of no corpus file, and the health writing next to each that must stay."""

from __future__ import annotations

import pytest

from healthkb.rules.chatter import find_chatter


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a grammar, readability or SEO checker's report on the requester's text
        ("4 of 23 sentences are very hard to read.", "checker"),
        ("2 words with a simpler alternative", "checker"),
        ("3 phrases could be shortened", "checker"),
        ("No hard sentences.", "checker"),
        ("7 grammar/punctuation errors", "checker"),
        ("5 unnecessary adverbs", "checker"),
        ("Possible grammar mistake", "checker"),
        ("No style issues detected", "checker"),
        ("Use 'affect' (verb) instead of 'effect'", "checker"),
        ("It looks fine in this paragraph!", "checker"),
        ("This paragraph changed. Check it again.", "checker"),
        ("Consider shortening this headline.", "checker"),
        ("Split up long paragraphs", "checker"),
        ("Too many qualifiers", "checker"),
        ("Keep paragraphs under 4 lines", "checker"),
        ("Clarity score: 64/100", "checker"),
        ("Reads as formal and analytical", "checker"),
        ("Meta description is too short (88 characters).", "SEO"),
        ("Additional SEO 3 Errors", "SEO"),
        # a writing tool's one-word menu and the versions it offers
        ("Paraphrase", "menu"),
        ("Show suggestions", "menu"),
        ("Plain-language version", "menu"),
        # a translation tool's preamble
        ("Here is my French translation of your leaflet:", "translation"),
        ("Translation:", "translation"),
        ("Texte traduit :", "translation"),
        # a model's reasoning leaked into its answer, and its notes on replacements
        ("The user is asking for a warmer tone in the intro.", "its own edits"),
        ("Swapped medical jargon with everyday words throughout.", "its own edits"),
        ("Technical phrasing has been softened for lay readers.", "its own edits"),
        # course players, forums, podcast pages, portals, newsletters, widgets
        ("Mark this module as done", "furniture"),
        ("Accepted as the correct solution", "furniture"),
        ("Trophy points 412", "furniture"),
        ("Episode Notes", "furniture"),
        ("Please rate us on Spotify if you enjoyed it.", "furniture"),
        ("Released Friday, 3 May 2024", "furniture"),
        ("Learn more about Dr Lee at https://example.org", "furniture"),
        ("A new lab result has been posted.", "furniture"),
        ("Appointment rescheduled", "furniture"),
        ("Two tasks are overdue", "furniture"),
        ("Morning Briefing", "furniture"),
        ("Trending at Health Daily", "furniture"),
        ("Related Webinars", "furniture"),
        ("chevron_left", "furniture"),
        ("Drugs Vitamins Procedures |", "furniture"),
        ("Vous avez dit :", "credit"),
        # an assistant's speech acts in other languages
        ("Segue abaixo o texto revisado:", "presenting"),
        ("当然，以下是修改后的版本：", "presenting"),
        ("かしこまりました。下記をご確認ください。", "presenting"),
        ("Soll ich noch eine Einleitung schreiben?", "offer"),
        ("¿Quieres que añada una conclusión?", "offer"),
        ("Voulez-vous que je raccourcisse le texte ?", "offer"),
        ("Vuoi che aggiunga degli esempi?", "offer"),
        ("Você quer que eu traduza o resto?", "offer"),
        ("需要我再补充一些例子吗？", "offer"),
        ("Espero que esto te sirva.", "sign-off"),
        ("J'espère que ça vous aidera.", "sign-off"),
        ("Spero ti sia utile!", "sign-off"),
        ("希望这能帮到你。", "sign-off"),
        ("Es tut mir leid, das war ein Fehler.", "apology"),
        ("Lo siento, no tengo acceso al archivo.", "apology"),
    ],
)
def test_round30_kinds_are_found(line: str, kind: str) -> None:
    found = find_chatter(line)
    assert found is not None, line
    assert any(word in found.kind for word in kind.split("|")), found


@pytest.mark.parametrize(
    "line",
    [
        # reader-facing tips whose "take" is a verb and a course's numbered parts:
        # health writing the detector flagged
        "Here are some ideas on how to take your tablets on time:",
        "Week 3: Building Strength After Surgery",
    ],
)
def test_health_writing_like_round30s_prose_is_no_longer_flagged(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)


@pytest.mark.parametrize(
    "line",
    [
        # guards against over-reach: the same words in an article's sentences
        # (these passed before too)
        "Two of 10 adults have high blood pressure.",
        "Your test results are usually available within a week.",
        "Consider removing rugs that you could trip over.",
        "Keep a diary of your symptoms for two weeks.",
        "The translation of the leaflet into Polish is on our website.",
        "Ask your pharmacist to check your dose.",
        "Use a spacer with your inhaler.",
        "Step 2: Wash the area with warm water.",
        "Sounds can trigger a migraine for some people.",
        "I've made an appointment with my GP.",
        "Read the leaflet that comes with your medicine.",
        # lines of the kinds the learnt layer alone no longer judges once it learnt
        # round 30: a care service told to the reader, a page on what it is about,
        # a list clause, a finding of no difference
        "Your practice will usually text you when your child is due for the booster.",
        "This page is about the shingles vaccine for adults over 65.",
        "have a long-term heart condition",
        "No difference in pain scores was seen after six weeks.",
    ],
)
def test_health_writing_next_to_the_round30_kinds_stays(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)
