"""Kinds of draft set 16 missed, each with new examples in other words: a tag box
whose label stays once its links went (no keyword section of the post's own); a
heading's permalink sign; a byline in the post's text that names the writer where
the theme's account link names the publication."""

from __future__ import annotations

import pytest
from helpers.import_runs import draft_body as draft_text

from healthkb.importer.draft import parse_draft
from healthkb.importer.html_draft import html_to_draft

PARAGRAPH = (
    "Asthma makes the airways narrow and swollen. A preventer inhaler, used every "
    "day, calms the swelling over a few weeks."
)


def _page(article: str, after: str = "") -> str:
    return (
        "<html><head><title>Puffers</title></head><body><article>"
        f"<h1>Puffers at school</h1>{article}</article>{after}</body></html>"
    )


# -- a tag box's label, left bare, is no keyword section -------------------------


@pytest.mark.parametrize(
    "box",
    [
        # a CMS's collection list of pills under a "Topics:" label
        '<div class="post-topics"><span class="label">Topics:</span>'
        '<div class="collection-list"><div class="collection-item">'
        '<a href="/tags/asthma" class="pill"><div>Asthma</div></a></div>'
        '<div class="collection-item"><a href="/tags/inhalers" class="pill">'
        "<div>Inhalers</div></a></div></div></div>",
        # a "Tagged" heading over chips
        '<section class="entry-tags"><h4>Tagged:</h4>'
        '<p><a href="/tag/asthma">Asthma</a></p>'
        '<p><a href="/tag/inhalers">Inhalers</a></p></section>',
    ],
)
def test_a_tag_boxs_links_are_the_keywords_under_a_bare_label(box):
    text = html_to_draft(_page(f"<p>{PARAGRAPH}</p>{box}"))
    draft = parse_draft(text, "a.md")
    assert draft.keywords + draft.secondary == ["Asthma", "Inhalers"]


def test_a_keyword_label_over_a_list_is_still_the_posts_own_section():
    text = html_to_draft(
        _page(
            f"<p>{PARAGRAPH}</p><p>Keywords:</p><ul><li>Asthma</li><li>Spacers</li>"
            '</ul><p><a href="/tag/school" rel="tag">School</a></p>'
        )
    )
    draft = parse_draft(text, "a.md")
    assert draft.keywords + draft.secondary == ["Asthma", "Spacers"]


# -- a heading's permalink sign ----------------------------------------------------


@pytest.mark.parametrize("sign", ["#", "\u00b6", "\u00a7", "\U0001f517"])
def test_a_headings_permalink_sign_is_dropped(sign):
    text = html_to_draft(
        _page(
            f'<h2 id="why">Why a spacer?<a class="headerlink" href="#why">{sign}</a>'
            f"</h2><p>{PARAGRAPH}</p>"
        )
    )
    assert "## Why a spacer?\n" in text
    assert f"?{sign}" not in text


def test_a_link_in_a_heading_with_words_stays():
    text = html_to_draft(
        _page(f'<h2>See <a href="#doses">the doses</a></h2><p>{PARAGRAPH}</p>')
    )
    assert "the doses" in text


# -- the text's own byline over the theme's account link ---------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Written by Ada Jones | Health Desk",
        "Posted by Ada Jones, School Nurse",
        "Words by Ada Jones",
    ],
)
def test_the_texts_byline_names_the_writer_not_the_account_link(byline):
    html = (
        "<html><body><div class='post-header'><h1>Puffers at school</h1>"
        "<a href='https://example.org/@airwaysweekly'>Airways Weekly</a></div>"
        f"<div class='available-content'><p><em>{byline}</em></p><p>{PARAGRAPH}</p>"
        "</div></body></html>"
    )
    draft = parse_draft(html_to_draft(html), "a.md")
    assert draft.byline[0] == "Ada Jones"


# -- a callout box: the writers' to-dos go, a title over a list is its own line ----


def _unsafe(text: str) -> tuple[str, list]:
    from healthkb.importer.unsafe_markup import drop_unsafe_markup

    kept, removed = drop_unsafe_markup(list(enumerate(text.split("\n"), 1)))
    return "\n".join(t for _, t in kept), removed


@pytest.mark.parametrize(
    "box",
    [
        ":::warning FIXME before publishing\n\nAda: check the spacer dose.\n\n:::",
        ":::note TBD (pharmacy)\nAsk the pharmacist which spacer fits.\n:::",
    ],
)
def test_a_callout_titled_as_a_to_do_goes_with_its_text(box):
    text, removed = _unsafe(f"{PARAGRAPH}\n\n{box}\n\nSpacers help.")
    assert "spacer dose" not in text and "pharmacist" not in text
    assert "Spacers help." in text
    assert any("to-do" in r.kind for r in removed)


def test_a_callout_with_a_to_do_in_its_text_keeps_its_text():
    text, _ = _unsafe(":::tip Good to know\n\nA spacer is not a TODO list.\n\n:::")
    assert "**Good to know:** A spacer is not a TODO list." in text


