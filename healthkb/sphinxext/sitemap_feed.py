"""Files for search engines and feed readers, written once at the end of the build:
``sitemap.xml`` (review dates as lastmod) and ``feed.xml`` (Atom).

Both are made from the environment, not from the pages written in this run, so an
incremental build writes the same files as a full one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from healthkb.model.byline import byline_parts
from healthkb.model.keyword_index import KEYWORDS_INDEX
from healthkb.model.review_history import latest_change
from healthkb.sphinxext.incremental.cross_document import computed
from healthkb.sphinxext.incremental.domain import get_domain
from healthkb.sphinxext.page_head import FEED, page_url
from healthkb.web.atom_feed import FeedItem, atom_feed
from healthkb.web.sitemap import SitemapEntry, sitemap_xml

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger("healthkb")
SITEMAP = "sitemap.xml"


def sitemap_entries(app: Sphinx) -> list[SitemapEntry]:
    """Every page with a source, plus the keyword pages (A–Z and one per keyword)."""
    articles = get_domain(app.env).articles
    entries = [
        SitemapEntry(
            page_url(app, docname),
            articles[docname].meta.last_changed if docname in articles else None,
        )
        for docname in sorted(app.env.found_docs)
    ]
    # keyword pages change when one of their articles is reviewed
    keywords = computed(app.env)["keywords"]
    if keywords:
        entries.append(SitemapEntry(page_url(app, KEYWORDS_INDEX)))
    for keyword in keywords.values():
        dates = [
            articles[d].meta.last_changed for d in keyword.articles if d in articles
        ]
        entries.append(
            SitemapEntry(page_url(app, keyword.pagename), max(dates, default=None))
        )
    return entries


def feed_items(app: Sphinx) -> list[FeedItem]:
    domain = get_domain(app.env)
    items = []
    for docname, record in sorted(domain.articles.items()):
        title = (
            app.env.titles[docname].astext()
            if docname in app.env.titles
            else record.title
        )
        names = tuple(
            p["name"] for p in byline_parts(record.meta, domain.site.authors)["authors"]
        )
        items.append(
            FeedItem(
                url=page_url(app, docname),
                title=title,
                summary=latest_change(record.meta.history, record.meta.reviewed)
                + record.meta.description,
                published=record.meta.published,
                reviewed=record.meta.last_changed,
                authors=names,
            )
        )
    return items


def write_files(app: Sphinx, exception: Exception | None) -> None:
    if (
        exception is not None
        or app.builder.format != "html"
        or app.builder.name == "singlehtml"
    ):
        return
    base = app.config.html_baseurl
    if not base:
        logger.info(
            "healthkb: html_baseurl is not set: sitemap.xml and feed.xml not written"
        )
        return
    out = Path(app.outdir)
    (out / SITEMAP).write_bytes(sitemap_xml(sitemap_entries(app)))
    feed = atom_feed(
        site_url=base,
        feed_url=base + FEED,
        title=app.config.project,
        subtitle=f"New and newly reviewed articles from {app.config.project}",
        items=feed_items(app),
    )
    (out / FEED).write_bytes(feed)


def setup(app: Sphinx) -> None:
    app.connect("build-finished", write_files)
