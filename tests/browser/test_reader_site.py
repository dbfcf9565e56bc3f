"""The reader's site in a real browser: the phone layout, accessibility (axe-core),
the security policy, key figures, printing and screenshots."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import SCREENSHOTS, Console, run_axe
from .pages import AXE_PAGES, RESULT_LINKS, wait_for_results
from .shipped import shipped_articles

pytestmark = pytest.mark.browser


def test_phone_article_fits_and_shows_byline_and_dates(phone, site):
    for article in shipped_articles():
        phone.goto(site.url(article.page))
        overflow = phone.evaluate(
            "(d => d.scrollWidth - d.clientWidth)(document.documentElement)"
        )
        assert overflow <= 0, (
            f"{article.page} scrolls sideways by {overflow}px on a phone"
        )
        meta = article.meta
        for selector in (
            ".hk-byline",
            ".hk-date.hk-published",
            *([".hk-date.hk-reviewed"] if meta.reviewed else []),
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
        # an article never reviewed shows no review date
        assert dates == [
            meta.published.isoformat(),
            *([meta.reviewed.isoformat()] if meta.reviewed else []),
            meta.review_due.isoformat(),
        ]


def _serious(violations: list[dict]) -> list[tuple]:
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]])
        for v in violations
        if v["impact"] not in ("minor", "moderate")
    ]


def _assert_axe_clean(page, site) -> None:
    violations = run_axe(page, site)
    assert _serious(violations) == []
    # axe really ran (it is loaded and reported on this page)
    assert page.evaluate("typeof axe.version") == "string"


@pytest.mark.parametrize("name", [n for n in AXE_PAGES if n != "search results"])
def test_axe_finds_no_serious_or_critical_violations(page, site, name):
    response = page.goto(site.url(AXE_PAGES[name]))
    assert response.status == (404 if name == "404" else 200)
    _assert_axe_clean(page, site)


def test_axe_search_results(page, search_site):
    """The results page of each search backend, once the results are shown."""
    page.goto(search_site.url(AXE_PAGES["search results"]))
    wait_for_results(page)
    assert page.locator(RESULT_LINKS).count() > 0
    _assert_axe_clean(page, search_site)


@pytest.mark.parametrize("name", ["home", "article", "404"])
def test_axe_dark_mode(dark_page, site, name):
    dark_page.goto(site.url(AXE_PAGES[name]))
    background = dark_page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 255, 255)", "the page did not switch to dark colours"
    assert _serious(run_axe(dark_page, site)) == []


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        AXE_PAGES["article"],
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
    _assert_works_under_the_policy(page, console)


def test_search_works_under_the_security_policy(page, console: Console, search_site):
    page.goto(search_site.url("search.html?q=vagus"))
    wait_for_results(page)
    page.wait_for_load_state("networkidle")
    assert page.locator(RESULT_LINKS).count() > 0
    _assert_works_under_the_policy(page, console)


def _assert_works_under_the_policy(page, console: Console) -> None:
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
