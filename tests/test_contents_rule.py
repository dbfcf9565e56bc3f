"""Only topic pages (index.md) hold a table of contents, listing their own folder
(rule ``contents``): a toctree listing a page above it made the contents a loop and
crashed the build (session 16's attacker article). Check and build say the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.site import ROOTS
from helpers.site_runs import run_build, run_check

from healthkb.model import markdown_scan as scan
from healthkb.rules.toctree_rules import toctree_refusal


def _toctree(entries: str, options: str = "") -> scan.Block:
    (block,) = [
        b
        for b in scan.blocks(f"```{{toctree}}\n{options}\n{entries}\n```\n", 1)
        if b.directive == "toctree"
    ]
    return block


@pytest.mark.parametrize(
    "entry",
    ["*", "breathing", "Breathing well <breathing>", "sub/index", "sub/*", "self"],
)
def test_a_topic_page_may_list_its_folder_and_below(entry):
    options = ":glob:" if "*" in entry else ""
    assert toctree_refusal("articles/lungs/index.md", _toctree(entry, options)) is None


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ("/*", "top folder"),
        ("/index", "top folder"),
        ("../heart/index", "above this page's folder"),
        ("Home <../../index>", "above this page's folder"),
        ("sub/../../x", "above this page's folder"),
        ("index", "this page itself"),
        ("javascript:alert(1)", "web address"),
        ("https://example.org", "web address"),
    ],
)
def test_a_topic_page_may_not_list_above_itself(entry, why):
    refusal = toctree_refusal("articles/lungs/index.md", _toctree(entry, ":glob:"))
    assert refusal and why in refusal and "list only pages in this folder" in refusal


def test_an_article_may_not_hold_a_toctree_at_all():
    refusal = toctree_refusal("articles/lungs/breathing.md", _toctree("*", ":glob:"))
    assert refusal and "only allowed on a topic page (index.md)" in refusal


def test_the_home_page_lists_topics_below_it():
    block = _toctree("articles/*/index\nglossary\nabout/index", ":glob:")
    assert toctree_refusal("index.md", block) is None


def test_a_looping_topic_page_is_reported_by_both_and_crashes_nothing(tmp_path: Path):
    import shutil

    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    index = site / "articles/heart/index.md"
    text = index.read_text(encoding="utf-8")
    index.write_text(text.replace("*\n```", "*\n/index\n```"), encoding="utf-8")
    line = index.read_text(encoding="utf-8").split("\n").index("```{toctree}") + 1
    check, build = run_check(site), run_build(site, tmp_path / "html")
    for run in (check, build):
        assert not run.crashed(), run.text[-3000:]
        assert run.status != 0
        assert f"articles/heart/index.md:{line}:" in run.text
        assert "lists '/index', which starts at the site's top folder" in run.text
        assert "[healthkb.contents]" in run.text


def test_a_role_target_is_a_name_not_a_placeholder(tmp_path: Path):
    """``{download}`notes <link-to-notes.pdf>``` was read as a '<link…>' placeholder."""
    import shutil

    site = tmp_path / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    article = site / "articles/heart/walking-and-heart-health.md"
    (article.parent / "link-to-notes.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    text = article.read_text(encoding="utf-8").rstrip("\n")
    article.write_text(
        text + "\n\nGet the {download}`walking notes <link-to-notes.pdf>`.\n",
        encoding="utf-8",
    )
    check = run_check(site)
    assert check.status == 0, check.text
    assert run_build(site, tmp_path / "html").status == 0
