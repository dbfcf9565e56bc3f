"""Kinds of draft set 14 missed, each with new examples in other words: a
submission form's bold fields under its own heading and instructions."""

from __future__ import annotations

from helpers.import_runs import draft_body

from healthkb.importer.draft import parse_draft

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
