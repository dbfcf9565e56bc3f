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


def test_related_lists_recomputed_only_when_their_inputs_change(
    make_app, tmp_path, monkeypatch
):
    from healthkb.extension import dependents

    calls: list[int] = []
    real = dependents.compute_related

    def counting(articles, limit):
        calls.append(len(articles))
        return real(articles, limit)

    monkeypatch.setattr(dependents, "compute_related", counting)
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
    listed = f"\nkeywords: [{articles[3].keywords[0]}"
    assert listed in text
    path.write_text(text.replace(listed, "\nkeywords: [Zz test keyword", 1), "utf-8")
    _build(make_app, site, fresh=False)
    assert calls == [30, 30]
