"""Kinds of draft set 14 missed, each with new examples in other words: a
submission form's bold fields under its own heading and instructions, a Slack
message's covering note and mrkdwn, text pasted from Google Docs into a content
system (styled spans, its Title and Subtitle paragraphs), a content system's
labelled fields and tags under the draft's own keyword list, a keyword in the
glossary's British spelling, and a link to a listed page in a draft that cites by
its markers."""

from __future__ import annotations

import pytest
from helpers.import_runs import draft_body

from healthkb.importer.draft import Block, parse_draft
from healthkb.importer.entry_links import cite_entry_links, entry_address
from healthkb.importer.html_draft import html_to_draft
from healthkb.importer.keyword_choice import choose_keywords
from healthkb.importer.reference_parser import UnreadSource
from healthkb.importer.word_parts import drop_word_parts

PARAGRAPH = (
    "Asthma makes the airways narrow and swollen. A preventer inhaler, used every "
    "day, calms the swelling over a few weeks."
)

# -- a submission form's bold fields under its heading and instructions ----------

FORM = (
    "# Patient stories: entry template\n\n"
    # a quoted line of instructions, longer than a short line
    "> Please complete each box below, keep the labels as they are and send the "
    "form to the stories team when it is ready.\n\n"
    "**Title:** Why the daily puff matters\n\n"
    "**Author:** Ada Jones, volunteer\n\n"
    "**Received on:** 3 March 2026\n\n"
    "**Main text:**\n\n"
    f"{PARAGRAPH}\n\n"
    "**Tip:** Keep a spare inhaler at work.\n\n"
    "**Keywords:** Asthma; Inhalers\n\n"
    "**Contact for queries:** the respiratory team\n"
)


def test_a_forms_title_field_is_the_headline_under_its_heading_and_instructions():
    draft = parse_draft(FORM, "form.md")
    assert draft.title == "Why the daily puff matters"
    assert draft.byline[0] == "Ada Jones"
    body = draft_body(draft)
    assert "entry template" not in body and "complete each box" not in body
    removed = {r.text for r in draft.removed}
    assert "**Received on:** 3 March 2026" in removed
    assert "**Main text:**" in removed
    assert "**Contact for queries:** the respiratory team" in removed


def test_a_bold_label_inside_a_forms_article_stays():
    draft = parse_draft(FORM, "form.md")
    assert "Keep a spare inhaler at work." in draft_body(draft)


def test_a_title_field_under_the_articles_own_paragraphs_is_no_headline():
    text = (
        f"# Inhalers at school\n\n{PARAGRAPH}\n\nMore text here.\nAnd a second "
        "line.\n\n**Title:** a label in the article\n\n**Date:** 3 March\n"
    )
    draft = parse_draft(text, "draft.md")
    assert draft.title == "Inhalers at school"
    assert "3 March" in draft_body(draft)


# -- a Slack message's covering note and its mrkdwn ------------------------------

SLACK = """\
#leaflets-team
Ines Farrow  2:02 PM
is the gout leaflet done? the printers want it friday

Ravi Patel  2:16 PM
Here you go, straight out of my notes app so the layout is rough :sweat_smile:

*Living with gout: small changes that help*
_Fewer attacks often come from what you eat and drink, and from taking the tablets every day_
By Dr Ada Jones

Gout is a kind of arthritis that causes sudden pain, often in the big toe. It happens when a substance called urate builds up and forms crystals in a joint.

*What you can do*
Drink plenty of water through the day. Cut down on alcohol, *especially* beer. The STAR*D name keeps its star.
:tada: 2

Ines Farrow  2:40 PM
lovely, thanks! (edited)
"""  # noqa: E501 - lines as a writer pastes them


def test_a_slack_senders_covering_note_is_no_headline():
    draft = parse_draft(SLACK, "thread.txt")
    assert draft.title == "Living with gout: small changes that help"
    assert draft.subtitle.startswith("Fewer attacks often come")
    assert "notes app" not in draft_body(draft)
    assert any("notes app" in r.text for r in draft.removed)


def test_slacks_bold_and_italic_marks_are_markdowns():
    body = draft_body(parse_draft(SLACK, "thread.txt"))
    assert "What you can do" in body and "*What you can do*" not in body
    assert "alcohol, **especially** beer" in body
    assert "STAR*D" in body


def test_a_first_paragraph_of_the_article_with_no_emoji_or_chatter_stays():
    text = SLACK.replace(
        "Here you go, straight out of my notes app so the layout is rough "
        ":sweat_smile:",
        "Gout attacks often start at night.",
    )
    draft = parse_draft(text, "thread.txt")
    assert "Gout attacks often start at night." in (draft.title + draft_body(draft))


# -- text pasted from Google Docs into a content system --------------------------

_SPAN = '<span style="font-size:{size}pt;font-weight:{weight};{more}">{text}</span>'


