"""Kinds of draft set 15 missed, each with new examples in other words: a theme's
own front-matter names for the standfirst, the writers and the featured picture;
a site generator's shortcodes (a box's text kept, a picture named, a widget
removed); a to-do note written into the text."""

from __future__ import annotations

import pytest
from helpers.import_runs import draft_body

from healthkb.importer.draft import parse_draft
from healthkb.importer.draft_front_matter import read_front_matter
from healthkb.importer.html_draft import html_to_draft

PARAGRAPH = (
    "Asthma makes the airways narrow and swollen. A preventer inhaler, used every "
    "day, calms the swelling over a few weeks."
)

# -- a theme's front-matter names -----------------------------------------------


@pytest.mark.parametrize(
    ("block", "description", "authors"),
    [
        # a Jekyll theme's "standfirst" and a list of writers
        (
            "---\ntitle: Puffers at school\nstandfirst: Why a spare inhaler helps.\n"
            "writers:\n  - Ada Jones\n  - Ben Ode\n---",
            "Why a spare inhaler helps.",
            ["Ada Jones", "Ben Ode"],
        ),
        # a docs theme's TOML "lead" and "contributors"
        (
            '+++\ntitle = "Puffers: a guide"\nlead = "Why a spare inhaler helps."\n'
            'contributors = ["ada-jones"]\n+++',
            "Why a spare inhaler helps.",
            ["ada-jones"],
        ),
        # a news theme's "dek" beside Eleventy's "author"
        (
            "---\ntitle: Puffers\ndek: Why a spare inhaler helps.\nauthor: Ada Jones\n---",
            "Why a spare inhaler helps.",
            ["Ada Jones"],
        ),
    ],
)
def test_a_themes_standfirst_and_writers_fields_are_read(block, description, authors):
    meta = read_front_matter(block.split("\n"))
    assert meta.description == description
    assert meta.authors == authors
    assert meta.dropped == []


@pytest.mark.parametrize(
    ("setting", "picture"),
    [
        ('image = "inhaler.png"', "inhaler.png"),
        ('images = ["spacer.webp", "mask.jpg"]', "spacer.webp"),
        (
            '[cover]\nimage = "cover-inhaler.jpg"\nalt = "An inhaler"',
            "cover-inhaler.jpg",
        ),
    ],
)
def test_a_featured_picture_in_the_front_matter_is_named_to_supply(setting, picture):
    draft = parse_draft(
        f'+++\ntitle = "Puffers"\n{setting}\n+++\n\n{PARAGRAPH}\n', "a.md"
    )
    notes = [text for _, text in draft.notes]
    assert any(picture in text and "not supplied" in text for text in notes), notes
    assert picture not in draft_body(draft)


def test_a_reviewer_in_the_front_matter_is_the_drafts_reviewer():
    draft = parse_draft(
        f"---\ntitle: Puffers\nreviewed_by: Dr Ada Jones\n---\n\n{PARAGRAPH}\n", "a.md"
    )
    assert draft.reviewer == "Dr Ada Jones"
    empty = read_front_matter(["+++", 'title = "Puffers"', 'reviewer = ""', "+++"])
    assert empty.reviewer == ""


def test_a_toml_value_with_a_colon_is_listed_on_its_own_line():
    meta = read_front_matter(
        ["+++", 'title = "Asthma: a guide"', "weight = 3", "[params]", "x = 1", "+++"]
    )
    assert meta.title == "Asthma: a guide"
    assert meta.dropped == [(3, "weight = 3"), (4, "[params]")]


# -- a site generator's shortcodes ------------------------------------------------

SHORTCODES = (
    "# Puffers at school\n\n"
    f"{PARAGRAPH}\n\n"
    '{% include figure.html file="spacer.png" alt="A child using a spacer" %}\n\n'
    "{{% notice tip %}}\n"
    "Keep a spare inhaler in the school office.\n"
    "{{% /notice %}}\n\n"
    "{% newsletter_signup %}\n"
)


def test_a_boxs_shortcode_goes_and_its_text_stays():
    draft = parse_draft(SHORTCODES, "a.md")
    body = draft_body(draft)
    assert "Keep a spare inhaler in the school office." in body
    assert "notice" not in body and "{%" not in body
    removed = {r.text for r in draft.removed}
    assert "{{% notice tip %}}" in removed and "{% newsletter_signup %}" in removed


def test_a_pictures_shortcode_names_the_picture_to_supply():
    draft = parse_draft(SHORTCODES, "a.md")
    notes = [text for _, text in draft.notes]
    assert any("spacer.png" in t and "A child using a spacer" in t for t in notes)
    assert "spacer.png" not in draft_body(draft)


