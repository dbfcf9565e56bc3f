"""What reference managers write, read as the site's fields.

Zotero, Mendeley, EndNote, JabRef and Better BibTeX write BibLaTeX (``date``,
``journaltitle``, ``@online``, ``eprint``/``eprinttype``) as often as BibTeX, put
their own bookkeeping in ``note`` (Zotero's Extra field: ``Publisher: Elsevier``),
and spell months, DOIs and organisations in many ways. :func:`normalised` gives a
copy of an entry in the one vocabulary the NLM style and the checks read, so both
see the same thing. It never changes ``references.bib``.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

from pybtex.database import Entry, Person

from healthkb.bib.database_addresses import database_publisher
from healthkb.bib.identifier_notes import identifiers_in_note
from healthkb.bib.online_first import online_first_date
from healthkb.bib.organisation_words import names_an_organisation
from healthkb.bib.special_issues import special_issue

_MONTH_ABBREVIATIONS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
#: ``sep``, ``September``, ``9``, ``09``, ``Sept.`` -> ``Sep``
_MONTHS = {
    **{name.lower(): name for name in _MONTH_ABBREVIATIONS},
    **{str(n): name for n, name in enumerate(_MONTH_ABBREVIATIONS, 1)},
    **{f"{n:02d}": name for n, name in enumerate(_MONTH_ABBREVIATIONS, 1)},
    "sept": "Sep",
}
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
#: the types of a web page (BibLaTeX's, BibDesk's, JabRef's)
_WEB_PAGES = frozenset(["online", "electronic", "www", "webpage"])
#: BibLaTeX's date range in one year: ``2020-03/2020-04`` (Citing Medicine: Mar-Apr)
_MONTH_SPAN = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-\d{1,2})?/(\d{4})-(\d{1,2})")
_DOI_PREFIX = re.compile(
    # a library's proxy writes its own host after doi.org's (EZproxy:
    # http://dx.doi.org.ezp-prod1.hul.harvard.edu/10.1186/...)
    r"^\s*(?:https?://(?:dx\.|www\.)?doi\.org(?:\.[\w-]+)*/|doi\.org/|doi:\s*)",
    re.IGNORECASE,
)
#: the field names BibLaTeX uses where BibTeX has another
_BIBLATEX_NAMES = {
    "journaltitle": "journal",
    "location": "address",
    # Cambridge Core's and some publishers' "Cite" BibTeX
    "place": "address",
}
_TYPES = {
    "online": "misc",
    "electronic": "misc",
    "www": "misc",
    "webpage": "misc",
    "techreport": "report",
    "thesis": "phdthesis",
    "conference": "inproceedings",
    # BibLaTeX's reference works and multi-volume books are books and chapters
    "inreference": "incollection",
    "reference": "book",
    "mvbook": "book",
    "mvcollection": "book",
    "mvreference": "book",
    # Dataverse's "Cite Dataset" BibTeX (Harvard, Borealis): ``@data{...}``
    "data": "dataset",
}
#: the "Key: value" lines reference managers put in ``note`` (Zotero's Extra field,
#: Mendeley, JabRef); never meant for readers
_EXPORTER_KEYS = frozenset(
    [
        "accessed",
        "publisher",
        "pages",
        "original-date",
        "original-title",
        "original-publisher",
        "original-publisher-place",
        "publisher-place",
        "place",
        "type",
        "genre",
        "medium",
        "status",
        "issued",
        "number",
        "number-of-pages",
        "num pages",  # Zotero's ProQuest items
        "number-of-volumes",
        "version",
        "section",
        "event",
        "event-place",
        "event-date",
        "archive",
        "archive-location",
        "archive_location",
        "call-number",
        "citation-key",
        "citation",
        "key",
        "container-title",
        "collection-title",
        "issn",
        "isbn",
        "doi",
        "pmid",
        "pmcid",
        "arxiv",
        "tex.ids",
        "tex.referencetype",
        "tex.eprint",
        "tex.howpublished",
        "tex.type",
        "_eprint",
        "eprint",
        "language",
        "langid",
        "rights",
        "extra",
        "jabref-meta",
        "oclc",
        "google-books-id",
        "library catalog",
        "journal abbreviation",
        "short title",
        "event-title",
        "source",
        # Scopus's export: "Export Date: 10 June 2020 Correspondence Address: ..."
        "export date",
        "correspondence address",
        # Zotero's labels for item fields BibTeX has no name for (a Wikipedia
        # page's revision, a preprint server's "Company: … Distributor: … Label: …")
        "page version id",
        "company",
        "distributor",
        "label",
        "citation key",
        # citation counts and database bookkeeping: Scopus, Web of Science,
        # Zotero's Scholar Citations (ZSCC), reference managers' own dates
        "cited by",
        "times cited",
        "cited reference count",
        "zscc",
        "wos",
        "last modified",
        "date added",
        "date modified",
        "accepted",
        "received",
    ]
)
_KEY_SPELLINGS = "|".join(
    re.escape(key).replace(r"\ ", r"\s+")
    for key in sorted(_EXPORTER_KEYS, key=len, reverse=True)
)
#: where an exporter's "Key: value" starts in a note (whitespace already collapsed
#: by pybtex): at the start, after a sentence, or spelled as exporters spell keys
#: (capitalised or hyphenated), so an editor's "the publisher: Elsevier" stays
_EXPORTER_START = re.compile(
    rf"(?:^|(?<=[.;\n])\s*|(?<=\s))"
    # Better BibTeX's "tex.anyfield: value" / "tex.ids= key", and the other keys
    rf"(?P<key>tex\.[\w.-]+(?=\s*[:=])|\\?(?:{_KEY_SPELLINGS})(?=\s*:)"
    # a publisher's page metadata Zotero keeps (Springer Nature's
    # "Bandiera_abtest: a", "Cg_type: Comment"): a key in snake_case is a
    # machine's, never a phrase an editor writes for readers
    r"|[A-Za-z][A-Za-z0-9]*(?:\\?_[A-Za-z0-9]+)+(?=\s*:))"
    rf"\s*[:=]\s*(?=\S)",
    re.IGNORECASE,
)


#: ``howpublished = {\url{https://…}}``: the old way to give a web page's address,
#: also behind a label (``{URL:} \url{…}``, ``Available from: …``, ``Online: …``)
HOWPUBLISHED_URL = re.compile(
    r"^\s*(?:\{?\s*(?:url|available (?:from|at)|online|retrieved from)\s*:?\s*\}?\s*)?"
    r"(?:\\url\s*)?\{?\s*(https?://[^\s{}]+)\s*\}?\s*$",
    re.IGNORECASE,
)


_PLACEHOLDER = re.compile(
    r"^\s*\{?\s*(?:[-\u2013\u2014?.]+|n/?a|none|null|tbd|tba)\s*\}?\s*$", re.I
)
#: a note that is nothing but web addresses
_NOTE_URLS = re.compile(
    r"^\s*(?:\\url\s*)?\{?(https?://[^\s,{}]+)\}?(?:\s*[,;]?\s*(?:\\url\s*)?\{?"
    r"https?://[^\s,{}]+\}?)*\s*$"
)
#: a note that only says where the work is: "Available at: https://…",
#: "[Online]. Available: https://…", "Retrieved from https://…"
_NOTE_AVAILABLE = re.compile(
    r"^\s*(?:\[online\]\.?\s*)?(?:available(?:\s+(?:at|from|online))?|retrieved"
    r"\s+from|from|url|link|online|web|website|dispon\S{1,6}vel em|disponible en|"
    r"disponible sur|verfügbar unter)\s*:?"
    r"\s*(?:\\url\s*)?\{?(https?://[^\s{}]+?)\}?\s*\.?"
    # the date it was read, in the exporter's language ("Acesso em: 20 maio 2026",
    # "Accessed: 2021-02-01"): a web page's [cited …] comes from urldate
    r"(?:\s*(?:acesso em|accedido el|consulté le|accessed|abgerufen am)\s*:?[^{}]{0,40})?"
    r"\s*$",
    re.IGNORECASE,
)
_NOTE_COUNT = re.compile(r"^\s*\d{1,7}\s*$")
#: a note that starts with a web address and goes on: ``\url{…}, accessed …``
_NOTE_URL_FIRST = re.compile(
    r"^\s*(?:\\url\s*)?\{?(https?://[^\s,{}]+)\}?\s*(?:[,;]\s*|$)(?=\S|$)"
)
#: "Accessed:", "last accessed on": a reference manager's words before a reading
#: date (also read in ``urldate`` by the printer's [cited …])
ACCESSED_WORDS = r"(?:last\s+)?accessed(?:\s+on)?\s*:?\s*"
#: "Accessed 2026", "accessed July 2, 2026", "Accessed: 2024-02-26" in a note
_ACCESSED = re.compile(
    r"(?:^|[,;.]\s*|\s)(\()?"
    + ACCESSED_WORDS
    + r"((?:[A-Za-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Za-z]+\.?\s+)?\d{4}"
    r"(?:-\d{2}-\d{2})?)(?(1)\))\s*\.?\s*$",
    re.IGNORECASE,
)
#: a note that only names the kind of work (Dataverse's ``note = {Data}``)
_TYPE_NOTE = re.compile(
    r"^\s*\{?\s*(?:data|data\s*set|dataset|database|software|computer\s+program)"
    r"\s*\}?\s*\.?\s*$",
    re.IGNORECASE,
)
#: an access stamp whose date was never filled in: "Retrieved [Date Retrieved]",
#: "Accessed: [date]"
_UNFILLED_STAMP = re.compile(
    r"^\s*(?:last\s+)?(?:accessed|retrieved|viewed)(?:\s+on)?\s*:?\s*\[[^\]\d]*\]"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)
#: a format or kind of work typed as who published it: "PDF", "Dataset", "HTML"
_FORMAT_NOT_PUBLISHER = re.compile(
    r"^\s*\{?\s*(?:pdf|html|online|electronic|web\s*page|website|data|data\s*set|"
    r"dataset|database|software|computer\s+program)\s*\}?\s*\.?\s*$",
    re.IGNORECASE,
)
#: a label typed before the address in the url field ("Available at www…")
_URL_LABEL = re.compile(
    r"^\s*(?:available\s+(?:at|from|online)|retrieved\s+from)\s*:?\s*(?=\S)",
    re.IGNORECASE,
)
#: the whole note an access stamp: Wikipedia's "[Online; accessed 2021-11-16]",
#: APA's "Retrieved September 7, 2025", the
#: Spanish "Consultado el 7 de octubre de 2026", "Accedido el ...", "Zugriff am ..."
_ACCESS_STAMP = re.compile(
    r"^\s*\[?\s*(?:online\s*;\s*)?(?:accessed|retrieved|consultado|accedido|zugriff)"
    r"(?:\s+(?:on|el|am))?\s*:?\s*[\w\s.,/-]*\d{4}(?:-\d{2}-\d{2})?\s*\]?\s*\.?\s*$",
    re.IGNORECASE,
)
#: the whole note a wiki page's revision number (Scholarpedia's "revision #91030",
#: MediaWiki's "oldid=1234567"): which copy of the page was read, as Zotero's
#: "Page Version ID:", not a part of the reference
_REVISION_STAMP = re.compile(
    r"^\s*\{?\s*(?:revision|rev\.|oldid)\s*(?:\\?#|no\.?|id|number|=)?\s*:?\s*"
    r"\d{3,}\s*\}?\s*\.?\s*$",
    re.IGNORECASE,
)
#: ``month = {aug 9}``, ``{9 aug}``, ``"Oct. 28,"`` (the comma an American date
#: puts before the year, as in IEEE's style): a month with its day
_MONTH_DAY = re.compile(
    r"^\s*([A-Za-z]{3,}\.?)[\s~]+(\d{1,2})\s*,?\s*$"
    r"|^\s*(\d{1,2})[\s~]+([A-Za-z]{3,}\.?)\s*,?\s*$"
)
#: the labels a library catalogue puts before links that are not the work
_CATALOGUE_LINK = re.compile(
    r"^\s*\{?\s*(?:cover image|table of contents(?: only)?|publisher description|"
    r"contributor biographical information|sample text)\b[\s:.-]*https?://",
    re.IGNORECASE,
)
#: a manuscript's state typed where its journal goes (not "in press", which
#: names a journal that has accepted it)
_MANUSCRIPT_STATE = re.compile(
    r"^\s*\{?\s*(?:manuscript\s+)?(?:in preparation|in revision|under revision|"
    r"under review|in review|submitted(?: for publication)?)\s*\.?\s*\}?\s*$",
    re.IGNORECASE,
)
#: a hyphenated word wrapped after its hyphen
_BROKEN_HYPHEN = re.compile(
    r"(?<=[A-Za-z\u00c0-\u024f])-\s+"
    r"(?!(?:and|or|to|nor|through|versus|vs|und|et|y|e|ou|oder)\b)(?=[a-z\u00df-\u024f])"
)
#: a medium designator typed after a name: "... blog [Online]", "(online)"
_MEDIUM = re.compile(r"\s*[\[(](?:online|internet)[\])]\s*$", re.IGNORECASE)
#: a month written after its year: ``2023 AUG 2``
_YEAR_FIRST = re.compile(r"^\s*((?:19|20)\d\d)\s+([A-Za-z]{3,}\.?(?:\s+\d{1,2})?)\s*$")
#: Crossref's issue for BMJ papers is a date code (``oct28 9``, ``jan03 1``), not
#: an issue number: Citing Medicine gives BMJ's volume and article number only
_DATE_CODE_ISSUE = re.compile(r"^\s*[A-Za-z]{3}\d{1,2}(?:\s+\d+)?\s*$")
#: an issue with its date (``number = {12 December}``, Scopus/PLOS): the issue
_ISSUE_WITH_DATE = re.compile(r"^\s*(\d+)\s+(?:\d{1,2}\s+)?([A-Za-z]{3,})\.?\s*$")
#: Scopus's citation count in ``note`` ("cited By 0"): bookkeeping, not a note
#: and what Scopus writes after it ("; Article in Press", "; Conference Code: ...")
_CITED_BY = re.compile(r"^\s*cited\s+by\s*:?\s*\d+\s*(?:[.;].*)?$", re.I | re.S)
#: fields only Web of Science writes: its record's Note (a proceedings paper's
#: meeting) is the database's, not an editor's
_WOS_FIELDS = ("web-of-science-categories", "unique-id", "doc-delivery-number")
#: fields Crossref fills with 0 for a paper published online ahead of its issue
_ZERO_WHEN_UNKNOWN = ("year", "volume", "number", "issue")
#: an HTML tag for a typeface in a title (Web of Science, Crossref, JATS)
_HTML_TAG = re.compile(
    r"</?(?:i|b|em|strong|u|sc|scp|sub|sup|italic|bold)(?:\s[^<>]*)?>", re.IGNORECASE
)
#: a site-name separator ending a page's title with nothing after it (Zotero's
#: browser tab "Evaluating a Prediction Tool in {{R}} {\textbar}", the site's
#: name lost): a separator of nothing, which readers would see as a stray mark
_BARE_SEPARATOR = re.compile(
    r"\s*(?:\{\s*\\textbar\s*\}|\\textbar\b\s*(?:\{\})?|\|)\s*$"
)
#: an HTML entity (Crossref's ``&amp;``) in a field
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
#: a DOI typed after the pages: ``155-180. DOI: 10.1016/…``
#: a version number, three parts or more ("1.1.4", "v2.0.1", "0.3.1-2")
_VERSION_AS_PAGES = re.compile(r"^\s*\{?\s*v?\d+\.\d+\.\d+(?:[.-]\d+)*\s*\}?\s*$")
_PAGES_DOI = re.compile(
    r"[.,;]?\s*(?:doi\s*:?|https?://(?:dx\.|www\.)?doi\.org/)\s*10\.\S+\s*$", re.I
)
_SUPPLEMENT = re.compile(
    r"^\s*(?:(?:supplement|suppl|sup)(?![a-z])[\s._\\]*(?:S(?=\d))?(\w*)|S(\d+))\s*$",
    re.I,
)
#: identifiers among a note's "Key: value" lines
_NOTE_IDS = re.compile(
    r"(?:^|(?<=[\s.;]))(PMID|DOI)\s*:\s*(10\.\d{4,9}/\S+|\d+(?=\b))", re.IGNORECASE
)


_FULL_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
]  # fmt: skip
_MONTH_RANGE = re.compile(r"\s*[-\u2013\u2014/]+\s*")


def _one_month(raw: str) -> str:
    text = raw.strip().strip(".").lower()
    if text in _MONTHS:
        return _MONTHS[text]
    # "Sept.", "June", "september": the start of a month's name
    full = next((name for name in _FULL_MONTHS if name.startswith(text)), "")
    return _MONTHS[full[:3]] if len(text) >= 3 and full else ""


def month_abbreviation(raw: str) -> str:
    """``Sep`` for ``sep``/``September``/``9``/``09``, ``Mar-Apr`` for a range
    (``Mar--Apr``, ``3/4``); anything else (``Spring``) as given."""
    text = raw.strip()
    if not text:
        return ""
    parts = _MONTH_RANGE.split(text.strip("."))
    if len(parts) == 2 and all(_one_month(part) for part in parts):
        return "-".join(_one_month(part) for part in parts)
    if season := _SEASON_NAMES.get(text.strip(".").lower()):
        # Web of Science's "FAL", "SPR", a season in capitals: NLM writes it out
        return season
    # "spring" as "Spring": NLM capitalises a season as a month
    return _one_month(text) or text[:1].upper() + text[1:]


_SEASON_NAMES = {
    **{name.lower(): name for name in ("Spring", "Summer", "Fall", "Autumn", "Winter")},
    "spr": "Spring",
    "sum": "Summer",
    "fal": "Fall",
    "aut": "Autumn",
    "win": "Winter",
}


def raw_address(url: str) -> str:
    """``https://…`` from ``\\url{https://…}`` or ``{https://…}``."""
    return re.sub(r"[{}]|^\s*\\url\s*", "", url).strip()


