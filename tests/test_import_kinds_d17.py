"""Kinds of draft set 17 missed, each with new examples in other words: an answer
engine's page with its rail, tabs and source cards above the answer; a plain
second headline that opens like a question, with the byline under it."""

from __future__ import annotations

import pytest
from helpers.import_runs import draft_body as draft_text

from healthkb.importer.chat_transcript import drop_answer_page
from healthkb.importer.draft import parse_draft
from healthkb.importer.html_draft import html_to_draft

HEADLINE = "# Spacers make inhalers work better for children\n\n"
SPACER = (
    "A spacer is a plastic tube that fits on a puffer inhaler. It holds the "
    "medicine so the child can breathe it in slowly."
)


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
        f"{SPACER}\n"
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
        f"{SPACER}\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert draft.subtitle != line


# -- a submission form in plain text around the leaflet's text --------------------

FORM_TEXT = (
    "What is a spacer?\n"
    "A spacer is a plastic tube that fits on a puffer inhaler. It holds the "
    "medicine so the child can breathe it in slowly.\n\n"
    "Looking after it\n"
    "Wash the spacer once a month in warm soapy water and let it dry in the air.\n"
)


def _form(begin: str, end: str, sections: tuple[str, ...]) -> str:
    return (
        "RIVERSIDE CHILDREN'S CLINIC - COMMUNICATIONS TEAM\n"
        "Article request (web copy)\n"
        "Fill in all boxes; boxes with * must be filled in.\n"
        "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
        f"{sections[0]}\n"
        "Form ref:          COMMS-0091\n"
        "Owner / team:      Respiratory nurses\n"
        "Submitted on:      01/12/2026\n"
        "Plain English check:   [x] done   [ ] not done\n\n"
        f"{sections[1]}\n"
        "* Headline: Spacers make inhalers work better for children\n"
        "*Summary: A spacer helps the medicine reach the lungs.\n"
        "*Written by: Natalie Singh\n"
        "Signed off by:     [add the lead nurse's name]\n\n"
        f"{begin}\n\n{FORM_TEXT}\n{end}\n\n"
        f"{sections[2]}\n"
        "Budget code:       ____\n"
        "Thank you. Send the form back to the communications inbox.\n"
    )


@pytest.mark.parametrize(
    ("begin", "end"),
    [
        ("--- START OF ARTICLE ---", "--- END OF ARTICLE ---"),
        ("Copy starts here =========", "Copy ends here ========="),
    ],
)
def test_a_forms_fields_and_sections_around_its_marked_text_go(begin, end):
    text = _form(begin, end, ("PART 1 - DETAILS", "PART 2 - THE ARTICLE", "PART 3"))
    draft = parse_draft(text, "form.txt")
    assert draft.title == "Spacers make inhalers work better for children"
    assert draft.description == "A spacer helps the medicine reach the lungs."
    assert draft.byline[0] == "Natalie Singh"
    body = draft_text(draft)
    assert "A spacer is a plastic tube" in body
    assert "Wash the spacer once a month" in body
    for gone in (
        "PART",
        "Form ref",
        "Submitted on",
        "Plain English",
        "Signed off",
        "RIVERSIDE",
        "Fill in",
        "Budget",
        "Thank you",
        "ARTICLE",
        "Copy",
    ):
        assert gone not in body, gone
    removed = {r.text for r in draft.removed}
    assert "Submitted on:      01/12/2026" in removed
    assert "Signed off by:     [add the lead nurse's name]" in removed


def test_a_forms_section_named_for_its_text_holds_the_text():
    # no marks: the section named for the text ("PART 2: ARTICLE COPY") holds it
    text = (
        "PART 1: ABOUT THE ARTICLE\n"
        "Headline: Spacers make inhalers work better for children\n"
        "Submitted on: 01/12/2026\n\n"
        "PART 2: ARTICLE COPY\n\n"
        f"{FORM_TEXT}\n"
        "PART 3: FOR THE WEB TEAM\n"
        "Date live: ____\n"
    )
    draft = parse_draft(text, "form.txt")
    assert draft.title == "Spacers make inhalers work better for children"
    body = draft_text(draft)
    assert "Wash the spacer once a month" in body
    assert "PART" not in body and "Submitted on" not in body
    assert "Date live" not in body


REFERENCE = (
    "Smith JA, Brown L. Spacer devices for asthma inhalers. Thorax. 2020;75(3):200-6."
)


