"""A messaging app's chat export with the draft pasted as one message: WhatsApp
("03/12/2026, 08:47 - Name: text" on Android, "[03/12/2026, 08:47:12] Name:
text" on iPhone), Signal and others copied as "[2026-12-03 08:47] Name: text",
Telegram copied as "Name, [03.12.2026 08:47]" over the message. The draft is
the longest message; every other message and the app's own lines ("Messages
and calls are end-to-end encrypted", "X added Y") are the chat around it.
A picture shared in the chat ("<Media omitted>", "image omitted", "<attached:
…jpg>") is not supplied with the draft: it is reported, not silently lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?"
_MARK = r"[\u200e\u200f]?"
#: "date, time - Name: text" (a system line has no "Name:")
_ANDROID = re.compile(
    rf"^{_MARK}{_DATE},?[ \t]{_TIME}[ \t][-\u2013][ \t]"
    r"(?:(?P<name>[^:\n]{1,60}?):[ \t])?(?P<text>.*)$"
)
#: "[date, time] Name: text"
_BRACKETED = re.compile(
    rf"^{_MARK}\[{_DATE},?[ \t]{_TIME}\][ \t](?:(?P<name>[^:\n]{{1,60}}?):[ \t])?"
    r"(?P<text>.*)$"
)
#: "Name, [date time]" alone on its line, the message under it
_TELEGRAM = re.compile(
    rf"^{_MARK}(?P<name>[^,\[\]\n]{{1,60}}),[ \t]\[{_DATE},?[ \t]{_TIME}\]$"
)
_EDITED = re.compile(r"[ \t]*[\u200e]?<?this message was edited>?[ \t]*$", re.I)
_MEDIA = re.compile(
    r"<media omitted>|\b(?:image|photo|video|sticker|gif|document)[ \t]+omitted\b|"
    r"<attached:[^>\n]{1,120}>|\bfile attached\b",
    re.I,
)
#: a chat needs this many message lines before it is read as one
_MIN_MESSAGES = 3


@dataclass
class ChatExport:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)


def _header(text: str) -> re.Match[str] | None:
    return _ANDROID.match(text) or _BRACKETED.match(text) or _TELEGRAM.match(text)


def read_chat_export(lines: list[Line]) -> ChatExport:
    """The longest message of a chat export as the draft's lines; the rest removed."""
    found = ChatExport(list(lines))
    starts = [i for i, (_, t) in enumerate(lines) if _header(t)]
    if len(starts) < _MIN_MESSAGES or starts[0] > 3:
        return found
    # each message: its header's index and the lines up to the next header
    messages = [
        (start, lines[start:end])
        for start, end in zip(starts, [*starts[1:], len(lines)], strict=True)
    ]

    def size(message: tuple[int, list[Line]]) -> int:
        first = _header(message[1][0][1])
        text = first.groupdict().get("text") or ""
        return bool(text.strip()) + sum(1 for _, t in message[1][1:] if t.strip())

    draft_at, _ = max(messages, key=size)
    kept: list[Line] = []
    for start, message in messages:
        head = _header(message[0][1])
        for number, (n, text) in enumerate(message):
            if _MEDIA.search(text):
                found.notes.append(
                    (
                        n,
                        f"the chat shared a picture ('{_MEDIA.search(text)[0]}') that "
                        "is not supplied with the draft: add the file and its alt "
                        "text, or leave it out",
                    )
                )
            if start != draft_at:
                if text.strip():
                    found.removed.append(Removed(n, text.strip(), "a chat message"))
                continue
            if number == 0:
                found.removed.append(
                    Removed(n, _prefix(text, head), "a chat message's sender and time")
                )
                text = head.groupdict().get("text") or ""
            kept.append((n, _EDITED.sub("", text)))
    found.lines = [*lines[: starts[0]], *kept]
    return found


def _prefix(text: str, head: re.Match[str]) -> str:
    rest = head.groupdict().get("text")
    return text[: head.start("text")].strip() if rest is not None else text.strip()
