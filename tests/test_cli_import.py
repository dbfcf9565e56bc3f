"""``healthkb import`` end to end on a copy of the test site."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.site import run_cli as run
from helpers.site import snapshot, warnings_of
from sphinx.testing.util import SphinxTestApp
from word_pictures import png_1x1, word_with_pictures

DRAFTS = Path(__file__).parent / "fixtures" / "drafts"


def test_import_plain_text_draft(site_copy, capsys):
    site = site_copy()
    bib_before = (site / "references.bib").read_text(encoding="utf-8")
    assert (
        run(
            site,
            "import",
            str(DRAFTS / "walking-after-heart-attack.txt"),
            "--topic",
            "heart",
        )
        == 0
    )
    out = capsys.readouterr().out
    article = (site / "articles/heart/walking-after-a-heart-attack.md").read_text(
        encoding="utf-8"
    )
    # chatter and blog leftovers are gone, and the report lists each removed line
    for leftover in (
        "here's a draft",
        "To be populated",
        "Related Posts",
        "Leave a Comment",
        "0 comments",
    ):
        assert leftover.casefold() not in article.casefold()
        assert leftover in out
    assert "Five foods for a healthy heart" not in article
    # title, byline matched to authors.yml, headed sections, list, placed citation
    assert "\n# Walking After a Heart Attack\n" in article
    assert "authors: [ada-jones]" in article
    assert "\n## What the Study Found\n" in article and "\n## How to Start\n" in article
    assert (
        "- People who walked for 30 minutes a day had fewer repeat visits to hospital "
        "{footcite:p}`okafor2022walking`." in article
    )
    assert "after six months {footcite:p}`okafor2022walking`." in article
    # one list of four: the first three are the main keywords, the rest secondary
    main = json.loads(re.search(r"^keywords: (.*)$", article, re.M)[1])
    rest = json.loads(re.search(r"^secondary-keywords: (.*)$", article, re.M)[1])
    assert len(main) == 3
    assert sorted(main + rest) == sorted(
        ["Heart attack", "Walking", "Cardiac rehabilitation", "Exercise"]
    )
    assert "the draft's keywords are one list: its first 3 (" in out
    # the opening paragraph is two short sentences (143 characters): the
    # description, whole (a description may have two, at most 160 characters)
    assert (
        'description: "Many people feel unsure about exercise after a heart attack. '
        "A gentle walking plan can help you get stronger, and most people can start "
        'within a few weeks."' in article
    )
    # one BibTeX entry appended, the old file kept byte for byte in front
    bib = (site / "references.bib").read_text(encoding="utf-8")
    assert bib.startswith(bib_before.rstrip("\n"))
    entry = bib[len(bib_before.rstrip("\n")) :]
    assert "@article{okafor2022walking," in entry
    assert "Okafor, B. and Lee, M. and others" in entry
    assert (
        "pages   = {210--218}" in entry and "doi     = {10.1000/jtc.2022.014}" in entry
    )
    # the report names what a human must do, and check reports exactly that
    assert "reviewers: [their-key]" in out and "'reviewed' placeholder" in out
    assert run(site, "check", "articles/heart/walking-after-a-heart-attack.md") == 1
    problems = capsys.readouterr().out.strip().splitlines()
    assert problems and all(p in out for p in problems)
    assert [re.search(r"\[healthkb\.(\S+)\]", p).group(1) for p in problems] == [
        "placeholder"
    ]


def test_import_markdown_draft_with_numbered_sources(site_copy, capsys):
    site = site_copy()
    assert (
        run(
            site,
            "import",
            str(DRAFTS / "sleep-and-blood-pressure.md"),
            "--topic",
            "heart",
        )
        == 0
    )
    out = capsys.readouterr().out
    article = (site / "articles/heart/sleep-and-blood-pressure.md").read_text(
        encoding="utf-8"
    )
    assert (
        "authors: [the-team]" in article
    )  # "Written by: The Test Team, Editorial team"
    assert "reviewers: [ben-okafor]" in article  # "Reviewed by Dr Ben Okafor"
    assert "Written by" not in article and "Note to AI" not in article
    assert "high blood pressure {footcite:p}`garcia2021short`." in article
    assert "a little {footcite:p}`test2023sleep`." in article
    assert "- Keep your bedroom cool and dark." in article
    assert 'secondary-keywords: ["Sleep habits"]' in article
    bib = (site / "references.bib").read_text(encoding="utf-8")
    assert "author  = {{Test Sleep Study Group}}" in bib
    assert "pmid    = {99999901}" in bib
    assert (
        "added source 'garcia2021short'" in out
        and "added source 'test2023sleep'" in out
    )


def test_import_reuses_existing_source_by_doi(site_copy, capsys):
    site = site_copy()
    draft = site / "draft.txt"
    draft.write_text(
        "Walking Every Day\nBy Dr Ada Jones - Health Editor\n\n"
        "Walking most days is good for older adults and their hearts.\n\n"
        "Source: Smith JA, Brown L. Walking and heart health in older adults. "
        "J Test Cardiol. 2020;12(3):100-10. doi:10.1000/jtc.2020.001\n\n"
        "Keywords: Walking, Heart health, Older adults\n",
        encoding="utf-8",
    )
    bib_before = (site / "references.bib").read_bytes()
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    assert (site / "references.bib").read_bytes() == bib_before
    out = capsys.readouterr().out
    assert "reused source 'smith2020heart'" in out
    article = (site / "articles/heart/walking-every-day.md").read_text(encoding="utf-8")
    # no [n] marker says which sentence the source supports: no citation is guessed
    assert "footcite" not in article
    assert "no citation was placed" in out and "to place: smith2020heart" in out


def test_import_unknown_author_is_reported_and_fixable(site_copy, capsys):
    site = site_copy()
    assert (
        run(
            site,
            "import",
            str(DRAFTS / "breathing-exercises-asthma.txt"),
            "--topic",
            "lungs",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "'mary-test:' with 'name: Mary Test' and 'role: Practice Nurse'" in out
    assert "[healthkb.author]" in out
    article = (
        site / "articles/lungs/breathing-exercises-for-asthma-what-helps.md"
    ).read_text(encoding="utf-8")
    # no [n] markers: the source is not placed by guess, the report asks for it
    assert "footcite" not in article
    assert "the sources to place: lee2020breathing" in out


@pytest.mark.parametrize(
    ("draft", "topic", "message"),
    [
        (
            "walking-after-heart-attack.txt",
            "kidneys",
            "unknown topic 'kidneys': choose one of: heart, lungs",
        ),
        ("walking-after-heart-attack.txt", "../heart", "must be a topic folder's name"),
        ("empty.txt", "heart", "empty.txt:1: the draft is empty"),
        ("only-chatter.txt", "heart", "only chatter or leftovers"),
        ("missing.txt", "heart", "missing.txt:1: no such file"),
    ],
)
def test_import_failures_write_nothing(site_copy, capsys, draft, topic, message):
    site = site_copy()
    before = snapshot(site)
    assert run(site, "import", str(DRAFTS / draft), "--topic", topic) == 2
    err = capsys.readouterr().err
    assert message in err
    assert snapshot(site) == before


def test_import_binary_and_non_utf8_files(site_copy, capsys, tmp_path):
    site = site_copy()
    before = snapshot(site)
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(
        "Caf\u00e9 and Your Heart\n\nCoffee is fine for most people.\n".encode(
            "latin-1"
        )
    )
    assert run(site, "import", str(png), "--topic", "heart") == 2
    assert "not a text file" in capsys.readouterr().err
    assert run(site, "import", str(latin), "--topic", "heart") == 2
    err = capsys.readouterr().err
    assert "latin1.txt:1: the draft is not UTF-8 text (byte 0xe9" in err
    assert snapshot(site) == before


def test_import_refuses_existing_article(site_copy, capsys):
    site = site_copy()
    assert (
        run(
            site,
            "import",
            str(DRAFTS / "walking-after-heart-attack.txt"),
            "--topic",
            "heart",
        )
        == 0
    )
    capsys.readouterr()
    before = snapshot(site)
    assert (
        run(
            site,
            "import",
            str(DRAFTS / "walking-after-heart-attack.txt"),
            "--topic",
            "heart",
        )
        == 2
    )
    assert (
        "articles/heart/walking-after-a-heart-attack.md already exists"
        in capsys.readouterr().err
    )
    assert snapshot(site) == before


def test_citation_marker_without_source_is_reported(site_copy, capsys, tmp_path):
    site = site_copy()
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Salt Facts\n\nSalt raises blood pressure [2]. Less salt helps [1-3].\n\n"
        "Source: Smith JA. Salt. J Test Cardiol. 2019;1:1-2.\n",
        encoding="utf-8",
    )
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    # an article with no DOI or PMID: the editor is told, the import goes on
    assert "references.bib: the journal article 'smith2019salt' has no DOI" in out
    assert (
        "draft line 3: the marker [2] names source 2, but the draft lists 1 source: "
        "the marker was taken out;" in out
    )
    assert (
        "draft line 3: the marker [1-3] names sources 2-3, but the draft lists 1 "
        "source: it now cites smith2019salt only;" in out
    )
    article = (site / "articles/heart/salt-facts.md").read_text(encoding="utf-8")
    assert (
        "Salt raises blood pressure. Less salt helps {footcite:p}`smith2019salt`."
        in article
    )


def fill_reported_items(site: Path, article: Path, report: str = "") -> None:
    """What the editor does after reading the report."""
    text = article.read_text(encoding="utf-8")
    to_place = re.search(r"the sources to place: (.+)", report)
    if to_place:
        # the editor cites the sources where they support the text: here, after
        # the last paragraph (each fixture's study is what its draft is about)
        keys = to_place[1].replace(" ", "")
        text = text.rstrip("\n")
        text = re.sub(r"([.!?])$", f" {{footcite:p}}`{keys}`\\1", text) + "\n"
    text = re.sub(r"reviewed: <<[^>]*>>", "reviewed: 2026-11-30", text)
    text = text.replace("published: 2026-12-01", "published: 2026-11-30")
    article.write_text(text, encoding="utf-8")
    with (site / "authors.yml").open("a", encoding="utf-8") as authors:
        authors.write("mary-test:\n  name: Mary Test\n  role: Practice Nurse\n")


@pytest.mark.parametrize(
    ("draft", "topic", "name"),
    [
        ("walking-after-heart-attack.txt", "heart", "walking-after-a-heart-attack"),
        ("salt-with-front-matter.md", "heart", "salt-and-your-heart"),
        (
            "ai-assisted-gentle-exercise.txt",
            "heart",
            "gentle-exercise-for-a-healthier-heart",
        ),
        (
            "breathing-exercises-asthma.txt",
            "lungs",
            "breathing-exercises-for-asthma-what-helps",
        ),
    ],
)
def test_imported_draft_builds_with_no_warnings_once_report_is_done(
    site_copy, capsys, draft, topic, name
):
    site = site_copy()
    assert run(site, "import", str(DRAFTS / draft), "--topic", topic) == 0
    report = capsys.readouterr().out
    article = site / f"articles/{topic}/{name}.md"
    draft_text = (DRAFTS / draft).read_text(encoding="utf-8")
    text = article.read_text(encoding="utf-8")
    if "<<one or two" in text:
        text = text.replace(
            "<<one or two plain sentences, at most 160 characters>>",
            '"A plain summary."',
        )
        article.write_text(text, encoding="utf-8")
    fill_reported_items(site, article, report)
    capsys.readouterr()
    assert run(site, "check") == 0, capsys.readouterr().out
    app = SphinxTestApp("html", srcdir=site, freshenv=True, warningiserror=False)
    try:
        app.build(force_all=True)
        assert warnings_of(app) == ""
        html = (app.outdir / f"articles/{topic}/{name}.html").read_text(
            encoding="utf-8"
        )
        # every source the draft listed is a DOI link in the page's references
        assert html.count("https://doi.org/10.1000/") >= ("Source" in draft_text)
        assert "<h1>" in html
    finally:
        app.cleanup()


def test_unknown_author_option_writes_nothing(site_copy, capsys):
    site = site_copy()
    before = snapshot(site)
    draft = str(DRAFTS / "walking-after-heart-attack.txt")
    assert run(site, "import", draft, "--topic", "heart", "--author", "nobody") == 2
    assert "unknown author 'nobody'" in capsys.readouterr().err
    assert snapshot(site) == before


def test_too_many_keywords_are_reported_not_dropped_silently(site_copy, capsys):
    site = site_copy()
    draft = site / "many.txt"
    words = ", ".join(f"Word{n}" for n in range(1, 13))
    draft.write_text(
        "Many Keywords Here\nBy Dr Ada Jones - Health Editor\n\n"
        f"A short plain text about walking.\n\nKeywords: {words}\n",
        encoding="utf-8",
    )
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    assert "only 10 keywords are allowed: left out Word11, Word12" in out
    article = (site / "articles/heart/many-keywords-here.md").read_text(
        encoding="utf-8"
    )
    assert '"Word10"]' in article and "Word11" not in article


def test_markdown_draft_with_yaml_block_and_deep_headings(site_copy, capsys):
    site = site_copy()
    draft = str(DRAFTS / "salt-with-front-matter.md")
    assert run(site, "import", draft, "--topic", "heart") == 0
    out = capsys.readouterr().out
    text = (site / "articles/heart/salt-and-your-heart.md").read_text(encoding="utf-8")
    assert text.startswith(
        '---\ndescription: "Less salt can mean lower blood pressure."\n'
    )
    assert 'keywords: ["Salt", "Blood pressure", "Diet"]' in text
    # ### after the title becomes ##, and #### under it ###: no skipped levels
    assert "\n# Salt and Your Heart\n\nMost adults eat more salt" in text
    assert "\n## Why salt matters\n" in text and "\n### Small steps\n" in text
    assert "***" not in text and "title:" not in text
    assert "draft line 15 (a separator line): ***" in out
    assert "the draft lists no sources" in out


def test_dry_run_reports_and_writes_nothing(site_copy, capsys):
    site = site_copy()
    before = snapshot(site)
    draft = str(DRAFTS / "walking-after-heart-attack.txt")
    assert run(site, "import", draft, "--topic", "heart", "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "would create articles/heart/walking-after-a-heart-attack.md\n"
    )
    assert "would add source 'okafor2022walking' to references.bib" in out
    assert "'reviewed' placeholder" in out and out.endswith("nothing was written\n")
    assert snapshot(site) == before


def import_fixture(site: Path, capsys, name: str, topic: str) -> tuple[str, str, str]:
    """Import a draft from fixtures/drafts: (front matter, body, report)."""
    assert run(site, "import", str(DRAFTS / name), "--topic", topic) == 0
    out = capsys.readouterr().out
    created = re.search(r"^created (\S+)$", out, re.MULTILINE)
    assert created, out
    text = (site / created.group(1)).read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    return front, body, out


def test_ai_assisted_draft_loses_its_chatter_and_keeps_its_keywords(site_copy, capsys):
    """The draft of issue 17's kind: a typo in the opening chatter, a standfirst, a
    "Posted by ... | Desk" byline, run-together sentences and 16 keywords under
    "AI-Determined Secondary Keywords (To be populated by AI):" after a paragraph."""
    front, body, out = import_fixture(
        site_copy(), capsys, "ai-assisted-gentle-exercise.txt", "heart"
    )
    assert body.lstrip().startswith("# Gentle Exercise for a Healthier Heart\n")
    assert 'description: "What to know before you start moving again"' in front
    assert "authors: [ada-jones]" in front
    for chatter in ("hree's", "Image:", "as you asked", "Would you like", "AI"):
        assert chatter not in body
    assert "heart.For" not in body and "heart. For most people" in body
    # the site's spellings (the test site has "Walking", "Exercise", "Heart health")
    keywords = re.search(r"^keywords: (.*)$", front, re.M).group(1)
    secondary = re.search(r"^secondary-keywords: (.*)$", front, re.M).group(1)
    listed = keywords + secondary
    assert '"Walking"' in listed and '"Heart health"' in listed
    assert '"walking"' not in listed and '"heart health"' not in listed
    assert listed.count('"') == 20  # ten keywords written
    assert "the keyword 'walking' is written 'Walking', the site's spelling" in out
    assert "only 10 keywords are allowed: left out" in out
    assert (
        "the draft lists only secondary keywords: the first in its order that the "
        "site uses (" in out
    )
    left_out = out.split("left out ", 1)[1].split(" (", 1)[0].split(", ")
    assert len(left_out) == 6 and not any(f'"{w}"' in listed for w in left_out)
    # every removed line is in the report with the kind of chatter it was
    for line, kind in [
        (1, "presenting the text"),
        (17, "the tool about its own edits"),
        (20, "the tool's caveat about itself"),
        (38, "an offer or question to the requester"),
    ]:
        assert f"draft line {line} ({kind}):" in out
    assert (
        "draft line 19 (the tool's caveat about itself): (To be populated by AI)" in out
    )
    # the image placeholder is listed once, as the to-do to add the picture
    assert out.count("[Image: an older couple walking in a park]") == 1
    assert "draft line 9: the image '[Image: an older couple" in out


def test_blog_platform_html_export_keeps_the_article_and_drops_the_site(
    site_copy, capsys
):
    site = site_copy()
    draft = DRAFTS / "wordpress-export-hand-washing.html"
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    text = (site / "articles/heart/hand-washing-at-home.md").read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    # the <h1>, not the page title with the site's name
    assert body.lstrip().startswith("# Hand Washing at Home\n")
    assert "authors: [ben-okafor]" in front
    # the post's tags, written in the site's sentence case
    assert 'keywords: ["Hygiene", "Infection"]' in front
    assert "## When to wash your hands\n\n- after using the toilet\n" in body
    assert "- before you **eat or prepare food**" in body
    assert "1. Wet your hands with water." in body
    assert "[NHS guide to hand washing](https://www.nhs.uk/live-well/" in body
    assert "*Tell your nurse* if" in body
    for site_part in (
        "dataLayer",
        "Skip to content",
        "Healthy Living Blog",
        "- Home",
        "javascript",
        "iframe",
        "Subscribe",
        "Leave a comment",
        "Responses",
        "Great post",
        "Related Posts",
        "Five foods",
        "Powered by",
        "March 3, 2024",
        "entry-content",
        "Image",
    ):
        assert site_part not in body, site_part
    assert "(a content-system leftover): March 3, 2024" in out
    # a web page has no lines for the editor to go to: the report says where
    assert (
        "in the web page, after the 2nd paragraph under the title 'Hand Washing at Home': "
        "the image '[Image: Hands under a running tap]' was not imported"
    ) in out
    assert "draft line" not in out and "line numbers" not in out


def test_word_document_imports_with_headings_lists_links_and_emphasis(
    site_copy, capsys
):
    """word-sun-safety.docx is python-mammoth's simple-list.docx package (a real
    Word file) with a new body; see fixtures/drafts/README.md."""
    site = site_copy()
    draft = DRAFTS / "word-sun-safety.docx"
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    text = (site / "articles/heart/sun-safety-for-children.md").read_text(
        encoding="utf-8"
    )
    front, body = text.split("\n---\n", 1)
    assert body.lstrip().startswith("# Sun Safety for Children\n")
    assert "authors: [ada-jones]" in front
    assert "**" not in front  # the description is plain text
    assert "so it needs **extra care** in the sun." in body
    assert "## Simple steps\n\n- Cover up with loose clothes and a hat.\n" in body
    assert "*out of direct sunlight*" in body
    assert "[Sun safety advice from the NHS](https://www.nhs.uk/live-well/" in body
    assert (
        "| Time of day | What to do |\n| --- | --- |\n"
        "| Late morning to mid-afternoon | Stay in the shade |\n"
    ) in body
    assert "Here\u2019s" not in body and "Let me know" not in body
    assert (
        "in the Word document, the 1st paragraph at the start (presenting the text): "
        "Sure! Here\u2019s"
    ) in out
    assert (
        "in the Word document, the 3rd paragraph under the heading 'Simple steps' "
        "(an offer or question to the requester): Let me know"
    ) in out


def test_google_docs_export_keeps_class_emphasis_and_real_links(site_copy, capsys):
    """The markup of a real Google Docs "Download > Web page" export (classes,
    title/subtitle paragraphs, lst-kix lists, google.com/url links, a table and a
    comment); see fixtures/drafts/README.md."""
    front, body, out = import_fixture(
        site_copy(), capsys, "google-docs-export-staying-active.html", "lungs"
    )
    assert body.lstrip().startswith("# Staying Active with a Lung Condition\n")
    assert 'description: "Gentle ways to keep moving when you get out of breath"' in (
        front
    )
    assert "authors: [ada-jones]" in front
    assert '"Lung health", "Exercise"' in front  # the site's spellings
    # bold and italics came as CSS classes; the spaces between the spans are kept
    assert "daily tasks. **Feeling a little out of breath is normal** when you" in body
    assert "*keep your reliever inhaler with you*." in body
    # Google's redirect is unwrapped to the real address
    assert "[NHS advice on exercise](https://www.nhs.uk/live-well/exercise/) " in body
    assert "google.com" not in body and "sa=D" not in body
    assert "- chair exercises at home\n" in body
    assert "- ask your GP or nurse where the nearest one meets" in body
    assert (
        "| What you notice | What to do |\n| --- | --- |\n"
        "| Chest pain or feeling faint | Stop and get medical help |\n"
    ) in body
    for left in ("font-weight", ".c1", "span", "[a]", "@ben.okafor", "Okay", "Let me"):
        assert left not in body, left
    assert "(a word processor's review mark): [a]@ben.okafor can you check" in out
    assert "(presenting the text): Okay, here\u2019s the draft" in out


GIF_1X1 = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"


def test_word_pictures_are_kept_checked_or_reported(site_copy, capsys, tmp_path):
    site = site_copy()
    draft = word_with_pictures(
        tmp_path / "pictures.docx",
        [
            (".png", png_1x1(), "A child in a sun hat"),
            # says it is a PNG, is not: never written
            (".png", b"<svg onload=alert(1)></svg>", "a chart"),
            # linked, not saved in the document: never opened
            (".png", "file:///etc/passwd", "linked"),
            (".gif", GIF_1X1, ""),
        ],
    )
    before = snapshot(site)
    assert run(site, "import", str(draft), "--topic", "heart", "--dry-run") == 0
    assert (
        "would add the picture articles/heart/sun-safety-for-children-image-1.png"
        in (capsys.readouterr().out)
    )
    assert snapshot(site) == before
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    folder = site / "articles" / "heart"
    article = (folder / "sun-safety-for-children.md").read_text(encoding="utf-8")
    assert (folder / "sun-safety-for-children-image-1.png").read_bytes() == png_1x1()
    assert (folder / "sun-safety-for-children-image-4.gif").read_bytes() == GIF_1X1
    assert sorted(p.name for p in folder.glob("sun-safety-for-children-image-*")) == [
        "sun-safety-for-children-image-1.png",
        "sun-safety-for-children-image-4.gif",
    ]
    assert "![A child in a sun hat](sun-safety-for-children-image-1.png)" in article
    assert "![<<what the picture shows>>](sun-safety-for-children-image-4.gif)" in (
        article
    )
    assert "Image" not in article and "draft-image" not in article
    assert (
        "the Word document's picture 2 ('a chart') was not imported: its content is "
        "not the PNG picture it says it is"
    ) in out
    assert (
        "the Word document's picture 3 ('linked') was not imported: it is linked"
    ) in out
    assert (
        "picture 4 is kept as sun-safety-for-children-image-4.gif: write its alt"
        in (out)
    )
    # the pictures are not "missing" in what check will report
    assert "[healthkb.image]" not in out


def import_walking_draft(site: Path, capsys, draft: Path, text: str) -> tuple[str, str]:
    """Write *text* as a draft titled "Walking and Your Heart" and import it into
    the heart topic: (the article, the report)."""
    draft.write_text(text, encoding="utf-8")
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    article = site / "articles" / "heart" / "walking-and-your-heart.md"
    return article.read_text(encoding="utf-8"), out


def test_a_markdown_drafts_picture_is_kept_only_if_supplied(
    site_copy, capsys, tmp_path
):
    site = site_copy()
    (tmp_path / "walk.png").write_bytes(png_1x1())
    (tmp_path / "fake.png").write_bytes(b"<script>alert(1)</script>")
    (tmp_path / "secret.png").symlink_to(site / "conf.py")
    article, out = import_walking_draft(
        site,
        capsys,
        tmp_path / "draft.md",
        "# Walking and Your Heart\n\nWalking most days helps the heart.\n\n"
        "![A couple walking in a park](walk.png)\n\n![Not here](missing.jpg)\n\n"
        "![Fake](fake.png)\n\n![Link](secret.png)\n\n![Up](../walk.png)\n\n"
        "More text.\n",
    )
    folder = site / "articles" / "heart"
    assert (folder / "walking-and-your-heart-image-1.png").read_bytes() == png_1x1()
    assert [p.name for p in folder.glob("walking-and-your-heart-image-*")] == [
        "walking-and-your-heart-image-1.png"
    ]
    assert (
        "![A couple walking in a park](walking-and-your-heart-image-1.png)\n\n"
        "More text." in article
    )
    for name in ("missing.jpg", "fake.png", "secret.png", "../walk.png"):
        assert name not in article
        assert f"the picture '{name}' was not imported" in out
    assert "no file named missing.jpg is next to the draft" in out
    assert "its content is not the PNG picture it says it is" in out


def test_a_web_page_cannot_pass_for_a_word_picture(site_copy, capsys):
    site = site_copy()
    article, out = import_walking_draft(
        site,
        capsys,
        site / "page.html",
        "<html><body><article><h1>Walking and Your Heart</h1>"
        "<p>Walking most days helps the heart.</p>"
        '<p><img src="draft-image-1" alt="a heart"></p></article></body></html>',
    )
    assert "draft-image" not in article and "![" not in article
    assert "the image '[Image: a heart]' was not imported" in out


def test_a_damaged_word_document_is_refused_with_nothing_written(site_copy, capsys):
    site = site_copy()
    draft = site / "broken.docx"
    draft.write_bytes(b"PK\x03\x04 not really a zip")
    before = snapshot(site)
    assert run(site, "import", str(draft), "--topic", "heart") == 2
    err = capsys.readouterr().err
    assert "broken.docx:1: this is not a Word document that can be read" in err
    assert "nothing was written" in err
    assert snapshot(site) == before


def test_a_problem_in_a_web_page_draft_says_where_in_words(site_copy, capsys):
    """A web page has no lines: the report names the heading and the list item."""
    site = site_copy()
    draft = site / "page.html"
    draft.write_text(
        "<html><body><article><h1>Walking and Your Heart</h1>"
        "<p>Walking most days helps the heart [1].</p><h2>Sources</h2>"
        "<ol><li>PMID: 99999999</li></ol></article></body></html>",
        encoding="utf-8",
    )
    bib_before = (site / "references.bib").read_text(encoding="utf-8")
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    assert (
        "in the web page, the 1st list item under the heading 'Sources': "
        "this source is only a PMID (99999999)"
    ) in out
    assert (site / "references.bib").read_text(encoding="utf-8") == bib_before


def test_bad_source_line_is_reported_and_the_rest_imported(site_copy, capsys):
    """One unreadable source does not stop the import: it is left out, the report
    names its line and what is missing, and the readable source is added."""
    site = site_copy()
    assert run(site, "import", str(DRAFTS / "bad-source.txt"), "--topic", "heart") == 0
    out = capsys.readouterr().out
    assert "bad-source.txt" not in out  # the report says "draft line 8", not a path
    assert "draft line 8: this source could not be read (" in out
    assert "A web page I found about salt, no date" in out
    assert "so it was left out" in out
    article = (site / "articles/heart/salt-and-your-heart.md").read_text(
        encoding="utf-8"
    )
    assert "the sources to place: smith2019salt" in out
    assert "A web page I found" not in article
    bib = (site / "references.bib").read_text(encoding="utf-8")
    assert "smith2019salt" in bib and "no date" not in bib


def test_doi_only_source_is_matched_to_references_bib_not_duplicated(site_copy, capsys):
    site = site_copy()
    bib_before = (site / "references.bib").read_text(encoding="utf-8")
    draft = site / "doi-only.md"
    draft.write_text(
        "# Walking and Your Heart\n\nWalking most days helps the heart [1].\n\n"
        "## References\n\n"
        "1. [The study on the journal's site](https://doi.org/10.1000/JTC.2020.001)\n",
        encoding="utf-8",
    )
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    assert "reused source 'smith2020heart' (references.bib has this DOI" in out
    text = (site / "articles/heart/walking-and-your-heart.md").read_text(
        encoding="utf-8"
    )
    assert "helps the heart {footcite:p}`smith2020heart`." in text
    assert (site / "references.bib").read_text(encoding="utf-8") == bib_before


def test_pmid_only_source_not_in_references_bib_says_what_is_missing(site_copy, capsys):
    site = site_copy()
    draft = site / "pmid-only.txt"
    draft.write_text(
        "Walking and Your Heart\n\nWalking most days helps the heart [1].\n\n"
        "Sources:\nPMID: 99999999\n",
        encoding="utf-8",
    )
    bib_before = (site / "references.bib").read_text(encoding="utf-8")
    assert run(site, "import", str(draft), "--topic", "heart") == 0
    out = capsys.readouterr().out
    assert "draft line 6: this source is only a PMID (99999999)" in out
    assert "the authors, title, journal and year are missing" in out
    # the advice names a command that exists and takes a PMID
    assert "'healthkb source add 99999999' adds it from the PMID" in out
    text = (site / "articles/heart/walking-and-your-heart.md").read_text(
        encoding="utf-8"
    )
    # the marker of the source left out cites nothing (no key that does not exist)
    assert "[1]" not in text and "footcite" not in text
    assert (site / "references.bib").read_text(encoding="utf-8") == bib_before