@pytest.mark.parametrize(
    "after",
    [
        # a form section named for the sources, its list with no label of its own
        f"PART 3: REFERENCES\n1. {REFERENCE}\n\nPART 4: OFFICE USE\nLogged: yes\n",
        # a label, a blank line, then the list; a short field after it
        f"References:\n\n1. {REFERENCE}\n\nWord count: 120\n",
    ],
)
def test_a_forms_sources_outside_its_text_are_read(after):
    text = (
        "Headline: Spacers make inhalers work better for children\n"
        "Submitted on: 01/12/2026\n\n"
        f"Text starts ------\n\n{FORM_TEXT}\nText ends ------\n\n{after}"
    )
    draft = parse_draft(text, "form.txt")
    assert len(draft.sources) == 1
    assert "Spacer devices" in str(draft.sources[0][1])
    body = draft_text(draft)
    assert "Logged" not in body and "Word count" not in body and "PART" not in body


@pytest.mark.parametrize(
    "text",
    [
        # an article's own parts, no form: its headings stay
        "Spacers for children\n\nPart 1: What a spacer is\n\nA spacer is a plastic "
        "tube that fits on a puffer inhaler.\n\nPart 2: Looking after it\n\nWash "
        "it once a month in warm soapy water.\n",
        # marks, but no title field above the text: not read as a form
        "Spacers for children\n\nOwner: respiratory team\n\nText begins ----\n\n"
        "A spacer is a plastic tube that fits on a puffer inhaler.\n\n"
        "Text ends ----\n",
    ],
)
def test_a_draft_without_a_forms_title_field_is_no_form(text):
    from healthkb.importer.leaflet_template import read_submission_form

    lines = list(enumerate(text.split("\n"), 1))
    assert read_submission_form(lines) == (lines, [])


# -- a source list numbered in brackets, cited by "(n)" ---------------------------


