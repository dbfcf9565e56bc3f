"""Look a DOI up at Crossref or through DOI content negotiation, and a PMID up at
NCBI E-utilities, with an on-disk cache (one file per answer), so a source is
fetched once and tests and offline runs can be served recorded answers.

A DOI is asked of Crossref first: its work record carries the retraction and
correction notices (``updated-by``) that ``source add`` writes and the build's
retraction verdict reads from this cache. A DOI Crossref does not know (404: one
registered with DataCite, mEDRA, JaLC, KISTI...) is resolved through content
negotiation at doi.org, which every registration agency answers: CSL-JSON asked
first, BibTeX accepted (``Accept``), the answer read by its shape.

The base URLs are settings (``healthkb_crossref_url``, ``healthkb_doi_url``,
``healthkb_eutils_url``), so tests point them at a local server on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from healthkb.bib.fields import clean_doi
from healthkb.bib.records import (
    SourceFileError,
    SourceRecord,
    read_bibtex,
    read_csl_json,
    read_medline,
)
from healthkb.safe_write import write_text_atomic

DOI_ARGUMENT = re.compile(
    r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?10\.\d{4,9}/\S+$", re.I
)
PMID_ARGUMENT = re.compile(r"^(?:PMID:?\s*)?(\d{1,9})$", re.I)
_TIMEOUT = 20


#: what DOI content negotiation is asked for: CSL-JSON, else BibTeX
DOI_ACCEPT = "application/vnd.citationstyles.csl+json, application/x-bibtex;q=0.5"


class LookupFailed(Exception):
    """The service had no record, or could not be reached (message for an editor)."""


class NotFound(LookupFailed):
    """The service answered 404: it has no record of this identifier."""


def cache_file(url: str, cache_dir: Path) -> Path:
    """Where the answer from *url* is kept."""
    return cache_dir / f"{hashlib.sha256(url.encode()).hexdigest()[:32]}.txt"


def fetch_cached(url: str, cache_dir: Path, accept: str = "*/*") -> str:
    """The body at *url*, from the cache when it was fetched before (redirects
    followed; an answer asked for with another *accept* is cached apart)."""
    cached = cache_file(url if accept == "*/*" else f"{url}\n{accept}", cache_dir)
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    request = urllib.request.Request(
        url, headers={"User-Agent": "healthkb source add", "Accept": accept}
    )
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as answer:  # noqa: S310
            body = answer.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise NotFound("no record was found: check the number") from None
        raise LookupFailed(
            f"the service answered {exc.code}: try again later"
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise LookupFailed(
            f"the service could not be reached ({getattr(exc, 'reason', exc)}): "
            "check the connection, or add the source from a file"
        ) from None
    cache_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(cached, body, overwrite=True)
    return body


def crossref_url(doi: str, base_url: str) -> str:
    return f"{base_url.rstrip('/')}/works/{quote(clean_doi(doi), safe='')}"


def crossref_record(doi: str, base_url: str, cache_dir: Path) -> SourceRecord:
    """The Crossref work of *doi* (with its corrections and retractions)."""
    body = fetch_cached(crossref_url(doi, base_url), cache_dir)
    [record] = read_csl_json(body, f"the Crossref answer for {clean_doi(doi)}")
    return record


def doi_url(doi: str, base_url: str) -> str:
    return f"{base_url.rstrip('/')}/{quote(clean_doi(doi), safe='/')}"


def content_negotiation_record(
    doi: str, base_url: str, cache_dir: Path
) -> SourceRecord:
    """The metadata doi.org's registration agency gives for *doi* (CSL-JSON or
    BibTeX, by what the answer is)."""
    body = fetch_cached(doi_url(doi, base_url), cache_dir, accept=DOI_ACCEPT)
    where = f"the doi.org answer for {clean_doi(doi)}"
    text = body.lstrip("\ufeff \t\r\n")
    if text.startswith(("{", "[")):
        records = read_csl_json(text, where)
    elif text.startswith("@"):
        records = read_bibtex(text, where)
    else:
        raise LookupFailed(
            "doi.org gave no citation metadata for this DOI: add the source from a "
            "file exported by your reference manager"
        )
    if len(records) != 1:
        raise LookupFailed(f"{where} has {len(records)} sources, not one")
    record = records[0]
    if not record.doi:
        record.doi = clean_doi(doi)
    return record


def doi_record(
    doi: str, crossref_base: str, doi_base: str, cache_dir: Path
) -> SourceRecord:
    """Crossref's work for *doi* (it has the retraction notices); a DOI Crossref
    does not hold is asked of doi.org by content negotiation (and is then read from
    the cache, without asking Crossref again)."""
    negotiated = cache_file(f"{doi_url(doi, doi_base)}\n{DOI_ACCEPT}", cache_dir)
    if negotiated.is_file():
        return content_negotiation_record(doi, doi_base, cache_dir)
    try:
        return crossref_record(doi, crossref_base, cache_dir)
    except NotFound:
        return content_negotiation_record(doi, doi_base, cache_dir)


def cached_crossref_record(
    doi: str, base_url: str, cache_dir: Path
) -> SourceRecord | None:
    """The Crossref work of *doi* if an earlier look-up cached it; never the network
    (the build reads only this). An unreadable cached answer counts as none."""
    try:
        body = cache_file(crossref_url(doi, base_url), cache_dir).read_text("utf-8")
        records = read_csl_json(body, f"the cached Crossref answer for {doi}")
    except (OSError, UnicodeDecodeError, SourceFileError, ValueError, TypeError):
        return None
    return records[0] if len(records) == 1 else None


def pubmed_record(pmid: str, base_url: str, cache_dir: Path) -> SourceRecord:
    url = (
        f"{base_url.rstrip('/')}/efetch.fcgi?db=pubmed&id={quote(pmid)}"
        "&rettype=medline&retmode=text"
    )
    records = read_medline(
        fetch_cached(url, cache_dir), f"the PubMed answer for {pmid}"
    )
    if not records or records[0].pmid != pmid:
        raise LookupFailed(f"PubMed has no record {pmid}: check the number")
    return records[0]
