"""A note tool's own Markdown (Obsidian, and Logseq or Foam, which copy it):
``[[wikilinks]]``, ``![[embeds]]``, ``%% comments %%``, ``> [!kind] Title``
callouts and a backlinks line. None of it is MyST, so each is turned into what
it stands for before anything else reads the lines:

- a wikilink is its words: ``[[Target|alias]]`` reads "alias", ``[[Target]]``
  "Target" (the site links terms through its glossary, not by note name);
- an embedded picture, ``![[diagram.png]]``, is a Markdown image, so the import
  keeps it when the file is supplied and reports it when not; an embedded note
  is not in the draft, and is reported;
- a ``%% comment %%`` is the writer's own note: removed;
- a callout of a drafting kind (``[!todo]``, ``[!fixme]``…), one whose title
  names the team (``[!warning] Editor check``) or one with a line of writing-tool
  or editor's chatter in it ("… to be checked before publishing") is a note to
  the team: removed with its text, since a callout is one note; any other
  (``[!note] Why this matters``) is for readers: its text stays, its title as a
  bold lead-in (a label line of its own over a list, a table or a heading);
- a block id at a line's end (``… in the neck. ^intro-device``) is the vault's
  anchor for links: removed;
- a line that is only links to other notes ("Backlinks: [[A]] · [[B]]", or an
  export's "Related: [Other page](Other%20page%20ab12….md)", a link to another
  exported page of the workspace) is the vault's navigation: removed;
- a toggle (``<details>`` with its ``<summary>`` title, as Notion exports one)
  titled as the team's notes ("Notes from call with Sam", "Meeting notes", "To
  do"), or holding chatter, is a note to the team: removed with its text, each
  line reported; any other toggle is left to the rest of the importer (its tags
  go, its text stays).
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed
from healthkb.rules.chatter import find_certain_chatter

Line = tuple[int, str]

_LINK_BODY = r"(?P<target>[^\[\]|\n]{1,300})(?:\|(?P<alias>[^\[\]\n]{1,300}))?"
_WIKILINK = re.compile(rf"(?P<embed>!?)\[\[{_LINK_BODY}\]\]")
_PICTURE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|avif)$", re.I)
_COMMENT = re.compile(r"%%.{0,2000}?%%")
_CALLOUT = re.compile(
    r"^\s{0,3}>[ \t]?\[!(?P<kind>[A-Za-z][\w-]{0,20})\][+-]?[ \t]*(?P<title>.*)$"
)
_QUOTED = re.compile(r"^\s{0,3}>[ \t]?(?P<text>.*)$")
#: callout kinds that are a note to the team, not text for readers
_DRAFTING_KINDS = frozenset({"todo", "fixme", "comment", "draft", "review", "editor"})
#: a callout's title that says it is for the team ("Editor check", "Note to self",
#: "Internal", "For review"), whatever its kind
_TEAM_TITLE = re.compile(
    r"\b(?:editors?|editorial|sub-?editors?|to-?do|fixme|note to (?:self|editors?)|"
    r"internal|for review|not for publication)\b",
    re.I,
)
#: a body line that opens a block of its own: a list item, a table row, a heading,
#: a fence; a title as a lead-in cannot run into it
_OWN_BLOCK = re.compile(r"^(?:[-*+][ \t]|\d{1,3}[.)][ \t]|\||#{1,6}[ \t]|```|~~~)")
#: an Obsidian block id ends a line: `` ^intro-device`` (letters, digits, dashes)
#: (after a space or at the line's start: a lookbehind, so a long run of spaces is
#: not tried again from each of its places)
_BLOCK_ID = re.compile(r"(?:^|(?<=[ \t]))\^[A-Za-z0-9][A-Za-z0-9-]{0,63}[ \t]*$")
#: a line that is a note tool's list of links: a label, then only links
_NAVIGATION_LABEL = re.compile(
    r"^\W{0,4}(?:backlinks?|linked mentions|related(?:[ \t]+(?:notes?|pages?))?|"
    r"see also|links?|up|parent|moc)[ \t]*:",
    re.I,
)
_SEPARATORS = re.compile(r"^[\s\W]*$")
#: a Markdown link to another page of the export: a relative path to a page file
_PAGE_LINK = re.compile(
    r"\[[^\[\]\n]{1,300}\]\((?![a-z][\w+.-]{0,20}:|#|/)[^()\s]{1,400}\.(?:md|html?)\)",
    re.I,
)
_TOGGLE_OPEN = re.compile(r"^\s*<details\b[^>]*>", re.I)
_TOGGLE_CLOSE = re.compile(r"</details\s*>\s*$", re.I)
_TOGGLE_TITLE = re.compile(r"<summary\b[^>]*>(?P<title>.*?)</summary\s*>", re.I)
#: a toggle's title that says it holds the team's notes, not text for readers
_NOTES_TITLE = re.compile(
    r"\b(?:(?:call|meeting|interview|research|working|drafting|draft|my|our|team|"
    r"editor['\u2019]?s?|planning)[ \t]+notes?|notes?[ \t]+(?:from|for|to|after|of)[ \t]"
    r"|to[ \t-]?dos?|scratch(?:pad)?|brainstorm(?:ing)?)\b",
    re.I,
)


def uses_note_markup(text: str) -> bool:
    """The draft has a note tool's own syntax (a wikilink or a callout)."""
    return bool(_WIKILINK.search(text) or _CALLOUT.search(text))


