"""Incremental builds of a generated site (the benchmark corpus) write only what changed.

The small test roots have few shared keywords; a generated site has a long tail of
keywords, shared sources and ``{doc}`` links, like a real one. Every page Sphinx
writes passes ``html-page-context`` once, so that hook counts the pages written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generate import write_site
from helpers.keyword_site import html_files

#: written by Sphinx (and sphinx-notfound-page) on every build, whatever changed
#: (genindex only when its entries change: healthkb.sphinxext.incremental.html_builder)
ALWAYS = {"search", "404"}


def _build(make_app, srcdir: Path, *, fresh: bool) -> list[str]:
    app = make_app("html", srcdir=srcdir, freshenv=fresh)
    written: list[str] = []
    app.connect("html-page-context", lambda _app, page, *_args: written.append(page))
    app.build()
    assert app.statuscode == 0
    return sorted(written)


def test_generated_site_rebuilds_only_what_changed(make_app, tmp_path):
    site = tmp_path / "site"
    articles = write_site(site, 30, seed=5, words=40)
    first = _build(make_app, site, fresh=True)
    keyword_pages = [p for p in first if p.startswith("keywords/")]
    assert len(keyword_pages) > 10
    assert {a.docname for a in articles} <= set(first)

    # nothing changed: no article, topic or keyword page is written again
    assert set(_build(make_app, site, fresh=False)) <= ALWAYS

    # one body edit: that article, and the topic page whose toctree lists it
    edited = articles[len(articles) // 2]
    path = site / f"{edited.docname}.md"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nOne more plain sentence.\n",
        encoding="utf-8",
    )
    written = set(_build(make_app, site, fresh=False)) - ALWAYS
    topic_page = edited.docname.rsplit("/", 1)[0] + "/index"
    assert written == {edited.docname, topic_page}


def test_general_index_is_rewritten_only_when_its_entries_change(make_app, tmp_path):
    site = tmp_path / "site"
    articles = write_site(site, 12, seed=3, words=40)
    assert "genindex" in _build(make_app, site, fresh=True)
    genindex = site / "_build/html/genindex.html"
    path = site / f"{articles[2].docname}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nOne more plain sentence.\n", encoding="utf-8")
    assert "genindex" not in _build(make_app, site, fresh=False)
    # a keyword is an index entry: renaming one rewrites the index
    listed = f"\nkeywords: [{articles[2].keywords[0]}"
    assert listed in text
    path.write_text(text.replace(listed, "\nkeywords: [Zz index word", 1), "utf-8")
    assert "genindex" in _build(make_app, site, fresh=False)
    assert "Zz index word" in genindex.read_text(encoding="utf-8")
    # a deleted output page is written again, whatever the state file says
    genindex.unlink()
    assert "genindex" in _build(make_app, site, fresh=False)
    assert genindex.is_file()


def test_related_lists_recomputed_only_when_their_inputs_change(
    make_app, tmp_path, monkeypatch
):
    """Related lists and page frames (sidebars) are cached between builds."""
    from healthkb.model.related import RelatedLists
    from healthkb.sphinxext.incremental import page_frames

    calls: list[int] = []
    real = RelatedLists.update

    def counting(self, articles, limit):
        calls.append(len(articles))
        return real(self, articles, limit)

    monkeypatch.setattr(RelatedLists, "update", counting)
    drawn: list[int] = []
    real_frames = page_frames.frames

    def counting_frames(env):
        drawn.append(1)
        return real_frames(env)

    monkeypatch.setattr(page_frames, "frames", counting_frames)
    site = tmp_path / "site"
    articles = write_site(site, 30, seed=6, words=40)
    _build(make_app, site, fresh=True)
    assert calls == [30]
    _build(make_app, site, fresh=False)  # nothing changed
    path = site / f"{articles[3].docname}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nOne more plain sentence.\n", encoding="utf-8")
    _build(make_app, site, fresh=False)  # a body edit: keywords and topic unchanged
    assert calls == [30]
    assert drawn == [1]  # titles, toctrees and links unchanged too
    listed = f"\nkeywords: [{articles[3].keywords[0]}"
    assert listed in text
    path.write_text(text.replace(listed, "\nkeywords: [Zz test keyword", 1), "utf-8")
    _build(make_app, site, fresh=False)
    assert calls == [30, 30]
    assert drawn == [1]


def test_new_and_retitled_article_rewrite_only_the_pages_that_show_them(
    make_app, tmp_path
):
    """Each sidebar shows a window of its topic's articles: a new article appears in
    the windows of its topic's pages, not on the pages of other topics."""
    site = tmp_path / "site"
    articles = write_site(site, 40, seed=8, words=40)
    first = _build(make_app, site, fresh=True)
    source = articles[0]
    text = (site / f"{source.docname}.md").read_text(encoding="utf-8")
    heading = f"\n# {source.title}"
    assert heading in text
    new = site / f"{source.docname}-new.md"
    new.write_text(text.replace(heading, "\n# A new test article", 1), "utf-8")
    added = set(_build(make_app, site, fresh=False)) - ALWAYS
    assert f"{source.docname}-new" in added
    new.write_text(text.replace(heading, "\n# A retitled test article", 1), "utf-8")
    retitled = set(_build(make_app, site, fresh=False)) - ALWAYS
    assert f"{source.docname}-new" in retitled
    others = [a.docname for a in articles if a.topic != source.topic]
    for written in (added, retitled):
        # pages of other topics are written only if they list the new article
        # (related lists, keyword pages), never all of them
        assert len(written & set(others)) < len(others) // 2
        assert len(written) < len(first) // 2
    # a {doc} link shows its target's title: the linking page follows a retitle
    linking = next(a for a in articles if a.links and a.topic != source.topic)
    target = articles[linking.links[0]]
    path = site / f"{target.docname}.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            f"\n# {target.title}", "\n# A linked test article", 1
        ),
        encoding="utf-8",
    )
    assert linking.docname in _build(make_app, site, fresh=False)
    # and what was not rewritten is what a clean build shows
    clean = tmp_path / "clean"
    shutil.copytree(site, clean, ignore=shutil.ignore_patterns("_build"))
    _build(make_app, clean, fresh=True)
    assert html_files(site / "_build/html") == html_files(clean / "_build/html")
