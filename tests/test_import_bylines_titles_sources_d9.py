"""The rules behind drafts set 9's fixes, each on drafts of its own kind: a team's
byline after "By the", a note's remains above the headline, a paper's reference
anywhere by its PMID or DOI, a paper cited by a link, a chat page's artifact card
and footer, MDX code and components, a callout's title, and page builders' author
and citation markup."""

from __future__ import annotations

import pytest
from helpers.import_runs import import_article, used_sources
from helpers.site import copy_import_site

from healthkb.importer.draft import parse_draft
from healthkb.importer.html_draft import html_to_draft

TEXT = (
    "Try to get up and go to bed at about the same time each day. Regular meals "
    "can give the day some shape."
)


# -- bylines naming an organisation or a team -------------------------------------


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By the Healthkb Editorial Team", "The Healthkb Editorial Team"),
        ("By the British Heart Foundation", "The British Heart Foundation"),
        ("by the Royal College of Nursing", "The Royal College of Nursing"),
    ],
)
def test_a_byline_naming_a_team_after_the_is_its_author(byline, name):
    draft = parse_draft(f"# Sleep and mood\n\n{byline}\n\n{TEXT}\n", "team.txt")
    assert draft.byline[0] == name
    assert all(byline not in line for b in draft.blocks for line in b.lines)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, most people felt better.",
        "By the way",
        "By the end of the service, you will feel less tired.",
        "By the time you see the team",
    ],
)
def test_by_the_in_a_sentence_is_no_byline(line):
    draft = parse_draft(f"# Sleep and mood\n\n{line}\n\n{TEXT}\n", "sentence.txt")
    assert draft.byline == ("", "")


def test_a_teams_byline_is_matched_to_authors_yml(tmp_path, capsys):
    site = copy_import_site(tmp_path / "site")
    draft = tmp_path / "team.txt"
    draft.write_text(
        f"# Keeping a routine when you feel low\n\nBy the healthkb editorial team\n\n"
        f"{TEXT}\n",
        encoding="utf-8",
    )
    found = import_article(site, capsys, draft)
    assert "authors: [editorial-team]" in found.front
    assert "editorial team" not in found.body.casefold()


# -- what is left of a note to the requester is no headline -----------------------


def test_the_rest_of_a_chatter_line_is_not_the_title():
    draft = parse_draft(
        "Here it is! I used ChatGPT to tidy up the wording a bit. The notes are "
        "at the bottom.\n\nGOING BACK TO WORK AFTER AN ILLNESS\n\n"
        f"{TEXT}\n",
        "note.txt",
    )
    assert draft.title.casefold() == "going back to work after an illness"
    gone = [r for r in draft.removed if "The notes are at the bottom." in r.text]
    assert gone and gone[0].kind == "the rest of a note to the requester"
    assert not any("notes are" in line for b in draft.blocks for line in b.lines)


def test_a_headline_under_no_chatter_is_still_the_first_line():
    draft = parse_draft(f"Going back to work after an illness\n\n{TEXT}\n", "t.txt")
    assert draft.title == "Going back to work after an illness"


# -- a paper's reference outside the sources, by its PMID or DOI ------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Acute and longer-term outcomes in depressed outpatients requiring one or "
        "several treatment steps: a STAR*D report. PMID 17074942",
        "Rush AJ et al. STAR*D report. [pubmed.ncbi.nlm.nih.gov/17074942]"
        "(https://pubmed.ncbi.nlm.nih.gov/17074942/)",
        "A study of sleep in adults. doi:10.1000/xyz.123",
        "[Acute and longer-term outcomes: a STAR*D report](https://doi.org/10.1176/"
        "ajp.2006.163.11.1905)",
    ],
)
def test_a_line_ending_with_a_papers_identifier_is_a_source(line):
    from healthkb.importer.identified_sources import is_identified_reference

    assert is_identified_reference(line.removeprefix("- "))


@pytest.mark.parametrize(
    "line",
    [
        "The study (PMID 17074942) found that most people got better in the end.",
        "Long-term studies look at how people feel day to day as well as their "
        "symptoms ([Aaronson et al., 2017](https://doi.org/10.1176/appi.ajp.2017.1)).",
        "PMID 17074942",
        "See 10.1000/xyz",
        "The full report is free to read at https://doi.org/10.1000/xyz",
        "You can read [the report](https://doi.org/10.1000/xyz)",
        "[Rush](https://doi.org/10.1000/xyz)",
    ],
)
def test_a_sentence_naming_an_identifier_is_no_source_line(line):
    from healthkb.importer.identified_sources import is_identified_reference

    assert not is_identified_reference(line)


