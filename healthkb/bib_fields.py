"""What reference managers write, read as the site's fields.

Zotero, Mendeley, EndNote, JabRef and Better BibTeX write BibLaTeX (``date``,
``journaltitle``, ``@online``, ``eprint``/``eprinttype``) as often as BibTeX, put
their own bookkeeping in ``note`` (Zotero's Extra field: ``Publisher: Elsevier``),
and spell months, DOIs and organisations in many ways. :func:`normalised` gives a
copy of an entry in the one vocabulary the NLM style and the checks read, so both
see the same thing. It never changes ``references.bib``.
"""

from __future__ import annotations

import re

from pybtex.database import Entry, Person

_MONTH_ABBREVIATIONS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
#: ``sep``, ``September``, ``9``, ``09``, ``Sept.`` -> ``Sep``
_MONTHS = {
    **{name.lower(): name for name in _MONTH_ABBREVIATIONS},
    **{str(n): name for n, name in enumerate(_MONTH_ABBREVIATIONS, 1)},
    **{f"{n:02d}": name for n, name in enumerate(_MONTH_ABBREVIATIONS, 1)},
    "sept": "Sep",
}
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_DOI_PREFIX = re.compile(
    r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi\.org/|doi:\s*)", re.IGNORECASE
)
#: the field names BibLaTeX uses where BibTeX has another
_BIBLATEX_NAMES = {
    "journaltitle": "journal",
    "location": "address",
}
_TYPES = {
    "online": "misc",
    "electronic": "misc",
    "www": "misc",
    "webpage": "misc",
    "techreport": "report",
    "thesis": "phdthesis",
    "conference": "inproceedings",
}
#: the "Key: value" lines reference managers put in ``note`` (Zotero's Extra field,
#: Mendeley, JabRef); never meant for readers
_EXPORTER_KEYS = frozenset(
    [
        "accessed",
        "publisher",
        "pages",
        "original-date",
        "original-title",
        "original-publisher",
        "original-publisher-place",
        "publisher-place",
        "place",
        "type",
        "genre",
        "medium",
        "status",
        "issued",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "version",
        "section",
        "event",
        "event-place",
        "event-date",
        "archive",
        "archive-location",
        "archive_location",
        "call-number",
        "citation-key",
        "citation",
        "key",
        "container-title",
        "collection-title",
        "issn",
        "isbn",
        "doi",
        "pmid",
        "pmcid",
        "arxiv",
        "tex.ids",
        "tex.referencetype",
        "tex.eprint",
        "tex.howpublished",
        "tex.type",
        "_eprint",
        "eprint",
        "language",
        "langid",
        "rights",
        "extra",
        "jabref-meta",
    ]
)
_EXPORTER_LINE = re.compile(r"^\s*([A-Za-z_][\w.\- ]{0,40}?)\s*:\s*\S")


def month_abbreviation(raw: str) -> str:
    """``Sep`` for ``sep``/``September``/``9``/``09``; anything else as given."""
    text = raw.strip().strip(".").lower()
    return _MONTHS.get(text, _MONTHS.get(text[:3], raw.strip()) if text else "")


def clean_doi(raw: str) -> str:
    """The bare DOI (``10.…``) from ``https://doi.org/10.…`` or ``doi:10.…``."""
    return _DOI_PREFIX.sub("", raw).strip()


def is_exporter_line(line: str) -> bool:
    match = _EXPORTER_LINE.match(line)
    return bool(match) and match.group(1).strip().lower() in _EXPORTER_KEYS


def reader_note(note: str) -> str:
    """The part of ``note`` an editor wrote for readers (exporter lines dropped)."""
    lines = re.split(r"\n|\\par\b|\s*(?:\\\\)\s*", note)
    kept = [line.strip() for line in lines if line.strip()]
    return " ".join(line for line in kept if not is_exporter_line(line))


def _resolved_fields(entry: Entry, parents: dict[str, Entry] | None) -> dict[str, str]:
    fields = {name.lower(): value for name, value in entry.fields.items()}
    # ``crossref`` and ``xdata``: a field the entry lacks comes from its parent
    for link in ("crossref", "xdata"):
        for parent_key in fields.get(link, "").split(","):
            parent = (parents or {}).get(parent_key.strip().casefold())
            if parent is None or parent is entry:
                continue
            for name, value in parent.fields.items():
                target = name.lower()
                if target == "title" and parent.type in ("book", "proceedings"):
                    target = "booktitle"
                fields.setdefault(target, value)
    return fields


def normalised(entry: Entry, parents: dict[str, Entry] | None = None) -> Entry:
    """A copy of *entry* with BibTeX field names, split dates, clean DOI and months.

    *parents* maps casefolded keys to entries, for ``crossref``/``xdata``.
    """
    fields = _resolved_fields(entry, parents)
    for biblatex, bibtex in _BIBLATEX_NAMES.items():
        if fields.get(biblatex) and not fields.get(bibtex):
            fields[bibtex] = fields[biblatex]
    date = _DATE.match(fields.get("date", ""))
    if date and not fields.get("year"):
        fields["year"] = date.group(1)
        if date.group(2) and not fields.get("month"):
            fields["month"] = date.group(2)
    if fields.get("month"):
        fields["month"] = month_abbreviation(fields["month"])
    kind = fields.get("eprinttype", "").strip().lower()
    if kind in ("pmid", "pubmed") and fields.get("eprint") and not fields.get("pmid"):
        fields["pmid"] = fields["eprint"].strip()
    if kind == "doi" and fields.get("eprint") and not fields.get("doi"):
        fields["doi"] = fields["eprint"]
    if fields.get("doi"):
        fields["doi"] = clean_doi(fields["doi"])
    if "note" in fields:
        fields["note"] = reader_note(fields["note"])
    if entry.type in ("report", "techreport") and not fields.get("institution"):
        fields["institution"] = fields.get("publisher", "")
    persons: dict[str, list[Person]] = {
        role.lower(): list(people) for role, people in entry.persons.items()
    }
    copy = Entry(_TYPES.get(entry.type, entry.type), fields=fields, persons=persons)
    copy.key = entry.key
    if entry.type == "thesis" and "master" in fields.get("type", "").lower():
        copy.type = "mastersthesis"
    return copy
