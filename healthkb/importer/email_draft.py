"""A draft sent as an email and saved as text: the header ("From:", "To:",
"Subject:"), the greeting ("Hi Natalie,") and the sign-off ("Thanks,", the
sender's name, "Sent from my iPhone") wrap the article and are not part of it.

Only a draft that opens with an email header (two or more header fields in its
first lines) is read so: an article's "Date: Monday" line is left alone.
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

_HEADER = re.compile(
    r"^\W{0,2}(?:from|to|cc|bcc|subject|date|sent|reply-to)[ \t]*:[ \t]*\S.{0,200}$",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^\W{0,2}(?:hi|hello|hey|dear|morning|good (?:morning|afternoon))\b[^.!?]{0,40}"
    r"[,!:]?$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\W{0,2}(?:thanks|thank you|many thanks|cheers|best|best wishes|kind regards|"
    r"regards|all the best|warm(?:est)? regards|speak soon)[ \t]*[,!.]?$",
    re.IGNORECASE,
)
_SENT_FROM = re.compile(r"^\W{0,2}sent from my [\w ]{2,30}$", re.IGNORECASE)
#: the sender's name under the sign-off: a few capitalised words
_NAME = re.compile(r"^[A-Z][\w'\u2019.-]{0,30}(?:[ \t]+[A-Z][\w'\u2019.-]{0,30}){0,3}$")


def is_sign_off(line: str) -> bool:
    """A letter's closing line ("Thanks,", "Kind regards", "Sent from my iPhone"):
    the email's end, or the end of a list of sources a writer signed under."""
    text = line.strip()
    return bool(_SIGN_OFF.match(text) or _SENT_FROM.match(text))


#: "---------- Forwarded message ---------", "Begin forwarded message:"
_FORWARDED = re.compile(
    r"^\W{0,2}(?:-{2,}[ \t]*(?:forwarded|original)[ \t]+message[ \t]*-{2,}|"
    r"begin[ \t]+forwarded[ \t]+message[ \t]*:?)$",
    re.IGNORECASE,
)
#: "On Mon, 2 Mar 2025 at 09:00, Natalie <n@example.org> wrote:" above a quoted
#: earlier email
_WROTE = re.compile(r"^\W{0,2}on[ \t].{4,160}[ \t]wrote:$", re.IGNORECASE)
#: a signature's delimiter ("-- ") and its short lines (a name, a role, a phone)
_SIGNATURE_DELIMITER = re.compile(r"^[ \t]*--[ \t]*$")
_SIGNATURE_LINE = re.compile(r"^[^.!?]{1,80}$")


#: a mail system's line above an outside email ("CAUTION: This email originated
#: from outside of the organisation…", "[EXTERNAL EMAIL]")
_BANNER = re.compile(
    r"^\W{0,2}(?:caution|warning|external(?:[ \t]+e-?mail)?|notice)\W{0,3}[ \t:-]"
    r".{0,40}\b(?:originated|outside|external|sender)\b.{0,300}$|"
    r"^\W{0,2}\[?external(?:[ \t]+e-?mail)?\]?\W{0,2}$",
    re.IGNORECASE,
)
#: a line of underscores or dashes alone (Outlook puts one above a forwarded email)
_RULE = re.compile(r"^[ \t]*(?:_{8,}|-{8,})[ \t]*$")


def _header_at(lines: list[Line], filled: list[int], start: int) -> list[int]:
    """The header block starting at ``filled[start]`` (a forwarding line or a rule
    may open it), or [] when fewer than two header fields are there."""
    header = []
    for position in range(start, len(filled)):
        text = lines[filled[position]][1].strip()
        opener = position == start and (_FORWARDED.match(text) or _RULE.match(text))
        if not (_HEADER.match(text) or opener):
            break
        header.append(filled[position])
    fields = [i for i in header if _HEADER.match(lines[i][1].strip())]
    return header if len(fields) >= 2 else []


