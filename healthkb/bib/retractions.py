"""Notices of retraction, withdrawal, correction or concern, as the Retraction Watch
data file (its path is the ``healthkb_retraction_watch`` setting) and Crossref's
``updated-by`` metadata give them. :mod:`healthkb.rules.retraction_rules` judges the
cited sources with them."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from healthkb.bib.fields import clean_doi

#: Retraction Watch's RetractionNature / Crossref's update type -> what readers see
_SERIOUS = {
    "retraction": "retracted",
    "withdrawal": "withdrawn",
    "removal": "withdrawn",
}
_NOTED = {
    "expression of concern": "has an expression of concern",
    "expression_of_concern": "has an expression of concern",
    "correction": "has a correction",
    "corrigendum": "has a correction",
    "erratum": "has a correction",
}
_ABSENT = {"", "0", "unavailable", "none", "na", "n/a"}


@dataclass(frozen=True)
class Notice:
    #: "retracted", "withdrawn", "has a correction", "has an expression of concern"
    status: str
    notice_doi: str
    source: str

    @property
    def serious(self) -> bool:
        return self.status in _SERIOUS.values()


def notice_of(nature: str, notice_doi: str, source: str) -> Notice | None:
    kind = nature.strip().lower()
    status = _SERIOUS.get(kind) or _NOTED.get(kind)
    if status is None:
        return None  # e.g. a reinstatement
    doi = clean_doi(notice_doi)
    return Notice(status, "" if doi.lower() in _ABSENT else doi, source)


def load_retraction_watch(path: Path) -> dict[str, list[Notice]]:
    """``doi:<doi>`` / ``pmid:<n>`` of each original paper -> its notices."""
    index: dict[str, list[Notice]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            notice = notice_of(
                row.get("RetractionNature", ""),
                row.get("RetractionDOI", ""),
                "Retraction Watch",
            )
            if notice is None:
                continue
            doi = clean_doi(row.get("OriginalPaperDOI", "")).casefold()
            pmid = (row.get("OriginalPaperPubMedID") or "").strip()
            if doi not in _ABSENT:
                index.setdefault(f"doi:{doi}", []).append(notice)
            if pmid not in _ABSENT:
                index.setdefault(f"pmid:{pmid}", []).append(notice)
    return index


def crossref_notices(updates: Iterable[tuple[str, str]]) -> list[Notice]:
    found = [notice_of(kind, doi, "Crossref") for kind, doi in updates]
    return [n for n in found if n is not None]