def test_bracket_numbers_cite_a_list_numbered_in_brackets():
    text = (
        "Spacers for children\n\n"
        "A spacer helps more of the dose reach the lungs (1). Children find it "
        "easier to use than a puffer alone (1, 2).\n\n"
        "Wash it once a month (2)\n\n"
        "References\n"
        "(1) Smith JA, Brown L. Spacer devices for asthma inhalers. Thorax. "
        "2020;75(3):200-6.\n"
        "(2) Jones K. Cleaning spacers at home. Arch Dis Child. 2021;106(2):100-4.\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert len(draft.sources) == 2
    body = draft_text(draft)
    assert "lungs [1]." in body
    assert "alone [1, 2]." in body
    assert "month [2]" in body
    assert "(1)" not in body and "(2)" not in body


@pytest.mark.parametrize(
    "line",
    [
        # the text's own numbering, opening a clause
        "Two steps: (1) shake the inhaler, (2) breathe in slowly.",
        # a number the list does not have
        "Ask your nurse about it (7).",
    ],
)
def test_bracket_numbers_that_are_no_markers_stay(line):
    text = (
        f"Spacers for children\n\n{line}\n\n"
        "References\n"
        "(1) Smith JA, Brown L. Spacer devices for asthma inhalers. Thorax. "
        "2020;75(3):200-6.\n"
        "(2) Jones K. Cleaning spacers at home. Arch Dis Child. 2021;106(2):100-4.\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert line in draft_text(draft)


def test_bracket_numbers_under_a_list_numbered_otherwise_stay():
    text = (
        "Spacers for children\n\nA spacer helps more of the dose reach the "
        "lungs (1).\n\nReferences\n"
        "1. Smith JA, Brown L. Spacer devices for asthma inhalers. Thorax. "
        "2020;75(3):200-6.\n"
    )
    draft = parse_draft(text, "draft.txt")
    assert "lungs (1)." in draft_text(draft)


# -- a byline's "Published in" label and the publication's name under it ----------


@pytest.mark.parametrize(
    ("label", "name"),
    [("Posted in", "The Asthma Desk"), ("Filed under", "Migraine Notes")],
)
def test_the_publication_under_a_removed_label_goes_with_it(label, name):
    text = f"{HEADLINE}By Natalie Singh\n\n{label}\n\n{name}\n\n{SPACER}\n"
    draft = parse_draft(text, "page.md")
    assert name not in draft_text(draft)
    assert draft_text(draft).startswith("A spacer is a plastic tube")
    assert any(r.text == name for r in draft.removed)


def test_a_sentence_under_a_removed_label_stays():
    text = (
        f"{HEADLINE}"
        "Posted in\n\n"
        "A spacer is a plastic tube that fits on a puffer inhaler.\n\n"
        "Children find it easier to use than a puffer alone.\n"
    )
    draft = parse_draft(text, "page.md")
    assert "A spacer is a plastic tube" in draft_text(draft)


def test_a_heading_under_a_removed_label_stays():
    # a heading in the site's sentence case, the text right under it
    text = f"{HEADLINE}Posted in\n\nWhy spacers matter\n\n{SPACER}\n"
    draft = parse_draft(text, "page.md")
    assert "Why spacers matter" in draft_text(draft)


def test_a_short_name_with_more_furniture_after_it_goes():
    # a name in sentence case, the page's "5 min read" right under it
    text = f"{HEADLINE}Filed under\n\nHealth news\n\n5 min read\n\n{SPACER}\n"
    draft = parse_draft(text, "page.md")
    assert "Health news" not in draft_text(draft)


# -- a theme's standfirst under the headline, outside the post's body ------------


@pytest.mark.parametrize(
    ("tag", "css", "inner"),
    [
        # a CMS's teaser paragraph whose text sits in a module "widget" box
        ("p", "article-teaser", '<span class="module_widget text">{}</span>'),
        # a synopsis heading
        ("h2", "entry-synopsis", "{}"),
    ],
)
def test_a_standfirst_outside_the_posts_body_is_the_description(tag, css, inner):
    standfirst = "A spacer helps the medicine reach the lungs, not the mouth."
    page = (
        '<html><head><title>Spacers | Clinic blog</title><meta name="description" '
        'content="Read our blog about inhalers and spacers for children."></head>'
        '<body><div class="post-header"><h1>Spacers make inhalers work better</h1>'
        f'<{tag} class="{css}">{inner.format(standfirst)}</{tag}></div>'
        '<div class="post-body"><p>A spacer is a plastic tube that fits on a puffer '
        "inhaler. It holds the medicine so the child can breathe it in slowly.</p>"
        "<h2>Looking after it</h2><p>Wash it once a month in warm soapy water and "
        "let it dry in the air.</p></div></body></html>"
    )
    draft = parse_draft(html_to_draft(page), "page.html")
    assert draft.title == "Spacers make inhalers work better"
    assert draft.subtitle == standfirst
    assert "Read our blog" not in draft_text(draft)


# -- a note export's properties, toggles, page links and callout icons ------------


def test_properties_after_a_read_property_are_still_properties():
    text = (
        f"{HEADLINE}"
        "Stage: Drafting\n"
        "Assign: Natalie Singh\n"
        "Keywords: asthma; spacers; inhalers\n"
        "Date: January 4, 2027\n"
        "Last edited by: Sam Patel\n\n"
        f"{SPACER}\n"
    )
    draft = parse_draft(text, "page.md")
    words = [k.casefold() for k in draft.keywords + draft.secondary]
    assert words == ["asthma", "spacers", "inhalers"]
    body = draft_text(draft)
    assert "January" not in body and "Sam Patel" not in body
    assert not any("2027" in k for k in draft.keywords + draft.secondary)


@pytest.mark.parametrize(
    "summary", ["Meeting notes (5 Jan)", "Research notes for the piece", "To do"]
)
def test_a_toggle_of_the_teams_notes_goes_with_its_text(summary):
    text = (
        f"{HEADLINE}{SPACER}\n\n"
        f"<details>\n<summary>{summary}</summary>\n\n"
        "- ask the asthma nurse about cleaning\n- find a photo\n\n</details>\n\n"
        "Wash it once a month in warm soapy water and let it dry in the air.\n"
    )
    draft = parse_draft(text, "page.md")
    body = draft_text(draft)
    assert "asthma nurse" not in body and "find a photo" not in body
    assert summary not in body
    assert "Wash it once a month" in body
    assert any("ask the asthma nurse" in r.text for r in draft.removed)


def test_a_toggle_for_readers_keeps_its_text():
    text = (
        f"{HEADLINE}{SPACER}\n\n"
        "<details>\n<summary>How do I clean a spacer?</summary>\n\n"
        "Wash it once a month in warm soapy water and let it dry in the air.\n\n"
        "</details>\n"
    )
    draft = parse_draft(text, "page.md")
    assert "Wash it once a month" in draft_text(draft)


@pytest.mark.parametrize(
    "line",
    [
        "Related pages: [Peak flow diary](Peak%20flow%20diary%201a2b3c4d.md)",
        "See also: [Inhaler types](../Inhalers/Inhaler%20types%209f8e7d.html)",
    ],
)
def test_a_line_of_links_to_other_exported_pages_goes(line):
    text = f"{HEADLINE}{SPACER}\n\n{line}\n"
    draft = parse_draft(text, "page.md")
    assert "](" not in draft_text(draft)
    assert any(r.text == line for r in draft.removed)


def test_a_line_with_a_web_link_stays():
    line = "Related: [Asthma UK on spacers](https://www.asthma.org.uk/spacers)"
    text = f"{HEADLINE}{SPACER}\n\n{line}\n"
    draft = parse_draft(text, "page.md")
    assert "asthma.org.uk" in draft_text(draft)


@pytest.mark.parametrize(
    ("icon", "words"),
    [
        ("\U0001f4cc", "**Good to know:** a spacer is free on prescription."),
        ("\u2139\ufe0f", "*Tip:* keep the spacer in its bag."),
        ("\U0001f9fe", "[See the leaflet](https://example.org/leaflet) for more."),
    ],
)
def test_a_callouts_icon_goes_and_its_markup_stays(icon, words):
    text = f"{HEADLINE}{SPACER}\n\n<aside>\n{icon} {words}\n\n</aside>\n"
    draft = parse_draft(text, "page.md")
    assert words in draft_text(draft)


def test_an_answer_pages_article_keeps_its_title_standfirst_and_byline():
    # the whole page: rail, question, tabs, cards, opener, then the article
    text = "\n".join(
        [
            "Copilot",
            "Home",
            "Notebooks",
            "",
            "write a piece on spacers for our clinic site, byline Prof Ann Lee",
            "",
            "Answer",
            "Links",
            "",
            "asthma.org.uk",
            "Using a spacer with your inhaler",
            "1",
            "+3 sources",
            "",
            "Sure, here is a draft article on spacers, as you asked.",
            "",
            "Spacers make inhalers work better for children",
            "",
            "Why a plastic tube can matter so much for a puffer",
            "",
            "By Prof Ann Lee - Children's Nurse Lead",
            "",
            "A spacer is a plastic tube that fits on a puffer inhaler. It holds the "
            "medicine so the child can breathe it in slowly.",
            "",
        ]
    )
    draft = parse_draft(text, "answer.txt")
    assert draft.title == "Spacers make inhalers work better for children"
    assert draft.subtitle == "Why a plastic tube can matter so much for a puffer"
    assert draft.byline[0] == "Prof Ann Lee"
    assert draft_text(draft).startswith("A spacer is a plastic tube")


# -- the set 17 readers stay linear on pathological lines -------------------------

LINEAR = """
from healthkb.importer.author_year_markers import mark_bracket_numbers
from healthkb.importer.chat_transcript import drop_answer_page
from healthkb.importer.draft import Block
from healthkb.importer.leaflet_template import read_submission_form
from healthkb.importer.note_tool_markup import convert_note_markup
from healthkb.importer.page_properties import drop_properties, open_callouts
from healthkb.importer.social_page import drop_label_values

spaces = " " * 4000
lines = [
    "Text begins" + spaces + "x", "Text begins " + "-" * 4000 + "x",
    "SECTION A:" + spaces + "x", "*Title:" + spaces + "x", "Copilot" + spaces + "x",
    "Home" + spaces + "x", "+9" + spaces + "x", "a " * 2000 + ":",
    "x (1" + ", 1" * 2000, "Related: [" + "a" * 3000 + "](" + "b" * 3000,
    "<details>" + spaces, "<summary>" + "notes " * 700, "Published in" + spaces,
    "Status:" + spaces + "x", "<aside>" + "\\U0001f4a1" * 2000 + "x",
]
for line in lines:
    pair = [(1, "Copilot"), (2, line), (3, "Answer"), (4, line), (5, line)]
    drop_answer_page(pair)
    read_submission_form([(1, "Title: a"), (2, line), (3, "Text begins ---"), (4, line),
                          (5, "Text ends ---"), (6, line)])
    convert_note_markup([(1, line), (2, line), (3, "</details>")])
    drop_properties([(1, "# T"), (2, "Status: a"), (3, line), (4, line)])
    open_callouts([(1, "<aside>"), (2, line), (3, "</aside>")], [])
    drop_label_values([(1, ""), (2, line)], [])
    blocks = [Block("paragraph", 1, [line])]
    mark_bracket_numbers(blocks, [Block("source", 2, ["(1) " + line])])
print("done")
"""


def test_the_set_17_line_readers_are_linear():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", LINEAR], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"


# -- a reviewer or byline named with initials: the report says so ----------------


def test_a_reviewer_named_with_initials_is_reported_as_matched_so(tmp_path, capsys):
    from helpers.site import copy_import_site, run_cli

    site = copy_import_site(tmp_path / "site")
    draft = tmp_path / "spacers.txt"
    draft.write_text(
        "Spacers make inhalers work better for children\n\n"
        "By The healthkb editorial team\n"
        "Reviewed by: N Singh\n\n"
        f"{SPACER}\n",
        encoding="utf-8",
    )
    assert run_cli(site, "import", str(draft), "--topic", "mental-health") == 0
    out = capsys.readouterr().out
    assert "matched by its initials to 'Dr Natalie Singh'" in out, out
    assert "reviewers: [natalie-singh]" in next(
        (site / "articles" / "mental-health").glob("spacers-*.md")
    ).read_text(encoding="utf-8")
