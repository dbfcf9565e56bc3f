"""``sitemap.xml`` from a list of pages, with review dates as ``lastmod``.

Written here rather than by sphinx-sitemap 2.9 because that extension (a) takes
``lastmod`` only from git commit times (through sphinx-last-updated-by-git), while a
health page's meaningful date is its last review; (b) collects pages as they are
written, so an incremental build lists only the pages it rewrote; and (c) lists them
in the order parallel writers finish, so two builds differ.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from xml.etree import ElementTree as ET

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True, order=True)
class SitemapEntry:
    url: str
    lastmod: date | None = None


def sitemap_xml(entries: Iterable[SitemapEntry]) -> bytes:
    """The sitemap document, one ``<url>`` per distinct URL, sorted by URL."""
    root = ET.Element("urlset", xmlns=NAMESPACE)
    seen: set[str] = set()
    for entry in sorted(entries):
        if entry.url in seen:
            continue
        seen.add(entry.url)
        url = ET.SubElement(root, "url")
        ET.SubElement(url, "loc").text = entry.url
        if entry.lastmod:
            ET.SubElement(url, "lastmod").text = entry.lastmod.isoformat()
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
