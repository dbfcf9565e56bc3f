"""The chatter detector measured on a labelled corpus, and its edge cases.

The corpus is in ``tests/fixtures/chatter`` (see its README for where each line
came from).  Each ``-heldout`` round was measured before the patterns saw it
(the unseen figures are in the README), then tuned on, except ``heldout3``, kept
as its unseen figure. Rounds 7 (independent) and 9 were also measured untouched
first (43.0% and 42.9%), then tuned on; so were round 8 (47.6%) and three
probes written afterwards (34.5%, 36.2%, 25.9%), by structure
(:mod:`healthkb.rules.chatter_furniture`).  None of these is an unseen figure now,
nor are rounds 11 and 12 (tuned on by kind in i17f), round 13 (tuned on by
kind in i17i) nor round 14 (tuned on by kind in i17l; their first-run figures
kept below): round 15 is the next.
The speech-act layer (:mod:`healthkb.rules.chatter_speech`) is measured by
leave-one-round-out cross-validation in ``tests/test_chatter_speech.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from healthkb.rules.chatter import LEFTOVER_PHRASES, find_chatter, normalise
from healthkb.rules.chatter_furniture import whole_lines

CORPUS = Path(__file__).parent / "fixtures" / "chatter"


def corpus(name: str) -> list[str]:
    lines = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("# ")]


def measure(split: str) -> tuple[float, float, list[str], list[str]]:
    chatter, prose = corpus(f"chatter-{split}"), corpus(f"prose-{split}")
    missed = [line for line in chatter if find_chatter(line) is None]
    flagged = [line for line in prose if find_chatter(line) is not None]
    return 1 - len(missed) / len(chatter), len(flagged) / len(prose), missed, flagged


@pytest.mark.parametrize(
    ("split", "min_recall", "max_false_positives"),
    # held-out rounds were measured unseen, then tuned on (figures in the corpus
    # README); the thresholds are what is achieved now minus a small margin
    [
        ("train", 0.98, 0.01),
        ("heldout", 0.97, 0.01),
        ("heldout2", 0.95, 0.01),
        # never tuned on: the unseen figure (92.1% of 38, 0 of 24 when written)
        ("heldout3", 0.90, 0.04),
        # the independent round: 43.0% of 86 and 1 of 73 untouched, then tuned on
        ("round7", 0.94, 0.01),
        # the second independent round: 47.6% of 105 and 0 of 94 untouched, then
        # tuned on by structure (page furniture, the tool's own edits): 83.8%
        ("round8", 0.87, 0.01),
        # the third independent round, never tuned on: the honest unseen figure
        # (48.0% of 250 chatter lines, 1 of 203 prose lines when measured; with
        # the speech-act layer and context pass, 53.2% and 2 of 203); then tuned on
        # by kind with round 12 (i17f): 65.2%, 1 of 203
        # and its site chrome by kind in i17i: 74.8%, 0 of 203
        ("round11", 0.73, 0.01),
        # the fourth independent round (session 6, 384 + 322 lines, 84.6% of the
        # chatter real), measured once on the merged detector and never tuned on:
        # 65.4% of 384 chatter lines, 5 of 322 prose lines (1.6%); 4 (1.2%) since
        # "as directed" needs "you" (README); then tuned on by kind (i17f): 91.9%,
        # 0 of 322. No longer an unseen figure: round 13 is the next one
        ("round12", 0.91, 0.01),
        # the fifth independent round (session 7, 251 + 311 lines, 78% of the chatter
        # real), first run unseen: 72.5% of 251 and 1 of 311 prose lines on the code
        # before the session, 75.3% and 1 of 311 after its merges (README); then
        # tuned on by kind (i17i): 94.0%, 0 of 311. No longer an unseen figure
        ("round13", 0.93, 0.01),
        # the sixth independent round (session 8, helper b18: 284 + 336 lines, 94% of
        # the chatter and 97% of the prose copied; 61 chatter lines repeat earlier
        # rounds' lines), never tuned on: 60.9% of 284 and 3 of 336 prose lines on
        # the code before the session, 67.3% and 3 of 336 after its merges (README);
        # then tuned on by kind (i17l): 89.1%, 0 of 336. No longer an unseen
        # figure: round 15 is the next one
        ("round14", 0.87, 0.01),
    ],
)
def test_recall_and_false_positives_on_the_corpus(
    split, min_recall, max_false_positives, capsys
):
    recall, false_positives, missed, flagged = measure(split)
    # shown in the test output whatever the outcome (not only on failure)
    with capsys.disabled():
        sys.stdout.write(
            f"\nchatter corpus ({split}): recall {recall:.1%} of "
            f"{len(corpus(f'chatter-{split}'))} chatter lines, false positives "
            f"{false_positives:.1%} of {len(corpus(f'prose-{split}'))} prose lines\n"
        )
    assert recall >= min_recall, f"missed: {missed}"
    assert false_positives <= max_false_positives, f"flagged: {flagged}"


def test_the_corpus_is_big_enough_and_labels_do_not_overlap():
    splits = ("train", "heldout", "heldout2", "heldout3")
    chatter = [line for split in splits for line in corpus(f"chatter-{split}")]
    prose = [line for split in splits for line in corpus(f"prose-{split}")]
    assert len(chatter) >= 200 and len(prose) >= 200
    independent = corpus("chatter-round7") + corpus("prose-round7")
    real = (
        corpus("chatter-round7")
        + corpus("chatter-round9")
        + corpus("chatter-round10")
        + corpus("chatter-probe")
        + corpus("chatter-probe2")
        + corpus("chatter-probe3")
        + corpus("chatter-probe4")
        + corpus("chatter-probe5")
        + corpus("chatter-probe6")
        + corpus("chatter-probe7")
    )
    assert not set(chatter + real) & set(
        prose + corpus("prose-round7") + corpus("prose-round8") + corpus("prose-guard")
    )
    # no line is counted in two of our splits
    assert len(set(chatter)) == len(chatter) and len(set(prose)) == len(prose)
    round8 = corpus("chatter-round8") + corpus("prose-round8")
    assert not set(corpus("chatter-round8")) & set(corpus("prose-round8"))
    # round 8 came from the same engineer as round 7: only a common real leftover
    # ("Next Post") is in both, so the two rounds measure different lines
    assert len(set(round8) & set(chatter + prose + independent)) <= 1
    # round 11 is kept unseen: 27 of its lines are also in tuned rounds as they are
    # (real leftovers the same public files gave); one more copied into a tuned
    # split would spoil its figure
    round11 = corpus("chatter-round11") + corpus("prose-round11")
    assert not set(corpus("chatter-round11")) & set(corpus("prose-round11"))
    tuned = chatter + prose + independent + round8 + corpus("prose-nhs-vaccines")
    assert len(set(round11) & set(tuned)) <= 27, set(round11) & set(tuned)
    # round 12 is kept unseen too: 97 of its lines are also in other rounds as
    # they are (the same public files); none is labelled the other way there
    round12 = corpus("chatter-round12") + corpus("prose-round12")
    assert not set(corpus("chatter-round12")) & set(corpus("prose-round12"))
    assert len(set(round12) & set(tuned + round11)) <= 97
    assert not set(corpus("chatter-round12")) & set(prose + corpus("prose-round11"))
    # round 13 is kept unseen: 79 of its lines are also in earlier rounds as they
    # are (the same public files); none is labelled the other way anywhere
    round13 = corpus("chatter-round13") + corpus("prose-round13")
    others = set(tuned + round11 + round12)
    assert len(set(round13) & others) <= 79
    every_prose = {
        line for name in CORPUS.glob("prose-*.txt") for line in corpus(name.stem)
    }
    every_chatter = {
        line for name in CORPUS.glob("chatter-*.txt") for line in corpus(name.stem)
    }
    assert not set(corpus("chatter-round13")) & every_prose
    assert not set(corpus("prose-round13")) & every_chatter
    # round 7 came from elsewhere as it is: real leftovers that are common ("Hope
    # this helps.", "Skip to main content") are also in our train split, no others
    assert len(set(chatter) & set(independent)) <= 4


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the examples of chatter that the phrase list missed
        ("Of course! Here's the rewritten post:", "presenting the text"),
        ("I've simplified the medical terms as you wanted.", "the tool about its own"),
        ("Shall I add a conclusion?", "an offer or question"),
        ("Happy to help further!", "an offer or question"),
        ("[Image: diagram of the nerve]", "a placeholder"),
        ("Caveat: the numbers should be double-checked against the paper.", "caveat"),
        ("Okay, heres a draft based on your instructions.", "presenting the text"),
        ("Okay, here\u2019s a draft.", "presenting the text"),
        ("Okay, hree's a draft of the post.", "presenting the text"),
        ("Posted by Sam Lee | Health Desk", "content-system leftover"),
        ("2 Responses", "content-system leftover"),
        ("Word count: 640", "a placeholder"),
    ],
)
def test_each_finding_says_which_kind_of_chatter(line, kind):
    finding = find_chatter(line)
    assert finding is not None and kind in finding.kind
    assert (
        finding.cue
        and finding.cue.casefold() in normalise(line)
        or (finding.cue in line)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Tell your nurse if the wound gets red.",
        "You are welcome to bring someone with you.",
        "Here are the main results.",
        "The list below shows common side effects.",
        '"I have kept a diary of my symptoms," says one patient.',
        "share towels or flannels with someone who has a stye",
        "Walking helps the heart [1].",
        "Keywords",
        # a symptom, not the tool's caveat (a real NHS-style list item was flagged)
        "- **Psychotic symptoms:** hallucinations, delusions.",
        "Some people with severe depression have hallucinations.",
        # a Markdown link whose text has a placeholder's word is a link
        "See [the link to our leaflet](https://example.org) for more.",
        "Read the [image guide](https://example.org/a).",
        # medicine instructions (round 12's prose had the first: it was flagged)
        "Use the medicines as directed on the label.",
        "Take it as directed by your doctor.",
        "Take the tablets as instructed by your pharmacist.",
        "As described above, the test takes a few minutes.",
        "As discussed with your nurse, keep the wound dry.",
    ],
)
def test_reader_directed_health_writing_is_not_chatter(line):
    assert find_chatter(line) is None


@pytest.mark.parametrize(
    ("split", "untouched", "most_missed"),
    [
        ("round9", "9 of 21", 1),
        ("round10", "2 of 13", 1),
        ("probe", "29 of 84", 9),
        ("probe2", "25 of 69", 19),
        ("probe3", "15 of 58", 26),
        # written in i17i before it was run, after the first new cue classes
        ("probe4", "38 of 42", 0),
        # written in i17i before it was run, in the tools round 13 named
        ("probe5", "10 of 38", 2),
        ("probe6", "19 of 42", 3),
        ("probe7", "28 of 38", 2),
    ],
)
def test_leftover_rounds_without_prose_of_their_own(
    split, untouched, most_missed, capsys
):
    """Rounds 9 and 10 are real leftovers only, the probe written ones (the guard
    and the other rounds' prose are the prose): measured untouched (*untouched*,
    README), then tuned on.  The probe's misses are single words and short
    buttons that are also headings ("Previous", "Follow", "Give feedback")."""
    chatter = corpus(f"chatter-{split}")
    missed = [line for line in chatter if find_chatter(line) is None]
    with capsys.disabled():
        sys.stdout.write(
            f"\nchatter corpus ({split}): recall {1 - len(missed) / len(chatter):.1%} "
            f"of {len(chatter)} chatter lines (untouched: {untouched})\n"
        )
    assert len(missed) <= most_missed, missed


def test_a_patient_guide_never_trained_on_has_no_false_positive(capsys):
    """``prose-guard.txt``: reader-directed patient information, kept out of all
    tuning (and out of the cross-validated model's training) as a guard."""
    prose = corpus("prose-guard")
    flagged = [line for line in prose if find_chatter(line) is not None]
    with capsys.disabled():
        sys.stdout.write(
            f"\nchatter corpus (guard): {len(flagged)} of {len(prose)} prose lines "
            "flagged\n"
        )
    assert len(prose) >= 90 and not flagged, flagged


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # kinds added from round 7, each tried on lines not in the corpus
        ("Responses (3)", "content-system leftover"),
        ("Comments are closed.", "content-system leftover"),
        ("Recommended from Substack", "content-system leftover"),
        ("Follow us on Instagram for more tips", "content-system leftover"),
        ("Formatted: Font: Bold", "review mark"),
        ("[b]@sam.lee please confirm the dose", "review mark"),
        ("SEO title (60 characters): Walking after a heart attack", "SEO"),
        ("As of my knowledge cutoff in 2023, the guidance was unchanged.", "caveat"),
        ("hope this is useful, lmk", "sign-off"),
        ("**Insert photo of the clinic**", "a placeholder"),
        # the kinds rounds 11 and 12 showed, in words of no corpus line
        ("**Assistant**: Sure, one moment.", "chat transcript"),
        ("GPT-4o", "chat transcript"),
        ("Ahh — that clears it up, thanks.", "presenting"),
        ("Would you like it formatted as a table?", "offer"),
        ("3. Shorten the closing paragraph to two lines?", "offer"),
        ("Stay tuned for part two!", "sign-off"),
        ("This post first appeared on the clinic's blog.", "content-system"),
        ("Last updated: 3 March 2021", "content-system"),
        ("Priya wrote at March 3, 2021 9:12 AM", "content-system"),
        ("Nov 2, 2024 · 8:05 PM", "content-system"),
        ("You are here: Home > Services", "content-system"),
        ("Read member-only stories on the app", "content-system"),
        ("https://cdn.example.org/uploads/banner-2.png", "page furniture"),
        ("Make it shorter", "writing tool's menu"),
        ("Suggested headline: Five facts about flu", "SEO tool's label"),
        ("Here's the complete config.yml file for you:", "presenting"),
    ],
)
def test_kinds_of_the_independent_rounds_are_found_in_other_words(line, kind):
    finding = find_chatter(line)
    assert finding is not None and kind in finding.kind, finding


