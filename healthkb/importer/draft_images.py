"""Pictures in a draft: kept when they are what they say they are.

A Word document carries its pictures inside it.  Each one is read (never a linked
file outside the document: mammoth's external file access stays off), checked by
its declared type *and* its first bytes, limited in size, and given a safe name of
our making (``<article>-image-<n>.png``) next to the article.  Nothing is written
until the import is applied.  A picture that fails a check, or is only linked, is
reported with the reason and left out.  A text or Markdown draft's
``![alt](photo.png)`` is kept the same way when the file is supplied: saved next to
the draft, named by a plain file name (never a path or an address).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

MAX_IMAGE_BYTES = 5 * 1024 * 1024
#: declared type -> (suffix, the first bytes every such file starts with)
_TYPES = {
    "image/png": (".png", (b"\x89PNG\r\n\x1a\n",)),
    "image/jpeg": (".jpg", (b"\xff\xd8\xff",)),
    "image/gif": (".gif", (b"GIF87a", b"GIF89a")),
    "image/webp": (".webp", (b"RIFF",)),
}
#: how an embedded image is named in the converted text until it has its file name
TOKEN = re.compile(r"draft-image-(\d{1,4})")
_PLAIN_NAME = re.compile(r"^[\w][\w .-]{0,120}$")
_REFUSED = re.compile(r"\[Image: picture (\d{1,4}) of the document\]")


@dataclass(frozen=True)
class DraftImage:
    number: int
    data: bytes
    suffix: str
    alt: str


@dataclass
class DraftImages:
    """What a Word draft's pictures became: kept ones, and why others were not."""

    kept: list[DraftImage] = field(default_factory=list)
    #: (description, reason) of each picture left out
    refused: list[tuple[str, str]] = field(default_factory=list)

    def converter(self) -> Callable[[Any], dict[str, str]]:
        """The ``convert_image`` function for mammoth's ``img_element``."""

        def convert(image: Any) -> dict[str, str]:  # noqa: ANN401 - mammoth's Image
            number = len(self.kept) + len(self.refused) + 1
            alt = " ".join((image.alt_text or "").split())[:300]
            described = f"picture {number}" + (f" ('{alt}')" if alt else "")
            reason = self._refusal(image)
            if isinstance(reason, str):
                self.refused.append((described, reason))
                # becomes "[Image: picture N of the document]", which the importer
                # removes and reports with where it was and why (why_left_out)
                return {"alt": f"picture {number} of the document", "src": ""}
            self.kept.append(DraftImage(number, reason[0], reason[1], alt))
            return {"alt": alt, "src": f"draft-image-{number}"}

        return convert

    def why_left_out(self, placeholder: str) -> str:
        """For a removed "[Image: picture N of the document]" line: what it was and
        why it was left out ("" for any other line)."""
        match = _REFUSED.search(placeholder)
        for described, reason in self.refused if match else ():
            if described.split()[1] == match.group(1):
                return f"the Word document's {described} was not imported: {reason}"
        return ""

    def add_supplied(self, folder: Path, name: str, alt: str) -> int | str:
        """A picture a text draft names (``![alt](name)``), read only if it is a file
        directly in the draft's folder: its number, or why it was left out."""
        suffix = PurePath(name).suffix.lower()
        declared = next((t for t, (s, _) in _TYPES.items() if s == suffix), "")
        if suffix == ".jpeg":
            declared = "image/jpeg"
        if not _PLAIN_NAME.match(name) or name.startswith("."):
            return (
                "only a picture saved next to the draft can be imported (a plain file "
                "name, no folder or web address): add it yourself"
            )
        path = folder / name
        if path.is_symlink() or not path.is_file():
            return f"no file named {name} is next to the draft: add it yourself"
        if not declared:
            return (
                f"a '{suffix or 'no extension'}' file is not a PNG, JPEG, GIF or WebP "
                "picture: save it as one of those and add it yourself"
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
        why = _content_problem(data, declared)
        if why:
            return why
        number = len(self.kept) + len(self.refused) + 1
        self.kept.append(DraftImage(number, data, _TYPES[declared][0], alt))
        return number

    @staticmethod
    def _refusal(image: Any) -> str | tuple[bytes, str]:  # noqa: ANN401
        """(data, suffix) of a picture that passes, else why it does not."""
        try:
            # a linked picture raises here: mammoth's external file access is off
            with image.open() as handle:
                data = handle.read(MAX_IMAGE_BYTES + 1)
        except Exception:  # noqa: BLE001 - a linked picture, or a broken part
            return (
                "it is linked, not saved in the document (or cannot be read): insert "
                "the picture itself, or add its file yourself"
            )
        declared = (image.content_type or "").lower()
        if declared not in _TYPES:
            return (
                f"its type ({declared or 'unknown'}) is not PNG, JPEG, GIF or WebP: "
                "save the picture in one of those and add it yourself"
            )
        why = _content_problem(data, declared)
        return why or (data, _TYPES[declared][0])


def _content_problem(data: bytes, declared: str) -> str:
    """Why *data* is not the picture of type *declared* it claims to be ("" if it is)."""
    suffix, starts = _TYPES[declared]
    if len(data) > MAX_IMAGE_BYTES:
        return "it is over 5 MB: make it smaller and add it yourself"
    if not data.startswith(starts) or (
        declared == "image/webp" and data[8:12] != b"WEBP"
    ):
        return (
            f"its content is not the {suffix.lstrip('.').upper()} picture it says it "
            "is: save the picture again and add it yourself"
        )
    return ""


__all__ = ["MAX_IMAGE_BYTES", "TOKEN", "DraftImage", "DraftImages"]
