"""Blind drafts set 17 (fixtures/drafts/incoming17/), checked item by item against
its expect files with the checks of helpers/blind_checks.py. The README has the first
run, unseen, the alternatives the expect files allow (all taken) and the corrections
(what is checked instead, and why). STILL_WRONG holds what still fails: each an
xfail(strict=True) saying what the first run got wrong, so a fix is noticed."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from helpers.blind_checks import (
    More,
    check_citations,
    check_description,
    check_keywords,
    check_sources,
    keyword_lists,
    reader_body,
    set_tests,
)
from helpers.blind_sets import (
    OBS,
    QOL,
    TAU,
    TRD,
    VNS,
    Expected,
    assert_authors,
    bib_keys,
    reader_text,
    reported,
    xfail_cases,
)
from helpers.import_runs import todo_items, used_sources
from helpers.site import IMPORT_CONTENT

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "incoming17"

CONWAY = frozenset({"conway2026durability"})
CONWAY18 = frozenset({"conway2018quality"})
LIVANOVA = frozenset({"livanova2024recover"})
AARONSON = frozenset({"aaronson2017registry"})
RUSH = frozenset({"rush2006stard"})
#: d1's source 3, the one paper not in references.bib (the STAR*D design paper)
STARD_DESIGN_DOI = "10.1016/S0197-2456(03)00112-0"

#: d1's 16-item list: each item as written, and the spellings it may be kept in
#: (the expect file asks for the best ten in the site's spellings, any order)
D1_ITEMS = (
    ("treatment resistant depression", frozenset({TRD})),
    ("STAR*D trial", frozenset({"STAR*D", "STAR*D trial"})),
    ("antidepressant", frozenset({"Antidepressants"})),
    ("major depression", frozenset({"Major depressive disorder", "Major depression"})),
    ("remission", frozenset({"Remission"})),
    ("relapse", frozenset({"Relapse"})),
    ("depression treatment steps", frozenset({"Depression treatment steps"})),
    ("outpatients", frozenset({"Outpatients"})),
    ("psychosis", frozenset({"Psychosis"})),
    ("sequenced treatment", frozenset({"Sequenced treatment"})),
    ("antidepressant switching", frozenset({"Antidepressant switching"})),
    ("response to treatment", frozenset({"Response to treatment", "Response"})),
    ("treatment as usual", frozenset({TAU})),
    ("vagus nerve stimulation", frozenset({VNS})),
    ("follow-up", frozenset({"Follow-up"})),
    ("mental health", frozenset({"Mental health"})),
)
#: the six the expect file maps to the site's spellings: never among those left out
D1_SITE = frozenset({TRD, "Antidepressants", "Remission", "Relapse", TAU, VNS})

EXPECTED = {
    "d1-perplexity-answer.txt": Expected(
        title="If the first antidepressant does not work, keep talking to your doctor",
        description=(
            "What a large study called STAR*D showed about trying again, step by step"
        ),
        authors=("natalie-singh",),
        keywords=D1_SITE,
        # the other items in their spellings (STAR*D: More.one_of)
        may_add=frozenset().union(*(s for _, s in D1_ITEMS)) - D1_SITE,
        sources=RUSH | AARONSON,
        gone=(
            "perplexity",
            "Discover",
            "Spaces",
            "Library",
            "write an article for our health site",
            "follow the instructions in my space",
            "psychiatryonline",
            "sciencedirect",
            "+9 sources",
            "Acute and longer-term outcomes",
            "rationale and design",
            "Okay, heres a draft",
            "instructions in your Space",
            "I will add a keywords section",
            "so your editor can pick from it",
            "By Dr Natalie Singh",
            "Health Editor",
            "AI-Determined",
            "To be populated",
            "STAR*D trial",
            "depression treatment steps",
            "antidepressant switching",
            "response to treatment",
            "These secondary keywords were chosen",
            "The AI will refine",
            "please check them before publishing",
            "Rush AJ",
            "Aaronson ST",
            "Am J Psychiatry",
            "Controlled Clinical Trials",
            "doi.org",
            "doi:10.1176",
            "Would you like me",
            "simple chart",
            "How is remission different from response",
            "What treatments are tried after several antidepressants?",
            "What is vagus nerve stimulation used for?",
            "Ask a follow-up",
            "attempt.Remission",
            "[1]",
            "[2]",
            "[3]",
            # the second headline is the description, never also body text
            "What a large study called STAR*D showed",
        ),
        kept=(
            "Many people with depression do not get better with the first medicine "
            "they try. That can feel very discouraging. A large study called STAR*D "
            "looked at what happens when people keep going and try another treatment",
            "STAR*D stands for Sequenced Treatment Alternatives to Relieve "
            "Depression. It followed adults with major depressive disorder who were "
            "treated as outpatients (they lived at home and visited a clinic). None "
            "of them had psychosis",
            "People could go through up to four treatment steps, one after another. "
            "If a person did not recover with one step, they were encouraged to move "
            "on to the next one",
            "Doctors use the word remission when the signs of depression have gone "
            "away, or almost gone away.",
            "- Step one: 36.8% reached remission.\n- Step two: 30.6% reached "
            "remission.\n- Step three: 13.7% reached remission.\n- Step four: 13.0% "
            "reached remission.",
            "Altogether, about 67% of people reached remission by the end of the study",
            "Many people were not helped by the first attempt. Remission was still "
            "possible for them at a later step.",
            "3,671 people started the first step, and 123 people reached the fourth "
            "step",
            "Not always. People who needed more steps were more likely to have their "
            "depression come back (a relapse) during the 12 months of follow-up",
            "Treatment-resistant depression is depression that has not got better "
            "after several good tries of treatment. Studies do not all use the same "
            "number of tries. The vagus nerve stimulation studies on this site only "
            "included people who had not been helped by four or more treatments",
            "If a treatment has not helped, it does not mean nothing will. Talk to "
            "your doctor about the next step. Do not stop a medicine suddenly on "
            "your own.",
        ),
        cited=(
            "try another treatment",
            "None of them had psychosis",
            "move on to the next one",
            "by the end of the study",
            "reached the fourth step",
            "during the 12 months of follow-up",
            "four or more treatments",
        ),
    ),
    "d2-hospital-leaflet-form.txt": Expected(
        title="Five years of VNS: what a study that let people choose can tell us",
        description=(
            "A large study followed people for five years. It found more of them got "
            "better with VNS, but it was not a fair test, and here is why that "
            "matters."
        ),
        authors=("editorial-team",),
        keywords=frozenset({VNS, TRD, QOL, OBS, "Registry", "Remission"}),
        sources=AARONSON | CONWAY18,
        gone=(
            "ASHCOMBE",
            "Ashcombe",
            "PATIENT INFORMATION GROUP",
            "Patient Information Group",
            "Leaflet submission form",
            "plain text version for the web team",
            "Please complete every section",
            "Fields marked * are required",
            "=====",
            "SECTION A",
            "SECTION B",
            "SECTION C",
            "SECTION D",
            "DOCUMENT CONTROL",
            "LEAFLET TEXT",
            "EVIDENCE USED",
            "FOR OFFICE USE ONLY",
            "Leaflet reference",
            "PIG/MH/0217",
            "Department / specialty",
            "partner site",
            "Version:",
            "Date submitted",
            "04/12/2026",
            "Next review due",
            "[to be set by",
            "Readability checked",
            "[ ]",
            "[x]",
            "Title:",
            "Standfirst:",
            "Author:",
            "The healthkb editorial team",
            "Reviewed by:",
            "Dr N. Singh",
            "Clinical sign-off",
            "[Insert name of consultant]",
            "Text begins",
            "Text ends",
            "-----",
            "Sources:",
            "Aaronson ST",
            "Conway CR",
            "18m12178",
            "DOI:",
            "American Journal of Psychiatry",
            "Web keywords",
            "quality-of-life",
            "observational studies",
            "Equality impact assessment",
            "Approved by PIG chair",
            "____",
            "Date approved",
            "Print run",
            "web only",
            "Please return this form",
            "(1)",
            "(2)",
            # the standfirst, never also body text
            "A large study followed people for five years. It found",
        ),
        kept=(
            "The Treatment-Resistant Depression Registry followed 795 people at 61 "
            "sites in the United States for five years. A registry is a study that "
            "records what happens to people during their normal care.",
            "Everyone in it had depression that had not got better after four or "
            "more treatments. ECT (electroconvulsive therapy, a treatment given "
            "under anaesthetic) counted as one of those treatments. Each person had "
            "either had one depressive episode lasting at least two years, or three "
            "or more episodes.",
            "- Some people chose to have vagus nerve stimulation (VNS) added to their "
            "usual care. VNS uses a small device placed under the skin of the chest. "
            "It sends mild electrical pulses to the vagus nerve in the neck.\n- "
            'Others carried on with their usual care alone. Doctors call this "'
            'treatment as usual".',
            "Over the five years, 67.6% of the VNS group responded at some point, "
            "compared with 40.9% of the usual-care group. A response means the "
            "depression got clearly better",
            "Remission means the signs of depression went away, or almost went away. "
            "In the VNS group, 43.3% reached remission for the first time during the "
            "study, compared with 25.7% with usual care",
            "A second report from the same study asked people about their quality of "
            "life. The 328 people with VNS said their lives were better than the 271 "
            "people with usual care did, from 3 months on, and this lasted through "
            "the five years",
            "People chose their own group. Nobody was put into a group by chance, so "
            "the study was not randomised. The two groups may have been different "
            "from the start in ways that changed the results. That means the study "
            "cannot prove that VNS caused the difference.",
            "The studies were paid for by Cyberonics, the company that made the "
            "device at the time.",
            "If you want to know whether VNS could be right for you, ask your "
            "psychiatrist. Bring this leaflet with you if it helps.",
        ),
        cited=(
            "got clearly better",
            "25.7% with usual care",
            "through the five years",
        ),
    ),
    "d3-medium-post.html": Expected(
        title="The people behind the RECOVER numbers",
        description=(
            "Who took part in a long study of vagus nerve stimulation, and what it "
            "can and cannot tell us"
        ),
        authors=("isla-brennan",),
        new_author="isla-brennan",
        # the tags in the site's spellings (or none, KEYWORDS_OR_NONE); the other
        # tags as written or in sentence case
        keywords=frozenset({VNS, TRD}),
        may_add=frozenset(
            {
                "Depression",
                "Mental health",
                "Mental Health",
                "Clinical trials",
                "Clinical Trials",
            }
        ),
        sources=CONWAY | LIVANOVA,
        gone=(
            "Open in app",
            "Sign up",
            "Sign in",
            "Isla Brennan",
            "Published in",
            "Patient Voices",
            "6 min read",
            "Dec 3, 2026",
            "Listen",
            "Posted by",
            "Press enter or click to view image in full size",
            "Photo: Unsplash",
            "The kind of device used for vagus nerve stimulation",
            "Written by",
            "212 followers",
            "Writer for",
            "Writing about living with long-term depression",
            "Responses (3)",
            "What are your thoughts?",
            "Respond",
            "Rubina Khan",
            "Nobody ever does",
            "D. Kerr",
            "29 years is such a long time",
            "Matt Beeching",
            "Has the first-year paper come out yet?",
            "See all responses",
            "More from",
            "What I wish I had known",
            "Living with a long episode",
            "See all from",
            "Recommended from Medium",
            "Ten habits that changed my mornings",
            "See more recommendations",
            "Text to speech",
            "| Medium",
            "Conway CR",
            "International Journal of Neuropsychopharmacology",
            "doi.org",
            "LivaNova news release, December 2024",
            "RECOVER clinical study shows meaningful benefits",
            "Treatment Resistant Depression",
            "Clinical Trials",
            # the subtitle, never also body text
            "Who took part in a long study",
        ),
        kept=(
            'When we read that a treatment "kept working for most people", it is '
            "worth asking a simple question first: who were those people? A recent "
            "report on vagus nerve stimulation gives us a clear answer, and it is not "
            "who you might expect.",
            "Vagus nerve stimulation, or VNS, uses a small device placed under the "
            "skin of the chest. It sends regular, mild electrical pulses to the left "
            "vagus nerve in the neck. It is an add-on: people keep their usual "
            "depression treatment as well. Doctors call this an **adjunctive** "
            "treatment.",
            "The report followed 214 adults with moderate to severe major depressive "
            "disorder. To join, each person had to have tried at least four proper "
            "antidepressant treatments during their current episode of depression, "
            "without getting better.",
            "- On average, they had tried **13 treatments** that had not worked.\n- "
            "On average, they had been depressed for **29 years**.\n- About **three "
            "in four** were not able to work.",
            "Everyone had VNS added to their usual care for 12 months, and then "
            "carried on for 12 more months, so 24 months in all. The study ran from "
            "September 2019 to April 2025, with people who lived at home and came to "
            "clinics (outpatients).",
            "Among people who had a substantial benefit at 12 months, 78.8% still had "
            "it at 18 months and 79.0% at 24 months. Changes to their medicines or "
            "other treatments did not explain this.",
            "Everyone in this part of the study had VNS, and everyone knew it. There "
            "was no comparison group.",
            "This part of the study was **open-label**: people knew they were having "
            "VNS. Without a comparison group, we cannot tell how much of the benefit "
            "came from the device itself. The study was funded by LivaNova, the "
            "company that makes the device, and several of the authors have ties to "
            "the company.",
            "The earlier, first-year part of the same trial did have a comparison. It "
            "included 493 adults at 84 sites in the United States, and some had a "
            "sham (the device fitted, but no stimulation). That part did not meet its "
            "main goal, because people in the sham group also got much better. Some "
            "other measures did favour real stimulation. We know this from the "
            "company's own news release.",
            "Talk it through with your psychiatrist, and ask what is known about "
            "people like you.",
        ),
    ),
    "d4-word365-funding.docx": Expected(
        title="Who paid for the research? Reading VNS studies with the funder in mind",
        description=(
            "The studies of vagus nerve stimulation for depression on this site were "
            "paid for by the companies that made the device. Here is how to read them "
            "fairly."
        ),
        authors=("natalie-singh",),
        # corrected (README): the glossary has Placebo, not "Placebo / sham"
        keywords=frozenset(
            {VNS, TRD, "Open-label", "Placebo", "Randomised controlled trial"}
        ),
        sources=CONWAY | LIVANOVA | AARONSON,
        gone=(
            "VNS funding explainer v2",
            "Farah Qureshi",
            "MSIP_Label",
            "Normal.dotm",
            "By Dr Natalie Singh",
            "Health Editor",
            "Natalie, can you check",
            "the sponsor's own announcement",
            "Please confirm before publishing",
            "So we can be sure the device caused the benefit",
            "Keywords:",
            "open label;",
            "randomised controlled trials",
            "References",
            "Conway CR",
            "Aaronson ST",
            "International Journal of Neuropsychopharmacology",
            "doi:10.",
            "News release, December 2024",
            "[1]",
            "[2]",
            "[3]",
            # the subtitle is the description, never a list item or body text
            "The studies of vagus nerve stimulation for depression on this site",
        ),
        kept=(
            "Every VNS study on this site was paid for by the company that made the "
            "device at the time. That does not mean the results are wrong. It does "
            "mean it is worth looking closely at how each study was set up, and "
            "whether it compared the treatment with anything else.",
            "\n## The studies on this site and who paid for them\n",
            "\n### The two-year RECOVER report\n",
            "\n### The first year of RECOVER\n",
            "\n### The five-year registry\n",
            "\n## Questions to ask when you read a study\n",
            "\n## What this means for you\n",
            "This report followed 214 adults whose depression had not improved after "
            "at least four good tries of antidepressant treatment. Everyone had VNS "
            "added to their usual care. Among people who had at least a meaningful "
            "benefit at 12 months, **83.1% still had it at 18 months and 81.3% at 24 "
            "months**",
            "The study was funded by LivaNova, and several of the authors have ties "
            "to the company. It was open-label, which means people knew they were "
            "having VNS, and there was no comparison group. So we cannot tell how "
            "much of the benefit came from the device itself. Read more in the ",
            "published report",
            "The first year of the trial compared real stimulation with a sham (the "
            "device fitted, but no stimulation given). It included 493 adults at 84 "
            "sites in the United States. It did not meet its main goal, because "
            "people in the sham group also got much better. Some other measures "
            "favoured real stimulation",
            "These results come from LivaNova's own ",
            "not from an independent report.",
            "The registry followed 795 people at 61 sites in the United States for "
            "five years. Over that time, 67.6% of people who had VNS with their "
            "usual care responded at some point, compared with 40.9% with usual care "
            "alone",
            "But people chose their own group, so the groups may have been different "
            "from the start. The earlier VNS studies were paid for by Cyberonics.",
            "- Who paid for it, and do any of the authors work with the company?\n- "
            "Was there a comparison group, such as a sham or usual care?\n- Did "
            "people know which treatment they were having?\n- Were people put into "
            "groups by chance?",
            "If you are thinking about VNS, ask your psychiatrist what the studies "
            "show for people like you, and what they do not show yet.",
        ),
        cited=(
            "81.3% at 24 months",
            "Some other measures favoured real stimulation",
            "40.9% with usual care alone",
        ),
    ),
    "d5-hubspot-blog-post.html": Expected(
        title='How many treatments before depression is called "treatment-resistant"?',
        # or the meta description with a report item saying so (DESCRIPTION_OR)
        description=(
            "Doctors use the words when treatments have not helped. But "
            '"several" does not mean the same number in every study.'
        ),
        authors=("editorial-team",),
        keywords=frozenset({TRD, "Antidepressants", "Remission", "Relapse", "STAR*D"}),
        sources=RUSH | AARONSON,
        gone=(
            "Brightside Minds",
            "About us",
            "Get support",
            "Donate",
            "Posted by",
            "Dec 2, 2026",
            "4 minute read",
            "iframe",
            "youtube",
            "Download our free guide",
            "hs-cta",
            "Keywords:",
            "Treatment resistant depression, antidepressant",
            "References",
            "Rush AJ",
            "PMID",
            "17074942",
            "A 5-Year Observational Study",
            "Topics:",
            "Research Explained",
            "Treatment-Resistant Depression",
            "Tweet",
            "LinkedIn",
            "About The healthkb editorial team",
            "The editors who write and update healthkb articles",
            "Related Articles",
            "What is a sham treatment?",
            "Talking to your GP about depression",
            "Most Popular Posts",
            "2 Comments",
            "Leanne",
            "Chris W",
            "I was told I was",
            "The table is really clear",
            "Submit a Comment",
            "Subscribe by Email",
            "© 2026",
            "Registered charity",
            "Privacy policy",
            "Cookie settings",
            "This website stores cookies",
            "Accept",
            "Decline",
            "more-->",
            "<sup>",
            "[1]",
            "[2]",
            "[1,2]",
            # the synopsis, never also body text
            "Doctors use the words when treatments have not helped",
        ),
        kept=(
            'If you have had depression for a while, you may have heard the words "'
            'treatment-resistant". It sounds final. It is not. It is a label for '
            "depression that has not got better after several good tries of "
            "treatment.",
            "Studies do not all use the same number of tries. That makes it hard to "
            "compare one study with another, so it is worth checking what each study "
            "meant.",
            "The vagus nerve stimulation (VNS) studies on this site only included "
            "people who had not been helped by four or more treatments:",
            "- In the five-year VNS registry, people had not been helped by four or "
            "more depression treatments, and ECT (electroconvulsive therapy) could "
            "count as one of them. They had also had a long episode of depression "
            "(at least two years) or three or more episodes",
            "- In the two-year RECOVER report, people had not improved after at "
            "least four adequate antidepressant treatments in their current episode.",
            "A large study called STAR*D gave people up to four treatment steps, one "
            "after another. If one step did not help, people were encouraged to move "
            "on to the next",
            "Remission means the signs of depression have gone away, or almost gone "
            "away. About 67% of people reached remission by the end of STAR*D. But "
            "people who needed more steps were more likely to have their depression "
            "come back (relapse) in the 12 months after",
            "So not being helped by one treatment does not mean the next one cannot "
            "help. The VNS studies looked at people who had already tried four or "
            "more",
            'If you are told your depression is "treatment-resistant", ask your '
            "doctor how many treatments they are counting, and what the next step "
            "could be. Do not stop a medicine suddenly on your own.",
        ),
        cited=(
            "move on to the next",
            "in the 12 months after",
            "three or more episodes",
            "already tried four or more",
        ),
    ),
    "d6-notion-export.md": Expected(
        title="Quality of life with VNS: what five years of a registry showed",
        description=(
            "People who had VNS said their everyday life felt better, and this lasted "
            "for five years. Here is what that finding can and cannot tell us."
        ),
        authors=("natalie-singh",),
        keywords=frozenset({QOL, VNS, TRD, OBS, "Registry"}),
        sources=CONWAY18 | AARONSON,
        gone=(
            "Status:",
            "Ready for edit",
            "Owner:",
            "Type: Explainer",
            "Summary:",
            "Keywords:",
            "registries",
            "Publish date",
            "December 10, 2026",
            "Created:",
            "3:18 PM",
            "Last edited time",
            "9:02 AM",
            "Editor TODO",
            "double-check the 328 and 271",
            "Please ask Sam",
            "<aside>",
            "</aside>",
            "\u26a0",
            "\U0001f4a1",
            "Untitled",
            ".png",
            "Notes from call with Sam",
            "Sam thinks we should lead",
            "suicidality part of the paper",
            "remember to link the glossary entry",
            "<details>",
            "<summary>",
            "Send to reviewer",
            "Add glossary links",
            "Check funding line",
            "[ ]",
            "[x]",
            "Related:",
            "VNS over five years",
            "registry explainer",
            "## References",
            "Conway CR",
            "Aaronson ST",
            "Journal of Clinical Psychiatry",
            "American Journal of Psychiatry",
            "18m12178",
            "doi.org",
            "[1]",
            "[2]",
            # the Summary property, never also body text
            "People who had VNS said their everyday life felt better",
        ),
        kept=(
            "When people talk about how well a depression treatment works, they "
            "often mean a score on a mood test. But people living with depression "
            "also care about something simpler: does everyday life feel better?",
            "A report from a large five-year study asked exactly that",
            "The Treatment-Resistant Depression Registry followed 795 people at 61 "
            "sites in the United States for five years",
            "Everyone in it had depression that had not got better after four or "
            "more treatments.",
            # the reader-facing callout: kept (a note or a paragraph), its icon gone
            "What is a registry?",
            "A registry is a study that records what happens to people during their "
            "normal care. Nobody is given a treatment by the study itself.",
            "Some people chose to add vagus nerve stimulation (VNS) to their usual "
            "care. VNS uses a small device placed under the skin of the chest that "
            "sends mild electrical pulses to the vagus nerve in the neck. Others "
            "carried on with their usual care alone.",
            "Quality of life means how good people feel their everyday life is. In "
            "this report:",
            "- **328 people** had VNS as well as their usual care.\n- **271 people** "
            "had their usual care only.",
            "The VNS group said their quality of life was better than the usual-care "
            "group did. The difference showed from **3 months** on, and it lasted "
            "through the **five years** of the study",
            "People chose which group to be in. They were not put into groups by "
            "chance, so this was not a randomised study. The two groups may have "
            "been different from the start in ways that affected how they felt about "
            "their lives.",
            "The registry studies were paid for by Cyberonics, the company that made "
            "the device at the time.",
            "If you are thinking about VNS, ask your psychiatrist what it could mean "
            "for your everyday life, not only for your mood scores.",
        ),
        cited=(
            "asked exactly that",
            "61 sites in the United States for five years",
            "through the **five years** of the study",
        ),
    ),
}

#: an odd number of ``**`` on a line: a bold left open or a closing one cut off
UNBALANCED_BOLD = r"^(?:[^*]*\*\*[^*]*\*\*)*[^*]*\*\*[^*]*$"

MORE = {
    "d1-perplexity-answer.txt": More(
        cite_keys=(RUSH,) * 6 + (AARONSON,),
        footcites=(7,),
        new_dois=(STARD_DESIGN_DOI,),
        gone_words=frozenset(
            {
                "Home",
                "Answer",
                "Sources",
                "12",
                "Images",
                "Share",
                "Export",
                "Rewrite",
                "Related",
                "Pro",
                "1",
                "2",
                "3",
            }
        ),
        headings=(
            "What was STAR*D?",
            "How many people got better?",
            "Did the benefit last?",
            "What is treatment-resistant depression?",
            "What this means for you",
        ),
        one_of=frozenset({"STAR*D", "STAR*D trial"}),
        never_keywords=frozenset({"perplexity", "pro", "home", "natalie singh"}),
    ),
    "d2-hospital-leaflet-form.txt": More(
        cite_keys=(AARONSON, AARONSON, CONWAY18),
        footcites=(3,),
        headings=(
            "What was the study?",
            "Two groups",
            "What it found",
            "Why this was not a fair test",
            "What to do next",
        ),
        noted=(
            "[Insert name of consultant]",
            "[to be set by the Patient Information Group]",
        ),
        never_keywords=frozenset(
            {"quality-of-life", "observational studies", "patient information group"}
        ),
    ),
    "d3-medium-post.html": More(
        # no markers: listed to place, or cited as CITE_OR_LIST says
        gone_words=frozenset(
            {
                "Search",
                "Write",
                "Follow",
                "Share",
                "Listen",
                "Reply",
                "Help",
                "Status",
                "About",
                "Careers",
                "Press",
                "Blog",
                "Privacy",
                "Rules",
                "Terms",
                "Sources",
                "Medium",
                "48",
                "3",
                "4",
                "2",
                "\u00b7",
                "Vagus",
                "Nerve",
                "Stimulation",
                "Depression",
                "Mental",
                "Health",
            }
        ),
        headings=(
            "What vagus nerve stimulation is",
            "Who took part",
            "How the study worked",
            "What it cannot tell us",
            "If you are thinking about VNS",
        ),
        pictures=(
            (
                "The kind of device used for vagus nerve stimulation",
                "Photo: Unsplash",
                "A small pulse generator",
            ),
        ),
        from_tags="tag",
        never_keywords=frozenset({"patient voices", "isla brennan"}),
    ),
    "d4-word365-funding.docx": More(
        cite_keys=(CONWAY, LIVANOVA, AARONSON),
        # the two links kept as links, or also cited
        footcites=(3, 4, 5),
        gone_lines=("General", "1.", "-"),
        headings=(
            "The studies on this site and who paid for them",
            "The two-year RECOVER report",
            "The first year of RECOVER",
            "The five-year registry",
            "Questions to ask when you read a study",
            "What this means for you",
        ),
        table=(
            ("Study", "Who paid", "Was there a comparison group?"),
            (
                "RECOVER, two-year report (2026)",
                "LivaNova, which makes the VNS Therapy system",
                "No: everyone had VNS",
            ),
            (
                "RECOVER, first year (reported December 2024)",
                "LivaNova, the study's sponsor",
                "Yes: a sham group",
            ),
            (
                "Five-year registry (2017)",
                "Cyberonics, the maker of the device at the time",
                "Yes: usual care, but people chose their group",
            ),
        ),
        noted=(
            "Natalie, can you check we say clearly that this is the sponsor's own "
            "announcement? Please confirm before publishing.",
            "So we can be sure the device caused the benefit.",
        ),
        never_keywords=frozenset(
            {"open label", "randomised controlled trials", "farah qureshi"}
        ),
    ),
    "d5-hubspot-blog-post.html": More(
        cite_keys=(RUSH, RUSH, AARONSON, RUSH | AARONSON),
        footcites=(4,),
        source_notes=("has this PMID",),
        gone_words=frozenset({"Home", "Blog", "Reply", "Accept", "Decline"}),
        headings=(
            '"Several" is not a fixed number',
            "What STAR*D showed about trying again",
            "What this means for you",
        ),
        table=(
            ("Treatment step", "People in remission"),
            ("Step one", "36.8%"),
            ("Step two", "30.6%"),
            ("Step three", "13.7%"),
            ("Step four", "13.0%"),
        ),
        never_keywords=frozenset(
            {"research explained", "brightside minds", "antidepressant"}
        ),
    ),
    "d6-notion-export.md": More(
        cite_keys=(CONWAY18, AARONSON, CONWAY18),
        footcites=(3,),
        source_notes=("has this title",),
        gone_patterns=(UNBALANCED_BOLD, r"^(?:Status|Owner|Type|Created):"),
        headings=(
            "What the study was",
            "What people said about their lives",
            "Why we should be careful",
            "What this means for you",
        ),
        pictures=(("Untitled.png",),),
        noted=(
            "double-check the 328 and 271",
            "Send to reviewer",
            "Sam thinks we should lead with the 3-month finding",
        ),
        never_keywords=frozenset({"registries", "2026", "explainer", "ready for edit"}),
    ),
}

#: lists whose items may be kept in any order: each item kept in one of its
#: spellings, or named (as written) in a report item
LIST_ANY_ORDER = {"d1-perplexity-answer.txt": D1_ITEMS}

#: drafts with no keyword section whose keywords may also be left empty, with a
#: report item that none were given
KEYWORDS_OR_NONE = frozenset({"d3-medium-post.html"})

#: drafts whose new source may be added to references.bib (the expect file: "a new
#: key proposed beside it is acceptable if the report says so"): the DOI
NEW_SOURCE_ADDED = {"d1-perplexity-answer.txt": STARD_DESIGN_DOI}

#: drafts without markers whose sources may be cited instead of listed to place:
#: the text each is cited after, and its keys
CITE_OR_LIST = {
    "d3-medium-post.html": (
        ("did not explain this", CONWAY),
        ("from the company's own news release", LIVANOVA),
    ),
}

#: a second description the expect file allows, with the words a report item
#: must hold when it is used (the report says which was taken)
DESCRIPTION_OR = {
    "d5-hubspot-blog-post.html": (
        "Doctors use the words treatment-resistant depression when treatments have "
        "not helped. But how many is several?",
        "meta",
    ),
}

#: a draft's reviewer claim: the authors.yml key it may be matched to, and the
#: words of the claim a report item must quote either way
REVIEWER_CLAIMS = {"d2-hospital-leaflet-form.txt": ("natalie-singh", "N. Singh")}

#: what still fails, by draft and test name, with what the first run (main 3e89d61)
#: got wrong; each is an xfail(strict=True), so a fix must also take it out of here
STILL_WRONG: dict[str, dict[str, str]] = {
    "d1-perplexity-answer.txt": {
        # not a first-run miss: the first run kept 'Treatment as usual' only from
        # the source cards it left in the text; the frozen site has it as a
        # glossary term, which is only a spelling, not a keyword the site uses
        # (test_import_kinds_d14's test_a_glossary_term_is_no_keyword_the_site_uses),
        # and the article's own text never says it, so the ranking by fit leaves it
        # out (reported) for 'Follow-up', which the text says
        "keywords": "'Treatment as usual' (a glossary term the text never says) "
        "left out of the ten, reported: the test's reading that a glossary "
        "spelling is a keyword the site uses contradicts the d14 rule",
    },
}


globals().update(set_tests(DRAFTS, EXPECTED, MORE, STILL_WRONG))
_DRAFTS = sorted(EXPECTED)


@pytest.mark.parametrize("draft", xfail_cases("description", _DRAFTS, STILL_WRONG))
def test_description(imported, draft):  # noqa: ANN001
    """set_tests' description check; where the expect file allows a second one, that
    one with a report item saying it was taken."""
    found = imported(draft)
    other = DESCRIPTION_OR.get(draft)
    taken = re.search(r'^description: (".*")$', found.front, re.M)
    if other and taken and reader_text(json.loads(taken[1])) == other[0]:
        assert any(
            "description" in item.casefold() and other[1] in item.casefold()
            for item in todo_items(found.out)
        ), found.out
        return
    check_description(found, EXPECTED[draft], MORE[draft])


@pytest.mark.parametrize("draft", xfail_cases("authors", _DRAFTS, STILL_WRONG))
def test_authors(imported, draft):  # noqa: ANN001
    """The byline's keys; a reviewer claim reported (matched or not), never a
    review recorded; no other draft gives a reviewer."""
    found = imported(draft)
    assert_authors(found, EXPECTED[draft])
    front = found.front + "\n"
    claim = REVIEWER_CLAIMS.get(draft)
    if claim:
        key, words = claim
        reviewers = re.search(r"^reviewers: \[(.*)\]$", front, re.M)
        assert reviewers is None or reviewers[1] == key, front
        assert reported(found, words), found.out
    else:
        assert "reviewers:" not in front, front
    # no draft records a review on this site: never a review date or history
    assert re.search(r"^reviewed: <<", front, re.M), front
    assert "history:" not in front


@pytest.mark.parametrize("draft", xfail_cases("keywords", _DRAFTS, STILL_WRONG))
def test_keywords_in_the_sites_spellings(imported, draft):  # noqa: ANN001
    """set_tests' keyword check; a list kept in any order has each item kept or
    reported; a draft without keywords may leave them empty and say so."""
    found, expected, more = imported(draft), EXPECTED[draft], MORE[draft]
    words = sum(keyword_lists(found), [])
    if draft in KEYWORDS_OR_NONE:
        # none given: left empty and reported, or the tags in the site's spellings
        # (any of them main) with a report item naming the tags
        if not words:
            assert reported(found, "keyword"), found.out
            return
        assert len(words) == len(set(words)) and len(words) <= 10, words
        assert expected.keywords <= set(words), words
        assert set(words) <= expected.keywords | expected.may_add, words
        assert any(more.from_tags in i.casefold() for i in todo_items(found.out))
        return
    check_keywords(found, expected, more)
    for written, spellings in LIST_ANY_ORDER.get(draft, ()):
        if not set(words) & spellings:
            assert reported(found, written), written


def _added_entries(found) -> str:  # noqa: ANN001
    """What the import added to the site's references.bib (empty: nothing)."""
    site = found.path.parents[2]
    bib = (site / "references.bib").read_text("utf-8")
    frozen = (IMPORT_CONTENT / "references.bib").read_text("utf-8")
    assert bib.startswith(frozen.rstrip("\n")), "references.bib was rewritten"
    return bib[len(frozen.rstrip("\n")) :]


