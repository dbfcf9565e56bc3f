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

    @classmethod
    def of_fields(cls, fields: Mapping[str, str]) -> SourceIds:
        lower = {name.lower(): str(value) for name, value in fields.items()}
        year = lower.get("year") or lower.get("date", "")[:4]
        pmid = lower.get("pmid", "")
        if not pmid and lower.get("eprinttype", "").lower() in ("pmid", "pubmed"):
            pmid = lower.get("eprint", "")
        return cls(
            doi=clean_doi(lower.get("doi", "")).casefold(),
            pmid=pmid.strip(),
            title=normalised_title(lower.get("title", "")),
            year=year.strip(),
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
    return None
