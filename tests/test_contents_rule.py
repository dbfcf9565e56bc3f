"""Only topic pages (index.md) hold a table of contents, listing their own folder
(rule ``contents``): a toctree listing a page above it made the contents a loop and
crashed the build (session 16's attacker article). Check and build say the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.site import ROOTS
from helpers.site_runs import run_build, run_check

from healthkb.model import markdown_scan as scan
from healthkb.rules.markup_rules import refused_lines
from healthkb.rules.toctree_rules import refused_entries, toctree_refusal


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
    line = index.read_text(encoding="utf-8").split("\n").index("/index") + 1
    check, build = run_check(site), run_build(site, tmp_path / "html")
    for run in (check, build):
        assert not run.crashed(), run.text[-3000:]
        assert run.status != 0
        assert f"articles/heart/index.md:{line}:" in run.text
        assert "lists '/index', which starts at the site's top folder" in run.text
        assert "[healthkb.contents]" in run.text
    # only the refused entry goes: the topic still lists its articles, so the build
    # has no warning of its own that check does not give
    assert "toc.not_included" not in build.text, build.text[-3000:]
    assert (tmp_path / "html/articles/heart/index.html").is_file()


@pytest.mark.parametrize("fence", ["```", ":::"])
def test_each_refused_entry_is_named_at_its_own_line(fence):
    body = f"# Lungs\n\n{fence}{{toctree}}\n:glob:\n\n*\n/*\n../x\n{fence}\n"
    (block,) = [b for b in scan.blocks(body, 1) if b.directive == "toctree"]
    refused = refused_entries(block)
    assert [(r.line, r.entry) for r in refused] == [(7, "/*"), (8, "../x")]
    spans = refused_lines(body, 1, path="articles/lungs/index.md")
    assert spans == [(7, 8), (8, 9)]  # the block and its '*' stay
    whole = refused_lines(body, 1, path="articles/lungs/breathing.md")
    assert whole == [(3, 10)]  # outside a topic page the whole block goes


def test_options_written_as_yaml_are_not_entries():
    body = "```{toctree}\n---\nglob: true\nmaxdepth: 1\n---\nbreathing\n../x\n```\n"
    (block,) = [b for b in scan.blocks(body, 1) if b.directive == "toctree"]
    assert [r.entry for r in refused_entries(block)] == ["../x"]


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


def test_a_role_is_judged_for_chatter_as_the_reader_sees_it():
    """The learnt layer read "{download}`walking notes`" as a tool presenting its
    text; check judges the line the reader gets ("Get the walking notes.")."""
    from healthkb.rules.content_rules import check_leftovers

    body = "Get the {download}`walking notes <link-to-notes.pdf>`.\n"
    assert check_leftovers("articles/heart/walking.md", body, 1) == []
    # a role does not hide a tool's words around it
    chatty = "Here's the revised draft with {term}`Heart failure` explained.\n"
    assert [p.rule for p in check_leftovers("articles/heart/w.md", chatty, 1)]