@pytest.mark.parametrize(
    "line",
    [
        "Below are some tips to help you provided a better experience.",
        "Insert the lancet into the holder before you prick your finger.",
        "Follow the advice on the leaflet.",
        "Comments from patients helped us write this page.",
        "Email your GP surgery if you cannot come.",
        # and beside the kinds rounds 11 and 12 showed (i17f)
        "Avian influenza (AI), commonly called bird flu, affects birds.",
        "It was found with a routine blood test.",
        "How often should I take this medicine?",
        "Here's a list of questions you may wish to ask your nurse:",
        "BMI Category | BMI Range (kg/m ^{2}) | Health risk |",
        "Great news for parents: the vaccine is free.",
        "Ask your pharmacist, who will see you there.",
        "Would you like to have the vaccine at home?",
        "Read the leaflet before your operation.",
        "The clinic opened on 3 March 2021.",
        "Look for the blue icon.",
    ],
)
def test_kinds_of_the_independent_rounds_leave_health_writing_alone(line):
    assert find_chatter(line) is None, find_chatter(line)


def test_every_phrase_of_the_old_list_is_still_found_mid_line():
    for phrase in LEFTOVER_PHRASES:
        assert find_chatter(f"Intro {phrase} text") is not None, phrase


def test_normalising_fixes_apostrophes_typos_and_emphasis():
    assert normalise("**Here\u2019s** your  DRAFT") == "here's your draft"
    assert normalise("Ive kept it short") == "i've kept it short"
    # "ill" is a word: only a pronoun at a clause start becomes "I'll"
    assert normalise("People who feel ill") == "people who feel ill"


