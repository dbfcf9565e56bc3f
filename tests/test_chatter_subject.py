"""The speaker told from the subject (rounds 26 and 27): sentences about a writing
tool and bloggers on their own blog are prose; the tool speaking, its interface and
its credits are still chatter.  Lines in words of no corpus file."""

from __future__ import annotations

import pytest

from healthkb.rules.chatter import find_chatter, normalise
from healthkb.rules.chatter_subject import about_a_tool, asks_a_clinician, on_own_blog


@pytest.mark.parametrize(
    "line",
    [
        # a tool as the subject, the object or the one addressed
        "Gemini gave me a different answer the second time.",
        "Many patients now ask ChatGPT about their symptoms before they call the surgery.",
        "The AI in the trial missed two of the ten emergencies.",
        "Thanks, ChatGPT.",
        "Oops, AI.",
        # a quotation, attributed after it or after "said:"
        'The nurse said: "I\'ve added your details to the list," and smiled.',
        "'I never thought I would need a walking stick,' she says.",
        # a blogger on their own blog, posts and life
        "I'll write more about my recovery in my next post.",
        "I've been too busy to update this blog since the spring.",
        "Here's how I plan my meals for the week.",
        "I hope to share more recipes with you all next month, so I'll keep you posted.",
        # a patient's question to a clinician about their practice
        "How often do you carry out this operation, and how do your patients recover?",
    ],
)
def test_lines_about_a_tool_or_a_writers_life_are_prose(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the tool about itself, its interface and its credits
        ("As an AI, I can't examine you.", "the tool's caveat about itself"),
        ("I'm Sana, an AI health assistant.", "the tool's caveat about itself"),
        ("ChatGPT said:", "the tool's caveat about itself"),
        ("AI-generated image of a pharmacy counter.", "a writing tool's credit"),
        # first person about the text, not about a blog of the speaker's own
        ("I'll write the next post in the same style.", "the tool about its own edits"),
        ("Here's how I would restructure the post:", "presenting the text"),
        (
            "Let me know if you want the next post drafted too.",
            "an offer or question to the requester",
        ),
    ],
)
def test_the_tool_speaking_is_still_chatter(line: str, kind: str) -> None:
    found = find_chatter(line)
    assert found is not None and found.kind == kind, found


def test_the_predicates_say_who_speaks() -> None:
    assert about_a_tool(normalise("ChatGPT disagreed."))
    assert not about_a_tool(normalise("ChatGPT"))  # a label, no sentence
    assert not about_a_tool(normalise("As an AI language model, I cannot see it."))
    assert on_own_blog(normalise("I started this blog after my diagnosis."))
    assert not on_own_blog(normalise("I have shortened the blog post."))
    assert asks_a_clinician(normalise("Do you treat many patients with this?"))
    assert not asks_a_clinician(normalise("Do you want me to add a summary?"))
