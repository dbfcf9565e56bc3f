"""Read a draft file as text, refusing empty, binary and non-UTF-8 files clearly."""

from __future__ import annotations

from pathlib import Path

from healthkb.frontmatter import normalise_text
from healthkb.importer.errors import DraftError

MAX_DRAFT_BYTES = 1024 * 1024


def read_draft(path: Path, display: str) -> str:
    """The draft's text with ``\\n`` line endings."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DraftError(display, 1, "no such file: check the draft's name") from None
    except OSError as exc:
        raise DraftError(
            display, 1, f"cannot read the draft ({exc.strerror})"
        ) from None
    text = decode_draft(raw, display)
    if path.suffix.lower() in (".html", ".htm"):
        from healthkb.importer.html_draft import html_to_draft

        text = html_to_draft(text)
        if not text.strip():
            raise DraftError(display, 1, "the web page has no article text to import")
    return text


def decode_draft(raw: bytes, display: str) -> str:
    if len(raw) > MAX_DRAFT_BYTES:
        raise DraftError(
            display, 1, "the draft is over 1 MB: split it into several articles"
        )
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise DraftError(
            display,
            line,
            "this is not a text file (it contains binary data): save the draft as "
            "plain "
            "text (.txt) or Markdown (.md) and import that",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DraftError(
            display,
            line,
            f"the draft is not UTF-8 text (byte 0x{raw[exc.start]:02x} on this line): "
            "save it as UTF-8 in your editor and import it again",
        ) from None
    text = normalise_text(text)
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        bad = next(i for i, c in enumerate(text) if ord(c) < 32 and c not in "\n\t")
        raise DraftError(
            display,
            text.count("\n", 0, bad) + 1,
            "the draft contains control characters: save it as plain text and import "
            "it again",
        )
    if not text.strip():
        raise DraftError(display, 1, "the draft is empty: there is nothing to import")
    return text
