"""A .bib file read in parts on other cores (healthkb.bib.split) is read as one pass
reads it: the same entries in the same order, persons, fields, lines, problems and
fingerprints, on every fixture, on a generated file and on files made to trip it."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from generate import bib_entry

from healthkb.bib import split
from healthkb.bib.read import Bibliography, parse_bibliography_text

FIXTURES = Path(__file__).parent / "fixtures" / "bib"
BIB_FILES = sorted(FIXTURES.glob("*.bib"))

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")


def _dump(bib: Bibliography) -> list[object]:
    """Everything a parse gives, as plain values, in order."""
    entries = [
        (
            key,
            entry.key,
            entry.type,
            entry.original_type,
            list(entry.fields.items()),
            [
                (role, [(str(p), p.first_names, p.last_names) for p in people])
                for role, people in entry.persons.items()
            ],
        )
        for key, entry in bib.entries.items()
    ]
    return [
        entries,
        list(bib.lines.items()),
        list(bib.field_lines.items()),
        list(bib.broken.items()),
        [repr(p) for p in bib.problems],
        list(bib.data.entries),
        bib.data.preamble_list,
        list(bib.entry_fingerprints().items()),
    ]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many parses were joined from parts (not read again in one pass)."""
    joined: list[int] = []
    original = split._joined

    def counting(reading, mark, parts):  # noqa: ANN001, ANN202 - the original's
        joined.append(len(parts))
        return original(reading, mark, parts)

    monkeypatch.setattr(split, "_joined", counting)
    return joined


def _same(
    text: str,
    monkeypatch: pytest.MonkeyPatch,
    parts: int,
    serial: list[object] | None = None,
) -> None:
    """*serial*: the one-pass reading's dump, when the caller has it already."""
    monkeypatch.setattr(split, "_cores", lambda: parts)
    if serial is None:
        serial = _dump(parse_bibliography_text(text, "references.bib", split=False))
    in_parts = parse_bibliography_text(text, "references.bib", split=True)
    assert _dump(in_parts) == serial


# The tests that count the parts fork: in an xdist worker, which runs threads, the
# split refuses to fork (another thread's locks would stay held in the child) and
# reads in one pass, so they run in a fresh pytest process (conftest's
# child_process), where the split really happens.
@pytest.mark.child_process
def test_every_fixture_reads_the_same_in_parts(monkeypatch, counted):
    for path in BIB_FILES:
        for parts in (2, 3):
            counted.clear()
            _same(path.read_text(encoding="utf-8"), monkeypatch, parts)
            # no fixture needs the one-pass fallback
            assert counted == [parts], (path.name, parts)


@pytest.mark.child_process
def test_all_fixtures_in_one_file_read_the_same(monkeypatch):
    # keys repeated across the files: two parts saw one key, read again in one pass
    text = "\n".join(p.read_text(encoding="utf-8") for p in BIB_FILES)
    # the whole corpus, read once in one pass (the slowest step) for every split
    serial = _dump(parse_bibliography_text(text, "references.bib", split=False))
    for parts in (2, 3, 4):
        _same(text, monkeypatch, parts, serial)


@pytest.mark.child_process
def test_a_long_generated_file_is_read_in_parts_by_itself(monkeypatch, counted):
    monkeypatch.setattr(split, "_cores", lambda: 2)
    text = "".join(bib_entry(i) for i in range(split.SPLIT_MIN_ENTRIES + 500))
    text = '@string{jtm = "Journal of Test Medicine"}\n' + text.replace(
        "{Journal of Test Medicine}", "jtm", 7
    )
    serial = parse_bibliography_text(text, "references.bib", split=False)
    auto = parse_bibliography_text(text, "references.bib")
    assert counted == [2]
    assert _dump(auto) == _dump(serial)
    assert len(auto.entries) == split.SPLIT_MIN_ENTRIES + 500
    assert auto.entries["bench000003study"].fields["journal"] == (
        "Journal of Test Medicine"
    )
    # below the size, or with another thread running: one pass
    short = "".join(bib_entry(i) for i in range(50))
    parse_bibliography_text(short, "references.bib")
    assert counted == [2]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        parse_bibliography_text(text, "references.bib")
    finally:
        stop.set()
        other.join()
    assert counted == [2]