def test_further_reading_with_a_pmid_becomes_the_source_and_its_heading_goes(
    tmp_path, capsys
):
    site = copy_import_site(tmp_path / "site")
    bib = (site / "references.bib").read_bytes()
    draft = tmp_path / "reading.txt"
    draft.write_text(
        f"# Keeping a routine when you feel low\n\n{TEXT}\n\n## Further reading\n\n"
        "- Acute and longer-term outcomes in depressed outpatients requiring one or "
        "several treatment steps: a STAR*D report. PMID 17074942\n",
        encoding="utf-8",
    )
    found = import_article(site, capsys, draft)
    assert used_sources(found) == {"rush2006stard"}
    assert "Further reading" not in found.body and "PMID" not in found.body
    assert (site / "references.bib").read_bytes() == bib


# -- a paper cited by a link in the text ------------------------------------------


def test_an_author_year_link_to_a_paper_is_a_citation():
    draft = parse_draft(
        "# Sleep and mood\n\nStudies look at how people feel as well as their "
        "symptoms ([Aaronson et al., 2017](https://doi.org/10.1176/appi.ajp.2017."
        "16010034)). Rest helps too (see [Rush 2006](https://pubmed.ncbi.nlm.nih.gov/"
        "17074942/)).\n",
        "linked.md",
    )
    text = " ".join(draft.blocks[0].lines)
    assert "their symptoms [1]." in text and "(see [2])" in text
    assert [(s.doi, s.pmid) for _, s in draft.sources] == [
        ("10.1176/appi.ajp.2017.16010034", ""),
        ("", "17074942"),
    ]


def test_a_link_in_the_articles_words_stays_a_link():
    draft = parse_draft(
        "# Sleep and mood\n\nYou can read the [study report](https://doi.org/10.1093/"
        "ijnp/pyaf080) if you would like the detail.\n",
        "words.md",
    )
    assert "[study report](https://doi.org/10.1093/ijnp/pyaf080)" in " ".join(
        draft.blocks[0].lines
    )
    assert draft.sources == []


# -- a chat page with an artifact -------------------------------------------------


def test_an_artifacts_card_its_closing_message_and_the_page_footer_go():
    draft = parse_draft(
        "I'll write this as a document you can paste into your site.\n\n"
        "Sleep and low mood\nDocument \n\n# Sleep and low mood\n\n"
        f"{TEXT}\n\n## Wind down\n\nDim the lights before bed.\n\n"
        "I've created the article as a document. Here's what I included:\n\n"
        "- A short introduction\n- A section on winding down\n\n"
        "Retry\n\n[Claude can make mistakes.\nPlease double-check responses.]"
        "(https://support.anthropic.com/x)\n\nMy health project\n\nSonnet 4.5\n",
        "artifact.txt",
    )
    assert draft.title == "Sleep and low mood"
    kept = [line for b in draft.blocks for line in b.lines]
    assert kept == [TEXT, "Wind down", "Dim the lights before bed."]
    kinds = {r.text.strip(): r.kind for r in draft.removed}
    assert kinds["Document"] == "an artifact's card: its kind"
    assert kinds["Sonnet 4.5"] == "the assistant's message after the artifact"


def test_a_line_called_document_under_other_words_stays():
    from healthkb.importer.chat_artifact import drop_artifact_page

    lines = list(
        enumerate(["Forms you may need", "Document", "# Sleep and low mood", TEXT], 1)
    )
    assert drop_artifact_page(lines) == (lines, [])


# -- MDX code, components and callouts --------------------------------------------


def test_mdx_imports_and_a_share_component_go():
    from healthkb.importer.mdx_statements import drop_mdx_statements

    lines = list(
        enumerate(
            [
                "import TOCInline from '@theme/TOCInline';",
                "import Tabs, { TabItem } from '@theme/Tabs';",
                "import your results from 'MyChart' before the visit.",
                '<Admonition type="info" title="Share this post">',
                "  Found this useful? Share it with someone.",
                "</Admonition>",
                '<Admonition type="tip" title="Before you start">',
                "  Ask your doctor first.",
                "</Admonition>",
            ],
            1,
        )
    )
    kept, removed = drop_mdx_statements(lines)
    assert [n for n, t in kept if t] == [3, 7, 8, 9]
    assert [r.line for r in removed] == [1, 2, 4, 5, 6]


def test_a_callouts_title_leads_its_text():
    from healthkb.importer.unsafe_markup import drop_unsafe_markup

    kept, _ = drop_unsafe_markup(
        list(enumerate([":::tip Talk to your doctor", "", "Tell them.", "", ":::"], 1))
    )
    assert [t for _, t in kept if t] == ["**Talk to your doctor:** Tell them."]


