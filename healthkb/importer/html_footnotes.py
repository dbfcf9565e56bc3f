"""A web page's footnotes as the numbered sources a draft has.

Google Docs' export (``<a id="ftnt_ref1">[1]</a>`` in the text, ``<a id="ftnt1">``
before each note at the end) and Substack's editor (``a.footnote-anchor``, and
``div.footnote`` with ``a.footnote-number`` and ``div.footnote-content``) write a
post's sources as footnotes. The markers become ``[1]`` in the text and the notes a
"References" section of ``[1] …`` lines, which the draft parser reads as it reads a
pasted draft's numbered sources: cited where the markers are, matched to
references.bib. A note is only text: its links are kept as links.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

#: a footnote's marker in the text, and the number before a note at the end
_MARKERS = 'a[id^="ftnt_ref"], a.footnote-anchor'
_NUMBER = re.compile(r"^\[?(\d{1,3})\]?$")


def _note_number(anchor: Tag) -> str | None:
    """The note's number, when *anchor* is the number before a footnote's text."""
    anchor_id = anchor.get("id") or ""
    if "footnote-number" in (anchor.get("class") or []) or (
        anchor_id.startswith("ftnt") and not anchor_id.startswith("ftnt_ref")
    ):
        found = _NUMBER.match(anchor.get_text(strip=True))
        return found[1] if found else None
    return None


def footnotes_as_sources(soup: BeautifulSoup) -> None:
    """Rewrite the page's footnotes in place (see the module's text)."""
    notes: list[tuple[Tag, str]] = []
    for anchor in soup.select('a[id^="ftnt"], a.footnote-number'):
        number = _note_number(anchor)
        block = anchor.find_parent(("div", "p", "li"))
        if number is None or block is None:
            continue
        if (
            block.name == "p"
            and block.parent is not None
            and block.parent.name == "div"
        ):
            block = block.parent  # Docs: each note is a <div> of paragraphs
        notes.append((block, number))
    if not notes:
        return
    for marker in soup.select(_MARKERS):
        found = _NUMBER.match(marker.get_text(strip=True))
        if found:
            (marker.find_parent("sup") or marker).replace_with(
                NavigableString(f" [{found[1]}]")
            )
    heading = soup.new_tag("h2")
    heading.string = "References"
    notes[0][0].insert_before(heading)
    for block, number in notes:
        paragraph = soup.new_tag("p")
        paragraph.append(NavigableString(f"[{number}] "))
        for anchor in block.select('a[id^="ftnt"], a.footnote-number'):
            anchor.decompose()
        for child in list(block.find_all(("p", "span", "a", "em", "strong", "i", "b"))):
            if child.name in ("p",):
                child.append(NavigableString(" "))
        for child in list(block.contents):
            paragraph.append(child.extract())
        for inner in paragraph.find_all(("p", "div")):
            inner.unwrap()
        block.replace_with(paragraph)
