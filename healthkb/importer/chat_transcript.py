"""A chat transcript pasted as a draft ("You said:" … "ChatGPT said:" …): the
requester's turns and the chat's buttons are not the article; the assistant's last
answer is."""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_TOOLS = r"chatgpt|claude|gemini|copilot|assistant|bard|perplexity|ai"
_USER_TURN = re.compile(
    r"^\W{0,4}(?:you|user|me)[ \t]+(?:said|asked|wrote)?[ \t]*:\W{0,4}$", re.I
)
_TOOL_TURN = re.compile(
    rf"^\W{{0,4}}(?:{_TOOLS})(?:[ \t]+[\w.-]{{1,20}})?[ \t]+(?:said|replied|wrote)[ \t]*:\W{{0,4}}$",
    re.I,
)
#: the chat page's buttons and status lines, copied with the text
_INTERFACE = re.compile(
    r"^\W{0,4}(?:copy|edit|copy code|good response|bad response|read aloud|share|"
    r"regenerate|ask anything|thought for \d{1,4} ?(?:s|sec|seconds?|m|min)|"
    r"(?:chatgpt|claude|gemini|copilot) can make mistakes\b.{0,80})\W{0,4}$",
    re.I,
)


def drop_turns(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines with the transcript's other turns blanked, what was removed).

    Only a draft with both a requester's and an assistant's turn label is a
    transcript; any other draft comes back as it is.
    """
    turns = [
        ("user" if _USER_TURN.match(t) else "tool", i)
        for i, (_, t) in enumerate(lines)
        if _USER_TURN.match(t) or _TOOL_TURN.match(t)
    ]
    if not {"user", "tool"} <= {kind for kind, _ in turns}:
        return lines, []
    last_answer = max(i for kind, i in turns if kind == "tool")
    starts = dict((i, kind) for kind, i in turns)
    kept: list[Line] = []
    removed: list[Removed] = []
    kind = "before"
    for index, (number, text) in enumerate(lines):
        if index in starts:
            kind = starts[index]
            removed.append(Removed(number, text, "a chat transcript's turn label"))
            kept.append((number, ""))
            continue
        why = ""
        if text.strip() and _INTERFACE.match(text):
            why = "a chat page's button or status line"
        elif text.strip() and kind == "user":
            why = "the requester's turn in a chat transcript, not the article"
        elif text.strip() and kind == "tool" and index < last_answer:
            why = "an earlier answer in the chat transcript: the last one is imported"
        if why:
            removed.append(Removed(number, text, why))
            kept.append((number, ""))
        else:
            kept.append((number, text))
    return kept, removed
