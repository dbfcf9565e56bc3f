"""A topic folder inside a topic folder (``articles/lungs/asthma/``): its topic page
is reached only if the parent topic page lists it, since a toctree's ``*`` stops at
a folder. Check and the strict build say so in the same words at the same place,
and both pass once the parent lists it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.site_runs import build_messages, run_build, run_check

NESTED = "articles/lungs/asthma/index.md"


def _nest(site: Path, *, with_article: bool = True) -> None:
    folder = site / "articles/lungs/asthma"
    folder.mkdir()
    (folder / "index.md").write_text(
        "# Asthma\n\nArticles about asthma.\n\n```{toctree}\n:glob:\n\n*\n```\n",
        encoding="utf-8",
    )
    if with_article:
        text = (site / "articles/lungs/breathing-exercises.md").read_text("utf-8")
        (folder / "breathing-with-asthma.md").write_text(
            text.replace(
                "# Breathing exercises after pneumonia", "# Breathing with asthma"
            ),
            encoding="utf-8",
        )


def _topic_problems(site: Path) -> set[tuple[str, int, str]]:
    check = run_check(site, "--format", "json")
    return {
        (p["path"], p["line"], p["message"])
        for p in json.loads(check.out)["problems"]
        if p["rule"] == "topic-index"
    }


def _in_build(build_text: str, problems: set[tuple[str, int, str]], site: Path) -> bool:
    return all(
        f"{site / path}:{line}: ERROR: {message} [healthkb.topic-index]" in build_text
        for path, line, message in problems
    )


def test_an_unlisted_sub_topic_is_reported_by_both_and_listing_it_passes(
    site_copy, tmp_path
):
    site = site_copy()
    _nest(site)
    problems = _topic_problems(site)
    assert [(p, line) for p, line, _ in problems] == [(NESTED, 1)]
    (message,) = [m for *_, m in problems]
    assert "articles/lungs/index.md does not list this topic page" in message
    assert "'asthma/index'" in message
    build = run_build(site, tmp_path / "html")
    assert build.status != 0 and _in_build(build.text, problems, site), build.text

    index = site / "articles/lungs/index.md"
    index.write_text(
        index.read_text("utf-8").replace("\n*\n", "\n*\n*/index\n"), "utf-8"
    )
    assert _topic_problems(site) == set()
    assert run_check(site).status == 0
    build = run_build(site, tmp_path / "html2")
    assert build.status == 0, build.text


def test_an_empty_sub_topic_is_reported_by_both(site_copy, tmp_path):
    """Its ``*`` matches nothing, which fails the strict build: check says so too,
    and the build says it once (not also Sphinx's "toctree glob pattern '*' didn't
    match any documents", at another line)."""
    site = site_copy()
    _nest(site, with_article=False)
    index = site / "articles/lungs/index.md"
    index.write_text(
        index.read_text("utf-8").replace("\n*\n", "\n*\n*/index\n"), "utf-8"
    )
    problems = _topic_problems(site)
    assert [(p, line) for p, line, _ in problems] == [(NESTED, 1)]
    assert "the topic 'asthma' has no articles yet" in next(iter(problems))[2]
    build = run_build(site, tmp_path / "html")
    assert build.status != 0 and _in_build(build.text, problems, site), build.text
    assert build_messages(site, build.text, NESTED) == [(1, "healthkb.topic-index")]
    assert "didn't match any documents" not in build.text


def _said_once(
    text: str, site: Path, path: str, line: int, problems: set[tuple[str, int, str]]
) -> None:
    """The build's one message on *path* is check's topic-index at *line*."""
    assert build_messages(site, text, path) == [(line, "healthkb.topic-index")], text
    assert _in_build(text, problems, site), text


def _sub_topic(site: Path, parent: str, *, parent_article: bool) -> str:
    """A topic page with one article in ``articles/<parent>/fatty-liver/``; the
    parent folder gets no topic page (and one article of its own, if asked)."""
    folder = site / "articles" / parent / "fatty-liver"
    folder.mkdir(parents=True)
    (folder / "index.md").write_text(
        "# Fatty liver\n\nArticles about fatty liver.\n\n"
        "```{toctree}\n:glob:\n\n*\n```\n",
        encoding="utf-8",
    )
    text = (site / "articles/lungs/breathing-exercises.md").read_text("utf-8")
    title = "# Breathing exercises after pneumonia"
    (folder / "eating-well.md").write_text(
        text.replace(title, "# Eating well with fatty liver"), encoding="utf-8"
    )
    if parent_article:
        (site / "articles" / parent / "liver-tests.md").write_text(
            text.replace(title, "# Liver tests"), encoding="utf-8"
        )
    return f"articles/{parent}/fatty-liver/index.md"


@pytest.mark.parametrize("parent_article", [False, True])
def test_a_sub_topic_in_a_folder_without_a_topic_page_is_one_located_message(
    site_copy, tmp_path, parent_article
):
    """Check says so on the sub-topic page, at line 1, with what to add; the build
    says the same once, and not also Sphinx's line-less "document isn't included in
    any toctree". The parent's own article (if any) gets its own one message."""
    site = site_copy()
    nested = _sub_topic(site, "liver", parent_article=parent_article)
    problems = _topic_problems(site)
    pages = sorted(p for p, _, _ in problems)
    wanted = [nested] + (["articles/liver/liver-tests.md"] if parent_article else [])
    assert pages == sorted(wanted), problems
    (message,) = [m for p, _, m in problems if p == nested]
    assert "the folder articles/liver/ has no index.md" in message
    assert "'fatty-liver/index'" in message

    build = run_build(site, tmp_path / "html")
    assert not build.crashed(), build.text
    for path in wanted:
        _said_once(build.text, site, path, 1, problems)
    assert "[toc.not_included]" not in build.text
    assert build.status != 0

    if not parent_article:
        return  # a topic page there would be an empty topic (its own rule)
    # the advice works: a topic page there listing it, and the build passes
    (site / "articles/liver/index.md").write_text(
        "# Liver\n\nArticles about the liver.\n\n"
        "```{toctree}\n:glob:\n\n*\n*/index\n```\n",
        encoding="utf-8",
    )
    assert run_check(site).status == 0
    assert run_build(site, tmp_path / "html2").status == 0


def test_an_unlisted_sub_topic_is_not_also_sphinxs_toctree_warning(site_copy, tmp_path):
    site = site_copy()
    _nest(site)
    build = run_build(site, tmp_path / "html")
    assert build_messages(site, build.text, NESTED) == [(1, "healthkb.topic-index")]
    assert "[toc.not_included]" not in build.text
    assert build.status != 0


def _parent_of_sub_topics(site: Path, toctree: str) -> str:
    """articles/liver/index.md (with *toctree*'s lines) over a sub-topic with one
    article; no article straight in articles/liver/."""
    _sub_topic(site, "liver", parent_article=False)
    (site / "articles/liver/index.md").write_text(
        f"# Liver\n\nArticles about the liver.\n\n```{{toctree}}\n:glob:\n\n{toctree}```\n",
        encoding="utf-8",
    )
    return "articles/liver/index.md"


def test_a_topic_whose_sub_topics_have_articles_is_not_empty(site_copy, tmp_path):
    site = site_copy()
    _parent_of_sub_topics(site, "*/index\n")
    check = run_check(site)
    assert check.status == 0, check.text
    for jobs in ("1", "2"):
        build = run_build(
            site, tmp_path / f"html-{jobs}", "-D", "healthkb_serial_below=0", jobs=jobs
        )
        assert build.status == 0, build.text


def test_a_glob_line_matching_no_page_is_one_message_at_its_line(site_copy, tmp_path):
    """The parent page copied from another topic keeps its '*' line: it matches
    nothing there (the articles are in the sub-topic's folder), which fails the
    strict build. Check says so at that line; the build says it once, not also
    Sphinx's "toctree glob pattern '*' didn't match any documents"."""
    site = site_copy()
    parent = _parent_of_sub_topics(site, "*\n*/index\n")
    problems = _topic_problems(site)
    assert [(p, line) for p, line, _ in problems] == [(parent, 8)], problems
    (message,) = [m for *_, m in problems]
    assert "the toctree line '*' matches no page" in message
    for jobs in ("1", "2"):
        build = run_build(
            site, tmp_path / f"html-{jobs}", "-D", "healthkb_serial_below=0", jobs=jobs
        )
        _said_once(build.text, site, parent, 8, problems)
        assert "didn't match any documents" not in build.text
        assert build.status != 0
    # the advice works: without the line, both pass
    index = site / parent
    index.write_text(index.read_text("utf-8").replace("\n*\n", "\n"), "utf-8")
    assert run_check(site).status == 0
    assert run_build(site, tmp_path / "html-fixed").status == 0
