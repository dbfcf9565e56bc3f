"""The comments in a Word document ("is 2 weeks right? check NICE"): never part
of the article, but each is a decision someone left for the editor, so the
report lists them.

The comments part is read with a parser that resolves no entities and fetches
nothing, and only its text is used.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_COMMENTS = 200
_MAX_CHARS = 300
_MAX_PART_BYTES = 5 * 1024 * 1024


def word_comments(raw: bytes) -> list[tuple[str, str]]:
    """(author, text) of each comment in the document, in order; [] if none."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            info = package.getinfo("word/comments.xml")
            if info.file_size > _MAX_PART_BYTES:
                return []
            xml = package.read(info)
    except (KeyError, zipfile.BadZipFile, OSError):
        return []
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return []
    found: list[tuple[str, str]] = []
    for comment in root.iter(f"{_W}comment"):
        text = " ".join(
            "".join("".join(t.itertext()) for t in comment.iter(f"{_W}t")).split()
        )
        if text:
            author = " ".join((comment.get(f"{_W}author") or "").split())
            found.append((author, text[:_MAX_CHARS]))
        if len(found) == _MAX_COMMENTS:
            break
    return found
