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
- a line that is only links to other notes ("Backlinks: [[A]] · [[B]]") is the
  vault's navigation: removed.
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
    r"^\W{0,4}(?:backlinks?|linked mentions|related notes?|see also|links?|"
    r"up|parent|moc)[ \t]*:",
    re.I,
)
_SEPARATORS = re.compile(r"^[\s\W]*$")


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


def _is_navigation(text: str) -> bool:
    links = list(_WIKILINK.finditer(text))
    if not links:
        return False
    rest = _WIKILINK.sub(" ", text)
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
