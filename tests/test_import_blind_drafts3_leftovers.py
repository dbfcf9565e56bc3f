"""What the third blind round left (fixtures/drafts/acceptance3/README.md): a
guideline's reference outside the sources, a blog's post number in the title, a
pull quote shown twice, places in a web page counted as the parser read it, and
keyword suggestions that no reader searches for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.site import copy_import_site
from helpers.site import run_cli as run

from healthkb.importer.draft import parse_draft
from healthkb.importer.general_words import is_fragment, is_general
from healthkb.importer.guideline_lines import guidelines_named, is_guideline_reference
from healthkb.rules.chatter import find_chatter

BLIND = Path(__file__).parent / "fixtures" / "drafts" / "acceptance3"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_import_site(tmp_path / "site")


def _import(site: Path, capsys, draft: Path) -> tuple[str, str]:
    assert run(site, "import", str(draft), "--topic", "mental-health") == 0
    out = capsys.readouterr().out
    created = re.match(r"created (\S+)", out)[1]
    return out, (site / created).read_text(encoding="utf-8")


def _import_page(site: Path, capsys, page: Path, html: str) -> tuple[str, str, str]:
    """(report, front matter, body) of *html* saved as *page*, imported to heart."""
    page.write_text(html, encoding="utf-8")
    assert run(site, "import", str(page), "--topic", "heart") == 0
    out = capsys.readouterr().out
    created = re.match(r"created (\S+)", out)[1]
    front, body = (site / created).read_text(encoding="utf-8").split("---\n", 2)[1:]
    return out, front, body


def _suggested(out: str) -> list[str]:
    [line] = re.findall(r"suggestions from its text, best first: (.*)$", out, re.M)
    return [w.split(" (used by")[0] for w in line.split(", ")]


def test_a_pull_quote_is_not_shown_twice_and_a_story_keeps_its_i_sentences(
    site, capsys
):
    out, text = _import(site, capsys, BLIND / "d04-wellnesity-page.html")
    quote = "Becoming educated about mental illness taught me about my life"
    assert text.count(quote) == 1
    assert (
        "in the web page, the 3rd paragraph under the heading 'A Fine Decision' (a "
        "pull quote repeating the article's text): **\"Becoming educated" in out
    )
    # a patient's story in the first person: its own "I" sentences at a
    # paragraph's end stay, and since the detector reads them as a person's life
    # (not the tool's caveat) neither import nor check reports them
    for sentence in (
        "I might have left a Harry Potter book out in plain view, but not so with "
        "books on depression.",
        "I don’t view them as an expense, but rather an investment in my living "
        "better.",
        "However embarrassed I might have felt",
    ):
        assert sentence in text
        assert f"kept '{sentence}" not in out
        assert find_chatter(sentence) is None


def test_an_article_speaking_to_readers_still_loses_a_tools_closing_sentence():
    draft = parse_draft(
        "# Sleep\n\nSleep matters. Most adults need seven hours. A dark room helps. "
        "Keep a routine. Avoid screens late. Exercise in the day. Cut caffeine after "
        "noon. Get morning light. Keep the room cool. See a GP if it lasts. "
        "I have kept the tone simple as you asked.\n",
        "s.txt",
    )
    assert [r.text for r in draft.removed] == [
        "I have kept the tone simple as you asked."
    ]


def test_guidelines_outside_the_sources_are_source_candidates(site, capsys, tmp_path):
    draft = tmp_path / "guidelines.txt"
    draft.write_text(
        "# Living with depression\n\nDepression is common. NICE NG222 recommends "
        "talking therapy first.\n\n## Further reading\n\n- World Health Organization. "
        "Depressive disorder (depression). 2023. https://www.who.int/news-room/"
        "fact-sheets/detail/depression\n- NICE CG90. Depression in adults: "
        "recognition and management; 2009\n- [Mind: depression](https://www.mind.org"
        ".uk/depression/)\n",
        encoding="utf-8",
    )
    out, text = _import(site, capsys, draft)
    body = text.split("---\n", 2)[2]
    assert "World Health Organization" not in body and "CG90" not in body
    # the reader's link stays under its heading
    assert "## Further reading\n\n- [Mind: depression](https://www.mind.org" in body
    assert "added source 'world2023depressive' to references.bib" in out
    assert (
        "draft line 7: this guideline's reference stood in the text, outside the "
        "sources, and was taken out: it is the source 'world2023depressive'"
    ) in out
    assert (
        "draft line 8: this guideline's reference stood in the text, outside the "
        "sources, and was taken out (NICE CG90. Depression in adults: recognition and "
        "management; 2009); references.bib does not have it"
    ) in out
    assert "Vancouver" not in out  # no journal article's advice for a guideline
    # named in a sentence: kept, and reported as a source to add
    assert "NICE NG222 recommends talking therapy first." in body
    assert (
        "draft line 3: the text names the guideline 'NICE NG222', which the draft's "
        "sources do not list"
    ) in out


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("NICE CG90. Depression in adults: recognition and management; 2009", True),
        ("NICE QS8. Depression in children and young people; 2013", True),
        ("World Health Organization. Depression. 2023. https://www.who.int/x", True),
        ("SIGN 159: Dementia (2023)", True),
        ("NICE guidance advises two questions about mood.", False),
        ("WHO says depression affects 280 million people in 2023.", False),
        ("In 2009, NICE. published a guideline", False),
    ],
)
def test_a_guideline_reference_line(line, reference):
    assert is_guideline_reference(line) is reference


def test_guidelines_named_in_a_sentence():
    assert guidelines_named(
        "NICE NG222 and NICE guideline CG90 say so; SIGN 114 too. NICE NG222 again."
    ) == ["NICE NG222", "NICE guideline CG90", "SIGN 114"]
    assert guidelines_named("NICE guidance advises this.") == []


def test_a_blogs_post_number_is_not_part_of_the_title():
    draft = parse_draft("# #3: Sleep and mood\n\nSleep helps mood.\n", "post.md")
    assert draft.title == "Sleep and mood"
    assert any("'#3:' was taken out" in why for _, why in draft.notes)
    for kept in ("10 ways to sleep better", "2024: the year in sleep"):
        assert parse_draft(f"# {kept}\n\nSleep helps.\n", "t.md").title == kept


def test_keyword_suggestions_leave_out_general_words(site, capsys):
    out, _ = _import(site, capsys, BLIND / "d05-attaining-peace-blog.html")
    offered = _suggested(out)
    for general in ("Common", "Talk", "Fortunately"):
        assert general not in offered, offered
    assert offered[0] == "Major depressive disorder"  # the site's keyword first
    assert "Depression" in offered


@pytest.mark.parametrize(
    ("phrase", "general", "fragment"),
    [
        ("Common", True, False),
        ("Pay good money", True, True),
        ("Depression is common", False, True),
        ("Negatively affects", False, True),
        ("Illness that negatively", False, True),
        ("depression Screening", False, True),
        ("Living with depression", False, False),
        ("Talking therapy", False, False),
        ("Daily life", False, False),
        ("Low spirits", False, False),
    ],
)
def test_general_words_and_sentence_pieces(phrase, general, fragment):
    assert (is_general(phrase), is_fragment(phrase)) == (general, fragment)


def test_a_word_documents_tracked_changes_are_accepted_and_deletions_listed(
    site, capsys, tmp_path
):
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    rels = "http://schemas.openxmlformats.org/package/2006/relationships"
    body = (
        "<w:p><w:r><w:t>Living with asthma</w:t></w:r></w:p><w:p><w:r>"
        '<w:t xml:space="preserve">Asthma is </w:t></w:r><w:del w:id="1" '
        'w:author="Sam Okafor"><w:r><w:delText>very rare</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="Sam Okafor"><w:r><w:t>common</w:t></w:r></w:ins>'
        "<w:r><w:t>. Most people control it well.</w:t></w:r></w:p>"
    )
    draft = tmp_path / "tracked.docx"
    with zipfile.ZipFile(draft, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType='
            '"application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{rels}"><Relationship '
            'Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        package.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}'
            "</w:body></w:document>",
        )
    out, text = _import(site, capsys, draft)
    assert "Asthma is common. Most people control it well." in text
    assert "very rare" not in text
    assert (
        "in the Word document (a tracked deletion by Sam Okafor, left out as "
        "accepting the changes would: check it should go): very rare"
    ) in out


def test_a_tool_presenting_its_text_inside_a_paragraph_goes():
    """Woven into a paragraph, between two of the article's sentences, a tool's
    line about the request is still the tool's; a caveat-like sentence there is
    kept and reported (ordinary prose says "I might have felt")."""
    draft = parse_draft(
        "# Treatment\n\nTreatment often takes more than one try. Here's the revised "
        "paragraph as requested. Many people need a second medicine.\n\nTherapy "
        "helped. However embarrassed I might have felt, I was unburdened after "
        "talking. It was worth it.\n",
        "woven.txt",
    )
    assert [(r.text, r.kind) for r in draft.removed] == [
        ("Here's the revised paragraph as requested.", "presenting the text")
    ]
    assert draft.blocks[0].lines == [
        "Treatment often takes more than one try. Many people need a second medicine."
    ]
    # a person's own feeling, not the tool's caveat: kept as it is, nothing to check
    assert draft.blocks[1].lines[0].startswith("Therapy helped. However embarrassed")
    assert not any("However embarrassed" in why for _, why in draft.notes)


def test_a_newsletter_posts_subtitle_profile_link_and_counts(site, capsys, tmp_path):
    """A newsletter platform's post: the subtitle under the headline is the
    description, the writer's profile link the byline, and the like count is no
    paragraph."""
    draft = tmp_path / "newsletter.html"
    draft.write_text(
        "<html><head><title>Why sleep matters for mood - Health Notes</title></head>"
        '<body><article class="post"><div class="post-header"><h1 class="post-title">'
        'Why sleep matters for mood</h1><h3 class="subtitle">Poor sleep and low mood '
        'feed each other.</h3><div class="post-meta"><div class="profile"><a href="'
        'https://example.org/@natalie">Natalie Singh</a></div></div><div class="ufi">'
        '<a class="like-button">12</a></div></div><div class="body"><p>Sleep and mood '
        "are closely linked.</p><p>Keeping regular hours helps. Level <span>2</span> "
        "sleep is light.</p></div></article></body></html>",
        encoding="utf-8",
    )
    out, text = _import(site, capsys, draft)
    front, body = text.split("---\n", 2)[1:]
    assert 'description: "Poor sleep and low mood feed each other."' in front
    assert "authors: [natalie-singh]" in front
    assert "Natalie Singh" not in body and "\n12\n" not in body
    assert "in the web page (a count of likes, comments or shares): 12" in out
    assert "Level 2 sleep is light." in body
    assert "Linked" not in _suggested(out)


def test_a_patient_leaflets_template_is_not_the_article():
    """A hospital leaflet copied as text: its header (the kind of document, the
    department) is not the title, its footer (document details, the note on other
    formats) is not text for readers, and a question heading with its paragraph
    right under it is a section, not the standfirst."""
    draft = parse_draft(
        "Patient Information\n\nDepartment of Cardiology\n\nLiving with atrial "
        "fibrillation\n\nWhat is atrial fibrillation?\nAtrial fibrillation is a "
        "condition that causes an irregular heart rate.\n\nIf you need this leaflet "
        "in another language or format, please contact PALS.\n\nLeaflet number: "
        "PIL-0452 | Version 3 | Published: March 2023 | Review date: March 2026\n",
        "leaflet.txt",
    )
    assert draft.title == "Living with atrial fibrillation"
    assert draft.subtitle == ""
    assert draft.blocks[0].lines == ["What is atrial fibrillation?"]
    assert [(r.line, r.kind) for r in draft.removed] == [
        (1, "the leaflet's header: its kind or department"),
        (3, "the leaflet's header: its kind or department"),
        (10, "the leaflet's note on other formats"),
        (12, "the leaflet's document details"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Heart failure",
        "The department of health says most adults need less salt.",
        "Version 2 of the test is better.",
        "Published: a study in 2023 found that walking helps.",
    ],
)
def test_ordinary_lines_are_no_leaflet_template(line):
    from healthkb.importer.leaflet_template import (
        is_document_details,
        is_other_formats_note,
        is_template_header,
    )

    assert not (
        is_template_header(line)
        or is_document_details(line)
        or is_other_formats_note(line)
    )


def test_a_ghost_posts_tag_excerpt_and_author_card(site_copy, capsys, tmp_path):
    """A Ghost theme's post header: the tag link above the headline is a keyword,
    not the title; the excerpt is the standfirst; the author card (avatar, name
    heading) is the byline, not a list item and a section."""
    out, front, body = _import_page(
        site_copy(),
        capsys,
        tmp_path / "ghost.html",
        "<html><head><title>Salt and your heart</title></head><body><main><article "
        'class="article post"><header class="article-header"><section class="'
        'article-tag"><a href="/tag/diet/">Diet</a></section><h1 class="article-'
        'title">Salt and your heart</h1><p class="article-excerpt">Most of the salt '
        'we eat is already in our food.</p><ul class="author-list"><li><a href="/'
        'author/ben/"><img class="author-profile-image" src="/b.jpg" alt="Ben Okafor">'
        '</a></li></ul><h4 class="author-name"><a href="/author/ben/">Ben Okafor</a>'
        '</h4></header><section class="gh-content"><p>Eating less salt lowers blood '
        "pressure.</p><h2>Where salt hides</h2><p>Bread holds most of it.</p>"
        "</section></article></main></body></html>",
    )
    assert body.lstrip().startswith("# Salt and your heart\n\nEating less salt")
    assert 'description: "Most of the salt we eat is already in our food."' in front
    assert "authors: [ben-okafor]" in front and 'keywords: ["Diet"]' in front
    assert "Ben Okafor" not in body and "\n- \n" not in body and "Diet" not in body
    assert "(the post's tags or categories, read as its keywords): Diet" in out


def test_a_keyword_table_with_no_heading_is_the_keyword_section():
    draft = parse_draft(
        "# Anxiety at night\n\nWorries grow louder at bedtime.\n\n| Primary keyword | "
        "Secondary keywords |\n|---|---|\n| anxiety at night | night-time anxiety, "
        "worry |\n\n| Time | What helps |\n|---|---|\n| Evening | A routine |\n",
        "seo.md",
    )
    assert (draft.keywords, draft.secondary) == (
        ["anxiety at night"],
        ["night-time anxiety", "worry"],
    )
    # an ordinary table stays in the article
    assert [b.lines for b in draft.blocks if b.kind == "table"] == [
        ["| Time | What helps |", "|---|---|", "| Evening | A routine |"]
    ]


def test_a_forwarded_email_with_a_signature_and_a_quoted_reply():
    draft = parse_draft(
        "---------- Forwarded message ---------\nFrom: Sam Okafor <sam@example.org>\n"
        "Date: Tue, 3 Mar 2025 at 10:12\nSubject: Re: hay fever piece\nTo: Natalie "
        "Singh\n\nHi Natalie,\n\nHay fever: what helps\n\nHay fever is an allergy to "
        "pollen.\n\nBest wishes,\nSam\n\n--\nSam Okafor\nFreelance health writer\n"
        "07700 900123\n\nOn Mon, 2 Mar 2025 at 09:00, Natalie Singh <n@example.org> "
        "wrote:\n> Could you send the hay fever draft by Tuesday?\n> Thanks, N\n",
        "fwd.txt",
    )
    assert draft.title == "Hay fever: what helps"
    assert [line for b in draft.blocks for line in b.lines] == [
        "Hay fever is an allergy to pollen."
    ]
    kinds = {r.line: r.kind for r in draft.removed}
    assert kinds[1] == kinds[5] == "the email's header"
    assert kinds[7] == "the email's greeting"
    assert kinds[13] == kinds[14] == "the email's sign-off"
    assert {kinds[n] for n in (16, 17, 18, 19)} == {"the email's signature"}
    assert {kinds[n] for n in (21, 22, 23)} == {"the earlier email quoted under it"}


def test_a_posts_details_above_its_headline_are_not_the_title(
    site_copy, capsys, tmp_path
):
    """A site builder's post (Squarespace): the author's link, the date and the
    category run together above the headline; they are the post's details."""
    out, front, body = _import_page(
        site_copy(),
        capsys,
        tmp_path / "post.html",
        '<html><body><main><article class="BlogItem"><div class="BlogItem-meta"><a '
        'class="BlogItem-meta-item--author" href="/blog?author=1">Ada Jones</a><time>'
        'March 3, 2024</time><a href="/blog?category=Back">Back pain</a></div><h1 '
        'class="BlogItem-title">Easing lower back pain at home</h1><p>Most lower back '
        "pain gets better within a few weeks.</p><p>Keep moving as much as you can."
        "</p></article></main></body></html>",
    )
    assert body.lstrip().startswith("# Easing lower back pain at home\n\nMost lower")
    assert "authors: [ada-jones]" in front and "March 3" not in body
    assert (
        "in the web page (the post's details: author, date, category): Ada Jones "
        "March 3, 2024 Back pain"
    ) in out