def clean_doi(raw: str) -> str:
    """The bare DOI (``10.…``) from ``https://doi.org/10.…`` or ``doi:10.…``."""
    # MEDLINE's article identifier keeps its kind after it: "10.3322/x [doi]"
    bare = _ID_KIND.sub("", _DOI_PREFIX.sub("", raw)).strip()
    if _PERCENT_ESCAPE.search(bare):
        # a resolver's link escapes the DOI ("10.1371%2Fjournal.pdig.0000324"):
        # the DOI is the unescaped name, and BibTeX would read "%" as a comment
        bare = unquote(bare)
    return bare


_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


_ID_KIND = re.compile(r"\s*\[doi\]\s*$", re.IGNORECASE)


def _pmid_field_read(fields: dict[str, str]) -> None:
    """A DOI typed in ``pmid`` (a Zotero library's "pmid = {10.1136/...}") is no
    PubMed number: it is the DOI when the entry has none, and is never printed
    as "PMID: 10.1136/..." (the check asks for the field to be tidied)."""
    raw = fields["pmid"]
    if not clean_doi(raw).startswith("10."):
        return  # other values stay, and the check reports them
    del fields["pmid"]
    if not fields.get("doi"):
        fields["doi"] = raw


def not_a_doi(raw: str) -> bool:
    """Is *raw*, in a DOI field, something else (a PII, an article number)?"""
    bare = re.sub(r"[{}]", "", clean_doi(raw)).strip()
    return bool(bare) and not bare.startswith("10.") and "/10." not in bare


