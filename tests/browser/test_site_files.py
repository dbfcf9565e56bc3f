"""The built shipped site's machine-readable parts: JSON-LD per article, sitemap.xml
and the Atom feed, checked against the articles' front matter."""

from __future__ import annotations

import json
from datetime import date, datetime
from xml.etree import ElementTree as ET

from bs4 import BeautifulSoup

from healthkb.model.settings import read_conf
from healthkb.model.site import Site

from .shipped import REPO, shipped_articles, source_root

BASE = read_conf(REPO)["html_baseurl"]
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _json_ld(html) -> dict:
    page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    scripts = page.select('head script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_json_ld_matches_front_matter(built_html):
    site = Site.load(source_root())
    dois = {
        key: entry.fields["doi"]
        for bib in site.bibliographies
        for key, entry in bib.entries.items()
        if "doi" in entry.fields
    }
    for article in shipped_articles():
        data = _json_ld(built_html / article.page)
        meta = article.meta
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "MedicalWebPage"
        assert data["name"] == article.title.replace("\\", "")
        assert data["description"] == meta.description
        assert date.fromisoformat(data["datePublished"]) == meta.published
        if meta.reviewed:  # never reviewed: no review date is claimed
            assert date.fromisoformat(data["lastReviewed"]) == meta.reviewed
        else:
            assert "lastReviewed" not in data
        assert data["keywords"] == list(meta.all_keywords)
        assert [a["name"] for a in data["about"]] == list(meta.keywords)
        assert data["url"] == BASE + article.page
        names = [a["name"] for a in data["author"]]
        assert names == [site.authors[k].name for k in meta.authors]
        kinds = [a["@type"] for a in data["author"]]
        assert kinds == [
            "Organization" if site.authors[k].kind == "organization" else "Person"
            for k in meta.authors
        ]
        assert ("reviewedBy" in data) == bool(meta.reviewers)
        cited = [k for k in dict.fromkeys(_cited_keys(article.body))]
        expected_dois = [dois[k] for k in cited if k in dois]
        citations = data.get("citation", [])
        found_dois = [c["identifier"]["value"] for c in citations if "identifier" in c]
        # an article may cite nothing; one that cites sources lists their DOIs
        assert found_dois == expected_dois and (expected_dois or not cited)
        for citation in citations:
            if "identifier" in citation:
                assert (
                    citation["url"]
                    == "https://doi.org/" + citation["identifier"]["value"]
                )


def _cited_keys(body: str) -> list[str]:
    from healthkb.model.markdown_scan import citations

    return [key for _, key in citations(body, 1)]


def test_sitemap_lists_every_article_with_its_review_date(built_html):
    root = ET.parse(built_html / "sitemap.xml").getroot()
    assert root.tag == SITEMAP + "urlset"
    urls = {u.findtext(SITEMAP + "loc"): u.findtext(SITEMAP + "lastmod") for u in root}
    for article in shipped_articles():
        assert urls[BASE + article.page] == article.meta.last_changed.isoformat()
    assert BASE + "index.html" in urls
    assert BASE + "about/editorial-policy.html" in urls
    assert any(u.startswith(BASE + "keywords/") for u in urls)
    assert all(u.startswith(BASE) for u in urls)
    assert list(urls) == sorted(urls)


def test_feed_lists_every_article_newest_review_first(built_html):
    root = ET.parse(built_html / "feed.xml").getroot()
    assert root.tag == ATOM + "feed"
    entries = root.findall(ATOM + "entry")
    by_url = {e.findtext(ATOM + "id"): e for e in entries}
    articles = shipped_articles()
    assert set(by_url) == {BASE + a.page for a in articles}
    for article in articles:
        entry = by_url[BASE + article.page]
        assert (
            datetime.fromisoformat(entry.findtext(ATOM + "updated")).date()
            == article.meta.last_changed
        )
        assert (
            datetime.fromisoformat(entry.findtext(ATOM + "published")).date()
            == article.meta.published
        )
        assert entry.findtext(ATOM + "summary") == article.meta.description
    reviewed = [datetime.fromisoformat(e.findtext(ATOM + "updated")) for e in entries]
    assert reviewed == sorted(reviewed, reverse=True)
    newest = max(a.meta.last_changed for a in articles)
    assert datetime.fromisoformat(root.findtext(ATOM + "updated")).date() == newest


def test_every_page_has_a_csp_forbidding_inline_scripts(built_html):
    pages = [
        built_html / "index.html",
        built_html / "404.html",
        built_html / "search.html",
    ]
    pages += [built_html / a.page for a in shipped_articles()]
    for html in pages:
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert csp is not None, html
        directives = dict(d.strip().split(" ", 1) for d in csp["content"].split(";"))
        script_src = directives["script-src"].split()
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        # Pagefind's search page, and only it, may compile WebAssembly
        wasm = "'wasm-unsafe-eval'"
        assert (wasm in script_src) == (html == built_html / "search.html"), html
        assert script_src[0] == "'self'" and all(
            s.startswith("'sha256-") for s in script_src[1:] if s != wasm
        )
        assert directives["object-src"] == "'none'"
        # the policy comes before any script in the document
        first_script = page.find("script")
        assert first_script is None or csp.sourceline < first_script.sourceline


def test_canonical_and_opengraph_on_articles(built_html):
    for article in shipped_articles():
        page = BeautifulSoup(
            (built_html / article.page).read_text(encoding="utf-8"), "html.parser"
        )
        assert page.find("link", rel="canonical")["href"] == BASE + article.page
        og = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
        assert og["og:url"] == BASE + article.page
        assert og["og:description"] == article.meta.description
        assert og["og:type"] == "article"
        descriptions = page.find_all("meta", attrs={"name": "description"})
        assert [d["content"] for d in descriptions] == [article.meta.description]
