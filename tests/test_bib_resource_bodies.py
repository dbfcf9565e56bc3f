"""An unbraced resource that is its own author, with "and" in its name ("NuAge
Database and Biobank", "Swedish Registry and Biobank"), is one body, warned about,
as "U.S. Food and Drug Administration" is; a person before a body's name ("Cathie
Sudlow and UK Biobank": a given name and a surname) stays a person."""

from __future__ import annotations

from helpers.nlm_text import nlm

from healthkb.bib.read import parse_bibliography_text

_TAIL = (
    "title = {Sample catalogue}, url = {https://example.org/catalogue}, year = {2024}}"
)


def test_a_database_and_biobank_is_one_body():
    for body in ("NuAge Database and Biobank", "Swedish Registry and Biobank"):
        entry = "@misc{k, author = {" + body + "}, " + _TAIL
        assert nlm(entry).startswith(f"{body}. Sample catalogue [Internet]. 2024.")
        bib = parse_bibliography_text(entry, "references.bib")
        assert any("as one organisation" in p.message for p in bib.problems)


def test_a_person_before_a_body_stays_a_person():
    text = nlm("@misc{k, author = {Cathie Sudlow and Ann Roe}, " + _TAIL)
    assert text.startswith("Sudlow C, Roe A. Sample catalogue"), text
    text = nlm("@misc{k, author = {Cathie Sudlow and Drug Registry}, " + _TAIL)
    assert text.startswith("Sudlow C, "), text