# -- page builders' markup ---------------------------------------------------------

_WIX = """<html><head><title>Tips | Clinic</title></head><body><article>
<div data-hook="post-header"><div data-hook="avatar-image"><img src="a.jpg"
alt="Writer's picture"></div><span data-hook="user-name">Natalie Singh</span></div>
<h1 data-hook="post-title">Taking your medicine</h1>
<p><span>Some people need more than one try</span><a
href="https://doi.org/10.1176/ajp.2006.163.11.1905"><span>[1]</span></a><span>. This
is common.</span></p>
<p><span><em>References</em></span></p>
<p><span>[1] Rush AJ et al. STAR*D report. </span><a
href="https://pubmed.ncbi.nlm.nih.gov/17074942/">pubmed.ncbi.nlm.nih.gov/17074942</a></p>
</article></body></html>"""


def test_a_page_builders_author_and_linked_marker_are_read():
    text = html_to_draft(_WIX)
    assert "By Natalie Singh" in text
    assert "Writer's picture" not in text
    assert "one try [1]. This is common." in text
    draft = parse_draft(text, "wix.html")
    assert draft.byline[0] == "Natalie Singh"
    assert [s.pmid for _, s in draft.sources] == ["17074942"]
    assert "References" not in [b.lines[0] for b in draft.blocks]


def test_a_bare_number_linked_to_a_paper_is_a_marker():
    text = html_to_draft(
        '<html><body><article><h1>Taking your medicine</h1><p>It often helps<a href="'
        'https://doi.org/10.1000/x1">1</a>. See step <a href="/steps">[2]</a>, and '
        'read <a href="https://doi.org/10.1000/x2">the report</a>.</p>'
        "</article></body></html>"
    )
    assert "It often helps [1]. See step [2]," in text
    assert "[the report](https://doi.org/10.1000/x2)" in text


def test_a_topics_line_of_tag_links_and_a_call_to_action_go():
    chrome: list[tuple[str, str]] = []
    text = html_to_draft(
        "<html><body><article><h1>Keeping a mood diary</h1><p>Note your mood.</p>"
        '<p class="hs-cta-wrapper"><a href="https://cta.example/x"><img alt="Download '
        'our template" src="t.png"></a></p><div class="post-tags">Topics: <a '
        'href="/blog/tag/remission" rel="tag">Remission</a>, <a href="/blog/tag/'
        'relapse" rel="tag">relapse</a></div></article></body></html>',
        chrome=chrome,
    )
    assert "Topics" not in text and "Download" not in text
    assert any(kind.startswith("the post's tags") for kind, _ in chrome)


def test_an_author_link_around_the_name_paragraph_goes():
    text = html_to_draft(
        '<html><body><article><h1>Keeping a mood diary</h1><div><a href="/blog/author/'
        'hannah-ortiz"><p class="author-name">Hannah Ortiz</p></a><p>Published: Nov '
        "24, 2026</p></div><p>Note your mood each day.</p></article></body></html>"
    )
    assert "By Hannah Ortiz" in text
    assert text.count("Hannah Ortiz") == 1


def test_a_query_tag_line_an_author_box_and_a_lead_paragraph():
    chrome: list[tuple[str, str]] = []
    text = html_to_draft(
        '<html><body><article><h1>Helping someone with depression</h1><p class="lead">'
        "Simple ways to help a friend, and how to look after yourself.</p>"
        '<p class="post-meta">By <a class="post-author" href="/blog?author=5bb">Dr. N.'
        " Singh</a></p>"
        "<p>Listen without trying to fix it.</p>"
        '<span class="Blog-meta-item--tags"><a href="/blog?tag=relapse">relapse</a>, '
        '<a href="/blog?tag=quality+of+life">quality of life</a></span>'
        '<div class="BlogItem-author"><div class="BlogItem-author-content"><a href="'
        '/blog?author=5bb" class="BlogItem-author-name">Dr. N. Singh</a></div></div>'
        "</article></body></html>",
        chrome=chrome,
    )
    draft = parse_draft(text, "squarespace.html")
    assert draft.subtitle.startswith("Simple ways to help a friend")
    assert draft.byline[0] == "Dr. N. Singh"
    assert draft.keywords == ["relapse", "quality of life"]
    shown = [line for b in draft.blocks for line in b.lines]
    assert shown == ["Listen without trying to fix it."]
    assert ("the post's author box", "Dr. N. Singh") in chrome


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Note how you slept and anything that helped.", ["Remission", "Self-help"]),
        ("Self-help books can be a start.", ["Self-help", "Remission"]),
        ("Some people find self help groups useful.", ["Self-help", "Remission"]),
    ],
)
def test_a_compound_keyword_is_said_only_as_a_whole(text, first):
    from healthkb.importer.keyword_choice import _in_draft_order

    # neither is said in the first text: the site's keyword comes first
    assert _in_draft_order(["Self-help", "Remission"], text, {"remission"}) == first