def test_pathological_lines_are_scanned_in_linear_time():
    """A heading followed by 4,000 spaces once made the importer backtrack for ~100 s.

    Run in a child process so that a regression fails (killed after a minute)
    instead of hanging the suite; the real cost is milliseconds.
    """
    code = (
        "from healthkb.importer.draft import parse_draft\n"
        "from healthkb.rules.chatter import find_chatter\n"
        "spaces = ' ' * 4000\n"
        "lines = ['# Walking' + spaces, '**Bold' + spaces + 'x', 'By ' + spaces + 'x',"
        " 'Keywords' + spaces + ':', '1.' + spaces + 'x', 'I ' + 'have ' * 800,"
        " '[' + 'insert ' * 600, 'Here is ' + 'a ' * 2000, '- ' * 1000 + 'x',"
        " '*' * 4000, 'b' * 4000, '*a ' * 1300, 'Follwoers ' * 400]\n"
        "for line in lines:\n"
        "    find_chatter(line)\n"
        "draft = parse_draft('\\n'.join(lines + ['', 'Walking is good.']), 'd.txt')\n"
        "print(draft.title)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Walking"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # page furniture by structure, each in words no corpus line has
        ("Show all replies", "page furniture"),
        ("Newsletter sign-up | Privacy and cookies", "page furniture"),
        ("3.9 (41 ratings)", "page furniture"),
        ("Posted 5 days ago", "page furniture"),
        ("Page 3 / 12", "page furniture"),
        ("HomeNewsSportWeatherHealthTravelCulture", "page furniture"),
        ("[Tweet](https://twitter.com/intent/tweet?utm_source=site)", "page furniture"),
        ("Get our newsletter delivered to your inbox", "page furniture"),
        # the tool about its own edits, naming code or a part of the text
        ("I have renamed the `load_data` helper.", "the tool about its own edits"),
        ("I'll shorten the second section a little.", "the tool about its own edits"),
        # banners seen on a metered professional site and a flipbook host
        ("You can read 3 more articles without logging in", "content-system leftover"),
        ("This website is intended for healthcare professionals only", "leftover"),
        ("Make your own ePaper in minutes", "content-system leftover"),
    ],
)
def test_structure_finds_furniture_and_edit_notes_in_new_words(line, kind):
    finding = find_chatter(line)
    assert finding is not None and kind in finding.kind, finding