@pytest.mark.parametrize("draft", xfail_cases("sources", _DRAFTS, STILL_WRONG))
def test_sources_are_the_entries_and_new_ones_are_reported(imported, draft):  # noqa: ANN001
    """set_tests' source check; a new source may instead be added to
    references.bib (whole DOI, a new key) with the report saying so."""
    found, expected, more = imported(draft), EXPECTED[draft], MORE[draft]
    doi = NEW_SOURCE_ADDED.get(draft)
    added = _added_entries(found)
    if not (doi and added):
        check_sources(found, expected, more)
        return
    keys = re.findall(r"^@\w+\{([^,\s]+),", added, re.M)
    assert len(keys) == 1, added
    assert keys[0] not in bib_keys(), keys
    assert f"added source '{keys[0]}' to references.bib" in found.out, found.out
    assert re.search(rf"doi\s*=\s*\{{{re.escape(doi)}\}}", added, re.I), added
    used = used_sources(found)
    assert used - bib_keys() == {keys[0]}, used
    assert used & bib_keys() == expected.sources, found.out


@pytest.mark.parametrize("draft", xfail_cases("citations", _DRAFTS, STILL_WRONG))
def test_citations_stand_where_the_markers_were(imported, draft):  # noqa: ANN001
    """set_tests' citation check; a draft without markers may have its sources
    cited where CITE_OR_LIST says instead of listed to place."""
    found, expected, more = imported(draft), EXPECTED[draft], MORE[draft]
    placed = CITE_OR_LIST.get(draft)
    if placed and "{footcite:p}" in reader_body(found.body):
        expected = dataclasses.replace(expected, cited=tuple(t for t, _ in placed))
        more = dataclasses.replace(
            more, cite_keys=tuple(k for _, k in placed), footcites=(len(placed),)
        )
    check_citations(found, expected, more)
