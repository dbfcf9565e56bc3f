"""Kinds of draft set 17 missed, each with new examples in other words: an answer
engine's page with its rail, tabs and source cards above the answer; a plain
second headline that opens like a question, with the byline under it."""

from __future__ import annotations

import pytest
from helpers.import_runs import draft_body as draft_text

from healthkb.importer.chat_transcript import drop_answer_page
from healthkb.importer.draft import parse_draft

# -- an answer page's rail, tabs and source cards ---------------------------------

ANSWER = [
    "Sure, here is a short article on spacers for inhalers.",
    "",
    "Spacers make inhalers work better for children",
    "",
    "A spacer is a plastic tube that fits on a puffer inhaler.",
]


@pytest.mark.parametrize(
    "page",
    [
        # a product name, its rail, the question, the tab line and cards with sites
        [
            "Copilot",
            "New chat",
            "Discover",
            "Notebooks",
            "",
            "write about spacers for asthma inhalers, simple words",
            "",
            "Answer",
            "Links",
            "4",
            "",
            "asthma.org.uk",
            "Using a spacer with your inhaler",
            "1",
            "nice.org.uk",
            "Asthma: diagnosis and management",
            "2",
            "View 2 more",
            "",
        ],
        # cards without a site's name, and a count in words of its own line
        [
            "perplexity pro",
            "Threads",
            "",
            "spacers for kids asthma article",
            "Answer",
            "Sources",
            "6",
            "",
            "Using a spacer with your inhaler",
            "1",
            "Asthma: diagnosis and management",
            "2",
            "+4 sources",
            "",
        ],
    ],
)
def test_an_answer_pages_rail_tabs_and_cards_go(page):
    lines = list(enumerate([*page, *ANSWER], 1))
    kept, removed = drop_answer_page(lines)
    assert [t for _, t in kept if t.strip()] == [t for t in ANSWER if t]
    assert {r.text for r in removed} == {t for t in page if t.strip()}


def test_an_answer_page_without_the_products_name_keeps_its_top_lines():
    # short lines above a question are no rail without the product's name first
    lines = list(
        enumerate(["Spacers", "Children", "Inhalers", "Dosing", "Answer", "Yes."], 1)
    )
    assert drop_answer_page(lines) == (lines, [])


def test_an_answer_pages_numbered_lines_of_the_text_stay():
    # a line and a number under the label, then the answer's own list: only the
    # tabs go, the text's lines stay
    lines = list(
        enumerate(
            ["Copilot", "Home", "question about spacers", "Answer", "", *ANSWER], 1
        )
    )
    kept, removed = drop_answer_page(lines)
    assert [t for _, t in kept if t.strip()] == [t for t in ANSWER if t]


# -- a plain second headline that opens like a question --------------------------


@pytest.mark.parametrize(
    "standfirst",
    [
        "How one school nurse got every child a spacer that fits",
        "When puffers are shared, and why that can go wrong",
    ],
)
def test_a_plain_standfirst_opening_like_a_question_is_the_description(standfirst):
    text = (
        "Spacers make inhalers work better for children\n\n"
        f"{standfirst}\n\n"
        "By Natalie Singh - Health Editor\n\n"
        "A spacer is a plastic tube that fits on a puffer inhaler. It holds the "
        "medicine so the child can breathe it in slowly.\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert draft.subtitle == standfirst
    assert standfirst not in draft_text(draft)


@pytest.mark.parametrize("line", ["Introduction", "Key points", "In brief"])
def test_a_section_name_under_the_title_stays_a_heading(line):
    text = (
        "Spacers make inhalers work better for children\n\n"
        f"{line}\n\n"
        "By Natalie Singh - Health Editor\n\n"
        "A spacer is a plastic tube that fits on a puffer inhaler. It holds the "
        "medicine so the child can breathe it in slowly.\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert draft.subtitle != line
