"""Read ``references.bib`` entry by entry, so one broken entry is a problem with its
line, not a crash of the whole build.

pybtex parses the file; we split it at each ``@`` that starts a line first, so a
missing brace in one entry cannot swallow the rest of the file. The entries that
could be read are also one pybtex ``BibliographyData`` (``Bibliography.data``): the
only parse of the file that sphinxcontrib-bibtex, the NLM style and ``healthkb
check`` all read (:mod:`healthkb.sphinxext.bibtex_input` hands it to bibtex).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import BibliographyData, Entry
from pybtex.database.input.bibtex import (
    DuplicateField,
    Parser,
    UndefinedMacro,
    month_names,
)
from pybtex.exceptions import PybtexError

from healthkb.bib.bare_values import repaired_bare_ranges
from healthkb.bib.field_names import repaired_field_names
from healthkb.bib.fields import HOWPUBLISHED_URL as _HOWPUBLISHED_URL
from healthkb.bib.fingerprint import entry_fingerprint
from healthkb.bib.latex_text import text_from_latex
from healthkb.bib.name_lists import repaired_people
from healthkb.problems import Problem, problem

#: an entry's start, its type and key ("}" ends a key typed without its comma)
_ENTRY_START = re.compile(r"^[ \t]*@\s*([A-Za-z]+)\s*[{(]\s*([^,\s}]*)", re.MULTILINE)
#: an entry's head whose key has spaces in it, before its comma
_SPACED_KEY = re.compile(
    r"(\s*@\s*[A-Za-z]+\s*[{(]\s*)([^,\s}=]+(?:[ \t]+[^,\s}=]+)+)(?=[ \t]*,)"
)
_FIELD_START = re.compile(r"^[ \t]*([A-Za-z][\w:.+-]*)\s*=", re.MULTILINE)
#: a ``%`` line with an ``@``: pybtex would read an entry start inside it
_COMMENT_AT = re.compile(r"^[ \t]*%[^\n]*@[^\n]*$", re.MULTILINE)
#: fields shown to readers (LaTeX in the others is never decoded)
_SHOWN = (
    "title",
    "journal",
    "journaltitle",
    "booktitle",
    "publisher",
    "note",
    "organization",
    "institution",
    "school",
    "address",
    "location",
    "howpublished",
    "edition",
    "series",
    "volume",
    "number",
    "pages",
)


#: longest ``@string`` abbreviation kept (real ones are journal names), and the most
#: text a chunk may expand to through ``#`` joins: a chain of doublings would
#: otherwise fill the memory before pybtex returns
MAX_STRING_CHARS = 2_000
MAX_JOINED_CHARS = 1_000_000

#: ``month = november``: EndNote writes whole month names unbraced; BibTeX defines
#: only ``jan``..``dec``, but the name says what the author meant
_MONTH_MACROS = {
    **month_names,
    **{name.lower(): name for name in month_names.values()},
    "sept": "September",
}


class _BibtexParser(Parser):
    """pybtex's parser, keeping the first of a duplicated field as BibTeX does, and
    reading an undefined ``@string`` name as empty (with a warning), as BibTeX does."""

    def __init__(self) -> None:
        super().__init__(wanted_entries=None, macros=_MONTH_MACROS)
        self.duplicates: list[tuple[str, str]] = []
        self.undefined: list[str] = []

    def handle_error(self, error: Exception) -> None:
        if isinstance(error, UndefinedMacro):
            self.undefined.append(str(error.args[0]) if error.args else "?")
            return
        if isinstance(error, DuplicateField):
            found = re.match(
                r"entry with key (.*) has a duplicate (.*) field$", str(error)
            )
            if found:
                self.duplicates.append((found.group(1), found.group(2)))
                return
        super().handle_error(error)


def _undecodable_field(entry: Entry) -> str:
    """The first shown field whose LaTeX cannot be decoded (a stray backslash)."""
    for name in _SHOWN:
        value = entry.fields.get(name)
        if value is None or (name == "howpublished" and _HOWPUBLISHED_URL.match(value)):
            continue  # a web address, never decoded as LaTeX (``%C3`` is no comment)
        try:
            text_from_latex(value)
        except (UnicodeDecodeError, ValueError, IndexError, PybtexError):
            return name
    for people in entry.persons.values():
        for person in people:
            try:
                text_from_latex(str(person))
            except (UnicodeDecodeError, ValueError, IndexError, PybtexError):
                return "author"
    return ""


@dataclass
class Bibliography:
    path: str
    entries: dict[str, Entry] = field(default_factory=dict)
    #: line of each entry's ``@type{key,`` in the file
    lines: dict[str, int] = field(default_factory=dict)
    #: line of each field, per entry: ``field_lines[key]["doi"]``
    field_lines: dict[str, dict[str, int]] = field(default_factory=dict)
    #: key -> line of entries that could not be read (kept out of ``entries``)
    broken: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: ``entries`` (the same objects) as pybtex's type, with the ``@preamble``: what
    #: sphinxcontrib-bibtex prints (refused entries never reach it)
    data: BibliographyData = field(default_factory=BibliographyData)
    #: key -> digest of what the entry shows (see :meth:`entry_fingerprints`)
    fingerprints: dict[str, str] = field(default_factory=dict)

    def line_of(self, key: str, field_name: str | None = None) -> int:
        """The line of *field_name* in entry *key*, else of the entry itself."""
        fields = self.field_lines.get(key, {})
        if field_name and field_name in fields:
            return fields[field_name]
        return self.lines.get(key, 1)

    def keys_casefolded(self) -> dict[str, str]:
        return {key.casefold(): key for key in self.entries}

    def entry_fingerprints(self) -> dict[str, str]:
        """Every entry's fingerprint, computed once (the parse cache keeps them)."""
        if self.fingerprints.keys() != self.entries.keys():
            self.fingerprints = {
                key: entry_fingerprint(entry) for key, entry in self.entries.items()
            }
        return self.fingerprints