@pytest.mark.parametrize(
    "first", ["- Rinse after each dose.", "1. Shake the inhaler.", "| Age | Dose |"]
)
def test_a_callout_title_over_a_list_is_a_line_of_its_own(first):
    text, _ = _unsafe(f":::tip Before you start\n\n{first}\n\n:::")
    assert "**Before you start**\n" in text
    assert f"\n{first}" in text


# -- "treatment" and "therapy" as a keyword's last word are one keyword -------------


@pytest.mark.parametrize(
    ("written", "site"),
    [
        ("light treatment", "Light therapy"),
        ("Talking therapies", "Talking treatment"),
    ],
)
def test_treatment_and_therapy_are_one_keywords_spellings(written, site):
    from healthkb.importer.keyword_choice import choose_keywords

    choice = choose_keywords(
        [written, "Asthma", "Sleep"], [], {site.casefold(): site}, text=PARAGRAPH
    )
    assert site in choice.keywords + choice.secondary


def test_a_name_and_the_name_plus_therapy_stay_two_keywords():
    from healthkb.importer.keyword_choice import choose_keywords

    choice = choose_keywords(
        ["Exercise therapy", "Asthma", "Sleep"],
        [],
        {"exercise": "Exercise"},
        text=PARAGRAPH,
    )
    assert "Exercise therapy" in choice.keywords + choice.secondary


# -- a paragraph styled as the byline, without "By" -------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path, paragraphs):  # noqa: ANN001
    """A minimal .docx: (style id, style name, text) paragraphs."""
    import zipfile

    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{sid}"/></w:pPr><w:r><w:t>{text}</w:t></w:r>'
        "</w:p>"
        for sid, _, text in paragraphs
    )
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
        "</w:style>"
        for sid, name, _ in {(p[0], p[1], "") for p in paragraphs}
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="'
            'application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName="/'
            'word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="r1" Type="http://'
            "schemas.openxmlformats.org/officeDocument/2006/relationships/"
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="r1" Type="http://'
            "schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
            '" Target="styles.xml"/></Relationships>',
        )
        z.writestr("word/styles.xml", f"<w:styles {_W}>{styles}</w:styles>")
        z.writestr(
            "word/document.xml",
            f"<w:document {_W}><w:body>{body}</w:body></w:document>",
        )


@pytest.mark.parametrize(
    ("style", "line", "byline"),
    [
        ("Byline", "Ada Jones (School Nurse)", ("Ada Jones", "School Nurse")),
        ("Author", "Ada Jones, School Nurse", ("Ada Jones", "School Nurse")),
    ],
)
def test_a_paragraph_styled_as_the_byline_is_read_as_it(tmp_path, style, line, byline):
    from healthkb.importer.source_text import read_draft

    path = tmp_path / "a.docx"
    _docx(
        path,
        [
            ("Title", "Title", "Puffers at school"),
            (style, style, line),
            ("BodyText", "Body Text", PARAGRAPH),
        ],
    )
    draft = parse_draft(read_draft(path, "a.docx"), "a.md")
    assert draft.byline == byline
    assert "Ada Jones" not in draft_text(draft)


def test_a_theme_byline_with_its_by_is_left_as_it_is():
    text = html_to_draft(
        _page(f'<p class="byline">Posted by Ada Jones | Desk</p><p>{PARAGRAPH}</p>')
    )
    assert "Posted by Ada Jones | Desk" in text
    assert "By Posted" not in text


def test_a_role_line_of_commas_only_is_no_role():
    # found by the random drafts of test_importer_parsing: "0" over ","
    from healthkb.importer.bare_byline import name_over_role

    assert name_over_role("Ada Jones", ",") is None


# -- a chat answer's source chips and footer below it -------------------------------


@pytest.mark.parametrize(
    "chips",
    ["1 nhs.uk   2 asthma.org.uk", "1 pubmed.ncbi.nlm.nih.gov 2 bmj.com 3 a.org"],
)
def test_a_chat_answers_source_chips_are_the_pages_not_the_articles(chips):
    from healthkb.importer.chat_transcript import drop_turns

    text = (
        "You said:\nWrite about puffers.\nChatGPT said:\n# Puffers at school\n\n"
        f"{PARAGRAPH}\n\nWant me to make it shorter?\n\n{chips}\n\n"
        "ChatGPT uses AI. Check important info.\nAsk anything"
    )
    kept, removed = drop_turns(list(enumerate(text.split("\n"), 1)))
    gone = {r.text for r in removed}
    assert chips in gone
    assert "ChatGPT uses AI. Check important info." in gone
    assert PARAGRAPH in [t for _, t in kept]


def test_a_numbered_line_of_words_stays():
    from healthkb.importer.chat_transcript import _SOURCE_CHIPS

    assert not _SOURCE_CHIPS.match("1 spacer 2 inhalers")
    assert not _SOURCE_CHIPS.match("Take 2 puffs.")
