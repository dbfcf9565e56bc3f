"""The comments in a Word document ("is 2 weeks right? check NICE") and its
tracked deletions: never part of the article, but each is a decision someone left
for the editor, so the report lists them. (The converter takes the text with the
tracked changes accepted: insertions kept, deletions left out.)

Each part is read with a parser that resolves no entities and fetches nothing,
and only its text is used.
"""

from __future__ import annotations

import io
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


def word_deletions(raw: bytes) -> list[tuple[str, str]]:
    """(author, text) of each tracked deletion in the document's body, in order."""
    return _marked(_part(raw, "word/document.xml"), "del", "delText")
