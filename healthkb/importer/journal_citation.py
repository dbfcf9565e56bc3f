"""A source line with no title, only where the work was published ("Conway CR, et
al. Int J Neuropsychopharmacol. 2026;29(1):pyaf080."): the journal, year, volume
and first page (or article number) point at one article, so an entry of
references.bib with all four, and the same first author where the line names one,
is that source. The journal may be written out or abbreviated as NLM does."""

from __future__ import annotations

import re

from healthkb.bib.fields import abbreviates
from healthkb.bib.match import normalised_title

#: "Journal Name. 2026;29(1):pyaf080" — the journal is the sentence before the year
_PUBLISHED_IN = re.compile(
    r"(?:^|\.\s+)(?P<journal>[A-Z][^.;:]{1,120}?)\.?\s+(?P<year>(?:1[89]|20)\d\d)"
    r"(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*(?P<volume>\d{1,5})"
    r"(?:\s*\([^)]{1,20}\))?\s*:\s*(?P<page>[A-Za-z]{0,6}\d[\w]{0,15})"
)
#: the first author's family name, leading the line ("Conway CR, …")
_FIRST_AUTHOR = re.compile(
    r"^(?:\[\d{1,3}\]\s*|\d{1,3}[.)]\s*)?(?P<family>[^\W\d][\w'\u2019-]+)\s+[A-Z]{1,3}\b"
)


def find_by_journal(
    text: str, existing: dict[str, dict[str, str]], first_authors: dict[str, str]
) -> str | None:
    """The key of the one entry the line's journal, year, volume and first page
    name (and its first author, *first_authors* giving each entry's family name,
    when the line names one), or None (none, or more than one)."""
    published = _PUBLISHED_IN.search(text)
    if not published:
        return None
    author = _FIRST_AUTHOR.match(text)
    matches = [
        key
        for key, fields in existing.items()
        if _same_place(published, fields)
        and (
            not author or _plain(first_authors.get(key, "")) == _plain(author["family"])
        )
    ]
    return matches[0] if len(matches) == 1 else None


def _same_place(published: re.Match[str], fields: dict[str, str]) -> bool:
    journal = re.sub(r"[{}]", "", fields.get("journal", ""))
    first_page = re.split(r"[-\u2013]", fields.get("pages", ""), maxsplit=1)[0]
    return (
        fields.get("year", "").strip() == published["year"]
        and fields.get("volume", "").strip() == published["volume"]
        and first_page.strip().casefold() == published["page"].casefold()
        and _same_journal(published["journal"].strip(), journal)
    )


def _same_journal(written: str, name: str) -> bool:
    return normalised_title(written) == normalised_title(name) or abbreviates(
        written, name
    )


def _plain(name: str) -> str:
    return re.sub(r"[{}\\]", "", name).strip().casefold()
