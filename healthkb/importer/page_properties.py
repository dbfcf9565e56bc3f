"""A note-taking tool's page metadata exported with the text: Notion's properties
block ("Created: …", "Owner: …", "Status: …", "Tags: …" under the title) and its
callouts (``<aside>`` … ``</aside>``). Neither is the article: the properties are
metadata (the owner may be the author, reported; the tags are the keywords), a
callout's tags are HTML."""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

#: a page property's name in Notion, Confluence, Coda or a docs tool's export
_PROPERTY_NAMES = (
    r"created(?:[ \t]+(?:time|by|on|at))?|last[ \t]+(?:edited|modified|updated)"
    r"(?:[ \t]+(?:time|by|on|at))?|owner|status|tags?|assignee|assigned[ \t]+to|"
    r"due(?:[ \t]+date)?|priority|property|type|category|stage|sprint|"
    r"date[ \t]+created|verification|archived|date|publish(?:ed|ing)?[ \t]+"
    r"(?:date|on|time)|publication[ \t]+date|person|assign|project|area"
)
#: a property the importer reads itself (the summary, the keywords, the author):
#: it stays, and the block goes on under it
_READ_PROPERTY = re.compile(
    r"^\W{0,4}(?:summary|description|standfirst|subtitle|excerpt|key[ \t]?words?|"
    r"authors?|byline|written[ \t]+by|reviewers?|reviewed[ \t]+by)\W{0,4}[ \t]*:"
    r"[ \t]*\S",
    re.I,
)
_PROPERTY = re.compile(
    rf"^\W{{0,4}}(?P<name>{_PROPERTY_NAMES})\W{{0,4}}[ \t]*:[ \t]*(?P<value>.*)$", re.I
)
_OWNER = re.compile(r"^(?:owner|assignee|assigned[ \t]+to)$", re.I)
#: the property that holds the page's tags: its keywords
_TAGS = re.compile(r"^(?:tags?|keywords?)$", re.I)
#: how far down the page its properties may start (under the title, a byline)
_TOP_LINES = 4
_ASIDE_OPEN = re.compile(r"^\s*<aside\b[^>]*>\s*(?P<rest>.*)$", re.I)
_ASIDE_CLOSE = re.compile(r"^(?P<rest>.*?)\s*</aside>\s*$", re.I)
#: the callout's icon in front of its text (an emoji and its variation selector),
#: never the text's own markup ("**What is a registry?**", "[link]", a quote)
_ICON = re.compile(r"^[ \t]*[^\w\s*_`\[\]()<>\"'\u2018\u201c#~=-]{1,4}[ \t]*(?=\S)")


def drop_properties(
    lines: list[Line],
) -> tuple[list[Line], list[Removed], str, Line | None]:
    """(lines without the page's properties block, what was removed, the owner's
    name or "", the tags property's line number and value, or None).

    The block is two or more lines in a row, each "Property: value" with a
    property's name, near the top of the page; one such line alone ("Status:
    Draft") is left to the rest of the importer. A property the importer reads
    ("Summary:", "Keywords:") stays where it is, and the block goes on under it:
    "Publish date:" after "Keywords:" is a property, no keyword.
    """
    filled = [i for i, (_, t) in enumerate(lines) if t.strip()]
    for start in filled[:_TOP_LINES]:
        run = []
        for i in range(start, len(lines)):
            if _READ_PROPERTY.match(lines[i][1]) and run:
                continue
            if not _PROPERTY.match(lines[i][1]):
                break
            run.append(i)
        if len(run) >= 2:
            break
    else:
        return lines, [], "", None
    owner = ""
    tags: Line | None = None
    removed = []
    for i in run:
        found = _PROPERTY.match(lines[i][1])
        name = " ".join(found["name"].split())
        if _OWNER.match(name) and not owner:
            owner = found["value"].strip()
        if _TAGS.match(name) and tags is None and found["value"].strip():
            tags = (lines[i][0], found["value"].strip())
        removed.append(
            Removed(lines[i][0], lines[i][1], "the page's properties (metadata)")
        )
    gone = set(run)
    kept = [(n, "" if i in gone else t) for i, (n, t) in enumerate(lines)]
    return kept, removed, owner, tags


def open_callouts(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """*lines* with each ``<aside>`` callout's tags taken away (recorded in
    *removed*): its text stays as a paragraph, without its icon, unless a line of
    it was removed as chatter ("Delete this callout before publishing."), when the
    callout is a drafting note and all of it goes."""
    gone_lines = {r.line for r in removed}
    kept = list(lines)
    index = 0
    while index < len(kept):
        opened = _ASIDE_OPEN.match(kept[index][1])
        if not opened:
            index += 1
            continue
        end = next(
            (j for j in range(index, len(kept)) if _ASIDE_CLOSE.match(kept[j][1])),
            None,
        )
        if end is None:
            index += 1
            continue
        inside = range(index, end + 1)
        note = any(kept[j][0] in gone_lines for j in inside if j not in (index, end))
        for j in inside:
            number, text = kept[j]
            if j == index:
                text = opened["rest"]
            if j == end:
                closed = _ASIDE_CLOSE.match(text)
                text = closed["rest"] if closed else text
            tags = text != kept[j][1]
            if note and text.strip():
                removed.append(
                    Removed(
                        number,
                        kept[j][1],
                        "the rest of a callout that held a drafting note",
                    )
                )
                text = ""
            elif tags:
                removed.append(Removed(number, kept[j][1], "a callout's HTML tags"))
            kept[j] = (number, _ICON.sub("", text) if text.strip() else "")
        index = end + 1
    return kept
