"""An independent tester's drafts (fixtures/drafts/acceptance2/README.md): a source
line the importer cannot read is reported and the rest imported; sources are matched
to references.bib by DOI, PMID, web address or title, each cited once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.site import copy_import_site, snapshot
from helpers.site import run_cli as run

from healthkb.bib.read import parse_bibliography_text
from healthkb.model.site import Site
from healthkb.rules.checks import read_article

BLIND = Path(__file__).parent / "fixtures" / "drafts" / "acceptance2"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The shipped site, with the five sources the drafts cite (added if missing)."""
    root = copy_import_site(tmp_path / "site")
    bib = root / "references.bib"
    have = bib.read_text(encoding="utf-8")
    needed = (BLIND / "references.bib").read_text(encoding="utf-8")
    missing = [
        chunk
        for chunk in re.split(r"\n(?=@)", needed)
        if not re.search(
            r"@\w+\{" + re.escape(re.match(r"@\w+\{([^,]+),", chunk)[1]) + ",", have
        )
    ]
    if missing:
        bib.write_text(
            have.rstrip("\n") + "\n\n" + "\n".join(missing), encoding="utf-8"
        )
    return root


def _import(site: Path, capsys, draft: str, *args: str) -> tuple[str, str]:
    before = (site / "references.bib").read_text(encoding="utf-8")
    assert (
        run(site, "import", str(BLIND / draft), "--topic", "mental-health", *args) == 0
    )
    out = capsys.readouterr().out
    created = re.match(r"created (\S+)", out)[1]
    # no new entry: every source the drafts cite is already there
    assert (site / "references.bib").read_text(encoding="utf-8") == before
    return out, (site / created).read_text(encoding="utf-8")


def _cited(article: str) -> list[list[str]]:
    return [m.split(",") for m in re.findall(r"\{footcite:p\}`([^`]*)`", article)]


def test_news_release_line_matched_by_web_address(site, capsys):
    out, article = _import(
        site, capsys, "a-assistant-plain.txt", "--author", "natalie-singh"
    )
    assert (
        "reused source 'livanova2024recover' (references.bib has this web addr" in out
    )
    assert "reused source 'conway2026durability'" in out
    # the draft marks no sentence with [n]: nothing is cited by guess
    assert _cited(article) == []
    assert "to place: conway2026durability, livanova2024recover" in out
    assert "investor.livanova.com" not in article


def test_article_number_read_incomplete_line_reported_review_dates_dropped(
    site, capsys
):
    out, article = _import(site, capsys, "c-leaflet-style.md")
    assert "reused source 'conway2018quality' (references.bib has this title" in out
    assert "reused source 'aaronson2017registry'" in out
    # the incomplete reference: its line, the part that is missing, what to do
    line = next(
        n
        for n, text in enumerate(
            (BLIND / "c-leaflet-style.md").read_text(encoding="utf-8").split("\n"), 1
        )
        if text.startswith("3. Rush AJ")
    )
    report = next(r for r in out.split("\n") if f"draft line {line}:" in r)
    assert "the title is missing" in report and "volume and pages" in report
    assert "left out" in report and "add the source to references.bib" in report
    assert "Rush AJ" not in article and "rush2006stard" not in article
    # the page's review dates are furniture: removed and listed, not a source
    for text in ("Page last reviewed: 14 March 2026", "Next review due: 14 March 2029"):
        # listed as removed, under the importer's own kind or the chatter
        # detector's (whichever reads the line first)
        assert re.search(
            r"draft line \d+ \((the web page's review dates|a content-system "
            r"leftover)\): " + re.escape(text),
            out,
        ), out
        assert text not in article
    markers = _cited(article)
    assert ["aaronson2017registry"] in markers and ["conway2018quality"] in markers


def test_doi_line_and_pmid_line_of_one_study_cite_it_once(site, capsys):
    out, article = _import(site, capsys, "d-wordpress-export.html")
    assert out.count("reused source 'rush2006stard'") == 1
    # its "(Rush and others, 2006)" link to the DOI is the citation: the one
    # study is cited once there (never "rush2006stard,rush2006stard")
    assert _cited(article) == [["rush2006stard"]]


def test_markers_of_a_doi_and_a_pmid_line_keep_their_numbers(site, capsys):
    """[1] is a PMID line, [2]/[3] doi.org links: [1,2] and [2-3] cite both."""
    out, article = _import(site, capsys, "b-gemini-style.md")
    for key in ("rush2006stard", "conway2026durability", "aaronson2017registry"):
        assert out.count(f"reused source '{key}'") == 1
    markers = _cited(article)
    assert ["rush2006stard", "conway2026durability"] in markers
    assert ["conway2026durability", "aaronson2017registry"] in markers


def test_a_source_left_out_is_never_half_written(site, capsys):
    """A line with only a title the site does not have: reported, nothing added."""
    draft = site / "new-source.txt"
    draft.write_text(
        "Sleep and Low Mood\n\nSleeping well helps low mood [1].\n\nSources:\n"
        "1. A charity's leaflet about sleep. Leaflet, 2025. https://example.org/sleep\n",
        encoding="utf-8",
    )
    before = snapshot(site)
    assert run(site, "import", str(draft), "--topic", "mental-health") == 0
    out = capsys.readouterr().out
    assert "draft line 6: this source could not be read (" in out
    assert "https://example.org/sleep" in out and "left out" in out
    article = (site / "articles/mental-health/sleep-and-low-mood.md").read_text(
        encoding="utf-8"
    )
    assert "footcite" not in article and "[1]" not in article
    after = snapshot(site)
    assert after.pop("articles/mental-health/sleep-and-low-mood.md")
    assert after == before  # only the article is new: no bib entry, no file else
    assert not parse_bibliography_text(
        (site / "references.bib").read_text(encoding="utf-8"), "references.bib"
    ).problems


