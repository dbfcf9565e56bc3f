"""An article page shows byline, reviewer state, dates, summary, references, keywords,
disclaimer and feedback links."""

from __future__ import annotations

import pytest
from helpers.site import soup, warnings_of


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_clean_root_builds_without_warnings(app):
    app.build(force_all=True)
    assert warnings_of(app) == ""


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_reviewed_article_anatomy(app):
    app.build(force_all=True)
    page = soup(app.outdir / "articles/heart/walking-and-heart-health.html")
    header = page.select_one(".hk-article-header")
    assert header is not None
    # the header sits right under the title
    assert (
        header.find_previous("h1")
        .get_text(strip=True)
        .startswith("Walking and heart health")
    )
    assert "Dr Ada Jones" in header.select_one(".hk-byline").get_text()
    assert "Health Editor" in header.select_one(".hk-byline").get_text()
    review = header.select_one(".hk-review")
    assert "hk-reviewed" in review["class"]
    assert "Dr Ben Okafor" in review.get_text()
    dates = {
        t.find_parent("div")["class"][1]: t["datetime"] for t in header.select("time")
    }
    assert dates == {
        "hk-published": "2026-01-10",
        "hk-reviewed": "2026-06-01",
        "hk-review-due": "2027-06-01",
    }
    assert header.select_one(".hk-summary").get_text() == (
        "Regular walking is linked with better heart health in older adults."
    )
    disclaimer = page.select_one(".hk-disclaimer")
    assert "not medical advice" in disclaimer.get_text()
    assert "emergency" in disclaimer.get_text()
    links = {a.get_text(): a["href"] for a in page.select(".hk-feedback a")}
    assert (
        links["Report a problem with this page"]
        == "https://example.org/report?page=articles/heart/walking-and-heart-health"
    )
    assert (
        links["Edit this page"]
        == "https://example.org/edit/articles/heart/walking-and-heart-health.md"
    )
    keywords = [li.get_text() for li in page.select(".hk-keyword")]
    assert keywords == ["Heart health", "Walking", "Exercise", "Older adults"]
    doi_links = [a["href"] for a in page.select("a[href^='https://doi.org/']")]
    assert doi_links == ["https://doi.org/10.1000/jtc.2020.001"]
    assert page.find("meta", attrs={"name": "description"})["content"].startswith(
        "Regular walking"
    )


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_unreviewed_article_says_so(app):
    app.build(force_all=True)
    page = soup(app.outdir / "articles/lungs/breathing-exercises.html")
    review = page.select_one(".hk-review")
    assert "hk-not-reviewed" in review["class"]
    assert "Not yet clinically reviewed" in review.get_text()
    assert "The Test Team" in page.select_one(".hk-byline").get_text()


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_topic_pages_list_new_articles_without_edits(app):
    (app.srcdir / "articles/lungs/new-article.md").write_text(
        (app.srcdir / "articles/lungs/breathing-exercises.md")
        .read_text()
        .replace("# Breathing exercises after pneumonia", "# A brand new article"),
        encoding="utf-8",
    )
    app.build(force_all=True)
    topic = soup(app.outdir / "articles/lungs/index.html")
    titles = [a.get_text() for a in topic.select("article a.reference.internal")]
    assert "A brand new article" in titles
