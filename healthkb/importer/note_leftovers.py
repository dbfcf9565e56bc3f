"""What a note app (Bear, Obsidian, Apple Notes, Evernote) leaves in a draft that
is the writer's, not the article's:

- a task list ("- [ ] ask the team about a diagram", "- [x] add the link"): the
  writer's to-dos. The site has no task lists, and a list with a ticked box, or
  one above the article's first paragraph, is the drafting's; it goes, each
  item reported. Any other task list (a checklist for readers, "- [ ] your
  medicines") keeps its items as a plain list, reported for a look;
- a to-do note written into the text ("TODO(natalie): add the link", "FIXME:
  check the dose", "TBD - confirm with pharmacy"): the writer's, the whole line
  goes, reported (``healthkb check`` refuses it anyway);
- a highlight (Bear's ``::words::``, Obsidian's ``==words==``): the words stay;
- a line of hashtags only ("#healthkb #drafts", Bear's "#nerve stimulation#"):
  the note's filing tags, not
  keywords (unless a keyword label or heading with no list of its own stands
  right above it);
- a section of links to other notes ("## Backlinks" over ``* [[…]]`` items) and
  a "See also [[Note]]" line: the vault's navigation. It goes, reported, so that
  an editor can link the matching article.

Each runs before the wikilinks are read as their words, so a note's link is
still told from the article's text.
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_TASK = re.compile(r"^(?P<lead>[ \t]*[-*+][ \t]+)\[(?P<box>[ xX])\][ \t]+(?P<text>.*)$")
#: a to-do note: the marker in capitals, an optional owner ("(natalie)",
#: "[ana]", "@sam"), then a colon or dash and the note
_TODO_NOTE = re.compile(
    r"^[ \t>*_-]{0,6}(?:TODO|FIXME|TBD|XXX)(?:[ \t]*(?:\([^()\n]{1,40}\)|"
    r"\[[^\[\]\n]{1,40}\]|@[\w.-]{1,40}))?[ \t]*[:\u2013\u2014-][ \t]*\S"
)
_HIGHLIGHT = re.compile(
    r"::(?=\S)(?P<words>[^:\n]{1,200}?)(?<=\S)::|==(?=\S)(?P<eq>[^=\n]{1,200}?)(?<=\S)=="
)
_WIKILINK = re.compile(r"!?\[\[[^\[\]\n]{1,300}\]\]")
_LINKS_HEADING = re.compile(
    r"^ {0,3}#{1,6}[ \t]+(?:backlinks?|linked mentions|unlinked mentions|"
    r"related notes?|links to this note)[ \t]*:?[ \t]*$",
    re.I,
)
_SEE_ALSO = re.compile(r"^\W{0,4}(?:see also|related|see)[ \t]*:?[ \t]+", re.I)
#: one filing tag: "#healthkb", "#work/leaflets", Bear's "#multi word tag#"
_TAG = r"#[^\W_](?:[\w/-]{0,60}(?:[ \t][\w/-]{1,30}){1,5}#|[\w/-]{0,60})"
_HASHTAGS = re.compile(rf"^[ \t]*{_TAG}(?:[ \t,]+{_TAG})*[ \t]*$")
#: a keyword label or heading with its list still to come ("Tags:", "## Keywords")
_KEYWORD_WORD = re.compile(
    r"^\W{0,8}(?:[\w-]{1,30}[ \t]+){0,3}(?:key[ \t]?words?|tags)\b[^:]{0,40}:?[ \t]*$",
    re.I,
)
_LINK_ITEM = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\[\[[^\[\]\n]{1,300}\]\][ \t,]*)+$")


def _is_text(text: str) -> bool:
    """A line of the article's prose: several words, no list, no heading."""
    bare = text.strip()
    return (
        len(bare.split()) >= 6
        and not bare.startswith(("#", "-", "*", "+", ">", "|"))
        and not _TASK.match(text)
    )


def drop_note_leftovers(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(*lines* without a note app's to-dos, highlights and navigation, what was
    removed or changed)."""
    removed: list[Removed] = []
    first_text = next((i for i, (_, t) in enumerate(lines) if _is_text(t)), len(lines))
    tasks = [i for i, (_, t) in enumerate(lines) if _TASK.match(t)]
    drafting = {
        i
        for i in tasks
        if i < first_text
        or any(_TASK.match(lines[j][1])["box"] in "xX" for j in _run(tasks, i))
    }
    kept: list[Line] = []
    in_links = False
    for i, (number, text) in enumerate(lines):
        if _LINKS_HEADING.match(text):
            in_links = True
            removed.append(Removed(number, text, "a note app's list of linked notes"))
            kept.append((number, ""))
            continue
        if in_links:
            if not text.strip() or _LINK_ITEM.match(text):
                if text.strip():
                    removed.append(
                        Removed(
                            number, text.strip(), "a note app's list of linked notes"
                        )
                    )
                kept.append((number, ""))
                continue
            in_links = False
        rest = _SEE_ALSO.sub("", text, count=1)
        if rest != text and _LINK_ITEM.match(rest):
            removed.append(
                Removed(
                    number,
                    text.strip(),
                    "a link to another note (link the matching article yourself)",
                )
            )
            kept.append((number, ""))
            continue
        if _HASHTAGS.match(text) and not _KEYWORD_WORD.match(_above(lines, i)):
            removed.append(
                Removed(number, text.strip(), "a note's filing tags (not keywords)")
            )
            kept.append((number, ""))
            continue
        if _TODO_NOTE.match(text):
            removed.append(Removed(number, text.strip(), "the writer's to-do note"))
            kept.append((number, ""))
            continue
        task = _TASK.match(text)
        if task and i in drafting:
            removed.append(Removed(number, text.strip(), "the writer's to-do list"))
            kept.append((number, ""))
            continue
        if task:
            text = f"{task['lead']}{task['text']}"
            removed.append(
                Removed(
                    number,
                    "[ ]",
                    "a task list's box (kept as a plain list item: check it is for "
                    "readers)",
                )
            )
        kept.append((number, _HIGHLIGHT.sub(lambda m: m["words"] or m["eq"], text)))
    return kept, removed


def _above(lines: list[Line], index: int) -> str:
    """The last line with words above *index*, or ""."""
    return next((t for _, t in reversed(lines[:index]) if t.strip()), "")


def _run(tasks: list[int], index: int) -> list[int]:
    """The task lines of the list *index* is in (consecutive line indexes)."""
    run = [index]
    for step in (-1, 1):
        at = index + step
        while at in tasks:
            run.append(at)
            at += step
    return run


__all__ = ["drop_note_leftovers"]