def _entry(key: str, extra: str = "", title: str = "A title") -> str:
    return (
        f"@article{{{key},\n  author = {{Writer, Ann}},\n  title = {{{title}}},\n"
        f"  journal = {{J Test}},\n  year = {{2020}},{extra}\n}}\n"
    )


def _filler(start: int, count: int) -> str:
    return "".join(_entry(f"fill{i}") for i in range(start, start + count))


TRICKY = {
    "crossref both ways": (
        _entry("child1", "\n  crossref = {parent2}")
        + _filler(0, 30)
        + "@book{parent2,\n  title = {The parent},\n  publisher = {P},\n"
        "  year = {2001},\n  editor = {Ed, It}\n}\n"
        + _filler(30, 30)
        + "@inbook{child3,\n  crossref = {PARENT2},\n  pages = {1--2}\n}\n"
    ),
    "duplicate keys across parts": (
        _entry("twice") + _filler(0, 40) + _entry("TWICE") + _filler(40, 40)
    ),
    "duplicate keys within parts": (
        _entry("a1") + _entry("a1") + _filler(0, 60) + _entry("b1") + _entry("B1")
    ),
    "a string defined late": (
        _filler(0, 20)
        + '@string{late = "Late Journal"}\n'
        + _filler(20, 40)
        + _entry("usesit", "\n  note = late")
    ),
    "a string not at a line start": (
        _filler(0, 30)
        + _entry("x1").rstrip("\n")
        + ' @string{hidden = "Hidden"}\n'
        + _filler(30, 30)
        + _entry("usesit", "\n  note = hidden")
    ),
    "a preamble not at a line start": (
        _filler(0, 30)
        + '@misc{p1, title={T}} @preamble{"\\newcommand"}\n'
        + _filler(30, 30)
    ),
    "an entry not at a line start": (
        _filler(0, 30)
        + "@misc{m1, title={T}, year={2020}} @misc{m2, title={U}}\n"
        + _filler(30, 30)
        + _entry("m2")
    ),
    "undefined names and duplicated fields": "".join(
        _entry(f"u{i}", "\n  note = nosuchname,\n  year = {2021}") for i in range(60)
    ),
    "an undefined name left for the next entry": "".join(
        _entry(f"v{i}") + f"@article{{w{i},\n  note = nosuchname,\n  title = {{Open\n\n"
        for i in range(40)
    ),
    "broken entries": "".join(
        _entry(f"ok{i}") + f"@article{{bad{i},\n  title = {{Open\n\n" for i in range(40)
    ),
    "undecodable fields": "".join(
        _entry(f"d{i}", title=f"Bad {i} \\") + _entry(f"g{i}") for i in range(40)
    ),
    "comments and a percent line": (
        "@comment{nothing here}\n% see @article{fake, in a comment\n"
        + _filler(0, 30)
        + "@comment{more}\n"
        + _filler(30, 30)
    ),
    "an empty key": _filler(0, 30)
    + "@article{,\n  title = {No key}\n}\n"
    + _filler(30, 30),
    "tidy warnings": "".join(
        _entry(f"t{i}", "\n  doi = {https://doi.org/10.1000/x" + str(i) + "}")
        for i in range(60)
    ),
}


@pytest.mark.child_process
def test_files_made_to_trip_the_split_read_the_same(monkeypatch):
    for name in sorted(TRICKY):
        for parts in (2, 3):
            _same(TRICKY[name], monkeypatch, parts)


def test_a_failing_part_means_one_pass(monkeypatch, counted):
    monkeypatch.setattr(split, "_cores", lambda: 2)
    text = _filler(0, 80)
    original = split._read_part

    def failing_in_a_child(reading, lo, hi, *rest):  # noqa: ANN001, ANN202
        if split._IN_PART:
            raise RuntimeError("a child failed")
        return original(reading, lo, hi, *rest)

    monkeypatch.setattr(split, "_read_part", failing_in_a_child)
    serial = parse_bibliography_text(text, "references.bib", split=False)
    again = parse_bibliography_text(text, "references.bib", split=True)
    assert counted == []
    assert _dump(again) == _dump(serial)