def _exporter_key_at(note: str, match: re.Match[str]) -> bool:
    key = match.group("key")
    before = note[: match.start("key")].rstrip()
    sentence_start = not before or before.endswith((".", ";"))
    spelled_as_exporter = key[0].isupper() or any(ch in key for ch in "-_.")
    return sentence_start or spelled_as_exporter


def reader_note(note: str) -> str:
    """The part of ``note`` an editor wrote for readers: from the first exporter
    "Key: value" on, the rest is the reference manager's (Zotero's Extra field)."""
    for match in _EXPORTER_START.finditer(note):
        if _exporter_key_at(note, match):
            return note[: match.start("key")].strip()
    return note.strip()


def exporter_value(note: str, wanted: str) -> str:
    """The value of the exporter's "Key: value" line *wanted* in *note* (Zotero's
    "Publisher: figshare"), up to the next such line; "" when there is none."""
    starts = [m for m in _EXPORTER_START.finditer(note) if _exporter_key_at(note, m)]
    for index, match in enumerate(starts):
        if match.group("key").casefold() == wanted:
            stop = starts[index + 1].start("key") if index + 1 < len(starts) else None
            return note[match.end() : stop].strip(" {};.")
    return ""


#: the fields that name who published a work
_PUBLISHED_BY = (
    "publisher",
    "institution",
    "organization",
    "howpublished",
    "school",
    "journal",
    "booktitle",
)
#: ISBD's "Place : Publisher", as library catalogues (and the Internet Archive)
#: give it in one field; a place is a few words, never a sentence
_PLACE_AND_PUBLISHER = re.compile(r"^\s*([A-Z][^:;{}.]{1,40}?)\s+:\s+(\S.*?)\s*$")
#: words of a publisher's name, never of a place ("Wiley & Sons : Hoboken" is
#: the other way round, left as typed)
_PUBLISHER_WORDS = re.compile(
    r"&|\b(?:press|publish\w*|books|verlag|inc|ltd|co|sons|editions?|wiley|"
    r"springer|elsevier)\b",
    re.IGNORECASE,
)
#: a paper accepted but not yet in an issue, typed where its volume, issue or
#: pages go ("number = {In Press}"): Citing Medicine's "Forthcoming"
_IN_PRESS = re.compile(
    r"^\s*\{?\s*(?:in\s*press|forthcoming|to\s+appear|accepted(?:\s+for\s+publication)?)"
    r"\s*\}?\s*\.?\s*$",
    re.IGNORECASE,
)


def _forthcoming(fields: dict[str, str]) -> None:
    for name in ("volume", "number", "issue", "pages", "note"):
        if _IN_PRESS.match(fields.get(name, "")):
            del fields[name]
            fields.setdefault("pubstate", "inpress")
        elif name != "note" and _ONLINE_AHEAD.match(fields.get(name, "")):
            # Nature's "advance online publication" typed as the volume: the
            # paper is out (no "Forthcoming"), it has no volume yet
            del fields[name]


#: published online before its issue, in words where a number belongs
_ONLINE_AHEAD = re.compile(
    r"^\s*\{?\s*(?:advance\s+online\s+publication|(?:e-?pub\s+|online\s+)?ahead\s+of\s+print"
    r"|early\s+view|online\s+first|article\s+in\s+press|published\s+online)\s*\}?\s*\.?\s*$",
    re.IGNORECASE,
)


#: the day a page was read typed as its year ("accessed 28 June 2016")
_YEAR_READ = re.compile(
    r"^\s*\{?\s*(?:last\s+)?(?:accessed|retrieved|viewed|cited)(?:\s+on)?\s*:?\s*"
    r"(?P<date>[^{}]*\b(?:19|20)\d\d\b[^{}]*?)\s*\}?\s*\.?\s*$",
    re.IGNORECASE,
)


