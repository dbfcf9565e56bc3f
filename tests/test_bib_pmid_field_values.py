"""A ``pmid`` field that holds no PubMed number is never printed as one: a DOI
typed there ("pmid = {10.1136/...}", as a Zotero library can hold) is the DOI when
the entry has none and is otherwise left out, and the check asks for the field to
be tidied (other values that are no number stay errors, as before)."""

from __future__ import annotations

from helpers.nlm_text import nlm

from healthkb.bib.read import parse_bibliography_text

_HEAD = (
    "author = {Osei, Kwame}, title = {Insulin pumps in adolescents},"
    " journal = {BMJ Open Diabetes Research and Care}, year = {2021},"
    " volume = {9}, number = {1},"
)


def test_a_doi_typed_as_the_pmid_is_the_doi_and_never_a_pmid():
    # with the entry's own DOI, and as its only identifier
    for doi in (" doi = {10.1136/bmjdrc-2021-002222},", ""):
        text = nlm(
            "@article{k, " + _HEAD + doi + " pmid = {10.1136/bmjdrc-2021-002222}}"
        )
        assert text.endswith("2021;9(1). doi:10.1136/bmjdrc-2021-002222"), text


def test_the_check_asks_for_the_field_to_be_tidied():
    for doi in ("", " doi = {10.1136/bmjdrc-2021-002222},"):
        entry = "@article{k, " + _HEAD + doi + " pmid = {10.1136/bmjdrc-2021-002222}}"
        bib = parse_bibliography_text(entry, "references.bib")
        (warned,) = [p for p in bib.problems if "PMID field" in p.message]
        assert warned.rule == "bibliography-tidy" and "never printed" in warned.message