_CARDED = (
    '<html><head><meta property="og:title" content="{card}"><meta name="description"'
    ' content="Practical tips for taking antidepressants safely, and when to talk to '
    'your doctor."></head><body><article><h1>Taking antidepressants: everyday tips'
    "</h1><p>Antidepressants can help many people. Take your medicine at the same "
    "time every day, and talk to your doctor before you stop.</p></article></body>"
    "</html>"
)


@pytest.mark.parametrize(
    ("card", "taken"),
    [
        ("Taking antidepressants: everyday tips | Calm Harbour Clinic", True),
        ("Calm Harbour Clinic", False),
    ],
)
def test_a_description_is_the_posts_when_the_pages_card_names_the_post(card, taken):
    text = html_to_draft(_CARDED.format(card=card))
    assert ("Description: Practical tips for taking" in text) is taken


@pytest.mark.parametrize(
    ("title", "text", "cased"),
    [
        (
            "GOING BACK TO WORK AFTER DEPRESSION",
            "Going back can feel like a big step.",
            "Going back to work after depression",
        ),
        (
            "WHAT THE VNS STUDIES IN LONDON FOUND",
            "Doctors in London tried VNS. Some people felt better.",
            "What the VNS studies in London found",
        ),
        (
            "LIVING WITH COPD AND ITS BREATHING TIPS",
            "COPD makes breathing harder. Some simple breathing exercises can help "
            "you feel more in control.",
            "Living with COPD and its breathing tips",
        ),
    ],
)
def test_a_headline_in_capitals_is_written_in_sentence_case(title, text, cased):
    from healthkb.importer.title_case import in_capitals, sentence_case

    assert in_capitals(title)
    assert sentence_case(title, text) == cased
    draft = parse_draft(f"{title}\n\n{text}\n", "capitals.txt")
    assert draft.title == cased
    assert any("typed in capitals" in note for _, note in draft.notes)


@pytest.mark.parametrize("title", ["VNS", "NICE NG222", "Living with COPD"])
def test_a_title_with_an_acronym_is_not_in_capitals(title):
    from healthkb.importer.title_case import in_capitals

    assert not in_capitals(title)


def test_a_newer_chat_pages_card_and_footer_go_too():
    from healthkb.importer.chat_artifact import drop_artifact_page

    lines = list(
        enumerate(
            [
                "Sleep and low mood",
                "Document \u2219 Version 2",
                "# Sleep and low mood",
                TEXT,
                "Claude is AI and can make mistakes. Please double-check responses.",
                "Opus 4.1",
            ],
            1,
        )
    )
    kept, removed = drop_artifact_page(lines)
    assert [t for _, t in kept if t] == ["# Sleep and low mood", TEXT]
    assert [r.line for r in removed] == [1, 2, 5, 6]


def test_a_commenters_name_is_no_author():
    text = html_to_draft(
        "<html><body><article><h1>Keeping a mood diary</h1><p>Note your mood each "
        'day.</p></article><section id="comments"><div class="comment"><span class="'
        'comment-author-name">Sam T.</span><p>Thanks!</p></div></section></body></html>'
    )
    assert "Sam" not in text


def test_a_greeting_over_a_draft_is_no_title():
    draft = parse_draft(f"Hi team,\n\nSleep and low mood\n\n{TEXT}\n", "greet.txt")
    assert draft.title == "Sleep and low mood"
    assert [r.kind for r in draft.removed] == ["the sender's greeting"]


def test_a_pmid_written_out_matches_an_unreadable_source():
    from healthkb.importer.draft import read_source

    found = read_source(
        "Further reading: Outcomes of several treatment steps. PMID: 17074942",
        "x.txt",
        1,
    )
    assert found.pmid == "17074942"


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        ('<meta name="author" content="Natalie Singh">', "By Natalie Singh"),
        ('<meta property="article:author" content="Dr. N. Singh">', "By Dr. N. Singh"),
        ('<meta property="article:author" content="https://facebook.com/x">', None),
    ],
)
def test_the_pages_head_names_the_author_when_no_element_does(meta, byline):
    text = html_to_draft(
        f"<html><head>{meta}</head><body><article><h1>Keeping a mood diary</h1>"
        "<p>Note your mood each day.</p></article></body></html>"
    )
    assert (byline in text) if byline else ("By " not in text)
