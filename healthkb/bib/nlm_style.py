"""Vancouver (NLM, *Citing Medicine*) references as a pybtex formatting style.

sphinxcontrib-bibtex formats every entry through a pybtex style plugin; this one is
registered as ``vancouver`` (entry point in ``pyproject.toml``, and at extension
set-up). It is pure formatting: it never raises on a missing field (the bibliography
checks report those), so a half-finished entry still renders.

What it produces, per NLM with the choices the site made (entries are first read
through :func:`healthkb.bib.fields.normalised`, so BibLaTeX and exporters' fields
count too):

- authors: surname and initials without dots (``Rush AJ``, ``Sterne JAC`` from
  ``Jonathan A.C.``, ``Higgins JPT`` from ``Julian PT``); the first six, then
  ``et al.``; BibTeX's ``and others`` also gives ``et al.``; an organisation in
  braces, or recognised by its words (``World Health Organization``), whole;
- titles in sentence case keeping acronyms and names (see
  :mod:`healthkb.bib.title_case`); journal names exactly as written in the entry (no
  invented abbreviations);
- ``Journal. 2026 Sep;29(1):pyaf080.`` (books, chapters, proceedings and theses by
  year alone) then ``doi:…`` (a doi.org link), ``PMID: …``
  (a PubMed link) and, for web pages, ``Available from: URL``; no period after a
  final link, so it cannot be copied into the link;
- web pages (``@misc``/``@online`` with a URL) get ``[Internet]`` and ``[cited …]``;
  preprints (``@unpublished``, ``pubstate``, a preprint server as journal or
  publisher, or its DOI prefix) get ``[Preprint]`` and the server; chapters
  ``In: Editor A, editors. Book.``; reports ``Place: Institution; Year. Report No.:``;
  theses ``[dissertation]. Place: School; Year.``;
- a ``retraction`` field (the notice's DOI) gives ``Retraction in: doi:…``;
- the ``note`` an editor writes for readers follows as ``Note: …`` (reference
  managers' "Key: value" lines in it are left out).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pybtex.richtext import HRef, Text
from pybtex.style import FormattedEntry
from pybtex.style.formatting import BaseStyle, toplevel
from pybtex.style.labels.number import LabelStyle as NumberLabelStyle
from pybtex.style.names.plain import NameStyle as PlainNameStyle
from pybtex.style.sorting.none import SortingStyle as NoSortingStyle
from pybtex.style.template import (
    FieldIsMissing,
    field,
    first_of,
    join,
    node,
    optional,
    sentence,
)

from healthkb.bib.fields import (
    ACCESSED_WORDS,
    month_abbreviation,
    normalised,
    reader_note,
)
from healthkb.bib.journal_capitals import journal_from_capitals
from healthkb.bib.latex_text import text_from_latex
from healthkb.bib.name_titles import person_without_titles
from healthkb.bib.organisation_words import names_an_organisation
from healthkb.bib.title_case import sentence_case
from healthkb.rules.source_rules import (
    PREPRINT_SERVERS,
    SERVER_FULL_NAMES,
    looks_like_organisation,
    name_is_preprint_server,
    organisation_parts,
    posted_preprint,
    preprint_server,
)

if TYPE_CHECKING:
    from pybtex.database import Entry, Person

MAX_AUTHORS = 6
_MONTH_NAMES = (
    "January February March April May June July August September October November "
    "December"
)
_MONTHS = {name: name[:3] for name in _MONTH_NAMES.split()}  # noqa: SIM905
#: ``1905--1917``, ``e374--381``, ``S39-S46`` (a letter before both numbers or the first)
_PAGE_RANGE = re.compile(r"^([A-Za-z]?)(\d+)\s*[-\u2013\u2014]+\s*([A-Za-z]?)(\d+)$")
#: the escapes exporters put in URLs (Zotero: ``\_``, ``\%``, ``\&``, ``\#``)
_URL_ESCAPE = re.compile(r"\\([_%&#~$])")
#: a web address is never LaTeX: ``---`` in it is three hyphens, not a dash
_URL_COMMAND = re.compile(r"^\s*\\url\s*")
#: abbreviations that end a publisher's name with their own period
_KEEPS_PERIOD = re.compile(r"(?:\b(?:Inc|Ltd|Co|Corp|Pty|Pvt|St|Jr)|\b[A-Z]\.[A-Z])\.$")


def latex_text(latex: str) -> Text:
    """Decoded BibTeX text; text LaTeX cannot decode (a stray ``\\``) is shown
    without its commands rather than crashing the page (the checks report it)."""
    try:
        return text_from_latex(latex)
    except (UnicodeDecodeError, ValueError, IndexError):
        return Text(re.sub(r"\\[A-Za-z]*|[{}\\]", "", latex))


def raw_url(value: str) -> str:
    """A URL field as written: without ``\\url{}``, braces and exporters' escapes,
    and never LaTeX-decoded (``pdf---osduhs`` must not become a dash)."""
    text = _URL_COMMAND.sub("", value).replace("{", "").replace("}", "")
    return _URL_ESCAPE.sub(r"\1", text).strip()


def _plain(latex: str) -> str:
    """BibTeX text without braces and with accents decoded."""
    # str(), not render_as("text"): that looks the text backend up as a plugin each time
    return str(latex_text(latex))


def _initials(given: list[str], surname_in_capitals: bool = True) -> str:
    """The initials of *given*; beside a surname not in capitals a run of up to
    four capitals is initials (Web of Science's "Marques, GRAM")."""
    longest = 3 if surname_in_capitals else 4
    initials = []
    for name in given:
        # every hyphen: Wiley writes "Xiao‐Hua" with U+2010
        for part in re.split(r"[-\u2010\u2011\u2013.\s]+", _plain(name)):
            letters = "".join(ch for ch in part if ch.isalpha())
            if 2 <= len(letters) <= longest and letters.isupper():
                initials.append(letters)  # "PT" in "Higgins, Julian PT"
            elif letters:
                initials.append(letters[0].upper())
    return "".join(initials)


#: a generation written after a surname (NLM prints it after the initials)
_LINEAGE = re.compile(r"Jr\.?|Sr\.?|II|III|IV|2nd|3rd|[4-9]th")
#: Citing Medicine turns a generation's roman numeral into an ordinal (III -> 3rd)
_ORDINAL_LINEAGE = {"ii": "2nd", "iii": "3rd", "iv": "4th", "jr": "Jr", "sr": "Sr"}


def person_name(person: Person) -> str:
    """``Conway CR``; an organisation (braced, or recognised) as written."""
    if looks_like_organisation(person):
        name = " ".join(_plain(part) for part in organisation_parts(person))
        # Citing Medicine (Box 7, organizations as author): omit "The" before
        # an organization's name ("The Open Science Collaboration"), also typed
        # in lower case in a byline ("... and the COVerAGE-DB team")
        return re.sub(r"^[Tt]he\s+(?=\S)", "", name).strip(" ,")
    words = [_plain(part) for part in person.prelast_names + person.last_names]
    if (
        not (person.first_names or person.middle_names)
        and len(words) > 1
        and words[0] in ("the", "The")
        and names_an_organisation(" ".join(words[1:]))
    ):
        # "... and the COVerAGE-DB team": BibTeX reads the lower-case "the" as a
        # particle of a one-part name; the group's name is the rest
        return " ".join(words[1:])
    person = person_without_titles(person)
    surname = " ".join(
        _plain(part) for part in person.prelast_names + person.last_names
    )
    shouted = surname.isupper() or not surname
    if surname.isupper() and person.first_names + person.middle_names:
        # TeXMed and PubMed's old records write surnames in capitals: NLM does not
        surname = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), surname)
    lineages = [_plain(part).removesuffix(".") for part in person.lineage_names]
    # "Mihm Jr, Martin C": Google Scholar and others put the lineage in the surname
    written = surname.rsplit(" ", 1)
    if not lineages and len(written) == 2 and _LINEAGE.fullmatch(written[1]):
        surname, lineages = written[0], [written[1].removesuffix(".")]
    given = person.first_names + person.middle_names
    # "Fricker, Ronald D., Jr.": given names before the lineage, which BibTeX then
    # reads the other way round (first "Jr.", lineage "Ronald D.")
    if (
        len(given) == 1
        and _LINEAGE.fullmatch(_plain(given[0]))
        and lineages
        and not any(_LINEAGE.fullmatch(part) for part in lineages)
    ):
        given, lineages = list(person.lineage_names), [_plain(given[0])]
    # "Davis, John C Jr": the lineage at the end of the given names (BibDesk, EndNote)
    if not lineages and len(given) > 1 and _LINEAGE.fullmatch(_plain(given[-1])):
        given, lineages = given[:-1], [_plain(given[-1]).removesuffix(".")]
    initials = _initials(given, shouted)
    # NLM: "Smith JA Jr", "Smith JA 3rd" (no period)
    lineage = " ".join(
        _ORDINAL_LINEAGE.get(part.removesuffix(".").lower(), part.removesuffix("."))
        for part in lineages
    )
    return " ".join(part for part in (surname, initials, lineage) if part)


