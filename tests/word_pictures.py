"""Build Word documents (with pictures, or with a new body) for the import tests.

The package is ``fixtures/drafts/word-sun-safety.docx`` (python-mammoth's real
``simple-list.docx`` with a new body, see that folder's README); pictures are added
the way Word saves them: a ``word/media`` part, a relationship, a content type and
an inline ``<w:drawing>`` whose ``wp:docPr descr`` is the alt text.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

BASE = Path(__file__).parent / "fixtures" / "drafts" / "word-sun-safety.docx"
_BEFORE = '<w:p><w:pPr><w:pStyle w:val="Heading2"/>'


def png_1x1() -> bytes:
    """A valid one-pixel PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def _write(target: Path, parts: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def _drawing(number: int, relation: str, alt: str) -> str:
    return (
        f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/>'
        f'<wp:docPr id="{number}" name="Picture {number}" descr="{alt}"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="image{number}"/><pic:cNvPicPr/>'
        f"</pic:nvPicPr><pic:blipFill><a:blip {relation}/></pic:blipFill><pic:spPr/>"
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )


def word_with_pictures(
    target: Path, pictures: list[tuple[str, bytes | str, str]]
) -> Path:
    """Write a copy of the base document with *pictures* before its first section
    heading: (suffix, bytes saved in the document or a linked address, alt text)."""
    with zipfile.ZipFile(BASE) as base:
        parts = {name: base.read(name) for name in base.namelist()}
    relations, drawings, types = [], [], set()
    for number, (suffix, content, alt) in enumerate(pictures, 1):
        rid = f"rIdPicture{number}"
        if isinstance(content, bytes):
            parts[f"word/media/image{number}{suffix}"] = content
            types.add(suffix)
            relations.append(
                f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/'
                f'officeDocument/2006/relationships/image" '
                f'Target="media/image{number}{suffix}"/>'
            )
            drawings.append(_drawing(number, f'r:embed="{rid}"', alt))
        else:
            relations.append(
                f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/'
                f'officeDocument/2006/relationships/image" Target="{content}" '
                'TargetMode="External"/>'
            )
            drawings.append(_drawing(number, f'r:link="{rid}"', alt))
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", "".join(relations) + "</Relationships>"
    ).encode()
    content_types = parts["[Content_Types].xml"].decode()
    mime = {".png": "image/png", ".gif": "image/gif", ".jpg": "image/jpeg"}
    defaults = "".join(
        f'<Default Extension="{s.lstrip(".")}" ContentType="{mime[s]}"/>'
        for s in sorted(types)
    )
    parts["[Content_Types].xml"] = content_types.replace(
        "<Default ", defaults + "<Default ", 1
    ).encode()
    document = parts["word/document.xml"].decode()
    assert _BEFORE in document
    parts["word/document.xml"] = document.replace(
        _BEFORE, "".join(drawings) + _BEFORE, 1
    ).encode()
    return _write(target, parts)


def _run(text: str, style: str = "") -> str:
    marks = {"b": "<w:b/>", "i": "<w:i/>"}.get(style, "")
    props = f"<w:rPr>{marks}</w:rPr>" if marks else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*runs: str | tuple[str, str], style: str = "", item: bool = False) -> str:
    """A Word paragraph: runs are text or (text, "b"/"i"); *style* a Word style
    name (Heading1, Heading2); *item* a bullet of the base document's list."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if item:
        props = (
            '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
            '<w:numId w:val="1"/></w:numPr>'
        )
    body = "".join(_run(r) if isinstance(r, str) else _run(*r) for r in runs)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{body}</w:p>"


def table(*rows: tuple[str, ...]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def word_with_body(target: Path, *blocks: str) -> Path:
    """A copy of the base document whose body is *blocks* (its page settings and
    styles kept); the base's hyperlink relationship ``rIdLink1`` stays usable."""
    with zipfile.ZipFile(BASE) as base:
        parts = {name: base.read(name) for name in base.namelist()}
    document = parts["word/document.xml"].decode()
    start = document.index("<w:body>") + len("<w:body>")
    end = document.index("<w:sectPr")
    parts["word/document.xml"] = (
        document[:start] + "".join(blocks) + document[end:]
    ).encode()
    return _write(target, parts)
