"""Issue 17's draft shapes (fixtures/drafts/shapes/, README there says where each
came from): keyword labels in other wordings and languages, Confluence page
exports and newsletter drafts, each read as the article it holds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.import_runs import front_list, import_draft
from helpers.site import copy_import_site

from healthkb.importer.confluence_page import read_confluence_page
from healthkb.importer.draft import Draft, parse_draft
from healthkb.importer.html_draft import html_to_draft

SHAPES = Path(__file__).parent / "fixtures" / "drafts" / "shapes"


def _parse(name: str) -> tuple[Draft, list[tuple[str, str]]]:
    path = SHAPES / name
    text = path.read_text(encoding="utf-8")
    chrome: list[tuple[str, str]] = []
    if name.endswith(".html"):
        text = html_to_draft(text, chrome=chrome)
    return parse_draft(text, str(path)), chrome


def _body(draft: Draft) -> str:
    return "\n".join(line for block in draft.blocks for line in block.lines)


# -- 1. keyword labels ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "keywords", "secondary"),
    [
        (
            "seo-brief-labels.txt",
            ["getting active", "physical activity", "healthy habits"],
            ["walking", "building up slowly", "exercise safety"],
        ),
        ("foreign-labels-nl.md", ["slaap"], ["slaaphygiëne", "avondroutine"]),
        (
            "foreign-labels-fr.md",
            ["hydratation", "chaleur", "été", "personnes âgées"],
            [],
        ),
        ("foreign-labels-es.md", ["dolor de espalda", "postura", "ergonomía"], []),
        (
            "foreign-labels-de.txt",
            ["Händewaschen", "Hygiene", "Infektionsschutz", "Seife", "Alltag"],
            [],
        ),
    ],
)
def test_a_keyword_label_of_another_shape_fills_the_keywords(name, keywords, secondary):
    draft, _ = _parse(name)
    assert draft.keywords == keywords
    assert draft.secondary == secondary
    body = _body(draft).casefold()
    for label in ("primary", "secondary", "suggested tags", "trefwoord", "mots-cl"):
        assert label not in body, body
    for label in ("palabras clave", "schlagw", "stichw"):
        assert label not in body, body


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Schlagwörter: a, b", ["a", "b"]),
        ("**Stichworte:** a, b", ["a", "b"]),
        ("## Mots clés\n\n- a\n- b", ["a", "b"]),
        ("Palabras clave: a; b", ["a", "b"]),
        ("Zoekwoorden: a, b", ["a", "b"]),
        ("Parole chiave: a, b", ["a", "b"]),
        ("Palavras-chave: a, b", ["a", "b"]),
        ("Main keyword - a\nSecondary keywords - b", ["a"]),
        ("Focus keyphrase: a", ["a"]),
        ("Keyword ideas (pick 5)\n- a\n- b", ["a", "b"]),
    ],
)
def test_keyword_labels_in_other_languages_and_wordings(label, expected):
    text = f"A Title\n\nSome text about sleep here.\n\n{label}\n"
    draft = parse_draft(text, "d.md")
    assert draft.keywords == expected, (draft.keywords, draft.blocks)


@pytest.mark.parametrize(
    "lines",
    [
        # an SEO brief's shorthand, and the "Supporting keywords" of code index id
        # 56672329948 ("Primary keyword: … Supporting keywords: …")
        "Primary KW: a\nSecondary KWs: c, d",
        "Target keyword: a\nSupporting keywords: c, d",
        "Focus keyphrase: a\nLSI keywords: c, d",
        "Main keyword - a\nLong-tail keywords - c, d",
    ],
)
def test_an_seo_briefs_ranked_labels(lines):
    draft = parse_draft(f"A Title\n\nSome text here.\n\n{lines}\n", "d")
    assert (draft.keywords, draft.secondary) == (["a"], ["c", "d"])


def test_a_secondary_label_fills_the_secondary_keywords():
    draft = parse_draft(
        "A Title\n\nSome text here.\n\nPrimary: a, b\nSecondary - c, d\n", "d"
    )
    assert (draft.keywords, draft.secondary) == (["a", "b"], ["c", "d"])


@pytest.mark.parametrize(
    "line",
    [
        "Primary: take 5 mg once a day with food.",
        "Secondary: the infection can spread to the blood.",
        "Main - the clinic on the high street",
    ],
)
def test_a_bare_primary_or_secondary_line_alone_stays_text(line):
    draft = parse_draft(f"A Title\n\nSome text here.\n\n{line}\n", "d")
    assert not draft.keywords and not draft.secondary
    assert line.split(" ", 1)[1].strip(" -") in _body(draft)


# -- 2. Confluence page exports --------------------------------------------------


def test_a_confluence_export_is_its_page_without_the_wiki():
    draft, chrome = _parse("confluence-export-foot-care.html")
    assert draft.title == "Looking after your feet with diabetes"
    assert draft.byline[0] == "Ada Jones"  # the Author row, not Owner or "Created by"
    assert draft.reviewer == "Natalie Singh"
    assert draft.keywords == ["diabetes", "foot-care", "self-care"]
    headings = [b.lines[0] for b in draft.blocks if b.kind == "heading"]
    assert headings == ["Why feet need care", "Daily checks"]
    body = _body(draft)
    # the warning panel speaks to readers: it stays
    assert "Contact your GP or foot protection team the same day" in body
    for leftover in (
        "Patient Leaflets",
        "Created by",
        "last modified",
        "IN REVIEW",
        "Due date",
        "Editor's note",
        "nail cutting",
        "Like",
        "Attachments",
        "podiatry-referral-form",
        "Document generated by Confluence",
        "Atlassian",
    ):
        assert leftover not in body, leftover
    kinds = {kind for kind, _ in chrome}
    said = " ".join(text for _, text in chrome)
    assert "a Confluence panel with a note for the editors" in kinds
    assert "nail cutting" in said and "Document generated by Confluence" in said
    assert "Created by Ben Okafor" in said and "Attachments" in said


def _page(inner: str) -> str:
    return (
        "<html><head><title>Space : Page</title></head><body>"
        '<div id="main-header"><h1 id="title-heading"><span id="title-text">'
        "Health : Gout</span></h1></div>"
        f'<div id="main-content" class="wiki-content">{inner}'
        "<p>Gout causes sudden pain and swelling in a joint, often the big toe.</p>"
        "</div></body></html>"
    )


def _properties(rows: str) -> str:
    return (
        '<div class="plugin-tabmeta-details" data-macro-name="details">'
        f'<div class="table-wrap"><table class="confluenceTable"><tbody>{rows}'
        "</tbody></table></div></div>"
    )


@pytest.mark.parametrize(
    ("rows", "authors", "reviewer"),
    [
        ("<tr><th>Owner</th><td>Ada Jones</td></tr>", "By Ada Jones", ""),
        (
            "<tr><th>Authors</th><td><p>Ada Jones</p><p>Ben Okafor</p></td></tr>"
            "<tr><th>Clinical reviewer</th><td>Dr Natalie Singh</td></tr>",
            "By Ada Jones and Ben Okafor",
            "Reviewed by Dr Natalie Singh",
        ),
        (
            # Confluence's account notes, as in code index ids 33127856577 and
            # 32597233844 ("Christian Nassif-Haynes (Unlicensed)", "(Deactivated)")
            "<tr><th>Owner</th><td>Ada Jones (Unlicensed)</td></tr>"
            "<tr><th>Reviewer</th><td>Natalie Singh (Deactivated)</td></tr>",
            "By Ada Jones",
            "Reviewed by Natalie Singh",
        ),
        (
            "<tr><td>Author</td><td>Ada Jones</td></tr>"
            "<tr><td>Reviewed by</td><td>Natalie Singh</td></tr>",
            "By Ada Jones",
            "Reviewed by Natalie Singh",
        ),
    ],
)
def test_page_properties_name_the_authors_and_the_reviewer(rows, authors, reviewer):
    text = html_to_draft(_page(_properties(rows)))
    assert text.startswith(f"# Gout\n\n{authors}\n"), text
    assert (reviewer in text) if reviewer else "Reviewed" not in text
    assert "<t" not in text and "| Owner" not in text and "| Author" not in text


@pytest.mark.parametrize(
    ("panel", "kept"),
    [
        ('<p class="title">Note for reviewers</p><p>Check the dose table.</p>', False),
        ("<p>TODO: add the NHS link before publishing.</p>", False),
        ("<p>Please check these figures before publishing.</p>", False),
        ("<p>Call 999 if the pain spreads to your chest.</p>", True),
        ('<p class="title">Good to know</p><p>Ice can ease the pain.</p>', True),
    ],
)
def test_a_panel_for_the_editors_goes_and_one_for_readers_stays(panel, kept):
    html = _page(
        '<div class="confluence-information-macro confluence-information-macro-note"'
        ' data-macro-name="note"><span class="aui-icon '
        'confluence-information-macro-icon"> </span><div '
        f'class="confluence-information-macro-body">{panel}</div></div>'
    )
    chrome: list[tuple[str, str]] = []
    text = html_to_draft(html, chrome=chrome)
    last_words = panel.rsplit("<p>", 1)[1].removesuffix("</p>")
    assert (last_words in text) is kept, text
    listed = any(last_words in said for _, said in chrome)
    assert listed is not kept


def test_a_page_that_is_not_confluence_is_left_alone():
    from bs4 import BeautifulSoup

    soup = BeautifulSoup("<article><h1>Gout</h1><p>Text.</p></article>", "lxml")
    assert read_confluence_page(soup, []) is None


# -- 3. newsletters ---------------------------------------------------------------


def test_a_mailchimp_campaign_loses_its_merge_tags_and_footer():
    draft, _ = _parse("mailchimp-winter-warmth.txt")
    assert draft.title == "Keeping Warm This Winter"
    assert draft.byline == ("Dr Natalie Singh", "GP")
    body = _body(draft)
    assert "*|" not in body and "|*" not in body
    for leftover in (
        "View this email",
        "Copyright",
        "mailing address",
        "Example Street",
        "unsubscribe",
        "preferences",
        "Take care and stay warm",
        "Natalie Singh",
    ):
        assert leftover not in body, leftover
    assert "Hi, if you are worried about the cost of heating" in body
    gone = " ".join(r.text for r in draft.removed)
    assert "Our mailing address is:" in gone and "NF1 2AB" in gone
    assert "*|MC:SUBJECT|*" in gone


def test_a_substack_post_loses_its_buttons_and_is_signed_by_its_writer():
    draft, _ = _parse("substack-new-baby-sleep.txt")
    assert draft.title == "Sleep With a New Baby"
    assert draft.byline[0] == "Grace"
    body = _body(draft)
    for leftover in ("View this post", "Thanks for reading", "Leave a comment"):
        assert leftover not in body, leftover
    assert "Share" not in body and "Unsubscribe" not in body and "Warmly" not in body
    assert "Talk to your health visitor or GP" in body
    assert any("a first name only" in note for _, note in draft.notes)


@pytest.mark.parametrize(
    ("ending", "name", "role"),
    [
        ("— Dr Ada Jones, GP", "Dr Ada Jones", "GP"),
        ("-- Ada Jones", "Ada Jones", ""),
        ("Warmly, Ada", "Ada", ""),
        ("Best wishes,\nAda Jones", "Ada Jones", ""),
        ("Warmly,\nJane Smith\nPractice Nurse", "Jane Smith", "Practice Nurse"),
        ("Yours in health,\nDr Jane Smith", "Dr Jane Smith", ""),
        (
            "Until next time,\n- Ada Jones (practice nurse)",
            "Ada Jones",
            "practice nurse",
        ),
    ],
)
def test_a_sign_off_names_the_writer_of_a_draft_with_no_byline(ending, name, role):
    text = (
        "A Title\n\nSome text about sleep that readers need to know today.\n\n"
        f"More text for readers about rest and routine.\n\n{ending}\n"
    )
    draft = parse_draft(text, "d.txt")
    assert draft.byline == (name, role)
    assert name not in _body(draft)


def test_a_byline_at_the_top_stays_the_author():
    text = (
        "A Title\n\nBy Ben Okafor\n\nSome text about sleep for readers today.\n\n"
        "More text about rest.\n\n— Ada Jones\n"
    )
    draft = parse_draft(text, "d.txt")
    assert draft.byline[0] == "Ben Okafor"
    assert "Ada Jones" not in _body(draft)


@pytest.mark.parametrize(
    "ending",
    [
        # a patient's words and their name: a quotation, not a sign-off
        "\u201cI sleep much better now that I walk every day.\u201d\n\u2014 Maria, a patient",
        "\u201cWalking changed my life,\u201d says Maria.\n\u2014 Maria, from Leeds",
        "She now walks every day.\n\u2014 Maria, a patient from Leeds",
        # a list's last item
        "Ask about:\n\n- Sleep\n- Rest\n- Ada Jones",
    ],
)
def test_a_quotation_or_a_list_at_the_end_is_no_sign_off(ending):
    text = f"A Title\n\nSome text about sleep for readers today.\n\n{ending}\n"
    draft = parse_draft(text, "d.txt")
    assert draft.byline == ("", "")


def test_mailchimps_plain_text_footer_goes():
    # the plain-text version Mailchimp writes for a campaign (code index id
    # 45351019971): links as "** words (URL)"
    footer = (
        "Copyright \u00a9 *|CURRENT_YEAR|* *|LIST:COMPANY|*, All rights reserved.\n"
        "*|IFNOT:ARCHIVE_PAGE|* *|LIST:DESCRIPTION|*\n\nOur mailing address is:\n"
        "*|LIST_ADDRESS|* *|END:IF|*\n\nWant to change how you receive these "
        "emails?\nYou can ** update your preferences (*|UPDATE_PROFILE|*)\nor ** "
        "unsubscribe from this list (*|UNSUB|*)\n"
    )
    text = f"A Title\n\nSome text about sleep for readers today.\n\n{footer}"
    draft = parse_draft(text, "d.txt")
    assert _body(draft) == "Some text about sleep for readers today."


# -- the whole import ------------------------------------------------------------


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_import_site(tmp_path / "site")


def test_the_shapes_import_with_their_authors_and_keywords(site, capsys):
    out, article = import_draft(site, capsys, SHAPES / "mailchimp-winter-warmth.txt")
    assert "\nauthors: [natalie-singh]\n" in article
    assert "*|" not in article and "unsubscribe" not in article.casefold()
    assert "the newsletter's footer" in out
    out, article = import_draft(
        site, capsys, SHAPES / "confluence-export-foot-care.html"
    )
    assert "\nreviewers: [natalie-singh]\n" in article
    assert "a Confluence panel with a note for the editors" in out
    assert "nail cutting" in out and "nail cutting" not in article
    out, article = import_draft(site, capsys, SHAPES / "seo-brief-labels.txt")
    words = front_list(article, "keywords") + front_list(article, "secondary-keywords")
    assert "getting active" in [w.casefold() for w in words]
    assert "Suggested tags" not in article and "Primary" not in article


# -- round 2: the HTML forms of the newsletters, more Confluence parts ---------------


def test_a_mailchimp_campaigns_html_is_read_through_its_layout_tables():
    draft, chrome = _parse("mailchimp-campaign-winter.html")
    assert draft.title == "Keeping Warm This Winter"
    assert draft.byline == ("Dr Natalie Singh", "GP")
    assert not any(b.kind == "table" for b in draft.blocks)
    body = _body(draft)
    assert body.startswith("Cold weather can make some health conditions worse")
    for leftover in ("|", "View this email", "Copyright", "unsubscribe", "Natalie"):
        assert leftover not in body, leftover
    assert ("the email's hidden preview text", "*|MC_PREVIEW_TEXT|*") in chrome


def test_a_data_table_in_a_campaign_stays_a_table():
    html = (
        '<html><head><title>*|MC:SUBJECT|*</title></head><body><table id="bodyTable"'
        ' role="presentation"><tr><td><h1>Flu jabs this autumn</h1><p>Who can have '
        "a free flu jab from the NHS this year:</p><table><tr><th>Group</th><th>"
        "Where</th></tr><tr><td>Over 65s</td><td>GP or pharmacy</td></tr></table>"
        "</td></tr></table></body></html>"
    )
    draft = parse_draft(html_to_draft(html), "d.html")
    tables = [b for b in draft.blocks if b.kind == "table"]
    assert len(tables) == 1 and "Over 65s" in " ".join(tables[0].lines)
    assert draft.title == "Flu jabs this autumn"


def test_a_substack_export_loses_its_widgets():
    draft, chrome = _parse("substack-export-new-baby.html")
    assert draft.title == "Sleep With a New Baby"
    assert draft.byline[0] == "Grace"
    assert not draft.subtitle  # the picture's alt text is no standfirst
    body = _body(draft)
    for leftover in ("Subscribe", "Thanks for reading", "Leave a comment", "Share"):
        assert leftover not in body, leftover
    kinds = {kind for kind, _ in chrome}
    assert "Substack's subscribe box" in kinds
    assert "Substack's share, comment or like buttons" in kinds


def test_an_owner_read_as_the_author_is_reported():
    chrome: list[tuple[str, str]] = []
    html_to_draft(
        _page(_properties("<tr><th>Owner</th><td>Ada Jones</td></tr>")), chrome=chrome
    )
    assert (
        "the page's Owner, read as its author: check that they wrote it",
        "Ada Jones",
    ) in chrome


def test_confluence_comments_and_emoticons_are_no_text():
    html = _page(
        '<p>Rest the joint <img class="emoticon emoticon-tick" '
        'src="images/icons/emoticons/check.svg" alt="(tick)"/> and keep it cool.</p>'
    ).replace(
        "</body>",
        '<div class="pageSection group"><div class="pageSectionHeader"><h2 '
        'class="pageSectionTitle">Comments:</h2></div><p>Looks good to me!</p></div>'
        "</body>",
    )
    chrome: list[tuple[str, str]] = []
    text = html_to_draft(html, chrome=chrome)
    assert "Looks good" not in text and "Image" not in text
    assert "(tick)" in text
    assert any(kind == "the page's comments" for kind, _ in chrome)


@pytest.mark.parametrize(
    "label",
    [
        "Focus keyphrase: a, b",
        "Etiquetas: a, b",
        "Fokus-Keyword: a, b",
        "Hashtags: #a #b",
    ],
)
def test_a_keyphrase_or_a_blogs_tags_label_in_another_language(label):
    draft = parse_draft(f"A Title\n\nSome text about sleep here.\n\n{label}\n", "d")
    assert draft.keywords == ["a", "b"]


@pytest.mark.parametrize(
    "sentence",
    [
        "You can unsubscribe from text reminders by replying STOP to the message.",
        "Change your settings on your phone to make the text larger.",
        "You can view online appointments and your test results in the NHS App.",
        "Forward to a friend any leaflet you think could help them.",
    ],
)
def test_a_sentence_for_readers_with_a_footers_words_stays(sentence):
    text = (
        f"A Title\n\nSome text about sleep for readers today.\n\n{sentence}\n\n"
        "More text about rest and routine for readers.\n"
    )
    draft = parse_draft(text, "d.txt")
    assert sentence in _body(draft)


@pytest.mark.parametrize(
    "end",
    [
        "Keywords: sleep, rest",
        "## Sources\n\n1. NHS. Insomnia. https://www.nhs.uk/conditions/insomnia/",
        "Tags:\n- sleep\n- rest",
    ],
)
def test_a_sign_off_above_the_keywords_or_sources_names_the_writer(end):
    text = (
        "A Title\n\nSome text about sleep for readers today.\n\n"
        f"More text about rest and routine.\n\nWarm wishes,\nAda Jones\n\n{end}\n"
    )
    draft = parse_draft(text, "d.txt")
    assert draft.byline[0] == "Ada Jones"
    assert "Warm wishes" not in _body(draft)


def test_a_confluence_page_as_markdown_loses_the_wikis_lines():
    draft, _ = _parse("confluence-markdown-gout.md")
    assert draft.title == "Living with gout"
    assert draft.byline == ("", "")  # "Created by … last modified by …" names editors
    body = _body(draft)
    for leftover in (
        "Patient Leaflets",
        "Joints and Muscles",
        "Created by",
        "Attachments",
        "gout-diet-sheet",
        "application/pdf",
        "Document generated",
        "Atlassian",
    ):
        assert leftover not in body, leftover
    assert "Rest the joint and raise it on a pillow." in body
    kinds = {r.kind for r in draft.removed}
    assert "Confluence's breadcrumbs" in kinds
    assert "the wiki space's name before the title" in kinds


def test_a_pasted_confluence_pages_labels_are_its_keywords():
    text = (
        "Living with gout\n\nCreated by Ben Okafor, last modified on Nov 20, 2026\n\n"
        "Gout causes sudden attacks of pain in a joint, often the big toe.\n\n"
        "Like\nBe the first to like this\n\nLabels: gout joint-pain\n"
    )
    draft = parse_draft(text, "d.txt")
    assert draft.keywords == ["gout", "joint-pain"]
    assert _body(draft) == (
        "Gout causes sudden attacks of pain in a joint, often the big toe."
    )


def test_labels_in_a_draft_that_is_no_wiki_page_stay_text():
    from healthkb.importer.confluence_lines import drop_confluence_lines

    lines = [
        (1, "# Reading food labels"),
        (2, "Labels: check the salt and sugar on the back."),
        (3, "Like the label on the front, the back can say a lot."),
    ]
    assert drop_confluence_lines(lines) == (lines, [])


def test_page_properties_keywords_and_summary_rows():
    rows = (
        "<tr><th>Author</th><td>Ada Jones</td></tr>"
        "<tr><th>Keywords</th><td>gout, joint pain</td></tr>"
        "<tr><th>Summary</th><td>What gout is and how to ease an attack.</td></tr>"
    )
    draft = parse_draft(html_to_draft(_page(_properties(rows))), "d.html")
    assert draft.keywords == ["gout", "joint pain"]
    assert draft.description == "What gout is and how to ease an attack."
    assert "Summary" not in _body(draft)


def test_a_newsletters_forwarded_and_read_online_lines_go():
    text = (
        "A Title\n\nWas this email forwarded to you? Sign up here.\n\n"
        "Some text about sleep that readers need to know today.\n\nRead online\n"
    )
    draft = parse_draft(text, "d.txt")
    assert _body(draft) == "Some text about sleep that readers need to know today."


@pytest.mark.parametrize(
    "section",
    [
        "<p><strong>Schlagwörter:</strong> Schlaf, Ruhe</p>",
        "<h2>Mots-clés</h2><ul><li>Schlaf</li><li>Ruhe</li></ul>",
    ],
)
def test_a_posts_own_foreign_keyword_section_wins_over_the_blogs_tags(section):
    html = (
        "<html><body><article><h1>Gut schlafen</h1><p>Ein fester Rhythmus hilft "
        f"beim Einschlafen und beim Aufwachen.</p>{section}</article>"
        '<a rel="tag" href="/tag/blog/">Blog</a></body></html>'
    )
    draft = parse_draft(html_to_draft(html), "d.html")
    assert draft.keywords == ["Schlaf", "Ruhe"]


def test_the_shape_readers_scan_pathological_lines_quickly():
    """Long runs of spaces inside the new labels, sign-offs and wiki lines: run in
    a child process so a regression fails (killed after a minute) instead of
    hanging the suite; the real cost is a fraction of a second."""
    code = (
        "from healthkb.importer.draft import parse_draft\n"
        "s = ' ' * 4000\n"
        "lines = ['# Walking' + s, 'Primary' + s + '-' + s + 'x',"
        " 'Schlagw\\u00f6rter' + s + ':' + s + 'x', 'Suggested tags' + s + '(x)' + s,"
        " '\\u2014' + s + 'Jane' + s + 'Smith', 'Warmly,' + s,"
        " 'Created by' + s + 'x' + s + 'last modified' + s + 'on Nov 20 2026',"
        " '*|' + 'A' * 4000, 'Take care' + s + '\\u2014' + s + 'Jane',"
        " 'a' * 4000 + ' (application/pdf)', 'x / ' * 1000, 'word ' * 20000]\n"
        "text = '\\n'.join([*lines, '', 'Walking is good.'])\n"
        "print(parse_draft(text, 'd.txt').title)\n"
    )
    child = [sys.executable, "-c", code]
    result = subprocess.run(child, capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout.strip()) == (0, "Walking"), result.stderr


_REAL = json.loads((SHAPES / "real-keyword-lines.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sample", _REAL, ids=[s["source"][:40] for s in _REAL])
def test_real_keyword_lines_as_published_fill_the_keywords(sample):
    # each sample's lines exactly as its public document has them (the README and
    # the JSON say where), under a short article
    text = "A Title\n\nSome text about sleep for readers.\n\n" + "\n".join(
        sample["lines"]
    )
    draft = parse_draft(text + "\n", "d.md")
    assert draft.keywords == sample["keywords"]
    assert draft.secondary == sample["secondary"]
    assert _body(draft) == "Some text about sleep for readers."


def test_a_sentence_after_a_foreign_tags_label_is_no_keyword():
    # "Etiquetas" is also "labels" (on food): a sentence after it is no tag list
    draft = parse_draft(
        "A Title\n\nSome text here.\n\nEtiquetas: revisa siempre la fecha.\n", "d"
    )
    assert draft.keywords == [] and draft.secondary == []


def test_confluences_lists_of_other_pages_are_no_text():
    html = _page(
        '<div class="childpages-macro" data-macro-name="children"><ul><li><a '
        'href="Gout-diet_123.html">Gout and diet</a></li></ul></div>'
    )
    chrome: list[tuple[str, str]] = []
    text = html_to_draft(html, chrome=chrome)
    assert "Gout and diet" not in text
    assert ("Confluence's list of other pages or tickets", "Gout and diet") in chrome


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Hi {{ subscriber.first_name | default: 'there' }}, welcome back.",
            "welcome back.",
        ),
        ("{% unsubscribe %}", ""),
        (
            "You are reading a plain text version of this post. For the best experience, view it online.",
            "",
        ),
    ],
)
def test_other_mailing_tools_tags_and_lines(line, kept):
    text = f"A Title\n\nSome text about sleep for readers today.\n\n{line}\n\nMore text for readers about rest.\n"
    body = _body(parse_draft(text, "d.txt"))
    assert "{" not in body and "plain text version" not in body
    if kept:
        assert kept in body


def test_a_campaigns_follow_icons_are_no_table():
    # Mailchimp's follow block: a row of icon links side by side
    html = (
        '<html><head><title>*|MC:SUBJECT|*</title></head><body><table id="bodyTable">'
        '<tr><td><table class="mcnFollowBlock"><tr><td><a href="https://facebook.com/'
        'x">Facebook</a></td><td><a href="https://x.com/x">X</a></td></tr></table>'
        "<h1>Flu jabs this autumn</h1><p>Ask your GP surgery or pharmacy about a "
        "flu jab if you are eligible this year.</p></td></tr></table></body></html>"
    )
    draft = parse_draft(html_to_draft(html), "d.html")
    assert not any(b.kind == "table" for b in draft.blocks)
    assert draft.title == "Flu jabs this autumn"


def test_a_confluence_page_through_pandoc_keeps_its_readers_panels_only():
    draft, _ = _parse("confluence-pandoc-cold-sore.md")
    assert draft.title == "Looking after a cold sore"
    body = _body(draft)
    assert "See a GP urgently if a cold sore spreads to your eye." in body
    for leftover in (":::", "aui-icon", "Editor's note", "Created:", "Unlicensed"):
        assert leftover not in body, leftover
    kinds = {r.kind for r in draft.removed}
    assert "a Confluence panel with a note for the editors" in kinds
