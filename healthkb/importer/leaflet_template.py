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

A submission form in plain text ("Leaflet submission form", "Fields marked * are
required") holds the leaflet's text between its marks ("Text begins ----", "Text
ends ----") or under a section of its own ("SECTION B: LEAFLET TEXT"): around it
stand the form's header, its lettered sections, document-control and office-use
fields, tick boxes and instructions, none of them the article. Of its fields, those
the importer reads (title, standfirst, author, reviewer, sources, keywords) stay,
the required-field mark ("*Title:") taken off; the rest go. A field's value may
stand on the line under its label ("* Author:" over "Ada Jones, Practice
Nurse"): it is read as the label's, on the label's line.
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


#: the form's mark where the leaflet's text begins or ends ("Text begins ------",
#: "--- START OF ARTICLE ---", "End of leaflet text"): a word or two and a rule
_TEXT_WHAT = (
    r"(?:(?:the|your)[ \t]+)?(?:(?:leaflet|article|main|body|page|story|post|blog|"
    r"newsletter)[ \t]+)?(?:text|copy|content|article|body|leaflet)"
)
_TEXT_MARK = re.compile(
    r"^[-=*_#\[<>~ \t]{0,12}(?:(?P<what>" + _TEXT_WHAT + r")[ \t]+"
    r"(?P<verb>begins|starts|start|begin|ends|end|finishes|stops)(?:[ \t]+here)?|"
    r"(?P<edge>start|beginning|end)[ \t]+of[ \t]+" + _TEXT_WHAT + r"|"
    r"(?P<bare>begin|end)[ \t]+" + _TEXT_WHAT + r")(?P<rule>[-=*_\]<>~: \t]{0,80})$",
    re.IGNORECASE,
)
#: a form's lettered or numbered section ("SECTION A: DOCUMENT CONTROL", "Part 2 -
#: Leaflet text"), and the one that holds the text ("SECTION B: LEAFLET TEXT")
_FORM_SECTION = re.compile(
    r"^\W{0,4}(?:section|part)[ \t]+(?:[A-H]|\d{1,2})\b[ \t]*[:.)\u2013\u2014-]?"
    r"[ \t]*(?P<name>[^\n]{0,60})$",
    re.IGNORECASE,
)
_TEXT_SECTION = re.compile(
    r"^(?:(?:the[ \t]+)?(?:leaflet|article|main|body|page|story|post|blog|"
    r"newsletter|piece|feature)[ \t]+)?(?:text|copy|content|body)\b",
    re.IGNORECASE,
)
#: a bare label over the text itself ("Body copy:", "Article text:", "Main text")
_BODY_LABEL = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:body|main|article|story|feature|web|page|leaflet)[ \t]+"
    r"(?:copy|text|content)[ \t]*(?:\*\*|__)?:?(?:\*\*|__)?[ \t]*$",
    re.IGNORECASE,
)
#: the required-field mark before a label ("*Title:", "* Author:")
_REQUIRED_MARK = re.compile(r"^([ \t]*)\*[ \t]?(?=[A-Za-z][^*\n]{0,40}:)")
#: a field the importer reads, by its label
_READ_FIELD = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:(?:(?:page|article|leaflet|post)[ \t]+)?(?:title|"
    r"headline)|standfirst|summary|strapline|sub-?title|(?:short[ \t]+|meta[ \t]+)?description|"
    r"intro|authors?|author\(s\)|written[ \t]+by|byline|writer|"
    r"(?:(?:clinically|medically|clinical|medical)[ \t]+)?(?:reviewed[ \t]+by|"
    r"reviewers?)|(?P<list>sources?|references?|bibliography|evidence[ \t]+used|"
    r"(?:[\w-]{1,20}[ \t]+){0,2}(?:key[ \t]?words?|tags|search[ \t]+(?:words|terms))"
    # "Keywords for website", "Tags for the web page"
    r"(?:[ \t]+(?:for|on)[ \t]+(?:the[ \t]+|our[ \t]+)?[\w-]{1,20}(?:[ \t]+page)?)?))"
    r"(?:[ \t]*\([^()]{0,40}\))?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?P<value>[^\n]*)$",
    re.IGNORECASE,
)
#: any other field: a label of a few words, its colon, a value or none
_OTHER_FIELD = re.compile(
    r"^[ \t]*(?:\*\*|__)?[A-Za-z][\w'\u2019()/&.,-]*(?:[ \t][\w'\u2019()/&.,-]+){0,5}"
    r"[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+[^\n]*)?$"
)
#: a label the importer reads as the headline
_TITLE_FIELD = re.compile(
    r"^[ \t]*\*?[ \t]?(?:\*\*|__)?(?:(?:page|article|leaflet|post)[ \t]+)?"
    r"(?:title|headline)[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]*\S",
    re.IGNORECASE,
)
#: a form section that holds the draft's sources or keywords
_LIST_SECTION = re.compile(
    r"^(?:(?:the[ \t]+)?(?:evidence|sources?|references?|bibliography)(?:[ \t]+used)?|"
    r"(?:[\w-]{1,20}[ \t]+){0,2}(?:key[ \t]?words?|tags|search[ \t]+(?:words|terms)))"
    r"\W*$",
    re.IGNORECASE,
)
#: a field after a list that ends it: a label of a few words and a short value
#: ("Word count: 312", "Approved by: ____"), no reference ("Rush AJ. Title: …")
_ENDS_LIST = re.compile(
    r"^(?:\*\*|__)?[A-Za-z][\w'\u2019()/&-]*(?:[ \t][\w'\u2019()/&-]+){0,4}[ \t]*"
    r"(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+\S+){0,6}[ \t]*$"
)
#: a value still to fill in ("[Insert name of consultant]", "____")
_BLANK_VALUE = re.compile(r"^[ \t]*(?:\[[^\]\n]{0,80}\]|_{3,}|\.{3,})[ \t]*$")


