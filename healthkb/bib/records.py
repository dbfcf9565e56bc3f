"""Sources as reference managers and metadata services give them, read into one
record: RIS (``.ris``), CSL-JSON (``.json``, also a DOI's answer), PubMed/MEDLINE
(``.nbib``, ``.txt``, also an E-utilities answer), a Crossref work, and BibTeX.

Every reader only reads: nothing in the text is evaluated. A file that is not what
its name says is a :class:`SourceFileError` naming the file and line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from healthkb.bib.fields import clean_doi, month_abbreviation


class SourceFileError(Exception):
    """A source file or answer that cannot be read: ``path:line: message``."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass
class SourceRecord:
    """One source, in BibTeX's terms."""

    kind: str = "article"
    #: (family, given); an organisation has an empty given name
    authors: list[tuple[str, str]] = field(default_factory=list)
    editors: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    journal: str = ""
    booktitle: str = ""
    year: str = ""
    month: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    url: str = ""
    publisher: str = ""
    address: str = ""
    #: Crossref's ``updated-by``: (type, notice DOI), e.g. ("retraction", "10.…")
    updates: list[tuple[str, str]] = field(default_factory=list)


_RIS_TYPES = {
    "JOUR": "article",
    "JFULL": "article",
    "MGZN": "article",
    "NEWS": "article",
    "EJOUR": "article",
    "BOOK": "book",
    "EBOOK": "book",
    "CHAP": "incollection",
    "ECHAP": "incollection",
    "RPRT": "report",
    "THES": "phdthesis",
    "CONF": "inproceedings",
    "CPAPER": "inproceedings",
    "ELEC": "misc",
    "WEB": "misc",
}
_CSL_TYPES = {
    "article-journal": "article",
    "journal-article": "article",
    "article": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "book": "book",
    "chapter": "incollection",
    "book-chapter": "incollection",
    "report": "report",
    "thesis": "phdthesis",
    "dissertation": "phdthesis",
    "paper-conference": "inproceedings",
    "proceedings-article": "inproceedings",
    "posted-content": "unpublished",
    "webpage": "misc",
    "post-weblog": "misc",
}
_RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_MEDLINE_LINE = re.compile(r"^([A-Z]{2,4})\s*- (.*)$")


def _person(text: str) -> tuple[str, str]:
    text = " ".join(text.split())
    if "," in text:
        family, given = (part.strip() for part in text.split(",", 1))
        return _family_case(family), given
    return text, ""


def _family_case(family: str) -> str:
    # PubMed writes old records' surnames in capitals (WATSON); NLM prints Watson
    if family.isupper() and len(family) > 2:
        return "-".join(part.capitalize() for part in family.split("-"))
    return family


def read_ris(text: str, path: str) -> list[SourceRecord]:
    records: list[SourceRecord] = []
    current: SourceRecord | None = None
    start = ep = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        match = _RIS_LINE.match(line.lstrip("\ufeff"))
        if not match:
            raise SourceFileError(
                path, number, "this is not a RIS line ('XX  - value'): is it RIS?"
            )
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag == "TY":
            current = SourceRecord(kind=_RIS_TYPES.get(value, "misc"))
            start = ep = ""
            continue
        if current is None:
            raise SourceFileError(path, number, "a RIS record must start with TY  -")
        if tag == "ER":
            if start:
                current.pages = f"{start}-{ep}" if ep and ep != start else start
            records.append(current)
            current = None
        elif tag in ("AU", "A1"):
            current.authors.append(_person(value))
        elif tag in ("ED", "A2", "A3") and current.kind == "incollection":
            current.editors.append(_person(value))
        elif tag in ("TI", "T1") and not current.title:
            current.title = value
        elif tag in ("JO", "JF", "T2", "JA", "J1", "J2"):
            target = "booktitle" if current.kind == "incollection" else "journal"
            if not getattr(current, target) or tag in ("JF", "T2"):
                setattr(current, target, value)
        elif tag in ("PY", "Y1", "DA") and not current.year:
            parts = re.match(r"(\d{4})(?:/(\d{1,2}))?", value)
            if parts:
                current.year = parts.group(1)
                current.month = month_abbreviation(parts.group(2) or "")
        elif tag == "VL":
            current.volume = value
        elif tag == "IS":
            current.issue = value
        elif tag == "SP":
            start = value
        elif tag == "EP":
            ep = value
        elif tag == "DO":
            current.doi = clean_doi(value)
        elif tag == "UR" and not current.url:
            current.url = value
        elif tag == "PB":
            current.publisher = value
        elif tag == "CY":
            current.address = value
        elif tag in ("AN", "PM") and value.isdigit():
            current.pmid = value
    if current is not None:
        raise SourceFileError(
            path, len(text.splitlines()), "the last record has no ER  -"
        )
    return records