def load_bibliography(path: Path, display: str) -> Bibliography:
    """Parse the file at *path*; *display* is how problems name it."""
    bib = Bibliography(display)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        bib.problems.append(
            problem(
                display,
                1,
                "bibliography",
                f"cannot read the bibliography ({exc.strerror})",
            )
        )
        return bib
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bib.problems.append(
            problem(
                display,
                line,
                "encoding",
                "the bibliography is not UTF-8 text: save it as UTF-8",
            )
        )
        return bib
    return parse_bibliography_text(text, display)


#: fields that hold data, not text: braces there protect nothing
_DATA_FIELDS = frozenset(
    [
        "year", "month", "day", "date", "urldate", "doi", "pmid", "pmcid", "url",
        "volume", "number", "issue", "pages", "eid", "article-number", "issn",
        "isbn", "eprint",
    ]
)  # fmt: skip
_WRAPPED = re.compile(r"^\s*\{([^{}]*)\}\s*$")


def _unwrap_data_fields(entry: Entry) -> None:
    """Web of Science's ``Year = {{2000}}``, ``DOI = {{10.1080/...}}``: the value
    in a second pair of braces, which say nothing in a year or a DOI."""
    for name, value in list(entry.fields.items()):
        if name.lower() in _DATA_FIELDS and (inner := _WRAPPED.match(value)):
            entry.fields[name] = inner.group(1).strip()


def parse_bibliography_text(
    text: str, display: str, *, split: bool | None = None
) -> Bibliography:
    """Parse BibTeX *text* entry by entry, then run the entry checks on it.

    A long file is parsed in parts on the other cores (:mod:`healthkb.bib.split`);
    the result is the one-pass parse's. *split*: None decides by the size, False
    never splits, True splits whatever the size (where it is safe: the tests)."""
    from healthkb.bib.split import read_in_parts

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _COMMENT_AT.sub("", text)  # same line numbers, no false entry start
    starts = list(_ENTRY_START.finditer(text))
    reading = (
        None if split is False else read_in_parts(text, display, starts, split, Reading)
    )
    if reading is None:
        reading = Reading(text, display, starts)
        reading.read(0, len(starts))
    return reading.finish()


