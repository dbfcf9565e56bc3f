"""Keywords: index entries, search, the A–Z page, one page per keyword, links from
articles, variant spellings, and the footer links to glossary and keywords."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers.keyword_site import front_matter, search_index
from helpers.site import soup, warnings_of

from healthkb.model.article import keyword_key
from healthkb.model.keyword_index import KeywordUse, keyword_index, keyword_slug

ARTICLES = front_matter()


def _users() -> dict[str, set[str]]:
    """keyword key -> docnames, straight from the test root's front matter."""
    users: dict[str, set[str]] = {}
    for doc, data in ARTICLES.items():
        for word in data["keywords"] + data.get("secondary-keywords", []):
            users.setdefault(keyword_key(word), set()).add(doc)
    return users


def test_slug_is_lowercase_ascii_with_dashes():
    assert (
        keyword_slug("Treatment-resistant depression")
        == "treatment-resistant-depression"
    )
    assert keyword_slug("STAR*D") == "star-d"
    assert keyword_slug("  Ménière's   disease ") == "meniere-s-disease"
    assert keyword_slug("抑郁") == "keyword"


def test_index_merges_case_and_spacing_and_keeps_first_spelling():
    index = keyword_index(
        [
            KeywordUse("b/two", "b/two.md", ("heart  Health",)),
            KeywordUse("a/one", "a/one.md", ("Walking",), ("Heart health",)),
        ]
    )
    assert list(index) == ["heart health", "walking"]
    heart = index["heart health"]
    # first spelling in path order, though b/two lists it as primary
    assert heart.name == "Heart health"
    assert heart.primary == ("b/two",)
    assert heart.secondary == ("a/one",)
    assert heart.articles == ("a/one", "b/two")