@pytest.mark.parametrize(
    "line",
    [
        # headings, keyword items and leaflet lines made of interface-like words
        "Feedback",
        "Related",
        "Related conditions",
        "More information",
        "older adults",
        "Cookies",
        "Privacy notice",
        "Comments and complaints",
        "Download the leaflet",
        "Share this leaflet with your carer",
        "We will remove the stitches after 10 days.",
        "We have updated this leaflet in 2024.",
        "I have added the dose to my diary.",
        "Follow the link to book online.",
        "Page 4 of the leaflet explains how to take the tablets.",
        "Diagnosed 2 years ago",
        "The leaflet has 12 pages",
        "Dose 1 / 2",
        "Log in to the NHS App to order repeat prescriptions.",
        "I kept a diary of my symptoms for two weeks.",
        "I have kept the appointment letter.",
        "Sponsored by the Department of Health",
        "Customise settings on your hearing aid",
        "Shared by patients with heart failure",
        "Can I deal with this myself?",
        "Do I need more help advice or treatment?",
        "Should I continue taking my tablets?",
        "Should I make an appointment?",
        "Should I go to A&E?",
        "Uploaded by the clinic after your appointment",
        "Liked by patients",
        "Heart outlined in red on the scan",
        "Rated 4 out of 5 by patients",
        "I have moved to a new GP practice and updated my address.",
        "Read the full leaflet before you start taking the tablets.",
        "Originally published in the BMJ in 2019.",
        # reader-directed lines an earlier pattern took for the requester's brief
        "Always read the instructions that come with your medicine.",
        "Follow the guidelines from your team.",
        "We will reply to your request within 20 days.",
    ],
)
def test_structure_leaves_headings_and_leaflet_lines_alone(line):
    assert find_chatter(line) is None


