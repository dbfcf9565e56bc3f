"""An outliner's page file (Logseq's ``pages/*.md``): the page's properties as
``key:: value`` lines at its top, and the text as an outline, every block a
``- `` bullet indented with tabs, with its own properties (``id::``,
``collapsed::``) on the lines under its bullet.

Read line by line, every block is a list item and the properties are text. The
page is read as blocks instead:

- the page's properties are its metadata: ``title::`` is the headline,
  ``description::`` the description, ``author::`` the byline and ``tags::`` the
  keyword list (when the page has no keyword line of its own); the others
  (``type::``, ``status::``) are the outliner's, removed and listed;
- a block property (``id:: …``, ``collapsed:: true``) is no text; a folded block
  whose own line is a label, not a sentence ("Notes from call with Sam"), is the
  writer's folded notes: it goes with the blocks under it, listed;
- a block is a paragraph, a heading (``- ## …``), or, where none of a run of
  sibling blocks is a sentence, an item of a list;
- a block reference ``((uuid))`` stands for the block with that ``id::``: a
  heading's words, in quotes; one that points nowhere goes.

A page is read so only when it has two or more property lines (``key:: value``)
and most of its text is bullets.
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_PROPERTY = re.compile(
    r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[a-z][\w-]{0,30})::(?:[ \t]+(?P<value>.*))?$",
    re.I,
)
_BULLET = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?P<text>.*)$")
_PAGE_LINK = re.compile(r"#?\[\[([^\[\]\n]{1,200})\]\]")
_BLOCK_REF = re.compile(r"\(\(([0-9a-f]{8}-[0-9a-f-]{27,})\)\)", re.I)
_TASK = re.compile(r"^(?:TODO|DOING|LATER|NOW|DONE|WAITING|CANCELED|CANCELLED)\b")
_KEYWORD_LINE = re.compile(
    r"^\W{0,4}(?:[\w-]+[ \t]+){0,2}key[ \t]?words?\W{0,4}[ \t]*:", re.I
)
#: the page properties the article uses, and what each becomes
_TITLE = ("title",)
_DESCRIPTION = ("description", "summary", "standfirst")
_AUTHOR = ("author", "authors", "by", "byline")
_TAGS = ("tags", "tag", "keywords")


def _depth(indent: str) -> int:
    return indent.count("\t") + (len(indent.replace("\t", "")) // 2)


def _words(value: str) -> str:
    return _PAGE_LINK.sub(r"\1", value or "").strip()


def _is_sentence(text: str) -> bool:
    bare = re.sub(r"\[\^[^\]]+\]|\(\([^)]*\)\)", "", text).strip()
    return bare[-1:] in ".!?" or len(bare.split()) > 12


def _is_item(block: dict) -> bool:
    text = block["text"]
    return not text.startswith(("#", "[^")) and not _is_sentence(text)


def is_outline_page(lines: list[Line]) -> bool:
    filled = [t for _, t in lines if t.strip()]
    properties = sum(1 for t in filled if _PROPERTY.match(t))
    bullets = sum(1 for t in filled if _BULLET.match(t))
    return properties >= 2 and bullets * 2 >= len(filled) - properties


def read_outline_page(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(the page as paragraphs, headings and lists; what was removed)."""
    if not is_outline_page(lines):
        return lines, []
    removed: list[Removed] = []
    out: list[Line] = []
    own_keywords = any(_KEYWORD_LINE.match(t) for _, t in lines)
    index = 0
    # the page's properties, at its top
    while index < len(lines) and (
        not lines[index][1].strip() or _PROPERTY.match(lines[index][1])
    ):
        number, text = lines[index]
        index += 1
        found = _PROPERTY.match(text)
        if not found or found["indent"] or text.lstrip().startswith("-"):
            if found:
                index -= 1
                break
            continue
        key, value = found["key"].lower(), _words(found["value"])
        made = ""
        if key in _TITLE and value:
            made = "# " + value
        elif key in _DESCRIPTION and value:
            made = "Description: " + value
        elif key in _AUTHOR and value:
            made = "By " + value
        elif key in _TAGS and value and not own_keywords:
            made = "Keywords: " + value
        if made:
            out += [(number, made), (number, "")]
        else:
            removed.append(
                Removed(number, text, "the outliner page's property (metadata)")
            )
    # the blocks: (depth, line number, first line, more lines, properties)
    blocks: list[dict] = []
    for number, text in lines[index:]:
        if not text.strip():
            continue
        bullet = _BULLET.match(text)
        found = _PROPERTY.match(text)
        if found:
            if bullet:
                # a block whose first line is its property ("- collapsed:: true")
                blocks.append(
                    {
                        "depth": _depth(bullet["indent"]),
                        "line": number,
                        "text": "",
                        "more": [],
                        "props": {},
                    }
                )
            if blocks:
                blocks[-1]["props"][found["key"].lower()] = (
                    found["value"] or ""
                ).strip()
            removed.append(
                Removed(number, text, "the outliner block's property (metadata)")
            )
            continue
        if bullet:
            blocks.append(
                {
                    "depth": _depth(bullet["indent"]),
                    "line": number,
                    "text": bullet["text"].strip(),
                    "more": [],
                    "props": {},
                }
            )
        elif blocks and not blocks[-1]["text"]:
            blocks[-1]["text"], blocks[-1]["line"] = text.strip(), number
        elif blocks:
            blocks[-1]["more"].append((number, text.strip()))
        else:
            out.append((number, text))
    ids = {b["props"]["id"].casefold(): b for b in blocks if b["props"].get("id")}
    # a folded block of notes (its line a label) goes with the blocks under it
    gone: set[int] = set()
    for position, block in enumerate(blocks):
        if position in gone:
            continue
        folded = block["props"].get("collapsed", "").lower() == "true"
        if _TASK.match(block["text"]) or (folded and not _is_sentence(block["text"])):
            why = (
                "the writer's to-do in the outline"
                if _TASK.match(block["text"])
                else "a folded block of the writer's notes, with the blocks under it"
            )
            taken = [position]
            for later in range(position + 1, len(blocks)):
                if blocks[later]["depth"] <= block["depth"]:
                    break
                taken.append(later)
            gone.update(taken)
            removed += [
                Removed(blocks[at]["line"], blocks[at]["text"], why)
                for at in taken
                if blocks[at]["text"]
            ]
    kept = [b for k, b in enumerate(blocks) if k not in gone and b["text"]]

    def referenced(found: re.Match[str]) -> str:
        block = ids.get(found[1].casefold())
        if block is None:
            return ""
        words = re.sub(r"^#{1,6}[ \t]+", "", block["text"])
        return f'"{_words(words)}"'

    for position, block in enumerate(kept):
        text = _BLOCK_REF.sub(referenced, block["text"])
        if text != block["text"]:
            removed.append(
                Removed(
                    block["line"],
                    block["text"],
                    "a block reference, read as the block's words",
                )
            )
        # a heading, or a footnote's definition ("[^1]: …"), is never an item;
        # a run of two or more sibling blocks that are no sentences is a list
        listed = _is_item(block) and any(
            _is_item(kept[near]) and kept[near]["depth"] == block["depth"]
            for near in (position - 1, position + 1)
            if 0 <= near < len(kept)
        )
        if listed:
            out.append((block["line"], "- " + text))
            following = kept[position + 1] if position + 1 < len(kept) else None
            if (
                following is None
                or following["depth"] != block["depth"]
                or following["text"].startswith("#")
            ):
                out.append((block["line"], ""))
        else:
            out += [(block["line"], text), *block["more"], (block["line"], "")]
    return out, removed


__all__ = ["is_outline_page", "read_outline_page"]
