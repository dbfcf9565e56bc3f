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


def drop_email_wrapping(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines with the email's header, greeting and sign-off blanked, what went)."""
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()]
    header = []
    for i in filled:
        if not _HEADER.match(lines[i][1]):
            break
        header.append(i)
    if len(header) < 2:
        return lines, []
    gone = {i: "the email's header" for i in header}
    rest = [i for i in filled if i not in gone]
    if rest and _GREETING.match(lines[rest[0]][1].strip()):
        gone[rest[0]] = "the email's greeting"
    # the sign-off: "Thanks," and what follows it to the end (a name, a phone's line)
    tail = rest[-4:]
    for position, i in enumerate(tail):
        if is_sign_off(lines[i][1]) and all(
            _NAME.match(lines[j][1].strip()) or is_sign_off(lines[j][1])
            for j in tail[position + 1 :]
        ):
            gone.update((j, "the email's sign-off") for j in tail[position:])
            break
    if rest and is_sign_off(lines[rest[-1]][1]):
        gone[rest[-1]] = "the email's sign-off"
    kept = [(n, "" if i in gone else t) for i, (n, t) in enumerate(lines)]
    removed = [
        Removed(lines[i][0], lines[i][1], why) for i, why in sorted(gone.items())
    ]
    return kept, removed
