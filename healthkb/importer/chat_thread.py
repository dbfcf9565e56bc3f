"""A team chat's channel or thread copied as text (Slack, Teams, Discord), with the
article pasted as one of its messages:

    #health-content
    Natalie Singh  10:04 AM
    Trying again when a depression treatment has not worked
    …
    :white_check_mark: 1

    Sam Okafor  10:11 AM
    replied to a thread:
    Numbers match the paper :+1:

Each message starts with its sender's name and the time ("Name  10:04 AM",
"Name  [7:51 PM]", Teams' "[10:04 AM] Name", Discord's "Name — Today at 10:04
AM"); a lone time ("10:12") starts the same sender's next message. A timetable's
lines ("Breakfast 8:00 AM") look the same, so a thread also needs a chat's sign:
a sender writing twice, a reaction, a thread link or an edit mark.
The chat's furniture is the channel's name above the first message, the reaction
counts (":eyes: 2"), "(edited)", "replied to a thread:" and "View thread". The
article is the longest message; the others are the team talking about it, and
their senders' names are no bylines.
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed
from healthkb.rules.chatter import find_chatter

Line = tuple[int, str]

_TIME = r"\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_NAME = r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t][A-Z][\w'\u2019.-]*){0,3})"
#: "Natalie Singh  10:04 AM", "Sam  [7:51 PM]", "Dr Ann Lee 22:43" (Slack);
#: "[10:04 AM] Natalie Singh" (Teams); "Ann Lee — Today at 10:04 AM" (Discord)
_SENDER = re.compile(
    rf"^{_NAME}[ \t]+\[?(?P<time>{_TIME})\]?$"
    rf"|^\[(?P<first>{_TIME})\][ \t]+{_NAME.replace('name', 'named')}$"
    rf"|^{_NAME.replace('name', 'called')}[ \t]+[\u2014\u2013-][ \t]+"
    rf"(?:(?i:today|yesterday)|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})(?:[ \t]+at)?[ \t]+{_TIME}$"
)
#: a later message of the same sender: its time alone
_LONE_TIME = re.compile(rf"^\[?{_TIME}\]?$")
#: one or more reaction counts: ":eyes: 2 :heart: 1"
_REACTIONS = re.compile(r"^(?::[\w+'-]{1,40}:(?:[ \t]*\d{1,4})?[ \t]*)+$")
#: the channel's name above the thread: "#health-content"
_CHANNEL = re.compile(r"^#[\w-]{1,80}$")
_THREAD_MARKS = re.compile(
    r"^(?:replied to a thread:?|view thread|\d{1,4} repl(?:y|ies)|"
    r"(?:last reply|view) (?:\d.{0,30}|today|yesterday))$",
    re.I,
)
_EDITED = re.compile(r"[ \t]*\(edited\)[ \t]*$", re.I)


#: a reaction or emoji code in a line, with its count: ":white_check_mark: 1"
_REACTION = re.compile(r"(?<![\w:]):[a-z0-9+-][\w+'-]{0,40}:(?:[ \t]*\d{1,4}\b)?")


def without_reactions(text: str) -> str:
    """*text* without a chat's emoji codes and reaction counts, and its "(edited)"
    mark: what a keyword list copied from a chat really says."""
    return _EDITED.sub("", _REACTION.sub("", text)).strip()


def _words(lines: list[Line]) -> int:
    return sum(len(text.split()) for _, text in lines)


def drop_thread(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(*lines* with all but the article's message blanked, what was removed).

    Only a draft with two or more senders' lines is a chat thread; any other
    comes back as it is."""
    starts = [
        i
        for i, (_, text) in enumerate(lines)
        if _SENDER.match(text.strip()) or _LONE_TIME.match(text.strip())
    ]
    senders = [
        found["name"] or found["named"] or found["called"]
        for i in starts
        if (found := _SENDER.match(lines[i][1].strip()))
    ]
    marks = any(
        _REACTIONS.match(t.strip())
        or _THREAD_MARKS.match(t.strip())
        or _EDITED.search(t)
        for _, t in lines
    )
    # two senders' lines, and a chat's sign of one: a sender writing twice, or a
    # reaction, thread link or edit mark ("Breakfast 8:00 AM" / "Lunch 12:30 PM"
    # in a timetable is no thread)
    if len(senders) < 2 or not (marks or len(set(senders)) < len(senders)):
        return lines, []
    bounds = list(zip(starts, [*starts[1:], len(lines)], strict=True))
    article = max(bounds, key=lambda b: _words(lines[b[0] + 1 : b[1]]))
    covering = _covering_note(lines, *article)
    # Slack's own "Name  10:04 AM" senders: its messages are written in mrkdwn
    mrkdwn = any(
        (found := _SENDER.match(lines[i][1].strip())) and found["name"] for i in starts
    )
    kept: list[Line] = []
    removed: list[Removed] = []
    for i, (number, text) in enumerate(lines):
        bare = text.strip()
        inside = article[0] < i < article[1]
        if not bare:
            kept.append((number, text))
            continue
        if i < starts[0] and _CHANNEL.match(bare):
            kind = "the chat's channel name"
        elif i in starts:
            kind = "a chat message's sender and time (not a byline)"
        elif _REACTIONS.match(bare):
            kind = "a chat message's reactions"
        elif _THREAD_MARKS.match(bare):
            kind = "the chat's thread link"
        elif not inside:
            kind = "a chat message around the article (the team's talk)"
        elif i in covering:
            kind = "the sender's covering note, above the article in its message"
        else:
            edited = _EDITED.search(text)
            if edited:
                removed.append(Removed(number, "(edited)", "the chat's edit mark"))
                text = text[: edited.start()]
            kept.append((number, _from_mrkdwn(text) if mrkdwn else text))
            continue
        removed.append(Removed(number, bare, kind))
        kept.append((number, ""))
    return kept, removed


def _covering_note(lines: list[Line], start: int, end: int) -> set[int]:
    """The indexes of the article message's first paragraph (from *start*, its
    sender's line, to *end*) when it is the sender's note about the article, not
    the article: more of the message follows it after a blank line, and it has an
    emoji code (":slightly_smiling_face:", which no article has) or reads like
    presenting the text ("Yes, here it is.")."""
    first = [i for i in range(start + 1, end) if lines[i][1].strip()]
    if not first:
        return set()
    paragraph = []
    for i in range(first[0], end):
        if not lines[i][1].strip():
            break
        paragraph.append(i)
    rest = [i for i in first if i > paragraph[-1]]
    if not rest or _words([lines[i] for i in rest]) < 3 * _words(
        [lines[i] for i in paragraph]
    ):
        return set()
    text = " ".join(lines[i][1].strip() for i in paragraph)
    if _REACTION.search(text) or find_chatter(text, whole_line=True):
        return set(paragraph)
    return set()


#: Slack's mrkdwn: "*bold*" and "_italic_" around words (not "STAR*D" or a
#: snake_case name: the marks stand outside the words)
_MRKDWN_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
_MRKDWN_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])")


def _from_mrkdwn(text: str) -> str:
    """A Slack message's line in Markdown: "*bold*" as "**bold**", "_italic_" as
    "*italic*" (a line all in bold is then read as a heading, as in Markdown)."""
    text = _MRKDWN_ITALIC.sub(lambda m: "\x00" + m[1] + "\x00", text)
    text = _MRKDWN_BOLD.sub(r"**\1**", text)
    return text.replace("\x00", "*")


__all__ = ["drop_thread", "without_reactions"]
