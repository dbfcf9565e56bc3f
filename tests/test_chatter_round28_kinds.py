"""Kinds round 28 showed (chatter_kinds_round28, chatter_subject), in words of no
corpus file, and the health writing next to each that must stay."""

from __future__ import annotations

import pytest

from healthkb.rules.chatter import find_chatter


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a writing brief's instructions to the writer
        ("Mention the growing interest in cold showers.", "a writing brief"),
        ("Provide examples of high-fibre breakfasts.", "a writing brief"),
        ("Explain the difference between a cold and flu.", "a writing brief"),
        ("Key points: Include recent statistics on hay fever.", "a writing brief"),
        ("Takeaway: Recommend simple stretches for desk workers.", "a writing brief"),
        ("Cite studies on screen time and sleep in teenagers.", "a writing brief"),
        ("To write an engaging article on gout, start with a story.", "writing brief"),
        # a tool calling itself an AI, its search answer's chips, its turn-taking
        ("As seen from the perspective of an AI, hydration matters.", "caveat"),
        ("This AI-written summary covers the main points.", "caveat"),
        ("Stretch gently each morning. Mayo Clinic+1NHS+3", "a writing tool's credit"),
        ("Ready for part 2?", "an offer or question"),
        ("Shorter version:", "an offer or question"),
        ("Paste this into your existing index.html and refresh.", "offer or question"),
        ("I've finished the layout changes.", "the tool about its own edits"),
        # site furniture families
        ("A Community Forum Member wrote:", "page furniture"),
        ("love (12)", "page furniture"),
        ("Type: DOCX", "page furniture"),
        ("Made with Canva", "page furniture"),
        ("Patient letter template.docx", "page furniture"),
        ("[Archived] Measles clinic dates", "page furniture"),
        ("Sign-ups for the clinic are open again … Read more", "page furniture"),
        ("This page is meant for clinicians only", "page furniture"),
        ("Note: the text in red shows what to change for your clinic.", "placeholder"),
        # the tool on a part of this text, which no headline about tools is
        ("AI will draft the summary here", "caveat about itself"),
        ("What AI will add to this section", "caveat about itself"),
        # a tool's note on the text names topics a blogger's life also has
        ("I've added a paragraph about sport with friends.", "own edits"),
        ("I can add a paragraph on blogging about your health.", "own edits"),
        # a tool presenting its text, not a journal's article
        ("Here's the blog post on sleep.", "presenting the text"),
        ("Here's the BMJ article you asked me to simplify.", "presenting the text"),
        # later kinds: rewriting verbs, a chat tool's limits, structure notes
        ("I've reworked the intro to open with a patient's question.", "own edits"),
        ("I can only answer in Spanish today.", "caveat about itself"),
        ("Add a quote to make the article more readable.", "a writing brief"),
        ("What to do first (inverted pyramid)", "a writing brief"),
        ("Join the free 14-day sleep challenge", "page furniture"),
        ("Post Test - 3/4/2025", "page furniture"),
    ],
)
def test_the_new_kinds_in_other_words(line: str, kind: str) -> None:
    found = find_chatter(line)
    assert found is not None and kind in found.kind, found


@pytest.mark.parametrize(
    "line",
    [
        # the reader told what to do: "you" or "your" is in it
        "Mention any allergies to your pharmacist before you start.",
        "Explain to your child why the injection is needed.",
        "Provide your GP with a list of the medicines you take.",
        "Tip: Include a portion of vegetables at every meal.",
        # a link's text and headlines about AI, bloggers' own voice
        "Start with the [NHS's advice](https://www.nhs.uk) on sleep.",
        "Why AI cannot replace your nurse",
        "Hospital trials AI scribe for clinic letters",
        "Believe me, I tried every cream on the shelf.",
        "I'm not sure blogging about my scans helps, but here goes.",
        "Here's the British Medical Journal article on salt and blood pressure.",
        # the page's own text and plain words that are also furniture
        "Read the whole leaflet here.",
        "See your GP if the rash spreads.",
        "Love (and sleep) matter more than supplements.",
        "This section explains what to expect after surgery.",
        # a carer's guidance and a clinical guideline's labelled line
        "Suggest that they talk to their GP.",
        "Nurses: Provide advice and support to patients",
        "Mention their medicines at each visit.",
        # writing judged, not done by the speaker
        "I'm tired of poorly written articles about diabetes.",
        "I reworked my diet after the diagnosis and felt better.",
        "The nurse can only reply in writing to the form.",
        "Join the queue at the pharmacy counter.",
        "Test your blood sugar before each meal.",
    ],
)
def test_health_writing_next_to_the_new_kinds_stays(line: str) -> None:
    assert find_chatter(line) is None
