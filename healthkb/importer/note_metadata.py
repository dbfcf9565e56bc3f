"""A note app's metadata block exported under the note (Joplin's "RAW - Joplin
Export Directory": "id: …", "parent_id: …", "created_time: …" … "type_: 1").

The block is the app's record of the note, never the article: a run of lines at
the end of the draft, each "field: value" with a field's name in the app's own
spelling (lower case, words joined by "_"), several of them. It goes whole, even
where a value is empty ("source_url:"). Its "author" field may name the writer
(the caller uses it when the draft has no byline). A "tags:" line right above the
block is the note's filing tags, not a keyword list the writer made: it goes with
the block, and the caller reports the tags for a person to choose keywords from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_FIELD = re.compile(
    r"^(?P<name>[a-z][a-z0-9]*(?:_[a-z0-9]*)*):(?:[ \t]+(?P<value>.*))?$"
)
_TAGS = re.compile(r"^[ \t]*tags?[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.I)
#: how many fields make a block, and how many of them must be joined names
_FIELDS = 6
_JOINED = 2


@dataclass
class NoteMetadata:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    author: str = ""
    author_line: int = 0
    tags: str = ""
    tags_line: int = 0


def read_note_metadata(lines: list[Line]) -> NoteMetadata:
    """The lines without a note app's trailing metadata block, and what it held."""
    filled = [i for i, (_, t) in enumerate(lines) if t.strip()]
    run: list[int] = []
    for i in reversed(filled):
        if not _FIELD.match(lines[i][1].strip()):
            break
        run.insert(0, i)
    names = [_FIELD.match(lines[i][1].strip())["name"] for i in run]
    if len(run) < _FIELDS or sum("_" in name for name in names) < _JOINED:
        return NoteMetadata(lines)
    # the block is one run of lines (a blank line inside it ends it)
    start = run[-1]
    for i in reversed(run):
        if i < start - 1 and any(not lines[k][1].strip() for k in range(i + 1, start)):
            break
        start = i
    block = [i for i in run if i >= start]
    if len(block) < _FIELDS:
        return NoteMetadata(lines)
    found = NoteMetadata(lines)
    why = "the note app's metadata block (its record of the note)"
    for i in block:
        number, text = lines[i]
        field_ = _FIELD.match(text.strip())
        if field_["name"] == "author" and (field_["value"] or "").strip():
            found.author, found.author_line = field_["value"].strip(), number
        found.removed.append(Removed(number, text, why))
    gone = set(block)
    above = [i for i in filled if i < block[0]]
    if above and (tags := _TAGS.match(lines[above[-1]][1])):
        found.tags, found.tags_line = tags["value"].strip(), lines[above[-1]][0]
        found.removed.append(
            Removed(lines[above[-1]][0], lines[above[-1]][1], "the note's filing tags")
        )
        gone.add(above[-1])
    found.lines = [(n, "" if i in gone else t) for i, (n, t) in enumerate(lines)]
    return found


__all__ = ["NoteMetadata", "read_note_metadata"]
