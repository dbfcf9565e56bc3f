"""Set 18 of the blind drafts (fixtures/drafts/incoming18/): each expect file's items
as helpers/blind_checks.py's checks, plus what this set's expect files allow beside
them. Its README holds the unseen first run, those alternatives and the corrections
made to the expect files, with why. What still fails stands in STILL_WRONG, an
xfail(strict=True) each, with what the first run got wrong."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from helpers.blind_checks import (
    More,
    check_authors,
    check_citations,
    check_description,
    check_keywords,
    keyword_lists,
    reader_body,
    set_tests,
)
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
    TAU,
    TRD,
    VNS,
    Expected,
    reader_text,
    reported,
    xfail_cases,
)
from helpers.import_runs import todo_items

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "incoming18"

#: d1's 16-item list: each item as written, and the spellings it may be kept in
#: (the expect file: the best ten in the site's spellings, site keywords first)
D1_ITEMS = (
    ("vagus nerve stimulation", frozenset({VNS})),
    ("sham treatment", frozenset({"Sham", "Sham treatment"})),
    ("sham-controlled trial", frozenset({"Sham-controlled trial"})),
    ("RECOVER", frozenset({RECOVER})),
    ("treatment resistant depression", frozenset({TRD})),
    ("primary endpoint", frozenset({"Primary endpoint"})),
    ("randomised controlled trial", frozenset({"Randomised controlled trial"})),
    ("open label", frozenset({"Open-label"})),
    ("placebo effect", frozenset({"Placebo effect"})),
    ("LivaNova", frozenset({"LivaNova"})),
    ("device funding", frozenset({"Device funding"})),
    ("major depressive disorder", frozenset({MDD})),
    ("adjunctive therapy", frozenset({"Adjunctive therapy"})),
    ("neuromodulation", frozenset({"Neuromodulation"})),
    ("long term outcomes", frozenset({LTO})),
    ("brain stimulation", frozenset({"Brain stimulation"})),
)
#: the eight the expect file maps to keywords the site's articles use: all kept
D1_SITE = frozenset(
    {
        VNS,
        RECOVER,
        TRD,
        MDD,
        "Adjunctive therapy",
        "Neuromodulation",
        LTO,
        "Brain stimulation",
    }
)

#: d2's eight keywords that are not site keywords: each kept or reported
D2_ITEMS = (
    ("major depression", frozenset({MDD, "Major depression"})),
    ("outpatients", frozenset({"Outpatients"})),
    ("medicines review", frozenset({"Medicines review"})),
)

EXPECTED = {
    "d1-deepseek-answer.txt": Expected(
        title=(
            'When the "pretend" group also felt better: what RECOVER\'s sham phase '
            "tells us"
        ),
        description=(
            "Why a fair comparison matters when judging vagus nerve stimulation"
        ),
        authors=("natalie-singh",),
        keywords=D1_SITE,
        may_add=frozenset().union(*(s for _, s in D1_ITEMS)) - D1_SITE,
        sources=LIVANOVA | CONWAY,
        gone=(
            "deepseek",
            "DeepSeek",
            "New chat",
            "VNS sham article for health site",
            "Summarise STAR*D steps",
            "Get App",
            "My Profile",
            "DeepThink",
            "Found 2 results",
            "Thought for 11 seconds",
            "Write an article for our health site",
            "Use only the two sources I pasted",
            "Follow my usual instructions",
            "Okay, the user wants",
            "They gave me two sources",
            "without overselling it",
            "I should keep sentences short",
            "Okay, heres the article",
            "written to your instructions",
            "I'll add the keywords section",
            "By Dr Natalie Singh",
            "Health Editor",
            "[citation:",
            "News release, December 2024",
            "investor.livanova.com",
            "doi:10.1093",
            "Conway CR",
            "AI-Determined",
            "To be populated",
            "- sham treatment",
            "- primary endpoint",
            "- placebo effect",
            "- device funding",
            "- long term outcomes",
            "These keywords were picked by the AI",
            "The AI will update them",
            "existing tags before publishing",
            "Would you like me",
            "social media post",
            "This response is AI-generated",
            "AI-generated, for reference only",
            "Regenerate",
            "Message DeepSeek",
            "group.The",
            "device.Recent",
            # the second headline is the description, never also body text
            "Why a fair comparison matters",
        ),
        kept=(
            "Vagus nerve stimulation, or VNS, is a treatment for depression that has "
            "not got better with other treatments. A small device is placed under "
            "the skin of the chest. It sends regular, mild electrical pulses to the "
            "left vagus nerve in the neck",
            "It is used as an add-on to a person's usual treatment, not instead of it.",
            "In a sham-controlled trial, some people get the real treatment and some "
            'get a "pretend" version. In the RECOVER trial, everyone had the device '
            "fitted, but in the sham group it gave no stimulation",
            "The first, randomised phase of RECOVER lasted 12 months. It included 493 "
            "adults at 84 sites in the United States",
            "It did not meet its main goal (its primary endpoint)",
            "The company that makes the device, LivaNova, reported these results "
            "itself in December 2024",
            "A later part of the study followed 214 adults for two years in total",
            "On average they had tried 13 treatments and had been depressed for 29 "
            "years",
            "About three in four were unable to work.",
            "Among people who had a large benefit at 12 months, 78.8% still had it at "
            "18 months and 79.0% at 24 months",
            "There was no comparison group. The study was paid for by LivaNova",
            "not all of the change can be put down to the device. Recent results are "
            "encouraging for some people, but they do not settle the question.",
            "If you are thinking about VNS, ask your care team what the evidence "
            "shows for people like you.",
        ),
        cited=(
            "left vagus nerve in the neck",
            "it gave no stimulation",
            "84 sites in the United States",
            "also improved strongly",
            "did favour the real stimulation",
            "itself in December 2024",
            "two years in total",
            "depressed for 29 years",
            "79.0% at 24 months",
            "ties to the company",
        ),
    ),
    "d2-pharmacy-campaign-template.txt": Expected(
        title=(
            "Trying a second or third treatment for depression: what one large "
            "study found"
        ),
        description=(
            "If your first antidepressant has not helped, you are not at the end of "
            "the road. A big American study followed people through up to four "
            "treatment steps."
        ),
        authors=("meera-dhillon",),
        new_author="meera-dhillon",
        keywords=frozenset({"Antidepressants", "STAR*D", "Remission", "Relapse", TRD}),
        may_add=frozenset().union(*(s for _, s in D2_ITEMS)),
        sources=RUSH | AARONSON,
        gone=(
            "HARTLEY GREEN",
            "Hartley green",
            "Hartley Green",
            "HEALTHY LIVING",
            "Healthy living",
            "Health campaign article",
            "Template HLP-07",
            "=====",
            "-----",
            "Campaign month",
            "Campaign theme",
            "Mental wellbeing: medicines and depression",
            "Display / leaflet stand",
            "Also for website",
            "Health Champion",
            "Date received",
            "07/12/2026",
            "PART 1",
            "PART 2",
            "PART 3",
            "PART 4",
            "ARTICLE DETAILS",
            "must be filled in",
            "ARTICLE TEXT",
            "paste below the line",
            "SOURCES AND KEYWORDS",
            "SIGN-OFF",
            "Title:",
            "Standfirst:",
            "Author:",
            "Reviewed by",
            "Sources:",
            "Meera Dhillon",
            "Community Pharmacist",
            "Independent Prescriber",
            "Dr Natalie Singh",
            "Health Editor",
            "Insert photo",
            "consultation room here",
            "Rush AJ",
            "Aaronson ST",
            "PMID",
            "doi:10.1176",
            "Keywords for website",
            "medicines review",
            "STAR*D study",
            "Responsible Pharmacist",
            "GPhC",
            "SOP HLP-02",
            "Approved for display",
            "Word count",
            "Please return the completed template",
            "pharmacy manager",
            "[x]",
            "[ ]",
            "(1)",
            "(2)",
            # the standfirst is the description, never also body text
            "you are not at the end of the road",
        ),
        kept=(
            "Many people start an antidepressant and find it does not help enough. "
            "That can feel discouraging. A large study called STAR*D looked at what "
            "happens when people keep going and try another treatment",
            "STAR*D stands for Sequenced Treatment Alternatives to Relieve "
            "Depression. It followed adults with major depressive disorder who were "
            "treated as outpatients, meaning they were not staying in hospital. None "
            "of them had psychotic symptoms. If a treatment step did not lead to "
            "recovery, people were encouraged to move on to the next step. There "
            "were up to four steps",
            'Researchers counted "remission", which means the symptoms of depression '
            "had mostly gone.",
            "- Step 1: 36.8%\n- Step 2: 30.6%\n- Step 3: 13.7%\n- Step 4: 13.0%",
            "Overall, about 67% of people reached remission by the end of the steps",
            "In all, 3,671 people took the first step, and 123 reached the fourth",
            "People who needed more steps to get better were more likely to relapse, "
            "meaning their depression came back, during the 12 months of follow-up",
            'Doctors use the term "treatment-resistant depression" when depression '
            "has not improved after several proper treatments. Studies do not all "
            "use the same number. The vagus nerve stimulation studies covered on our "
            "website needed people to have tried four or more",
            "If your medicine does not seem to be working, speak to your pharmacist "
            "or GP.",
        ),
        cited=(
            "try another treatment",
            "There were up to four steps",
            "the remission rates at each step",
            "by the end of the steps",
            "123 reached the fourth",
            "during the 12 months of follow-up",
            "to have tried four or more",
        ),
    ),
    "d3-wix-blog-post.html": Expected(
        title=(
            "Still getting better in year two? A closer look at late responders to VNS"
        ),
        # any of DESCRIPTIONS_ANY (test_description)
        description=None,
        authors=("natalie-singh",),
        keywords=frozenset({VNS, TRD, RECOVER, LTO, "Neuromodulation"}),
        sources=CONWAY,
        gone=(
            "Northfield Mood Network",
            "Log In",
            "About us",
            "Support groups",
            "All Posts",
            "Research explained",
            "Members' stories",
            "Writer's picture",
            "4 Dec 2026",
            "3 min read",
            "Updated: 5 Dec 2026",
            "Posted by",
            "Research Desk",
            "Share this post",
            "Facebook",
            "LinkedIn",
            "Copy link",
            "Tags:",
            "treatment resistant depression",
            "long-term outcomes",
            "148 views",
            "3 comments",
            "Recent Posts",
            "See All",
            "What STAR*D taught us about trying again",
            "Five years of VNS: reading a registry study",
            "Our winter meet-ups are back",
            "96 views",
            "210 views",
            "58 views",
            "Comments (3)",
            "Write a comment",
            "I've had my device nearly a year",
            "Good to see the point",
            "Thanks both",
            "Subscribe to our newsletter",
            "Proudly created with Wix",
            "Registered charity",
            "Photo: Unsplash",
            "Conway CR",
            "International Journal of Neuropsychopharmacology",
            "doi.org",
            # the meta description, never also body text
            "Some people who had not felt much better after a year",
        ),
        kept=(
            "When people try a new treatment for depression, they often hope to feel "
            "better quickly. But a recent study of vagus nerve stimulation suggests "
            "that, for some people, improvement can come later.",
            "Vagus nerve stimulation (VNS) uses a small device placed under the skin "
            "of the chest. It sends regular, mild electrical pulses to the left vagus "
            "nerve in the neck. It is given as an add-on to a person's usual "
            "depression treatment.",
            "The study followed **214 adults** with moderate to severe depression. "
            "None had improved after at least four proper treatments in their "
            "current episode. Everyone had VNS added to their usual care for 12 "
            "months, and then carried on for another 12 months.",
            "Some people had not had a meaningful benefit after the first 12 months. "
            "Among them:",
            "- 30.6% had gained a meaningful benefit by 18 months.\n- 37.8% had "
            "gained it by 24 months.",
            "The researchers call this a delayed response. Changes to people's "
            "medicines or other treatments did not explain the benefit that people "
            "kept.",
            "This part of the study had no comparison group. Everyone knew they were "
            "having VNS. It was paid for by LivaNova, the company that makes the VNS "
            "Therapy system, and several of the authors have ties to the company. So "
            "the results are hopeful, but they are not proof that the device caused "
            "the late improvement.",
            "If you have VNS and feel it has not helped yet, talk to your care team "
            "before making any decisions.",
        ),
    ),
    "d4-onlyoffice-registry.docx": Expected(
        title="What a five-year registry found about vagus nerve stimulation",
        description=(
            "Comparing people who chose VNS with people who stayed on their usual care"
        ),
        authors=("editorial-team",),
        keywords=frozenset({VNS, TRD, QOL, "Registry", OBS, "Remission", TAU}),
        # the list's order as priority: its first three
        main=frozenset({VNS, TRD, QOL}),
        sources=AARONSON | CONWAY18,
        gone=(
            "Quality of life was transformed",
            "Checked against the paper",
            "OK to publish",
            "By the healthkb editorial team",
            "registry draft v2",
            "healthkb editors",
            "ONLYOFFICE",
            "Natalie Singh",
            "Aaronson ST",
            "Conway CR",
            "American Journal of Psychiatry",
            "Journal of Clinical Psychiatry",
            "18m12178",
            "doi.org",
            "treatment-resistant depression; quality of life",
            "[1]",
            "[2]",
            "[1,2]",
            # the subtitle is the description, never also body text
            "Comparing people who chose VNS",
        ),
        kept=(
            "Some people with depression try many treatments without getting better. "
            "A large registry study followed such people for five years. It compared "
            "those who had vagus nerve stimulation (VNS) added to their usual care "
            "with those who had their usual care alone",
            "The study took place at 61 sites in the United States and included 795 "
            "people",
            "Everyone had failed four or more depression treatments, which could "
            "include ECT (electroconvulsive therapy). Each person had a long episode "
            "of depression, lasting at least two years, or had had three or more "
            "episodes.",
            "People chose their own treatment. **The groups were not picked at "
            "random**, so they may have differed in ways that affect the results",
            "The two groups were:",
            "- VNS added to usual care\n- usual care alone (called treatment as usual)",
            "Over five years, more people in the VNS group responded to treatment at "
            "some point, and more had their first remission",
            "Remission means the symptoms had mostly gone.",
            "A second report looked at quality of life in 328 people with VNS plus "
            "usual care and 271 people with usual care alone",
            # the tracked insertion: the document's current text
            "The VNS group reported better quality of life from 3 months on, and "
            "this lasted through 5 years",
            "Because the groups were not chosen at random, this kind of study cannot "
            "show for certain that VNS caused the difference. The earlier VNS studies "
            "were paid for by Cyberonics, the company that made the device at the time",
            "If you are living with depression that has not improved, talk to your "
            "doctor about what options may suit you.",
        ),
        cited=(
            "had their usual care alone",
            "included 795 people",
            "in ways that affect the results",
            "had their first remission",
            "271 people with usual care alone",
            "this lasted through 5 years",
            "made the device at the time",
        ),
    ),
    "d5-joomla-article.html": Expected(
        title="How does vagus nerve stimulation work?",
        description=(
            "A small implanted device, used alongside a person's usual depression "
            "treatment"
        ),
        authors=("editorial-team",),
        # the tag pills; 'add-on treatment' as written or Adjunctive therapy (one_of)
        keywords=frozenset({VNS, "Brain stimulation", TRD}),
        sources=CONWAY | LIVANOVA,
        gone=(
            "Mind Matters Trust",
            "Information for patients and carers",
            "Toggle Navigation",
            "Get support",
            "Contact us",
            "Search ...",
            "You are here",
            "Written by",
            "The healthkb editorial team",
            "Category: Treatments",
            "Published: 02 December 2026",
            "Hits: 312",
            "Last Updated",
            "User tools",
            "Share this page",
            "Facebook",
            "Previous article",
            "Next article",
            "What is ECT?",
            "Talking therapies",
            "Related Articles",
            "What is treatment-resistant depression?",
            "VNS over five years: a registry",
            "Most Read",
            "Helplines and crisis support",
            "Newsletter",
            "Get our monthly update",
            "Copyright",
            "All Rights Reserved",
            "Joomla",
            "GNU General Public License",
            "Back to Top",
            "This website uses cookies",
            "brain stimulation",
            "add-on treatment",
            "Treatment Resistant Depression",
            "Diagram showing where the VNS device sits",
            "vns-device-diagram.png",
            "investor.livanova.com",
            "<sup>",
            "nerve.1",
            "months.1",
            "company.1",
            "release.2",
            # the h2 standfirst is the description, never also body text
            "A small implanted device, used alongside",
        ),
        kept=(
            "Vagus nerve stimulation, often shortened to VNS, is a treatment for "
            "depression that has not improved with other treatments. This page "
            "explains how it works and what a recent study found.",
            "VNS works on the **left** vagus nerve, in the neck.",
            "A small device is implanted under the skin of the chest. It sends "
            "regular, mild electrical pulses to the nerve",
            'It does not replace other care. It is an add-on (doctors say "'
            "adjunctive\") to a person's usual depression treatment.",
            "A study called RECOVER followed 214 adults whose depression had not "
            "improved after at least four proper treatments. Each person had VNS "
            "added to their usual care for 12 months, and then for 12 more months",
            "This part of the study had no comparison group, and everyone knew they "
            "were having VNS. It was paid for by LivaNova, the maker of the device, "
            "and several authors have ties to the company",
            "An earlier part of RECOVER did compare real stimulation with sham (no) "
            "stimulation. It did not meet its main goal, because people in the sham "
            "group also improved strongly. LivaNova reported this itself, in a news "
            "release",
            "If you would like to talk about whether VNS is right for you, speak to "
            "your psychiatrist or GP.",
        ),
        cited=(
            "mild electrical pulses to the nerve",
            "then for 12 more months",
            "several authors have ties to the company",
            "itself, in a news release",
        ),
    ),
    "d6-jekyll-post.md": Expected(
        title="Treatment-resistant depression: why studies count it differently",
        description=(
            "There is no single agreed number of failed treatments. Here is how three "
            "well-known studies drew the line."
        ),
        authors=("natalie-singh",),
        keywords=frozenset({TRD, "STAR*D", "Antidepressants", VNS, "Remission"}),
        sources=RUSH | AARONSON | CONWAY,
        gone=(
            "{% comment %}",
            "{% endcomment %}",
            "NS 06/12",
            "second draft",
            "Numbers checked against the content brief",
            "Do not publish before the",
            "glossary links are in",
            "<!--more-->",
            "{: .notice--info}",
            "notice--",
            'markdown="1"',
            "</div>",
            "{%",
            "{{",
            "post_url",
            "feature_row",
            "Photo credit",
            "Unsplash",
            "trd-steps-header.jpg",
            "stard-steps.png",
            "Four steps, with fewer people at each one",
            "The STAR*D steps (our drawing)",
            "[^",
            "Rush AJ",
            "Aaronson ST",
            "Conway CR",
            "medRxiv",
            "10.1101",
            "PMID",
            "layout:",
            "toc_label",
            "Explainers",
            # the excerpt is the description, never also body text
            "There is no single agreed number",
        ),
        kept=(
            '"Treatment-resistant depression" describes depression that has not '
            "improved after several adequate treatments. But studies do not agree "
            'on how many "several" is.',
            "This post looks at how three studies drew the line, and why it matters "
            "when you read about new treatments.",
            "STAR*D stands for Sequenced Treatment Alternatives to Relieve "
            "Depression. It followed adult outpatients with non-psychotic major "
            "depressive disorder through up to four treatment steps. People who did "
            "not recover at one step were encouraged to move on to the next.",
            "Remission (when the symptoms have mostly gone) became less common at "
            "each later step:",
            "About 67% reached remission overall. Of the 3,671 people who took the "
            "first step, 123 reached the fourth.",
            "The vagus nerve stimulation studies on this site set a higher bar. They "
            "only included people who had not improved after four or more "
            "treatments.",
            "- In the five-year registry, people had failed four or more depression "
            "treatments, which could include ECT (electroconvulsive therapy).",
            "- In the RECOVER study, people had not improved after at least four "
            "adequate antidepressant treatments in their current episode. On average "
            "they had tried 13 treatments, had been depressed for 29 years, and "
            "about three in four were unable to work.",
            '**Why this matters:** when a study says "treatment-resistant", check '
            "how many treatments people had already tried. Results from people who "
            "have tried 13 treatments may not apply to someone who has tried two.",
            "If your first or second treatment has not worked, that does not mean "
            "nothing will. In STAR*D, some people reached remission at every step.",
            "Your doctor can talk you through the next options.",
            # the post_url link: to the site's own article, or plain text
            "Read more: ",
            "What is treatment-resistant depression?",
        ),
        cited=(
            'how many "several" is',
            "encouraged to move on to the next",
            "123 reached the fourth",
            "reached remission at every step",
            "include ECT (electroconvulsive therapy)",
            "about three in four were unable to work",
        ),
    ),
}

MORE = {
    "d1-deepseek-answer.txt": More(
        cite_keys=(CONWAY,) + (LIVANOVA,) * 5 + (CONWAY,) * 4,
        footcites=(10,),
        gone_words=frozenset(
            {"Today", "Yesterday", "Search", "Copy", "Regenerate", "Sources"}
        ),
        gone_lines=("---",),
        headings=(
            "What is a sham group?",
            "What the first phase found",
            "What happened next",
            "What this means for you",
        ),
        noted=("group.The", "device.Recent"),
        never_keywords=frozenset(
            {
                "deepseek",
                "search",
                "deepthink (r1)",
                "ai-generated",
                "for reference only",
                "natalie singh",
            }
        ),
    ),
    "d2-pharmacy-campaign-template.txt": More(
        cite_keys=(RUSH,) * 6 + (AARONSON,),
        footcites=(7,),
        gone_patterns=(r"\.{5,}", r"_{5,}", r"^\*\s"),
        headings=(
            "What STAR*D did",
            "How many people got better",
            "Staying well",
            'When depression is called "treatment-resistant"',
            "Talk to us",
        ),
        pictures=(("photo of consultation room",),),
        named=("STAR*D study", "antidepressant"),
        never_keywords=frozenset(
            {"hartley green pharmacy", "healthy living pharmacy", "meera dhillon"}
        ),
    ),
    "d3-wix-blog-post.html": More(
        gone_words=frozenset(
            {
                "Home",
                "About",
                "us",
                "Blog",
                "Support",
                "groups",
                "Contact",
                "Search",
                "...",
                "Share",
                "X",
                "Like",
                "Reply",
                "Publish",
                "Sources",
                "12",
                "views",
                "comments",
                "comment",
                "0",
                "1",
                "2",
            }
        ),
        headings=(
            "What is vagus nerve stimulation?",
            "Who took part",
            "The late responders",
            "Why we should be careful",
        ),
        pictures=(("A calendar with two years marked",),),
        from_tags="tag",
        never_keywords=frozenset(
            {"research explained", "research desk", "natalie singh", "wix"}
        ),
    ),
    "d4-onlyoffice-registry.docx": More(
        cite_keys=(AARONSON,) * 4 + (CONWAY18,) * 2 + (AARONSON | CONWAY18,),
        footcites=(7,),
        gone_words=frozenset({"References", "Keywords"}),
        headings=(
            "How the study worked",
            "Who was in each group",
            "What the study found",
            "Quality of life",
            "What to keep in mind",
        ),
        table=(
            ("Over five years", "VNS plus usual care", "Usual care alone"),
            ("Responded at some point", "67.6%", "40.9%"),
            ("First-time remission", "43.3%", "25.7%"),
        ),
        noted=(
            "Checked against the paper: 61 sites and 795 people are right. OK to "
            "publish.",
            "Quality of life was transformed for almost everyone.",
        ),
        keyword_order=(VNS, TRD, QOL, "Registry", OBS, "Remission", TAU),
        never_keywords=frozenset(
            {"registry draft v2", "healthkb editors", "onlyoffice", "natalie singh"}
        ),
    ),
    "d5-joomla-article.html": More(
        cite_keys=(CONWAY,) * 3 + (LIVANOVA,),
        footcites=(4,),
        source_notes=("has this title",),
        gone_words=frozenset(
            {
                "Home",
                "Treatments",
                "News",
                "Search",
                "Details",
                "Print",
                "Email",
                "Prev",
                "Next",
                "X",
                "Accept",
                "Decline",
                "Subscribe",
                "VNS",
                "Tags:",
                "References",
            }
        ),
        headings=("The vagus nerve", "The device", "What a recent study found"),
        table=(
            ("People with at least a meaningful benefit at 12 months", "Still had it"),
            ("At 18 months", "83.1%"),
            ("At 24 months", "81.3%"),
        ),
        pictures=(
            (
                "Diagram showing where the VNS device sits in the chest",
                "vns-device-diagram.png",
            ),
        ),
        from_tags="tag",
        one_of=frozenset(
            {"Adjunctive therapy", "Add-on treatment", "add-on treatment"}
        ),
        # the <meta name="keywords"> (site SEO), the category, the site's name
        never_keywords=frozenset(
            {
                "depression",
                "vagus nerve",
                "device",
                "implant",
                "treatments",
                "mind matters trust",
            }
        ),
    ),
    "d6-jekyll-post.md": More(
        cite_keys=(RUSH,) * 4 + (AARONSON, CONWAY),
        footcites=(6,),
        source_notes=("preprint",),
        headings=(
            "STAR*D: trying one step after another",
            "The VNS studies: four or more",
            "What this means for you",
        ),
        table=(
            ("Step", "Remission rate"),
            ("1", "36.8%"),
            ("2", "30.6%"),
            ("3", "13.7%"),
            ("4", "13.0%"),
        ),
        pictures=(("Four steps, with fewer people at each one", "stard-steps.png"),),
        noted=("NS 06/12: second draft.",),
        from_tags="tag",
        never_keywords=frozenset({"explainers", "single", "natalie singh"}),
    ),
}

#: lists whose items may be kept in any order (site keywords first): each item
#: kept in one of its spellings, or named (as written) in a report item
LIST_ANY_ORDER = {
    "d1-deepseek-answer.txt": D1_ITEMS,
    "d2-pharmacy-campaign-template.txt": D2_ITEMS,
}

#: drafts whose list is longer than ten: exactly ten kept ("the best ten"), and the
#: report's "left out" item names only the list's items, never the page's words
#: after it (the expect file: "the other six listed in the report")
TEN_OF = {"d1-deepseek-answer.txt": D1_ITEMS}

#: drafts whose markers the expect file also allows unread: no citation placed, no
#: raw marker left (these patterns) and the sources listed to place
MARKERS_OR_LIST = {
    "d1-deepseek-answer.txt": (r"\[citation:\d+\]",),
    "d2-pharmacy-campaign-template.txt": (r"\(\d\)",),
    "d5-joomla-article.html": (r"[a-z]\.\d\b", r"<sup>"),
}

#: descriptions the expect file allows where the page has no second headline: the
#: meta description, or one or two sentences starting the first paragraph, or the
#: placeholder with a report item to write it
DESCRIPTIONS_ANY = {
    "d3-wix-blog-post.html": (
        "Some people who had not felt much better after a year of vagus nerve "
        "stimulation did improve later.",
        "When people try a new treatment for depression, they often hope to feel "
        "better quickly.",
        "When people try a new treatment for depression, they often hope to feel "
        "better quickly. But a recent study of vagus nerve stimulation suggests "
        "that, for some people, improvement can come later.",
    ),
}

#: a draft's reviewer claim: the authors.yml key it may be matched to, and the
#: words of the claim a report item must quote either way
REVIEWER_CLAIMS = {
    "d2-pharmacy-campaign-template.txt": ("natalie-singh", "Natalie Singh")
}

#: a .docx has no line numbers: the report says where a removed comment stood by
#: the heading it was under (the comment's words, the heading)
COMMENT_PLACES = {
    "d4-onlyoffice-registry.docx": (
        "Checked against the paper",
        "How the study worked",
    ),
}

#: what still fails, by draft and test name, with what the first run (main 3ddde78)
#: got wrong; each is an xfail(strict=True), so a fix must also take it out of here
STILL_WRONG: dict[str, dict[str, str]] = {
    "d6-jekyll-post.md": {
        # the detector's (healthkb/rules/chatter*.py, the lead's): the Liquid
        # comment and the post_url link are read since d18fix
        "text": "the detector removes 'Read more:' as 'a content-system "
        "leftover' (a cue of its own, whatever follows): the link's words are "
        "kept, as a line of their own",
    },
}


globals().update(set_tests(DRAFTS, EXPECTED, MORE, STILL_WRONG))
_DRAFTS = sorted(EXPECTED)


@pytest.mark.parametrize("draft", xfail_cases("description", _DRAFTS, STILL_WRONG))
def test_description(imported, draft):  # noqa: ANN001
    """set_tests' description check; where the page gives none, any the expect file
    allows, or the placeholder with a report item to write one."""
    found = imported(draft)
    allowed = DESCRIPTIONS_ANY.get(draft)
    if allowed is None:
        check_description(found, EXPECTED[draft], MORE[draft])
        return
    taken = re.search(r'^description: (".*")$', found.front, re.M)
    if taken is None:
        assert re.search(r"^description: <<", found.front, re.M), found.front
        assert reported(found, "description"), found.out
        return
    assert reader_text(json.loads(taken[1])) in allowed, taken[1]


@pytest.mark.parametrize("draft", xfail_cases("authors", _DRAFTS, STILL_WRONG))
def test_authors(imported, draft):  # noqa: ANN001
    """set_tests' author check; a reviewer claim is quoted in the report whether or
    not its key is written in ``reviewers``."""
    found, more = imported(draft), MORE[draft]
    claim = REVIEWER_CLAIMS.get(draft)
    if claim:
        key, words = claim
        assert reported(found, words), found.out
        if f"\nreviewers: [{key}]\n" in found.front + "\n":
            more = dataclasses.replace(more, reviewer=key)
    check_authors(found, EXPECTED[draft], more)


@pytest.mark.parametrize("draft", xfail_cases("keywords", _DRAFTS, STILL_WRONG))
def test_keywords_in_the_sites_spellings(imported, draft):  # noqa: ANN001
    """set_tests' keyword check; a list kept in any order has each item kept or
    reported; a list longer than ten keeps ten and reports only its own items."""
    found, expected, more = imported(draft), EXPECTED[draft], MORE[draft]
    check_keywords(found, expected, more)
    words = sum(keyword_lists(found), [])
    for written, spellings in LIST_ANY_ORDER.get(draft, ()):
        if not set(words) & spellings:
            assert reported(found, written), written
    items = TEN_OF.get(draft)
    if items:
        assert len(words) == 10, words
        names = {s.casefold() for _, s_ in items for s in s_}
        names |= {w.casefold() for w, _ in items}
        for item in todo_items(found.out):
            left = re.search(r"left out (.*?) \(the ", item)
            if left and "keywords are allowed" in item:
                out = {w.strip().casefold() for w in left[1].split(",")}
                assert out <= names, out - names


@pytest.mark.parametrize("draft", xfail_cases("citations", _DRAFTS, STILL_WRONG))
def test_citations_stand_where_the_markers_were(imported, draft):  # noqa: ANN001
    """set_tests' citation check; where the expect file allows the markers unread,
    none left raw and the sources listed to place instead."""
    found, expected, more = imported(draft), EXPECTED[draft], MORE[draft]
    raw = MARKERS_OR_LIST.get(draft)
    body = reader_body(found.body)
    if raw and "{footcite:p}" not in body:
        for pattern in raw:
            assert not re.search(pattern, body), pattern
        assert reported(found, "the sources to place"), found.out
        listed = next(i for i in todo_items(found.out) if "the sources to place" in i)
        for key in expected.sources:
            assert key in listed, listed
        return
    check_citations(found, expected, more)


@pytest.mark.parametrize(
    "draft", xfail_cases("comment", sorted(COMMENT_PLACES), STILL_WRONG)
)
def test_a_removed_comment_says_where_it_stood(imported, draft):  # noqa: ANN001
    """The report lists a removed comment with its words and the heading it stood
    under (a .docx has no line numbers)."""
    found = imported(draft)
    words, heading = COMMENT_PLACES[draft]
    lines = [line for line in reader_text(found.out).split("\n") if words in line]
    assert lines, found.out
    assert any(heading in line for line in lines), lines
