"""Is this source already in references.bib? Same DOI, same PMID, or the same
normalised title and year.

Shared by ``healthkb source add`` and ``healthkb import`` (a draft's reference
lines), so a PMID-only line finds the entry that has the PMID, and neither ever
adds a second entry for one source.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from healthkb.bib.fields import clean_doi


def normalised_title(title: str) -> str:
    """Letters and digits only, accents and LaTeX braces/commands dropped, lower."""
    text = re.sub(r"\\[A-Za-z]+\s*|[{}\\]", "", title)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass(frozen=True)
class SourceIds:
    """What identifies a source, from an entry or a parsed reference."""

    doi: str = ""
    pmid: str = ""
    title: str = ""
    year: str = ""
    #: other DOIs the entry names (its note: "Also a preprint, doi:10.1101/…")
    named_dois: frozenset[str] = frozenset()

    @classmethod
    def of_fields(cls, fields: Mapping[str, str]) -> SourceIds:
        lower = {name.lower(): str(value) for name, value in fields.items()}
        year = lower.get("year") or lower.get("date", "")[:4]
        pmid = lower.get("pmid", "")
        if not pmid and lower.get("eprinttype", "").lower() in ("pmid", "pubmed"):
            pmid = lower.get("eprint", "")
        doi = clean_doi(lower.get("doi", "")).casefold()
        named = {
            found.rstrip(".,;)").casefold()
            for name, value in lower.items()
            if name != "doi"
            for found in _DOI_IN_TEXT.findall(value)
        }
        return cls(
            doi=doi,
            pmid=pmid.strip(),
            title=normalised_title(lower.get("title", "")),
            year=year.strip(),
            named_dois=frozenset(named - {doi}),
        )


#: a DOI inside a field's text
_DOI_IN_TEXT = re.compile(r"\b10\.\d{4,9}/[^\s{}\"'<>]+")
#: the DOI prefix of the preprint servers bioRxiv and medRxiv (Cold Spring Harbor)
_PREPRINT_DOI = "10.1101/"


def _preprint_of(key: str, how: str) -> tuple[str, str]:
    return (
        key,
        f"the preprint of '{key}' ({how}): cited as '{key}', the published version; "
        "a decision for the editor: keep that, or add the preprint as its own entry",
    )


def find_existing(
    wanted: SourceIds, existing: Mapping[str, SourceIds]
) -> tuple[str, str] | None:
    """``(key, why)`` of the entry *wanted* already is, else None."""
    for key, ids in existing.items():
        if wanted.doi and ids.doi == wanted.doi:
            return key, f"references.bib has this DOI as '{key}'"
    for key, ids in existing.items():
        if wanted.pmid and ids.pmid == wanted.pmid:
            return key, f"references.bib has this PMID as '{key}'"
    for key, ids in existing.items():
        if wanted.title and (ids.title, ids.year) == (wanted.title, wanted.year):
            return key, f"references.bib has this title and year as '{key}'"
    # a preprint of an entry: never a second entry without the editor's say
    for key, ids in existing.items():
        if wanted.doi and wanted.doi in ids.named_dois:
            return _preprint_of(key, "its entry names this DOI")
    for key, ids in existing.items():
        if (
            wanted.doi.startswith(_PREPRINT_DOI)
            and wanted.title
            and ids.title == wanted.title
            and not ids.doi.startswith(_PREPRINT_DOI)
        ):
            return _preprint_of(key, "the same title, with a medRxiv/bioRxiv DOI")
    return None