#: a ``type`` that names a thesis or its degree, in English or as the country's
#: universities name it
_THESIS_TYPE = re.compile(
    r"\b(?:thesis|dissertation|ph\.?\s?d|doctoral|master'?s?|bachelor'?s?|laurea|"
    r"masterarbeit|bachelorarbeit|diplomarbeit|doktorarbeit|tesis|th[eè]se|"
    r"proefschrift)\b",
    re.IGNORECASE,
)
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth"
#: a book's edition typed at the end of its title: ", Second Edition",
#: "({Third} {Edition})", "{{Fifth Edition}}" (Citing Medicine: "3rd ed." after it)
_TITLE_EDITION = re.compile(
    r"[\s,:;.]*\(?\s*\{*\s*(?P<edition>"
    + "|".join(_ORDINALS.split())
    + r"|\d+(?:st|nd|rd|th))\s*\}*\s+\{*\s*(?:edition|edn\.?|ed\.?)\s*\}*\s*\)?\s*$",
    re.IGNORECASE,
)
#: the same edition ending a main title before its subtitle, after a comma or in
#: brackets ("McDonald's Blood Flow in Arteries, Sixth Edition: Theoretical ...",
#: as CRC's catalogue gives it); not "Notes on the Second Edition: ..."
_MAIN_TITLE_EDITION = re.compile(
    r"\s*(?:,|(?=\())"
    + _TITLE_EDITION.pattern.removesuffix(r"\s*$")
    + r"(?=\s*:\s*\S)",
    re.IGNORECASE,
)


def _edition_in_title(entry_type: str, fields: dict[str, str]) -> None:
    """The edition a book's title (a chapter's ``booktitle``) ends with, as the
    edition: moved when the entry has none, dropped when it says the same."""
    name = "booktitle" if fields.get("booktitle") else "title"
    if name == "title" and entry_type not in ("book", "inbook", "manual"):
        return
    found = _TITLE_EDITION.search(fields.get(name, ""))
    if not found:
        found = _MAIN_TITLE_EDITION.search(fields.get(name, ""))
    if not found:
        return
    rest = fields[name][: found.start()]
    after = fields[name][found.end() :]
    if not rest.strip(" {}") or rest.count("{") != rest.count("}"):
        return  # the whole title, or a brace left open: not the title's tail
    typed = found.group("edition").lower()
    given = re.sub(
        r"\s+(?:edition|edn|ed)\.?$", "", fields.get("edition", "").strip(" {}")
    )
    ordinal = _ORDINALS.split().index(typed) + 1 if typed.isalpha() else 0
    if given and given.lower() not in (typed, f"{ordinal}{_suffix(ordinal)}"):
        return  # another edition than the entry's: kept as written
    fields[name] = rest + after
    fields.setdefault("edition", typed)


def _suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


#: a program's version statement: "R package version 0.4-7", "version 2.1"
_VERSION_STATEMENT = re.compile(
    r"^\s*(?:[\w\\{}]+\s+){0,3}(?:package\s+)?version\s+v?\d[\w.-]*\s*\.?\s*$",
    re.IGNORECASE,
)
#: a software package's version statement ("R package version 0.6-9",
#: "Python package version 2.1")
_PACKAGE_VERSION = re.compile(
    r"^\s*(?:[\w\\{}]+\s+)?package\s+version\s+v?\d[\w.-]*\s*\.?\s*$",
    re.IGNORECASE,
)
#: a volume with its issue or supplement in brackets: "27 (2)", "18 (Suppl)"
_VOLUME_AND_ISSUE = re.compile(r"^\s*\{?\s*(\d+)\s*\((\w+(?:\s+\w+)?)\)\s*\}?\s*$")
#: an address with words after it in the url field
_URL_AND_MORE = re.compile(
    r"^\s*\{?\s*(https?://\S+?)[.,;]?\s+[(\[]?\s*(?:last\s+)?"
    r"(?:accessed|retrieved|viewed|visited|cited|consulted)\b",
    re.IGNORECASE,
)
#: a note that is only an ISBN
_ISBN_NOTE = re.compile(
    r"^\s*\{?\s*ISBN(?:-1[03])?\s*:?\s*[\dXx][\d\s-]{8,16}[\dXx]\s*\}?\s*\.?\s*$",
    re.IGNORECASE,
)


#: a body's author typed with its city first, as the title page gives the
#: imprint: "Geneva: World Health Organization"
_PLACE_AND_BODY = re.compile(r"^\{*([A-Z][A-Za-z\u00c0-\u024f.' -]{1,40}):\s*(.+?)\}*$")


def _place_before_body(
    persons: dict[str, list[Person]], fields: dict[str, str]
) -> None:
    """``author = {{Geneva: World Health Organization}}``: the body is the
    author and the city its place of publication (Citing Medicine's
    "Geneva: World Health Organization; 2017.")."""
    authors = persons.get("author", [])
    if len(authors) != 1 or fields.get("address", "").strip(" {}"):
        return
    found = _PLACE_AND_BODY.match(str(authors[0]).strip())
    if not found or len(found.group(1).split()) > 3:
        return
    place, body = found.group(1).strip(), found.group(2).strip()
    if not names_an_organisation(body) or names_an_organisation(place):
        return
    persons["author"] = [Person(string="{" + body + "}")]
    fields["address"] = place
    if not fields.get("publisher", "").strip(" {}") and not fields.get("institution"):
        fields["publisher"] = body


def _by_a_body(persons: dict[str, list[Person]]) -> bool:
    """Is the work's one author a body ("{World Health Organization}")?"""
    authors = persons.get("author", [])
    return len(authors) == 1 and names_an_organisation(str(authors[0]))


def _has_issue(fields: dict[str, str]) -> bool:
    """Does the entry give the volume or issue of a journal it appeared in?"""
    return any(fields.get(name, "").strip(" {}") for name in ("volume", "number"))


def _issue_in_volume(fields: dict[str, str]) -> None:
    """``volume = {27 (2)}``: volume 27, issue 2; ``{18 (Suppl)}``: a supplement."""
    found = _VOLUME_AND_ISSUE.match(fields.get("volume", ""))
    if not found or fields.get("number", "").strip(" {}"):
        return
    volume, issue = found.groups()
    if _SUPPLEMENT.match(issue):
        fields["volume"] = volume
        fields["number"] = issue
    elif issue.isdigit() or re.fullmatch(r"\d+[-/]\d+", issue):
        fields["volume"], fields["number"] = volume, issue


def _reading_date_in_year(fields: dict[str, str]) -> None:
    """``year = {accessed 28 June 2016}``: when it was read, not published."""
    if read := _YEAR_READ.match(fields.get("year", "")):
        del fields["year"]
        fields.setdefault("urldate", read.group("date"))


def _lists_the_authors(note: str, persons: dict[str, list[Person]]) -> bool:
    """Does *note* start with the first authors' names ("Surname, Given ...")?"""
    authors = persons.get("author", [])
    surnames = [
        re.sub(r"[{}]", "", " ".join(p.last_names)).strip() for p in authors[:2]
    ]
    if not surnames or not all(surnames):
        return False
    text = re.sub(r"[{}]", "", note).lstrip()
    return text.startswith(f"{surnames[0]},") and all(s in text for s in surnames)


def _resolved_fields(
    entry: Entry, parents: dict[str, Entry] | None, inherited: dict[str, list[Person]]
) -> dict[str, str]:
    fields = {name.lower(): value for name, value in entry.fields.items()}
    # ``crossref`` and ``xdata``: a field the entry lacks comes from its parent
    for link in ("crossref", "xdata"):
        for parent_key in fields.get(link, "").split(","):
            parent = (parents or {}).get(parent_key.strip().casefold())
            if parent is None or parent is entry:
                continue
            for role, people in parent.persons.items():
                entry_persons = {r.lower() for r in entry.persons}
                if role.lower() not in entry_persons:
                    inherited.setdefault(role.lower(), list(people))
            for name, value in parent.fields.items():
                target = name.lower()
                if target == "title" and parent.type in ("book", "proceedings"):
                    target = "booktitle"
                fields.setdefault(target, value)
    return fields