def _csl_names(names: Any) -> list[tuple[str, str]]:
    people = []
    for name in names or []:
        if not isinstance(name, dict):
            continue
        if name.get("literal"):
            people.append((str(name["literal"]), ""))
        elif name.get("family"):
            people.append((str(name["family"]), str(name.get("given", ""))))
        elif name.get("name"):
            people.append((str(name["name"]), ""))
    return people


def _first(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return " ".join(str(value or "").split())


def csl_record(item: dict[str, Any]) -> SourceRecord:
    """A CSL-JSON item, or a Crossref work (the same names, lists for titles)."""
    date_parts: list[Any] = []
    for name in ("issued", "published-print", "published-online", "published"):
        parts = (item.get(name) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0]:
            date_parts = parts[0]
            break
    title = _first(item.get("title"))
    subtitle = _first(item.get("subtitle"))
    if subtitle and not title.endswith(subtitle):
        title = f"{title}: {subtitle}"
    kind = _CSL_TYPES.get(str(item.get("type", "")), "misc")
    container = _first(item.get("container-title"))
    record = SourceRecord(
        kind=kind,
        authors=_csl_names(item.get("author")),
        editors=_csl_names(item.get("editor")),
        title=title,
        journal=container if kind in ("article", "unpublished") else "",
        booktitle=container if kind in ("incollection", "inproceedings") else "",
        year=str(date_parts[0]) if date_parts else "",
        month=month_abbreviation(str(date_parts[1])) if len(date_parts) > 1 else "",
        volume=_first(item.get("volume")),
        issue=_first(item.get("issue")),
        pages=_first(item.get("page")).replace("\u2013", "-"),
        doi=clean_doi(_first(item.get("DOI"))),
        pmid=_first(item.get("PMID")),
        url=_first(item.get("URL")),
        publisher=_first(item.get("publisher")),
        address=_first(item.get("publisher-place")),
    )
    if kind == "unpublished" and not record.journal:
        record.journal = _first(item.get("institution")) or record.publisher
    record.updates = [
        update
        for update in _updates(item, "updated-by")
        # a notice may carry its relation both ways (Elsevier deposits it so):
        # "updated-by: retraction <- X" mirroring "update-to: retraction -> X" is
        # the notice of X, not a retraction of the notice itself
        if update not in _updates(item, "update-to")
    ]
    return record


def _updates(item: dict[str, Any], name: str) -> list[tuple[str, str]]:
    """Crossref's ``update-to``/``updated-by``: (type, DOI) pairs, DOIs folded."""
    return [
        (str(u["type"]).lower(), clean_doi(str(u.get("DOI", ""))).casefold())
        for u in item.get(name) or []
        if isinstance(u, dict) and u.get("type")
    ]


def read_csl_json(text: str, path: str) -> list[SourceRecord]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceFileError(
            path, exc.lineno, f"this is not valid JSON ({exc.msg}): is it CSL-JSON?"
        ) from None
    if isinstance(data, dict) and isinstance(data.get("message"), dict):
        data = data["message"]  # a Crossref answer
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(item, dict) for item in items):
        raise SourceFileError(path, 1, "CSL-JSON is a list of objects, one per source")
    return [csl_record(item) for item in items]


def read_medline(text: str, path: str) -> list[SourceRecord]:
    """PubMed's MEDLINE format: ``TAG - value``, continuation lines indented."""
    records: list[dict[str, list[str]]] = []
    tag = ""
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            tag = ""
            continue
        match = _MEDLINE_LINE.match(raw.lstrip("\ufeff"))
        if match:
            tag, value = match.group(1), match.group(2).strip()
            if tag == "PMID" or not records:
                records.append({})
            records[-1].setdefault(tag, []).append(value)
        elif tag and raw.startswith(" "):
            values = records[-1][tag]
            values[-1] = f"{values[-1]} {raw.strip()}"
        else:
            raise SourceFileError(
                path, number, "this is not a PubMed (MEDLINE) line ('TAG - value')"
            )
    return [_medline_record(fields) for fields in records]