def test_second_headline_is_the_description_and_byline_an_unknown_author(site, capsys):
    out, article = _import(site, capsys, "c-leaflet-style.md")
    headline = (
        "People with hard-to-treat depression who added VNS to their usual care did "
        "better, but they chose their own treatment"
    )
    assert f'description: "{headline}"' in article
    assert f"## {headline}" not in article
    assert "the headline under the title (draft line 2) is the 'description'" in out
    assert (
        "add the author to authors.yml: 'priya-raman:' with 'name: Priya Raman' and "
        "'role: Senior Health Reporter'"
    ) in out
    assert "the draft has no byline" not in out
    assert "authors: [priya-raman]" in article


@pytest.mark.parametrize(
    ("draft", "text"),
    [
        ("d-wordpress-export.html", None),
        (
            "posted.txt",
            "Sleep and Low Mood\n\nPosted on 3 May 2026 by Dr Natalie Singh | 3 min "
            "read | Share this\n\nSleeping well can help low mood.\n",
        ),
    ],
)
def test_author_read_from_a_content_system_line_before_it_is_removed(
    site, capsys, draft, text
):
    if text is not None:
        (site / draft).write_text(text, encoding="utf-8")
    path = site / draft if text is not None else BLIND / draft
    assert run(site, "import", str(path), "--topic", "mental-health") == 0
    out = capsys.readouterr().out
    created = re.match(r"created (\S+)", out)[1]
    article = (site / created).read_text(encoding="utf-8")
    assert "authors: [natalie-singh]" in article
    assert "the draft has no byline" not in out
    if text is not None:
        # (the web page's date box goes with the site's furniture: its byline is
        # then read as it stands)
        assert "the author 'Natalie Singh' was read from this removed line" in out or (
            "the author 'Dr Natalie Singh' was read from this removed line" in out
        )
    assert "min read" not in article


def test_blog_page_title_is_not_the_headline(site, capsys):
    out, article = _import(
        site, capsys, "a-assistant-plain.txt", "--author", "natalie-singh"
    )
    headline = (
        "Vagus Nerve Stimulation for Hard-to-Treat Depression: What Happened After "
        "Two Years"
    )
    assert f"\n# {headline}\n" in article
    assert "Healthy Minds Blog" not in article
    assert "(a web page's title, 'Site | Section'): Healthy Minds Blog |" in out
    # the headline is said once, as the title, and never cited
    assert article.count(headline) == 1
    assert 'description: "For some people, depression does not lift' in article


def test_file_name_cut_at_a_word_boundary(site, capsys):
    out, _ = _import(site, capsys, "b-gemini-style.md")
    name = re.match(r"created \S+/([^/\s]+)\.md", out)[1]
    assert name.endswith("-still") and len(name) <= 80


@pytest.mark.parametrize(
    ("draft", "respelt"),
    [
        (
            "b-gemini-style.md",
            [("antidepressant", "Antidepressants"), ("STAR-D", "STAR*D")],
        ),
        (
            "c-leaflet-style.md",
            [
                ("observational studies", "Observational study"),
                ("registries", "Registry"),
            ],
        ),
    ],
)
def test_keywords_written_in_the_sites_spelling(site, capsys, draft, respelt):
    out, article = _import(site, capsys, draft)
    for old, new in respelt:
        assert f"the keyword '{old}' is written '{new}', the site's spelling" in out
        assert f'"{new}"' in article and f'"{old}"' not in article
    created = re.match(r"created (\S+)", out)[1]
    # the site's spelling exists in another article (what makes it the site's)
    shipped = Site.load(site)
    others = [
        read_article(shipped, f)
        for f in shipped.articles()
        if not str(f).endswith(created)
    ]
    used = {
        w
        for r in others
        if r.meta
        for w in (*r.meta.keywords, *r.meta.secondary_keywords)
    }
    assert {new for _, new in respelt} <= used


def test_chat_transcript_imports_the_answer_not_the_prompt(site, capsys):
    out, article = _import(
        site, capsys, "f-chatgpt-transcript.txt", "--author", "editorial-team"
    )
    title = "What is vagus nerve stimulation? A plain guide to the long-term studies"
    assert f"\n# {title}\n" in article
    assert "Write a short plain-language explainer" not in article
    assert "(the requester's turn in a chat transcript, not the article): Write" in out
    assert "(a chat transcript's turn label): You said:" in out
    assert "(a chat transcript's turn label): ChatGPT said:" in out
    assert "(a chat page's button or status line): Thought for 8s" in out
    # two source lines with no blank between are two sources, both matched
    assert "reused source 'conway2026durability'" in out
    assert "reused source 'aaronson2017registry'" in out
    for heading in ("How does it work?", "What this means"):
        assert f"\n## {heading}\n" in article


def test_chat_transcript_keeps_the_last_answer(site, capsys):
    draft = site / "chat.txt"
    draft.write_text(
        "You said:\nWrite about sleep and low mood.\n\nClaude said:\n"
        "Low Mood and Sleep\n\nAn early try at the text.\n\n"
        "You said:\nMake it warmer.\n\nClaude said:\nSleep and Low Mood\n\n"
        "Sleeping well can help when your mood is low.\n",
        encoding="utf-8",
    )
    assert run(site, "import", str(draft), "--topic", "mental-health") == 0
    out = capsys.readouterr().out
    article = (site / "articles/mental-health/sleep-and-low-mood.md").read_text(
        encoding="utf-8"
    )
    assert "\n# Sleep and Low Mood\n" in article and "early try" not in article
    assert "Make it warmer" not in article
    assert (
        "(an earlier answer in the chat transcript: the last one is imported): "
        "An early try at the text." in out
    )
