"""BibTeX entries for imported sources, reusing what references.bib already has."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from healthkb.bib.match import SourceIds, find_existing
from healthkb.bib.title_words import keeps_shape
from healthkb.importer.reference_parser import Reference

_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "by",
        "at",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "does",
        "do",
        "how",
        "what",
        "why",
        "who",
        "when",
        "which",
        "its",
        "their",
        "our",
        "your",
        "after",
        "before",
        "among",
        "between",
        "during",
        "versus",
        "vs",
    ]
)
_SPECIAL = re.compile(r"([&%$#_])")


@dataclass(frozen=True)
class PlannedSource:
    """Where one draft source ends up: an existing key, or a new entry."""

    reference: Reference
    key: str
    #: the BibTeX text to append; empty when references.bib has the source already
    entry: str
    #: why an existing entry was reused (for the report)
    reused: str = ""


def _ascii_word(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def key_for(family: str, year: str, title: str) -> str:
    """The site's key scheme: ``surname + year + first significant title word``."""
    words = [_ascii_word(w) for w in re.split(r"[\s\-/:]+", title)]
    word = next((w for w in words if w and w not in _STOP and not w.isdigit()), "")
    return (_ascii_word(family) or "source") + year + word


def make_key(ref: Reference) -> str:
    """:func:`key_for` a parsed reference, like ``conway2026durability``."""
    family = (
        ref.authors[0][0].split()[-1]
        if ref.authors[0][1]
        else ref.authors[0][0].split()[0]
    )
    return key_for(family, ref.year, ref.title)


def plan_sources(
    refs: list[Reference], existing: dict[str, dict[str, str]]
) -> list[PlannedSource]:
    """Choose a key per reference; *existing* maps key -> the entry's fields
    (``doi``, ``pmid``, ``title``, ``year``): a source already there is reused."""
    known = {key: SourceIds.of_fields(fields) for key, fields in existing.items()}
    taken = set(existing)
    planned: list[PlannedSource] = []
    for ref in refs:
        ids = SourceIds.of_fields(
            {"doi": ref.doi, "pmid": ref.pmid, "title": ref.title, "year": ref.year}
        )
        found = find_existing(ids, known)
        if found:
            planned.append(PlannedSource(ref, found[0], "", found[1]))
            continue
        base = make_key(ref)
        key, suffix = base, ord("b")
        while key in taken:
            key, suffix = f"{base}{chr(suffix)}", suffix + 1
        taken.add(key)
        known[key] = ids  # the same source twice in one draft gets one entry
        planned.append(PlannedSource(ref, key, render_entry(key, ref)))
    return planned


def bibtex_value(text: str) -> str:
    """A BibTeX-safe value: no braces of its own, LaTeX specials escaped."""
    return _SPECIAL.sub(
        r"\\\1", text.replace("{", "(").replace("}", ")").replace("\\", "/")
    )


def bibtex_title(text: str) -> str:
    """The title, with acronyms and names braced (STAR*D, VNS, EpiEstim, COVID-19)
    so any bibliography style keeps their case; Title Case words stay unbraced."""
    return " ".join(
        f"{{{w}}}"
        if any(keeps_shape(part, False) for part in re.split(r"[-/]", w))
        else w
        for w in bibtex_value(text).split()
    )


def render_entry(key: str, ref: Reference) -> str:
    authors = [
        f"{{{bibtex_value(f)}}}" if not i else f"{bibtex_value(f)}, {_initials(i)}"
        for f, i in ref.authors
    ]
    if ref.et_al:
        authors.append("others")
    fields = [
        ("author", " and ".join(authors)),
        ("title", bibtex_title(ref.title)),
        ("journal", bibtex_value(ref.journal)),
        ("year", ref.year),
        ("volume", bibtex_value(ref.volume)),
        ("number", bibtex_value(ref.issue)),
        ("pages", bibtex_value(ref.pages)),
        ("doi", ref.doi),
        ("pmid", ref.pmid),
    ]
    if not ref.doi and ref.pmid:
        fields.append(("url", f"https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}/"))
    width = max(len(name) for name, value in fields if value)
    body = ",\n".join(
        f"  {name:<{width}} = {{{value}}}" for name, value in fields if value
    )
    return f"@article{{{key},\n{body}\n}}\n"


def _initials(initials: str) -> str:
    return " ".join(f"{c}." for c in initials)
