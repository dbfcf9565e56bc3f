"""Parse one Vancouver-style reference, the way writing tools and editors give them.

``Smith JA, Brown L, et al. Title of the paper. J Test Cardiol. 2020;12(3):100-10.
doi:10.1000/xyz. PMID: 123456.`` Authors, title, journal and year are required;
volume, issue, pages, DOI and PMID are optional.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthkb.importer.errors import DraftError

_DOI = re.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:?\s*)?\b(10\.\d{4,9}/[^\s\"<>{}]+)",
    re.IGNORECASE,
)
_PMID = re.compile(r"\bPMID:?\s*(\d{1,9})\b", re.IGNORECASE)
_PMCID = re.compile(r"\bPMCID:?\s*PMC\d+\b\.?", re.IGNORECASE)
_URL = re.compile(r"(?:Available (?:from|at):?\s*)?https?://\S+", re.IGNORECASE)
#: a Markdown link, "[text](target)": its text and target read apart
_MD_LINK = re.compile(r"\[([^\[\]]{0,500})\]\(\s{0,3}(\S{1,500}?)\s{0,3}\)")
_PUBLICATION = re.compile(
    r"(?P<year>(?:19|20)\d{2})"
    r"(?:\s+[A-Z][a-z]{2}(?:\s*\d{1,2})?(?:-[A-Z]?[a-z]*\s*\d{0,2})?)?"  # 2020 Mar 5
    r"\s*(?:;\s*(?P<volume>\d+[A-Za-z]?)?\s*(?:\((?P<issue>[^()]{1,20})\))?"
    # pages, or an article number such as "18m12178" or "e0123"
    r"\s*(?::\s*(?P<pages>[A-Za-z]{0,4}\d+(?:[A-Za-z]{1,4}\d+)?[A-Za-z]?"
    r"(?:\s*[-\u2013]\s*[A-Za-z]{0,4}\d+[A-Za-z]?)?))?)?"
    r"\s*\.?\s*$"
)
#: a report's or book's "City: Publisher" part, last in the line
_PUBLISHER_PART = re.compile(r"\.\s+[A-Z][\w .'-]{1,40}:\s*[A-Z][^.:;]{1,80}[.;]?\s*$")
_AUTHOR = re.compile(r"^(?P<family>[^\W\d][\w'\u2019 -]*?)\s+(?P<initials>[A-Z]{1,4})$")
_ET_AL = re.compile(r"^et\.?\s+al\.?$", re.IGNORECASE)
_GROUP = re.compile(
    r"\b(group|collaborat\w*|consortium|investigators|committee|association|society|organi[sz]ation|institute)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reference:
    """A journal article as the draft cites it."""

    #: (family name, initials) per author; a group author has empty initials
    authors: tuple[tuple[str, str], ...]
    et_al: bool
    title: str
    journal: str
    year: str
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    #: a web address in the line that is not a DOI link (a news release's page)
    url: str = ""


@dataclass(frozen=True)
class UnreadSource:
    """A source line that is not Vancouver: what identifies it, and why it failed."""

    text: str
    #: what is missing, in the words of :func:`parse_reference`'s error
    problem: str
    doi: str = ""
    pmid: str = ""
    urls: tuple[str, ...] = ()
    #: its sentences, one of which may be a title references.bib has
    sentences: tuple[str, ...] = ()


def parse_reference(text: str, path: str, line: int) -> Reference:
    """Parse *text*; :class:`DraftError` names *path* and *line* if it is not "
    "Vancouver."""
    original = " ".join(text.split())
    rest = unlinked(original)
    rest = re.sub(r"^\s*(?:\[\d+\]|\d+[.)]|[-*+\u2022])\s*", "", rest)

    def fail(what: str) -> DraftError:
        if _PUBLISHER_PART.search(rest):
            # "London: Depression Alliance.": a report or a book, not an article
            what = "no year" if what.startswith("no year") else what
            example = "'Organisation. Title of the report. City: Publisher; 2020.'"
        else:
            example = (
                "'Smith JA, Brown L. Title of the article. Journal Name. "
                "2020;12(3):100-10. doi:10.1000/example'"
            )
        return DraftError(
            path,
            line,
            f"this source could not be read ({what}): write it in Vancouver style, "
            f"e.g. {example} — the line was: {original}",
        )

    doi_match = _DOI.search(rest)
    doi = doi_match.group(1).rstrip(".,;)") if doi_match else ""
    pmid_match = _PMID.search(rest)
    pmid = pmid_match.group(1) if pmid_match else ""
    for pattern in (_PMCID, _PMID, _DOI, _URL):
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"(\s*[.;,]\s*)+$", "", " ".join(rest.split())).strip() + "."
    # the publication part (year;volume(issue):pages) ends the reference
    tail = re.search(r"\.\s+(?=(?:19|20)\d{2}\b[^.]*\.?$)", rest)
    if not tail:
        raise fail("no year such as '2020;12(3):100-10' after the journal")
    publication = _PUBLICATION.match(rest[tail.end() :].strip())
    if not publication:
        raise fail("the year, volume and pages are not in the form '2020;12(3):100-10'")
    head = rest[: tail.start()].strip()
    parts = re.split(r"(?<=[.?!])\s+", head + ".") if head else []
    parts = [p.strip() for p in parts if p.strip(" .")]
    if len(parts) == 2 and _authors(parts[0].rstrip("."))[0]:
        missing = "the title is missing: the line has authors, a journal and a year"
        if not publication.group("volume"):
            missing += "; the volume and pages are missing too"
        raise fail(missing)
    if len(parts) < 3:
        raise fail(
            "expected authors, a title and a journal, each ending with a full stop"
        )
    authors, et_al = _authors(parts[0].rstrip("."))
    if not authors:
        raise fail("the authors are not in the form 'Smith JA, Brown L'")
    journal = parts[-1].rstrip(".").strip()
    title = " ".join(parts[1:-1]).rstrip(".").strip()
    if not title or not journal:
        raise fail("a title or a journal is missing")
    return Reference(
        authors=tuple(authors),
        et_al=et_al,
        title=title,
        journal=journal,
        year=publication.group("year"),
        volume=publication.group("volume") or "",
        issue=(publication.group("issue") or "").strip(),
        pages=expand_pages(publication.group("pages") or ""),
        doi=doi,
        pmid=pmid,
    )


