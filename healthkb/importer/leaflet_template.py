"""A hospital's patient-leaflet template around the article.

A leaflet copied into a draft brings its template: a header naming the kind of
document and the department ("Patient information", "Department of Cardiology")
above the headline, and a footer of document details ("Leaflet number: PIL-0452 |
Version 3 | Review date: March 2026") and the note on other formats ("If you need
this leaflet in another language or format, …"). None of it is the article: on the
site the header would be the title and the footer text for readers.

A template may also hold its fields in a two-column table ("| Field | Entry |"
over "| Title: | … |", "| Author: | … |", "| Leaflet number: | … |"): each row is
read as the field it is, "**Title:** …" on a line of its own, as a form's bold
fields are, so the title, standfirst, author and reviewer are read and the
template's other fields go. A keyword table with a row per rank ("| Primary |
a; b |", "| Secondary | c |") is read as the two keyword lists.
"""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed

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


#: a field table's header: its label column and its value column
_FIELD_HEADER = re.compile(
    r"^(?:fields?|items?|labels?|headings?|sections?|details?|questions?|prompts?)$"
    r"|^(?:entry|entries|values?|details?|content|response|answers?|text|your text|"
    r"information|notes?)$",
    re.IGNORECASE,
)
#: a field's label: a few words and a colon ("Date of next review:")
_FIELD_LABEL = re.compile(
    r"^[A-Za-z][\w'\u2019()/&-]*(?:[ \t][\w'\u2019()/&-]+){0,5}:$"
)
#: a keyword table's rank rows and their header ("| Keywords (web use) | |")
_RANK = re.compile(
    r"^(?:primary|main|secondary|other|more|focus|supporting)(?:[ \t]+"
    r"(?:key[ \t]?words?|tags|terms))?:?$",
    re.IGNORECASE,
)
_KEYWORDS_WORD = re.compile(r"\b(?:key[ \t]?words?|tags|search terms)\b", re.I)
#: a pipe table's rule cell ("---", ":--:")
TABLE_SEPARATOR = re.compile(r"^:?-{1,40}:?$")


def table_cells(line: str) -> list[str] | None:
    """A pipe table row's cells, or None for a line that is no row."""
    line = line.strip()
    if not line.startswith("|"):
        return None
    return [c.strip() for c in line.strip("|").split("|")]


def read_field_tables(
    numbered: list[tuple[int, str]],
) -> tuple[list[tuple[int, str]], list[Removed], bool]:
    """*numbered* with a template's two-column field tables and rank-row keyword
    tables written as the lines they stand for (line numbers kept), the table
    lines that went (a field table's header and rule), and whether a field table
    was read. A field table stands above the article's first paragraph (a table
    of "Dose: | …" rows in the text is the article's own)."""
    out: list[tuple[int, str]] = []
    removed: list[Removed] = []
    fields = False
    #: a paragraph of the article's text was seen: no field table under it
    texted = False
    index = 0
    while index < len(numbered):
        rows = _table_at(numbered, index)
        lines = _as_fields(rows) if rows else None
        if lines is not None and texted and not lines[0][1].startswith("#"):
            lines = None
        if lines is None:
            text = numbered[index][1].strip()
            texted = texted or (
                len(text.split()) >= 8 and not text.startswith(("#", "|", ">"))
            )
            out.append(numbered[index])
            index += 1
            continue
        out += lines
        if not lines[0][1].startswith("#"):
            fields = True
            removed += [
                Removed(n, t.strip(), "the template's field table header")
                for n, t in numbered[index : index + 2]
                # a first row that is a field is read, not removed
                if not any(at == n and text for at, text in lines)
            ]
        index += len(rows)
    return out, removed, fields


def _table_at(
    numbered: list[tuple[int, str]], index: int
) -> list[tuple[int, list[str]]] | None:
    """The rows of a two-column table starting at *index* (its header first, after
    a blank line or the draft's start), or None."""
    if index and numbered[index - 1][1].strip():
        return None
    rows: list[tuple[int, list[str]]] = []
    for number, text in numbered[index:]:
        cells = table_cells(text)
        if cells is None:
            break
        rows.append((number, cells))
    if len(rows) < 3 or any(len(c) != 2 for _, c in rows):
        return None
    if not all(TABLE_SEPARATOR.match(c) for c in rows[1][1]):
        return None
    return rows


def _as_fields(rows: list[tuple[int, list[str]]]) -> list[tuple[int, str]] | None:
    """A field table's rows as "**Label:** value" lines, a rank-row keyword
    table's as its lists under a "Keywords" heading; None for any other table."""
    (head_line, header), _, *body = rows
    blank = [(head_line, ""), (rows[1][0], "")]
    if (
        _KEYWORDS_WORD.search(header[0])
        and not header[1]
        and all(_RANK.match(c[0].strip("*_ ")) for _, c in body)
    ):
        lines = [(head_line, f"## {header[0].strip('*_ ')}"), (rows[1][0], "")]
        for number, (rank, words) in body:
            other = re.match(
                r"secondary|other|more|supporting", rank.strip("*_ "), re.I
            )
            label = "Secondary keywords" if other else "Primary keywords"
            lines += [(number, f"{label}: {words}"), (number, "")]
        return lines
    labels = [c[0].strip("*_ ") for _, c in body]
    header_named = all(_FIELD_HEADER.match(c.strip("*_ ")) for c in header)
    if _FIELD_LABEL.match(header[0].strip("*_ ")) and all(
        _FIELD_LABEL.match(label) for label in labels
    ):
        # no header of its own: the first row is a field ("| Title: | … |")
        body = [(head_line, header), *body]
        blank = [(rows[1][0], "")]
    elif not (
        all(_FIELD_LABEL.match(label) for label in labels)
        or (header_named and all(len(label.split()) <= 6 for label in labels))
    ):
        return None
    lines = blank
    for number, (label, value) in body:
        label = _canonical(label.strip("*_ ").rstrip(":").strip())
        lines += [(number, f"**{label}:** {value}".rstrip()), (number, "")]
    return lines


#: a field's label in the words the importer reads, by what other templates call it
_CANONICAL = (
    (
        re.compile(r"^(?:(?:page|article|post|story)[ \t]+)?(?:title|headline)$", re.I),
        "Title",
    ),
    (
        re.compile(
            r"^(?:standfirst|intro(?:duction)?|summary|strapline|sub-?title|"
            r"(?:short[ \t]+|meta[ \t]+)?description|dek|lede|lead|teaser|excerpt|"
            r"sub-?heading)$",
            re.I,
        ),
        "Standfirst",
    ),
    (
        re.compile(
            r"^(?:authors?|author\(s\)|author[ \t]+names?|written[ \t]+by|writers?|"
            r"byline)$",
            re.I,
        ),
        "Author",
    ),
    (
        re.compile(
            r"^(?:(?:clinical|medical|clinically|medically)[ \t]+)?(?:reviewers?|"
            r"reviewed[ \t]+by|reviewer\(s\))$",
            re.I,
        ),
        "Reviewed by",
    ),
    (
        re.compile(
            r"^(?:(?:seo|search)[ \t]+)?(?:key[ \t]?words?|tags|search[ \t]+terms)$",
            re.I,
        ),
        "Keywords",
    ),
)


def _canonical(label: str) -> str:
    """ "Author(s)" as "Author", "Intro" as "Standfirst", "Clinical reviewer" as
    "Reviewed by"; any other label as it is."""
    return next((name for pattern, name in _CANONICAL if pattern.match(label)), label)


__all__ = [
    "is_document_details",
    "is_other_formats_note",
    "is_template_header",
    "read_field_tables",
]