def _last_header(lines: list[Line], filled: list[int], start: int) -> list[int]:
    """The last header block after ``filled[start]`` that a forwarding line or a
    rule opens (an article's own "From: …" line is never one)."""
    found: list[int] = []
    for position in range(start, len(filled)):
        text = lines[filled[position]][1].strip()
        if _FORWARDED.match(text) or _RULE.match(text):
            found = _header_at(lines, filled, position) or found
    return found


#: how many lines a covering note above the draft may take (greeting to name)
_NOTE_LINES = 6


def _note_above_rule(lines: list[Line], rest: list[int]) -> list[int]:
    """The covering note above a rule line that opens the draft ("Here's the piece
    below the line." / "Tom" / "-----"): the sender's words to the editor, a few
    lines of no heading, with the draft's text below the rule."""
    rule = next(
        (k for k, i in enumerate(rest[: _NOTE_LINES + 1]) if _RULE.match(lines[i][1])),
        None,
    )
    if not rule or rule + 1 >= len(rest):
        return []
    note = rest[:rule]
    if rest[rule] == 0 or lines[rest[rule] - 1][1].strip():
        return []  # "Title" with "--------" right under it: a heading's underline
    if any(lines[i][1].lstrip().startswith(("#", ">", "|")) for i in note):
        return []
    return [*note, rest[rule]]


def drop_email_wrapping(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines with the email's header, greeting and sign-off blanked, what went).

    The header may follow a forwarding line; below the sign-off, the sender's name,
    a signature after "--" and an earlier email quoted under "On … wrote:" go too.
    """
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()]
    header = _header_at(lines, filled, 0)
    if not header:
        return lines, []
    gone = {i: "the email's header" for i in header}
    # a forward: the writer's own email is the last header block further down
    # (Outlook's "____" rule, "Forwarded message"); the forwarder's note, banner,
    # signature and disclaimer above it wrap the draft too
    inner = _last_header(lines, filled, len(header))
    if inner:
        first = filled.index(inner[0])
        gone.update((i, "the forwarding email") for i in filled[len(header) : first])
        gone.update((i, "the email's header") for i in inner)
    rest = [i for i in filled if i not in gone]
    while rest and _BANNER.match(lines[rest[0]][1].strip()):
        gone[rest.pop(0)] = "the mail system's warning"
    if rest and _GREETING.match(lines[rest[0]][1].strip()):
        gone[rest[0]] = "the email's greeting"
    gone.update(
        (i, "the sender's covering note, above the draft")
        for i in _note_above_rule(lines, rest)
    )
    # an earlier email quoted at the end: "On … wrote:" and its "> " lines
    end = len(rest)
    while end and lines[rest[end - 1]][1].lstrip().startswith(">"):
        end -= 1
    if end < len(rest) and end and _WROTE.match(lines[rest[end - 1]][1].strip()):
        end -= 1
        gone.update((i, "the earlier email quoted under it") for i in rest[end:])
    elif end and _WROTE.match(lines[rest[end - 1]][1].strip()):
        end -= 1
        gone[rest[end]] = "the earlier email quoted under it"
    # a signature: "--" and the short lines under it
    for position in range(end - 1, max(end - 8, -1), -1):
        if _SIGNATURE_DELIMITER.match(lines[rest[position]][1]) and all(
            _SIGNATURE_LINE.match(lines[i][1].strip()) for i in rest[position:end]
        ):
            gone.update((i, "the email's signature") for i in rest[position:end])
            end = position
            break
    # the sign-off: "Thanks," and what follows it (a name, a phone's line)
    tail = rest[max(end - 4, 0) : end]
    for position, i in enumerate(tail):
        if is_sign_off(lines[i][1]) and all(
            _NAME.match(lines[j][1].strip()) or is_sign_off(lines[j][1])
            for j in tail[position + 1 :]
        ):
            gone.update((j, "the email's sign-off") for j in tail[position:])
            break
    if end and is_sign_off(lines[rest[end - 1]][1]):
        gone[rest[end - 1]] = "the email's sign-off"
    kept = [(n, "" if i in gone else t) for i, (n, t) in enumerate(lines)]
    removed = [
        Removed(lines[i][0], lines[i][1], why) for i, why in sorted(gone.items())
    ]
    return kept, removed