def is_others(person: Person) -> bool:
    return str(person) == "others"


def author_list(persons: list[Person]) -> str:
    """Up to six names, then ``et al.`` (also for BibTeX's ``and others``)."""
    named = [p for p in persons if not is_others(p)]
    names = [person_name(p) for p in named[:MAX_AUTHORS]]
    if len(named) > MAX_AUTHORS or len(named) < len(persons):
        names.append("et al.")
    return ", ".join(names)


@node
def authors(children: list[Any], context: dict[str, Any]) -> Text:
    """The authors, else the editors (``, editors``), else the organization field."""
    entry: Entry = context["entry"]
    if entry.persons.get("author"):
        return Text(author_list(entry.persons["author"]))
    if entry.persons.get("editor"):
        editors = entry.persons["editor"]
        suffix = "editor" if len(editors) == 1 else "editors"
        return Text(f"{author_list(editors)}, {suffix}")
    if "organization" in entry.fields:
        return latex_text(entry.fields["organization"])
    raise FieldIsMissing("author", entry)


@node
def book_editors(
    children: list[Any], context: dict[str, Any], unless_authors: bool = False
) -> Text:
    """``Smith J, Jones A, editors.`` for a chapter's book, or a book's editors
    after its authors (*unless_authors*: not when they are the same people, as
    Mendeley writes a book's authors again as its editors)."""
    entry: Entry = context["entry"]
    editors = entry.persons.get("editor")
    if not editors or not entry.persons.get("author"):
        raise FieldIsMissing("editor", entry)
    if unless_authors and _surnames(editors) == _surnames(entry.persons["author"]):
        raise FieldIsMissing("editor", entry)
    suffix = "editor" if len(editors) == 1 else "editors"
    return Text(f"{author_list(editors)}, {suffix}.")


