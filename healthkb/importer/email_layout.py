"""An email campaign saved as HTML (Mailchimp's "Export as HTML", a newsletter
tool's template): its page is laid out with tables, one inside another
(``#bodyTable > .templateContainer > #templateBody > .mcnTextBlock …``).  Read as
tables they would be one pipe table holding the whole article; they are boxes,
so they are opened into their contents before the page is read.  The hidden
preview text (``display:none``) goes, and a link to a merge tag (``*|UNSUB|*``,
``*|ARCHIVE|*``) keeps its words only: the newsletter's own rules (see
:mod:`healthkb.importer.newsletter`) remove the footer those words are in.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

#: what marks a page as an email template's: Mailchimp's classes and ids, its
#: merge tags, the tags of the email-coding conventions Apple and Outlook read
_EMAIL_MARKS = (
    "[class^='mcn'], #templateBody, #bodyTable, #templatePreheader, "
    "meta[name='x-apple-disable-message-reformatting'], .email-body, "
    ".email-container, table[role='presentation']"
)
_MERGE_TAG = re.compile(r"\*\|[A-Z0-9_:]{1,40}\|\*")
_HIDDEN = re.compile(r"display\s*:\s*none", re.I)
_CELLS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
_BLOCK_INSIDE = ("table", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "div")


def is_email_page(soup: BeautifulSoup) -> bool:
    """The page is an email template's (its layout is tables)."""
    if soup.select_one(_EMAIL_MARKS) is not None:
        return True
    title = soup.title.get_text() if soup.title else ""
    return bool(_MERGE_TAG.search(title))


def _is_layout(table: Tag) -> bool:
    """A table that lays the email out: it holds another table or a block (a
    heading, a paragraph), has one cell a row, or says it is for presentation; a
    table of data (rows of short cells side by side) is none of these."""
    if (table.get("role") or "").lower() == "presentation":
        return True
    # Mailchimp names its layout tables ("mcnFollowBlock", "templateColumns")
    if any(c.startswith(("mcn", "template")) for c in table.get("class") or []):
        return True
    rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
    # one cell a row: a column of boxes (a preheader's "View this email" link)
    single = all(len(r.find_all(("td", "th"), recursive=False)) <= 1 for r in rows)
    return single or table.find(_BLOCK_INSIDE) is not None


def open_email_layout(soup: BeautifulSoup, dropped: list[tuple[str, str]]) -> bool:
    """When *soup* is an email template's: its layout tables opened into boxes,
    its hidden preview text removed (listed in *dropped*), its merge-tag links
    made plain words. True if it was one."""
    if not is_email_page(soup):
        return False
    for hidden in soup.find_all(style=_HIDDEN):
        if not hidden.decomposed:
            text = hidden.get_text(" ", strip=True)
            if text:
                dropped.append(("the email's hidden preview text", text[:120]))
            hidden.decompose()
    for block in soup.select(".mcnFollowBlock, .mcnShareBlock"):
        if not block.decomposed:
            text = " ".join(block.get_text(" ", strip=True).split())
            if text:
                dropped.append(("the email's follow or share buttons", text[:120]))
            block.decompose()
    for link in soup.find_all("a", href=_MERGE_TAG):
        link.unwrap()  # "*|UNSUB|*" is filled in when the email is sent
    # outermost first: a layout table's inner tables are opened in their turn
    for table in soup.find_all("table"):
        if table.decomposed or not _is_layout(table):
            continue
        for part in [table, *table.find_all(_CELLS)]:
            if part is not table and (
                part.name == "table" or part.find_parent("table") is not None
            ):
                continue  # an inner table and its parts: it decides for itself
            part.name = "div"
            for attribute in ("role", "width", "align", "valign", "border"):
                part.attrs.pop(attribute, None)
    return True


#: a Substack post's widgets (in its export, its web page and its email): the
#: class names several Substack readers and importers remove (code index ids
#: 66437845262, 71222071067, 62521981803, 59829495768)
_SUBSTACK_WIDGETS = (
    (
        ".subscription-widget-wrap, .subscription-widget-wrap-editor, "
        ".subscription-widget, .subscribe-widget, .subscribe-footer, .paywall",
        "Substack's subscribe box",
    ),
    (
        ".button-wrapper, .captioned-button-wrap, .share-dialog, .post-ufi, "
        ".like-button-container, .footer-wrap, .install-substack-app",
        "Substack's share, comment or like buttons",
    ),
)


def drop_substack_widgets(soup: BeautifulSoup, dropped: list[tuple[str, str]]) -> None:
    """A Substack post's subscribe box and buttons, removed and listed."""
    for expand in soup.select(".image-link-expand"):
        expand.decompose()  # the picture's "expand" icon
    for link in soup.select("a.image-link"):
        link.unwrap()  # a link to the picture's full size: the picture is what counts
    for selector, kind in _SUBSTACK_WIDGETS:
        for widget in soup.select(selector):
            if widget.decomposed:
                continue
            text = " ".join(widget.get_text(" ", strip=True).split())
            if text:
                dropped.append((kind, text[:120]))
            widget.decompose()
