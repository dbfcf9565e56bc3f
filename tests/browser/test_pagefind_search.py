"""The search box's page answers from Pagefind when healthkb_pagefind = True."""

from __future__ import annotations

from search_transfer import query_bytes
from test_pagefind import pagefind_site  # noqa: F401 - the fixture


def test_search_box_query_finds_the_article(pagefind_site, browser):  # noqa: F811
    load = query_bytes(pagefind_site.outdir, "walking", browser=browser)
    # links relative to the search page, as Sphinx's search writes them
    assert "articles/heart/walking-and-heart-health.html" in load.results
    assert not any("breathing-exercises" in r for r in load.results)
    assert any(p.startswith("pagefind/index/") for p in load.paths)
    assert "searchindex.js" not in load.paths
