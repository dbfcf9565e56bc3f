"""A document's status line, written for its editors ("REVIEW COPY – please use
Track Changes", "DRAFT v3 – for review", "Not for circulation", "Version 2"): it
says what stage the draft is at, never what the article says, so it is neither
the title nor the description. It is told by its words: a stage of the document
alone, or with a version number, or followed by a dash, colon or bracket and a
short instruction; a sentence that starts with the same word ("Draft guidance
from NICE says…") is not one."""

from __future__ import annotations

import re

_STAGE = (
    r"(?:(?:working|first|second|third|final|rough|revised|early)[ \t]+)?"
    r"(?:draft|review[ \t]+copy|reviewer'?s?[ \t]+copy|for[ \t]+review|"
    r"not[ \t]+for[ \t]+(?:circulation|publication|distribution|sharing)|"
    r"confidential|internal(?:[ \t]+only)?|embargoed|work[ \t]+in[ \t]+progress|wip|"
    r"version|entwurf|brouillon|borrador)"
)
_VERSION = (
    r"(?:[ \t]*(?:v(?:ersion)?[ \t]*)?\d{1,3}(?:\.\d{1,3}){0,2}\b|[ \t]*#\d{1,3})?"
)
_STATUS = re.compile(
    rf"^\W{{0,4}}(?:v\d{{1,3}}(?:\.\d{{1,3}}){{0,2}}[ \t]+)?{_STAGE}{_VERSION}\W{{0,3}}"
    rf"(?:$|[ \t]*[-\u2013\u2014|(\u2022\u00b7,/][ \t]*(?P<rest>.{{0,80}})$)",
    re.I,
)
_MAX_WORDS = 12


def is_status_line(text: str) -> bool:
    """*text* (one line, its Markdown marks removed) is a document's status line."""
    text = text.strip()
    if not text or len(text.split()) > _MAX_WORDS:
        return False
    found = _STATUS.match(text)
    if not found:
        return False
    rest = (found["rest"] or "").strip()
    # after the stage, an instruction or another stage, not a sentence of text
    return not rest.endswith(".") or len(rest.split()) <= 6
