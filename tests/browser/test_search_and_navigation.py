"""Finding things in a real browser: search (words, glossary terms, front-matter
keywords), keyword pages, the home page, the 404 page and the feedback links.

Tests that search run on both backends (``search_site``): Pagefind, which readers
get, and Sphinx's search, which ``make serve`` shows editors."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .pages import RESULT_LINKS, VNS_TITLES, article_by_title, search, wait_for_results
from .shipped import shipped_articles

pytestmark = pytest.mark.browser


def test_search_vagus_lists_both_vns_articles(page, search_site):
    results = search(page, search_site, "vagus")
    assert set(results) >= VNS_TITLES
    for title in VNS_TITLES:
        assert results[title] == article_by_title(title).page


def test_search_glossary_term_finds_glossary_and_article(page, search_site):
    # "sham" is defined in the glossary and used in one article's text
    results = search(page, search_site, "sham")
    hrefs = set(results.values())
    assert "glossary.html" in hrefs
    assert (
        "articles/mental-health/vagus-nerve-stimulation-two-year-results.html" in hrefs
    )


def test_search_front_matter_only_keyword_finds_its_article(page, search_site):
    keyword = "Long-term outcomes"
    article = next(a for a in shipped_articles() if keyword in a.meta.all_keywords)
    # the precondition that makes this test mean something
    assert keyword.casefold() not in article.body.casefold()
    results = search(page, search_site, keyword)
    assert article.page in results.values()


def test_keyword_page_links_lead_to_the_article(page, site):
    article = shipped_articles()[0]
    page.goto(site.url(article.page))
    keyword = article.meta.keywords[0]
    page.locator(".hk-keywords a", has_text=keyword).first.click()
    page.wait_for_load_state()
    assert re.search(r"/keywords/[a-z0-9-]+\.html$", page.url)
    expect(page.locator("h1")).to_have_text(re.compile(re.escape(keyword)))
    page.get_by_role(
        "link", name=article.title.replace("\\", ""), exact=True
    ).first.click()
    page.wait_for_load_state()
    assert page.url == site.url(article.page)
    expect(page.locator("h1")).to_contain_text(article.title.replace("\\", ""))


def test_404_page_offers_search(page, search_site):
    response = page.goto(search_site.url("articles/mental-health/no-such-article.html"))
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Page not found")
    # the theme's styles load even from a deeper path (absolute links)
    assert (
        page.evaluate(
            "getComputedStyle(document.querySelector('.sidebar-drawer')).display"
        )
        != "inline"
    )
    page.get_by_label("Search for what you were looking for").fill("vagus")
    page.get_by_role("button", name="Search").click()
    wait_for_results(page)
    titles = page.locator(RESULT_LINKS).all_inner_texts()
    assert set(titles) >= VNS_TITLES


def test_home_page_search_box(page, search_site):
    page.goto(search_site.url("index.html"))
    page.get_by_label("Search the articles").fill("remission")
    page.get_by_role("button", name="Search").click()
    wait_for_results(page)
    assert "q=remission" in page.url
    assert page.locator(RESULT_LINKS).count() > 0


def test_home_page_topics_and_trust_links(page, site):
    page.goto(site.url("index.html"))
    page.locator(".sd-card", has_text="Mental health").click()
    expect(page.locator("h1")).to_have_text(re.compile("Mental health"))
    page.goto(site.url("index.html"))
    for name in (
        "Editorial policy",
        "About healthkb",
        "Medical disclaimer",
        "Privacy",
        "Contact us",
    ):
        link = page.get_by_role("link", name=re.compile(name)).first
        expect(link).to_be_visible()
    recent = page.locator(".hk-article-list a, #recently-reviewed a").all_inner_texts()
    assert set(recent) >= VNS_TITLES


def test_article_feedback_links(page, site):
    article = shipped_articles()[0]
    page.goto(site.url(article.page))
    report = page.get_by_role("link", name="Report a problem with this page")
    edit = page.get_by_role("link", name="Edit this page")
    expect(report).to_be_visible()
    expect(edit).to_be_visible()
    assert article.path.removesuffix(".md") in report.get_attribute("href")
    assert edit.get_attribute("href").endswith(article.path)
