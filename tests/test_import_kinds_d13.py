"""Kinds of draft set 13 missed, each with new examples in other words: a plain
text's second headline over its byline, a source line under a whole reference, a
lone "secondary" keyword list, a copy sheet's ``Title:`` field under its header,
an article's bold label that reads like a comment count, an italic standfirst and
a label over a list as the description, a draft's tags with its filing among them,
a preprint cited by its title and DOI, a note tool's callouts and block ids, and a
link to a page the draft's own marker already cites."""

from __future__ import annotations

import time

import pytest
from helpers.import_runs import draft_body, import_article, numbered, todo_items
from helpers.site import copy_import_site

from healthkb.importer.draft import Block, parse_draft
from healthkb.importer.drop_chatter import strip_chatter
from healthkb.importer.entry_links import cite_entry_links, entry_address
from healthkb.importer.keyword_choice import choose_keywords
from healthkb.importer.note_tool_markup import convert_note_markup
from healthkb.importer.plan import first_sentence
from healthkb.importer.reference_parser import UnreadSource

PARAGRAPH = (
    "Asthma makes the airways narrow and swollen. A preventer inhaler, used every "
    "day, calms the swelling over a few weeks."
)


def _import(tmp_path, capsys, name: str, text: str):  # noqa: ANN001
    """One draft *name* with *text*, imported into a site of its own."""
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    return import_article(copy_import_site(tmp_path / "site"), capsys, draft)


# -- a plain text's second headline, with the byline under it --------------------