def _split_month_day(fields: dict[str, str]) -> None:
    """``month = {aug 9}`` is a month and a day; Mendeley's ``number = {August}``
    is the month typed into the issue."""
    dated = _YEAR_FIRST.match(fields.get("month", ""))
    if dated and dated.group(1) == fields.get("year", "").strip(" {}"):
        # Web of Science's early-access ``Month = {2023 AUG 2}``: the year again
        fields["month"] = dated.group(2)
    both = _MONTH_DAY.match(fields.get("month", ""))
    if both:
        word = both.group(1) or both.group(4)
        day = both.group(2) or both.group(3)
        if _one_month(word):
            fields["month"] = word
            fields.setdefault("day", day)
    for name in ("number", "issue"):
        number = fields.get(name, "").strip(" {}")
        month = _one_month(number) if not number[:1].isdigit() else ""
        parts = _MONTH_RANGE.split(number)
        worded = not any(part.strip().isdigit() for part in parts)
        if not month and len(parts) == 2 and worded and all(map(_one_month, parts)):
            # EndNote's ``number = {August-September}``: the issue's months; a
            # range in digits (``3-4``) is a double issue, not March-April
            month = month_abbreviation(number)
        if not month and number.lower() in _SEASONS and not fields.get("month"):
            # BibLaTeX's ``issue = {Spring}``: Citing Medicine's "2020 Spring"
            month = number.capitalize()
        if month and month_abbreviation(fields.get("month", month)) == month:
            fields["month"] = month
            del fields[name]
            continue
        dated_issue = re.fullmatch(r"([A-Za-z]{3,})\.?\s+(?:19|20)\d\d", number)
        if dated_issue and _one_month(dated_issue.group(1)) and fields.get("volume"):
            # Mendeley's ``number = {December 2021}`` beside a volume: the volume's
            # date (Elsevier's, often the year before the paper's), not an issue
            del fields[name]


#: a whole date typed into ``year`` (Zotero's web pages: "Thu, 31/08/2023 - 11:30",
#: "August 31, 2023", "2023-08-31")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b")
_WORDED_DATE = re.compile(
    r"\b(?:([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?"
    r"\s+([A-Za-z]{3,})\.?,?)\s+((?:19|20)\d\d)\b"
)
_A_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_SEASONS = frozenset(["spring", "summer", "autumn", "fall", "winter"])


def _date_in_year(fields: dict[str, str]) -> None:
    """``year`` holding a whole date: the year, and its month and day where the
    date says them plainly (01/02/2023 could be either month, so neither)."""
    raw = fields.get("year", "").strip(" {}")
    if not raw or re.fullmatch(r"\d{4}[a-z]?", raw) or not _A_YEAR.search(raw):
        return
    month = day = ""
    if found := _ISO_DATE.search(raw):
        year, month, day = found.groups()
    elif found := _NUMERIC_DATE.search(raw):
        first, second, year = found.groups()
        if int(first) > 12 >= int(second):
            day, month = first, second
        elif int(second) > 12 >= int(first):
            month, day = first, second
    elif (found := _WORDED_DATE.search(raw)) and _one_month(
        found.group(1) or found.group(4)
    ):
        month = _one_month(found.group(1) or found.group(4))
        day, year = found.group(2) or found.group(3), found.group(5)
    else:
        year = _A_YEAR.search(raw).group(1)  # type: ignore[union-attr]
        words = re.findall(r"[A-Za-z]{3,}", raw)
        seasons = [w.capitalize() for w in words if w.lower() in _SEASONS]
        month = next((_one_month(w) for w in words if _one_month(w)), "")
        month = month or next(iter(seasons), "")
    fields["year"] = year
    if month and not fields.get("month"):
        fields["month"] = month
        if day and not fields.get("day"):
            fields["day"] = day


#: Google Scholar's "arXiv preprint arXiv:2001.01234" (Zotero: "{arXiv} preprint
#: {arXiv}:…"), PubMed's "medRxiv : the preprint server for health sciences": the
#: server, and what follows it; Zotero's older "arXiv:1711.08960 [stat]" (the
#: identifier and its subject class as the journal)
_SERVER_AND_MORE = re.compile(
    # NASA ADS's "arXiv e-prints" too
    r"^\s*\{{0,2}\s*([A-Za-z]*[Rr][Xx]iv)\}?\s*(?:preprint\b|e-prints?\b"
    r"|:\s*the preprint server\b"
    r"|:\s*\d{4}\.\d{4,5}(?:v\d+)?\s*(?:\[[\w.-]+\]\s*)?$).*$",
    re.DOTALL,
)
#: a venue that is where preprints are posted: "arXiv", "arXiv.org", "CoRR"
_SERVER_VENUE = re.compile(
    r"^\s*(?:[A-Za-z]*r[x]iv(?:\.org)?|corr|ssrn|preprints?)\s*$", re.IGNORECASE
)
_ARXIV_ID = re.compile(r"(?:arXiv\}?:\s*|^\s*)(\d{4}\.\d{4,5}(?:v\d+)?)\b", re.I)


def _preprint_server_named(fields: dict[str, str]) -> None:
    """The server's name as the journal, and an arXiv paper's address from its
    identifier when nothing else leads to it (Citing Medicine gives a
    preprint's address)."""
    arxiv = ""
    # the same words in howpublished (a hand-written @misc: "arXiv preprint
    # arXiv:1407.2731") name the server as the journal's do
    for name in ("journal", "howpublished"):
        written = fields.get(name, "")
        if found := _SERVER_AND_MORE.match(written):
            fields[name] = found.group(1)
            if found.group(1).lower() == "arxiv":
                arxiv = next(iter(_ARXIV_ID.findall(written)), "")
            break
    kind = (fields.get("eprinttype", "") or fields.get("archiveprefix", "")).lower()
    if not arxiv and kind.strip(" {}") == "arxiv":
        arxiv = next(iter(_ARXIV_ID.findall(fields.get("eprint", ""))), "")
    venue = re.sub(r"[{}]", "", fields.get("booktitle") or fields.get("journal", ""))
    if (
        arxiv
        and not fields.get("url")
        and not fields.get("doi")
        # a paper in a conference's proceedings or a journal is cited as published
        # there: its arXiv copy is not where the reference leads
        and (not venue.strip() or _SERVER_VENUE.match(venue))
    ):
        fields["url"] = f"https://arxiv.org/abs/{arxiv}"
    if fields.get("note", "").strip(" {}.").lower() == "preprint":
        del fields["note"]  # the reference says "[Preprint]" itself


#: what says an ``@online`` entry was posted on a preprint server: its eprint type,
#: its state, a server's address or a preprint DOI (medRxiv/bioRxiv, arXiv)
_SERVER_SIGNS = re.compile(
    r"^(?:arxiv|[a-z]{2,12}r?xiv|ssrn|preprints?|prepublished)$|"
    r"^https?://(?:www\.)?(?:[a-z]+\.)?(?:[a-z]{2,12}rxiv\.org|arxiv\.org)/|"
    r"^(?:https?://(?:dx\.)?doi\.org/)?10\.(?:1101|48550)/",
    re.IGNORECASE,
)


def _posted_on_a_server(entry_type: str, fields: dict[str, str]) -> bool:
    """Is the entry a preprint (an arXiv eprint saved as BibLaTeX's ``@online``)?
    Its ``date`` gives year and month only, as every preprint's does (README rule
    14); a ``day`` field is still printed.  Read from the entry's own signs, not
    :func:`healthkb.rules.source_rules.posted_preprint`, which imports this module
    (the import graph has no cycles); a journal named makes it no preprint."""
    if entry_type.lower() in ("thesis", "phdthesis", "mastersthesis"):
        return False  # a thesis kept on a server is still a thesis
    if fields.get("journal") or fields.get("journaltitle"):
        return False
    signs = (
        fields.get(name, "").strip(" {}")
        for name in ("eprinttype", "pubstate", "url", "doi")
    )
    return any(_SERVER_SIGNS.search(sign) for sign in signs if sign)


def _day_of_month(fields: dict[str, str]) -> None:
    """A ``day`` field kept only as a day of the month. A BibLaTeX ``date``'s day
    is not used: exporters (Zotero) put the online date there, and other sets'
    writers print the issue's month alone (blind3, real_entries.bib)."""
    day = fields.get("day", "").strip(" {}")
    if day.isdigit() and 1 <= int(day) <= 31:
        fields["day"] = str(int(day))
    elif "day" in fields:
        del fields["day"]


_TITLE_SMALL_WORDS = frozenset(["of", "in", "and", "the", "for", "on", "&", "a"])


