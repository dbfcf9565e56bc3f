"""Bylines in set 12's shapes, with new examples: an emphasised "By the … team"
line under a chat answer's headline, a titled name alone under the subtitle
("Dr NAME"), an outliner's ``author::`` property, a note app's metadata
``author`` field when the draft has no byline, and a lower-case "by NAME" under
a standfirst; an unknown author is reported with the entry to add."""

from __future__ import annotations

import pytest

from healthkb.importer.draft import parse_draft
from healthkb.importer.name_role_line import titled_name

PARAGRAPH = (
    "Drinking enough water through the day helps most people feel well. Needs "
    "vary from person to person."
)


def test_an_emphasised_team_byline_under_a_chat_answers_headline():
    text = (
        "You said:\nwrite a page on water\nChatGPT said:\n\n"
        "Here is your page.\n\n# Drinking enough water\n\n"
        "*By the Example Health writing team*\n\n" + PARAGRAPH + "\n"
    )
    draft = parse_draft(text, "chat.txt")
    assert draft.byline[0] == "The Example Health writing team"


def test_a_titled_name_alone_under_the_subtitle_is_the_byline():
    text = (
        "Drinking enough water\n\n## What a day of drinks can look like\n\n"
        "Prof Sam Example\n\n" + PARAGRAPH + "\n"
    )
    draft = parse_draft(text, "note.md")
    assert draft.byline == ("Prof Sam Example", "")
    assert draft.subtitle == "What a day of drinks can look like"
    assert not any("Sam Example" in line for b in draft.blocks for line in b.lines)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dr Sam Example", "Dr Sam Example"),
        ("Prof. A. Sample", "Prof. A. Sample"),
        ("Key Points", None),
        ("Dr Sam Example explains why", None),
    ],
)
def test_a_titled_name_is_a_title_and_two_or_three_names(line, name):
    assert titled_name(line) == name


def test_an_outliners_author_property_is_the_byline():
    text = (
        "title:: Drinking enough water\nauthor:: [[Alex Sample]]\n"
        "type:: [[draft]]\n\n- " + PARAGRAPH + "\n"
    )
    draft = parse_draft(text, "page.md")
    assert draft.byline[0] == "Alex Sample"


def test_a_note_apps_metadata_author_is_the_byline_when_none_is_given():
    fields = "\n".join(
        f"{name}: {value}"
        for name, value in (
            ("id", "0123456789abcdef0123456789abcdef"),
            ("parent_id", "fedcba9876543210fedcba9876543210"),
            ("created_time", "2026-12-01T10:00:00.000Z"),
            ("updated_time", "2026-12-02T10:00:00.000Z"),
            ("author", "Alex Sample"),
            ("is_todo", "0"),
            ("markup_language", "1"),
        )
    )
    text = "Drinking enough water\n\n" + PARAGRAPH + "\n\n" + fields + "\n"
    draft = parse_draft(text, "note.md")
    assert draft.byline[0] == "Alex Sample"
    assert any("metadata" in note for _, note in draft.notes)
    body = "\n".join(line for b in draft.blocks for line in b.lines)
    assert "parent_id" not in body and "created_time" not in body


def test_a_lower_case_by_line_under_the_standfirst():
    text = (
        "DRINKING ENOUGH WATER\n\nSmall habits can help you drink enough.\n\n"
        "by Alex Sample\n\n" + PARAGRAPH + "\n"
    )
    draft = parse_draft(text, "email.txt")
    assert draft.byline[0] == "Alex Sample"
