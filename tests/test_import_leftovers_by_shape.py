"""Leftovers in set 12's shapes, each read as a block, with new examples: a
Markdown export's needless escapes, a note app's metadata block, an outliner's
properties, folded notes, block references and bullets, an email's covering
note, and a SharePoint page's web part ids."""

from __future__ import annotations

import pytest
from helpers.import_runs import draft_body, numbered

from healthkb.importer.draft import parse_draft
from healthkb.importer.markdown_escapes import read_markdown_export
from healthkb.importer.note_metadata import read_note_metadata
from healthkb.importer.outline_page import read_outline_page

PARAGRAPH = (
    "Walking most days is good for the heart. Start with a few minutes and build "
    "up slowly."
)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("a well\\-known walk \\(about 2 km\\)\\.", "a well-known walk (about 2 km)."),
        ("\\- not a list item", "\\- not a list item"),
        ("3\\. not a numbered item", "3\\. not a numbered item"),
        ("\\# not a heading", "\\# not a heading"),
        ("STAR\\*D and snake\\_case stay", "STAR\\*D and snake\\_case stay"),
    ],
)
def test_needless_escapes_go_and_meaningful_ones_stay(line, read):
    assert read_markdown_export([(1, line)])[0] == [(1, read)]


def test_escapes_in_a_code_block_stay():
    lines = numbered("```\na \\- b\n```")
    assert read_markdown_export(lines)[0] == lines


def test_a_note_apps_metadata_block_goes_whole():
    fields = [
        "id: 0123456789abcdef0123456789abcdef",
        "created_time: 2026-12-01T10:00:00.000Z",
        "updated_time: 2026-12-02T10:00:00.000Z",
        "source_url:",
        "is_todo: 0",
        "encryption_applied: 0",
        "type_: 1",
    ]
    text = "# Walking for health\n\n" + PARAGRAPH + "\n\ntags: walking, heart\n\n"
    found = read_note_metadata(numbered(text + "\n".join(fields)))
    kept = "\n".join(t for _, t in found.lines)
    assert "created_time" not in kept and "source_url" not in kept
    assert "tags:" not in kept and found.tags == "walking, heart"
    assert PARAGRAPH in kept


def test_a_few_key_value_lines_are_the_articles_own():
    text = "# Walking for health\n\n" + PARAGRAPH + "\n\nDistance: 2 km\nTime: 30 min\n"
    found = read_note_metadata(numbered(text))
    assert found.lines == numbered(text) and not found.removed


OUTLINE = "\n".join(
    (
        "title:: Walking for health",
        "type:: [[draft]]",
        "reviewed:: no",
        "",
        "- LATER add a map of local walks",
        "- ## Getting started",
        "  id:: 11111111-2222-4333-8444-555555555555",
        f"\t- {PARAGRAPH}",
        "\t- collapsed:: true",
        "\t  Ideas from the team meeting",
        "\t\t- maybe a photo of the park",
        "- ## Keeping going",
        "\t- Walking with a friend can help. See "
        "((11111111-2222-4333-8444-555555555555)).",
        "\t- Comfortable shoes",
        "\t- A bottle of water",
        "",
    )
)


def test_an_outliner_page_is_read_as_blocks():
    draft = parse_draft(OUTLINE, "page.md")
    body = draft_body(draft)
    for gone in (
        "::",
        "LATER",
        "map of local walks",
        "Ideas from the team",
        "photo of the park",
        "((",
        "[[",
    ):
        assert gone not in body, gone
    assert PARAGRAPH in body
    assert 'See "Getting started".' in body
    headings = [b.lines[0] for b in draft.blocks if b.kind == "heading"]
    assert headings == ["Getting started", "Keeping going"]
    lists = [b.lines for b in draft.blocks if b.kind == "list"]
    assert lists == [["Comfortable shoes", "A bottle of water"]]


def test_a_folded_block_of_sentences_stays():
    text = (
        "title:: Walking for health\nstatus:: draft\n\n"
        "- collapsed:: true\n  Walking is free and needs no kit.\n"
        f"\t- {PARAGRAPH}\n"
    )
    body = draft_body(parse_draft(text, "page.md"))
    assert "Walking is free and needs no kit." in body and PARAGRAPH in body


def test_a_plain_list_with_one_property_is_no_outliner_page():
    lines = numbered("# Walking\n\n- Shoes\n- Water\n\nNote:: keep it short\n")
    assert read_outline_page(lines) == (lines, [])
