"""With healthkb_pagefind = True the search page uses Pagefind's chunked index."""

from __future__ import annotations

import pytest
from conftest import soup, warnings_of


@pytest.fixture
def pagefind_site(make_app, site_copy):
    """test-basic built with healthkb_pagefind = True (the browser test uses it too)."""
    path = site_copy()
    conf = path / "conf.py"
    conf.write_text(conf.read_text() + "\nhealthkb_pagefind = True\n")
    app = make_app("html", srcdir=path)
    app.build(force_all=True)
    return app


def test_build_writes_a_pagefind_bundle_and_search_page(pagefind_site):
    app = pagefind_site
    assert warnings_of(app) == ""
    bundle = app.outdir / "pagefind"
    assert (bundle / "pagefind-entry.json").is_file()
    assert (bundle / "pagefind-ui.js").is_file()
    assert list(bundle.glob("index/*.pf_index")), "no index chunks written"
    # one fragment per indexed page: home, glossary, articles and topics, keyword pages
    out = app.outdir
    pages = [out / "index.html", out / "glossary.html"]
    pages += [*out.glob("articles/**/*.html"), *out.glob("keywords/**/*.html")]
    assert len(pages) > 6
    assert len(list(bundle.glob("fragment/*.pf_fragment"))) == len(pages)
    page = soup(app.outdir / "search.html")
    scripts = [s.get("src", "") for s in page.select("script")]
    assert "pagefind/pagefind-ui.js" in scripts
    assert not any("searchindex.js" in s for s in scripts)
    assert page.select_one("#hk-search") is not None


def test_setting_off_keeps_sphinx_search(make_app, site_copy):
    app = make_app("html", srcdir=site_copy())
    app.build(force_all=True)
    assert not (app.outdir / "pagefind").exists()
    page = soup(app.outdir / "search.html")
    scripts = [s.get("src", "") for s in page.select("script")]
    assert "searchindex.js" in scripts
