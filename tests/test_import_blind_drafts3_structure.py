"""The third blind tester's drafts (fixtures/drafts/acceptance3/README.md): the
article's structure. The title is the article's headline (never a site menu, the
page title, an email header, a label or chatter), a draft's own front matter is
metadata, the site around a web page goes and is listed, bylines in their variants
become authors, and the headline is not shown twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.site import copy_import_site
from helpers.site import run_cli as run

from healthkb.importer.draft import parse_draft

BLIND = Path(__file__).parent / "fixtures" / "drafts" / "acceptance3"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_import_site(tmp_path / "site")


def _import(site: Path, capsys, draft: str | Path) -> tuple[str, str, str]:
    """(report, front matter, body) of the article imported from *draft* (a name
    in the blind set, or a path)."""
    path = draft if isinstance(draft, Path) else BLIND / draft
    assert run(site, "import", str(path), "--topic", "mental-health") == 0
    out = capsys.readouterr().out
    created = re.match(r"created (\S+)", out)[1]
    text = (site / created).read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return out, front, body


def _headings(body: str) -> list[str]:
    return re.findall(r"^#{1,6} .*$", body, re.M)


def test_hugo_front_matter_is_metadata_not_body(site, capsys):
    out, front, body = _import(site, capsys, "d02-hugo-frontmatter.md")
    title = "Helping Yourself with Depression Help: A Journey Toward Healing"
    assert _headings(body)[0] == f"# {title}"
    # the headline once: Hugo's own "# " line is the repeat
    assert body.count(title) == 1
    assert '"' not in _headings(body)[0]
    assert re.search(r'^description: "Struggling with depression\?', front, re.M)
    assert '\\"' not in front
    assert "aixwim.cloud" not in body and "aixwim.cloud" not in front
    for setting in ("showToc", "canonicalURL", "cover:", "editPost"):
        assert setting not in body and setting not in front
        assert re.search(
            r"draft line \d+ \(a front-matter setting the site does not use\): "
            + re.escape(setting),
            out,
        ), setting
    assert '"mental health"' in front.lower() and '"self-care"' in front.lower()
    # author: ["Aixwim"] is the byline
    assert "the draft has no byline" not in out
    assert "'aixwim:' with 'name: Aixwim'" in out
    # the prose under it is all there, the reader-directed line too
    assert "Here’s how you can start your journey toward healing:" in body


def test_web_clipping_front_matter_author_and_no_junk(site, capsys):
    out, front, body = _import(site, capsys, "d03-healthline-clip.md")
    assert _headings(body)[0] == "# How Can I Get Help for Depression?"
    for junk in ("sourceUri", "thumbnailUri", "area: body", "googleusercontent"):
        assert junk not in body
    assert "'ana-gotter:' with 'name: Ana Gotter'" in out
    assert "the draft has no byline" not in out
    # "source: Healthline" is a clipper's setting, not a source line
    assert "could not be read" not in out
    # the site's promotion box goes as a whole, each line listed
    for line in (
        "HEALTHLINE RESOURCES",
        "MDD: A Guide to Having a Good Appointment with Your Doctor",
        "Wishing you could find a new strategy",
    ):
        assert line not in body
        assert re.search(
            r"draft line \d+ \(a promotion box of the site\): " + re.escape(line), out
        )
    assert "## Alternative treatments for depression" in body


def test_toml_front_matter_is_read_too(site, capsys, tmp_path):
    draft = tmp_path / "toml-post.md"
    draft.write_text(
        '+++\ntitle = "Sleep and Low Mood"\ntags = ["Sleep", "Depression"]\n'
        'author = "Natalie Singh"\nweight = 3\n+++\n\nSleeping well can help low '
        "mood.\n",
        encoding="utf-8",
    )
    out, front, body = _import(site, capsys, draft)
    assert "# Sleep and Low Mood" in body and "authors: [natalie-singh]" in front
    assert "weight" not in front + body and "+++" not in front + body
    assert "(a front-matter setting the site does not use): weight = 3" in out


def test_site_menu_banner_and_logo_leave_a_page_and_are_listed(site, capsys):
    out, front, body = _import(site, capsys, "d04-wellnesity-page.html")
    assert _headings(body)[0] == "# CLearing My Path To a Healthier Life"
    # the byline inside the h1 is the author, not part of the headline
    assert "By Mikail Shaikh" not in body
    assert "'mikail-shaikh:' with 'name: Mikail Shaikh'" in out
    for chrome in (
        "HOME",
        "Contact Us",
        "Scroll down to continue reading..",
        "Not all storms come to disrupt your life",
    ):
        assert chrome not in body and chrome not in front
        assert re.search(
            r"in the web page \(the site's menu, banner or button\): \W?"
            + re.escape(chrome),
            out,
        ), chrome
    assert "logopogo" not in out  # the site's logo is not offered as a picture
    assert out.count("images/mikail.jpeg") + out.count("[Image: anxiety]") == 1
    # the patient's own story, mid-paragraph, is not a writing tool's caveat
    assert "However embarrassed I might have felt, I was unburdened after talking." in (
        body
    )
    assert "## Self-Help Books…Really" in body and "## A Fine Decision" in body
    # ... and since i17l the detector no longer flags it ("I might have felt" is
    # about the person's life, not the writing), so nothing is reported about it
    assert "However embarrassed I might have felt" not in out


def test_bold_large_paragraph_is_the_headline_not_the_page_title(site, capsys):
    out, front, body = _import(site, capsys, "d05-attaining-peace-blog.html")
    assert _headings(body)[0] == "# Its Okay to Talk- Depression"
    assert "the title's '#1.' was taken out (a series or post number)" in out
    assert "Attaining Peace" not in body and "Attaining Peace" not in out
    assert "Click here to Read Complete Review" not in body
    assert "(the site's menu, banner or button): Click here to Read Complete" in out
    # the small caption under the picture is not the description
    assert "Depression is Common!" not in front
    assert out.count("depression.jpeg") == 1  # the picture listed once
    assert "## What is Depression?" in body


def test_email_header_greeting_and_sign_off_are_not_the_article():
    text = (BLIND / "d07-email-draft.txt").read_text(encoding="utf-8")
    draft = parse_draft(text, "d07-email-draft.txt")
    assert draft.title == "Treatments for depression"
    assert draft.byline == ("Editorial Team", "Health Desk")
    gone = {r.text.strip(): r.kind for r in draft.removed}
    for line in (
        "From: Sam Okafor <sam.okafor@example.org>",
        "To: Natalie Singh",
        "Subject: draft - depression treatments piece",
    ):
        assert gone[line] == "the email's header"
    assert gone["Hi Natalie,"] == "the email's greeting"
    for line in ("Thanks,", "Sam", "Sent from my iPhone"):
        assert gone[line] == "the email's sign-off"
    body = "\n".join(line for b in draft.blocks for line in b.lines)
    assert "sam.okafor" not in body and "Hi Natalie" not in body
    assert "Remember: you have a right to be involved in your treatment." in body
    # the four references, not the sign-off
    assert len(draft.sources) == 4


def test_chatter_above_a_word_title_is_not_the_title(site, capsys):
    out, front, body = _import(site, capsys, "d08-chat-answer-in-word.docx")
    assert _headings(body)[0] == "# Depression and how to treat it"
    assert "Due to the nature of the notes" not in body
    # its own kind since i17l (the tool on the limits of the notes it was given):
    # the whole opening paragraph goes as one listed line, that sentence with it
    assert re.search(
        r"the 1st paragraph at the start \(presenting the text\): Okay, here's a "
        r"draft[^\n]*Due to the nature of the notes",
        out,
    )
    # Word's Subtitle is the description candidate, the comma byline the author
    assert 'description: "Good to know in case you run into it"' in front
    assert "By Dr Natalie Singh" not in body
    assert "authors: [natalie-singh]" in front


def test_sup_markers_categories_and_a_matched_byline(site, capsys):
    out, front, body = _import(site, capsys, "d10-wordpress-post.html")
    assert not re.search(r"[a-z]\.\d", body)  # no "diseases.1"
    # the marker of reference 1 cites it where the draft put it, nowhere else
    assert (
        "most disabling diseases {footcite:p}`murray1997alternative`." in body
        and body.count("murray1997alternative") == 1
    )
    assert "Conditions" not in front  # the WordPress category is no keyword
    # the figure's caption is reported with its picture, not left as a paragraph
    caption = "Low mood that lasts for weeks may be depression."
    assert caption not in body
    assert (
        f"the image '[Image: A woman sitting alone by a window; caption: {caption}]'"
        in out
    )
    assert "authors: [natalie-singh]" in front
    assert "add the author to" not in out  # already in authors.yml


def test_seo_label_line_is_not_the_title(site, capsys):
    out, front, body = _import(site, capsys, "d11-assets/d11b-seo-deliverable.md")
    title = "Treatment-Resistant Depression: What to Try Next"
    assert _headings(body)[0] == f"# {title}" and body.count(title) == 1
    assert "SEO-optimized" not in body
    assert "(a label before the title): Here's an SEO-optimized title:" in out
    assert _headings(body)[1] == "## What is depression?"


def test_medium_export_headline_once_sections_at_level_two(site, capsys):
    out, front, body = _import(site, capsys, "d12-medium-export.html")
    headings = _headings(body)
    assert headings[0] == "# Depression & Unhappiness"
    assert body.count("Depression & Unhappiness") == 1
    standfirst = "Depression is a low mood that lasts for a long time"
    assert standfirst in front and standfirst not in body
    assert "## What causes depression?" in headings
    assert "### How you might feel" in headings
    assert "Photo by Anthony Tran on Unsplash" not in body
    assert "in the web page (a photo's credit line): Photo by Anthony Tran" in out
    # the Samaritans line stays a quotation
    assert re.search(r"^> If you are thinking about suicide", body, re.M)
    assert "authors: [natalie-singh]" in front


def test_blog_post_title_label_is_dropped(site, capsys):
    out, front, body = _import(site, capsys, "d13-ai-rewrite-typos.txt")
    assert _headings(body)[0] == "# Signs of Depression and When to Get Help"
    assert "Blog Post Title" not in body
    assert "(a label before the title): Blog Post Title:" in out


def test_two_authors_in_one_byline_are_both_matched(site, capsys):
    out, front, body = _import(site, capsys, "d17-word-comments.docx")
    assert "authors: [natalie-singh, editorial-team]" in front
    assert "add the author to" not in out
    # the reviewers' comments are listed for the editor, never in the article
    for who, comment in (
        ("Natalie Singh", "Natalie: is 2 weeks right? check NICE"),
        ("Sam Okafor", "add link to causes page"),
    ):
        assert comment not in body
        # (since set 18 with the heading it stands under, where there is one)
        assert re.search(
            rf"in the Word document \(a comment by {who}(?: under the heading "
            rf"'[^'\n]+')?, not imported: check it was dealt with\): "
            + re.escape(comment),
            out,
        ), out


def test_nhs_page_inset_lede_lists_and_feedback(site, capsys):
    out, front, body = _import(site, capsys, "d15-nhs-style-page.html")
    assert _headings(body)[0] == "# Depression"
    lede = "The most common mental health problem, and one that is often missed."
    assert lede in front and lede not in body  # the standfirst, shown once
    # a screen reader's label and the page's feedback box are not the article
    assert "Information:" not in body and "Is this page useful?" not in body
    # a plain paragraph of a web page is no heading
    assert "## NICE QS8" not in body
    # ... and a guideline's reference standing in the text is a source candidate
    assert "NICE QS8. Depression in children" not in body
    assert re.search(
        r"the 4th paragraph under the title 'Depression': this guideline's reference "
        r"stood in the text, outside the sources, and was taken out \(NICE QS8\. "
        r"Depression in children and young people; 2013\); references\.bib does not",
        out,
    )
    # the numbered screening questions stay a numbered list of their own
    assert re.search(r"^1\. During the past month", body, re.M)
    assert re.search(r"^2\. During the past month", body, re.M)
    assert "Page last reviewed" not in body and "Next review due" not in body
    # listed as removed (the kind may be the review dates or page furniture)
    assert "): Page last reviewed: 14 March 2022" in out
    # a link to the page's own site cannot be kept: said so, not silently
    assert "the link to the site's own page '/a-z/anxiety'" in out


def test_posted_by_desk_above_the_headline_is_the_byline(site, capsys):
    out, front, body = _import(site, capsys, "d09-word-posted-by.docx")
    assert _headings(body)[0] == "# Depression (major depressive disorder)"
    assert "authors: [natalie-singh]" in front
    assert "a web page's title" not in out and "Posted by" not in body
    assert "the byline's 'Natalie Singh' is 'natalie-singh' in authors.yml" in out


def test_word_comments_part_resolves_no_entities():
    import io
    import zipfile

    from healthkb.importer.word_comments import word_comments

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (
        '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">'
        f']><w:comments xmlns:w="{w}"><w:comment w:id="0" w:author="A">'
        "<w:p><w:r><w:t>see &x; here</w:t></w:r></w:p></w:comment></w:comments>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/comments.xml", xml)
    found = word_comments(buffer.getvalue())
    assert found == [("A", "see &x; here")]  # the entity stays unresolved
    assert word_comments(b"not a zip") == []


def test_a_menu_pasted_above_a_text_headline_is_not_the_title():
    draft = parse_draft(
        "- HOME\n- About us\n- Contact\n\nLiving with asthma\n\nAsthma is common. "
        "Most people control it well.\n",
        "pasted.txt",
    )
    assert draft.title == "Living with asthma"
    assert [r.text for r in draft.removed] == ["- HOME", "- About us", "- Contact"]
    assert {r.kind for r in draft.removed} == {"a menu above the headline"}


def test_sup_exponents_stay_exponents_and_a_header_headline_stays():
    from healthkb.importer.html_draft import html_to_draft

    text = html_to_draft(
        '<html><body><header class="page-header"><h1>Living with asthma</h1>'
        "</header><main><p>BMI is weight in kg/m<sup>2</sup>; 10<sup>9</sup> cells "
        "per litre. It is common.<sup>1</sup> See both<sup>2,3</sup>.</p></main>"
        "</body></html>"
    )
    assert text.startswith("# Living with asthma\n")
    assert "kg/m² ; 10⁹ cells" in text or "kg/m²; 10⁹ cells" in text
    assert "It is common [1]. See both [2,3]." in text


def test_a_title_suggestion_under_the_article_is_chatter_not_body():
    draft = parse_draft(
        "Living with asthma\n\nAsthma is common. Most people control it well.\n\n"
        "Here is an alternative title: Breathing easy\n",
        "suggested.txt",
    )
    assert draft.title == "Living with asthma"
    assert [r.text for r in draft.removed] == [
        "Here is an alternative title: Breathing easy"
    ]
    assert [line for b in draft.blocks for line in b.lines] == [
        "Asthma is common. Most people control it well."
    ]


def test_hand_written_front_matter_that_is_not_valid_yaml_is_still_metadata():
    draft = parse_draft(
        "---\ntitle: Depression: what to know\ntags: [Mood, Sleep]\nshowToc: true\n"
        "---\n\nLow mood that lasts for weeks may be depression.\n",
        "hugo.md",
    )
    assert draft.title == "Depression: what to know"
    assert draft.keywords == ["Mood", "Sleep"]
    assert [r.text for r in draft.removed] == ["showToc: true"]
    assert any(
        "is not valid" in why and "check the title" in why for _, why in draft.notes
    )


def test_text_between_two_rules_is_not_front_matter():
    draft = parse_draft(
        "---\nOkay: here is the draft, as you asked.\nAnd a second line of it.\n---\n\n"
        "# Living with asthma\n\nAsthma is common.\n",
        "rules.md",
    )
    assert not any("front-matter" in r.kind for r in draft.removed)
    assert draft.title == "Living with asthma"


@pytest.mark.parametrize(
    ("text", "title", "byline"),
    [
        (
            "By Ana Gotter\n\nLiving with asthma\n\nAsthma is common.\n",
            "Living with asthma",
            ("Ana Gotter", ""),
        ),
        (
            "By the numbers: asthma in the UK\n\nAsthma is common.\n",
            "By the numbers: asthma in the UK",
            ("", ""),
        ),
        (
            "Living with asthma\n\nBy Natalie Singh on March 5, 2021.\n\nAsthma is common.\n",
            "Living with asthma",
            ("Natalie Singh", ""),
        ),
        (
            "Living with asthma\n\nPosted by [Natalie Singh](https://x.example/a/ns) "
            "on May 3, 2023 Reading Time: 3 minutes\n\nAsthma is common.\n",
            "Living with asthma",
            ("Natalie Singh", ""),
        ),
    ],
)
def test_byline_variants_above_and_below_the_headline(text, title, byline):
    draft = parse_draft(text, "byline.txt")
    assert (draft.title, draft.byline) == (title, byline)


def _word_document(paragraphs: list[tuple[str, str]]) -> bytes:
    """A minimal .docx: (style id, text) paragraphs, with the styles they name."""
    import io
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t>'
        "</w:r></w:p>"
        for style, text in paragraphs
    )
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{style}"><w:name w:val="{name}"/>'
        "</w:style>"
        for style, name in (
            ("Title", "Title"),
            ("Quote", "Quote"),
            ("Normal", "Normal"),
        )
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType='
            '"application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="r1" Type="http://'
            "schemas.openxmlformats.org/officeDocument/2006/relationships/"
            'officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="r1" Type="http://'
            "schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
            '" Target="styles.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}'
            "</w:body></w:document>"
        ),
        "word/styles.xml": f'<?xml version="1.0"?><w:styles xmlns:w="{w}">{styles}</w:styles>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, text in files.items():
            package.writestr(name, text)
    return buffer.getvalue()


def test_word_title_and_quote_styles(tmp_path):
    from healthkb.importer.source_text import read_draft

    path = tmp_path / "quote.docx"
    path.write_bytes(
        _word_document(
            [
                ("Title", "Living with asthma"),
                ("Normal", "Asthma is common."),
                ("Quote", "I carry my inhaler everywhere now."),
            ]
        )
    )
    text = read_draft(path, "quote.docx")
    assert text.startswith("# Living with asthma\n")
    assert "> I carry my inhaler everywhere now." in text