def test_an_admonitions_marker_goes_and_its_text_is_a_paragraph():
    draft = parse_draft(
        f'# Puffers\n\n{PARAGRAPH}\n\n!!! tip "Good to know"\n'
        "    Keep a spare inhaler at school.\n    Tell the teacher.\n\n"
        "Ask your nurse about a spacer.\n",
        "a.md",
    )
    body = draft_body(draft)
    assert "**Good to know:** Keep a spare inhaler at school." in body
    assert "!!!" not in body and "    Tell" not in body
    assert "Ask your nurse about a spacer." in body


def test_a_shortcode_inside_a_sentence_is_no_whole_line_tag():
    draft = parse_draft(
        "# Puffers\n\nAsk your nurse {{< ref name >}} about a spacer today.\n", "a.md"
    )
    assert "about a spacer today." in draft_body(draft)


# -- a to-do note in the text -------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "FIXME: check the dose against the BNF",
        "TBD (sam) - confirm with the pharmacy team",
        "> TODO @ana: a link to the spacer page",
    ],
)
def test_a_to_do_note_goes_whole(note):
    draft = parse_draft(f"# Puffers\n\n{PARAGRAPH}\n\n{note}\n", "a.md")
    assert note.lstrip("> ") not in draft_body(draft)
    assert any(r.kind == "the writer's to-do note" for r in draft.removed)


def test_a_word_that_starts_like_a_marker_stays():
    text = "XXXL spacers: ask your pharmacist for the child size."
    draft = parse_draft(f"# Puffers\n\n{PARAGRAPH}\n\n{text}\n", "a.md")
    assert text in draft_body(draft)


# -- a template's field table and rank-row keyword table ---------------------------

TEMPLATE = (
    "# Riverside Health Board - web article form (v2)\n\n"
    "| Section | Your text |\n"
    "|:--|:--|\n"
    "| Title: | Why the daily puff matters |\n"
    "| Summary: | A preventer inhaler works only when used every day. |\n"
    "| Written by: | Ada Jones, Asthma Nurse |\n"
    "| Department: | Children's Respiratory Service |\n"
    "| Review due: | March 2028 |\n\n"
    "## Body copy\n\n"
    "### Why every day?\n\n"
    f"{PARAGRAPH}\n\n"
    "| Dose | When |\n"
    "|---|---|\n"
    "| Two puffs | Morning and evening |\n\n"
    "| Search tags (web team) | |\n"
    "|---|---|\n"
    "| Main | Asthma; Inhalers |\n"
    "| Other | Spacer |\n\n"
    "Approved for upload: yes\n"
)


def test_a_templates_field_table_is_read_as_its_fields():
    draft = parse_draft(TEMPLATE, "form.md")
    assert draft.title == "Why the daily puff matters"
    assert draft.description == "A preventer inhaler works only when used every day."
    assert draft.byline[0] == "Ada Jones"
    body = draft_body(draft)
    for gone in (
        "Section",
        "Department",
        "Respiratory Service",
        "Review due",
        "Body copy",
        "Approved for upload",
    ):
        assert gone not in body, gone
    removed = {r.text for r in draft.removed}
    assert "| Section | Your text |" in removed
    assert "## Body copy" in removed


def test_a_field_table_with_no_header_and_other_labels_is_read():
    draft = parse_draft(
        "# Westgate web request form\n\n"
        "| Headline: | Why the daily puff matters |\n|---|---|\n"
        "| Intro: | A preventer inhaler works only when used every day. |\n"
        "| Author(s): | Ada Jones |\n| Clinical reviewer: | Dr Ben Ode |\n"
        "| Search terms: | Asthma; Inhalers; Spacer |\n| Go-live date: | May |\n\n"
        f"{PARAGRAPH}\n",
        "form.md",
    )
    assert draft.title == "Why the daily puff matters"
    assert draft.description == "A preventer inhaler works only when used every day."
    assert draft.byline[0] == "Ada Jones"
    assert draft.reviewer == "Dr Ben Ode"
    assert draft.keywords == ["Asthma", "Inhalers", "Spacer"]
    assert "Go-live" not in draft_body(draft) and "|" not in draft_body(draft)


def test_a_keyword_table_with_a_row_per_rank_gives_both_lists():
    draft = parse_draft(TEMPLATE, "form.md")
    assert draft.keywords == ["Asthma", "Inhalers"]
    assert draft.secondary == ["Spacer"]


def test_a_two_column_table_of_the_articles_own_stays():
    draft = parse_draft(TEMPLATE, "form.md")
    tables = [b.lines for b in draft.blocks if b.kind == "table"]
    assert tables == [
        ["| Dose | When |", "|---|---|", "| Two puffs | Morning and evening |"]
    ]


# -- a blog theme's primary-tag link and its prefixed excerpt ----------------------