def _medline_record(fields: dict[str, list[str]]) -> SourceRecord:
    def one(tag: str) -> str:
        return fields.get(tag, [""])[0]

    authors = [_person(name) for name in fields.get("FAU", [])]
    if not authors:
        authors = [(name, "") for name in fields.get("CN", [])]
    date = re.match(r"(\d{4})(?:\s+([A-Za-z]{3}))?", one("DP"))
    doi = next(
        (
            v.split()[0]
            for v in fields.get("LID", []) + fields.get("AID", [])
            if "[doi]" in v
        ),
        "",
    )
    title = one("TI")
    return SourceRecord(
        authors=authors,
        title=title,
        journal=one("JT") or one("TA"),
        year=date.group(1) if date else "",
        month=month_abbreviation(date.group(2) or "") if date else "",
        volume=one("VI"),
        issue=one("IP"),
        pages=one("PG"),
        doi=clean_doi(doi),
        pmid=one("PMID"),
    )


def read_bibtex(text: str, path: str) -> list[SourceRecord]:
    """Entries of a ``.bib`` file (read entry by entry, problems with their lines)."""
    from healthkb.bib.fields import normalised
    from healthkb.bib.read import parse_bibliography_text
    from healthkb.rules.source_rules import is_preprint, preprint_server

    bib = parse_bibliography_text(text, path)
    errors = [p for p in bib.problems if p.level == "error" and p.line]
    broken = [
        p for p in errors if "cannot be read" in p.message or "backslash" in p.message
    ]
    if broken:
        raise SourceFileError(path, broken[0].line, broken[0].message)
    records = []
    parents = {key.casefold(): entry for key, entry in bib.entries.items()}
    for entry in bib.entries.values():
        plain = normalised(entry, parents)
        f = {name.lower(): _bib_text(value) for name, value in plain.fields.items()}
        records.append(
            SourceRecord(
                kind=plain.type,
                authors=[_bib_person(p) for p in plain.persons.get("author", [])],
                editors=[_bib_person(p) for p in plain.persons.get("editor", [])],
                title=f.get("title", ""),
                journal=f.get("journal", ""),
                booktitle=f.get("booktitle", ""),
                year=f.get("year", ""),
                month=f.get("month", ""),
                volume=f.get("volume", ""),
                issue=f.get("number", ""),
                pages=re.sub(r"\s*(?:--|\u2013|\u2014)\s*", "-", f.get("pages", "")),
                doi=f.get("doi", ""),
                pmid=f.get("pmid", ""),
                url=f.get("url", ""),
                publisher=f.get("publisher", "") or f.get("institution", ""),
                address=f.get("address", ""),
            )
        )
        if is_preprint(plain) and records[-1].kind in ("misc", "article"):
            records[-1].kind = "unpublished"
            records[-1].journal = records[-1].journal or preprint_server(plain.fields)
    return records


def _bib_text(latex: str) -> str:
    """A BibTeX value as plain text (``{\\"u}`` is ``\u00fc``, braces go), as the
    other readers give it; the entry written from it braces what needs braces."""
    from healthkb.bib.latex_text import text_from_latex

    try:
        return " ".join(str(text_from_latex(latex)).split())
    except (UnicodeDecodeError, ValueError, IndexError):
        return " ".join(re.sub(r"\\[A-Za-z]*|[{}\\]", "", latex).split())


def _bib_person(person: Any) -> tuple[str, str]:
    family = _bib_text(" ".join(person.prelast_names + person.last_names))
    given = _bib_text(" ".join(person.first_names + person.middle_names))
    return family, given


def read_source_file(text: str, path: str) -> list[SourceRecord]:
    """By the file's name: .ris, .json, .nbib/.txt, .bib."""
    lower = path.lower()
    if lower.endswith(".ris"):
        return read_ris(text, path)
    if lower.endswith(".json"):
        return read_csl_json(text, path)
    if lower.endswith((".nbib", ".txt", ".medline")):
        return read_medline(text, path)
    if lower.endswith((".bib", ".bibtex")):
        return read_bibtex(text, path)
    raise SourceFileError(
        path, 1, "give a .bib, .ris, CSL-JSON (.json) or PubMed (.nbib, .txt) file"
    )
