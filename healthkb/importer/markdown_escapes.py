"""A Markdown export's needless escapes and embedded pictures.

Google Docs' "Download > Markdown" (and other converters) escape punctuation that
means nothing where it stands: "hard\\-to\\-treat", "sign\\-off", "\\[1\\]". The
reader sees the character; so does the importer, or a marker "\\[1\\]" is never
read as a citation. A backslash stays where it keeps a meaning: before "*", "_"
and "\\" anywhere, and before a character that would start a list, a heading or
a quotation at the start of a line ("\\- not a list", "1\\. not a list").

The same exports put a pasted picture inline as a reference definition whose
target is its data ("[image1]: <data:image/png;base64,…>"), used as "![][image1]":
no source and no file next to the draft. Both go, and are listed as removed so a
person adds the picture.
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

#: punctuation an exporter escapes though it means nothing mid-line
_NEEDLESS = re.compile(r"\\([-\[\]().!+#>~=|{}:;,'\"/&%$@?^`<])")
#: what must stay escaped at the start of a line: a list, a heading, a quotation
_LINE_START = re.compile(r"^([ \t]*(?:\d{1,9})?)\\([-+#>.)])")
#: a picture pasted as data: its reference definition
_DATA_DEFINITION = re.compile(
    r"^[ \t]{0,3}\[(?P<id>[^\]\n]{1,60})\]:[ \t]*<?data:[^\s>]*>?[ \t]*$", re.I
)


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    start = _LINE_START.match(text)
    head = ""
    if start:
        head, text = text[: start.end()], text[start.end() :]
    return head + _NEEDLESS.sub(r"\1", text)


def _in_code(lines: list[Line]) -> set[int]:
    inside, fenced = set(), False
    for index, (_, text) in enumerate(lines):
        if text.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            inside.add(index)
        elif fenced:
            inside.add(index)
    return inside


def read_markdown_export(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines unescaped, without embedded pictures; what was removed)."""
    code = _in_code(lines)
    embedded = {
        found["id"].casefold(): index
        for index, (_, text) in enumerate(lines)
        if index not in code and (found := _DATA_DEFINITION.match(text))
    }
    removed: list[Removed] = []
    kept: list[Line] = []
    for index, (number, text) in enumerate(lines):
        if index in code:
            kept.append((number, text))
            continue
        if index in embedded.values():
            removed.append(
                Removed(
                    number,
                    text.split(":", 1)[0] + ": <data…>",
                    "a picture pasted into the draft as data, not a file: add it "
                    "yourself",
                )
            )
            kept.append((number, ""))
            continue
        if embedded:
            uses = [
                use
                for use in re.finditer(r"!\[([^\]\n]*)\]\[([^\]\n]*)\]", text)
                if (use[2] or use[1]).casefold() in embedded
            ]
            for use in reversed(uses):
                removed.append(
                    Removed(
                        number,
                        use[0],
                        "a picture pasted into the draft as data, not a file: add "
                        "it yourself",
                    )
                )
                text = text[: use.start()] + text[use.end() :]
        kept.append((number, _unescape(text)))
    return kept, removed


__all__ = ["read_markdown_export"]