def test_a_wrapped_paragraphs_pieces_are_not_judged_by_structure():
    """``check`` reads a Markdown file line by line: a piece of a wrapped paragraph
    ('... "Edit this page" links take you to the') is no line of furniture, while
    a pasted page's short lines, one under another, each are."""
    body = [
        '- The "Report a problem with this page" and "Edit this page" links take you to the',
        "  repository where the article is kept.",
        "",
        "Post navigation",
        "Previous Post",
        "Search for:",
        "Privacy and cookies",
    ]
    whole = whole_lines(body)
    assert whole == [False, False, True, True, True, True, True]
    assert find_chatter(body[0], whole_line=whole[0]) is None
    assert find_chatter(body[0]) is not None  # as a line of its own it would be
    assert all(find_chatter(line, whole_line=True) for line in body[3:5] + body[6:])


@pytest.mark.parametrize(
    ("line", "cue"),
    [("{{ 6*7 }}", "{{ 6*7 }}"), ("[Insert *quote* here]", "[Insert *quote* here]")],
)
def test_the_finding_quotes_the_line_as_written(line, cue):
    # normalising drops emphasis marks; the editor's message must not
    finding = find_chatter(line)
    assert finding is not None and finding.cue == cue


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # leftovers real drafts showed (i17l), and their wording variations
        (
            "Due to the nature of the notes, a fuller answer would require "
            "additional context.",
            "the tool's caveat about itself",
        ),
        ("Given the brevity of your notes, I kept it short.", None),
        ("Scroll down to continue reading", "page furniture"),
        ("*Scroll down to continue reading.*", "page furniture"),
        ("Exported from Medium", "page furniture"),
        ("- Exported from Medium on March 3, 2024", "page furniture"),
        ("Photo by Jane Doe on Unsplash", "page furniture"),
        ("_Photo by Jane Doe on Unsplash_", "page furniture"),
        ("Categorized as Health", "page furniture"),
        ("Categorised as Nutrition, Diabetes", "page furniture"),
        # the line is the kind of what it says first
        (
            "IMPORTANT DISCLAIMER: I could not verify the figures you gave me.",
            "the tool's caveat about itself",
        ),
        ("Hope this helps! Would you like me to add a FAQ section?", "a sign-off"),
        ("Hope this helps, happy to adjust.", "a sign-off"),
        ("I’m really sorry to hear about your transmission issue.", None),
        ("Received message.", "a chat transcript's interface text"),
        ("**Introduction (1-2 sentences):**", "a placeholder"),
        ("<!--EndFragment-->", "page furniture"),
    ],
)
def test_kinds_round_14_and_real_drafts_showed(line: str, kind: str | None) -> None:
    found = find_chatter(line)
    assert found is not None, line
    if kind is not None:
        assert found.kind == kind, found


