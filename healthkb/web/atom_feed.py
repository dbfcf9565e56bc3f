"""An Atom feed of articles, newest review first, built with feedgen.

Every date comes from the articles' front matter, so the same sources give the same
feed (feedgen would otherwise stamp the build time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from feedgen.feed import FeedGenerator


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str
    summary: str
    published: date
    reviewed: date
    authors: tuple[str, ...]


def atom_feed(
    *,
    site_url: str,
    feed_url: str,
    title: str,
    subtitle: str,
    items: Sequence[FeedItem],
) -> bytes:
    """The Atom document; items sorted by last review, then publication, then URL."""
    ordered = sorted(
        items, key=lambda i: (i.reviewed, i.published, i.url), reverse=True
    )
    feed = FeedGenerator()
    feed.id(site_url)
    feed.title(title)
    feed.subtitle(subtitle)
    feed.link(href=site_url, rel="alternate")
    feed.link(href=feed_url, rel="self")
    feed.language("en")
    newest = max((i.reviewed for i in items), default=date(1970, 1, 1))
    feed.updated(_midnight(newest))
    # feedgen's add_entry prepends: add oldest first so the newest comes first
    for item in reversed(ordered):
        entry = feed.add_entry()
        entry.id(item.url)
        entry.title(item.title)
        entry.link(href=item.url, rel="alternate")
        entry.summary(item.summary)
        entry.published(_midnight(item.published))
        entry.updated(_midnight(item.reviewed))
        for name in item.authors:
            entry.author(name=name)
    return feed.atom_str(pretty=True)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)