@pytest.mark.parametrize(
    "under",
    ["By Dr Ada Jones - Respiratory Nurse", "Written by: Ada Jones"],
)
def test_a_plain_line_over_the_byline_is_the_standfirst(under):
    text = (
        "Preventer inhalers: why the daily puff matters\n\n"
        "Most people who use them every day have fewer attacks, though it takes "
        f"weeks\n\n{under}\n\n{PARAGRAPH}\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert draft.subtitle.startswith("Most people who use them every day")
    assert "Most people who use them" not in draft_body(draft)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the article, with its full stop, over its byline
        "Most people who use them every day have fewer attacks.",
        # a section's name with a comma at its end: no headline
        "Before you start,",
    ],
)
def test_a_plain_line_with_no_byline_under_it_stays_the_articles(line):
    text = (
        f"Preventer inhalers: why the daily puff matters\n\n{line}\n\n"
        f"By Dr Ada Jones - Respiratory Nurse\n\n{PARAGRAPH}\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert not draft.subtitle
    assert line in draft_body(draft)


# -- a source line under a whole reference ---------------------------------------


def test_a_line_under_a_reference_that_ends_at_its_address_is_the_next_source():
    text = (
        f"# Inhalers\n\n{PARAGRAPH}\n\nReferences\n\n"
        "Rush AJ, Trivedi MH. Acute and longer-term outcomes in depressed "
        "outpatients. Am J Psychiatry. 2006;163(11):1905-17. "
        "doi:10.1176/ajp.2006.163.11.1905\n"
        "Asthma UK. Using your inhalers. 2023. https://www.example.org/inhalers\n"
        "World Health Organization. Asthma fact sheet. 2024. https://www.example.org/who\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert len(draft.sources) == 3, draft.sources


def test_a_wrapped_reference_stays_one_source():
    text = (
        f"# Inhalers\n\n{PARAGRAPH}\n\nReferences\n\n"
        "Rush AJ, Trivedi MH. Acute and longer-term outcomes in depressed\n"
        "outpatients. Am J Psychiatry. 2006;163(11):1905-17.\n"
        "doi:10.1176/ajp.2006.163.11.1905\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert len(draft.sources) == 1, draft.sources


# -- a lone "secondary" keyword list keeps the draft's order ---------------------

SPELLINGS = {
    "asthma": "Asthma",
    "inhalers": "Inhalers",
    "air pollution": "Air pollution",
    "children's health": "Children's health",
}


def test_a_lone_secondary_list_is_one_list_in_the_drafts_order():
    text = (
        "Asthma in children is common. Inhalers help, and air pollution makes it "
        "worse. A spacer helps children use inhalers. Peak flow shows how open the "
        "airways are. Triggers differ from child to child."
    )
    listed = [
        "Inhalers",
        "Asthma",
        "Air pollution",
        "Peak flow",
        "Spacer",
        "Children's health",
        "Triggers",
    ]
    choice = choose_keywords([], listed, SPELLINGS, text)
    # the main ones the first in the list the site uses (set 14: one list's rule)
    assert choice.keywords == ["Inhalers", "Asthma", "Air pollution"]
    assert choice.promoted_from == "secondary"
    # the kept others in the list's order, the site's first
    site = [w for w in listed if w in SPELLINGS.values() and w not in choice.keywords]
    assert choice.secondary == [*site, "Peak flow", "Spacer", "Triggers"]


def test_a_lone_secondary_lists_initials_are_left_out_first():
    text = "Peak flow shows how open the airways are. " * 3 + "A trigger, a spacer."
    listed = ["Asthma", "Peak flow", "Spacer", "Peak expiratory flow", "PEF", "Cough"]
    listed += [f"Trigger {n}" for n in range(1, 8)]
    choice = choose_keywords([], listed, SPELLINGS, text)
    assert "PEF" in choice.left_out


# -- a copy sheet's Title: field under its header --------------------------------


@pytest.mark.parametrize(
    "header",
    ["RESPIRATORY DESK - COPY FOR WEB\n-----------------------", "# Web desk, week 14"],
)
def test_a_title_field_is_the_headline_under_the_sheets_header(header):
    text = (
        f"{header}\n\nAuthor: Ada Jones\nHeadline: Why the daily puff matters\n"
        f"Summary: Preventer inhalers work slowly.\n\n{PARAGRAPH}\n"
    )
    draft = parse_draft(text, "sheet.txt")
    assert draft.title == "Why the daily puff matters"
    assert (
        "Headline:" not in draft_body(draft)
        and "desk" not in draft_body(draft).casefold()
    )


def test_a_title_field_under_the_articles_text_is_no_headline():
    text = f"# Why the daily puff matters\n\n{PARAGRAPH}\n\nTitle: a working name\n"
    draft = parse_draft(text, "sheet.txt")
    assert draft.title == "Why the daily puff matters"


# -- an article's bold label that reads like a comment count ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "- **Responses:** 45% of the children on the new inhaler needed no rescue "
        "puffs [2].",
        "**Reply rate:** 30 of the 52 parents sent back the diary at the end of the "
        "month.",
        "- **Response:** 12 of 40 adults improved within a week.3",
    ],
)
def test_a_bold_label_over_a_sentence_of_the_article_stays(line):
    kept, removed = strip_chatter([(1, line)])
    assert kept == [(1, line)] and not removed


@pytest.mark.parametrize(
    "line", ["Responses: 6", "**Comments:** 3", "- **Replies (2):** Leave a reply"]
)
def test_a_count_of_comments_still_goes(line):
    kept, removed = strip_chatter([(1, line)])
    assert kept == [(1, "")] and removed


# -- an italic standfirst, and a label over a list, as the description -----------


@pytest.mark.parametrize(
    ("opening", "description"),
    [
        # an italic standfirst, read without its marks
        (
            "_Most children need them every day. Here is why, and what to ask._",
            "Most children need them every day. Here is why, and what to ask.",
        ),
        # a short caption in italics, and a label over a list, are skipped
        ("*Breathe easy!*", PARAGRAPH),
        ("In short:\n\n- Use it every day.\n- Rinse after.", PARAGRAPH),
    ],
)
def test_the_description_is_the_articles_own_first_paragraph(opening, description):
    text = f"# Preventer inhalers\n\n{opening}\n\n{PARAGRAPH}\n"
    assert first_sentence(parse_draft(text, "d.md")) == description


# -- a draft's tags: its filing is no keyword ------------------------------------


def test_the_workflow_among_a_drafts_tags_is_left_out():
    text = "Asthma in children is common. Inhalers and spacers help most children."
    tags = ["asthma", "wip", "inhalers", "status/ready", "Weekly roundup", "spacers"]
    choice = choose_keywords(tags, [], SPELLINGS, text, tags=True)
    assert choice.filing == ["wip", "status/ready"]
    # a tag none of whose words the text says: kept, never main, named
    assert choice.unsaid == ["Weekly roundup"]
    assert choice.keywords == ["Asthma", "Inhalers", "Spacers"]
    assert choice.secondary == ["Weekly roundup"]


def test_a_keyword_list_is_never_read_as_tags():
    text = "Asthma in children is common."
    choice = choose_keywords(["Asthma", "Draft", "Weekly roundup"], [], SPELLINGS, text)
    assert {"Draft", "Weekly roundup"} <= set(choice.keywords + choice.secondary)
    assert not choice.filing and not choice.unsaid


@pytest.mark.parametrize(
    ("lines", "from_tags"),
    [
        ("Tags: asthma, wip", True),
        ("Keywords: asthma, inhalers", False),
        ("Tags: asthma, wip\n\nKeywords: inhalers", False),
    ],
)
def test_a_tags_line_alone_gives_the_drafts_tags(lines, from_tags):
    draft = parse_draft(f"# Inhalers\n\n{PARAGRAPH}\n\n{lines}\n", "d.txt")
    assert draft.keywords_from_tags is from_tags


def test_an_import_says_its_keywords_came_from_the_tags(tmp_path, capsys):
    found = _import(
        tmp_path,
        capsys,
        "note.md",
        "---\ntags:\n  - vagus-nerve-stimulation\n  - in-review\n  - newsletter\n"
        "---\n\n# A note on vagus nerve stimulation\n\n"
        "Vagus nerve stimulation is a treatment for depression that has not got "
        "better. It uses a small device under the skin.\n",
    )
    items = [i for i in todo_items(found.out) if "tags" in i]
    assert items and "workflow, not topics: in-review" in items[0], found.out
    assert "newsletter" in items[0], found.out
    assert "in-review" not in found.front.casefold()


# -- a preprint cited by its title and its DOI -----------------------------------


def test_a_preprint_matched_by_its_title_is_reported(tmp_path, capsys):
    found = _import(
        tmp_path,
        capsys,
        "note.md",
        "# Two years of VNS\n\nMost people who felt better after a year still did "
        "a year later [1].\n\n## References\n\n"
        "1. Durability of the benefit of vagus nerve stimulation in markedly "
        "treatment-resistant major depression: a RECOVER trial report. Posted on "
        "medRxiv, October 2025. https://doi.org/10.1101/2025.10.15.25337077\n",
    )
    assert "conway2026durability" in found.body
    assert any("preprint" in item for item in todo_items(found.out)), found.out


# -- a note tool's callouts and block ids ----------------------------------------


@pytest.mark.parametrize(
    "callout",
    [
        # its title says it is for the team
        "> [!warning] Note to editors\n> Wait for the new dose chart.",
        # a line of it is a note about the text
        "> [!caution] Heads up\n> Please check these figures before publishing."
        "\n> Hold until then.",
    ],
)
def test_a_callout_for_the_team_goes_whole(callout):
    lines, removed = convert_note_markup(numbered(f"{PARAGRAPH}\n\n{callout}\n"))
    kept = "\n".join(t for _, t in lines)
    assert kept.strip() == PARAGRAPH
    assert removed


def test_a_readers_callout_over_a_list_keeps_its_title_as_a_label():
    lines, _ = convert_note_markup(
        numbered("> [!tip] Good habits\n> - Rinse your mouth.\n> - Keep a spare.\n")
    )
    kept = [t for _, t in lines]
    assert kept[:3] == ["Good habits:", "", "- Rinse your mouth."]


def test_a_readers_callout_keeps_its_text():
    lines, _ = convert_note_markup(
        numbered("> [!note] What a spacer is\n> A tube that holds the puff.\n")
    )
    assert "**What a spacer is:** A tube that holds the puff." in [t for _, t in lines]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (f"{PARAGRAPH} ^why-daily", PARAGRAPH),
        ("^table-1", ""),
        ("Peak flow rose by 10^2 litres.", "Peak flow rose by 10^2 litres."),
        ("A note on x ^ y stays.", "A note on x ^ y stays."),
    ],
)
def test_a_block_id_at_a_lines_end_goes(line, kept):
    lines, _ = convert_note_markup([(1, "[[Asthma]] note"), (2, line)])
    assert lines[1] == (2, kept)