def test_a_newsroom_templates_fields_are_not_text():
    draft = parse_draft(
        "HED: Who can get the shingles vaccine?\nDEK: The NHS offers it to people at "
        "higher risk.\nBYLINE: Natalie Singh, Health Editor\nWORDS: 210\n\nBODY:\n\n"
        "WARNING: Call 111 if the rash is near your eye\n\nThe vaccine lowers your "
        "chance of getting shingles.\n",
        "house.txt",
    )
    assert draft.title == "Who can get the shingles vaccine?"
    assert draft.byline == ("Natalie Singh", "Health Editor")
    assert [r.text for r in draft.removed] == ["WORDS: 210", "BODY:"]
    assert [line for b in draft.blocks for line in b.lines] == [
        "WARNING: Call 111 if the rash is near your eye",
        "The vaccine lowers your chance of getting shingles.",
    ]


def test_a_tools_lead_in_before_a_colon_goes_and_the_sentence_stays():
    draft = parse_draft(
        "# Managing hay fever\n\nSure, here is the opening paragraph you wanted: Hay "
        "fever affects many people in the UK. It is worse on windy days.\n\nHere is "
        "the opening you wanted: Pollen counts peak in June.\n",
        "woven.txt",
    )
    assert [r.text for r in draft.removed] == [
        "Sure, here is the opening paragraph you wanted:",
        "Here is the opening you wanted:",
    ]
    assert [line for b in draft.blocks for line in b.lines] == [
        "Hay fever affects many people in the UK. It is worse on windy days.",
        "Pollen counts peak in June.",
    ]


def test_a_first_person_story_still_loses_the_tools_own_line():
    story = " ".join(
        f"I walked {n} miles that week and my knee held up." for n in range(2, 14)
    )
    draft = parse_draft(
        f"# My knee\n\n{story} I've kept your original voice as requested.\n",
        "story.txt",
    )
    assert [r.text for r in draft.removed] == [
        "I've kept your original voice as requested."
    ]
