"""The comments in a Word document ("is 2 weeks right? check NICE") and its
tracked deletions: never part of the article, but each is a decision someone left
for the editor, so the report lists them. (The converter takes the text with the
tracked changes accepted: insertions kept, deletions left out.)

A .docx has no line numbers: a comment is placed by the heading it stands under
(the last heading paragraph before its mark in the text), by style name (Word's
"heading 1", a localised style whose name says heading).

Each part is read with a parser that resolves no entities and fetches nothing,
and only its text is used.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_COMMENTS = 200
_MAX_CHARS = 300
_MAX_PART_BYTES = 5 * 1024 * 1024


def _part(raw: bytes, name: str) -> etree._Element | None:
    """The document's XML part *name*, parsed safely; None if absent or broken."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            info = package.getinfo(name)
            if info.file_size > _MAX_PART_BYTES:
                return None
            xml = package.read(info)
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        return etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return None


def _marked(
    root: etree._Element | None, tag: str, text_tag: str
) -> list[tuple[str, str]]:
    """(author, text) of each *tag* element under *root*, in order."""
    found: list[tuple[str, str]] = []
    for element in root.iter(f"{_W}{tag}") if root is not None else ():
        text = " ".join(
            "".join(
                "".join(t.itertext()) for t in element.iter(f"{_W}{text_tag}")
            ).split()
        )
        if text:
            author = " ".join((element.get(f"{_W}author") or "").split())
            found.append((author, text[:_MAX_CHARS]))
        if len(found) == _MAX_COMMENTS:
            break
    return found


def word_comments(raw: bytes) -> list[tuple[str, str]]:
    """(author, text) of each comment in the document, in order; [] if none."""
    return _marked(_part(raw, "word/comments.xml"), "comment", "t")


#: a heading paragraph's style, by its id or its name ("Heading1", "heading 2")
_HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|kop)[ \t]?\d$", re.I)


def _heading_styles(raw: bytes) -> set[str]:
    """The ids of the document's heading paragraph styles (by id or by name)."""
    styles = _part(raw, "word/styles.xml")
    found: set[str] = set()
    for style in styles.iter(f"{_W}style") if styles is not None else ():
        name = style.find(f"{_W}name")
        ident = style.get(f"{_W}styleId") or ""
        label = name.get(f"{_W}val") if name is not None else ""
        if _HEADING_STYLE.match(ident) or _HEADING_STYLE.match(label or ""):
            found.add(ident)
    return found


def word_comment_places(raw: bytes) -> dict[int, str]:
    """The heading each comment stands under, by the comment's place in
    :func:`word_comments`' order; a comment above every heading has none."""
    document = _part(raw, "word/document.xml")
    comments = _part(raw, "word/comments.xml")
    if document is None or comments is None:
        return {}
    order = {
        element.get(f"{_W}id"): index
        for index, element in enumerate(
            e
            for e in comments.iter(f"{_W}comment")
            if "".join("".join(t.itertext()) for t in e.iter(f"{_W}t")).strip()
        )
    }
    headings = _heading_styles(raw) | {"Heading1", "Heading2", "Heading3"}
    places: dict[int, str] = {}
    heading = ""
    for paragraph in document.iter(f"{_W}p"):
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        if style is not None and style.get(f"{_W}val") in headings:
            text = " ".join(
                "".join(t.text or "" for t in paragraph.iter(f"{_W}t")).split()
            )
            heading = text or heading
        for mark in paragraph.iter(f"{_W}commentRangeStart", f"{_W}commentReference"):
            index = order.get(mark.get(f"{_W}id"))
            if index is not None and index not in places and heading:
                places[index] = heading[:_MAX_CHARS]
    return places


def word_deletions(raw: bytes) -> list[tuple[str, str]]:
    """(author, text) of each tracked deletion in the document's body, in order."""
    return _marked(_part(raw, "word/document.xml"), "del", "delText")
