"""Real exported entries (tests/fixtures/bib, with where each came from) printed in
NLM style, each compared with the string written by hand after it (``% expect:``).

The acceptance bar is 90% exact; the test prints the measured rate and every
mismatch, so a change that breaks one entry shows which.
"""

from __future__ import annotations

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
_ENTRY_KEY = re.compile(r"^@\w+\{([^,]+),", re.MULTILINE)


def expected_strings(text: str) -> dict[str, str]:
    """Key -> the hand-written NLM string under the entry."""
    expected: dict[str, str] = {}
    for chunk in re.split(r"\n(?=@)", text):
        key = _ENTRY_KEY.search(chunk)
        lines = [
            line.removeprefix("% expect:").strip()
            for line in chunk.splitlines()
            if line.startswith("% expect:")
        ]
        if key and lines:
            expected[key.group(1)] = " ".join(lines)
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