def test_a_long_run_of_spaces_is_read_in_linear_time():
    line = "Asthma" + " " * 20_000 + "x"
    started = time.perf_counter()
    convert_note_markup([(1, "[[Asthma]] note"), (2, line)])
    assert time.perf_counter() - started < 1


# -- a link to a page the draft's own marker already cites -----------------------

PAGE = "https://www.example.org/asthma-report-2024"


def _cite(text: str) -> str:
    blocks = [Block("paragraph", 3, [text])]
    sources = [(9, UnreadSource("Asthma UK. Report. 2024. " + PAGE, "", urls=(PAGE,)))]
    cite_entry_links(
        blocks, sources, {entry_address(PAGE): "asthma2024report"}, lambda u, n: ()
    )
    return blocks[0].lines[0]


def test_a_link_beside_its_own_marker_stays_a_link():
    text = f"The charity's [yearly report]({PAGE}) says so [1]."
    assert _cite(text) == text


def test_a_link_with_no_marker_of_its_source_is_its_citation():
    assert _cite(f"The charity's [yearly report]({PAGE}) says so.") == (
        "The charity's yearly report [1] says so."
    )


# -- a draft's "Reviewed by:" line: the reviewer, with no review date ------------


def test_a_reviewed_by_line_is_the_reviewer_and_the_report_asks_to_record_it(
    tmp_path, capsys
):
    found = _import(
        tmp_path,
        capsys,
        "sheet.txt",
        "Title: Why the daily puff matters\nAuthor: The healthkb editorial team\n"
        f"Reviewed by: Natalie Singh\n\n{PARAGRAPH}\n",
    )
    assert "\nreviewers: [natalie-singh]\n" in found.front + "\n"
    assert "reviewed: <<" in found.front and "history:" not in found.front
    assert "natalie-singh" not in found.front.split("authors:")[1].split("\n")[0]
    assert any(
        "reviewed by 'Natalie Singh'" in item and "make review" in item
        for item in todo_items(found.out)
    ), found.out


# -- sentences run together after a full stop: separated and reported -----------


def test_sentences_run_together_are_separated_and_reported():
    text = (
        "# Inhalers\n\nUse it every day.Rinse your mouth after it. It takes weeks.The "
        "swelling calms.\n\n- Keep a spare.Check the date.\n"
    )
    draft = parse_draft(text, "d.txt")
    assert "day. Rinse" in draft_body(draft) and "weeks. The" in draft_body(draft)
    assert "spare. Check" in draft_body(draft)
    notes = [why for _, why in draft.notes if "run together" in why]
    assert len(notes) == 2 and "'day.Rinse', 'weeks.The'" in notes[0], notes


def test_a_full_stop_inside_a_name_or_number_is_no_join():
    text = (
        "# Inhalers\n\nSee nhs.uk or version 2.5 of the guide. U.S.A and e.g. this.\n"
    )
    draft = parse_draft(text, "d.txt")
    assert not [why for _, why in draft.notes if "run together" in why]
