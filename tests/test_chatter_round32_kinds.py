"""Kinds round 32 showed (chatter_kinds_round32, chatter, chatter_subject), in
words of no corpus file, and the health writing next to each that must stay."""

from __future__ import annotations

import pytest
from helpers.chatter_kinds import assert_found_as

from healthkb.rules.chatter import find_chatter


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a coding or design assistant's report of what it did to the files
        ("I've now tidied and reorganised the folders for you.", "own edits"),
        ("I have just updated `intake_form.md` with the new fields.", "own edits"),
        ("I've refactored the helper scripts so the tests pass.", "own edits"),
        ("I have reorganized the tasks by deadline and effort.", "own edits"),
        ("I've suggested three alternative headlines below.", "own edits"),
        ("Here's what I changed:", "own edits"),
        ("What's new in this version:", "own edits"),
        ("Not done yet:", "own edits"),
        ("I kept your opening paragraph just as you wrote it.", "own edits"),
        ("The edits raised the readability grade by two levels.", "own edits"),
        (
            "The rewritten intro now uses warmer, plainer wording.",
            "own edits|presenting",
        ),
        ("The captions for the clinic series are now ready.", "own edits"),
        # its caveats: what it has not checked, refusals, grounding, exports
        ("I haven't tested the build since the last change.", "caveat"),
        ("The test is still running, so results may change.", "caveat"),
        ("That request goes against my safety guidelines.", "caveat"),
        ("The answer lies outside the provided documents.", "caveat"),
        ("This file is a transcript of the chat session.", "caveat"),
        ("Gemini used the open email to write this reply.", "caveat"),
        ("Review the draft for accuracy before sending.", "caveat|brief"),
        # its questions and offers to go on
        ("I have a couple of quick questions for you before I start:", "offer"),
        ("Three settings you might want to tweak:", "offer"),
        ("Shall I carry on with the next chapter?", "offer"),
        ("Would you like to move on to the FAQ section now?", "offer"),
        ("Need a shorter headline for social media?", "offer"),
        ("Regarding your feedback on the intro, here is a new one.", "offer"),
        # agreeing with the requester
        ("Understood, you're completely right.", "consoling|presenting"),
        ("I see what you're going for with this section.", "consoling"),
        ("That's really helpful clarification.", "consoling"),
        # a prompt's language line and options across registers
        ("Please respond in Spanish.", "request"),
        ("Four openings, from least formal to most serious:", "presenting"),
        ("Here's a breakdown of your survey results", "presenting"),
        # an AI editor's buttons, word count, handles and progress
        ("Simplify", "menu"),
        ("Paraphrase this", "menu"),
        ("Less formal", "menu"),
        ("Make it more persuasive", "menu"),
        ("Add examples", "menu"),
        ("Spelling check", "menu"),
        ("Polishes your draft while keeping your own voice", "menu"),
        ("1,204 words", "menu"),
        ("Drag to reorder", "menu"),
        ("Summarizing your document...", "menu"),
        ("Claude Claude", "menu"),
        ("Compare with the top 10 SERP pages", "SEO"),
        # a template's placeholders and filler contact details
        ("Begin typing…", "placeholder"),
        ("Type the headline here", "placeholder"),
        ("A short author bio could go here.", "placeholder"),
        ("End with a one-line takeaway for the reader.", "placeholder"),
        ("Your Business Name", "placeholder"),
        ("123 Harmony Street", "placeholder"),
        ("Tel: 555-0142", "placeholder"),
        ("info@yourclinic.com | yourdomain.com", "placeholder"),
        ("Anytown, ST 12345", "placeholder"),
        # journal pages' metrics
        ("12 citations", "furniture"),
        ("Scopus citations: 7", "furniture"),
        ("Altmetric score 31", "furniture"),
        ("Views: 2,310", "furniture"),
        ("Research output: Chapter in Book", "furniture"),
        ("Rated 4.5 out of 5 stars by learners", "furniture"),
        # hospital and charity sites' furniture
        ("Online Bill Pay", "furniture"),
        ("Cost Calculator", "furniture"),
        ("Find a Surgeon", "furniture"),
        ("Call us today on 0800 123 456", "furniture"),
        ("Conditions A-Z", "furniture"),
        ("Advanced filters", "furniture"),
        ("Previous lesson", "furniture|leftover"),
        ("Associated specialties", "furniture"),
        ("Hero-banner", "furniture"),
        ("Image source: Wikimedia Commons", "furniture"),
        ("Getty Images", "furniture"),
        ("× Visiting hours have changed this winter.", "furniture"),
        ("Click the icons below to find out more.", "furniture"),
        ("See the original article on the CDC website.", "furniture"),
        ("Annual report 2023 (PDF; 2.4 MB)", "furniture"),
        ("AcceptReject all", "furniture"),
        ("We have raised of $5,000 so far", "furniture"),
        ("Registered charity number 1098765", "furniture"),
    ],
)
def test_round32_kinds_are_found(line: str, kind: str) -> None:
    assert_found_as(line, kind)


@pytest.mark.parametrize(
    "line",
    [
        # health writing of the kinds round 32's prose had flagged: a blogger
        # greeting readers of their own blog, and their post of the week
        "Welcome to my new blog about living with lupus!",
        "My post this month is about coping with hay fever at work.",
    ],
)
def test_health_writing_like_round32s_prose_is_no_longer_flagged(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)


@pytest.mark.parametrize(
    "line",
    [
        # guards against over-reach: the same words in an article's sentences
        "I have updated my will and told my family.",
        "We have created a support group for carers in the town.",
        "Simplify your medicine routine with a weekly pill box.",
        "More exercise helps most people sleep better.",
        "Less salt means lower blood pressure for many people.",
        "Add extra fibre to your meals slowly.",
        "Write your weight here: ______ kg",
        "Write your questions here: what should I ask my nurse?",
        "End with a cool-down stretch of five minutes.",
        "Your GP's name",
        "The study followed 123 people for two years.",
        "Download the leaflet (PDF, 1 MB) or call us to ask for a paper copy.",
        "Find a quiet room to practise breathing exercises.",
        "Call 111 if you are worried.",
        "The course of vaccines is now complete for most children.",
        "The revised guidelines recommend a lower starting dose.",
        "Please talk to your doctor before you stop taking it.",
        "I haven't run since my knee operation.",
        "This goes against my doctor's advice, but I tried it.",
        "I see what you mean about the side effects, said the nurse.",
        "Would you like to start with a lower dose? Ask your pharmacist.",
        "Most patients rated the clinic 4 out of 5.",
        "Loading doses are sometimes used for this medicine.",
        "Previous studies found no link with autism.",
        "Scopus and PubMed were searched for trials up to 2020.",
    ],
)
def test_health_writing_next_to_the_round32_kinds_stays(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)
