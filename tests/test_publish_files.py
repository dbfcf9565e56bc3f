"""sitemap.xml, feed.xml and the security policy: pure builders, then a real build
(full and incremental give the same files; dates come from the sources)."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date
from xml.etree import ElementTree as ET

from helpers.site import soup, warnings_of

from healthkb.web.atom_feed import FeedItem, atom_feed
from healthkb.web.csp import inline_scripts, policy, script_hash
from healthkb.web.sitemap import SitemapEntry, sitemap_xml

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "a": "http://www.w3.org/2005/Atom",
}
BASE = "https://example.org/kb/"


def test_sitemap_sorted_unique_with_lastmod():
    xml = sitemap_xml(
        [
            SitemapEntry(BASE + "b.html", date(2026, 5, 1)),
            SitemapEntry(BASE + "a.html"),
            SitemapEntry(BASE + "b.html", date(2026, 5, 1)),
        ]
    )
    root = ET.fromstring(xml)
    rows = [
        (u.findtext("s:loc", namespaces=NS), u.findtext("s:lastmod", namespaces=NS))
        for u in root
    ]
    assert rows == [(BASE + "a.html", None), (BASE + "b.html", "2026-05-01")]


def _item(slug: str, published: date, reviewed: date) -> FeedItem:
    return FeedItem(
        BASE + slug, slug.title(), "Summary & <b>", published, reviewed, ("Ada",)
    )


def test_feed_newest_review_first_and_dated_from_sources():
    items = [
        _item("old", date(2025, 1, 1), date(2025, 2, 1)),
        _item("new", date(2025, 3, 1), date(2026, 4, 1)),
        _item("mid", date(2025, 2, 1), date(2025, 9, 1)),
    ]
    xml = atom_feed(
        site_url=BASE, feed_url=BASE + "feed.xml", title="KB", subtitle="s", items=items
    )
    again = atom_feed(
        site_url=BASE,
        feed_url=BASE + "feed.xml",
        title="KB",
        subtitle="s",
        items=items[::-1],
    )
    assert xml == again  # no build-time clock, no dependence on input order
    root = ET.fromstring(xml)
    assert root.findtext("a:updated", namespaces=NS) == "2026-04-01T00:00:00+00:00"
    ids = [e.findtext("a:id", namespaces=NS) for e in root.findall("a:entry", NS)]
    assert ids == [BASE + "new", BASE + "mid", BASE + "old"]
    first = root.find("a:entry", NS)
    assert first.findtext("a:published", namespaces=NS) == "2025-03-01T00:00:00+00:00"
    assert first.findtext("a:summary", namespaces=NS) == "Summary & <b>"


def test_script_hash_is_the_browser_csp_hash():
    body = "\n      document.body.dataset.theme = 1;\n    "
    digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
    assert script_hash(body) == f"'sha256-{digest}'"


def test_inline_scripts_skip_templated_and_external_ones():
    template = (
        "<script>plain()</script><script>{{ data }}</script>"
        '<script src="x.js"></script><script>{% if a %}b{% endif %}</script>'
    )
    assert inline_scripts(template) == ["plain()"]


def test_policy_allows_only_self_and_hashes():
    text = policy(["'sha256-b'", "'sha256-a'", "'sha256-a'"])
    directives = dict(d.strip().split(" ", 1) for d in text.split(";"))
    assert directives["script-src"] == "'self' 'sha256-a' 'sha256-b'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"]


def _files(app) -> tuple[bytes, bytes]:
    return (app.outdir / "sitemap.xml").read_bytes(), (
        app.outdir / "feed.xml"
    ).read_bytes()


def test_build_writes_same_files_full_and_incremental(site_copy, make_app):
    site = site_copy()
    overrides = {"html_baseurl": BASE}
    app = make_app("html", srcdir=site, freshenv=True, confoverrides=overrides)
    app.build(force_all=True)
    assert warnings_of(app) == ""
    sitemap, feed = _files(app)
    root = ET.fromstring(sitemap)
    urls = {
        u.findtext("s:loc", namespaces=NS): u.findtext("s:lastmod", namespaces=NS)
        for u in root
    }
    assert urls[BASE + "articles/heart/walking-and-heart-health.html"] == "2026-06-01"
    assert BASE + "index.html" in urls
    entries = ET.fromstring(feed).findall("a:entry", NS)
    assert {e.findtext("a:id", namespaces=NS) for e in entries} == {
        BASE + "articles/heart/walking-and-heart-health.html",
        BASE + "articles/lungs/breathing-exercises.html",
    }
    # an incremental build rewrites one page; the files still list every page
    article = site / "articles/heart/walking-and-heart-health.md"
    article.write_text(
        article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8"
    )
    app2 = make_app("html", srcdir=site, confoverrides=overrides)
    app2.build()
    assert _files(app2) == (sitemap, feed)
    page = soup(app2.outdir / "articles/heart/walking-and-heart-health.html")
    assert (
        page.find("link", rel="alternate", type="application/atom+xml")["href"]
        == "../../feed.xml"
    )
    # a clinically reviewed article names its reviewer in the JSON-LD; others do not
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["reviewedBy"] == [
        {
            "@type": "Person",
            "name": "Dr Ben Okafor",
            "jobTitle": "Consultant Cardiologist",
        }
    ]
    other = soup(app2.outdir / "articles/lungs/breathing-exercises.html")
    other_data = json.loads(other.find("script", type="application/ld+json").string)
    assert "reviewedBy" not in other_data
    assert other_data["author"] == [{"@type": "Organization", "name": "The Test Team"}]


def test_no_baseurl_no_files_but_a_message(site_copy, make_app):
    app = make_app("html", srcdir=site_copy(), freshenv=True)
    app.build(force_all=True)
    assert not (app.outdir / "sitemap.xml").exists()
    assert "html_baseurl is not set" in app.status.getvalue()
