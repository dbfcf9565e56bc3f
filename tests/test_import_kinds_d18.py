"""Kinds of draft set 18 missed, each with new examples in other words: a Liquid
comment (the writer's note, never a comment thread) and a Liquid link to the site's
own post; a form's values under their labels; a chat page copied as text; a CMS
page's details block and tag pills; a Word comment placed by its heading."""

from __future__ import annotations

from helpers.import_runs import draft_body

from healthkb.importer.draft import parse_draft
from healthkb.importer.html_draft import html_to_draft

PARAGRAPH = (
    "Asthma makes the airways narrow and swollen. A preventer inhaler, used every "
    "day, calms the swelling over a few weeks."
)


def _text_kept_and_gone(draft, gone: tuple[str, ...]) -> None:  # noqa: ANN001
    """The article's two paragraphs kept, none of *gone* left in the body."""
    body = draft_body(draft)
    assert PARAGRAPH in body and "Ask your nurse about a spacer." in body
    for words in gone:
        assert words not in body, words


# -- a Liquid comment and a link to the site's own post -------------------------


def test_a_liquid_comment_is_the_writers_note_and_the_text_after_it_stays():
    draft = parse_draft(
        "# Puffers at school\n\n"
        "{% comment %}\nAJ: check the inhaler names with the school nurse.\n"
        "{% endcomment %}\n\n"
        f"{PARAGRAPH}\n\nAsk your nurse about a spacer.\n",
        "a.md",
    )
    body = draft_body(draft)
    assert PARAGRAPH in body and "Ask your nurse about a spacer." in body
    assert "school nurse" not in body and "{%" not in body
    removed = {r.text: r.kind for r in draft.removed}
    assert (
        "writer's note" in removed["AJ: check the inhaler names with the school nurse."]
    )
    assert "page's comments" not in " ".join(removed.values())


def test_a_liquid_link_to_the_sites_own_post_keeps_its_words():
    draft = parse_draft(
        f"# Puffers at school\n\n{PARAGRAPH} See [our spacer guide]"
        "({% link _posts/2026-01-02-spacers.md %}) for more.\n",
        "a.md",
    )
    body = draft_body(draft)
    assert "See our spacer guide for more." in body
    assert "{%" not in body and "_posts" not in body
    notes = [text for _, text in draft.notes]
    assert any("our spacer guide" in t and "spacers" in t for t in notes)


# -- a campaign template whose values stand under their labels ------------------

FORM = (
    "WESTBURY MEDICAL CENTRE - PATIENT NEWSLETTER\n"
    "Newsletter piece  |  Form NL-2 (issue 4)\n\n"
    "Issue ............ Spring\n"
    "Noticeboard copy ... Yes [x]   No [ ]\n\n"
    "Part 1 - Piece details (starred fields are required)\n\n"
    "* Headline:\n"
    "Puffers at school: what parents can do\n\n"
    "* Summary:\n"
    "A spare inhaler in the office can help a child in an asthma attack.\n\n"
    "* Written by:\n"
    "Ada Jones, Practice Nurse (Asthma Lead)\n\n"
    "Part 2 - Piece text (below this line)\n\n"
    f"{PARAGRAPH}\n\n"
    "Ask your nurse about a spacer.\n\n"
    "Part 3 - Tags\n\n"
    "Tags for the website:\n"
    "asthma; inhalers; children\n\n"
    "Part 4 - Office use\n\n"
    "Practice manager ........ ____________\n"
    "Word count: 120\n"
)


def test_a_forms_values_under_their_labels_are_read_and_its_fields_go():
    draft = parse_draft(FORM, "a.txt")
    assert draft.title == "Puffers at school: what parents can do"
    assert draft.byline == ("Ada Jones", "Practice Nurse (Asthma Lead)")
    assert draft.description.startswith("A spare inhaler in the office")
    _text_kept_and_gone(
        draft,
        (
            "WESTBURY",
            "Form NL-2",
            "Issue",
            "Noticeboard",
            "Part ",
            "[x]",
            "Headline",
            "Summary",
            "Written by",
            "Ada Jones",
            "Practice manager",
            "Word count",
            "A spare inhaler",
        ),
    )
    assert [k.casefold() for k in draft.keywords] == ["asthma", "inhalers", "children"]


def test_a_bare_label_over_another_field_takes_no_value_from_it():
    draft = parse_draft(
        FORM.replace(
            "* Written by:\nAda Jones, Practice Nurse (Asthma Lead)\n", ""
        ).replace("* Summary:\n", "* Written by:\nDate: 7 May\n\n* Summary:\n"),
        "a.txt",
    )
    assert draft.title == "Puffers at school: what parents can do"
    assert "Date" not in draft.byline[0]


# -- a chat page copied as text: its rail, prompt, toggles and shown reasoning ---

