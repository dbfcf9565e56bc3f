"""A SharePoint Online modern page saved as HTML: its canvas is a run of
``data-sp-canvascontrol`` boxes, each a web part (its settings as JSON in
``data-sp-webpartdata``) or a text part (``data-sp-rte``).

The page's headline is in its "Title area" web part (a ``data-sp-prop-name=
"title"`` box), never in an ``<h1>``; the ``<title>`` is the page's file name and
site ("TRD-explainer-v3.aspx - Editorial Hub - SharePoint"). So the Title area
becomes the page's ``<h1>``; the text parts are the article; the other web parts
(People, Quick links, a page's contacts) and each part's id box (a GUID written
out as text) are the site's, taken out and listed.
"""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

_TITLE_AREA = "title area"


def _settings(part) -> dict:  # noqa: ANN001
    try:
        found = json.loads(part.get("data-sp-webpartdata") or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def read_sharepoint_page(soup: BeautifulSoup, dropped: list[tuple[str, str]]) -> bool:
    """Rebuild a SharePoint page's canvas in place; False when it is none."""
    if soup.select_one("[data-sp-canvascontrol]") is None:
        return False
    for box in soup.select("[data-sp-componentid]"):
        box.decompose()  # the web part's id, written out in the page
    headline = ""
    for part in soup.select("[data-sp-webpart]"):
        if part.decomposed:
            continue
        settings = _settings(part)
        name = str(settings.get("title") or "")
        properties = settings.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        if name.casefold() == _TITLE_AREA and not headline:
            shown = part.select_one('[data-sp-prop-name="title"]')
            headline = (
                shown.get_text(" ", strip=True) if shown is not None else ""
            ) or str(properties.get("title") or "").strip()
            if headline:
                heading = soup.new_tag("h1")
                heading.string = headline
                part.replace_with(heading)
                continue
        text = part.get_text(" ", strip=True)
        dropped.append(
            (
                f"the SharePoint page's '{name or 'unnamed'}' web part (not the "
                "article's text)",
                text[:200],
            )
        )
        part.decompose()
    if headline and soup.title is not None:
        dropped.append(
            (
                "the page's <title> (its file and site, not the headline)",
                soup.title.get_text(" ", strip=True),
            )
        )
        soup.title.decompose()
    return True


__all__ = ["read_sharepoint_page"]