def abbreviates(short: str, name: str) -> bool:
    """Is *short* the abbreviation of *name* ("Prog Biophys Mol Biol" of
    "Progress in Biophysics and Molecular Biology"): a word for each of its
    words, each the start of it, one at least shortened?"""
    shorts = re.sub(r"[{}.]", "", short).split()
    words = [
        w
        for w in re.sub(r"[{}]", "", name).split()
        if w.lower() not in _TITLE_SMALL_WORDS
    ]
    return (
        len(shorts) >= 2
        and len(shorts) == len(words)
        and all(
            w.lower().startswith(s.lower()) for s, w in zip(shorts, words, strict=True)
        )
        and any(len(s) < len(w) for s, w in zip(shorts, words, strict=True))
    )


#: the proceedings of one meeting, by its name: "Proceedings of INTER-NOISE 96",
#: "Proc. of the 12th Workshop on ...", "Proceedings of ... Conference 2019" (not
#: a journal of proceedings: "Proceedings of the National Academy of Sciences")
_MEETING_PROCEEDINGS = re.compile(
    r"^(?:Proceedings|Proc\.?)\b(?=.*(?:\b(?:conference|congress|symposium|workshop"
    r"|meeting|colloquium|convention|summit)\b|\b\d+(?:st|nd|rd|th)\b"
    r"|(?:\b|')(?:19|20)?\d\d\s*$))",
    re.IGNORECASE,
)


def _type_as_published(entry_type: str, fields: dict[str, str]) -> str:
    """Scopus's types, from what the entry names: a ``@CONFERENCE`` paper with a
    ``journal`` (no ``booktitle``) was published in that journal ("IOP Conference
    Series: ..."), an article; a ``@BOOK`` with a ``journal`` and pages (or
    ``document_type = {Book Chapter}``) is a chapter, the book's title in
    ``journal``."""
    if entry_type in ("inproceedings", "incollection", "conference") and (
        abbreviates(fields.get("publisher", ""), fields.get("booktitle", ""))
    ):
        # Mendeley's journal article as @inproceedings: the journal in booktitle,
        # its NLM abbreviation in publisher ("Prog Biophys Mol Biol")
        fields["journal"] = fields.pop("booktitle")
        del fields["publisher"]
        return "article"
    if fields.get("booktitle") or not fields.get("journal", "").strip(" {}"):
        return entry_type
    if entry_type in ("conference", "inproceedings"):
        if _MEETING_PROCEEDINGS.match(fields["journal"].strip(" {}")):
            # a hand-written paper's proceedings typed in journal ("Proceedings of
            # INTER-NOISE 96"): a meeting's book, not a journal
            fields["booktitle"] = fields.pop("journal")
            return entry_type
        return "article"
    chapter = "chapter" in fields.get("document_type", "").lower()
    if entry_type == "book" and (chapter or fields.get("pages", "").strip(" {}")):
        fields["booktitle"] = fields.pop("journal")
        return "incollection"
    return entry_type


def _bare_page(entry_type: str, fields: dict[str, str]) -> bool:
    """A ``@misc`` or ``@unpublished`` that is only an address (BibDesk's web page:
    a title, a BibLaTeX ``date`` and a ``url``, no venue, publisher or DOI): a web
    page, whose date is the day it was posted."""
    venues = ("journal", "booktitle", "publisher", "institution", "organization",
              "howpublished", "doi", "eprint", "note", "type", "number", "version")  # fmt: skip
    return (
        entry_type in ("misc", "unpublished")
        and bool(fields.get("url", "").strip(" {}"))
        and not any(fields.get(name, "").strip(" {}") for name in venues)
    )


#: a chapter's number or heading, not its title: "5", "Chapter 3: Methods",
#: "Part II", bioRxiv's section "New Results"
_CHAPTER_HEADING = re.compile(
    r"^\s*\{*\s*(?:\d|[IVXLC]+\b|(?:chapter|chap|part|section|unit|appendix)\b)",
    re.IGNORECASE,
)


def _chapter_is_a_contribution(
    fields: dict[str, str], persons: dict[str, list[Person]]
) -> bool:
    """Does a classic ``@inbook`` (no ``booktitle``) give a chapter's own title in
    ``chapter`` ("Role of self-efficacy in burnout"; four words at least, no
    number or heading) in a book edited by people other than its authors?"""
    chapter = fields.get("chapter", "").strip(" {}")
    if fields.get("booktitle") or not fields.get("title") or not chapter:
        return False
    if len(chapter.split()) < 4 or _CHAPTER_HEADING.match(chapter):
        return False
    editors = {" ".join(p.last_names).casefold() for p in persons.get("editor", [])}
    authors = {" ".join(p.last_names).casefold() for p in persons.get("author", [])}
    return bool(editors) and bool(authors) and not editors >= authors


