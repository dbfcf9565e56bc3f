"""What every source in ``references.bib`` must say, so readers can find it.

Each entry needs a title, a year, authors (or an organisation) and a journal or
publisher. Journal articles and preprints also need a way to find them: a DOI, a
PubMed id or a URL. When none is known (the content brief may say a DOI is unknown,
and one must never be invented), the entry says so in an ``identifier-unknown``
field, with the reason::

    identifier-unknown = {The publisher's DOI is not known; cite by journal and
                          article number}

so the check stays an error for entries that simply leave it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from healthkb.bib.fields import clean_doi, normalised, not_a_doi
from healthkb.bib.organisation_words import ORGANISATION_WORDS, names_an_organisation
from healthkb.bib.proper_nouns import proper_nouns, proper_phrases
from healthkb.problems import Problem, problem

if TYPE_CHECKING:
    from pybtex.database import Entry, Person

    from healthkb.bib.read import Bibliography

DOI = re.compile(r"^10\.\d{4,9}/\S+$")
PMID = re.compile(r"^\d{1,9}$")
YEAR = re.compile(r"^\d{4}$")
NO_IDENTIFIER = "identifier-unknown"
#: where a source was published, by entry type (the default is the last row)
_VENUES = {
    "article": ("journal",),
    "preprint": ("journal", "publisher", "howpublished", "eprinttype", "archiveprefix"),
    "*": (
        "publisher",
        "journal",
        "howpublished",
        "organization",
        "institution",
        "school",
        "booktitle",
    ),
}


#: servers whose papers are not peer reviewed (journal, publisher or eprinttype)
PREPRINT_SERVERS = frozenset(
    [
        "medrxiv",
        "biorxiv",
        "arxiv",
        "ssrn",
        "preprints.org",
        "preprints",
        "psyarxiv",
        "socarxiv",
        "chemrxiv",
        "authorea",
        "openrxiv",
        "techrxiv",
    ]
) | {"research square", "osf preprints", "ssrn electronic journal"}
#: a server's name written out, as Zotero's Preprint item names its repository
#: ("Social Science Research Network", SSRN's old name): the server it is
SERVER_FULL_NAMES = {"social science research network": "SSRN"}
PREPRINT_SERVERS |= frozenset(SERVER_FULL_NAMES)
#: Zotero's SSRN papers saved as reports (before its Preprint type, zotero/
#: translators ba3cec3f): ``type = {SSRN Scholarly Paper}``, "SSRN Working Paper"
_SERVER_AS_TYPE = re.compile(r"^\W*ssrn\b", re.IGNORECASE)
#: DOI prefixes of preprint servers: medRxiv/bioRxiv (10.1101 with a dated or
#: six-digit suffix; 10.1101/gr... is Genome Research), Research Square, SSRN, arXiv
_PREPRINT_DOI = re.compile(
    r"^(?:10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.|\d{6}$)|10\.21203/|10\.2139/ssrn|"
    r"10\.48550/|10\.20944/preprints)",
    re.IGNORECASE,
)
#: a server named in the *Rxiv way: MetaArXiv, EdArXiv, EcoEvoRxiv, AfricArXiv
_RXIV_NAME = re.compile(r"[a-z]{2,12}r?xiv")


def is_preprint(entry: Entry) -> bool:
    """Unreviewed: ``@unpublished``, ``pubstate``, a preprint server or its DOI."""
    fields = {name.lower(): value for name, value in entry.fields.items()}
    state = fields.get("pubstate", "").strip().lower()
    if entry.type == "unpublished" or state == "preprint":
        return True
    if entry.type in ("thesis", "phdthesis", "mastersthesis"):
        return False  # a thesis kept on a server (PsyArXiv) is still a thesis
    # Zotero's Preprint item: ``@techreport{..., type = {preprint}``; an address on
    # a preprint server, unless a journal is named (the published version)
    if fields.get("type", "").strip().lower() == "preprint":
        return True
    if _SERVER_AS_TYPE.match(fields.get("type", "")) and not fields.get("journal"):
        return True
    if not fields.get("journal") and preprint_server({"url": fields.get("url", "")}):
        return True
    doi = re.sub(
        r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)",
        "",
        fields.get("doi", "").strip(),
        flags=re.IGNORECASE,
    )
    # an arXiv id beside a journal's DOI is another copy of a published paper
    # (Mendeley and Google Scholar add one): the DOI says what is cited
    published_doi = bool(doi) and not _PREPRINT_DOI.match(doi)
    # so is an arXiv id beside a journal's volume or pages (Mendeley's arxivId on
    # a JMLR paper): the journal says where it was published
    journal = re.sub(r"[{}]", "", fields.get("journal", "")).strip().lower()
    in_a_journal = bool(journal) and not (
        journal in PREPRINT_SERVERS or name_is_preprint_server(journal)
    )
    published_doi = published_doi or (
        in_a_journal and bool(fields.get("volume") or fields.get("pages"))
    )
    # and an arXiv id beside a conference's proceedings or a journal named in
    # full (a hand-written "eprint = {2301.08243}" on a CVPR paper, on a TMLR
    # article with no volume yet): the venue says the paper was published there
    published_doi = published_doi or published_venue(fields)
    # Paperpile's ``@techreport{institution = {PeerJ Preprints}}``: the server is
    # the report's institution
    names = ["journal", "journaltitle", "publisher", "howpublished", "institution"]
    if not published_doi:
        names += ["eprinttype", "archiveprefix"]
    for name in names:
        value = re.sub(r"[{}]", "", fields.get(name, "")).strip().lower()
        if (
            value in PREPRINT_SERVERS
            or _RXIV_NAME.fullmatch(value)
            or (name != "publisher" and name_is_preprint_server(value))
        ):
            return True
    return bool(_PREPRINT_DOI.match(doi))


def published_venue(fields: dict[str, str]) -> bool:
    """Does the entry name where the paper was published, a conference's
    proceedings (``booktitle``) or a journal, that is no preprint server (nor
    arXiv's CoRR, nor "arXiv.org")?"""
    for name in ("booktitle", "journal"):
        venue = re.sub(r"[{}]", "", fields.get(name, "")).strip().lower()
        if not venue:
            continue
        return not (
            venue in PREPRINT_SERVERS
            or name_is_preprint_server(venue)
            or _RXIV_NAME.fullmatch(venue.removesuffix(".org"))
            or venue == "corr"
        )
    return False


def posted_preprint(entry: Entry) -> bool:
    """Printed as Citing Medicine's preprint: posted on a server. BibTeX's
    ``@unpublished`` alone (a manuscript, a personal communication) is unreviewed
    but was never posted, so it needs a server, a preprint DOI or ``pubstate``."""
    from pybtex.database import Entry as Record

    if entry.type != "unpublished":
        return is_preprint(entry)
    return is_preprint(Record("misc", fields=entry.fields, persons=entry.persons))


#: a server's name with more after it: Google Scholar's "arXiv preprint
#: arXiv:2001.01234", PubMed's "medRxiv : the preprint server for health sciences",
#: "JMIR Preprints"
_SERVER_WITH_MORE = re.compile(
    r"^(?P<server>[a-z]*rxiv|ssrn)\b\s*(?:preprint\b|:|\[)|\bpreprints?\b",
    re.IGNORECASE,
)


def name_is_preprint_server(value: str) -> bool:
    """Is a journal's name (*value*) a preprint server's, however exporters
    write it?"""
    return bool(_SERVER_WITH_MORE.search(value.strip()))


#: preprint servers by the address a reference manager saved
_SERVER_HOSTS = (
    ("medrxiv.org", "medRxiv"),
    ("biorxiv.org", "bioRxiv"),
    ("arxiv.org", "arXiv"),
    ("researchsquare.com", "Research Square"),
    ("ssrn.com", "SSRN"),
)
#: medRxiv and bioRxiv share the 10.1101 prefix; medRxiv's dated suffixes end in
#: eight digits (``2021.04.01.21254814``), bioRxiv's in six
_SERVER_DOIS = (
    (re.compile(r"^10\.1101/\d{4}\.\d{2}\.\d{2}\.\d{8}(v\d+)?$"), "medRxiv"),
    (re.compile(r"^10\.1101/\d{4}\.\d{2}\.\d{2}\.\d{6}(v\d+)?$"), "bioRxiv"),
    (re.compile(r"^10\.48550/", re.IGNORECASE), "arXiv"),
    # Crossref names Research Square's company ("Research Square Platform LLC")
    (re.compile(r"^10\.21203/rs\.", re.IGNORECASE), "Research Square"),
    (re.compile(r"^10\.2139/ssrn", re.IGNORECASE), "SSRN"),
)


def preprint_server(fields: dict[str, str] | Any) -> str:
    """The server a preprint's URL or DOI names (``medRxiv``), else ``""``: Zotero
    files medRxiv papers as reports of their subject (``institution = {Neurology}``)."""
    # Zotero's Preprint item names its repository as the institution (but files a
    # medRxiv paper under its subject: ``institution = {Neurology}``)
    institution = re.sub(r"[{}]", "", fields.get("institution", "")).strip()
    if institution.lower() in PREPRINT_SERVERS:
        return SERVER_FULL_NAMES.get(institution.lower(), institution)
    if _SERVER_AS_TYPE.match(fields.get("type", "")):
        return "SSRN"
    url = re.sub(r"^\s*\\url\s*|[{}]", "", fields.get("url", "")).strip().lower()
    for domain, name in _SERVER_HOSTS:
        if re.match(rf"^https?://(?:[\w-]+\.)*{re.escape(domain)}(?:/|$)", url):
            return name
    doi = clean_doi(fields.get("doi", ""))
    for pattern, name in _SERVER_DOIS:
        if pattern.match(doi):
            return name
    return ""


def organisation_parts(person: Person) -> list[str]:
    """An organisation author's words in their order (pybtex splits it like a
    person's name); "Public Health, England" is "Public Health England"."""
    if _place_as_given_name(person):
        return person.last_names + person.first_names
    if _body_and_its_site(person) or _body_and_its_unit(person):
        return [*person.last_names[:-1], person.last_names[-1] + ","] + (
            person.first_names + person.middle_names
        )
    return (
        person.first_names
        + person.middle_names
        + person.prelast_names
        + person.last_names
    )


def organisation_name(person: Person) -> str:
    """An organisation author as written."""
    return " ".join(organisation_parts(person))


def _is_place(words: list[str]) -> bool:
    """Are *words* one place's name ("England", "New Zealand")?"""
    plain = [re.sub(r"[{}]", "", word) for word in words]
    if len(plain) == 1:
        return plain[0] in proper_nouns()
    return tuple(word.lower() for word in plain) in proper_phrases()


def _body_named_after_place(person: Person) -> bool:
    """ "Public Health England", "Health Protection Scotland", "Statistics Canada"
    unbraced (pybtex: given names "Public Health", surname "England"): a public
    body's words before a place."""
    given = person.first_names + person.middle_names
    return (
        bool(given)
        and not person.prelast_names
        and _is_place(person.last_names)
        and all(re.sub(r"[{}]", "", word)[:1].isupper() for word in given)
        and any(re.sub(r"[{}]", "", w).lower() in _PUBLIC_BODY_WORDS for w in given)
    )


def _body_and_its_site(person: Person) -> bool:
    """DataCite's "IBM Research, Haifa": a body (an acronym and a word of a body's
    name) and, after the comma, the one place it is in."""
    given = person.first_names + person.middle_names
    family = [re.sub(r"[{}]", "", word) for word in person.last_names]
    return (
        len(given) == 1
        and not person.prelast_names
        and len(family) >= 2
        and any(re.fullmatch(r"[A-Z]{2,6}", word) for word in family)
        and any(
            word.lower() in _PUBLIC_BODY_WORDS or names_an_organisation(word)
            for word in family
        )
        and re.fullmatch(r"[A-Z][a-z]+", re.sub(r"[{}]", "", given[0])) is not None
    )


def _body_and_its_unit(person: Person) -> bool:
    """ "ASST Vimercate, Ingegneria Clinica": a body named by its acronym and a
    name word, then after the comma its unit in words (no initials). A surname
    all in capitals ("GARCÍA LÓPEZ, María José") is a person's."""
    given = [
        re.sub(r"[{}]", "", word) for word in person.first_names + person.middle_names
    ]
    family = [re.sub(r"[{}]", "", word) for word in person.last_names]
    return (
        len(given) >= 2
        and not person.prelast_names
        and len(family) >= 2
        and any(re.fullmatch(r"[A-Z]{3,6}", word) for word in family)
        and any(re.fullmatch(r"[A-Z][a-z]+", word) for word in family)
        and all(re.fullmatch(r"[A-Z][a-z]{2,}", word) for word in given)
    )


def _place_as_given_name(person: Person) -> bool:
    """Zotero's two-field name for a body named after its country or region
    ("Public Health, England", "Health Protection, Scotland"): a surname of
    several words, one of a public body's (not "Guazzelli Williamson, Victoria"),
    and one given name that is a place."""
    given = person.first_names + person.middle_names
    return (
        len(given) == 1
        and len(person.last_names) >= 2
        and not person.prelast_names
        and given[0] in proper_nouns()
        and any(word.lower() in _PUBLIC_BODY_WORDS for word in person.last_names)
    )


#: the small words that link a body's name ("Government of Canada", "Ministry
#: for Women", "Office on Violence"); no surname's particle is one of them
_LINKING_WORDS = frozenset(["of", "for", "on"])


def _linked_body(person: Person) -> bool:
    """ "Government of Canada" unbraced, or Zotero's two-field "of Canada,
    Government" (pybtex reads both as given "Government", particle "of", surname
    "Canada"): a name's particle that is an English linking word ("of", "for",
    "on", with "the" after it) between capitalised words is a body's name, not a
    person's; particles of names are "van", "de", "von", "y", never "of"."""
    particle = [re.sub(r"[{}]", "", word).lower() for word in person.prelast_names]
    given = [
        re.sub(r"[{}]", "", word) for word in person.first_names + person.middle_names
    ]
    family = [re.sub(r"[{}]", "", word) for word in person.last_names]
    return (
        bool(particle)
        and particle[0] in _LINKING_WORDS
        and all(word in _LINKING_WORDS or word == "the" for word in particle)
        and bool(given)
        and all(re.fullmatch(r"[A-Z][a-z]+", word) for word in given)
        and all(word[:1].isupper() for word in family)
    )


#: words of the names of public bodies named after their place
_PUBLIC_BODY_WORDS = frozenset(
    """
    health public statistics protection research medicines safety care services
    education environment national standards food data security
    """.split()  # noqa: SIM905
)


def is_organisation(person: Person) -> bool:
    """A braced group author (``{{World Health Organization}}``) or a recognised one."""
    braced = not (person.first_names or person.middle_names) and any(
        part.startswith("{") for part in person.last_names
    )
    return braced or looks_like_organisation(person)


#: one initial or several run together, as given names are abbreviated ("J.",
#: "J.R.", "JR", "J.-P.")
_INITIAL = re.compile(r"(?:[A-Z]\.?-?){1,3}")


def looks_like_organisation(person: Person) -> bool:
    """An unbraced group author: "World Health Organization" read as a person."""
    if not (person.first_names or person.middle_names):
        return False
    given = [*person.first_names, *person.middle_names]
    if len(person.last_names) == 1 and all(_INITIAL.fullmatch(g) for g in given):
        # "Center, J. R.": a body has no initials, so a surname that is a body's
        # word (Center, Office, Board) with initials is a person
        return False
    if (
        _place_as_given_name(person)
        or _body_and_its_site(person)
        or _body_and_its_unit(person)
        or _body_named_after_place(person)
        or _linked_body(person)
    ):
        return True
    return bool(ORGANISATION_WORDS.search(str(person).replace(",", " ")))


def check_entries(
    bib: Bibliography, done: dict[str, list[Problem]] | None = None
) -> list[Problem]:
    """Every rule on every entry that could be read. *done*: the problems of some
    entries, found already by :func:`check_alone` (in another process)."""
    found: list[Problem] = []
    parents = {key.casefold(): entry for key, entry in bib.entries.items()}
    if "" in parents:  # a key '' is every entry's parent (see _resolved_fields)
        done = None
    for key, entry in bib.entries.items():
        if done is not None and key in done:
            found += done[key]
            continue
        found += _written_plainly(bib, key, entry)
        found += check_entry(bib, key, normalised(entry, parents))
    return found


def check_alone(bib: Bibliography, keys: Iterable[str]) -> dict[str, list[Problem]]:
    """What :func:`check_entries` finds in each of the entries *keys* that no other
    entry can change (no ``crossref`` or ``xdata``): key -> its problems."""
    found: dict[str, list[Problem]] = {}
    for key in keys:
        entry = bib.entries[key]
        if any(name.lower() in ("crossref", "xdata") for name in entry.fields):
            continue
        found[key] = _written_plainly(bib, key, entry) + check_entry(
            bib, key, normalised(entry)
        )
    return found


def _written_plainly(bib: Bibliography, key: str, entry: Entry) -> list[Problem]:
    """Warnings for what is read but should be tidied in references.bib."""
    return _pmid_written_plainly(bib, key, entry) + _doi_written_plainly(
        bib, key, entry
    )


def _pmid_written_plainly(bib: Bibliography, key: str, entry: Entry) -> list[Problem]:
    raw = next((v for n, v in entry.fields.items() if n.lower() == "pmid"), "")
    raw = raw.strip(" {}")
    if not clean_doi(raw).startswith("10."):
        return []  # a PMID, or a value check_entry reports as an error
    return [
        problem(
            bib.path,
            bib.line_of(key, "pmid"),
            "bibliography-tidy",
            f"the PMID field of '{key}' holds the DOI '{raw}', not a PubMed number "
            "(digits only): it is read as a DOI, never printed as the PMID; give "
            "the PMID, or delete the field",
        )
    ]


def _doi_written_plainly(bib: Bibliography, key: str, entry: Entry) -> list[Problem]:
    raw_doi = entry.fields.get("doi", "").strip()
    if raw_doi and not_a_doi(raw_doi):
        return [
            problem(
                bib.path,
                bib.line_of(key, "doi"),
                "bibliography-tidy",
                f"the DOI field of '{key}' holds '{clean_doi(raw_doi)}', which is not "
                "a DOI (a DOI starts 10.): it is left out; give the DOI, or delete "
                "the field",
            )
        ]
    if raw_doi and raw_doi != clean_doi(raw_doi) and DOI.match(clean_doi(raw_doi)):
        return [
            problem(
                bib.path,
                bib.line_of(key, "doi"),
                "bibliography-tidy",
                f"the DOI of '{key}' is written as '{raw_doi}': it is read as "
                f"{clean_doi(raw_doi)}; write just that",
            )
        ]
    return []


def check_entry(bib: Bibliography, key: str, entry: Entry) -> list[Problem]:
    found: list[Problem] = []

    def report(field_name: str | None, message: str) -> None:
        found.append(
            problem(bib.path, bib.line_of(key, field_name), "bibliography", message)
        )

    fields = {name.lower(): value.strip() for name, value in entry.fields.items()}
    if not fields.get("title"):
        report(None, f"the source '{key}' has no title: add title = {{...}}")
    year = fields.get("year", "")
    if not year:
        report(None, f"the source '{key}' has no year: add year = {{YYYY}}")
    elif not YEAR.match(year):
        report("year", f"the year of '{key}' is '{year}': write the four-digit year")
    if not (
        entry.persons.get("author")
        or entry.persons.get("editor")
        or fields.get("organization")
    ):
        report(
            None,
            f"the source '{key}' has no authors: add "
            "author = {Surname, Given and Surname, Given}, or an organisation in "
            "double braces, like author = {{World Health Organization}}",
        )
    for role in ("author", "editor"):
        for person in entry.persons.get(role, []):
            if looks_like_organisation(person):
                # read whole all the same (vancouver.person_name), so a warning
                found.append(
                    problem(
                        bib.path,
                        bib.line_of(key, role),
                        "bibliography-tidy",
                        f"'{organisation_name(person)}' in '{key}' looks like an "
                        "organisation: put it in double braces, like "
                        f"{role} = {{{{World Health Organization}}}}, so it is never "
                        "read as a person's name",
                    )
                )
    kind = "preprint" if is_preprint(entry) else entry.type
    venues = _VENUES.get(kind, _VENUES["*"])
    # Citing Medicine: an organisation that wrote a report, book or page is its
    # publisher; a preprint's server can be read from its URL or DOI
    self_published = kind not in ("article", "preprint") and any(
        is_organisation(person) for person in entry.persons.get("author", [])
    )
    server_known = kind == "preprint" and preprint_server(fields)
    if not (any(fields.get(name) for name in venues) or self_published or server_known):
        what = "journal" if kind == "article" else "publisher (or journal or server)"
        report(
            None,
            f"the source '{key}' does not say where it was published: add its "
            f"{what}, like {venues[0]} = {{...}}",
        )
    found += _identifiers(bib, key, kind, fields)
    return found


def _identifiers(
    bib: Bibliography, key: str, kind: str, fields: dict[str, str]
) -> list[Problem]:
    found: list[Problem] = []

    def report(field_name: str | None, message: str) -> None:
        found.append(
            problem(bib.path, bib.line_of(key, field_name), "bibliography", message)
        )

    doi, pmid, url = (
        fields.get("doi", ""),
        fields.get("pmid", ""),
        fields.get("url", ""),
    )
    if "doi" in fields and not DOI.match(doi):
        hint = (
            "write only the DOI itself, starting 10."
            if doi.lower().startswith(("http", "doi:", "doi.org"))
            else "a DOI looks like 10.1234/abc.123"
        )
        report("doi", f"the DOI of '{key}' is not a valid DOI ('{doi}'): {hint}")
    if "pmid" in fields and not PMID.match(pmid):
        report(
            "pmid",
            f"the PMID of '{key}' must be the PubMed number only (digits), "
            f"not '{pmid}'",
        )
    if "url" in fields and not (url.lower().startswith("http://") and (doi or pmid)):
        # an old http:// address is harmless when the DOI or PMID finds the source
        problem_text = url_problem(url)
        if problem_text:
            report("url", f"the URL of '{key}' {problem_text}")
    reason = fields.get(NO_IDENTIFIER)
    has_identifier = bool(doi or pmid or url)
    if NO_IDENTIFIER in fields and has_identifier:
        report(
            NO_IDENTIFIER,
            f"'{key}' has a DOI, PMID or URL, so remove its {NO_IDENTIFIER} field",
        )
    elif NO_IDENTIFIER in fields and not reason:
        report(
            NO_IDENTIFIER,
            f"say why no DOI, PMID or URL is known for '{key}' in "
            f"{NO_IDENTIFIER} = {{...}}",
        )
    elif kind in ("article", "preprint") and not has_identifier and reason is None:
        report(
            None,
            f"the {'preprint' if kind == 'preprint' else 'journal article'} '{key}' "
            "has no "
            "DOI, PMID or URL, so readers cannot find it: add doi = {10....} (or pmid, "
            f"or url); if none is known, say why in {NO_IDENTIFIER} = {{...}}, and "
            "never guess one",
        )
    return found


def url_problem(url: str) -> str:
    """What is wrong with a source's URL, or '' when it is a full https address."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return f"cannot be read ('{url}'): give the full address, starting https://"
    if parts.scheme.lower() == "http":
        return f"starts with http:// ('{url}'): use the https:// address"
    if parts.scheme.lower() != "https" or not parts.netloc:
        return (
            f"is not a web address ('{url}'): give the full address, starting https://"
        )
    return ""


def unused_entries(
    bibliographies: Iterable[Bibliography], cited: Iterable[str]
) -> list[Problem]:
    """A warning for each source that no article cites."""
    keys = set(cited)
    return [
        problem(
            bib.path,
            bib.lines[key],
            "bibliography-unused",
            f"no article cites the source '{key}': cite it, or remove it from "
            f"{bib.path}",
        )
        for bib in bibliographies
        for key in bib.entries
        if key not in keys
    ]
