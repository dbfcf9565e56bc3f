"""A Word document's parts that are no article text, in mammoth's HTML of it:

- its table of contents: a "Contents" line over paragraphs that are each one link
  to a heading's bookmark (``<a href="#_Toc…">What it found<TAB>2</a>``), the page
  number after a tab, which Word writes from its TOC field;
- its footnotes: mammoth writes each mark in the text as
  ``<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>`` (the same
  ``[1]`` as a citation marker, which it is not) and the notes as a list of
  ``<li id="footnote-1">`` at the end, where they would read as more references.
  The site has no footnotes (they would take the references' numbers): each note
  is left out, its mark with it, and listed for the report; one the chatter
  detector reads as a note to the editors is listed as that.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from healthkb.rules.chatter import find_chatter

#: a table of contents' own heading ("Contents", "Table of contents")
_CONTENTS = re.compile(r"^\W{0,4}(?:table of )?contents\W{0,4}$", re.I)
#: a contents entry's page number after its tab or dot leader
_PAGE_NUMBER = re.compile(r"(?:\t|\.{3,}|\s{2,})\s*\d{1,4}\s*$")


def _contents_entry(paragraph: Tag) -> bool:
    """A paragraph that is one link to a bookmark in the document, its text ending
    in a page number after a tab."""
    links = paragraph.find_all("a", href=True)
    return (
        len(links) == 1
        and links[0]["href"].startswith("#")
        and links[0].get_text().strip() == paragraph.get_text().strip()
        and bool(_PAGE_NUMBER.search(paragraph.get_text()))
    )


def drop_word_parts(html: str, chrome: list[tuple[str, str]] | None = None) -> str:
    """*html* without its table of contents and footnotes; what went is added to
    *chrome* as (kind, text)."""
    soup = BeautifulSoup(html, "html.parser")
    removed: list[tuple[str, str]] = []
    for paragraph in soup.find_all("p"):
        if paragraph.decomposed or not _contents_entry(paragraph):
            continue
        entries = [paragraph]
        for sibling in paragraph.find_next_siblings():
            if sibling.name != "p" or not _contents_entry(sibling):
                break
            entries.append(sibling)
        above = paragraph.find_previous_sibling()
        if above is not None and _CONTENTS.match(above.get_text(" ", strip=True)):
            entries.insert(0, above)
        if len(entries) < 2:
            continue
        for entry in entries:
            text = " ".join(entry.get_text(" ").split())
            removed.append(("the document's table of contents", text))
            entry.decompose()
    notes = soup.select('li[id^="footnote-"]')
    for mark in soup.select('a[id^="footnote-ref-"]'):
        (mark.find_parent("sup") or mark).decompose()
    lists = {id(li.parent): li.parent for li in notes if li.parent is not None}
    for note in notes:
        for back in note.select('a[href^="#footnote-ref-"]'):
            back.decompose()
        text = " ".join(note.get_text(" ").split())
        if not text:
            continue
        finding = find_chatter(text, whole_line=True)
        if finding is not None and not finding.tentative:
            kind = f"a Word footnote, left out ({finding.kind})"
        else:
            kind = (
                "a Word footnote, left out (the site has no footnotes): put its "
                "words in the text if readers need them"
            )
        removed.append((kind, text))
    for listing in lists.values():
        listing.decompose()
    if chrome is not None:
        chrome += removed
    return str(soup) if removed or notes else html


__all__ = ["drop_word_parts"]
