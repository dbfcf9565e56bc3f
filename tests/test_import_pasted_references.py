"""References as pasted from PubMed: a MEDLINE record is a source with its PMID
and DOI, a bare list number numbers the reference under it, an aside on the
sources heading goes, and superscript markers are markers (a power is not).
The record is references.bib's rush2006stard in another of MEDLINE's layouts."""

from __future__ import annotations

from healthkb.importer.draft import parse_draft
from healthkb.importer.medline_record import read_pasted_references

RECORD = """PMID- 17074942
STAT- MEDLINE
DA  - 2006
TI  - Acute and longer-term outcomes in depressed outpatients
      requiring one or several treatment steps: a STAR*D report.
FAU - Rush, A John
AU  - Rush AJ
AU  - Trivedi MH
JT  - The American journal of psychiatry
DP  - 2006 Nov
VI  - 163
PG  - 1905-17
AID - 10.1176/ajp.2006.163.11.1905 [doi]
MH  - Depressive Disorder, Major
"""

DRAFT = f"""Trying another treatment

Moving on to another step helped some people.\u00b9 A BMI of 25 kg/m\u00b2 is a number.

Sources (pasted from the PubMed page; check the authors)

[1]
{RECORD}"""


def _lines(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), 1))


def test_record_is_one_citation_with_its_identifiers():
    lines, _ = read_pasted_references(_lines(DRAFT))
    cited = [t for _, t in lines if "17074942" in t]
    assert len(cited) == 1
    line = cited[0]
    assert line.startswith("1. Rush AJ, Trivedi MH. Acute and longer-term outcomes")
    assert "10.1176/ajp.2006.163.11.1905" in line
    assert "MeSH" not in line and "Depressive Disorder" not in line


def test_aside_goes_and_is_listed():
    lines, removed = read_pasted_references(_lines(DRAFT))
    assert any(t == "Sources" for _, t in lines)
    assert [r.text for r in removed] == [
        "(pasted from the PubMed page; check the authors)"
    ]


def test_superscript_marker_but_not_a_power():
    lines, _ = read_pasted_references(_lines(DRAFT))
    text = next(t for _, t in lines if "Moving on" in t)
    assert "people.[1]" in text
    assert "kg/m\u00b2" in text


def test_superscripts_alone_are_left_without_a_numbered_list():
    text = "Water boils at 100 degrees.\u00b9\n"
    assert read_pasted_references(_lines(text))[0] == _lines(text)


def test_draft_lists_the_record_as_a_source():
    draft = parse_draft(DRAFT, "steps.txt")
    assert len(draft.sources) == 1
    source = draft.sources[0][1]
    assert source.pmid == "17074942"
    assert source.doi == "10.1176/ajp.2006.163.11.1905"


def test_runs_and_ranges_of_superscripts():
    text = "1. A reference.\n\nSome studies agree,\u00b2,\u00b3 and others\u00b9\u207b\u00b3 do.\n"
    lines, _ = read_pasted_references(_lines(text))
    body = lines[2][1]
    assert body == "Some studies agree,[2,3] and others[1-3] do."
