"""New topics work as the README says: ``healthkb topic new`` makes the folder and its
page, ``make new`` into a missing topic says how to start it, and the home page's
topic cards come from the topic folders."""

from __future__ import annotations

from helpers.site import copy_shipped_site, run_cli, soup
from helpers.site_runs import run_build, run_check


def test_new_article_in_a_missing_topic_says_how_to_start_it(site_copy, capsys):
    site = site_copy()
    assert run_cli(site, "new", "What is asthma?", "--topic", "asthma-care") == 2
    err = capsys.readouterr().err
    assert "unknown topic 'asthma-care': choose one of: heart, lungs" in err
    assert "make topic TOPIC=asthma-care" in err
    assert not (site / "articles/asthma-care").exists()


def test_topic_new_then_the_readme_example_works(tmp_path, capsys):
    site = copy_shipped_site(tmp_path / "site")
    assert not (site / "articles/lungs").exists()
    assert (
        run_cli(
            site,
            "topic",
            "new",
            "lungs",
            "--title",
            "Lungs and breathing",
            "--description",
            "Articles about the lungs and breathing.",
        )
        == 0
    )
    page = (site / "articles/lungs/index.md").read_text(encoding="utf-8")
    assert page.startswith("# Lungs and breathing\n")
    assert ":topic: lungs" in page and ":glob:" in page
    # the README's own example, as written
    assert run_cli(site, "new", "What is asthma?", "--topic", "lungs") == 0
    assert (site / "articles/lungs/what-is-asthma.md").is_file()
    # a second time: refused, the page is not overwritten
    assert (
        run_cli(site, "topic", "new", "lungs", "--title", "X", "--description", "Y")
        == 2
    )
    assert "already exists" in capsys.readouterr().err
    assert (site / "articles/lungs/index.md").read_text(encoding="utf-8") == page


def test_topic_new_refuses_bad_names_and_markup(site_copy, capsys):
    site = site_copy()
    for name, title in (
        ("../escape", "Escape"),
        ("Lungs", "Lungs"),
        ("lungs2", "<script>x</script>"),
        ("lungs3", "{include}`x`"),
    ):
        args = ("topic", "new", name, "--title", title, "--description", "About.")
        assert run_cli(site, *args) == 2, name
    assert not list((site / "articles").glob("lungs[23]"))
    assert not (site.parent / "escape").exists()


def test_home_page_cards_come_from_topic_folders(tmp_path):
    site = copy_shipped_site(tmp_path / "site")
    assert (
        run_cli(
            site,
            "topic",
            "new",
            "lungs",
            "--title",
            "Lungs and breathing",
            "--description",
            "Articles about the lungs & breathing.",
        )
        == 0
    )
    # an empty topic fails check and the build alike, saying what to do
    check = run_check(site)
    assert check.status == 1 and "has no articles yet" in check.out
    assert run_cli(site, "new", "What is asthma?", "--topic", "lungs") == 0
    asthma = site / "articles/lungs/what-is-asthma.md"
    asthma.write_text(
        "---\ndescription: A test article in the new topic.\n"
        "authors: [editorial-team]\npublished: 2026-11-26\n"
        "keywords: [Test article, New topic, Lungs]\n---\n\n# What is asthma?\n\n"
        "A test article, so that the new topic lists one page.\n",
        encoding="utf-8",
    )
    assert run_check(site).status == 0
    build = run_build(site, tmp_path / "html", "-D", "healthkb_pagefind=0")
    assert build.status == 0, build.text
    home = soup(tmp_path / "html/index.html")
    cards = {
        card.get_text(" ", strip=True): card.select_one("a")["href"]
        for card in home.select(".sd-card")
    }
    topics = sorted(p.parent.name for p in (site / "articles").glob("*/index.md"))
    assert len(cards) == len(topics) >= 2
    lungs = next(text for text in cards if text.startswith("Lungs and breathing"))
    # editors' text goes in as text, after the cards' Markdown is parsed
    assert "Articles about the lungs & breathing." in lungs
    assert cards[lungs].endswith("articles/lungs/index.html")
    assert all(
        any(href.endswith(f"articles/{t}/index.html") for href in cards.values())
        for t in topics
    )
