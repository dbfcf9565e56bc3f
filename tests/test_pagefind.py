"""With healthkb_pagefind = True the search page uses Pagefind's chunked index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.site import soup, warnings_of

from healthkb.model.settings import read_conf


@pytest.fixture
def pagefind_site(make_app, site_copy):
    """test-basic built with healthkb_pagefind = True (the browser test uses it too)."""
    path = site_copy()
    conf = path / "conf.py"
    conf.write_text(conf.read_text() + "\nhealthkb_pagefind = True\n")
    app = make_app("html", srcdir=path)
    app.build(force_all=True)
    return app


def _indexed_pages(out):
    pages = [out / "index.html", out / "glossary.html"]
    return pages + [*out.glob("articles/**/*.html"), *out.glob("keywords/**/*.html")]


def test_build_writes_a_pagefind_bundle_and_search_page(pagefind_site):
    app = pagefind_site
    assert warnings_of(app) == ""
    bundle = app.outdir / "pagefind"
    assert (bundle / "pagefind-entry.json").is_file()
    assert (bundle / "pagefind-ui.js").is_file()
    assert list(bundle.glob("index/*.pf_index")), "no index chunks written"
    # one fragment per indexed page: home, glossary, articles and topics, keyword pages
    assert len(_indexed_pages(app.outdir)) > 6
    assert len(list(bundle.glob("fragment/*.pf_fragment"))) == len(
        _indexed_pages(app.outdir)
    )
    page = soup(app.outdir / "search.html")
    scripts = [s.get("src", "") for s in page.select("script")]
    assert "_static/healthkb-pagefind.js" in scripts
    assert (app.outdir / "_static" / "healthkb-pagefind.js").is_file()
    assert not any("searchindex.js" in s for s in scripts)
    # the results go where Sphinx's search writes them, with the bundle's path
    assert page.select_one("#search-results")["data-bundle"] == "pagefind/"
    # the page's own search form, sent to the search page itself
    assert page.select_one("form.hk-search-form")["action"] == "search.html"


def _policy(path) -> str:
    meta = soup(path).select_one('meta[http-equiv="Content-Security-Policy"]')
    return meta["content"]


def test_only_the_search_page_may_compile_webassembly(pagefind_site):
    out = pagefind_site.outdir
    assert "'wasm-unsafe-eval'" in _policy(out / "search.html")
    others = [
        out / "index.html",
        out / "glossary.html",
        *out.glob("articles/**/*.html"),
    ]
    assert len(others) > 2
    for page in others:
        assert "wasm" not in _policy(page), page


def test_setting_off_keeps_sphinx_search(make_app, site_copy):
    app = make_app("html", srcdir=site_copy())
    app.build(force_all=True)
    assert not (app.outdir / "pagefind").exists()
    page = soup(app.outdir / "search.html")
    scripts = [s.get("src", "") for s in page.select("script")]
    assert "searchindex.js" in scripts
    assert not (app.outdir / "_static" / "healthkb-pagefind.js").exists()
    assert "wasm" not in _policy(app.outdir / "search.html")


def test_shipped_site_turns_pagefind_on_and_make_serve_turns_it_off():
    """Readers get Pagefind (make html); the editors' preview keeps Sphinx's search."""
    repo = Path(__file__).resolve().parents[1]
    assert read_conf(repo)["healthkb_pagefind"] is True
    serve = re.search(
        r"^serve:.*?(?=^\S)", (repo / "Makefile").read_text(), re.M | re.S
    )
    assert serve and "healthkb serve" in serve.group(0)
    from healthkb.preview.warm_build import PREVIEW_OVERRIDES

    assert PREVIEW_OVERRIDES["healthkb_pagefind"] == "0"


def test_rebuild_after_an_edit_leaves_no_stale_index_files(pagefind_site):
    app = pagefind_site
    source = app.srcdir / "articles" / "heart" / "walking-and-heart-health.md"
    text = source.read_text(encoding="utf-8")
    assert "Walking most days" in text
    source.write_text(text.replace("Walking most days", "Walking on most days"))
    app.build()
    assert warnings_of(app) == ""
    bundle = app.outdir / "pagefind"
    assert len(list(bundle.glob("*.pf_meta"))) == 1
    fragments = list(bundle.glob("fragment/*.pf_fragment"))
    assert len(fragments) == len(_indexed_pages(app.outdir))


def _fragments(bundle: Path) -> list[dict]:
    """Pagefind's per-page fragments: gzip of 'pagefind_dcd' and the page's JSON."""
    import gzip
    import json

    found = []
    for path in sorted(bundle.glob("fragment/*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        found.append(json.loads(data.removeprefix(b"pagefind_dcd")))
    return found


def test_an_articles_indexed_text_starts_with_its_standfirst(pagefind_site):
    """The excerpt a title match shows is the start of the indexed text: the
    standfirst, not the byline, review notice or dates."""
    out = pagefind_site.outdir
    articles = [
        p
        for p in out.glob("articles/*/*.html")
        if p.name != "index.html" and soup(p).select_one(".hk-summary")
    ]
    assert articles
    by_url = {f["url"].lstrip("/"): f for f in _fragments(out / "pagefind")}
    for page in articles:
        html = soup(page)
        summary = " ".join(html.select_one(".hk-summary").get_text().split())
        fragment = by_url[page.relative_to(out).as_posix()]
        title = " ".join(html.select_one("h1").get_text().split()).rstrip("¶")
        content = " ".join(fragment["content"].split())
        assert content.removeprefix(title).lstrip(". ").startswith(summary), content
        for shown in html.select(".hk-byline, .hk-dates"):
            assert " ".join(shown.get_text().split()) not in content
