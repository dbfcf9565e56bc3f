"""Set 19 of the blind drafts (fixtures/drafts/incoming19/): each expect file's items
as helpers/blind_checks.py's checks. Its README holds the unseen first run (main
d83bead) and the corrections made to the expect files, with why. What still fails
stands in STILL_WRONG, an xfail(strict=True) each, with what the first run got wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.blind_checks import More, set_tests
from helpers.blind_sets import (
    AARONSON,
    CONWAY,
    CONWAY18,
    LIVANOVA,
    LTO,
    MDD,
    OBS,
    QOL,
    RECOVER,
    RUSH,
    TRD,
    VNS,
    Expected,
    reader_text,
    xfail_cases,
)

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "incoming19"

#: d1's 16-item list: the site's spellings it maps to, and what else may be kept
#: of it (the expect file: the best ten, the rest reported)
D1_SITE = frozenset({"STAR*D", "Remission", "Relapse", "Antidepressants", TRD})
D1_MAY = frozenset(
    {
        MDD,
        "Major depression",
        "Depression treatment steps",
        "Outpatients",
        "Switching antidepressants",
        "Depression relapse",
        "Remission rates",
        "Sequenced treatment",
        "Mental health",
        "Depression study",
        "Second antidepressant",
    }
)

#: no byline: the placeholder, with a report item to put the key in
NO_AUTHOR = "<<your key in authors.yml>>"

EXPECTED = {
    "d1-chatgpt-canvas.txt": Expected(
        title="When the first antidepressant does not work: lessons from STAR*D",
        # the second headline, or the first body sentence (test_description)
        description=None,
        authors=(NO_AUTHOR,),
        keywords=D1_SITE,
        may_add=D1_MAY,
        sources=RUSH,
        gone=(
            "ChatGPT 5",
            "You said:",
            "ChatGPT said:",
            "Write me a plain-language blog post",
            "Okay, heres the draft",
            "written to your instructions",
            "Canvas: Stard Blog Post Draft",
            "AI-Determined Secondary Keywords",
            "To be populated by AI",
            "These keywords were chosen by the assistant",
            "The list mixes broad and narrow terms",
            "Would you like me to shorten this",
            "ChatGPT can make mistakes",
            "Source: Rush AJ",
            "common.STAR*D",
            "attempt.Remission",
        ),
        kept=(
            "STAR*D stands for Sequenced Treatment Alternatives to Relieve Depression.",
            "3,671 people took the first step.",
            "At step one, 36.8% of people reached remission.",
            "Overall, about 67%",
            "Talk to your doctor about your options.",
        ),
    ),
    "d2-health-board-press-release.txt": Expected(
        title=(
            "Five years of follow-up: what a large registry found about vagus nerve "
            "stimulation for hard-to-treat depression"
        ),
        description=(
            "A study that followed almost 800 people for five years compared those "
            "who added vagus nerve stimulation to their usual care with those who "
            "had usual care alone."
        ),
        authors=("fiona-macleod",),
        new_author="fiona-macleod",
        keywords=frozenset({VNS, TRD, QOL, "Registry", OBS, "Remission"}),
        sources=AARONSON | CONWAY18,
        cited=(
            "61 sites in the United States for five years",
            "against 40.9% of the usual-care group",
            "against 25.7% with usual care",
            "this lasted through the five years",
        ),
        gone=(
            "NHS LOCHSIDE HEALTH BOARD",
            "=====",
            "-----",
            "Release type:",
            "Embargo:",
            "Comms to add reference number",
            "Approved for issue by Director",
            "SECTION A",
            "Title:",
            "Standfirst:",
            "Author:",
            "Reviewed by:",
            "Fiona MacLeod",
            "Web tags",
            "ENDS",
            "Notes to editors",
            "Word count:",
            "[1]",
            "[2]",
        ),
        kept=(
            "The Treatment-Resistant Depression Registry followed 795 patients at 61 "
            "sites in the United States for five years",
            "67.6% of the VNS group responded to treatment at some point, against "
            "40.9% of the usual-care group",
            "In a related analysis of 328 people with VNS and 271 with usual care",
            "This was an observational study, not a randomised trial. The earlier VNS "
            "studies were funded by Cyberonics, which made the device at the time.",
        ),
    ),
    "d3-tumblr-post.html": Expected(
        title="A second year of vagus nerve stimulation: did the benefit last?",
        description=None,
        authors=("natalie-singh",),
        keywords=frozenset({VNS, TRD, RECOVER, "Neuromodulation", LTO}),
        may_add=frozenset({"Mental health"}),
        sources=CONWAY | LIVANOVA,
        gone=(
            "Sign up",
            "Plain-language notes on mental health research",
            "Ask me anything",
            "Posted by",
            "Health Desk",
            "2 Feb 2026",
            "Share this:",
            "Reblog",
            "24 notes",
            "You might also like",
            "Notes (3 replies)",
            "quietmornings",
            "reblogged this from",
            "Log in to reply",
            "Powered by Tumblr",
            "Subscribe by email",
            "t.umblr.com",
        ),
        kept=(
            "214 adults with moderate to severe major depressive disorder.",
            "Of the people who had a big benefit at 12 months, 78.8% still had it at "
            "18 months and 79.0% at 24 months.",
        ),
    ),
    "d4-wordmac-trd-definitions.docx": Expected(
        title='Counting treatment steps: what "treatment-resistant depression" means',
        description=(
            "Doctors use the term for depression that has not got better after "
            "several good tries of treatment, but studies count the tries in "
            "different ways."
        ),
        authors=("editorial-team",),
        keywords=frozenset(
            {TRD, MDD, "Antidepressants", "STAR*D", "Remission", "Relapse"}
        ),
        sources=RUSH | AARONSON | CONWAY,
        gone=(
            "Good - keep this line, readers often ask for a number.",
            "By The healthkb editorial team",
            "TRD explainer v3 FINAL (Mac)",
            "Microsoft Office User",
            "Normal.dotm",
            "Keywords:",
            "PMID: 17074942",
        ),
        kept=(
            "There is no single agreed number of failed treatments. Each study sets "
            "its own rule.",
            "If a first treatment has not helped, that does not mean nothing will. "
            "Talk to your doctor about what to try next.",
        ),
    ),
    "d5-typo3-news-article.html": Expected(
        title="Sham devices and strong placebo responses: reading the RECOVER results",
        description=None,
        authors=("editorial-team",),
        # the glossary spells "Sham" and "Placebo" (not "Placebo / sham")
        keywords=frozenset({VNS, RECOVER, "Sham"}),
        may_add=frozenset({"Randomised controlled trial", "Placebo"}),
        sources=LIVANOVA | CONWAY,
        cited=(
            "which means no stimulation",
            "also improved strongly",
            "81.3% at 24 months",
        ),
        gone=(
            "Skip to main content",
            "You are here:",
            "10/03/2026",
            "by The healthkb editorial team",
            "Tags:",
            "Related news",
            "Share this:",
            "Newsletter",
            "Subscribe to our monthly research round-up",
            "Imprint",
            "Riverside Mental Health Network",
            "Powered by TYPO3",
            "This website uses cookies",
            "<sup>",
        ),
        kept=(
            "493 adults at 84 sites in the United States were given either active "
            "stimulation",
        ),
    ),
    "d6-astro-content-post.md": Expected(
        title=(
            "Living with hard-to-treat depression: quality of life over five years "
            "with vagus nerve stimulation"
        ),
        description=None,
        authors=("natalie-singh",),
        keywords=frozenset({QOL, VNS, TRD, OBS, "Registry"}),
        may_add=frozenset({"Treatment as usual"}),
        sources=AARONSON | CONWAY18,
        cited=(
            "open-label and not randomised.",
            "271 had usual care alone.",
            "43.3% against 25.7%.",
        ),
        gone=(
            "src/content/blog/vns-quality-of-life.md",
            "heroImage",
            "heroAlt",
            "TODO - write SEO description",
            "Nat to check the second source",
            "Subscribe to the healthkb newsletter",
            ":::",
            "[^1]",
            "[^2]",
            "/blog/",
        ),
        kept=(
            "The Treatment-Resistant Depression Registry ran at 61 sites in the "
            "United States and followed 795 patients for five years.",
            "328 people had VNS plus usual care and 271 had usual care alone.",
            "67.6% of the VNS group responded at some point, against 40.9% with "
            "usual care",
        ),
    ),
}

MORE = {draft: More() for draft in EXPECTED} | {
    "d1-chatgpt-canvas.txt": More(
        descriptions=(
            "Many people need more than one try",
            "Many people with depression do not feel better on the first medicine "
            "they try.",
        ),
    ),
    # one citation per marker: d2 [1] three times and [2] once, d5 <sup>1</sup>
    # twice and <sup>2</sup> once, d6 [^1] twice and [^2] once
    # "Reviewed by: Dr Natalie Singh, Health Editor" (README: the claim must be read)
    "d2-health-board-press-release.txt": More(
        footcites=(4,),
        cite_keys=(AARONSON, AARONSON, AARONSON, CONWAY18),
        reviewer="natalie-singh",
    ),
    "d5-typo3-news-article.html": More(
        footcites=(3,), cite_keys=(LIVANOVA, LIVANOVA, CONWAY)
    ),
    "d6-astro-content-post.md": More(
        footcites=(3,), cite_keys=(AARONSON, CONWAY18, AARONSON)
    ),
}

#: what still fails, by draft and test name, with what the first run (main d83bead)
#: got wrong; each is an xfail(strict=True), so a fix must also take it out of here
STILL_WRONG: dict[str, dict[str, str]] = {}

globals().update(set_tests(DRAFTS, EXPECTED, MORE, STILL_WRONG))


#: a .docx has no line numbers: the report says where a removed comment stood by
#: the heading it was under (the comment's words, the heading)
COMMENT_PLACES = {
    "d4-wordmac-trd-definitions.docx": (
        "Good - keep this line, readers often ask for a number.",
        "Why the word matters",
    ),
}


@pytest.mark.parametrize(
    "draft", xfail_cases("comment", sorted(COMMENT_PLACES), STILL_WRONG)
)
def test_a_removed_comment_says_where_it_stood(imported, draft):  # noqa: ANN001
    """The report lists a removed comment with its words, its author and the heading
    it stood under (a .docx has no line numbers)."""
    found = imported(draft)
    words, heading = COMMENT_PLACES[draft]
    lines = [line for line in reader_text(found.out).split("\n") if words in line]
    assert lines, found.out
    assert any(heading in line and "Natalie Singh" in line for line in lines), lines
