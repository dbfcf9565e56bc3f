"""The reader's site in a real browser: search, keyword pages, the phone layout,
the security policy, the 404 page, printing and screenshots."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from .conftest import SCREENSHOTS, BuiltSite, Console
from .shipped import shipped_articles

pytestmark = pytest.mark.browser

VNS_TITLES = {
    "Vagus nerve stimulation for treatment-resistant depression: two-year results",
    "Vagus nerve stimulation over five years: what a registry found",
}


def search(page: Page, site: BuiltSite, query: str) -> dict[str, str]:
    """Run Sphinx's search page; return result link text -> href (page part)."""
    page.goto(site.url("search.html?q=" + quote(query)))
    expect(page.locator("#search-results .search-summary")).to_contain_text(
        "Search finished", timeout=15000
    )
    links = page.locator("#search-results ul.search > li > a")
    return {
        links.nth(i).inner_text(): links.nth(i).get_attribute("href").split("#")[0]
        for i in range(links.count())
    }


def article_by_title(title: str):
    return next(a for a in shipped_articles() if a.title.replace("\\", "") == title)


def test_search_vagus_lists_both_vns_articles(page, site):
    results = search(page, site, "vagus")
    assert set(results) >= VNS_TITLES
    for title in VNS_TITLES:
        assert results[title] == article_by_title(title).page


def test_search_glossary_term_finds_glossary_and_article(page, site):
    # "sham" is defined in the glossary and used in one article's text
    results = search(page, site, "sham")
    hrefs = set(results.values())
    assert "glossary.html" in hrefs
    assert (
        "articles/mental-health/vagus-nerve-stimulation-two-year-results.html" in hrefs
    )


def test_search_front_matter_only_keyword_finds_its_article(page, site):
    keyword = "Long-term outcomes"
    article = next(a for a in shipped_articles() if keyword in a.meta.all_keywords)
    # the precondition that makes this test mean something
    assert keyword.casefold() not in article.body.casefold()
    results = search(page, site, keyword)
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


def test_phone_article_fits_and_shows_byline_and_dates(phone, site):
    for article in shipped_articles():
        phone.goto(site.url(article.page))
        overflow = phone.evaluate(
            "(d => d.scrollWidth - d.clientWidth)(document.documentElement)"
        )
        assert overflow <= 0, (
            f"{article.page} scrolls sideways by {overflow}px on a phone"
        )
        for selector in (
            ".hk-byline",
            ".hk-date.hk-published",
            ".hk-date.hk-reviewed",
            ".hk-date.hk-review-due",
        ):
            element = phone.locator(selector)
            expect(element).to_be_visible()
            box = element.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390, (
                f"{selector} is cut off on {article.page}"
            )
        dates = phone.locator(".hk-dates time").evaluate_all(
            "ts => ts.map(t => t.getAttribute('datetime'))"
        )
        meta = article.meta
        assert dates == [
            meta.published.isoformat(),
            meta.reviewed.isoformat(),
            meta.review_due.isoformat(),
        ]


AXE_PAGES = {
    "home": "index.html",
    "article": "articles/mental-health/vagus-nerve-stimulation-two-year-results.html",
    "keyword page": "keywords/vagus-nerve-stimulation.html",
    "glossary": "glossary.html",
    "search results": "search.html?q=depression",
    "404": "no/such/page.html",
}


