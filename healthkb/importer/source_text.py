"""Read a draft file as text, refusing empty, binary and non-UTF-8 files clearly."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from healthkb.importer.draft_images import DraftImages
from healthkb.importer.errors import DraftError
from healthkb.model.front_matter import normalise_text

MAX_DRAFT_BYTES = 1024 * 1024
#: a web page carries its scripts, styles and menus around the article: the page may
#: be larger, the article text taken from it may not
MAX_PAGE_BYTES = 10 * 1024 * 1024
#: Word documents carry their styles and images: allow more, but not a zip bomb
MAX_DOCX_BYTES = 20 * 1024 * 1024
MAX_DOCX_UNPACKED = 100 * 1024 * 1024
_WORD_STYLES = (
    "p[style-name='Title'] => p.title:fresh\n"
    "p[style-name='Subtitle'] => p.subtitle:fresh\n"
    "p[style-name='Byline'] => p.byline:fresh\n"
    "p[style-name='Author'] => p.byline:fresh\n"
    "p[style-name='Quote'] => blockquote > p:fresh\n"
    "p[style-name='Intense Quote'] => blockquote > p:fresh"
)


def read_draft(
    path: Path,
    display: str,
    images: DraftImages | None = None,
    chrome: list[tuple[str, str]] | None = None,
) -> str:
    """The draft's text with ``\\n`` line endings.

    :param images: collects a Word document's embedded pictures (each checked) and
        the reasons others were left out; without it no picture is read
    :param chrome: collects (kind, text) of what a web page showed around its
        article (menus, banners, buttons), which is left out
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DraftError(display, 1, "no such file: check the draft's name") from None
    except OSError as exc:
        raise DraftError(
            display, 1, f"cannot read the draft ({exc.strerror})"
        ) from None
    if path.suffix.lower() == ".docx":
        html = docx_to_html(raw, display, images)
        from healthkb.importer.word_parts import drop_word_parts

        # its table of contents and footnotes are no article text
        html = drop_word_parts(html, chrome)
        if chrome is not None:
            from healthkb.importer.word_comments import (
                word_comment_places,
                word_comments,
                word_deletions,
            )

            places = word_comment_places(raw)
            chrome += [
                (
                    f"a comment{' by ' + who if who else ''}"
                    f"{f' under the heading {places[k]!r}' if k in places else ''}"
                    ", not imported: check it was dealt with",
                    text,
                )
                for k, (who, text) in enumerate(word_comments(raw))
            ]
            chrome += [
                (
                    f"a tracked deletion{' by ' + who if who else ''}, left out as "
                    "accepting the changes would: check it should go",
                    text,
                )
                for who, text in word_deletions(raw)
            ]
        return _article_text(
            html, display, draft_images=images is not None, chrome=chrome
        )
    if path.suffix.lower() in (".html", ".htm"):
        page = decode_draft(raw, display, limit=MAX_PAGE_BYTES)
        return _article_text(page, display, chrome=chrome)
    return decode_draft(raw, display)


def _article_text(
    html: str,
    display: str,
    *,
    draft_images: bool = False,
    chrome: list[tuple[str, str]] | None = None,
) -> str:
    """A web page's or Word document's article as draft text, within the limits."""
    from healthkb.importer.html_draft import (
        MAX_NESTING,
        NestedTooDeep,
        TooMuchText,
        html_to_draft,
    )

    try:
        text = html_to_draft(html, draft_images=draft_images, chrome=chrome)
    except TooMuchText:
        raise DraftError(
            display, 1, "the article is over 1 MB of text: split it into several"
        ) from None
    except NestedTooDeep as exc:
        raise DraftError(
            display,
            1,
            f"the document nests its parts over {MAX_NESTING} deep (at least "
            f"{exc.depth}), which no article needs: copy its text into a plain text "
            "file (.txt) and import that",
        ) from None
    if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise DraftError(
            display, 1, "the article is over 1 MB of text: split it into several"
        )
    return _nonempty(text, display)


def _nonempty(text: str, display: str) -> str:
    if not text.strip():
        raise DraftError(display, 1, "the document has no article text to import")
    return text


def docx_to_html(raw: bytes, display: str, images: DraftImages | None = None) -> str:
    """A Word document's text as HTML (mammoth).

    A picture saved in the document is read and checked only when *images* collects
    them; a linked one is never fetched (a document can link to files outside it,
    and mammoth's external file access stays off).  Left out, a picture becomes its
    alt text, which the importer reports.
    """
    import mammoth

    if len(raw) > MAX_DOCX_BYTES:
        raise DraftError(
            display, 1, "the document is over 20 MB: split it into several articles"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            unpacked = sum(item.file_size for item in package.infolist())
            if unpacked > MAX_DOCX_UNPACKED:
                raise DraftError(
                    display, 1, "the document unpacks to over 100 MB: it is not a draft"
                )
        convert = (
            images.converter()
            if images is not None
            else lambda image: {"alt": image.alt_text or "an image", "src": ""}
        )
        result = mammoth.convert_to_html(
            io.BytesIO(raw),
            # Word's Title and Subtitle styles: the headline and its standfirst,
            # written as Google Docs marks them (html_draft reads both); its
            # Quote styles: a quotation
            style_map=_WORD_STYLES,
            convert_image=mammoth.images.img_element(convert),
            external_file_access=False,
        )
    except DraftError:
        raise
    except RecursionError:  # mammoth reads nested tables and lists recursively
        raise DraftError(
            display,
            1,
            "the document nests tables or lists too deep to read: copy its text into "
            "a plain text file (.txt) and import that",
        ) from None
    except Exception as exc:  # a damaged or non-Word file: zipfile, XML, mammoth
        raise DraftError(
            display,
            1,
            f"this is not a Word document that can be read ({exc.__class__.__name__}):"
            " open it in Word or Google Docs, save it as .docx again and import that",
        ) from None
    return result.value


def decode_draft(raw: bytes, display: str, limit: int = MAX_DRAFT_BYTES) -> str:
    if len(raw) > limit:
        raise DraftError(
            display,
            1,
            f"the draft is over {limit // (1024 * 1024)} MB: split it into several "
            "articles",
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