def _docs_paste(*paragraphs: str) -> str:
    return (
        '<html><body><article><div class="body"><meta charset="utf-8">'
        '<b style="font-weight:normal;" id="docs-internal-guid-0a1b2c3d">'
        + "".join(paragraphs)
        + "</b></div></article></body></html>"
    )


def _p(*spans: str) -> str:
    return '<p dir="ltr">' + "".join(spans) + "</p>"


def _span(text: str, size: int = 11, weight: int = 400, more: str = "") -> str:
    return _SPAN.format(size=size, weight=weight, more=more, text=text)


def test_a_docs_paste_gives_its_title_subtitle_and_bold():
    text = html_to_draft(
        _docs_paste(
            _p(_span("Inhalers at school: what parents can ask", size=24)),
            _p(_span("Most schools keep a spare inhaler for each child.", size=14)),
            _p(
                _span("Spacers", weight=700),
                _span(" help the medicine reach the lungs."),
            ),
            _p(_span("Ask the school nurse.", more="font-style:italic")),
        )
    )
    lines = [line for line in text.split("\n") if line]
    assert lines[:2] == [
        "# Inhalers at school: what parents can ask",
        "# Most schools keep a spare inhaler for each child.",
    ]
    assert "**Spacers** help the medicine reach the lungs." in lines
    assert "*Ask the school nurse.*" in lines
    # the envelope's <b> is no bold round the whole paste
    assert not any(line.startswith("**Inhalers") for line in lines)


def test_a_docs_paste_in_body_type_has_no_title():
    text = html_to_draft(
        _docs_paste(
            _p(_span("Spare inhalers are kept in the office.")), _p(_span("More."))
        )
    )
    assert "# Spare inhalers" not in text


# -- a content system's labelled fields, and its tags under the keyword list -----


def test_a_labelled_field_is_one_line_and_its_review_date_goes():
    page = (
        "<html><body><article><h1>Inhalers at school</h1><p>Spacers help.</p>"
        '<div class="field"><div class="field__label">Last reviewed</div>'
        '<div class="field__item"><time>4 May 2026</time></div></div>'
        "</article></body></html>"
    )
    text = html_to_draft(page)
    assert "Last reviewed: 4 May 2026" in text
    draft = parse_draft(text, "page.html")
    assert "4 May 2026" not in draft_body(draft)


def test_tags_under_the_drafts_own_keyword_list_are_no_keywords():
    text = (
        f"# Inhalers at school\n\n{PARAGRAPH}\n\nKeywords: Asthma, Spacers\n\n"
        "Tags: School health, Parents\n"
    )
    draft = parse_draft(text, "draft.md")
    assert draft.keywords + draft.secondary == ["Asthma", "Spacers"]
    assert any("School health" in r.text for r in draft.removed)


# -- a keyword in the glossary's British spelling --------------------------------


def test_a_keyword_is_written_as_the_glossary_spells_its_term():
    choice = choose_keywords(
        ["Asthma", "Randomized trial", "Nebulizer"],
        [],
        {"asthma": "Asthma"},
        "Asthma trials randomise children. A nebuliser turns medicine into mist.",
        glossary=("Randomised trial", "Nebuliser"),
    )
    assert choice.keywords == ["Asthma", "Randomised trial", "Nebuliser"]
    assert ("Nebulizer", "Nebuliser") in choice.respelt


def test_a_glossary_term_is_no_keyword_the_site_uses():
    choice = choose_keywords(
        ["Randomised trial", "Peak flow", "Spacer", "Asthma"],
        [],
        {"asthma": "Asthma", "spacer": "Spacer"},
        "Asthma trials are randomised. A spacer helps. Peak flow is measured.",
        glossary=("Randomised trial",),
    )
    # the site's keywords first, then the list's order: the term is not one
    assert choice.keywords == ["Spacer", "Asthma", "Randomised trial"]


# -- a link to a listed page in a draft that cites by its markers ----------------

PAGE = "https://www.example.org/school-inhaler-guidance"


def _linked(*texts: str) -> list[str]:
    blocks = [Block("paragraph", n, [t]) for n, t in enumerate(texts, 3)]
    sources = [
        (9, UnreadSource("Dept. Guidance. 2024. " + PAGE, "", urls=(PAGE,))),
        (10, UnreadSource("Another source. 2023.", "")),
    ]
    cite_entry_links(
        blocks, sources, {entry_address(PAGE): "dept2024guidance"}, lambda u, n: ()
    )
    return [b.lines[0] for b in blocks]


def test_a_link_to_a_listed_page_stays_a_link_where_no_marker_cites_it():
    text = f"Schools may keep one; see [the guidance]({PAGE})."
    assert _linked("Spacers help [2].", text) == ["Spacers help [2].", text]


def test_a_link_in_a_draft_with_no_markers_is_still_its_citation():
    text = f"Schools may keep one; see [the guidance]({PAGE})."
    assert _linked(text) == ["Schools may keep one; see the guidance [1]."]


# -- a caption that cites a source by its marker ---------------------------------


