"""A note that only lists the work's identifiers, as PubMed-to-BibTeX scripts
write them ("[DOI:\\href{https://dx.doi.org/10.1002/x}{10.1002/x}] [PubMed:
\\href{…}{123}]", "PMCID: PMC123; PMID: 123", a hand-written "{DOI}: https://doi.org/…"
with its label braced): the identifiers are the work's DOI and PMID, and the note
says nothing else to readers."""

from __future__ import annotations

import re

_LABELS = {
    "doi": "doi",
    "pubmed": "pmid",
    "pmid": "pmid",
    "pubmed central": "pmcid",
    "pmc": "pmcid",
    "pmcid": "pmcid",
}
_VALUE = r"(?:\\href\s*\{[^{}]*\}\s*\{(?P<text>[^{}]*)\}|(?P<bare>[^\]\s;,]+))"
_LABELLED = re.compile(
    r"\[?\s*(?P<label>pubmed central|pmcid|pmc|doi|pubmed|pmid)\s*:\s*"
    + _VALUE
    + r"\s*\]?",
    re.IGNORECASE,
)
#: a label braced to keep its capitals ("{DOI}:")
_BRACED_LABEL = re.compile(r"\{([A-Za-z]+)\}")
_DOI = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)$")


def identifiers_in_note(note: str) -> dict[str, str] | None:
    """``{"doi": …, "pmid": …}`` when *note* is nothing but labelled identifiers,
    else None."""
    found: dict[str, str] = {}
    note = _BRACED_LABEL.sub(r"\1", note)
    for match in _LABELLED.finditer(note):
        value = (match["text"] or match["bare"] or "").strip().rstrip(".")
        found.setdefault(_LABELS[match["label"].lower()], value)
    if not found or _LABELLED.sub("", note).strip(" \t\r\n;,.{}"):
        return None
    if "doi" in found:
        doi = _DOI.match(found["doi"])
        if not doi:
            return None
        found["doi"] = doi.group(1)
    if "pmid" in found and not found["pmid"].isdigit():
        return None
    found.pop("pmcid", None)  # Citing Medicine's references give the PMID, not it
    return found