def read_submission_form(
    numbered: list[tuple[int, str]],
) -> tuple[list[tuple[int, str]], list[Removed]]:
    """(*numbered* with a submission form's own lines blanked, the lines that went).

    Only a draft with a ``Title:`` field above the text, and the text set apart by
    its marks or by a form section named for it, is read as such a form; inside
    the text nothing changes. Outside it the fields the importer reads stay (a
    sources or keyword label with its list under it), their required-field mark
    taken off."""
    region = _text_region(_values_under_labels(numbered))
    if region is None:
        return numbered, []
    first, last, marks = region
    # outside the text, a value under its label is read on the label's line
    joined = _values_under_labels(numbered)
    numbered = [
        line if first <= index <= last else joined[index]
        for index, line in enumerate(numbered)
    ]
    out: list[tuple[int, str]] = []
    removed: list[Removed] = []
    #: under a sources or keyword label: "" (no), "label" (no item yet), "items"
    in_list = ""
    for index, (number, text) in enumerate(numbered):
        if first <= index <= last and index not in marks:
            out.append((number, text))
            continue
        stripped = text.strip()
        if not stripped:
            in_list = "" if in_list == "items" else in_list
            out.append((number, text))
            continue
        why = ""
        unmarked = _REQUIRED_MARK.sub(r"\1", text)
        read = _READ_FIELD.match(unmarked)
        section = _FORM_SECTION.match(stripped)
        if index in marks:
            why = "the form's mark around the leaflet's text"
        elif section and _LIST_SECTION.match(section["name"]):
            # "SECTION C: REFERENCES": the list under it is the draft's own
            in_list = "label"
            name = section["name"].strip(" :*_")
            out.append((number, f"## {name[:1].upper()}{name[1:].lower()}"))
            continue
        elif section:
            why = "the form's section heading"
            in_list = ""
        elif read:
            in_list = "label" if read["list"] and not read["value"].strip() else ""
            out.append((number, unmarked))
            continue
        elif in_list and not _ENDS_LIST.match(stripped):
            in_list = "items"
            out.append((number, text))
            continue
        if not why and _OTHER_FIELD.match(stripped):
            in_list = ""
            value = stripped.split(":", 1)[1]
            why = (
                "a field of the form left to fill in"
                if not value.strip() or _BLANK_VALUE.match(value)
                else "a field of the form, outside the leaflet's text"
            )
        elif not why:
            in_list = ""
            why = "the form's header or instructions, outside the leaflet's text"
        removed.append(Removed(number, stripped, why))
        out.append((number, ""))
    return out, removed


