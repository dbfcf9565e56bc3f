"""Real exported entries (tests/fixtures/bib, with where each came from) printed in
NLM style, each compared with the string written by hand after it (``% expect:``).

The acceptance bar is 90% exact; the test prints the measured rate and every
mismatch, so a change that breaks one entry shows which.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text

FIXTURES = Path(__file__).parent / "fixtures" / "bib"
#: real_entries.bib was used while writing the code; real_entries_unseen.bib was
#: collected afterwards, its strings written before its first run
CORPORA = ("real_entries.bib", "real_entries_unseen.bib")
#: an entry may be indented (a README's BibTeX block puts a tab before the at-sign)
#: a key with spaces (medRxiv's export) is read with them left out (bib.read)
_ENTRY_KEY = re.compile(
    r"^[ \t]*@\w+\s*\{\s*([^,\s=]+(?:[ \t]+[^,\s=]+)*)\s*,", re.MULTILINE
)
_ENTRY_START = re.compile(r"\n(?=[ \t]*@\w+\s*\{)")


def expected_strings(text: str) -> dict[str, str]:
    """Key -> the hand-written NLM string under the entry."""
    expected: dict[str, str] = {}
    for chunk in _ENTRY_START.split(text):
        key = _ENTRY_KEY.search(chunk)
        lines = [
            line.strip().removeprefix("% expect:").strip()
            for line in chunk.splitlines()
            if line.strip().startswith("% expect:")
        ]
        if key and lines:
            expected[re.sub(r"\s+", "", key.group(1))] = " ".join(lines)
    return expected


@pytest.mark.parametrize("corpus", CORPORA)
def test_real_entries_print_as_citing_medicine(corpus, capsys):
    text = (FIXTURES / corpus).read_text(encoding="utf-8")
    bib = parse_bibliography_text(text, corpus)
    expected = expected_strings(text)
    assert set(expected) == set(bib.entries), "every entry is read and has a string"
    unreadable = [p for p in bib.problems if "cannot be read" in p.message]
    assert not unreadable
    style = VancouverStyle()
    misses = {}
    for key, want in expected.items():
        got = style.format_entry("", bib.entries[key]).text.render_as("text")
        if got != want:
            misses[key] = (got, want)
    rate = 1 - len(misses) / len(expected)
    with capsys.disabled():
        sys.stdout.write(
            f"\nNLM exact match on {corpus}: {len(expected) - len(misses)}/"
            f"{len(expected)} ({rate:.0%})\n"
        )
        for key, (got, want) in misses.items():
            sys.stdout.write(f"  {key}\n    got:  {got}\n    want: {want}\n")
    assert rate >= 0.9, misses


#: issue 16's exporter corpus (README.md): one file, split by a hash of each key so
#: neither half was chosen by hand
EXPORTERS = "real_entries_exporters.bib"
#: (exact matches, entries) measured in each half after the fixes; the held-out half
#: scored 17/25 on its first run, before any change (README.md). One entry of margin.
#: The development half's 22nd (RN112, "Down syndrome") came with b17fix2's eponyms
#: known by their noun.
MEASURED = {"held-out": (25, 25), "development": (22, 22)}
MARGIN = 1


def half_of(key: str) -> str:
    first = hashlib.sha256(key.encode()).hexdigest()[0]
    return "held-out" if first in "01234567" else "development"


def test_exporters_entries_print_as_citing_medicine(capsys):
    text = (FIXTURES / EXPORTERS).read_text(encoding="utf-8")
    bib = parse_bibliography_text(text, EXPORTERS)
    expected = expected_strings(text)
    # none refused: every entry is read, and sphinxcontrib-bibtex gets every one
    assert set(expected) == set(bib.entries), set(expected) ^ set(bib.entries)
    assert not bib.broken
    assert list(bib.data.entries) == list(bib.entries)
    style = VancouverStyle()
    results: dict[str, list[tuple[str, str, str]]] = {h: [] for h in MEASURED}
    for key, want in expected.items():
        got = style.format_entry("", bib.entries[key], bib_data=bib).text
        results[half_of(key)].append((key, got.render_as("text"), want))
    with capsys.disabled():
        for half, rows in results.items():
            exact = sum(1 for _, got, want in rows if got == want)
            sys.stdout.write(
                f"\nNLM exact match on {EXPORTERS}, {half}: {exact}/{len(rows)} "
                f"({exact / len(rows):.0%})\n"
            )
            for key, got, want in rows:
                if got != want:
                    sys.stdout.write(f"  {key}\n    got:  {got}\n    want: {want}\n")
    for half, (floor, size) in MEASURED.items():
        rows = results[half]
        assert len(rows) == size, (half, len(rows))
        exact = sum(1 for _, got, want in rows if got == want)
        assert exact >= floor - MARGIN, (half, exact)


#: later blind sets: (exact, entries) after the fixes each showed; first runs were
#: 3/9, 20/27, 15/20, 66/108 and 7/13 (README.md)
BLIND_SETS = {
    "real_entries_blind2.bib": (9, 9),
    "real_entries_blind3.bib": (26, 27),
    "real_entries_blind4.bib": (17, 20),
    # an independent collector's 108: 66 (61%) on the first run, 77 then 97 after
    # fixes, 102 after i16f's (two strings' journal periods fixed, README.md)
    # 103 with b17fix's flagship reports named by their year ("World Population
    # Prospects 2019"; one string corrected, NOTES-blind16.md)
    "real_entries_blind5.bib": (103, 108),
    # i16d's own set of thin types (JabRef, WHO/CDC reports, datasets, a thesis):
    # 7/13 on its first run, its strings written first (README.md)
    "real_entries_blind6dev.bib": (10, 13),
    # a second independent collector's 128 (/work/blind/bib6): 79 on the first run,
    # 89 after the day's merges, 102 after i16e's rules, 112 after i16f's
    "real_entries_blind6.bib": (112, 128),
    # a third independent collector's 134 (session 8, helper b18bib): 100 on the
    # first run (code before the session), 98 after the session's merges: i16f's
    # rules did not carry over to it; 100 after two fixes the print-invariant test
    # found on it (a place with no publisher, Zotero's "$\\beta$"); 121 after
    # i16g's rules for its classes (README.md)
    # 122 after the lead's acronym rule (session 10); 123 with a particle after
    # the given names ("Schalkwyk, GI van", i16p)
    # 124 with b17fix's Mendeley @misc article beside its journal's home page
    "real_entries_blind7.bib": (124, 134),
    # a fourth independent collector's 129 (session 9, helper b19bib): 98 (76.0%)
    # on the first run (main e3a7735), 111 (86.0%) with i16g's rules written
    # before it was seen; 113 after the lead's general rules (first editions,
    # lineages, Unicode hyphens in given names, README.md)
    # 114 after the acronym rule (session 10; one string corrected to Citing
    # Medicine's "76 Suppl 1"); 116 with data deposits on the Internet
    # 122 with b17fix's rules (an issue typed in the volume, EndNote's months in
    # number, "Center, J. R." a person, Mendeley's @misc articles, a server named
    # as the journal, a national registry's name; NOTES-blind16.md)
    "real_entries_blind8.bib": (123, 129),
    # a fifth independent collector's 111 (session 9, helper b20bib): 69 (62.2%,
    # one refused) on the first run (main e3a7735), 77 (69.4%) with i16g's rules
    # written before it was seen; 82 after the lead's rules (tuned on it), the
    # refused entry (authors separated by commas) read with a warning
    # 88 after the acronym rule and supplements (session 10); i16m read Paperpile's
    # "Canada, Statistics" as Statistics Canada and corrected that string ("Canada S");
    # 91 with Zotero's braced running head in capitals lowered
    # 94 with b17fix's (a date's month beside the year, reports named by their
    # year; one string corrected to the entry as collected; NOTES-blind16.md)
    "real_entries_blind9.bib": (94, 111),
    # a sixth independent collector's 107 (session 10, helper b21bib): 64 (59.8%,
    # 3 refused) on the first run with the session-start code (3381bb2), 66 (61.7%,
    # 3 refused) with main a480703; 69 with PubMed's comma lists read, 90 after
    # i16h's rules (tuned on it, README.md)
    # 91 with b17fix's reports named by their year (NOTES-blind16.md)
    "real_entries_blind10.bib": (91, 107),
    # a seventh independent collector's 82 (session 10, helper b24bib: Zotero,
    # Mendeley, R citation(), SAGE, medRxiv and hand-written, medical first): 62
    # (75.6%) on the first run with the session's starting code (3381bb2), 65
    # (79.3%) with main before it was seen (84a9530), none refused; 67 after two
    # general rules (eponyms and cities; a note's "Disponível em: URL. Acesso em: …");
    # 69 with "(accessed Feb 01, 2021)" in a note left out (i16m; 68 on main before);
    # 70 with Zotero's program version in pages, one string given its [cited] (i16m)
    "real_entries_blind11.bib": (70, 82),
    # an eighth independent collector's 80 (session 12, helper b30bib: Google Scholar,
    # Zotero BibLaTeX, Mendeley, Dataverse, library catalogues, hand-written): 57
    # (71.2%) on the first run with main 7f4b2b0, none refused; 60 after three
    # strings were corrected to the every-initial rule (NOTES-blind12.md);
    # 61 with an arXiv journal as Zotero braces it ("{arXiv} preprint {arXiv}:…");
    # 65 with ties and "~1.0" read, a letter braced in its word, series (i16m);
    # 67 with Dataverse's @data and notes, two strings corrected (NOTES-blind12.md);
    # 76 with nine more corrected to Citing Medicine's sentence case and the README's
    # conventions (65 against the collector's strings as on main)
    "real_entries_blind12.bib": (76, 80),
    # a ninth independent collector's 100 (session 13, helper b31bib): 69 (69.0%) on
    # the first run (main 1447de1), two refused for a comma where an "and" belongs;
    # 70 once those lists were read (NOTES-blind13.md); 71 with i16m's rules,
    # written without seeing the set; 82 with b17fix's classes (@unpublished not
    # a preprint, a title's edition, genus names, *Rxiv servers, events named by
    # their year; 83 with one string corrected to a lower-case subtitle;
    # NOTES-blind16.md)
    "real_entries_blind13.bib": (83, 100),
    # a tenth independent collector's 114 (session 13, helper b32bib): 91 (79.8%)
    # on the first run (main 9771314), none refused, 0 tracebacks; 92 with i16m's
    # rules, written without seeing the set; 93 with a note "Link : URL" read as
    # the address (the print-invariant test found it on this set); 99 with
    # b17fix's (ISBN notes, "27 (2)" volumes, a place field, a report's institution),
    # 100 with one string corrected to a lower-case subtitle (NOTES-blind16.md)
    "real_entries_blind14.bib": (100, 114),
    # two collectors' 143 merged (session 14, helpers b33bib, after an outage started
    # them twice): 104 (72.7%) on the first run (main 8a269f5), none refused, 0
    # tracebacks; 109 after the lead's rules (JSS's \pkg/\proglang, "n.d." as the
    # year, "Retrieved <date>" notes, "Accessed: 1 July 2025" as urldate); 111 with
    # "Microsoft, Inc." one body; 113 with "et al." and a trailing comma typed
    # into name lists read (i16p); 124 with b17fix's rules and four strings
    # corrected to Citing Medicine (120 against them as they were; NOTES-blind16.md)
    # 125 with b17fix2's eponyms known by their noun (NOTES-blind17.md)
    # 126 with b20fix's JSS \pkg{} read as a typeface ("Stgenreg:"; NOTES-blind20.md)
    "real_entries_blind15.bib": (126, 143),
    # an eleventh independent collector's 100 (session 16, helper b35bib): 79
    # (79.0%) on the first run (main df44bc1 + i17z), none refused, 0 tracebacks;
    # 81 once Zotero's "Page Version ID:" and "Company: … Label: …" notes were
    # hidden (the print-invariant test found them on this set); 95 after b17fix's
    # rules for its classes (NOTES-blind16.md, "After the fixes (b17fix)")
    "real_entries_blind16.bib": (95, 100),
    # a twelfth independent collector's 100 (session 17, helper b17col): 79 (79.0%)
    # on the first run (main 87d3eaa), none refused, 0 tracebacks; 79 again with
    # b17fix's rules, written without seeing it (NOTES-blind17.md); 90 with
    # b17fix2's rules for its classes (coined acronyms, TeX formulas, dangling
    # title colons, IEEE's dates and "[Online]", www.doi.org, a catalogue's cover
    # link, arXiv ids as journals, body words, a body's document as @article,
    # a counted unit before a body's name, software names and eponyms known by
    # their noun: "Stata", "the Cox model")
    "real_entries_blind17.bib": (93, 100),
    # a thirteenth independent collector's 100 (session 17, helper b18col): 51
    # (51.0%, 2 refused) on the first run (main 87d3eaa), 53 after b17fix's rules,
    # still 2 refused; 53 with the refused two read (whole names separated by
    # commas, given names first with bare initials or initials first); 61 with
    # b17fix2's rules (MEDLINE's "[doi]", a manuscript's state as journal, a word
    # wrapped after its hyphen, \textquotesingle; NOTES-blind18.md); 66 with eight
    # strings corrected to Citing Medicine (journal words capitalised, no periods
    # in abbreviations, "37 Suppl 1"; 61 against them as collected)
    "real_entries_blind18.bib": (66, 100),
    # a fourteenth independent collector's 100 (session 17, helper b19col: Web of
    # Science, Zotero, Google Scholar, Mendeley, Crossref, ScienceDirect): 63 (63.0%,
    # 2 refused) on the first run (main 88aa64c), 64 with b17fix2's rules, still 2
    # refused; 64 with none refused once spaced field names are read (main 69580d9,
    # healthkb/bib/field_names.py; tests/fixtures/bib/incoming/README.md); 83
    # with b19fix's rules for its classes (journals and publishers in capitals,
    # online-first dates, "Spec No", degrees and titles in names, escaped doi.org
    # links, identifier notes, taxa, version labels, report days, eponym chains,
    # "The" before a body; NOTES-blind19.md), three strings corrected to Citing
    # Medicine (81 against them as collected); blind10's 16 and blind5's one
    # string that kept Web of Science's capitals corrected with it
    "real_entries_blind19.bib": (83, 100),
    # a fifteenth independent collector's 100 (session 18, helper b20col: Google
    # Scholar, Zotero, R citation(), EndNote, hand-written, publishers', Zenodo,
    # Mendeley): 86 (86.0%) on the first run (main a1fca85), none refused, 0
    # tracebacks; 87 with b19fix's rules, written without seeing the set
    # (tests/fixtures/bib/incoming/README.md); 96 with b20fix's rules for its
    # classes (a double issue in digits, a byline's group, software deposits,
    # bodies named from their acronym, a braced capital, flagships before their
    # year, JSS's \pkg{}, instruments named for their author) and one string
    # corrected to Citing Medicine (95 against them as collected; NOTES-blind20.md)
    "real_entries_blind20.bib": (96, 100),
    # a sixteenth independent collector's 100 (session 18, helper b21col: hand-written,
    # Zotero BibTeX and BibLaTeX, Mendeley, Google Scholar): 68 (68.0%) on the first
    # run (main after b19fix), none refused, 0 tracebacks; 68 again with b20fix's
    # rules, written without seeing the set (tests/fixtures/bib/incoming/README.md);
    # 97 with b21fix's rules for its classes (snake_case page metadata and
    # revision notes, a proceedings' "Proc.", arXiv copies of published papers,
    # a journal's written-out part after a period, a braced subtitle opening
    # after a dash or a quote, models' networks, named ontologies and portals)
    # and 15 strings corrected to settled conventions (82 against them as
    # collected; NOTES-blind21.md); 98 with a named study's edges (a count
    # before it, a body's instrument after it, a braced acronym ending it)
    "real_entries_blind21.bib": (98, 100),
    # a seventeenth independent collector's 100 (helper b22col: hand-written,
    # Zotero, Mendeley, Google Scholar, BibDesk, Paperpile, JabRef, Scopus): 74 (74.0%,
    # one refused) on the first run (main 423d681), 74 again with b21fix's rules,
    # written without seeing the set; 77 with none refused once Scopus's numbered
    # field name ('funding_text 1' after a no-break space) and its pubmed_id are read;
    # 97 with b22fix's rules for its classes (a braced DOI label in a note, UCI's
    # data DOIs, formats and "Available at" typed as publisher or url, unfilled
    # access stamps, contribution marks and braced "and"s in names, "the" before a
    # group, clinics and hospitals, @generic, arXiv in howpublished, an @inbook's
    # volume, package versions on a book, common nouns' possessives, the E-value,
    # a doubled quote, a journal's name before its paper's title) and 7 strings
    # corrected to settled conventions (90 against them as collected; NOTES-blind22.md)
    "real_entries_blind22.bib": (97, 100),
    # an eighteenth independent collector's 100 (helper b23col: hand-written, Zotero,
    # Better BibTeX, Paperpile, Google Scholar, BibDesk, NASA ADS, medRxiv's site):
    # 81 (three refused) on the first run and again with b21fix's and b22fix's
    # rules, written without seeing the set; 94 with b23fix's rules (bare page
    # ranges read, an empty name, "phase i", "Non-Small-Cell", an article number
    # twice, TeX single quotes, ADS's "arXiv e-prints", a bare page's day) and 5
    # strings corrected to settled conventions (89 against them as collected;
    # NOTES-blind23.md)
    "real_entries_blind23.bib": (94, 100),
    # a nineteenth independent collector's 100 (helper b24col: Paperpile, Mendeley,
    # hand-kept upper-case libraries, Zotero, Google Scholar, TeXMed, medRxiv's site):
    # 80/99 on the first run (medRxiv's spaced key not counted) and again with
    # b21fix's to b23fix's rules, written without seeing the set; 89/100 with
    # b24fix's rules (a spaced key read, Mendeley's "December 2021" issue)
    # and 12 strings corrected to settled conventions (NOTES-blind24.md)
    "real_entries_blind24.bib": (89, 100),
    # a twentieth independent collector's 50 (helper b26col: Better BibTeX, Google
    # Scholar, JabRef, Zotero BibLaTeX, EndNote, Mendeley, ResearchGate, hand-written),
    # written under the README's "How NLM strings are written here": 35/50 on the
    # first run (main 3e89d61), none refused; 49/50 with b26fix's rules (a body
    # split at its linking word, a classic @InBook's chapter title, an edition
    # before a subtitle, a bare site separator, a noun after "Salmonella", SSRN's
    # report-typed papers) and 10 strings corrected to settled conventions (39
    # against them as collected; NOTES-blind26.md)
    "real_entries_blind26.bib": (49, 50),
    # a twenty-first independent collector's 50 (helper b27col: hand-written, Zotero
    # BibTeX, EndNote, TeXMed, Google Scholar, Better BibLaTeX, JabRef, publishers'),
    # written under the README's "How NLM strings are written here": 33/50 on the
    # first run (main a63a8e3) and again with b26fix's rules, none refused; 39/50
    # with 6 strings settled to conventions before any code change; 50/50 with
    # b27fix's rules (supplements, a DOI in pmid, @online preprints, em dashes,
    # proceedings in journal, study continuations and lists, a resource as its
    # own author, centres named for their work, an author's acronym spelt out,
    # trials' long names; 44 against the strings as collected; NOTES-blind27.md)
    "real_entries_blind27.bib": (50, 50),
}


def test_a_slipped_comma_in_a_name_list_is_read_with_a_warning():
    """ "Vine, Vera, Boyd, Ryan L." (family and given in pairs) and a Vancouver
    list with one comma slipped in ("…, Forman D, Bray, F") were refused."""
    text = (FIXTURES / "real_entries_blind13.bib").read_text(encoding="utf-8")
    bib = parse_bibliography_text(text, "real_entries_blind13.bib")
    vine = [str(p) for p in bib.data.entries["vine2020natural"].persons["author"]]
    assert vine == ["Vine, Vera", "Boyd, Ryan L.", "Pennebaker, James W."]
    key = next(k for k in bib.data.entries if k.startswith("FerlayJ"))
    ferlay = [str(p) for p in bib.data.entries[key].persons["author"]]
    assert len(ferlay) == 10 and ferlay[-2:] == ["Forman, D", "Bray, F"]
    for listed in ("vine2020natural", key):
        warned = [p for p in bib.problems if f"'{listed}' lists people" in p.message]
        assert len(warned) == 1 and "separated by 'and'" in warned[0].message


def test_a_name_with_too_many_commas_says_how_to_write_people():
    text = "@article{x,\n  author = {Smith, J., Jones, 1, Roe},\n  title = {T},\n  year = 2020}\n"
    bib = parse_bibliography_text(text, "references.bib")
    assert "x" in bib.broken
    (message,) = [p.message for p in bib.problems if "'x'" in p.message]
    assert "put ' and ' between people" in message and "every '{'" not in message


def test_whole_names_separated_by_commas_are_read_with_a_warning():
    text = (FIXTURES / "real_entries_blind9.bib").read_text(encoding="utf-8")
    bib = parse_bibliography_text(text, "real_entries_blind9.bib")
    key = "10.1101/2025.06.30.25330573"
    people = [str(p) for p in bib.data.entries[key].persons["author"]]
    assert people[:2] == ["Bowles, Annie E.", "Lynch, Julie A."] and len(people) == 11
    warned = [p for p in bib.problems if f"'{key}' lists people" in p.message]
    assert len(warned) == 1 and "separated by 'and'" in warned[0].message


@pytest.mark.parametrize("corpus", sorted(BLIND_SETS))
def test_later_blind_sets_print_as_citing_medicine(corpus, capsys):
    text = (FIXTURES / corpus).read_text(encoding="utf-8")
    bib = parse_bibliography_text(text, corpus)
    expected = expected_strings(text)
    assert set(expected) == set(bib.entries) and not bib.broken
    style = VancouverStyle()
    misses = {}
    for key, want in expected.items():
        got = style.format_entry("", bib.entries[key], bib_data=bib).text
        if got.render_as("text") != want:
            misses[key] = (got.render_as("text"), want)
    exact = len(expected) - len(misses)
    with capsys.disabled():
        sys.stdout.write(f"\nNLM exact match on {corpus}: {exact}/{len(expected)}\n")
        for key, (got, want) in misses.items():
            sys.stdout.write(f"  {key}\n    got:  {got}\n    want: {want}\n")
    floor, size = BLIND_SETS[corpus]
    assert len(expected) == size
    assert exact >= floor - MARGIN, misses


#: entries the robustness pass found refused, crashing or showing LaTeX (README.md)
ROBUSTNESS = "real_entries_robustness.bib"


def test_entries_once_refused_are_read_and_printed(capsys):
    text = (FIXTURES / ROBUSTNESS).read_text(encoding="utf-8")
    bib = parse_bibliography_text(text, ROBUSTNESS)
    expected = expected_strings(text)
    assert set(expected) == set(bib.entries) and not bib.broken
    # sphinxcontrib-bibtex is handed the same parse (bib.data), people included
    clean = bib.data
    assert [str(p) for p in clean.entries["vpcnpc"].persons["author"]] == [
        "Harling, K.",
        "Uekcert, S.",
        "Hooker, A.",
    ]
    assert (
        str(clean.entries["richeldi2014"].persons["author"][1]) == "du Bois, Roland M."
    )
    warned = [p.message for p in bib.problems if "BibTeX reads only with" in p.message]
    assert len(warned) == 1 and "'vpcnpc'" in warned[0]
    style = VancouverStyle()
    got = {
        key: style.format_entry("", bib.entries[key], bib_data=bib).text.render_as(
            "text"
        )
        for key in expected
    }
    assert got == expected


def test_indented_entries_are_paired_with_their_expected_strings():
    # a README's BibTeX block indents each entry (SEEDNet's puts a tab before the
    # at-sign); the harness must still pair every entry with its own string
    text = (
        "% source: a README\n"
        "\t@misc{first,\n\t  author = {Lee, Ann},\n\t  title = {One},\n"
        "\t  year = {2020}\n\t}\n"
        "% expect: Lee A. One. 2020.\n\n"
        "    @misc{second,\n      title = {Two},\n      year = {2021}\n    }\n"
        "    % expect: Two.\n    % expect: 2021.\n"
    )
    assert expected_strings(text) == {
        "first": "Lee A. One. 2020.",
        "second": "Two. 2021.",
    }
    assert set(parse_bibliography_text(text, "x.bib").entries) == {"first", "second"}