@pytest.mark.parametrize(
    "line",
    [
        # a patient's own story: first person about a life, not about the writing
        "I might have felt that nobody understood me.",
        "I might have left a Harry Potter book out on the table.",
        "I may have made it worse by scratching.",
        # reader-directed health writing near the new kinds
        "Bereavement is a natural response to loss. Here are some tips to help you",
        "Given the symptoms you've described, we recommend speaking with your GP.",
        "In-clinic exams can include a chaperone. Say so at check-in if you prefer one.",
        "It sounds like you are having a panic attack if your heart races.",
        "I recommend the following foods to my patients:",
        "Get the latest advice on COVID-19",
        "Get your free flu vaccine",
        "Start a conversation with your GP about your drinking.",
        "Categorised as a Class B drug, cannabis is illegal to possess.",
        "Feedback",
        "Direct link to the GP booking page",
        # a blogger on their own post (real lines of a fresh check, i17l)
        "This post has taken me weeks to write and I wasn't even sure if I was going "
        "to post it.",
        "So I wanted to write this post, to those who have recently been diagnosed "
        "with a chronic illness, in hope that it may provide somebody with that little "
        "bit of light.",
        # a nurse's answer in a question column, not an assistant consoling
        "I understand your worry about the side effects, and your GP can talk them "
        "through with you.",
        "I'm sorry to hear that you have been unwell; please contact the clinic if the "
        "pain continues.",
        "It sounds like you are dealing with a lot at the moment, and it is fine to ask "
        "for support.",
    ],
)
def test_first_person_life_and_reader_lines_are_prose(line: str) -> None:
    assert find_chatter(line) is None, find_chatter(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # kinds already known, in a second-language writer's or a synonym's words
        ("Attached you will find the new version.", "presenting the text"),
        ("I did some changes in the introduction.", "the tool about its own edits"),
        (
            "Do you wish me to add more examples?",
            "an offer or question to the requester",
        ),
        ("You want I make it shorter?", "an offer or question to the requester"),
        ("Hope this will help you.", "a sign-off"),
        ("Hoping this helps 🙂", "a sign-off"),
        (
            "Note: the statistics above need verification.",
            "the tool's caveat about itself",
        ),
        (
            "Some of the numbers may be outdated, double check them before you publish.",
            "the tool's caveat about itself",
        ),
        ("Photo credit: Pexels", "page furniture"),
        ("Image courtesy of Freepik", "page furniture"),
        ("Source: Unsplash", "page furniture"),
        # ... and the leaflet's lines beside them
        ("We hope this will help you understand your treatment.", None),
        ("Check the dose before you take it.", None),
        ("I did some changes in my diet.", None),
        ("Source: NHS", None),
    ],
)
def test_known_kinds_in_other_wordings(line: str, expected: str | None) -> None:
    found = find_chatter(line)
    assert (found and found.kind) == expected, found