def _is_field(line: str) -> bool:
    """Whether *line* is a field of its own: one the importer reads, a bare label,
    or a short label with a short value ("Date: 7 May"); a headline with a colon
    in it ("Puffers at school: what parents can do") is a value."""
    if _READ_FIELD.match(_REQUIRED_MARK.sub("", line)) or line.endswith(":"):
        return True
    if not _OTHER_FIELD.match(line):
        return False
    label, value = line.split(":", 1)
    return len(label.split()) <= 3 and len(value.split()) <= 3


def _values_under_labels(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """*numbered* with each read field's value that stands on the line right under
    its bare label ("* Title:" over the headline) moved up to the label's line (the
    value's line left blank); a list's label keeps its list under it."""
    out = list(numbered)
    for index in range(len(out) - 1):
        number, text = out[index]
        read = _READ_FIELD.match(_REQUIRED_MARK.sub(r"\1", text))
        if read is None or read["list"] or read["value"].strip():
            continue
        below = out[index + 1][1].strip()
        if (
            not below
            or _is_field(below)
            or _FORM_SECTION.match(below)
            or _BLANK_VALUE.match(below)
        ):
            continue
        out[index] = (number, f"{text.rstrip()} {below}")
        out[index + 1] = (out[index + 1][0], "")
    return out


def _text_region(
    numbered: list[tuple[int, str]],
) -> tuple[int, int, set[int]] | None:
    """(first, last index of the leaflet's text, the indexes of its marks), or None
    when the draft is no such form."""
    begins = ends = None
    for index, (_, text) in enumerate(numbered):
        mark = _TEXT_MARK.match(text)
        if not mark:
            continue
        verb = (mark["verb"] or mark["edge"] or mark["bare"]).casefold()
        if verb in ("begins", "starts", "start", "begin", "beginning"):
            begins = index if begins is None else begins
        elif begins is not None:
            ends = index
    marks: set[int] = set()
    if begins is not None and ends is not None:
        first, last, marks = begins + 1, ends - 1, {begins, ends}
    else:
        sections = [
            (index, found)
            for index, (_, text) in enumerate(numbered)
            if (found := _FORM_SECTION.match(text.strip()))
        ]
        named = [
            k
            for k, (_, found) in enumerate(sections)
            if _TEXT_SECTION.match(found["name"])
        ]
        if len(sections) < 2 or len(named) != 1:
            return None
        k = named[0]
        first = sections[k][0] + 1
        last = sections[k + 1][0] - 1 if k + 1 < len(sections) else len(numbered) - 1
        marks = {sections[k][0]}
    if not any(_TITLE_FIELD.match(t) for _, t in numbered[:first]):
        # a section holding the fields with the text under a label of its own
        # ("SECTION A - COPY", "Title: …", "Body copy:"): the text starts below it
        body = next(
            (
                index
                for index in range(first, last + 1)
                if _BODY_LABEL.match(numbered[index][1])
            ),
            None,
        )
        if body is None or not any(
            _TITLE_FIELD.match(t) for _, t in numbered[first:body]
        ):
            return None
        marks = {*marks, body}
        first = body + 1
    return first, last, marks


__all__ = [
    "is_document_details",
    "is_other_formats_note",
    "is_template_header",
    "read_field_tables",
    "read_submission_form",
]
