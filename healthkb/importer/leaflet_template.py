"""A hospital's patient-leaflet template around the article.

A leaflet copied into a draft brings its template: a header naming the kind of
document and the department ("Patient information", "Department of Cardiology")
above the headline, and a footer of document details ("Leaflet number: PIL-0452 |
Version 3 | Review date: March 2026") and the note on other formats ("If you need
this leaflet in another language or format, …"). None of it is the article: on the
site the header would be the title and the footer text for readers.
"""

from __future__ import annotations

import re

#: the kind of document, or the department or trust that issued it
_HEADER = re.compile(
    r"^\W{0,3}(?:(?:patient|public|carer|family)s?['\u2019]?[ \t]+information"
    r"(?:[ \t]+(?:leaflet|sheet))?|patient[ \t]+(?:leaflet|guide|handout)|"
    r"information[ \t]+(?:leaflet[ \t]+)?for[ \t]+patients(?:[ \t]*(?:,|and)[ \t]*"
    r"(?:their[ \t]+)?(?:carers|families|relatives|visitors)){0,2}|"
    r"(?:department|directorate|division)[ \t]+of[ \t]+[\w&,' \t-]{3,60}|"
    r"[\w&,' \t-]{3,60}[ \t](?:department|directorate|NHS[ \t]+(?:foundation[ \t]+)?"
    r"trust|health[ \t]+board))\W{0,3}$",
    re.IGNORECASE,
)
#: one field of the leaflet's document details
_DETAIL = re.compile(
    r"^\W{0,3}(?:(?:leaflet|document|pil|patient[ \t]+information)[ \t]+"
    r"(?:number|no\.?|ref(?:erence)?|code|id)|ref(?:erence)?(?:[ \t]+(?:no\.?|"
    r"number))?|version(?:[ \t]+(?:no\.?|number))?|issued?|issue[ \t]+date|"
    r"date[ \t]+of[ \t]+(?:issue|publication)|(?:date[ \t]+)?published|"
    r"(?:next[ \t]+)?review(?:[ \t]+date)?|expiry[ \t]+date|approved(?:[ \t]+by)?)"
    r"\b[ \t]*:?[ \t]*\S[^|;\u2022\u00b7]{0,60}$",
    re.IGNORECASE,
)
_LEAFLET_NUMBER = re.compile(
    r"^\W{0,3}(?:leaflet|document|pil)[ \t]+(?:number|no\.?|ref(?:erence)?|code|id)"
    r"\b",
    re.IGNORECASE,
)
#: "If you need this leaflet in another language or format, …"
_OTHER_FORMATS = re.compile(
    r"\b(?:this|the)[ \t]+(?:leaflet|information|booklet)[ \t]+(?:is[ \t]+available[ \t]+)?"
    r"in[ \t]+(?:an?other|other|a[ \t]+different|alternative)[ \t]+"
    r"(?:languages?|formats?)\b|\b(?:large[ \t]+print|braille|easy[ \t]+read)\b"
    r"[^.]{0,80}\b(?:leaflet|format|contact)\b",
    re.IGNORECASE,
)


def is_template_header(line: str) -> bool:
    """A line above the headline naming the document's kind or its department."""
    return bool(_HEADER.match(" ".join(line.split()))) and len(line) <= 90


def is_document_details(line: str) -> bool:
    """The leaflet's number, version and dates, on one line."""
    pieces = [p.strip() for p in re.split(r"[|;\u2022\u00b7]", line) if p.strip()]
    if not pieces or not all(_DETAIL.match(p) for p in pieces):
        return False
    return len(pieces) >= 2 or bool(_LEAFLET_NUMBER.match(pieces[0]))


def is_other_formats_note(line: str) -> bool:
    """The leaflet's note on getting it in another language or format."""
    return bool(_OTHER_FORMATS.search(line)) and len(line) <= 400


__all__ = ["is_document_details", "is_other_formats_note", "is_template_header"]
