"""``healthkb move`` and the pages left at old addresses: links follow the article,
the strict build stays clean, and ``moved.yml`` can only point at the site's own pages."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from helpers.move_site import NEW, OLD, git, moved_site
from helpers.site import run_cli as run
from helpers.site import snapshot, soup, warnings_of

from healthkb.model.moves import final_target, parse_moves, record_move, rewrite_links
from healthkb.sphinxext.pagefind import command


def test_moved_yml_takes_only_site_addresses():
    text = (
        "articles/a/old: articles/a/new\n"
        "articles/a/gone: null\n"
        "articles/a/x: https://evil.example/\n"
        "articles/a/y: javascript:alert(1)\n"
        "articles/a/z: ../../../etc/passwd\n"
        "../outside: articles/a/new\n"
        "articles/a/w: /articles/a/new\n"
        "articles/a/v: [articles/a/new]\n"
    )
    moves = parse_moves(text)
    assert moves.targets == {
        "articles/a/old": "articles/a/new",
        "articles/a/gone": None,
    }
    assert [p.line for p in moves.problems] == [3, 4, 5, 6, 7, 8]
    assert {p.rule for p in moves.problems} == {"moved"}
    assert "other sites are not allowed" in moves.problems[0].message


def test_record_move_follows_chains_and_frees_reused_addresses():
    text = record_move("", "articles/a/one", "articles/a/two")
    text = record_move(text, "articles/a/two", "articles/b/three")
    moves = parse_moves(text)
    assert moves.targets == {
        "articles/a/one": "articles/b/three",
        "articles/a/two": "articles/b/three",
    }
    # moving back to an old address: that address is a page again, not a redirect
    moves = parse_moves(record_move(text, "articles/b/three", "articles/a/one"))
    assert moves.targets == {
        "articles/a/two": "articles/a/one",
        "articles/b/three": "articles/a/one",
    }
    assert (
        final_target(
            parse_moves("articles/a: articles/b\narticles/b: articles/a\n"),
            "articles/a",
        )
        is None
    )


def test_rewrite_links_in_other_pages_and_in_the_moved_page_only_outside_code():
    docs = {"articles/heart/walking", "articles/lungs/air", "index"}
    text = (
        "{doc}`walking` and {doc}`Walk </articles/heart/walking.md>` "
        "[w](walking.md#how) [x](https://example.org/walking.md)\n"
        "```\n{doc}`walking`\n```\n"
    )
    out = rewrite_links(
        text, "articles/heart/run.md", "articles/heart/run.md",
        "articles/heart/walking", "articles/lungs/walking", docs,
    )  # fmt: skip
    assert out.split("\n")[0] == (
        "{doc}`../lungs/walking` and {doc}`Walk </articles/lungs/walking.md>` "
        "[w](../lungs/walking.md#how) [x](https://example.org/walking.md)"
    )
    assert out.split("\n")[2] == "{doc}`walking`"  # code is left as written
    # the moved page's own relative links keep pointing where they did
    own = rewrite_links(
        "{doc}`../lungs/air` ![chart](chart.png) {doc}`/index`\n",
        "articles/heart/walking.md", "articles/lungs/walking.md",
        "articles/heart/walking", "articles/lungs/walking", docs,
    )  # fmt: skip
    assert own == "{doc}`air` ![chart](../heart/chart.png) {doc}`/index`\n"


def test_move_rewrites_links_and_records_the_old_address(site_copy):
    site = moved_site(site_copy())
    assert not (site / OLD).exists() and (site / NEW).is_file()
    # git mv: the history follows the file
    assert f"R  {OLD} -> {NEW}" in git(site, "status", "--short")
    other = (site / "articles/lungs/breathing-exercises.md").read_text(encoding="utf-8")
    assert "related: [articles/heart/walking]\n" in other
    assert (
        "See {doc}`../heart/walking`, {doc}`Walking </articles/heart/walking>` and "
        "[the walking article](../heart/walking.md).\n"
    ) in other
    assert "walking-and-heart-health" not in other
    moves = parse_moves((site / "moved.yml").read_text(encoding="utf-8"))
    assert moves.targets == {
        "articles/heart/walking-and-heart-health": "articles/heart/walking"
    }


def test_refused_moves_change_nothing(site_copy, capsys):
    site = site_copy()
    before = snapshot(site)
    cases = [
        (OLD, "articles/lungs/breathing-exercises.md", "already exists"),
        (OLD, "articles/new-topic/walking.md", "is not a topic (no index.md)"),
        ("articles/heart/nope.md", NEW, "no such article"),
        (OLD, "walking.md", "not an article path"),
        (OLD, "../walking.md", "not inside the site folder"),
    ]
    for old, new, message in cases:
        assert run(site, "move", old, new) == 2
        assert message in capsys.readouterr().err
    assert snapshot(site) == before


@pytest.mark.parametrize("kind", ["moved", "removed"])
def test_build_writes_a_page_at_the_old_address(site_copy, make_app, kind):
    site = moved_site(site_copy())
    if kind == "removed":
        (site / "moved.yml").write_text(
            "articles/heart/walking-and-heart-health: null\n", encoding="utf-8"
        )
    app = make_app(
        "html",
        srcdir=site,
        freshenv=True,
        warningiserror=True,
        confoverrides={"html_baseurl": "https://example.org/kb/"},
    )
    app.build()
    assert warnings_of(app) == ""
    old_page = app.outdir / "articles/heart/walking-and-heart-health.html"
    page = soup(old_page)
    csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert (
        "script-src 'self'" in csp["content"] and "default-src 'self'" in csp["content"]
    )
    assert page.find("script") is None and page.find("iframe") is None
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.body["data-pagefind-ignore"] == "all"
    if kind == "moved":
        refresh = page.find("meta", attrs={"http-equiv": "refresh"})
        assert refresh["content"] == "0; url=walking.html"
        assert page.find("link", rel="canonical")["href"] == (
            "https://example.org/kb/articles/heart/walking.html"
        )
        assert page.main.a["href"] == "walking.html"
        assert page.main.a.get_text() == "Walking and heart health"
    else:
        assert page.find("meta", attrs={"http-equiv": "refresh"}) is None
        assert page.h1.get_text() == "This page was removed"
        assert page.main.a["href"] == "../../index.html"
    sitemap = (app.outdir / "sitemap.xml").read_text(encoding="utf-8")
    assert "walking-and-heart-health" not in sitemap
    # the search index names pages by address (the title's anchor keeps its name)
    assert "articles/heart/walking-and-heart-health" not in (
        app.outdir / "searchindex.js"
    ).read_text(encoding="utf-8")


def test_moved_yml_cannot_send_readers_elsewhere_or_overwrite_pages(
    site_copy, make_app
):
    site = site_copy()
    (site / "moved.yml").write_text(
        "articles/heart/old: https://evil.example/\n"
        "articles/heart/walking-and-heart-health: articles/lungs/breathing-exercises\n"
        "genindex: articles/lungs/breathing-exercises\n"
        "articles/heart/gone: articles/heart/never-written\n",
        encoding="utf-8",
    )
    app = make_app("html", srcdir=site, freshenv=True)
    app.build()
    warnings = warnings_of(app)
    assert (
        "moved.yml:1: ERROR: 'articles/heart/old' must move to a page of this site"
        in warnings
    )
    assert (
        "moved.yml:2: ERROR: 'articles/heart/walking-and-heart-health' is a page of the site again"
        in warnings
    )
    assert (
        "moved.yml:3: ERROR: 'genindex' is not the address of a former article"
        in warnings
    )
    assert (
        "moved.yml:4: ERROR: 'articles/heart/gone' moves to 'articles/heart/never-written'"
        in warnings
    )
    assert "[healthkb.moved]" in warnings
    assert not (app.outdir / "articles/heart/old.html").exists()
    assert not (app.outdir / "articles/heart/gone.html").exists()
    assert "refresh" not in (app.outdir / "genindex.html").read_text(encoding="utf-8")
    walking = app.outdir / "articles/heart/walking-and-heart-health.html"
    assert "refresh" not in walking.read_text(encoding="utf-8")


def test_pagefind_does_not_index_the_page_at_the_old_address(site_copy, make_app):
    site = moved_site(site_copy())
    app = make_app(
        "html", srcdir=site, freshenv=True, confoverrides={"healthkb_pagefind": True}
    )
    app.build()
    assert warnings_of(app) == ""
    entry = app.outdir / "pagefind/pagefind-entry.json"
    with_redirect = entry.read_text(encoding="utf-8")
    # the same site without the redirect page indexes to the very same index
    (app.outdir / "articles/heart/walking-and-heart-health.html").unlink()
    shutil.rmtree(app.outdir / "pagefind")
    subprocess.run(command(app.outdir), check=True, capture_output=True)
    assert entry.read_text(encoding="utf-8") == with_redirect
    assert '"page_count":' in with_redirect
