"""Shared helpers for the browser tests: pages to visit and the search page."""

from __future__ import annotations

from urllib.parse import quote

from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .shipped import SourceArticle, shipped_articles

VNS_TITLES = {
    "Vagus nerve stimulation for treatment-resistant depression: two-year results",
    "Vagus nerve stimulation over five years: what a registry found",
}


RESULT_LINKS = "#search-results ul.search > li > a"


def wait_for_results(page: Page, text: str = "Search finished") -> None:
    """Both backends write Sphinx's markup and summary line when a search is done."""
    expect(page.locator("#search-results .search-summary")).to_contain_text(
        text, timeout=15000
    )


def search(page: Page, site: BuiltSite, query: str) -> dict[str, str]:
    """Run the search page (Pagefind's or Sphinx's); return link text -> href (page
    part) of the results shown."""
    page.goto(site.url("search.html?q=" + quote(query)))
    wait_for_results(page)
    links = page.locator(RESULT_LINKS)
    return {
        links.nth(i).inner_text(): links.nth(i).get_attribute("href").split("#")[0]
        for i in range(links.count())
    }


def article_by_title(title: str) -> SourceArticle:
    return next(a for a in shipped_articles() if a.title.replace("\\", "") == title)


AXE_PAGES = {
    "home": "index.html",
    "article": "articles/mental-health/vagus-nerve-stimulation-two-year-results.html",
    "keyword page": "keywords/vagus-nerve-stimulation.html",
    "glossary": "glossary.html",
    "search results": "search.html?q=depression",
    "404": "no/such/page.html",
    "editorial policy": "about/editorial-policy.html",
}