def unwrap_wikilinks(text: str) -> str:
    """*text* with each ``[[Target|alias]]`` as its words (embeds left as they are)."""
    return _WIKILINK.sub(
        lambda m: m.group(0) if m["embed"] else (m["alias"] or m["target"]).strip(),
        text,
    )


def convert_note_markup(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """*lines* with the note tool's syntax turned into what it stands for, and what
    was removed (each with the reason)."""
    removed: list[Removed] = []
    lines = _drop_comments(lines, removed)
    lines = _open_callouts(lines, removed)
    lines = _drop_note_toggles(lines, removed)
    kept: list[Line] = []
    for number, text in lines:
        if _is_navigation(text):
            removed.append(Removed(number, text, "a note tool's links to other notes"))
            kept.append((number, ""))
            continue
        kept.append((number, _embeds_as_images(number, text, removed)))
    kept = _drop_block_ids(kept, removed)
    return [(n, unwrap_wikilinks(t)) for n, t in kept], removed


def _drop_comments(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """``%% … %%`` on one line or across lines, taken out."""
    kept: list[Line] = []
    open_at: int | None = None
    for number, text in lines:
        if open_at is not None:
            removed.append(Removed(number, text, "a note tool's comment (%% … %%)"))
            if "%%" in text:
                open_at = None
                text = text.split("%%", 1)[1]
                kept.append((number, text if text.strip() else ""))
            else:
                kept.append((number, ""))
            continue
        without = _COMMENT.sub("", text)
        if without != text:
            removed.append(Removed(number, text, "a note tool's comment (%% … %%)"))
        if "%%" in without and without.strip().startswith("%%"):
            if without == text:
                removed.append(Removed(number, text, "a note tool's comment (%% … %%)"))
            open_at = number
            without = ""
        kept.append((number, without if without.strip() else ""))
    return kept


def _open_callouts(lines: list[Line], removed: list[Removed]) -> list[Line]:
    kept: list[Line] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        callout = _CALLOUT.match(text)
        if not callout:
            kept.append((number, text))
            index += 1
            continue
        end = index + 1
        while end < len(lines) and _QUOTED.match(lines[end][1]):
            end += 1
        body = [
            (n, _QUOTED.match(t)["text"].strip()) for n, t in lines[index + 1 : end]
        ]
        title = callout["title"].strip()
        drafting = (
            callout["kind"].lower() in _DRAFTING_KINDS
            or bool(_TEAM_TITLE.search(title))
            or any(words and find_certain_chatter(words) for _, words in body)
        )
        removed.append(
            Removed(
                number,
                text,
                "a note tool's drafting callout" if drafting else "a callout's marker",
            )
        )
        lead = f"**{title.rstrip(':')}:**" if title else ""
        if lead and not drafting and body and _OWN_BLOCK.match(body[0][1]):
            # the title over a list or a table is its label, a line of its own
            # (in bold alone, it would read as a heading over what follows)
            kept.extend(((number, f"{title.rstrip(':')}:"), (number, "")))
            lead = ""
        else:
            kept.append((number, ""))
        for position, (line_number, words) in enumerate(body):
            if drafting:
                if words:
                    removed.append(
                        Removed(line_number, words, "the text of a drafting callout")
                    )
                kept.append((line_number, ""))
            elif position == 0 and lead and words:
                kept.append((line_number, f"{lead} {words}"))
            else:
                kept.append((line_number, words))
        index = end
    return kept


def _drop_block_ids(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """Each line without the block id at its end (outside code fences)."""
    kept: list[Line] = []
    fenced = False
    for number, text in lines:
        if text.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        found = None if fenced else _BLOCK_ID.search(text)
        if found:
            removed.append(
                Removed(number, found.group(0).strip(), "a note tool's block id")
            )
            text = text[: found.start()].rstrip(" \t")
        kept.append((number, text))
    return kept


def _drop_note_toggles(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """Each toggle titled as the team's notes (or holding chatter) taken out with
    its text, each line reported; any other toggle as it is."""
    kept = list(lines)
    index = 0
    while index < len(kept):
        if not _TOGGLE_OPEN.match(kept[index][1]):
            index += 1
            continue
        end = next(
            (j for j in range(index, len(kept)) if _TOGGLE_CLOSE.search(kept[j][1])),
            None,
        )
        if end is None:
            break
        block = range(index, end + 1)
        title = next(
            (
                found["title"]
                for j in block
                if (found := _TOGGLE_TITLE.search(kept[j][1]))
            ),
            "",
        )
        words = [re.sub(r"<[^<>]{1,200}>", "", kept[j][1]).strip() for j in block]
        if (
            _NOTES_TITLE.search(title)
            or _TEAM_TITLE.search(title)
            or any(w and find_certain_chatter(w) for w in words[1:])
        ):
            for j in block:
                number, text = kept[j]
                if text.strip():
                    removed.append(
                        Removed(number, text.strip(), "a toggle of the team's notes")
                    )
                kept[j] = (number, "")
        index = end + 1
    return kept


def _is_navigation(text: str) -> bool:
    links = list(_WIKILINK.finditer(text)) + list(_PAGE_LINK.finditer(text))
    if not links:
        return False
    rest = _PAGE_LINK.sub(" ", _WIKILINK.sub(" ", text))
    label = _NAVIGATION_LABEL.match(rest)
    if label:
        rest = rest[label.end() :]
    return bool(_SEPARATORS.match(rest)) and (bool(label) or len(links) >= 2)


def _embeds_as_images(number: int, text: str, removed: list[Removed]) -> str:
    def image(match: re.Match[str]) -> str:
        if not match["embed"]:
            return match.group(0)
        target = match["target"].strip()
        if _PICTURE.search(target):
            name = target.rsplit("/", 1)[-1]
            # an embed's "|300" is its width, not its words
            alt = (match["alias"] or "").strip()
            alt = "" if alt.replace("x", "").isdigit() else alt
            return f"![{alt}]({name.replace(' ', '%20')})"
        removed.append(
            Removed(
                number,
                match.group(0),
                "an embedded note: its text is not in the draft, paste it in if "
                "readers need it",
            )
        )
        return ""

    return _WIKILINK.sub(image, text)
