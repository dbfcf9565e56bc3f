"""The same work prints the same NLM string whatever reference manager wrote it.

Every real entry of the corpora in tests/fixtures/bib that prints its hand-written
*Citing Medicine* string is written again as other exporters write the same
fields, one convention at a time and in combinations hypothesis draws
(derandomised, so a failure is the same on every run):

- Zotero BibTeX: capitalised title words braced (``{Symptom} {Onset}``), month as
  a macro (``sep``), Extra's ``PMID: …`` in ``note``, ``\\_`` in URLs, a ``file``;
- Better BibLaTeX: ``date``, ``journaltitle``, ``eprint``/``eprinttype = {pmid}``,
  ``{{Word}}``;
- Mendeley: the whole title in ``{{…}}``, ``month = {sep}``, ``file = {:…:pdf}``,
  given names first (``Stef van Buuren``);
- JabRef: ``{\\"u}`` for non-ASCII letters, capitalised field names, ``owner``,
  ``timestamp``, a ``@Comment{jabref-meta: …}``;
- TeXMed: ``"quoted"`` values, ``@Article{pmid…}``, initials with dots, ALL-CAPS
  surnames (PubMed's old records), a ``% 12345678`` line before the entry;
- EndNote: ``month = november`` (a full name, unbraced), ``type = {Journal Article}``,
  an ISSN over two lines;
- Paperpile: bare numbers (``year = 2020``), ``language``;
- doi.org content negotiation: ``DOI = {…}``, ``url = {http://dx.doi.org/…}``, an
  en dash in ``pages``, ``month=aug``.

A convention is applied only where it cannot change the work: a title that
carries its own braces is not re-braced (they are the author's), URLs are added
only where a DOI is shown instead.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import latexcodec  # noqa: F401  (registers the "latex" codec)
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pybtex.database import Entry, Person
from test_real_entries import expected_strings

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text
from healthkb.rules.source_rules import looks_like_organisation

FIXTURES = Path(__file__).parent / "fixtures" / "bib"
CORPORA = (
    "real_entries.bib",
    "real_entries_unseen.bib",
    "real_entries_exporters.bib",
    "real_entries_blind2.bib",
    "real_entries_robustness.bib",
    "real_entries_blind3.bib",
    "real_entries_blind4.bib",
)
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()  # noqa: SIM905
FULL_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip


def _print(bib_text: str, name: str) -> dict[str, str]:
    bib = parse_bibliography_text(bib_text, name)
    style = VancouverStyle()
    return {
        key: style.format_entry("", entry, bib_data=bib).text.render_as("text")
        for key, entry in bib.entries.items()
    }


def _right_entries() -> list[tuple[str, Entry, str]]:
    """(corpus, entry, NLM string) of every real entry printed right, alone."""
    found = []
    for corpus in CORPORA:
        text = (FIXTURES / corpus).read_text(encoding="utf-8")
        bib = parse_bibliography_text(text, corpus)
        expected = expected_strings(text)
        style = VancouverStyle()
        for key, want in expected.items():
            entry = bib.entries[key]
            if entry.fields.get("crossref") or entry.fields.get("xdata"):
                continue  # its parent lives in the file: not one entry alone
            got = style.format_entry("", entry, bib_data=bib).text.render_as("text")
            if got == want:
                found.append((corpus, entry, want))
    return found


RIGHT = _right_entries()


def _month_index(entry: Entry) -> int | None:
    raw = entry.fields.get("month", "").strip().strip("{}").lower()
    if raw.isdigit() and 1 <= int(raw) <= 12:
        return int(raw) - 1
    for index, name in enumerate(FULL_MONTHS):
        if raw and name.lower().startswith(raw[:3]):
            return index
    return None


def _latex_letters(text: str) -> str:
    """``Kr{\\"u}ger`` for ``Krüger``: JabRef's and BibTeX's way with accents."""
    out = []
    for ch in text:
        if ord(ch) > 127 and ch.isalpha():
            encoded = codecs.encode(ch, "latex").decode("ascii")
            out.append(f"{{{encoded}}}" if encoded != ch else ch)
        else:
            out.append(ch)
    return "".join(out)


def _person(person: Person, style: dict) -> str:
    text = str(person)
    if (text.startswith("{") and text.endswith("}")) or looks_like_organisation(person):
        return text  # an organisation: exporters copy it as it was typed
    given = person.first_names + person.middle_names
    family = " ".join(person.prelast_names + person.last_names)
    if style["initials"] and given and not any("{" in g or "\\" in g for g in given):
        letters = []
        for name in given:
            for part in re.split(r"[-.\s]+", name):
                if 2 <= len(part) <= 3 and part.isupper():
                    letters += [f"{ch}." for ch in part]  # "PT" is two initials
                elif part[:1].isalpha():
                    letters.append(part[0] + ".")
        given = [" ".join(letters)]
    # PubMed's old records (all TeXMed gives) have capitals for plain surnames;
    # an inner capital (DeVito) is a modern record's, never in capitals
    plain_surname = (
        family.isascii() and "\\" not in family and family[1:] == family[1:].lower()
    )
    if style["caps"] and given and not person.prelast_names and plain_surname:
        family = family.upper()
    given_text = " ".join(given)
    if style["given_first"] and given and not person.lineage_names:
        if len(person.last_names) == 1 and "{" not in family:
            text = f"{given_text} {family}"
        else:
            text = f"{family}, {given_text}"
    else:
        parts = [family, *person.lineage_names, given_text]
        text = ", ".join(p for p in parts if p)
    return _latex_letters(text) if style["latex_letters"] else text


def _braced_title(title: str, how: str) -> str:
    if how == "as written" or "{" in title or "\\" in title:
        return title
    if how == "whole":
        return "{" + title + "}"  # inside the value's own braces: {{Title}}
    doubled = how == "words doubled"
    words = []
    for word in title.split(" "):
        core = re.match(r"^(\W*)(.*?)(\W*)$", word)
        if core and core.group(2)[:1].isupper():
            inner = core.group(2)
            inner = f"{{{{{inner}}}}}" if doubled else f"{{{inner}}}"
            word = core.group(1) + inner + core.group(3)
        words.append(word)
    return " ".join(words)


def written_as(entry: Entry, style: dict) -> str:
    """*entry* as an exporter with the conventions in *style* writes it."""
    fields = {name.lower(): value for name, value in entry.fields.items()}
    out: list[tuple[str, str]] = []
    month = _month_index(entry)
    if "title" in fields:
        fields["title"] = _braced_title(fields["title"], style["title"])
        if style["latex_letters"]:
            fields["title"] = _latex_letters(fields["title"])
    if style["biblatex"]:
        if "journal" in fields:
            fields["journaltitle"] = fields.pop("journal")
        year = fields.get("year", "")
        if re.fullmatch(r"\d{4}", year.strip()) and "date" not in fields:
            fields.pop("year")
            fields.pop("month", None)
            fields["date"] = year if month is None else f"{year}-{month + 1:02d}"
            month = None
        if fields.get("pmid"):
            fields["eprint"] = fields.pop("pmid")
            fields["eprinttype"] = "pmid"
    elif fields.get("pmid") and style["pmid_in_note"] and "note" not in fields:
        fields["note"] = f"PMID: {fields.pop('pmid')}"
    if month is not None:
        fields.pop("month", None)
    if fields.get("doi") and style["doi_url"] and entry.type not in ("misc", "online"):
        fields.setdefault("url", f"http://dx.doi.org/{fields['doi']}")
    if "pages" in fields and style["pages"] != "as written":
        dash = {"hyphen": "-", "en dash": "\u2013", "double": "--"}[style["pages"]]
        fields["pages"] = re.sub(r"\s*(?:--|-|\u2013)\s*", dash, fields["pages"])
    if "url" in fields and style["url_escapes"]:
        fields["url"] = re.sub(r"(?<!\\)([_%#])", r"\\\1", fields["url"])
    for role in ("author", "editor"):
        people = entry.persons.get(role) or entry.persons.get(role.capitalize())
        if people:
            out.append((role, " and ".join(_person(p, style) for p in people)))
    out += [(name, value) for name, value in fields.items()]
    for junk in style["junk"]:
        out.append(JUNK[junk])
    if entry.type == "article" and style["endnote_type"]:
        out.append(("type", "Journal Article"))
    lines = []
    for name, value in out:
        field_name = name.capitalize() if style["capital_names"] else name
        if name == "doi" and style["doi_url"]:
            field_name = "DOI"
        if style["bare_numbers"] and re.fullmatch(r"\d+", value):
            lines.append(f"  {field_name} = {value}")
        elif style["quotes"] and '"' not in value and not value.startswith("{"):
            lines.append(f'  {field_name} = "{value}"')
        else:
            lines.append(f"  {field_name} = {{{value}}}")
    if month is not None:
        lines.append(f"  month = {_month_text(month, style['month'])}")
    kind = entry.type.upper() if style["capital_names"] else entry.type
    before = f"% {fields.get('pmid', '12345678')}\n" if style["texmed_line"] else ""
    after = "\n@Comment{jabref-meta: databaseType:bibtex;}\n" if style["jabref"] else ""
    return f"{before}@{kind}{{{style['key']},\n" + ",\n".join(lines) + "\n}\n" + after


def _month_text(index: int, how: str) -> str:
    return {
        "macro": MONTHS[index],
        "braced": f"{{{MONTHS[index]}}}",
        "number": f"{{{index + 1}}}",
        "zero": f"{{{index + 1:02d}}}",
        "full name": FULL_MONTHS[index].lower(),
        "braced full": f"{{{FULL_MONTHS[index]}}}",
        "capital macro": MONTHS[index].capitalize(),
    }[how]


JUNK = {
    "abstract": (
        "abstract",
        "Background: 50\\% of {ICU} patients; we found $p<0.05$. Conclusions: more.",
    ),
    "keywords": ("keywords", "Humans, Female, Cohort Studies"),
    "zotero file": ("file", "Full Text PDF:/Users/me/Zotero/storage/AB12CD/x.pdf:"),
    "mendeley file": ("file", ":C$\\backslash$:/Users/me/Mendeley/x.pdf:pdf"),
    "mendeley groups": ("mendeley-groups", "Thesis/Chapter 2"),
    "jabref owner": ("owner", "me"),
    "jabref timestamp": ("timestamp", "2020.03.15"),
    "langid": ("langid", "english"),
    "language": ("language", "en"),
    "issn": ("issn", "0895-4356\n1878-5921"),
    "annote": ("annote", "Read for the review; see table 2."),
}

EXPORTERS = {
    "Zotero BibTeX": {"title": "words", "month": "macro", "pmid_in_note": True,
                      "url_escapes": True, "junk": ("zotero file", "langid")},
    "Better BibLaTeX": {"title": "words doubled", "biblatex": True,
                        "junk": ("zotero file", "langid", "keywords")},
    "Mendeley": {"title": "whole", "month": "braced", "given_first": True,
                 "junk": ("mendeley file", "mendeley groups", "abstract")},
    "JabRef": {"latex_letters": True, "capital_names": True, "url_escapes": True,
               "jabref": True, "junk": ("jabref owner", "jabref timestamp")},
    "TeXMed": {"quotes": True, "initials": True, "caps": True, "texmed_line": True,
               "month": "capital macro", "key": "pmid12345678"},
    "EndNote": {"month": "full name", "endnote_type": True, "junk": ("issn",),
                "key": "RN12"},
    "Paperpile": {"quotes": True, "bare_numbers": True, "month": "macro",
                  "junk": ("language", "keywords"), "key": "Smith2020-ab"},
    "doi.org": {"doi_url": True, "pages": "en dash", "month": "macro",
                "key": "Smith_2020"},
    "DataCite": {"key": "https://doi.org/10.5281/zenodo.1234", "junk": ("language",)},
}  # fmt: skip
PLAIN = {
    "title": "as written",
    "month": "braced full",
    "pages": "as written",
    "biblatex": False,
    "pmid_in_note": False,
    "url_escapes": False,
    "given_first": False,
    "latex_letters": False,
    "capital_names": False,
    "quotes": False,
    "bare_numbers": False,
    "initials": False,
    "caps": False,
    "texmed_line": False,
    "jabref": False,
    "endnote_type": False,
    "doi_url": False,
    "junk": (),
    "key": "entry",
}


def _style(**changes: object) -> dict:
    style = dict(PLAIN)
    style.update(changes)
    return style


def _check(entry: Entry, want: str, style: dict) -> None:
    text = written_as(entry, style)
    got = _print(text, "variant.bib")
    assert list(got.values()) == [want], text


def test_most_real_entries_are_checked():
    assert len(RIGHT) >= 125  # the corpora's entries that print right


@pytest.mark.parametrize("exporter", sorted(EXPORTERS))
def test_each_exporter_gives_the_same_string(exporter):
    style = _style(**EXPORTERS[exporter])
    failures = []
    for corpus, entry, want in RIGHT:
        text = written_as(entry, style)
        got = list(_print(text, "variant.bib").values())
        if got != [want]:
            failures.append((corpus, entry.key, got, want, text))
    assert not failures, failures[:3]


STYLES = st.fixed_dictionaries(
    {
        "title": st.sampled_from(["as written", "whole", "words", "words doubled"]),
        "month": st.sampled_from(
            ["macro", "braced", "number", "zero", "full name", "braced full",
             "capital macro"]
        ),
        "pages": st.sampled_from(["as written", "hyphen", "en dash", "double"]),
        "biblatex": st.booleans(),
        "pmid_in_note": st.booleans(),
        "url_escapes": st.booleans(),
        "given_first": st.booleans(),
        "latex_letters": st.booleans(),
        "capital_names": st.booleans(),
        "quotes": st.booleans(),
        "bare_numbers": st.booleans(),
        "initials": st.booleans(),
        "caps": st.booleans(),
        "texmed_line": st.booleans(),
        "jabref": st.booleans(),
        "endnote_type": st.booleans(),
        "doi_url": st.booleans(),
        "junk": st.lists(st.sampled_from(sorted(JUNK)), max_size=4, unique=True),
        "key": st.sampled_from(["RN12", "pmid12345678", "Smith_2020",
                                "https://doi.org/10.5281/zenodo.1234"]),
    }
)  # fmt: skip


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(index=st.integers(min_value=0, max_value=len(RIGHT) - 1), style=STYLES)
def test_any_mix_of_conventions_gives_the_same_string(index, style):
    _, entry, want = RIGHT[index]
    _check(entry, want, style)
