"""A key typed without its comma ("@article{s},") is still that key, so a second
entry with the key of one refused before is named as a duplicate, never both
refused and read (Hypothesis found it by editing the shipped references.bib)."""

from __future__ import annotations

from healthkb.bib.read import parse_bibliography_text

TEXT = (
    "@article{s own announcement (news release)}\n}\n\n"
    "@article{s},\n  title = {A trial},\n  author = {Lee, Ann},\n  year = {2020}\n}\n"
)


def test_a_key_refused_then_used_again_is_a_duplicate():
    bib = parse_bibliography_text(TEXT, "references.bib")
    refused = {key.casefold() for key in bib.broken}
    assert not refused & {key.casefold() for key in bib.data.entries}
    assert "s" in refused
    (message,) = [p.message for p in bib.problems if "used by two entries" in p.message]
    assert "'s'" in message and "first on line 1" in message


def test_a_key_without_its_comma_is_read_as_that_key():
    bib = parse_bibliography_text(TEXT.split("\n\n", 1)[1], "references.bib")
    assert list(bib.entries) == ["s"]