@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_axe_finds_no_serious_or_critical_violations(page, site, name):
    from .conftest import run_axe

    response = page.goto(site.url(AXE_PAGES[name]))
    assert response.status == (404 if name == "404" else 200)
    if name == "search results":
        expect(page.locator("#search-results .search-summary")).to_contain_text(
            "Search finished", timeout=15000
        )
    violations = run_axe(page, site)
    assert violations == [] or all(
        v["impact"] in ("minor", "moderate") for v in violations
    ), [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    # axe really ran: it reports the rules it checked
    assert page.evaluate("typeof axe.version") == "string"


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        AXE_PAGES["article"],
        "search.html?q=vagus",
        "no/such/page.html",
        AXE_PAGES["keyword page"],
        "keywords/index.html",
        "glossary.html",
        "genindex.html",
        "about/editorial-policy.html",
    ],
)
def test_pages_work_under_the_security_policy(page, console: Console, site, path):
    page.goto(site.url(path))
    page.wait_for_load_state("networkidle")
    if path.startswith("search"):
        expect(page.locator("#search-results .search-summary")).to_contain_text(
            "Search finished", timeout=15000
        )
    # furo's theme script (allowed by its hash) ran and set the colour theme
    assert page.evaluate("document.body.dataset.theme") in ("auto", "light", "dark")
    assert console.csp_violations() == []
    # an inline script that is not the theme's is refused
    page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.__injected = true';
                   document.body.append(s); }"""
    )
    assert page.evaluate("window.__injected === undefined")
    assert console.csp_violations(), (
        "the browser did not report the refused inline script"
    )


@pytest.mark.parametrize(
    "path", ["index.html", AXE_PAGES["keyword page"], "glossary.html"]
)
def test_phone_other_pages_fit(phone, site, path):
    phone.goto(site.url(path))
    overflow = phone.evaluate(
        "(d => d.scrollWidth - d.clientWidth)(document.documentElement)"
    )
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px on a phone"


def test_404_page_offers_search(page, site):
    response = page.goto(site.url("articles/mental-health/no-such-article.html"))
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
    expect(page.locator("#search-results .search-summary")).to_contain_text(
        "Search finished", timeout=15000
    )
    titles = page.locator("#search-results ul.search > li > a").all_inner_texts()
    assert set(titles) >= VNS_TITLES


def test_home_page_search_box_topics_and_trust_links(page, site):
    page.goto(site.url("index.html"))
    page.get_by_label("Search the articles").fill("remission")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#search-results .search-summary")).to_contain_text(
        "Search finished", timeout=15000
    )
    assert "q=remission" in page.url
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


def test_key_figures_show_numbers_with_bars(page, site):
    page.goto(
        site.url(
            "articles/mental-health/vagus-nerve-stimulation-five-year-registry.html"
        )
    )
    figures = page.locator(".hk-key-figure")
    expect(figures).to_have_count(2)
    first = figures.first
    expect(first.locator(".hk-key-figure-number")).to_have_text("67.6% vs 40.9%")
    bar = first.get_by_role("img")
    expect(bar).to_have_attribute("aria-label", "Bars: 67.6% and 40.9%, out of 100%")
    widths = first.locator("rect.hk-bar-fill").evaluate_all(
        "rs => rs.map(r => r.getBBox().width)"
    )
    assert widths == pytest.approx([67.6, 40.9])
    size = float(
        first.locator(".hk-key-figure-number").evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize)"
        )
    )
    body = float(page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)"))
    assert size >= 1.5 * body
    # the citation stays with the figure
    expect(first.locator(".hk-key-figure-text a")).to_have_count(1)


def test_article_prints_without_site_chrome(page, site):
    page.goto(site.url(AXE_PAGES["article"]))
    page.emulate_media(media="print")
    for chrome in (
        ".sidebar-drawer",
        ".toc-drawer",
        ".mobile-header",
        ".related-pages",
    ):
        assert (
            page.locator(chrome).first.evaluate("e => getComputedStyle(e).display")
            == "none"
        ), chrome
    for kept in (
        ".hk-dates",
        ".hk-byline",
        "#references, .footnote-list, dl.footnote",
        ".hk-disclaimer",
    ):
        expect(page.locator(kept).first).to_be_visible()
    # on paper a reader still has the address to report a problem
    report = page.get_by_role("link", name="Report a problem with this page")
    after = report.evaluate("e => getComputedStyle(e, '::after').content")
    assert report.get_attribute("href") in after
    # a reference shows its address as its text already: not printed twice
    reference = page.locator("aside.footnote a[href^='https://']").first
    assert reference.evaluate("e => getComputedStyle(e, '::after').content") in (
        "none",
        "normal",
        '""',
    )


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_screenshots(request, site, device):
    shot = request.getfixturevalue("page" if device == "desktop" else "phone")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, path in (("home", "index.html"), ("article", AXE_PAGES["article"])):
        shot.goto(site.url(path))
        shot.wait_for_load_state("networkidle")
        # the first screen a reader sees, and the whole page
        for suffix, full_page in (("", False), ("-full", True)):
            target = SCREENSHOTS / f"{name}-{device}{suffix}.png"
            target.unlink(missing_ok=True)
            shot.screenshot(path=str(target), full_page=full_page)
            assert target.stat().st_size > 10_000
            assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