def test_colliding_slugs_get_numbers_in_key_order():
    index = keyword_index(
        [KeywordUse("d", "d.md", ("STAR*D", "Star D", "Index", "B12"))]
    )
    slugs = {k.name: k.slug for k in index.values()}
    # "star d" and "star*d" both make "star-d"; "index" is the A-Z page's name
    assert slugs == {
        "STAR*D": "star-d-2",
        "Star D": "star-d",
        "Index": "index-2",
        "B12": "b12",
    }
    assert index["b12"].letter == "B"


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_keyword_root_builds_clean(app):
    app.build(force_all=True)
    assert warnings_of(app) == ""


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_a_to_z_lists_every_keyword_with_its_count(app):
    app.build(force_all=True)
    page = soup(app.outdir / "keywords/index.html")
    shown = {
        li.a.get_text(): int(re.search(r"\((\d+)\)", li.get_text())[1])
        for li in page.select(".hk-keyword-index li")
    }
    expected = {}
    for data in ARTICLES.values():
        for word in data["keywords"] + data.get("secondary-keywords", []):
            expected[word] = len(_users()[keyword_key(word)])
    assert shown == expected
    assert shown["Heart health"] == 3 and shown["Pollen count"] == 1
    # grouped under letters, in alphabetical order
    letters = [
        h.get_text(strip=True).rstrip("¶") for h in page.select("section section > h2")
    ]
    assert letters == sorted({w[0].upper() for w in expected})
    names = [a.get_text() for a in page.select(".hk-keyword-index a")]
    assert names == sorted(names, key=str.casefold)
    for link in page.select(".hk-keyword-index a"):
        assert (app.outdir / "keywords" / link["href"]).is_file()


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_each_keyword_page_lists_its_articles(app):
    app.build(force_all=True)
    for key, docs in _users().items():
        page = soup(app.outdir / "keywords" / f"{keyword_slug(key)}.html")
        items = page.select(".hk-article-item")
        linked = {
            (app.outdir / "keywords" / a["href"]).resolve()
            for a in page.select(".hk-article-title a")
        }
        assert linked == {(app.outdir / f"{d}.html").resolve() for d in docs}, key
        titles = [i.select_one(".hk-article-title").get_text() for i in items]
        assert titles == sorted((ARTICLES[d]["title"] for d in docs), key=str.casefold)
        for item in items:
            title = item.select_one(".hk-article-title").get_text()
            data = next(d for d in ARTICLES.values() if d["title"] == title)
            assert (
                item.select_one(".hk-article-description").get_text()
                == data["description"]
            )
            assert (
                item.select_one(".hk-article-reviewed")
                .get_text()
                .startswith("Last reviewed ")
            )
    exercise = soup(app.outdir / "keywords/exercise.html")
    assert exercise.h1.get_text(strip=True).rstrip("¶") == "Exercise"
    assert "3 articles with this keyword" in exercise.get_text()


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_article_keywords_link_to_their_pages(app):
    app.build(force_all=True)
    page = soup(app.outdir / "articles/heart/swimming.html")
    links = page.select(".hk-keyword a")
    data = ARTICLES["articles/heart/swimming"]
    assert [a.get_text() for a in links] == data["keywords"] + data[
        "secondary-keywords"
    ]
    primary = [li.a.get_text() for li in page.select(".hk-keyword.hk-primary")]
    assert primary == data["keywords"]
    for a in links:
        target = (app.outdir / "articles/heart" / a["href"]).resolve()
        assert (
            target
            == (
                app.outdir / "keywords" / f"{keyword_slug(a.get_text())}.html"
            ).resolve()
        )
        assert target.is_file()


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_keywords_are_index_entries_primary_as_main(app):
    app.build(force_all=True)
    genindex = soup(app.outdir / "genindex.html")
    entries = {}
    for li in genindex.select("table.indextable li"):
        first = li.find("a")
        if first is not None:
            entries[first.get_text()] = first
    # "Pollen count" is only a secondary keyword: an ordinary (not bold) entry
    assert entries["Pollen count"].find("strong") is None
    assert entries["Pollen count"]["href"].startswith(
        "articles/lungs/air-quality.html#"
    )
    assert entries["Salt"].find("strong") is not None


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_search_finds_front_matter_only_keyword(app):
    app.build(force_all=True)
    doc = "articles/lungs/air-quality"
    source = (app.srcdir / f"{doc}.md").read_text(encoding="utf-8")
    body = source.split("---\n", 2)[2]
    assert "pollen" not in body.casefold()  # only the front matter has it
    index = search_index(app.outdir)
    number = index["docnames"].index(doc)
    # the whole keyword: an index entry, marked main for primary keywords only
    assert index["indexentries"]["pollen count"] == [
        [number, "air-quality-and-your-lungs", False]
    ]
    assert [number, "air-quality-and-your-lungs", True] in index["indexentries"][
        "air quality"
    ]
    # a single word of it: the full-text terms
    stem = app.builder.indexer.lang.stem("pollen").lower()
    found = index["terms"][stem]
    assert number == found or number in found
    # keyword words are not shown twice: the search-only text is not in the HTML body
    article = soup(app.outdir / f"{doc}.html").select_one("article")
    assert (
        "Pollen count"
        not in article.select_one(".hk-article-header")
        .parent.get_text()
        .split("Keywords")[0]
    )


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_glossary_terms_searchable_and_linked_from_every_page(app):
    app.build(force_all=True)
    index = search_index(app.outdir)
    glossary = index["docnames"].index("glossary")
    assert index["indexentries"]["spirometry"] == [[glossary, "term-Spirometry", True]]
    assert index["indexentries"]["cardiologist"] == [
        [glossary, "term-Cardiologist", True]
    ]
    pages = [p for p in app.outdir.rglob("*.html") if "_static" not in p.parts]
    assert len(pages) > 20
    for path in pages:
        links = {a.get_text(): a["href"] for a in soup(path).select(".hk-site-links a")}
        assert set(links) == {"Glossary", "Keywords A–Z"}, path
        for title, target in (
            ("Glossary", "glossary.html"),
            ("Keywords A–Z", "keywords/index.html"),
        ):
            if path == app.outdir / target:
                assert links[title] == "#"
            else:
                assert (path.parent / links[title]).resolve() == app.outdir / target


@pytest.mark.sphinx(
    "html", testroot="keywords", srcdir="keywords-variant", freshenv=True
)
def test_variant_spelling_is_one_keyword_with_a_warning(app):
    path = app.srcdir / "articles/heart/walking.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("[Heart health,", "[heart Health,"),
        encoding="utf-8",
    )
    app.build(force_all=True)
    warnings = warnings_of(app)
    assert re.search(
        r"articles/heart/walking\.md:6: WARNING: the keyword 'heart Health' is spelt "
        r"'Heart health' on the rest of the site \(e\.g\. articles/heart/\w+\.md\): "
        r"use that spelling "
        r"\[healthkb\.keyword-variant\]",
        warnings,
    )
    assert warnings.count("keyword-variant") == 1
    page = soup(app.outdir / "keywords/heart-health.html")
    assert page.h1.get_text(strip=True).rstrip("¶") == "Heart health"
    assert len(page.select(".hk-article-item")) == 3
    assert not list((app.outdir / "keywords").glob("heart-health-*.html"))


def test_shipped_site_keywords_and_related(make_app, tmp_path):
    from helpers.site import copy_shipped_site

    site = copy_shipped_site(tmp_path / "site")
    app = make_app("html", srcdir=site, freshenv=True)
    app.build(force_all=True)
    assert warnings_of(app) == ""
    articles = {
        p.relative_to(site).with_suffix("").as_posix(): p
        for p in (site / "articles").glob("*/*.md")
        if p.name != "index.md"
    }
    assert articles  # invariants below hold for whatever articles the site has
    vns_articles = set()
    for doc, path in articles.items():
        assert (app.outdir / f"{doc}.html").is_file(), doc
        data = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])
        for word in data["keywords"] + data.get("secondary-keywords", []):
            if word.casefold() == "vagus nerve stimulation":
                vns_articles.add(doc)
            page = soup(app.outdir / "keywords" / f"{keyword_slug(word)}.html")
            hrefs = [a["href"] for a in page.select(".hk-article-title a")]
            assert f"../{doc}.html" in hrefs, (doc, word)
        related = soup(app.outdir / f"{doc}.html").select(".hk-related-item a")
        assert related, doc
    if vns_articles:  # the keyword page lists exactly the articles that give it
        vns = soup(app.outdir / "keywords/vagus-nerve-stimulation.html")
        assert len(vns.select(".hk-article-item")) == len(vns_articles)