def unlinked(text: str) -> str:
    """*text* with each Markdown link as its text and target ("[x](url)" -> "x url";
    a link whose text is its target once)."""

    def plain(match: re.Match[str]) -> str:
        words, target = match.group(1).strip(), match.group(2)
        return target if words in ("", target) else f"{words} {target}"

    return _MD_LINK.sub(plain, text)


def _authors(text: str) -> tuple[list[tuple[str, str]], bool]:
    authors: list[tuple[str, str]] = []
    et_al = False
    for part in (p.strip() for p in text.split(",")):
        if not part:
            return [], False
        if _ET_AL.match(part):
            et_al = True
            continue
        tail = re.match(r"^(.*?)\s+et\.?\s+al\.?$", part, re.IGNORECASE)
        if tail:
            part, et_al = tail.group(1), True
        match = _AUTHOR.match(part)
        if match:
            authors.append((match.group("family").strip(), match.group("initials")))
        elif _GROUP.search(part) and not authors:
            authors.append((part, ""))
        else:
            return [], False
    return authors, et_al


def expand_pages(pages: str) -> str:
    """Vancouver abbreviates page ranges (``100-10``); BibTeX wants ``100--110``."""
    pages = re.sub(r"\s+", "", pages).replace("\u2013", "-")
    if "-" not in pages:
        return pages
    first, last = pages.split("-", 1)
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}--{last}"


@dataclass(frozen=True)
class WebSource:
    """A web page as a draft lists it: "Mind. About depression. https://…" or
    "Mayo Clinic Staff. Depression. Mayo Clinic. 2022. https://…"."""

    #: (family, given) per author; an organisation has an empty given name
    authors: tuple[tuple[str, str], ...]
    title: str
    url: str
    #: the site's name when it is not the author ("Mayo Clinic"), else ""
    publisher: str = ""
    year: str = ""


_WEB_URL = re.compile(r"https?://[^\s<>\[\]()\"]{1,500}", re.IGNORECASE)
#: a page's date part: "2022", "2022 Mar 5", "Updated 5 March 2022", "(2022)"
_WEB_YEAR = re.compile(
    r"^\(?(?:(?:last\s+)?(?:updated|reviewed|published)(?:\s+on)?:?\s+)?"
    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\s+)?(?P<year>(?:19|20)\d{2})"
    r"(?:\s+[A-Za-z]{3,9}(?:\s+\d{1,2})?)?\)?$",
    re.IGNORECASE,
)
#: "[cited 2026 Nov 1]", "Accessed 1 November 2026": when the writer read it
_WEB_CITED = re.compile(r"^\[?\s*(?:cited|accessed|retrieved)\b", re.IGNORECASE)


#: an organisation's name: capitalised words ("Mayo Clinic Staff", "NHS", "National
#: Institute for Health and Care Excellence"), not a sentence ("A charity's leaflet")
_ORGANISATION = re.compile(
    r"^(?!(?:A|An|This|My|Our)\s)[A-Z][\w&'\u2019-]*"
    r"(?:\s(?:(?:of|for|and|the|on|in|&|de|la)\s)*[A-Z0-9][\w&'\u2019-]*){0,7}$"
)


def parse_web_source(text: str) -> WebSource | str:
    """*text* as a web page's reference, or what is missing for one (in words).

    The parts before the address, each ending with a full stop, are read in
    Citing Medicine's order: who wrote it (people as "Smith JA, Brown L", else an
    organisation), the title, then the site's name and the year, both optional."""
    plain = re.sub(
        r"^\s*(?:\[\d+\]|\d+[.)]|[-*+\u2022])\s*", "", unlinked(" ".join(text.split()))
    )
    urls = [u.rstrip(".,;") for u in _WEB_URL.findall(plain)]
    if len(urls) != 1 or re.search(r"doi\.org|pubmed\.", urls[0], re.IGNORECASE):
        return "not one web address"
    before = _WEB_URL.sub(" ", plain)
    before = re.sub(r"(?:Available (?:from|at)|URL)\s*:?\s*$", "", before.strip())
    parts = [
        p.strip(" .")
        for p in re.split(r"(?<=[.?!])\s+", before.strip())
        if p.strip(" .:")
    ]
    parts = [p for p in parts if not _WEB_CITED.match(p)]
    year = ""
    for part in reversed(parts):
        found = _WEB_YEAR.match(part)
        if found:
            year = found.group("year")
            parts.remove(part)
            break
    if len(parts) < 2:
        return (
            "a web page needs who wrote it (an organisation or people) and its "
            "title, each ending with a full stop, before its address"
        )
    people, _ = _authors(parts[0])
    if not people and not _ORGANISATION.match(parts[0]):
        return (
            f"'{parts[0]}' is not who wrote it: start with the organisation or the "
            "authors ('Smith JA, Brown L')"
        )
    authors = tuple(people) if people else ((parts[0], ""),)
    return WebSource(
        authors=authors,
        title=parts[1],
        url=urls[0],
        publisher=" ".join(parts[2:3]),
        year=year,
    )