@node
def book_part(children: list[Any], context: dict[str, Any]) -> Text:
    """``Chapter 3, Methods; p. 33-45`` from ``chapter`` and ``pages``."""
    entry: Entry = context["entry"]
    chapter = _plain(entry.fields.get("chapter", "")).strip().rstrip(".")
    if chapter.isdigit():
        chapter = f"Chapter {chapter}"
    # "Chapter 3: Methods" -> "Chapter 3, Methods", as Citing Medicine writes it
    chapter = re.sub(r"^((?:Chapter|Chap\.?)\s+\w+)\s*[:.-]\s+", r"\1, ", chapter)
    parts = [chapter] if chapter else []
    if _plain(entry.fields.get("pages", "")).strip():
        parts.append(str(Text("p. ", pages().format_data(context))))
    if not parts:
        raise FieldIsMissing("chapter", entry)
    return Text("; ".join(parts))


def _surnames(persons: list[Person]) -> list[str]:
    return [_plain(" ".join(p.last_names)).casefold() for p in persons]


#: Citing Medicine dates books, chapters, proceedings and theses by year alone
_YEAR_ONLY = frozenset(
    [
        "book",
        "incollection",
        "inbook",
        "inproceedings",
        "phdthesis",
        "mastersthesis",
        "manual",
    ]
)


#: the year field saying there is none: "n.d.", "nd", "no date", "s.d.", "undated"
_NO_DATE = re.compile(r"^\(?(?:n\.?\s?d\.?|no date|s\.?\s?d\.?|undated)\)?$", re.I)


@node
def date(children: list[Any], context: dict[str, Any]) -> Text:
    """``2024 Dec`` (year, then the month abbreviated as NLM does); books and the
    like by year alone."""
    entry: Entry = context["entry"]
    if "year" not in entry.fields:
        raise FieldIsMissing("year", entry)
    month = month_abbreviation(_plain(entry.fields.get("month", "")))
    if entry.type in _YEAR_ONLY:
        month = ""
    day = _plain(entry.fields.get("day", "")).strip()
    # a preprint is dated by the day it was posted (Citing Medicine), when given
    dated = (
        entry.type == "article"
        # a report dated to the day (a briefing, a news release): Citing
        # Medicine gives the day it carries
        or entry.type in ("techreport", "report")
        or (entry.type in ("misc", "unpublished") and "url" in entry.fields)
        or posted_preprint(entry)
    )
    if dated and month in _MONTHS.values() and day.isdigit():
        # Citing Medicine gives a journal article's or a web page's day when it
        # has one: 2016 Aug 9
        month = f"{month} {day}"
    # "2020a": an author-year style's letter, which a numbered list has no use for
    year = re.sub(r"^(\d{4})[a-z]$", r"\1", _plain(entry.fields["year"]).strip())
    if _NO_DATE.match(year):
        # "n.d." typed as the year: no date, which Citing Medicine says in its words
        raise FieldIsMissing("year", entry)
    # Citing Medicine: an accepted paper not yet published is "Forthcoming 2024"
    state = _plain(entry.fields.get("pubstate", "")).strip().lower()
    forthcoming = "Forthcoming" if state in ("inpress", "forthcoming") else ""
    return Text(" ".join(part for part in (forthcoming, year, month) if part))


def _required(entry: Entry, name: str) -> str:
    """The field's plain text; a missing or empty field leaves its part out."""
    text = _plain(entry.fields.get(name, "")).strip()
    if not text:
        raise FieldIsMissing(name, entry)
    return text


#: a day written with its month's name, after an "Accessed:" a manager kept
_WRITTEN_DAY = re.compile(
    r"^(?:" + ACCESSED_WORDS + r")?(?:(?P<day1>\d{1,2})\s+(?P<name1>[A-Za-z]{3,9})\.?"
    r"|(?P<name2>[A-Za-z]{3,9})\.?\s+(?P<day2>\d{1,2}),?)\s+(?P<year>\d{4})\.?$",
    re.I,
)


