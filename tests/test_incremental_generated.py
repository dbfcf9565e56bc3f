"""Incremental builds of a generated site (the benchmark corpus) write only what changed.

The small test roots have few shared keywords; a generated site has a long tail of
keywords, shared sources and ``{doc}`` links, like a real one. Every page Sphinx
writes passes ``html-page-context`` once, so that hook counts the pages written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import write_site  # noqa: E402

#: written by Sphinx (and sphinx-notfound-page) on every build, whatever changed
ALWAYS = {"genindex", "search", "404"}


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