THEMED_POST = (
    "<html><body><article><header>"
    '<a class="c-post-kicker" href="https://blog.example/category/asthma/">Asthma</a>'
    "<h1>Spacers at school: what parents ask</h1>"
    '<p class="c-post-excerpt">A spacer helps the medicine reach the lungs.</p>'
    "</header><section><p>Many children use a preventer inhaler every day. A "
    "spacer makes each puff work better.</p></section></article></body></html>"
)


def test_a_tag_link_above_the_headline_is_no_title():
    draft = parse_draft(html_to_draft(THEMED_POST), "post.html")
    assert draft.title == "Spacers at school: what parents ask"
    assert "category/asthma" not in draft_body(draft)


def test_a_themes_prefixed_excerpt_is_the_description_not_the_text():
    draft = parse_draft(html_to_draft(THEMED_POST), "post.html")
    assert draft.subtitle == "A spacer helps the medicine reach the lungs."
    assert "reach the lungs" not in draft_body(draft)


@pytest.mark.parametrize(
    "standfirst",
    [
        '<p class="pw-subtitle-paragraph">A spacer helps the medicine reach the lungs.</p>',
        '<h2 class="c-article__dek">A spacer helps the medicine reach the lungs.</h2>',
    ],
)
def test_a_standfirst_a_theme_names_under_the_headline_is_the_description(standfirst):
    page = (
        f"<html><body><article><h1>Spacers at school</h1>{standfirst}"
        "<p>Many children use a preventer inhaler every day. A spacer makes each "
        "puff work better.</p></article></body></html>"
    )
    draft = parse_draft(html_to_draft(page), "post.html")
    assert draft.subtitle == "A spacer helps the medicine reach the lungs."
    assert "reach the lungs" not in draft_body(draft)


def test_a_tag_link_inside_a_sentence_stays():
    page = (
        "<html><body><article><h1>Spacers</h1><p>Read more about "
        '<a href="https://blog.example/tag/asthma/">asthma</a> on our pages, '
        "written by nurses.</p></article></body></html>"
    )
    draft = parse_draft(html_to_draft(page), "post.html")
    assert "asthma" in draft_body(draft)


# -- a byline signed under the text ----------------------------------------------


@pytest.mark.parametrize(
    ("closing", "after"),
    [
        (
            "Written by Ada Jones, Asthma Nurse",
            "\n\n## References\n\n1. Asthma UK. 2024.",
        ),
        ("By Ben Ode", ""),
        ("By ada-jones", "\n\nKeywords: Asthma; Spacer"),
    ],
)
def test_a_byline_under_the_text_is_the_author(closing, after):
    draft = parse_draft(f"# Puffers\n\n{PARAGRAPH}\n\n{closing}{after}\n", "a.md")
    name = closing.split(" by ")[-1].removeprefix("By ").split(",")[0]
    assert draft.byline[0] == name
    assert closing not in draft_body(draft)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence, not a name
        "By the end of the week, most children feel better.",
        # a section follows: the article goes on
        "By Ada Jones\n\n## More help\n\nAsk your nurse.",
    ],
)
def test_a_by_line_that_is_no_closing_byline_stays(line):
    more = "A spacer helps the medicine reach the lungs."
    draft = parse_draft(f"# Puffers\n\n{PARAGRAPH}\n\n{more}\n\n{line}\n", "a.md")
    assert not draft.byline[0]


# -- a theme's author profile and its previous/next links ---------------------------


def test_an_author_profile_and_the_next_posts_links_are_no_article():
    page = (
        "<html><body><article><h1>Spacers at school</h1>"
        "<p>Many children use a preventer inhaler every day.</p>"
        '<div class="wp-block-post-author-card"><p>Ada writes our asthma pages.</p>'
        "</div>"
        '<div class="c-pagination"><a href="/older"><h3>Peak flow diaries</h3></a>'
        '<a href="/newer"><h3>Inhaler colours explained</h3></a></div>'
        "</article></body></html>"
    )
    chrome: list = []
    text = html_to_draft(page, chrome=chrome)
    for gone in ("Ada writes", "Peak flow diaries", "Inhaler colours"):
        assert gone not in text, gone
    assert ("the post's author box", "Ada writes our asthma pages.") in chrome
    assert ("the links to the previous and next posts", "Peak flow diaries") in chrome


def test_a_table_of_labels_in_the_articles_text_stays_a_table():
    draft = parse_draft(
        f"# Puffers\n\n{PARAGRAPH}\n\n| When | Puffs |\n|---|---|\n"
        "| Morning: | two |\n| Evening: | two |\n",
        "a.md",
    )
    assert [b.kind for b in draft.blocks] == ["paragraph", "table"]
    assert not draft.form