def _related_titles(outdir, doc: str) -> list[str]:
    return [
        a.get_text() for a in soup(outdir / f"{doc}.html").select(".hk-related-item a")
    ]


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_related_articles_at_the_end_of_each_article(app):
    app.build(force_all=True)
    # worked out by hand from the front matter (6 articles):
    # swimming shares Heart health, Exercise (3 articles each: log 3 each), Older
    # adults (secondary on both: log 4 / 4) and the topic (0.5): 3.04;
    # salt shares Heart health and the topic: 1.60;
    # breathing-exercises shares Exercise only: 1.10; the rest share nothing
    assert _related_titles(app.outdir, "articles/heart/walking") == [
        "Swimming for a fit heart",
        "Salt and blood pressure",
        "Breathing exercises after pneumonia",
    ]
    # the editor's related: list, in its order, across topics
    assert _related_titles(app.outdir, "articles/lungs/air-quality") == [
        "Using an asthma inhaler",
        "Walking and heart health",
    ]
    page = soup(app.outdir / "articles/heart/walking.html")
    first = page.select_one(".hk-related-item")
    assert first.a["href"] == "swimming.html"
    assert (
        first.select_one(".hk-related-description").get_text()
        == (ARTICLES["articles/heart/swimming"]["description"])
    )
    for doc in ARTICLES:
        assert _related_titles(app.outdir, doc), doc


@pytest.mark.sphinx(
    "html",
    testroot="keywords",
    freshenv=True,
    confoverrides={"healthkb_related_max": 1},
)
def test_related_max_setting(app):
    app.build(force_all=True)
    assert _related_titles(app.outdir, "articles/heart/walking") == [
        "Swimming for a fit heart"
    ]
    assert _related_titles(app.outdir, "articles/lungs/air-quality") == [
        "Using an asthma inhaler"
    ]


@pytest.mark.sphinx("html", testroot="keywords", freshenv=True)
def test_keyword_lists_rendered_once_are_each_pages_own_rendering(app):
    """speedups: every keyword page's list cut from one rendering of all articles
    is the page's own list rendered alone, also for titles with markup characters."""
    from datetime import date

    from healthkb.sphinxext import catalogue, keyword_pages
    from healthkb.sphinxext.incremental.cross_document import computed
    from healthkb.sphinxext.incremental.domain import get_domain
    from healthkb.sphinxext.page_parts import ShownItem, keyword_page

    app.build()
    assert warnings_of(app) == ""
    index = computed(app.env)["keywords"]
    items = {i.docname: i for i in catalogue.list_items(get_domain(app.env))}
    pages = [(k, keyword_page(k, items)) for k in index.values()]
    odd = ShownItem("odd", "Tom & Jerry <b>\"quoted\"</b> 'x'", "", date(2026, 1, 2))
    keyword, page = pages[0]
    pages.append((keyword, page._replace(articles=(*page.articles, odd))))
    lists = keyword_pages.ListsRenderedOnce(app.builder, pages)
    assert lists.pieces is not None and len(pages) > 3
    for keyword, page in pages:
        expected = keyword_pages._fragment(app.builder, keyword.pagename, page.articles)
        assert lists._joined(keyword.pagename, page.articles) == expected
    assert "Tom &amp; Jerry &lt;b&gt;" in lists.fragment(
        pages[-1][0].pagename, pages[-1][1].articles
    )
    # an item it was not given is rendered as before
    alone = (ShownItem("other", "Other", "d", None),)
    assert lists.fragment("keywords/x", alone) == keyword_pages._fragment(
        app.builder, "keywords/x", alone
    )