def normalised(entry: Entry, parents: dict[str, Entry] | None = None) -> Entry:
    """A copy of *entry* with BibTeX field names, split dates, clean DOI and months.

    *parents* maps casefolded keys to entries, for ``crossref``/``xdata``.
    """
    inherited: dict[str, list[Person]] = {}
    fields = _resolved_fields(entry, parents, inherited)
    for name, value in fields.items():
        if _HTML_ENTITY.search(value):
            # Crossref's answers escape for HTML: "Neurosurgery &amp; Psychiatry"
            fields[name] = html.unescape(value)
    for name in ("title", "booktitle", "journal", "journaltitle"):
        if name in fields and _HTML_TAG.search(fields[name]):
            # Web of Science's and Crossref's italics: "<i>Campylobacter</i>"
            fields[name] = _HTML_TAG.sub("", fields[name])
    for biblatex, bibtex in _BIBLATEX_NAMES.items():
        if fields.get(biblatex) and not fields.get(bibtex):
            fields[bibtex] = fields[biblatex]
    # "-", "n/a": a placeholder an author typed for a number not known yet; an
    # empty field (IEEE's ``volume={}``, PubMed exports' ``pages = {}``) says nothing
    for name in ("volume", "number", "issue", "pages"):
        if name in fields and (
            _PLACEHOLDER.match(fields[name]) or not fields[name].strip(" {}")
        ):
            del fields[name]
    for name in _ZERO_WHEN_UNKNOWN:
        if fields.get(name, "").strip(" {}") == "0":
            del fields[name]
    if _BARE_SEPARATOR.search(fields.get("title", "")):
        fields["title"] = _BARE_SEPARATOR.sub("", fields["title"])
    title = fields.get("title", "")
    journal = fields.get("journal", "").strip(" {}")
    if len(journal.split()) > 1 and title.startswith(journal + ":"):
        # a journal's name before its paper's own title ("The R Journal:
        # casebase: ..."): a name, kept as the journal is
        title = fields["title"] = "{" + journal + "}" + title[len(journal) :]
    if title.count('"') % 2 and '""' in title:
        # one quotation mark typed twice (R's citation(): 'for "Applied Survival
        # Analysis Using R""'): readers would see the stray one
        fields["title"] = title.replace('""', '"', 1)
    for name in ("number", "issue"):
        if supplement := _SUPPLEMENT.match(fields.get(name, "")):
            # Oxford's "Supplement_1", "Suppl. 2", Wiley's "S5": Citing
            # Medicine's "Suppl 1" (BibLaTeX's ``issue`` as BibTeX's ``number``)
            which = supplement.group(1) or supplement.group(2) or ""
            fields[name] = f"Suppl {which}".rstrip()
    for name in ("number", "issue"):
        if name in fields:
            fields[name] = special_issue(fields[name])
        value = fields.get(name, "")
        if _DATE_CODE_ISSUE.match(value) and not _one_month(value):
            del fields[name]
        elif (dated := _ISSUE_WITH_DATE.match(value)) and _one_month(dated.group(2)):
            fields[name] = dated.group(1)
    entry_type = _type_as_published(entry.type, fields)
    if entry_type == "generic":
        # Mendeley Reference Manager's Generic item: a misc, typed by its fields
        # as any misc is (a journal with its volume or issue: an article)
        entry_type = "misc"
    if entry_type == "article" and not fields.get("pages"):
        # BMJ's elocation-id, BibLaTeX's eid, Web of Science's Article-Number,
        # Scopus's art_number: the article number, in the page place
        for name in ("eid", "elocation-id", "article-number", "art_number"):
            number = fields.get(name, "").strip(" {}")
            if number and number == clean_doi(fields.get("doi", "")).partition("/")[2]:
                # SAGE's online-first papers: Web of Science's article number is
                # the DOI's suffix again ("0163278720958186"), no locator
                continue
            if number:
                fields["pages"] = fields[name]
                break
    if (
        entry_type == "article"
        and fields.get("volume")
        and (number := fields.get("number", "").strip(" {}"))
        and number == fields.get("pages", "").strip(" {}")
        and re.fullmatch(r"[A-Za-z]?\d{4,}", number)
    ):
        # Paperpile's (and PubMed's) article number typed in number and pages
        # both ("89(105787):105787"): the locator, no issue
        del fields["number"]
    if (
        entry_type in ("misc", "software", "manual", *_WEB_PAGES)
        and _VERSION_AS_PAGES.match(fields.get("pages", ""))
        and not fields.get("version")
    ):
        # Zotero files a program's version in pages ("1.1.4"): no page range
        # has two dots in it
        fields["version"] = fields.pop("pages").strip(" {}")
    if fields.get("pages"):
        fields["pages"] = _PAGES_DOI.sub("", fields["pages"])
        # "pp. 12-19": the style says "p." where Citing Medicine wants it
        fields["pages"] = re.sub(r"^\s*pp?\.\s*", "", fields["pages"])
    _forthcoming(fields)
    _issue_in_volume(fields)
    if (address := _URL_AND_MORE.match(fields.get("url", ""))) and " " in fields[
        "url"
    ].strip():
        # "https://… (accessed 21July2021)": the address, then its reader's stamp
        fields["url"] = address.group(1)
    if _ISBN_NOTE.match(fields.get("note", "")):
        # "ISBN 978-1138700109": the book's number, which Citing Medicine leaves out
        del fields["note"]
    _edition_in_title(entry_type, fields)
    _reading_date_in_year(fields)
    online_first_date(fields)
    _split_month_day(fields)
    _date_in_year(fields)
    date = _DATE.match(fields.get("date", ""))
    if (
        date
        and date.group(2)
        and fields.get("year", "").strip(" {}") == date.group(1)
        and not fields.get("month")
    ):
        # ``year`` and ``date`` both given (a hand-edited export): the date's
        # month completes the year
        fields["month"] = date.group(2)
    if date and not fields.get("year"):
        fields["year"] = date.group(1)
        if date.group(2) and not fields.get("month"):
            fields["month"] = date.group(2)
            if (
                date.group(3)
                and (entry.type in _WEB_PAGES or _bare_page(entry.type, fields))
                and not fields.get("day")
                and not _posted_on_a_server(entry.type, fields)
            ):
                # a web page's date is the day it was posted (Citing Medicine:
                # "2015 Sep 23"); an article's is Zotero's online date, and a
                # preprint's (an ``@online`` arXiv eprint) its version's
                fields["day"] = date.group(3)
            span = _MONTH_SPAN.match(fields["date"])
            if (
                span
                and span.group(1) == span.group(3)
                and span.group(2) != span.group(4)
            ):
                fields["month"] = f"{span.group(2)}-{span.group(4)}"
    if fields.get("month"):
        fields["month"] = month_abbreviation(fields["month"])
    _day_of_month(fields)
    for name in ("title", "booktitle"):
        if name in fields and "- " in fields[name]:
            # "non-" at a line's end and "pharmaceutical" on the next (BibTeX
            # reads the break as a space): one word wrapped after its hyphen;
            # "pre- and post-operative" keeps its suspended hyphen
            fields[name] = _BROKEN_HYPHEN.sub("-", fields[name])
    if _MANUSCRIPT_STATE.match(fields.get("journal", "")) and not fields.get("note"):
        # "journal = {In preparation}": a manuscript's state, not where it was
        # published; Citing Medicine gives it as a note
        fields["note"] = fields.pop("journal").strip(" {}.")
    for name in ("howpublished", "publisher", "journal"):
        # IEEE's medium "[Online]" after a blog's or site's name: NLM says
        # "[Internet]" after the title instead
        if name in fields and (bare := _MEDIUM.sub("", fields[name])).strip():
            fields[name] = bare
    # Mendeley writes the issue as ``issue`` (BibLaTeX's ``number``)
    if fields.get("issue") and not fields.get("number"):
        fields["number"] = fields["issue"]
    # R's citation() and others give a manual's address only in note:
    # "https://mc-stan.org/cmdstanr, https://discourse.mc-stan.org"
    available = _NOTE_AVAILABLE.match(fields.get("note", ""))
    if available and not fields.get("url"):
        # "Available at: https://…", IEEE's "[Online]. Available: https://…"
        fields["url"] = available.group(1)
        del fields["note"]
    if (
        _NOTE_COUNT.match(fields.get("note", ""))
        or _CITED_BY.match(fields.get("note", ""))
        or ("note" in fields and any(name in fields for name in _WOS_FIELDS))
    ):
        # Zotero's Scholar Citations count ("00012"), Scopus's "cited By 0",
        # Web of Science's meeting of a proceedings paper
        del fields["note"]
    only_urls = _NOTE_URLS.match(fields.get("note", ""))
    if only_urls and not fields.get("url"):
        fields["url"] = only_urls.group(1)
        del fields["note"]
    note_url = _NOTE_URL_FIRST.match(fields.get("note", ""))
    if note_url and not fields.get("url"):
        # "\url{https://...pdf}, accessed July 2, 2026": the address, then the rest
        fields["url"] = note_url.group(1)
        fields["note"] = fields["note"][note_url.end() :].strip()
    if _ACCESS_STAMP.match(fields.get("note", "")) or _REVISION_STAMP.match(
        fields.get("note", "")
    ):
        del fields["note"]
    accessed = _ACCESSED.search(fields.get("note", ""))
    if accessed:
        # "Accessed 2026", "accessed July 2, 2026": the editor's bookkeeping, like
        # Zotero's "Accessed:" line ("[cited ...]" comes from urldate only)
        # "Version 2.18 - Last accessed 2020-12-18": nor the dash before it
        fields["note"] = fields["note"][: accessed.start()].strip(" ,;.-\u2013\u2014")
    if _TYPE_NOTE.match(fields.get("note", "")):
        # Dataverse's JabRef export: ``note = {Data}``, the kind of work, which
        # "[Internet]" and the repository already say
        del fields["note"]
    if (
        entry_type in ("book", "article")
        and _PACKAGE_VERSION.match(fields.get("note", ""))
        and any(fields.get(name, "").strip(" {}") for name in ("publisher", "journal"))
    ):
        # R's citation() for a package whose reference is its book or paper keeps
        # the package's "R package version 2021.10.10" note: not the book's
        del fields["note"]
    if _UNFILLED_STAMP.match(fields.get("note", "")):
        # a citation template's access stamp never filled in ("Retrieved [Date
        # Retrieved]"): bookkeeping, and it says no date
        del fields["note"]
    for name in ("howpublished", "publisher"):
        # "howpublished = {PDF}", "{Dataset}": the work's format or kind, which
        # "[Internet]" and the address already say, not who published it
        if _FORMAT_NOT_PUBLISHER.match(fields.get(name, "")):
            del fields[name]
    for name in ("publisher", "organization"):
        # "publisher = {Available at \url{http://…}}": where the work is read
        where = HOWPUBLISHED_URL.match(fields.get(name, ""))
        if where and raw_address(fields.get("url", "")) in ("", where.group(1)):
            fields["url"] = where.group(1)
            del fields[name]
    if labelled := _URL_LABEL.match(fields.get("url", "")):
        # "url = {Available at www.example.org}": the label is the exporter's
        fields["url"] = fields["url"][labelled.end() :]
    for name in ("address", "location"):
        # a web address typed as the place of publication ("address =
        # {https://www.health.govt.nz/...}") is where the work is, no place
        where = HOWPUBLISHED_URL.match(fields.get(name, ""))
        if where:
            if raw_address(fields.get("url", "")) in ("", where.group(1)):
                fields["url"] = where.group(1)
            del fields[name]
    if _VERSION_STATEMENT.match(fields.get("howpublished", "")) and not fields.get(
        "note"
    ):
        # "\texttt{R} package version 0.4-7" typed as how it was published: no
        # publisher, the version note R's citation() writes
        fields["note"] = fields.pop("howpublished")
    web = HOWPUBLISHED_URL.match(fields.get("howpublished", ""))
    if web and raw_address(fields.get("url", "")) in ("", web.group(1)):
        # the address given twice (howpublished and url) is printed once
        fields["url"] = web.group(1)
        del fields["howpublished"]
    # BibTeX from PubMed (bibtex.pubmed and the like) names the PMID ``pubmed``,
    # Scopus's export ``pubmed_id``
    for name in ("pubmed", "pubmed_id"):
        if fields.get(name, "").strip().isdigit() and not fields.get("pmid"):
            fields["pmid"] = fields[name].strip()
    _preprint_server_named(fields)
    kind = fields.get("eprinttype", "").strip().lower()
    if kind in ("pmid", "pubmed") and fields.get("eprint") and not fields.get("pmid"):
        fields["pmid"] = fields["eprint"].strip()
    if kind == "doi" and fields.get("eprint") and not fields.get("doi"):
        fields["doi"] = fields["eprint"]
    if _CATALOGUE_LINK.match(fields.get("url", "")):
        # a library catalogue's link to the book's cover or contents (MARC 856,
        # "Cover image http://…"), not to the work: Citing Medicine gives none
        del fields["url"]
    url = raw_address(fields.get("url", ""))
    if (
        not fields.get("doi")
        and _DOI_PREFIX.match(url)
        and ("/10." in url or clean_doi(url).startswith("10."))
    ):
        # "https://doi.org/10.…", and "doi:10.…" typed as the address
        # the address is a DOI's: print it as the DOI (Citing Medicine)
        fields["doi"] = url
    if fields.get("pmid") and not fields["pmid"].strip(" {}").isdigit():
        _pmid_field_read(fields)
    if fields.get("doi") and not_a_doi(fields["doi"]):
        # a publisher's item number in the DOI field (PubMed scripts write the
        # PII there: "S1532-0464(18)30051-0"): no DOI, so it is left out
        del fields["doi"]
    if fields.get("doi"):
        fields["doi"] = clean_doi(fields["doi"])
        # doi.org's answers give the DOI's own link as url: it is the DOI, not a
        # web page (a dataset or software would otherwise print it twice)
        url = raw_address(fields.get("url", ""))
        if (
            _DOI_PREFIX.match(url)
            and clean_doi(url).casefold() == fields["doi"].casefold()
        ):
            del fields["url"]
    for name, found in _NOTE_IDS.findall(fields.get("annote", "")):
        # Mendeley and BibDesk keep "PMID: 22101970" in annote
        if name.lower() in ("pmid", "doi") and not fields.get(name.lower()):
            fields[name.lower()] = found.rstrip(".")
    if entry.key and fields.get("note", "").strip(" {}").casefold() == (
        entry.key.casefold()
    ):
        # EndNote's label (the citation key again) in note: bookkeeping
        del fields["note"]
    if (
        "note" in fields
        and not any(fields.get(name) for name in _PUBLISHED_BY)
        and (publisher := exporter_value(fields["note"], "publisher"))
    ):
        # Zotero's "Publisher: figshare" line is the only place it names one
        fields["publisher"] = publisher
    if (listed := identifiers_in_note(fields.get("note", ""))) is not None:
        for name, value in listed.items():
            fields.setdefault(name, value)
        del fields["note"]
    if "note" in fields:
        # Zotero's Extra field arrives in note: "PMID: 123", "DOI: 10..." there
        # are the work's identifiers, which other exporters give as fields
        for name, found in _NOTE_IDS.findall(fields["note"]):
            name = name.lower()
            if name in ("pmid", "doi") and not fields.get(name):
                fields[name] = found.rstrip(".")
        fields["note"] = reader_note(fields["note"])
    if (
        not fields.get("address")
        and (both := _PLACE_AND_PUBLISHER.match(fields.get("publisher", "")))
        and not _PUBLISHER_WORDS.search(both.group(1))
    ):
        # a library catalogue's "New York : Hafner Pub. Co." (ISBD's spaced colon)
        fields["address"], fields["publisher"] = both.group(1), both.group(2)
    database_publisher(fields)
    if entry.type in ("report", "techreport") and not fields.get("institution"):
        fields["institution"] = fields.get("publisher", "")
    persons: dict[str, list[Person]] = {
        role.lower(): list(people) for role, people in entry.persons.items()
    }
    for role, people in inherited.items():
        persons.setdefault(role, people)
    _place_before_body(persons, fields)
    if fields.get("note") and _lists_the_authors(fields["note"], persons):
        # EndNote's PubMed import: "Salama, Mostafa M / Mohamed, Sherif A / eng /
        # Germany / 2023/08/23 ..." is the record, not a note for readers
        del fields["note"]
    # Mendeley files a journal article it could not type as @misc, its journal
    # in booktitle (with the journal's ISSN): an article, not a web page
    if (
        entry_type == "misc"
        and fields.get("booktitle")
        and not fields.get("journal")
        # a journal's home page as url is no web page of the article's own
        and (not fields.get("url") or _has_issue(fields))
        and fields.get("issn")
    ):
        fields["journal"] = fields["booktitle"]
        entry_type = "article"
    if (
        entry_type in ("techreport", "report")
        and fields.get("booktitle", "").strip(" {}")
        and not fields.get("journal")
        and fields.get("volume", "").strip(" {}")
        and not any(fields.get(name) for name in ("institution", "publisher", "number"))
    ):
        # Mendeley's @techreport for a PDF it could not type: a volume in the
        # "book" with no body that issued it and no report number is a journal's
        fields["journal"] = fields.pop("booktitle")
        entry_type = "article"
    if (
        entry_type == "misc"
        and fields.get("journal", "").strip(" {}")
        and _has_issue(fields)
        and not fields.get("url")
    ):
        # Paperpile's journal article as @MISC: a journal with its volume or
        # issue says where it was published
        entry_type = "article"
    if (
        entry_type == "article"
        and not fields.get("journal", "").strip(" {}")
        and not fields.get("booktitle")
        and fields.get("publisher", "").strip(" {}")
        and not _has_issue(fields)
        and not fields.get("pages", "").strip(" {}")
        and _by_a_body(persons)
    ):
        # Google Scholar's WHO document as @article: no journal, a body as its
        # author and the body that published it; Citing Medicine's book
        # ("Geneva: WHO; 2017."). A paper by people with no journal stays an
        # article with its journal missing (a preprint's server, a lost field)
        entry_type = "book"
    if entry_type == "inbook" and _chapter_is_a_contribution(fields, persons):
        # JabRef's (and BibTeX's) classic @InBook with the chapter's own title in
        # ``chapter`` and its author's book edited by others: a contribution,
        # Citing Medicine's "Author. Chapter. In: Editors, editors. Book."
        fields["booktitle"] = fields["title"]
        fields["title"] = fields.pop("chapter")
        entry_type = "incollection"
    thesis_type = fields.get("type", "").lower()
    if entry_type == "misc" and _THESIS_TYPE.search(thesis_type):
        # Zotero's thesis saved as @misc: its type names the degree ("Laurea
        # Magistrale / Specialistica", "PhD thesis")
        entry_type = "phdthesis"
    copy = Entry(_TYPES.get(entry_type, entry_type), fields=fields, persons=persons)
    copy.key = entry.key
    if entry.type == "thesis" and (
        "master" in thesis_type or thesis_type == "mathesis"
    ):
        copy.type = "mastersthesis"  # BibLaTeX's ``type = {mathesis}``
    return copy