@pytest.mark.parametrize(
    "caption",
    ["Source: the 2024 parents' survey [2]", "Sources: our own count [1, 2]."],
)
def test_a_caption_citing_a_listed_source_is_no_source(caption):
    text = (
        f"# Inhalers at school\n\n{PARAGRAPH} [1]\n\n| Year | Schools |\n| --- | --- |\n"
        f"| 2024 | 40 |\n\n{caption}\n\n## References\n\n"
        "1. Jones A. Inhalers in schools. Thorax. 2021;76(2):100-5.\n"
        "2. Lee B. Spare inhalers. BMJ. 2022;376:e1.\n"
    )
    draft = parse_draft(text, "draft.md")
    assert len(draft.sources) == 2
    assert caption in draft_body(draft)


def test_a_one_line_source_with_its_year_is_still_a_source():
    text = f"# Inhalers\n\n{PARAGRAPH}\n\nSource: Jones A. Inhalers. Thorax. 2021 [1]\n"
    draft = parse_draft(text, "draft.md")
    assert draft.sources


# -- a blog's related-posts box and author bio under the post --------------------


def test_a_related_posts_box_and_an_author_bio_are_no_article():
    page = (
        "<html><body><article><h1>Inhalers at school</h1><p>Spacers help.</p>"
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>'
        '<h4>Peak flow diaries</h4><p>In "Asthma"</p></div>'
        '<div class="about-the-author"><h2>About Ada Jones</h2>'
        "<p>Ada writes our asthma pages.</p></div></article></body></html>"
    )
    chrome: list = []
    text = html_to_draft(page, chrome=chrome)
    assert "Peak flow diaries" not in text and "Ada writes" not in text
    assert ("the post's author box", "Ada writes our asthma pages.") in chrome


# -- a Word document's table of contents and footnotes ---------------------------


def test_a_word_table_of_contents_and_footnotes_are_no_text():
    html = (
        "<h1>Inhalers at school</h1><p>Table of contents</p>"
        '<p><a href="#_Toc1">Why spacers help\t1</a></p>'
        '<p><a href="#_Toc2">What to ask\t2</a></p>'
        '<h2><a id="_Toc1"></a>Why spacers help</h2>'
        '<p>A spacer<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> '
        "helps [1].</p>"
        '<ol><li id="footnote-1"><p> A plastic tube. '
        '<a href="#footnote-ref-1">\u2191</a></p></li>'
        '<li id="footnote-2"><p> Editor\'s note: check this before it goes out. '
        '<a href="#footnote-ref-2">\u2191</a></p></li></ol>'
    )
    chrome: list = []
    text = drop_word_parts(html, chrome)
    assert "Table of contents" not in text and "What to ask" not in text
    assert "footnote" not in text and "A plastic tube" not in text
    assert "helps [1]." in text and "Why spacers help</h2>" in text
    kinds = dict((t, k) for k, t in chrome)
    assert "the site has no footnotes" in kinds["A plastic tube."]
    assert "an editor's note" in kinds["Editor's note: check this before it goes out."]


def test_a_paragraph_that_is_one_link_inside_the_document_stays():
    html = '<p><a href="#_Toc1">See the next section</a></p><p>Text.</p>'
    assert drop_word_parts(html, []) == html


# -- a long keyword with its initials after it -----------------------------------


def test_a_long_keyword_is_the_name_its_initials_give():
    text = (
        f"# Inhalers\n\n{PARAGRAPH}\n\nKeywords: Asthma; Childhood Lung "
        "And Spacer Study Trial (CLASST); a long phrase of many words with no name\n"
    )
    draft = parse_draft(text, "draft.md")
    assert draft.keywords == ["Asthma", "CLASST"]
    assert any("CLASST" in note for _, note in draft.notes)


# -- a lone secondary list: its order gives the main ones ------------------------


def test_a_lone_secondary_list_gives_the_first_site_keywords_as_main():
    spellings = {k.casefold(): k for k in ("Asthma", "Inhalers", "Spacer", "Triggers")}
    listed = ["Peak flow", "Spacer", "Inhalers", "Triggers", "Asthma", "Nebulisers"]
    text = (
        "Asthma narrows the airways. Inhalers and a spacer help, and peak flow "
        "shows how open they are."
    )
    choice = choose_keywords([], listed, spellings, text)
    # the site's first, in the list's order
    assert choice.keywords == ["Spacer", "Inhalers", "Asthma"]
    assert choice.secondary == ["Triggers", "Peak flow", "Nebulisers"]


# -- a blog's tag the text says only in part is named ----------------------------


def test_a_tag_the_site_does_not_use_and_the_text_says_only_in_part_is_named():
    choice = choose_keywords(
        ["Asthma", "Funded content", "Spacer"],
        [],
        {"asthma": "Asthma"},
        "Asthma is common. This page was funded by a charity. A spacer helps.",
        tags=True,
    )
    assert "Funded content" in choice.unsaid
    # said as written: a topic, not named
    assert "Spacer" not in choice.unsaid
