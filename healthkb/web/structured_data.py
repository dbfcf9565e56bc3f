"""schema.org ``MedicalWebPage`` JSON-LD for an article, as plain data.

Pure Python: the Sphinx glue passes in the article's metadata, its authors and the
BibTeX entries it cites. The JSON is escaped so no value can close the ``<script>``
element it is written into.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from pybtex.database import Entry

from healthkb.bib.latex_text import text_from_latex
from healthkb.model.article import ArticleMeta
from healthkb.model.authors import Author
from healthkb.rules.retraction_rules import WORK_STATUS, Notice

#: what ``json.dumps`` leaves that HTML would read as markup, and its JSON escape
_HTML_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}

_NOTICE_NAMES = {
    "retracted": "Retraction notice",
    "withdrawn": "Withdrawal notice",
    "has a correction": "Correction",
    "has an expression of concern": "Expression of concern",
}


def medical_web_page(
    *,
    title: str,
    meta: ArticleMeta,
    authors: Mapping[str, Author],
    sources: Iterable[Entry],
    notices: Mapping[str, Iterable[Notice]] | None = None,
    url: str = "",
    language: str = "",
    publisher: str = "",
) -> dict[str, Any]:
    """The JSON-LD object for one article.

    :param sources: the BibTeX entries the article cites, in order of first use.
    :param notices: citation key -> the retraction or correction notices readers see.
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": title,
        "headline": title,
        "description": meta.description,
    }
    if url:
        data["url"] = url
    if language:
        data["inLanguage"] = language
    data["author"] = [contributor(key, authors) for key in meta.authors]
    if meta.reviewers:
        data["reviewedBy"] = [contributor(key, authors) for key in meta.reviewers]
    data["datePublished"] = meta.published.isoformat()
    if meta.reviewed:  # never reviewed: no review date claimed
        data["lastReviewed"] = meta.reviewed.isoformat()
    data["keywords"] = list(meta.all_keywords)
    data["about"] = [{"@type": "Thing", "name": keyword} for keyword in meta.keywords]
    citations = [
        source_data(entry, (notices or {}).get(entry.key, ())) for entry in sources
    ]
    if citations:
        data["citation"] = citations
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    return data


def contributor(key: str, authors: Mapping[str, Author]) -> dict[str, Any]:
    """A Person or an Organization, as ``authors.yml`` says (``kind``)."""
    author = authors.get(key)
    if author is None:  # the article checks already report unknown keys
        return {"@type": "Person", "name": key}
    kind = "Organization" if author.kind == "organization" else "Person"
    data: dict[str, Any] = {"@type": kind, "name": author.name}
    if author.role and kind == "Person":
        data["jobTitle"] = author.role
    if author.link:
        data["url"] = author.link
    return data


def source_data(entry: Entry, notices: Iterable[Notice] = ()) -> dict[str, Any]:
    """One cited source: a ScholarlyArticle for a journal article, else CreativeWork.

    A retracted or withdrawn work says so in ``creativeWorkStatus`` (schema.org: "the
    status of a creative work in terms of its stage in a lifecycle"), and each notice
    is a ``correction`` (a ``CorrectionComment`` linking the notice's DOI), or, for an
    expression of concern, which corrects nothing, a ``comment``."""
    fields = entry.fields
    kind = "ScholarlyArticle" if entry.type.lower() == "article" else "CreativeWork"
    data: dict[str, Any] = {"@type": kind, "name": plain(fields.get("title", ""))}
    names = [plain(str(person)) for person in entry.persons.get("author", [])]
    if names:
        data["author"] = [name for name in names if name != "others"]
    if fields.get("year"):
        data["datePublished"] = plain(fields["year"])
    venue = fields.get("journal") or fields.get("publisher") or ""
    if venue:
        data["isPartOf" if kind == "ScholarlyArticle" else "publisher"] = {
            "@type": "Periodical" if kind == "ScholarlyArticle" else "Organization",
            "name": plain(venue),
        }
    doi = fields.get("doi", "").strip()
    if doi:
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "DOI",
            "value": doi,
        }
        data["url"] = f"https://doi.org/{doi}"
    elif fields.get("url", "").strip().lower().startswith(("https://", "http://")):
        # only web addresses: a javascript: or data: url must not reach any reader
        data["url"] = fields["url"].strip()
    for notice in notices:
        if notice.status in WORK_STATUS:
            data.setdefault("creativeWorkStatus", WORK_STATUS[notice.status])
        concern = notice.status == "has an expression of concern"
        comment: dict[str, Any] = {
            "@type": "Comment" if concern else "CorrectionComment",
            "name": _NOTICE_NAMES[notice.status],
        }
        if notice.notice_doi:
            comment["url"] = f"https://doi.org/{notice.notice_doi}"
        data.setdefault("comment" if concern else "correction", []).append(comment)
    return data


def plain(latex: str) -> str:
    """BibTeX text without braces or LaTeX escapes (``{RECOVER}`` -> ``RECOVER``)."""
    # str(), not render_as("text"): that looks the backend up as a plugin (every
    # installed package's entry points) on each call, 40 ms a reference
    return " ".join(str(text_from_latex(latex)).split())


def script_json(data: Any) -> str:
    """JSON for a ``<script type="application/ld+json">`` element.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes: still the same JSON value, but a
    value holding ``</script>`` or ``<!--`` cannot end or confuse the element.
    """
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    for char, escaped in _HTML_UNSAFE.items():
        text = text.replace(char, escaped)
    return text
