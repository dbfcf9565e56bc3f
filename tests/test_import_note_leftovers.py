"""What a note app leaves in a draft that is the writer's (drafts set 10's d2, d5
and d6 were Evernote, Apple Notes and Bear notes): to-do lists and checklists,
highlights, links to other notes, filing hashtags; and how a note export marks
its headline, standfirst and keywords."""

from __future__ import annotations

import pytest

from healthkb.importer.draft import parse_draft
from healthkb.importer.html_draft import html_to_draft
from healthkb.importer.note_leftovers import drop_note_leftovers

NOTE = """\
# Looking after your feet with diabetes
*Simple checks that can stop small problems getting worse*

- [x] ask podiatry for a photo
- [ ] check the reading age

Diabetes can reduce the feeling in your feet, so a small cut may go unnoticed.
Checking ::every day:: helps you spot problems early.

## What to look for
- Cuts, blisters or redness.
- Any change in ==colour or shape==.

Related: [[Diabetes notes MOC]]

#work/leaflets #to-review

## Linked mentions
* [[Podiatry meeting 3 March]]
	* [[Foot care MOC]]
"""


def _body(draft) -> str:
    return "\n".join(t for b in draft.blocks for t in b.lines)


def test_the_writers_to_dos_and_the_vaults_links_go():
    draft = parse_draft(NOTE, "note.md")
    body = _body(draft)
    for gone in (
        "ask podiatry",
        "reading age",
        "[x]",
        "[ ]",
        "::",
        "==",
        "Diabetes notes MOC",
        "#work",
        "to-review",
        "Linked mentions",
        "Podiatry meeting",
        "Foot care MOC",
    ):
        assert gone not in body, gone
    assert "Checking every day helps you spot problems early." in body
    assert "Any change in colour or shape." in body
    removed = {r.text for r in draft.removed}
    assert "- [x] ask podiatry for a photo" in removed
    assert "Related: [[Diabetes notes MOC]]" in removed
    assert not draft.keywords and not draft.secondary


def test_a_readers_checklist_keeps_its_items_as_a_plain_list():
    # no box ticked, under the text: a checklist for readers, kept (and reported)
    text = (
        "Packing for hospital\n\nTake these with you when you go in for your "
        "operation.\n\n- [ ] your medicines\n- [ ] glasses and hearing aids\n"
    )
    draft = parse_draft(text, "d.md")
    lists = [b.lines for b in draft.blocks if b.kind == "list"]
    assert lists == [["your medicines", "glasses and hearing aids"]]
    assert any("task list's box" in r.kind for r in draft.removed)


def test_hashtags_under_a_bare_keyword_label_are_the_keywords():
    lines = list(enumerate(["Tags:", "#gout #diet", "", "Gout is common."], 1))
    kept, removed = drop_note_leftovers(lines)
    assert kept == lines and not removed


@pytest.mark.parametrize("text", ["C++ is a language", "a ratio of 2::1"])
def test_double_colons_that_mark_nothing_stay(text):
    kept, _ = drop_note_leftovers([(1, text)])
    assert kept == [(1, text)]


EXPORT = """\
<?xml version="1.0" encoding="UTF-8"?>
<html><head><meta name="keywords" content="foot care, diabetes"/>
<title>feet leaflet - v2</title></head><body>
<div><i>Remember to ask Jo about the photo before this goes.</i></div>
<div><span style="font-size: 28px;"><b>Looking after your feet</b></span></div>
<div>Diabetes can reduce the feeling in your feet, so a small cut may go unnoticed.</div>
<ul><li><input type="checkbox" checked="">send to podiatry</li><li><input type="checkbox">add photo</li></ul>
<div><img src="feet leaflet - v2 (draft).resources/photo 1.png"/></div>
<div>Check your feet every day.</div>
</body></html>
"""


def test_a_note_exports_large_first_line_is_the_headline_not_its_title():
    draft = parse_draft(html_to_draft(EXPORT), "note.html")
    assert draft.title == "Looking after your feet"
    # the italic note above it is the writer's, not the standfirst or the text
    assert "Remember to ask Jo" not in _body(draft) + draft.subtitle


def test_a_note_exports_checklist_goes_and_its_tags_are_its_keywords():
    chrome: list[tuple[str, str]] = []
    text = html_to_draft(EXPORT, chrome=chrome)
    assert "send to podiatry" not in text and "add photo" not in text
    assert any("to-do list" in kind for kind, _ in chrome), chrome
    draft = parse_draft(text, "note.html")
    assert draft.keywords + draft.secondary == ["foot care", "diabetes"]
    # the report says where they came from, for a person to check
    assert ("foot care, diabetes") in [
        words for kind, words in chrome if "meta" in kind
    ]


def test_a_local_picture_is_named_by_its_file():
    text = html_to_draft(EXPORT)
    assert "[Image: photo 1.png]" in text
    assert ".resources/" not in text


@pytest.mark.parametrize(
    ("line", "standfirst"),
    [
        ("*A report from a long study of people with gout.*", True),
        ("*What to know before you start*", True),
        ("*Note: I will add the figures later. Check them.*", False),
    ],
)
def test_an_italic_sentence_under_the_title_is_its_standfirst(line, standfirst):
    draft = parse_draft(
        f"# Living with gout\n\n{line}\n\nGout is a kind of arthritis that causes "
        "sudden pain in a joint.\n",
        "d.md",
    )
    assert (draft.subtitle == line.strip("*")) is standfirst


def test_an_xhtml_note_export_is_read_without_a_parser_warning():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = html_to_draft(EXPORT)
    assert "Looking after your feet" in text


@pytest.mark.parametrize("size", ["18pt", "1.6em", "26px"])
def test_a_headline_in_large_type_in_any_unit(size):
    page = (
        "<html><body><div><span style='font-size: "
        f"{size};'>Caring for a cold sore</span></div>"
        "<div>Most cold sores heal on their own within about ten days.</div>"
        "</body></html>"
    )
    assert parse_draft(html_to_draft(page), "n.html").title == "Caring for a cold sore"


def test_ordinary_type_is_no_headline():
    page = (
        "<html><head><title>Cold sores</title></head><body><div><span "
        "style='font-size: 12pt;'>Caring for a cold sore</span></div>"
        "<div>Most cold sores heal on their own within about ten days.</div>"
        "</body></html>"
    )
    assert parse_draft(html_to_draft(page), "n.html").title == "Cold sores"


@pytest.mark.parametrize(
    "line", ["#foot care# #diabetes", "#leaflets/feet #to-review", "#podiatry"]
)
def test_a_line_of_filing_tags_goes(line):
    kept, removed = drop_note_leftovers(
        [(1, "Check your feet every day for cuts or blisters."), (2, ""), (3, line)]
    )
    assert kept[2] == (3, "") and removed[0].text == line


@pytest.mark.parametrize("line", ["#1 tip: check your feet daily", "# Foot care"])
def test_a_numbered_tip_or_a_heading_is_no_tag_line(line):
    kept, removed = drop_note_leftovers([(1, line)])
    assert kept == [(1, line)] and not removed