CHAT_PAGE = (
    "Qwen\n"
    "New chat\n"
    "Previous 7 days\n"
    "Inhaler leaflet for parents\n"
    "Meal ideas for a picnic\n"
    "Get the app\n\n"
    "Write a short piece for our asthma page on spare inhalers at school. Keep it "
    "simple and sign it from Ada Jones.\n\n"
    "Deep research\n"
    "Found 3 web pages\n\n"
    "Thought for 6 seconds\n\n"
    "The user wants a short, simple piece on spare inhalers. I will keep the "
    "sentences short and explain what a preventer is.\n\n"
    "Sure, here's the piece you asked for:\n\n"
    "# Puffers at school\n\n"
    f"{PARAGRAPH}\n\n"
    "## What parents can do\n\n"
    "Ask your nurse about a spacer.\n\n"
    "Copy\n"
    "AI-generated, for reference only\n"
    "Search\n"
)


def test_a_chat_pages_rail_prompt_and_reasoning_go_above_the_answers_headline():
    draft = parse_draft(CHAT_PAGE, "a.txt")
    assert draft.title == "Puffers at school"
    _text_kept_and_gone(
        draft,
        (
            "Qwen",
            "New chat",
            "Previous 7 days",
            "Inhaler leaflet for",
            "picnic",
            "Get the app",
            "spare inhalers at school",
            "Deep research",
            "Found 3",
            "Thought for",
            "The user wants",
            "sentences short",
            "here's the piece",
            "Copy",
            "reference only",
            "Search",
        ),
    )
    kinds = {r.text: r.kind for r in draft.removed}
    assert "history" in kinds["Meal ideas for a picnic"]
    assert "reasoning" in next(k for t, k in kinds.items() if "The user wants" in t)


def test_a_writers_headline_above_a_tools_opener_keeps_the_draft_as_it_is():
    # no product name or button above the opener: the writer's own draft
    draft = parse_draft(
        f"Puffers at school\n\nSure, here's the piece you asked for:\n\n{PARAGRAPH}\n",
        "a.txt",
    )
    assert draft.title == "Puffers at school"
    assert PARAGRAPH in draft_body(draft)


# -- a CMS page: its details block under the headline, its tag pills ------------

CMS_PAGE = (
    "<html><head><meta name='keywords' content='lungs, breathing, school'></head>"
    "<body><main><div class='node-article'>"
    "<h1>Puffers at school</h1>"
    "<div class='entry-meta'>Posted on 3 May by "
    "<span itemprop='author'><span itemprop='name'>Ada Jones</span></span>"
    " | Filed under Children | 120 views</div>"
    "<div class='field-tags'><a href='/taxonomy/tags/asthma'>asthma</a> "
    "<a href='/taxonomy/tags/inhalers'>inhalers</a></div>"
    f"<p>{PARAGRAPH}</p><h2>What parents can do</h2>"
    "<p>Ask your nurse about a spacer.</p>"
    "</div></main></body></html>"
)


def test_a_cms_pages_details_block_goes_and_its_writer_is_read():
    chrome: list[tuple[str, str]] = []
    draft = parse_draft(html_to_draft(CMS_PAGE, chrome=chrome), "page.html")
    assert draft.byline[0] == "Ada Jones"
    body = draft_body(draft)
    assert PARAGRAPH in body
    for gone in ("Posted on", "Filed under", "120 views"):
        assert gone not in body, gone
    assert any("details" in kind and "120 views" in text for kind, text in chrome)


def test_a_cms_pages_tag_pills_are_its_keywords_not_the_heads_keywords():
    draft = parse_draft(html_to_draft(CMS_PAGE), "page.html")
    assert [k.casefold() for k in draft.keywords] == ["asthma", "inhalers"]
    assert "asthma inhalers" not in draft_body(draft)


# -- a Word comment placed by the heading it stands under -----------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: str, styles: str, comments: str) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(
            "word/document.xml",
            f"<w:document {_W}><w:body>{body}</w:body></w:document>",
        )
        package.writestr("word/styles.xml", f"<w:styles {_W}>{styles}</w:styles>")
        package.writestr(
            "word/comments.xml", f"<w:comments {_W}>{comments}</w:comments>"
        )
    return out.getvalue()


def _para(text: str, style: str = "", comment: str = "") -> str:
    mark = f'<w:commentRangeStart w:id="{comment}"/>' if comment else ""
    pstyle = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{pstyle}{mark}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_word_comment_is_placed_by_the_heading_it_stands_under():
    from healthkb.importer.word_comments import word_comment_places, word_comments

    raw = _docx(
        _para("Puffers at school", "Title")
        + _para("Ask first.", comment="7")
        + _para("Looking after a spacer", "a2")
        + _para("Wash it monthly.", comment="3"),
        # a localised style id whose name says what it is
        '<w:style w:type="paragraph" w:styleId="a2"><w:name w:val="heading 2"/></w:style>',
        '<w:comment w:id="7" w:author="AJ"><w:p><w:r><w:t>Who asks?</w:t></w:r></w:p></w:comment>'
        '<w:comment w:id="3" w:author="BO"><w:p><w:r><w:t>Is monthly right?</w:t></w:r></w:p></w:comment>',
    )
    assert word_comments(raw) == [("AJ", "Who asks?"), ("BO", "Is monthly right?")]
    # the first stands above every heading: no place; the second under its heading
    assert word_comment_places(raw) == {1: "Looking after a spacer"}
