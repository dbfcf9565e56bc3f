"""Cited sources that were retracted, withdrawn, corrected or given an expression of
concern: from the Retraction Watch data file (offline; its path is the
``healthkb_retraction_watch`` setting) and from Crossref's ``updated-by`` metadata
(online, through the same cache as ``healthkb source add``)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from healthkb.bib.fields import clean_doi
from healthkb.bib.match import SourceIds
from healthkb.problems import Problem, problem

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


def notices_for(
    ids: SourceIds,
    offline: dict[str, list[Notice]],
    online: Callable[[str], list[Notice]] | None = None,
) -> list[Notice]:
    found = list(offline.get(f"doi:{ids.doi}", [])) if ids.doi else []
    found += offline.get(f"pmid:{ids.pmid}", []) if ids.pmid else []
    if online is not None and ids.doi:
        found += online(ids.doi)
    unique: dict[tuple[str, str], Notice] = {}
    for notice in found:
        unique.setdefault((notice.status, notice.notice_doi), notice)
    return sorted(unique.values(), key=lambda n: (not n.serious, n.status))


def cited_source_problems(
    citations: Iterable[tuple[str, int, str]],
    ids_by_key: dict[str, SourceIds],
    offline: dict[str, list[Notice]],
    online: Callable[[str], list[Notice]] | None = None,
) -> list[Problem]:
    """One problem per (article, line, key) citing a source with a notice."""
    found: list[Problem] = []
    cache: dict[str, list[Notice]] = {}
    for path, line, key in citations:
        if key not in ids_by_key:
            continue
        if key not in cache:
            cache[key] = notices_for(ids_by_key[key], offline, online)
        for notice in cache[key]:
            where = f" (notice doi:{notice.notice_doi})" if notice.notice_doi else ""
            if notice.serious:
                message = (
                    f"the source '{key}' was {notice.status}{where}, according to "
                    f"{notice.source}: remove the citation, or cite the notice and "
                    "say why the article still needs it"
                )
                rule = "retracted-source"
            else:
                message = (
                    f"the source '{key}' {notice.status}{where}, according to "
                    f"{notice.source}: check that the article still reports it right"
                )
                rule = "corrected-source"
            found.append(problem(path, line, rule, message))
    return found