class Reading:
    """One pass over the entries of *text* (*starts*: each ``@`` at a line start):
    what an entry's reading depends on from the entries before it is kept here."""

    def __init__(self, text: str, display: str, starts: list[re.Match[str]]) -> None:
        self.text, self.display, self.starts = text, display, starts
        self.bib = Bibliography(display)
        self.parser = _BibtexParser()
        self.seen: dict[str, str] = {}  # casefolded key -> key: keys ignore case
        self.counted_pos = self.counted_line = 0
        self.added: set[str] = set()  # casefolded keys taken from the parser so far
        self.longest_string = max(map(len, self.parser.macros.values()), default=0)
        #: problems of entries checked already (:func:`check_entries`'s *done*)
        self.checked: dict[str, list[Problem]] | None = None

    def read(self, first: int, stop: int) -> None:
        """Read the entries ``starts[first:stop]``, in order."""
        for index in range(first, stop):
            self._read_entry(index)

    def finish(self) -> Bibliography:
        from healthkb.rules.source_rules import check_entries

        bib = self.bib
        bib.data = BibliographyData(
            bib.entries, preamble=self.parser.data.preamble_list
        )
        bib.problems += check_entries(bib, self.checked)
        return bib

    def _read_entry(self, index: int) -> None:
        text, starts, display = self.text, self.starts, self.display
        bib, parser, seen, added = self.bib, self.parser, self.seen, self.added
        match = starts[index]
        chunk_end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        chunk = text[match.start() : chunk_end]
        # count newlines from the previous entry on (from the start each time was
        # quadratic in the number of entries)
        self.counted_line += text.count("\n", self.counted_pos, match.start())
        self.counted_pos = match.start()
        line = self.counted_line + 1
        kind, key = match.group(1).lower(), match.group(2)
        if kind == "comment":
            return
        spaced_key = _SPACED_KEY.match(chunk)
        if spaced_key and kind not in ("string", "preamble"):
            # medRxiv's and bioRxiv's "Download citation" writes the first author's
            # spaced surname into the key ("Naga Karthik2024.01.03.24300794"):
            # BibTeX stops at the space and refuses the entry; it is read with
            # the spaces left out, and a warning
            written = spaced_key.group(2)
            key = re.sub(r"\s+", "", written)
            chunk = spaced_key.group(1) + key + chunk[spaced_key.end(2) :]
            bib.problems.append(
                problem(
                    display,
                    line,
                    "bibliography-tidy",
                    f"the key '{written}' has a space, which BibTeX does not read: "
                    f"it is read as '{key}': write it that way",
                )
            )
        if kind not in ("string", "preamble") and key.casefold() in seen:
            first = seen[key.casefold()]
            same = "" if first == key else f" (as '{first}': keys ignore case)"
            bib.problems.append(
                problem(
                    display,
                    line,
                    "bibliography",
                    f"the key '{key}' is used by two entries{same}, first on line "
                    f"{bib.lines.get(first, bib.broken.get(first, 1))}: give each "
                    "source its own key",
                )
            )
            return
        if kind not in ("string", "preamble"):
            seen[key.casefold()] = key
        joins = chunk.count("#")  # an upper bound: a '#' may be inside a URL
        if joins and joins * self.longest_string > MAX_JOINED_CHARS:
            if key and kind != "string":
                bib.broken[key] = line
            bib.problems.append(
                problem(
                    display,
                    line,
                    "bibliography",
                    f"the @{kind} '{key}' joins @string abbreviations with '#' so "
                    "many times that it would be too long to read: write the text "
                    "out instead",
                )
            )
            return
        chunk, spaced = repaired_field_names(chunk)
        for name in spaced:
            hyphenated = re.sub("[ \u00a0]", "-", name)
            name = name.replace("\u00a0", " ")
            bib.problems.append(
                problem(
                    display,
                    line,
                    "bibliography-tidy",
                    f"'{key}' has a field named '{name}': BibTeX field names have no "
                    f"spaces, so it is read as '{hyphenated}': write it that way (or "
                    "remove the field)",
                )
            )
        chunk, renamed = repaired_people(chunk)
        for change in renamed:
            bib.problems.append(
                problem(
                    display,
                    line,
                    "bibliography-tidy",
                    f"'{key}' lists people in a way BibTeX reads only with a "
                    f"warning; it is read {change}: write each person as "
                    "'Family, Given', separated by 'and'",
                )
            )
        # one entry per chunk: compare sizes, not key sets (that was quadratic)
        before = len(parser.data.entries)
        try:
            try:
                parser.parse_string(chunk)
            except PybtexError:
                # a bare page range ("pages =  627-636"): BibTeX refuses it, a
                # careful reader takes it as the pages and says to brace it
                chunk, bare = repaired_bare_ranges(chunk)
                if not bare or len(parser.data.entries) != before:
                    raise
                parser.parse_string(chunk)
                for name, value in bare:
                    bib.problems.append(
                        problem(
                            display,
                            line,
                            "bibliography-tidy",
                            f"'{key}' gives its {name} unquoted ({name} = {value}), "
                            "which BibTeX cannot read; it is read as "
                            f"{name} = {{{value}}}: brace it that way",
                        )
                    )
        except PybtexError as exc:
            if key and key.casefold() not in added:
                bib.broken[key] = line
            what = f"the entry '{key}'" if key else f"an @{kind} entry without a key"
            if kind == "string" and key:
                what = f"the @string '{key}'"
            if isinstance(exc, UndefinedMacro):
                advice = (
                    f"{what} uses the abbreviation '{_short(exc)}', which no @string "
                    "above it defines: define it, or write the text in braces"
                )
            elif "Too many commas" in str(exc):
                advice = (
                    f"{what} cannot be read ({_short(exc)}): write each person as "
                    "'Family, Given' and put ' and ' between people"
                )
            else:
                advice = (
                    f"{what} cannot be read ({_short(exc)}): check that every '{{' "
                    "has its '}', fields are separated by commas, and values are "
                    "quoted or braced"
                )
            bib.problems.append(problem(display, line, "bibliography", advice))
            return
        if kind == "string":
            for name in dict.fromkeys(parser.undefined):
                bib.problems.append(
                    problem(
                        display,
                        line,
                        "bibliography-tidy",
                        f"the @string '{key}' uses {name}, which no @string above it "
                        "defines, so it is read as empty: define it first, or write "
                        "the text in braces",
                    )
                )
            parser.undefined.clear()
            too_long = [
                name
                for name, value in parser.macros.items()
                if len(value) > MAX_STRING_CHARS
            ]
            for name in too_long:
                del parser.macros[name]
                bib.problems.append(
                    problem(
                        display,
                        line,
                        "bibliography",
                        f"the @string '{name}' is longer than {MAX_STRING_CHARS:,} "
                        "characters once filled in: an abbreviation should be short "
                        "(a journal's name); write long text in the entry itself",
                    )
                )
            if too_long:
                return
            self.longest_string = max(map(len, parser.macros.values()), default=0)
        if len(parser.data.entries) == before:
            return
        entries = parser.data.entries
        new_entry = entries.get(key) if key else None
        bad_field = _undecodable_field(new_entry) if new_entry is not None else ""
        if bad_field:
            del entries[key]
            bib.broken[key] = line
            at = re.search(rf"^[ \t]*{bad_field}\s*=", chunk, re.MULTILINE | re.I)
            bib.problems.append(
                problem(
                    display,
                    line + (chunk.count("\n", 0, at.start()) if at else 0),
                    "bibliography",
                    f"the {bad_field} of '{key}' has a backslash that is not a LaTeX "
                    "command (like '\\}'): write the character itself, or remove "
                    "the backslash",
                )
            )
            return
        duplicates = [name for k, name in parser.duplicates if k == key]
        parser.duplicates.clear()
        for name in dict.fromkeys(parser.undefined):
            bib.problems.append(
                problem(
                    display,
                    line,
                    "bibliography-tidy",
                    f"'{key}' uses {name} without braces, which is not a defined "
                    f"@string, so it is read as empty: write it in braces, like "
                    f"{{{name}}}",
                )
            )
        parser.undefined.clear()
        if new_entry is not None:
            for name in duplicates:
                bib.problems.append(
                    problem(
                        display,
                        line,
                        "bibliography-tidy",
                        f"'{key}' has two {name} fields: the first is used and the "
                        "other ignored; delete the one you do not want",
                    )
                )
        if (
            len(entries) == before + 1
            and key in entries
            and key.casefold() not in added
        ):
            new_keys = [key]
        else:  # another key than the pattern saw, or a second '@' not at a line start
            new_keys = [k for k in entries if k.casefold() not in added]
        refused = {k.casefold(): k for k in bib.broken}
        for new_key in new_keys:
            if new_key.casefold() in refused:
                # the key the pattern saw was another ("s}"), so the check above
                # missed that an entry refused earlier has this one's key
                bib.problems.append(
                    problem(
                        display,
                        line,
                        "bibliography",
                        f"the key '{new_key}' is used by two entries, first on line "
                        f"{bib.broken[refused[new_key.casefold()]]}: give each source "
                        "its own key",
                    )
                )
                continue
            added.add(new_key.casefold())
            _unwrap_data_fields(entries[new_key])
            bib.entries[new_key] = entries[new_key]
            at = chunk.find(new_key)
            bib.lines[new_key] = line + (chunk.count("\n", 0, at) if at > 0 else 0)
            bib.field_lines[new_key] = {
                found.group(1).lower(): line + chunk.count("\n", 0, found.start())
                for found in _FIELD_START.finditer(chunk)
            }


def pybtex_data(bibs: Sequence[Bibliography]) -> BibliographyData:
    """The entries of all *bibs* as one ``BibliographyData`` (a key in two files:
    the first file's entry, as the site's rules read it). One file: its own."""
    if len(bibs) == 1:
        return bibs[0].data
    joined = BibliographyData()
    for bib in bibs:
        joined.add_to_preamble(*bib.data.preamble_list)
        for key, entry in bib.data.entries.items():
            if key not in joined.entries:
                joined.entries[key] = entry
    return joined


def _short(exc: PybtexError) -> str:
    message = str(exc)
    return message.split(":", 1)[-1].strip() if "line" in message else message