@node
def cited(children: list[Any], context: dict[str, Any]) -> Text:
    """``[cited 2026 Nov 1]``: when a web page was read (``urldate``, YYYY-MM-DD)."""
    raw = _required(context["entry"], "urldate")
    months = list(_MONTHS.values())
    year = month = day = ""
    if match := re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+Z-]*)?$", raw):
        year, month, day = match.groups()
    elif match := re.match(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$", raw):
        # Citavi's and German usage: 19.05.2022 is day, month, year
        day, month, year = match.groups()
    elif match := _WRITTEN_DAY.match(raw):
        # "Accessed: 1 July 2025", "July 1, 2025": the day in words and figures
        day = match["day1"] or match["day2"]
        short = month_abbreviation(match["name1"] or match["name2"])
        if short in months:  # "1 Jully 2025" stays as written
            year, month = match["year"], str(months.index(short) + 1)
    if year and month and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
        raw = f"{year} {months[int(month) - 1]} {int(day)}"
    return Text(f"[cited {raw}]")


@node
def pages(children: list[Any], context: dict[str, Any]) -> Text:
    """``1905-17``: NLM drops the leading digits a page range repeats."""
    entry: Entry = context["entry"]
    if "pages" not in entry.fields:
        raise FieldIsMissing("pages", entry)
    text = _plain(entry.fields["pages"]).strip()
    match = _PAGE_RANGE.match(text)
    if not match or match.group(3) not in ("", match.group(1)):
        return Text(re.sub(r"[\u2013\u2014]", "-", text))
    prefix, first, _, last = match.groups()
    if first == last:
        # ``e203717--e203717``: Google Scholar repeats an article number as a range
        return Text(f"{prefix}{first}")
    if len(first) == len(last):
        common = 0
        while common < len(last) - 1 and first[common] == last[common]:
            common += 1
        last = last[common:]
    return Text(f"{prefix}{first}-{last}")


@node
def article_number(children: list[Any], context: dict[str, Any]) -> Text:
    """A preprint's ``pages`` when it is one number (bioRxiv's article number)."""
    text = _required(context["entry"], "pages")
    # bioRxiv's numbers have six digits; a short number is a page count
    if not text.isdigit() or len(text) < 5:
        raise FieldIsMissing("pages", context["entry"])
    return Text(text)


@node
def page_count(children: list[Any], context: dict[str, Any]) -> Text:
    """``61 p.``: a report's or book's ``pages`` that is a number of pages (not
    the report's number repeated, as Zotero does); a range is the pages the work
    fills in its series' issue (MMWR's "p. 1-11")."""
    entry: Entry = context["entry"]
    text = _required(entry, "pages")
    if _PAGE_RANGE.match(text):
        return Text("p. ", pages.f(children, context))
    if not text.isdigit() or text == _plain(entry.fields.get("number", "")).strip():
        raise FieldIsMissing("pages", entry)
    return Text(f"{text} p")


def _plain_count(entry: Entry) -> bool:
    return _plain(entry.fields.get("pages", "")).strip().isdigit()


#: DOI prefixes of data repositories (Zenodo, figshare, Dryad, Mendeley Data,
#: Harvard Dataverse, PhysioNet, OSF, the UCI Machine Learning Repository)
_DATA_DOI = re.compile(r"^10\.(?:5281|6084|5061|17632|7910|5683|13026|17605|24432)/")
_DATA_PUBLISHERS = frozenset(
    ["zenodo", "figshare", "dryad", "mendeley data", "harvard dataverse", "physionet",
     "borealis", "uci machine learning repository", "kaggle"]
)  # fmt: skip


def _data_deposit(entry: Entry) -> bool:
    """Is *entry* a data set or software release deposited online (``@dataset``,
    or a repository's DOI or name as publisher): Citing Medicine's "[Internet]"?"""
    if entry.type == "dataset" or entry.fields.get("unf", "").strip():
        # Dataverse's export gives its Universal Numerical Fingerprint (``UNF``)
        return True
    if entry.type not in ("misc", "online", "electronic", "www", "software"):
        # an R manual is a program; a release of software deposited there (Zenodo's
        # own @software export) is read online, as every set's writers print it
        return False
    doi = _plain(entry.fields.get("doi", "")).strip().lower()
    publisher = _plain(entry.fields.get("publisher", "")).strip().lower()
    return bool(_DATA_DOI.match(doi)) or publisher in _DATA_PUBLISHERS


def _volume_supplement(entry: Entry) -> bool:
    """Is the entry's number a supplement of its volume ("Suppl 1"), which
    Citing Medicine prints after the volume without brackets?"""
    number = _plain(entry.fields.get("number", "")).strip()
    return "volume" in entry.fields and bool(re.fullmatch(r"Suppl(?: \w+)?", number))


@node
def report_number(children: list[Any], context: dict[str, Any]) -> Text:
    """The number as given, without the parentheses some exporters put round it."""
    text = _required(context["entry"], "number")
    return Text(re.sub(r"^\((.*)\)$", r"\1", text).strip())


#: ISO 639-2 bibliographic codes that differ from the terminology ones Babel knows
_B_CODES = {"fre": "fr", "ger": "de", "dut": "nl", "chi": "zh", "cze": "cs",
            "gre": "el", "per": "fa", "rum": "ro", "slo": "sk", "wel": "cy"}  # fmt: skip


@node
def language(children: list[Any], context: dict[str, Any]) -> Text:
    """``French``: the language of an article whose title is given translated, in
    square brackets (PubMed's and Citing Medicine's convention)."""
    entry: Entry = context["entry"]
    title = _plain(entry.fields.get("title", "")).strip()
    code = _required(entry, "language" if "language" in entry.fields else "langid")
    if not title.startswith("["):
        raise FieldIsMissing("language", entry)
    name = _language_name(code)
    if not name or name == "English":
        raise FieldIsMissing("language", entry)
    return Text(name)


def _language_name(code: str) -> str:
    code = code.strip().lower()
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:
        return code.capitalize() if len(code) > 3 else ""
    names = Locale("en").languages
    found = names.get(_B_CODES.get(code, code))
    if found:
        return found
    by_name = {name.lower(): name for name in names.values()}
    try:
        return by_name.get(code, "")
    except UnknownLocaleError:  # pragma: no cover - Locale("en") always exists
        return ""


@node
def version(children: list[Any], context: dict[str, Any]) -> Text:
    """``Version 1``, ``Version V1``: a dataset's or software's version as its
    producer labels it (Dataverse's ``V1``, GitHub's ``v3.5.1``: two collectors
    print the label so); the word "Version" is not repeated."""
    text = _required(context["entry"], "version")
    return Text("Version " + re.sub(r"^version\b\s*", "", text, flags=re.I))


@node
def _journal(children: list[Any], context: dict[str, Any]) -> Text:
    """The journal as written, but an abbreviation without its periods, as NLM
    writes it: ``J. Clin. Epidemiol.`` is ``J Clin Epidemiol``."""
    entry: Entry = context["entry"]
    name = _required(entry, "journal")
    undotted = undotted_abbreviation(journal_from_capitals(name))
    if undotted:
        return Text(undotted)
    if (cased := journal_from_capitals(name)) != name:
        return Text(cased)
    return latex_text(entry.fields["journal"])


def undotted_abbreviation(name: str) -> str:
    """``J Clin Epidemiol`` for ``J. Clin. Epidemiol.``, ``Proc SPIE`` for
    ``Proc.SPIE``, ``Front Public Health`` for ``Front. Public Health``; "" when
    *name* has no word ending in a period. Citing Medicine writes abbreviated
    journal words without periods, so one dotted word is enough (blind5's writer
    kept ``Nat. Methods``; README "Conventions" has the decision)."""
    # "Proc.SPIE": a period with no space after it can only end an abbreviation
    glued = re.compile(r"\b([A-Z][a-z]+\.)(?=[A-Z])")
    words = glued.sub(r"\1 ", name).split()
    # "MMWR. Morbidity and ...": an acronym's period ends a title, not an abbreviation
    # "... Statistical Society. Series A", "... Society B. Part C": that period ends
    # the journal's name before its series, it abbreviates nothing
    series = {i for i, w in enumerate(words[1:]) if w in ("Series", "Part", "Section")}
    dotted = [
        w
        for i, w in enumerate(words)
        if re.fullmatch(r"[^\W\d_]+\.", w)
        and not (len(w) > 2 and w[:-1].isupper())
        and i not in series
    ]
    if dotted:
        first = words.index(dotted[0])
        # "The Lancet. Digital health", "Pacific Symposium on Biocomputing. Pacific
        # ...": NLM's abbreviations drop "the" and small words, so a name with
        # them before its period is written out and the period ends a part
        if words[0] == "The" or any(w in _SMALL_JOURNAL_WORDS for w in words[:first]):
            return ""
        # "Mutation Research. Reviews in Mutation Research": one period, and the
        # small words after it are a written-out part's, not an abbreviation's
        if (
            len(dotted) == 1
            and first >= 1
            and any(w in _SMALL_JOURNAL_WORDS for w in words[first + 1 :])
        ):
            return ""
        return " ".join(w.removesuffix(".") if w in dotted else w for w in words)
    return ""


_SMALL_JOURNAL_WORDS = frozenset(["of", "on", "and", "for", "in", "the", "&"])


def _https_link(url: str, text: str) -> Text:
    # Only web links become links; anything else is shown as text, never followed.
    if url.lower().startswith(("https://", "http://")):
        return Text(HRef(url, text))
    return Text(text)


@node
def ending(
    children: list[Any], context: dict[str, Any], show_url: bool = False
) -> Text:
    """DOI, PMID, URL (web sources) as links, then the note; no period after a link."""
    entry: Entry = context["entry"]
    fields = entry.fields
    parts: list[Text] = []
    if fields.get("url") and show_url:
        url = raw_url(fields["url"])
        parts.append(Text("Available from: ", _https_link(url, url)))
    if fields.get("doi"):
        doi = _plain(fields["doi"]).strip()
        parts.append(
            _https_link(
                f"https://doi.org/{quote(doi, safe='/:;()._-<>')}", f"doi:{doi}"
            )
        )
    if fields.get("pmid"):
        pmid = _plain(fields["pmid"]).strip()
        parts.append(
            _https_link(
                f"https://pubmed.ncbi.nlm.nih.gov/{quote(pmid)}/", f"PMID: {pmid}"
            )
        )
    if fields.get("url") and not show_url and not parts:
        url = raw_url(fields["url"])
        parts.append(Text("Available from: ", _https_link(url, url)))
    retraction = _plain(fields.get("retraction", "")).strip()
    if retraction:
        # Citing Medicine: "Retraction in: ..."; readers must not miss it
        parts.append(
            Text(
                "Retraction in: ",
                _https_link(
                    f"https://doi.org/{quote(retraction, safe='/:;()._-<>')}",
                    f"doi:{retraction}",
                ),
            )
        )
    note = reader_note(fields.get("note", ""))
    if note:
        parts.append(Text("Note: ", latex_text(note)).add_period())
    return Text(". ").join(parts)


def _author_names(entry: Entry) -> frozenset[str]:
    """Organisations among the authors ("Apple", "UK Biobank", "World Health
    Organization"): in the title they are the same name."""
    names = set()
    for person in entry.persons.get("author", []):
        parts = person.first_names + person.middle_names + person.last_names
        if len(parts) == 1 and not person.prelast_names:
            word = _plain(parts[0]).strip()
            if len(word) > 1 and word[:1].isupper():
                names.add(word)
        elif looks_like_organisation(person):
            names.add(" ".join(_plain(p) for p in organisation_parts(person)))
    return frozenset(names)


def _author_surnames(entry: Entry) -> frozenset[str]:
    """The authors' family names as plain words ("Mullen", "Beck")."""
    return frozenset(
        _plain(word).strip()
        for person in entry.persons.get("author", [])
        for word in person.last_names
        if _plain(word).strip()[:1].isupper()
    )


@node
def _title_field(
    children: list[Any], context: dict[str, Any], before_mark: bool = False
) -> Text:
    entry: Entry = context["entry"]
    if not entry.fields.get("title", "").strip():
        raise FieldIsMissing("title", entry)
    title = sentence_case(
        latex_text(entry.fields["title"]), _author_names(entry), _author_surnames(entry)
    )
    # "... when exposure is infrequent:": a colon, semicolon or comma left where
    # an exporter cut the subtitle off ends nothing, so the title's period follows
    title = _DANGLING.sub("", title)
    if before_mark and not _KEEPS_PERIOD.search(title.rstrip()):
        # "Survey (OSDUHS). [Internet]": the exporter's final period goes, not
        # an abbreviation's ("in the U.S. [Internet]")
        title = title.rstrip().removesuffix(".")
    return Text(title)


_DANGLING = re.compile(r"\s*[:;,]\s*$")


@node
def _book_title(children: list[Any], context: dict[str, Any]) -> Text:
    entry: Entry = context["entry"]
    if not entry.fields.get("booktitle", "").strip():
        raise FieldIsMissing("booktitle", entry)
    title = latex_text(entry.fields["booktitle"])
    if entry.type == "inproceedings":
        # a conference's name is a proper noun, printed as the paper gives it
        # ("Proc. ICLR", "Proc. Int'l Conf. on ..."); a series glued to its
        # abbreviation ("Proc.SPIE") or a journal's abbreviation given as the
        # book ("J. Clin. Epidemiol.") is written as NLM writes journals
        name = str(title)
        if _GLUED_ABBREVIATION.search(name) or not _NAMES_A_MEETING.search(name):
            return Text(undotted_abbreviation(name) or name) if "." in name else title
        return title
    return Text(sentence_case(title))


#: "Proc.SPIE": a period with no space after it can only end an abbreviation
_GLUED_ABBREVIATION = re.compile(r"\b[A-Z][a-z]+\.(?=[A-Z])")
#: a meeting's name: its words ("Proc.", "Conf.", "Symp.") or an acronym ("ICLR")
_NAMES_A_MEETING = re.compile(
    r"(?i:\b(?:proc|proceedings|conf|conference|symp|symposium|workshop|meeting|"
    r"congress|int'l)\b)|\b[A-Z]{2,}\b"
)


#: an edition written in another language: a number, its ordinal mark, the word
_OTHER_EDITION = re.compile(
    r"^(\d+)\s*(?:\.|e|[ªº]|:[ae])?\s*(?:udg(?:ave)?|utg(?:ave|åva)?|uppl(?:agan?)?|"
    r"aufl(?:age)?|[ée]d(?:ition|ición|izione)?|uitg(?:ave)?|druk|painos|"
    r"wyd(?:anie)?|edi[çc][ãa]o)\.?$",
    re.IGNORECASE,
)


@node
def edition(children: list[Any], context: dict[str, Any]) -> Text:
    """``2nd ed`` for ``2nd``/``2``/``Second``; ``Version 6.4`` as written."""
    text = _required(context["entry"], "edition")
    ordinals = {
        "first": "1st",
        "second": "2nd",
        "third": "3rd",
        "fourth": "4th",
        "fifth": "5th",
        "sixth": "6th",
        "seventh": "7th",
        "eighth": "8th",
    }
    # "2nd edition", "2nd ed.", "Second Edition": the ordinal is the edition
    text = re.sub(r"\s+(?:edition|edn|ed)\.?$", "", text, flags=re.IGNORECASE)
    # "6. udgave", "3. Auflage", "2e édition", "2ª edición": the number is the
    # edition, which Citing Medicine gives in English
    if found := _OTHER_EDITION.match(text):
        text = found.group(1)
    text = ordinals.get(text.lower(), text)
    if text.isdigit():
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(int(text) % 10, "th")
        text += "th" if 10 <= int(text) % 100 <= 20 else suffix
    if text == "1st":
        # Citing Medicine gives an edition only from the second on
        raise FieldIsMissing("edition", context["entry"])
    if re.fullmatch(r"\d+(st|nd|rd|th)", text):
        return Text(f"{text} ed")
    return Text(text[:1].upper() + text[1:])


def _title(mark: str = "") -> Any:
    if mark:
        return sentence[join(sep=" ")[_title_field(before_mark=True), mark]]
    return sentence[_title_field]


def _first_field(*names: str) -> Any:
    @node
    def first_field(children: list[Any], context: dict[str, Any]) -> Text:
        entry: Entry = context["entry"]
        for name in names:
            if entry.fields.get(name):
                text = latex_text(entry.fields[name])
                plain = str(text).rstrip()
                if plain.endswith(".") and not _KEEPS_PERIOD.search(plain):
                    # "Toronto, ON.; 2020": the part's own separator follows
                    return Text(plain[:-1])
                return text
        raise FieldIsMissing(names[0], entry)

    return first_field


@node
def _server(children: list[Any], context: dict[str, Any]) -> Text:
    """Where a preprint was posted: the entry's journal/publisher, else the server
    its URL or DOI names (Zotero files medRxiv papers under their subject)."""
    entry: Entry = context["entry"]
    for name in ("journal", "institution", "publisher", "howpublished"):
        # the field that names a server says where it was posted ("PeerJ
        # Preprints" beside its publisher "PeerJ Inc.")
        value = _plain(entry.fields.get(name, "")).strip()
        # a server's own name ("MedRxiv" as the journal) before a publisher's
        # "Cold Spring Harbor Laboratory Preprints"
        named_server = (
            value.casefold() in PREPRINT_SERVERS - _SERVER_PUBLISHERS
            or name_is_preprint_server(value)
        )
        if value and named_server and ":" not in value:
            return Text(SERVER_FULL_NAMES.get(value.casefold(), value))
    try:
        named = _SERVER_FIELDS.format_data(context)
    except FieldIsMissing:
        named = None
    # Crossref names the publisher (openRxiv, formerly Cold Spring Harbor
    # Laboratory), not the server: the DOI or URL says which server it is
    if named is not None and str(named).strip().lower() not in _SERVER_PUBLISHERS:
        # BibLaTeX's ``eprinttype = {arxiv}`` is an identifier, not a name: the
        # server as it spells itself (a journal typed "MedRxiv" stays as given)
        typed = str(named).strip()
        spelt = _SERVER_SPELLINGS.get(typed) if typed.islower() else None
        return Text(spelt) if spelt else named
    server = preprint_server(entry.fields)
    if not server and named is not None:
        doi = _plain(entry.fields.get("doi", "")).strip()
        server = "bioRxiv" if doi.startswith("10.1101/") else str(named)
    if not server:
        raise FieldIsMissing("journal", entry)
    return Text(server)


#: preprint servers as they spell their names, by their identifiers
_SERVER_SPELLINGS = {
    name.casefold(): name
    for name in ("medRxiv", "bioRxiv", "arXiv", "PsyArXiv", "SocArXiv", "ChemRxiv")
}
#: publishers of preprint servers, not servers
_SERVER_PUBLISHERS = frozenset(
    ["openrxiv", "cold spring harbor laboratory", "research square platform llc"]
)


_PUBLISHER = _first_field("publisher", "organization", "institution", "howpublished")
#: a report is published by its institution (Google Scholar adds the database's
#: host as publisher: "bepress")
_REPORT_PUBLISHER = _first_field(
    "institution", "publisher", "organization", "howpublished"
)
#: Zotero files a journal's web page with ``journal``: the site's publisher
_MISC_PUBLISHER = _first_field(
    "publisher", "organization", "institution", "howpublished", "journal"
)
_SCHOOL = _first_field("school", "institution", "publisher")
_SERVER_FIELDS = _first_field(
    "journal", "publisher", "eprinttype", "archiveprefix", "howpublished"
)
_SERVER = _server


#: Citing Medicine: a work whose date cannot be found is "[date unknown]"
_DATE_OR_UNKNOWN = first_of[optional[date], "[date unknown]"]
#: where a work was published; an entry with none of them (a title and authors
#: only, blind3's bhatt) is too bare to say its date is unknown
_WHERE = ("journal", "publisher", "institution", "organization", "school", "booktitle")


def _when(e: Entry) -> Any:
    return _DATE_OR_UNKNOWN if _has_any(e, *_WHERE) else optional[date]


#: digital libraries whose pages are a book's reading copy; a catalogue record
#: (lccn.loc.gov, WorldCat) or a PDF is where to find the book, not the book online
_READING_COPY = re.compile(
    r"^https?://(?:www\.)?(?:archive\.org/details/|books\.google\.|"
    r"(?:babel\.)?hathitrust\.org/|gutenberg\.org/|ncbi\.nlm\.nih\.gov/books/)",
    re.IGNORECASE,
)


def _read_online(entry: Entry) -> bool:
    """Read in a digital library on a given day, with no DOI or PMID to lead to it."""
    return (
        bool(_READING_COPY.match(raw_url(entry.fields.get("url", ""))))
        and _has_any(entry, "urldate")
        and not _has_any(entry, "doi", "pmid")
    )


def _has_any(entry: Entry, *names: str) -> bool:
    return any(str(entry.fields.get(name, "")).strip() for name in names)


class VancouverStyle(BaseStyle):
    """NLM/Vancouver references (see the module docstring for the rules)."""

    # Classes, not names: pybtex then skips an entry-point look-up for each, and
    # sphinxcontrib-bibtex makes a new style object for every citation.
    default_name_style = PlainNameStyle
    default_label_style = NumberLabelStyle
    default_sorting_style = NoSortingStyle

    def format_entry(self, label: str, entry: Entry, bib_data: Any = None) -> Any:
        parents = None
        if bib_data is not None and getattr(bib_data, "entries", None):
            parents = {k.casefold(): e for k, e in bib_data.entries.items()}
        entry = normalised(entry, parents)
        # Preprints are a state, not a BibTeX type: route them before the type lookup.
        if posted_preprint(entry):
            context = {"entry": entry, "style": self, "bib_data": bib_data}
            return FormattedEntry(
                entry.key, self.get_preprint_template(entry).format_data(context), label
            )
        return super().format_entry(label, entry, bib_data=bib_data)

    def get_article_template(self, e: Entry) -> Any:
        issue = join[
            _when(e),
            optional[";", field("volume")],
            # Citing Medicine's issue without a volume: "2018;(9)"
            # a volume's supplement is no issue: "2002;42 Suppl 2:S93-9"
            optional[" ", field("number")]
            if _volume_supplement(e)
            else optional[
                ";" if "volume" not in e.fields else "", "(", field("number"), ")"
            ],
            # pages alone (no date, volume or issue) are a page count, not a place
            optional[":", pages] if _has_any(e, "year", "volume", "number") else "",
        ]
        return toplevel[
            optional[sentence[authors]],
            optional[_title()],
            optional[sentence[_journal]],
            sentence[issue],
            optional[sentence[language]],
            ending,
        ]

    def get_preprint_template(self, e: Entry) -> Any:
        return toplevel[
            optional[sentence[authors]],
            optional[_title("[Preprint]")],
            optional[sentence[_SERVER]],
            # bioRxiv's article number, as for a journal's e-article: "2017 Nov:219188"
            sentence[join[_when(e), optional[":", article_number]]],
            ending(show_url=not e.fields.get("doi")),
        ]

    def get_book_template(self, e: Entry) -> Any:
        """``Author. Title. 2nd ed. Editor A, editor. Place: Publisher; 2020.``;
        a classic BibTeX ``@inbook`` (the book's title, a ``chapter``) then
        ``Chapter 3, Methods; p. 33-45.`` (Citing Medicine's part of a book)."""
        place = optional[field("address")]
        # a book read online (its address and the day it was read, as Zotero saves
        # an Internet Archive copy) is Citing Medicine's book on the Internet
        online = _read_online(e) and e.type != "inbook"
        when = join(sep=" ")[_when(e), optional[cited]] if online else _when(e)
        return toplevel[
            optional[sentence[authors]],
            optional[_title("[Internet]" if online else "")],
            optional[sentence[edition]],
            optional[book_editors(unless_authors=True)],
            # a classic @inbook's volume is its book's ("Vol. 1."), as a chapter's
            # with a booktitle is; a @book's alone is most often a series' number
            optional[sentence[join["Vol. ", field("volume")]]]
            if e.type == "inbook"
            else "",
            sentence[join(sep="; ")[join(sep=": ")[place, optional[_PUBLISHER]], when]],
            optional[sentence[book_part]] if e.type == "inbook" else "",
            ending,
        ]

    def get_inproceedings_template(self, e: Entry) -> Any:
        """A chapter or paper: ``In: Editor A, editors. Book. Place: Publisher; 2020.
        p. 5-9.``"""
        place = optional[field("address")]
        return toplevel[
            optional[sentence[authors]],
            optional[_title()],
            optional[
                sentence[join(sep=" ")["In:", optional[book_editors], _book_title]]
            ],
            optional[sentence[edition]],
            optional[sentence[join["Vol. ", field("volume")]]],
            sentence[
                join(sep="; ")[join(sep=": ")[place, optional[_PUBLISHER]], _when(e)]
            ],
            optional[sentence[join["p. ", pages]]],
            ending,
        ]

    get_incollection_template = get_inproceedings_template

    def get_inbook_template(self, e: Entry) -> Any:
        if e.fields.get("booktitle", "").strip():
            return self.get_inproceedings_template(e)
        return self.get_book_template(e)

    def get_report_template(self, e: Entry) -> Any:
        """``Title. Place: Institution; 2020. Report No.: 12.``"""
        place = optional[field("address")]
        # a report is a document, not a web page: no "[Internet]", and its address
        # only when no DOI or PMID leads to it
        return toplevel[
            optional[sentence[authors]],
            optional[_title()],
            sentence[
                join(sep="; ")[
                    join(sep=": ")[place, optional[_REPORT_PUBLISHER]], _when(e)
                ]
            ],
            optional[sentence[page_count]],
            optional[sentence[join["Report No.: ", report_number]]],
            ending,
        ]

    def get_phdthesis_template(self, e: Entry) -> Any:
        """``Title [dissertation]. Place: School; 2020.``"""
        place = optional[field("address")]
        # the degree as the entry's type or titleaddon names it ("Masterarbeit",
        # "Undergraduate thesis"), in Citing Medicine's English
        degree = _plain(e.fields.get("type", "") + " " + e.fields.get("titleaddon", ""))
        # the degree named wins over the entry type: JabRef files a bachelor's
        # thesis as @MastersThesis with type = {Bachelor's thesis}
        mark = "[dissertation]"
        if re.search(r"bachelor|undergraduate|laurea triennale", degree, re.I):
            mark = "[bachelor's thesis]"
        elif e.type == "mastersthesis" or re.search(
            r"master|magist(?:er|rale)|specialistica", degree, re.I
        ):
            mark = "[master's thesis]"
        return toplevel[
            optional[sentence[authors]],
            optional[_title(mark)],
            sentence[
                join(sep="; ")[join(sep=": ")[place, optional[_SCHOOL]], _when(e)]
            ],
            # Citing Medicine gives a dissertation's extent: "2019. 164 p." (a
            # range is the pages someone cited, not the thesis's)
            optional[sentence[page_count]] if _plain_count(e) else "",
            ending,
        ]

    get_mastersthesis_template = get_phdthesis_template

    def get_misc_template(self, e: Entry) -> Any:
        url = raw_url(e.fields.get("url", ""))
        # a manual given as a PDF is a document, not a web page
        web = bool(url) and not (e.type == "manual" and url.lower().endswith(".pdf"))
        # a data deposit is on the Internet however the exporter gives it
        web = web or _data_deposit(e)
        # a work read online by its DOI ("urldate", Zotero's "Accessed") is on the
        # Internet: Citing Medicine's "[cited ...]" goes with "[Internet]"
        web = web or bool(e.fields.get("urldate") and e.fields.get("doi"))
        # Citing Medicine: a web page with no date says so before when it was read
        when = first_of[optional[date], "[date unknown]"] if web else optional[date]
        place = optional[field("address")]
        return toplevel[
            optional[sentence[authors]],
            optional[_title("[Internet]" if web else "")],
            optional[sentence[version]],
            sentence[
                join(sep="; ")[
                    join(sep=": ")[place, optional[_MISC_PUBLISHER]],
                    join(sep=" ")[when, optional[cited]],
                ]
            ],
            ending(show_url=bool(url)),
        ]

    def __getattr__(self, name: str) -> Any:
        # Every other BibTeX type (online, report, ...) is shown like @misc: authors,
        # title, publisher and date, then the links.
        if name.startswith("get_") and name.endswith("_template"):
            return self.get_misc_template
        raise AttributeError(name)
