"""The search results page itself, on both backends (``search_site``): Pagefind,
which readers get, and Sphinx's search, which ``make serve`` shows editors. Both
write the same markup: a summary line with the count, then a list of links."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import BuiltSite
from .pages import AXE_PAGES, RESULT_LINKS, VNS_TITLES, search, wait_for_results

pytestmark = pytest.mark.browser

SUMMARY = "#search-results .search-summary"
SHAM_ARTICLE = AXE_PAGES["article"]  # the article that uses "sham"


def _found(page) -> int:
    text = page.locator(SUMMARY).inner_text()
    match = re.search(r"found (one|\d+) pages?", text)
    assert match, f"the summary gives no count: {text!r}"
    return 1 if match.group(1) == "one" else int(match.group(1))


def test_summary_counts_the_results_listed(page, search_site):
    results = search(page, search_site, "sham")
    # the glossary and the article that uses the word (Sphinx adds the glossary term)
    assert {"glossary.html", SHAM_ARTICLE} <= set(results.values())
    assert _found(page) == page.locator(RESULT_LINKS).count()


def test_a_list_of_other_articles_does_not_make_a_page_a_result(page, search_site):
    """Topic and keyword pages list articles' titles and descriptions; a query
    should find those articles, not every page that lists them."""
    results = search(page, search_site, "vagus")
    hrefs = set(results.values())
    assert set(VNS_TITLES) <= set(results)
    assert "articles/mental-health/index.html" not in hrefs
    keyword_pages = {h for h in hrefs if h.startswith("keywords/")}
    # the keyword's own page, and the A-Z list that names it
    assert keyword_pages <= {
        "keywords/vagus-nerve-stimulation.html",
        "keywords/index.html",
    }


def test_no_results_says_so(page, search_site):
    page.goto(search_site.url("search.html?q=xylophonequux"))
    wait_for_results(page, "did not match any")
    expect(page.locator(RESULT_LINKS)).to_have_count(0)


def test_results_fit_a_phone(phone, search_site):
    found = search(phone, search_site, "vagus")
    assert set(found) >= VNS_TITLES
    overflow = phone.evaluate(
        "(d => d.scrollWidth - d.clientWidth)(document.documentElement)"
    )
    assert overflow <= 0, f"the results scroll sideways by {overflow}px on a phone"
    for link in phone.locator(RESULT_LINKS).all():
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390


def _fetched(page, site: BuiltSite, query: str) -> list[str]:
    paths: list[str] = []
    page.on("request", lambda request: paths.append(urlsplit(request.url).path))
    search(page, site, query)
    page.wait_for_load_state("networkidle")
    return [p.removeprefix(site.prefix) for p in paths]


def test_each_backend_loads_only_its_own_index(page, search_site):
    paths = _fetched(page, search_site, "vagus")
    if search_site.search == "pagefind":
        assert "searchindex.js" not in paths
        assert any(p.startswith("pagefind/index/") for p in paths)
        # no worker: Pagefind's WebAssembly runs under this page's policy
        assert "pagefind/pagefind-worker.js" not in paths
        # one fragment per result shown, not one per page of the site
        fragments = [p for p in paths if p.startswith("pagefind/fragment/")]
        assert len(fragments) == page.locator(RESULT_LINKS).count()
    else:
        assert "searchindex.js" in paths
        assert not any(p.startswith("pagefind/") for p in paths)


def test_pagefind_shows_more_results_on_request(page, site):
    """Pagefind loads the results ten at a time; the rest come with a button."""
    # every keyword page says "N articles with this keyword" (lists of articles
    # are not indexed, so an article word matches too few pages here)
    search(page, site, "keyword")
    total = _found(page)
    assert total > 10, "the precondition: 'keyword' matches more pages than one batch"
    expect(page.locator(RESULT_LINKS)).to_have_count(10)
    page.get_by_role("button", name="Show more results").click()
    expect(page.locator(RESULT_LINKS)).to_have_count(min(total, 20))
    # keyboard users land on the first new result
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == page.locator(RESULT_LINKS).nth(10).get_attribute("href")
    if total <= 20:
        expect(page.get_by_role("button", name="Show more results")).to_have_count(0)


def test_pagefind_search_page_has_its_own_search_form(page, site):
    """On a phone furo's search box is inside the menu: the page offers one too,
    filled with the query, and a new query runs a new search."""
    search(page, site, "vagus")
    box = page.get_by_label("Search the articles")
    expect(box).to_have_value("vagus")
    box.fill("sham")
    page.get_by_role("button", name="Search").click()
    wait_for_results(page)
    assert "q=sham" in page.url
    assert "Glossary" in page.locator(RESULT_LINKS).all_inner_texts()
