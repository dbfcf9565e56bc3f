"""``healthkb source add``: write clean entries for new sources to references.bib,
with the site's key scheme, and never a second entry for a source already there."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from healthkb.bib.match import SourceIds, find_existing
from healthkb.bib.read import parse_bibliography_text
from healthkb.bib.records import SourceRecord
from healthkb.importer.bibtex import bibtex_title, bibtex_value, key_for
from healthkb.problems import Problem
from healthkb.safe_write import write_text_atomic


@dataclass(frozen=True)
class AddedSource:
    record: SourceRecord
    key: str
    #: why nothing was added (the source is there already), or "" when it was
    existing: str = ""


def _names(people: list[tuple[str, str]]) -> str:
    return " and ".join(
        f"{bibtex_value(family)}, {bibtex_value(given)}"
        if given
        else f"{{{bibtex_value(family)}}}"
        for family, given in people
    )


def entry_text(key: str, record: SourceRecord) -> str:
    """The BibTeX entry, one field a line, only the fields readers need."""
    fields = [
        ("author", _names(record.authors)),
        ("editor", _names(record.editors)),
        ("title", bibtex_title(record.title)),
        ("journal", bibtex_value(record.journal)),
        ("booktitle", bibtex_value(record.booktitle)),
        ("year", record.year),
        ("month", record.month),
        ("volume", bibtex_value(record.volume)),
        ("number", bibtex_value(record.issue)),
        ("pages", bibtex_value(record.pages).replace("-", "--")),
        ("publisher", bibtex_value(record.publisher)),
        ("address", bibtex_value(record.address)),
        ("doi", record.doi),
        ("pmid", record.pmid),
        ("url", record.url if not (record.doi or record.pmid) else ""),
    ]
    notice = next((doi for kind, doi in record.updates if kind == "retraction"), "")
    if notice:
        fields.append(("retraction", notice))
    if record.kind == "unpublished":
        fields.append(("pubstate", "preprint"))
    shown = [(name, value) for name, value in fields if value]
    width = max(len(name) for name, _ in shown)
    body = ",\n".join(f"  {name:<{width}} = {{{value}}}" for name, value in shown)
    return f"@{record.kind}{{{key},\n{body}\n}}\n"


def _first_family(record: SourceRecord) -> str:
    if not record.authors:
        return ""
    family, given = record.authors[0]
    return family.split()[-1] if given else family.split()[0]


def known_sources(bibfile: Path, display: str) -> dict[str, SourceIds]:
    """What identifies each entry already in *bibfile*, by key."""
    text = bibfile.read_text(encoding="utf-8") if bibfile.is_file() else ""
    bib = parse_bibliography_text(text, display)
    return {
        key: SourceIds.of_fields(dict(entry.fields))
        for key, entry in bib.entries.items()
    }


def add_sources(
    records: list[SourceRecord], bibfile: Path, display: str, *, write: bool = True
) -> tuple[list[AddedSource], list[Problem]]:
    """Append the new records to *bibfile*; return what happened to each, and the
    problems the site's checks find in the new entries (e.g. a missing DOI)."""
    text = bibfile.read_text(encoding="utf-8") if bibfile.is_file() else ""
    bib = parse_bibliography_text(text, display)
    known = {
        key: SourceIds.of_fields(dict(entry.fields))
        for key, entry in bib.entries.items()
    }
    taken = {key.casefold() for key in bib.entries} | {k.casefold() for k in bib.broken}
    results: list[AddedSource] = []
    new_text: list[str] = []
    for record in records:
        ids = SourceIds.of_fields(
            {
                "doi": record.doi,
                "pmid": record.pmid,
                "title": record.title,
                "year": record.year,
            }
        )
        found = find_existing(ids, known)
        if found:
            results.append(AddedSource(record, found[0], found[1]))
            continue
        base = key_for(_first_family(record), record.year, record.title)
        key, suffix = base, ord("b")
        while key.casefold() in taken:
            key, suffix = f"{base}{chr(suffix)}", suffix + 1
        taken.add(key.casefold())
        known[key] = ids
        new_text.append(entry_text(key, record))
        results.append(AddedSource(record, key))
    if not new_text:
        return results, []
    joined = text.rstrip("\n") + ("\n\n" if text.strip() else "") + "\n".join(new_text)
    after = parse_bibliography_text(joined, display)
    new_keys = {r.key for r in results if not r.existing}
    problems = [
        p for p in after.problems if any(f"'{key}'" in p.message for key in new_keys)
    ]
    if write:
        write_text_atomic(bibfile, joined, overwrite=True)
    return results, problems
