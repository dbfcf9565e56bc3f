"""Where the headline is in six draft shapes (set 12's kinds, new examples): a
shared chat page's header and the assistant's opener above the answer's own
"# " line, a working-title line above the headline, a SharePoint page's Title
area (not its <title>), an email's covering note above the rule that opens the
draft, an outliner's ``title::`` property with a colon in it, and a headline in
capitals."""

from __future__ import annotations

import pytest

from healthkb.importer.draft import parse_draft
from healthkb.importer.html_draft import html_to_draft

PARAGRAPH = (
    "Going to bed and getting up at the same time each day helps many people "
    "sleep better. It is worth trying for a few weeks."
)

CHAT_PAGE = f"""\
Open sidebar
Saved chats

Shared conversation

You said:
please write a short page about keeping a regular bedtime
ChatGPT said:
Of course! Below is a short page you can use.

# A regular bedtime can help you sleep

{PARAGRAPH}

Would you like me to add a list of tips?

Message ChatGPT
Voice
"""


def test_a_chat_pages_header_and_opener_are_not_the_headline():
    draft = parse_draft(CHAT_PAGE, "chat.txt")
    assert draft.title == "A regular bedtime can help you sleep"
    body = "\n".join(line for b in draft.blocks for line in b.lines)
    for gone in (
        "Open sidebar",
        "Saved chats",
        "Shared conversation",
        "Of course",
        "Message ChatGPT",
        "Voice",
    ):
        assert gone not in body, gone
    assert PARAGRAPH in body


@pytest.mark.parametrize(
    "title", ["# Notes on a regular bedtime", "Notes on a regular bedtime"]
)
def test_a_chat_transcript_keeps_a_writers_title_above_its_first_turn(title):
    text = f"{title}\n\nYou said:\nwrite it\nChatGPT said:\n\n"
    draft = parse_draft(text + PARAGRAPH + "\n", "chat.md")
    assert draft.title == "Notes on a regular bedtime"


def test_a_working_title_above_the_headline_with_escapes_is_its_name():
    text = (
        "Bedtime piece \\- draft 3 (AS) \\- for review\n\n"
        "# **A regular bedtime can help you sleep**\n\n" + PARAGRAPH + "\n"
    )
    draft = parse_draft(text, "export.md")
    assert draft.title == "A regular bedtime can help you sleep"
    assert any("draft 3" in r.text for r in draft.removed)


SHAREPOINT = f"""\
<html><head><title>bedtime-v2.aspx - Team Site - SharePoint</title></head><body>
<div data-sp-canvascontrol="" data-sp-controldata="{{}}">
<div data-sp-webpart="" data-sp-webpartdata='{{"title":"Title area",
"properties":{{"title":"A regular bedtime can help you sleep"}}}}'>
<div data-sp-componentid="">0f0e0d0c-0b0a-4909-8807-060504030201</div>
<div data-sp-htmlproperties=""><div data-sp-prop-name="title">A regular bedtime can help you sleep</div></div>
</div></div>
<div data-sp-canvascontrol="" data-sp-controldata="{{}}"><div data-sp-rte="">
<h2>Why it helps</h2><p>{PARAGRAPH}</p></div></div>
<div data-sp-canvascontrol="" data-sp-controldata="{{}}">
<div data-sp-webpart="" data-sp-webpartdata='{{"title":"Quick links"}}'>
<div data-sp-componentid="">11112222-3333-4444-5555-666677778888</div>
<div>Team calendar</div></div></div>
</body></html>
"""


def test_a_sharepoint_pages_title_area_is_the_headline_not_its_title_tag():
    chrome: list[tuple[str, str]] = []
    text = html_to_draft(SHAREPOINT, chrome=chrome)
    draft = parse_draft(text, "page.html")
    assert draft.title == "A regular bedtime can help you sleep"
    body = "\n".join(line for b in draft.blocks for line in b.lines)
    for gone in ("aspx", "0f0e0d0c", "11112222", "Team calendar", "Quick links"):
        assert gone not in body, gone
    assert any("Quick links" in kind for kind, _ in chrome)


EMAIL = f"""\
From: Alex Sample <alex@example.org>
To: Editors <editors@example.org>
Subject: bedtime piece, second go
Date: Mon, 7 Dec 2026 09:00

Hello both,

Here is the revised piece under the line. Shout if anything is off.

Alex

========================================

A REGULAR BEDTIME CAN HELP YOU SLEEP

{PARAGRAPH}
"""


def test_an_emails_covering_note_is_not_the_headline_and_capitals_are_cased():
    draft = parse_draft(EMAIL.replace("=" * 40, "-" * 40), "email.txt")
    assert draft.title == "A regular bedtime can help you sleep"
    assert any("covering note" in r.kind for r in draft.removed)
    assert any("capitals" in note for _, note in draft.notes)


def test_a_headings_underline_is_no_rule_under_a_note():
    text = EMAIL.replace("=" * 40 + "\n\n", "").replace(
        "Alex\n\n", "Alex\n\nWhy a bedtime helps\n" + "-" * 20 + "\n\n"
    )
    draft = parse_draft(text, "email.txt")
    assert not any("covering note" in r.kind for r in draft.removed)


def test_a_note_above_no_rule_is_left_to_the_other_rules():
    text = EMAIL.replace("=" * 40 + "\n\n", "")
    draft = parse_draft(text, "email.txt")
    assert not any("covering note" in r.kind for r in draft.removed)


OUTLINE = f"""\
title:: Sleep: why a regular bedtime helps
description:: A short guide to keeping the same hours
status:: draft

- ## Why it helps
	- {PARAGRAPH}
"""


def test_an_outliner_title_property_keeps_its_colon():
    draft = parse_draft(OUTLINE, "page.md")
    assert draft.title == "Sleep: why a regular bedtime helps"
    assert draft.description == "A short guide to keeping the same hours"
