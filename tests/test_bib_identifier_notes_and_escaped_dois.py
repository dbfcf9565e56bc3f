"""A DOI's resolver link with the DOI escaped ("10.1186%2Fs12889-019-1") is the
DOI, unescaped; a note that only lists the work's identifiers (PubMed-to-BibTeX
scripts' \\href lists, "PMCID: …; PMID: …") gives the DOI and PMID, not a note."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

from healthkb.bib.identifier_notes import identifiers_in_note

_HEAD = (
    "@article{k, author = {Roe, Ann}, title = {A trial}, journal = {Heart}, "
    "year = {2019}, volume = {5}, pages = {1-9}"
)


@pytest.mark.parametrize(
    "url",
    [
        "https://doi.org/10.1186%2Fs12889-019-6553-1",
        "http://dx.doi.org/10.1186%2fs12889-019-6553-1",
    ],
)
def test_an_escaped_doi_link_is_the_doi(url):
    text = nlm(f"{_HEAD}, url = {{{url}}}}}")
    assert text.endswith("Heart. 2019;5:1-9. doi:10.1186/s12889-019-6553-1")


def test_an_identifier_list_in_a_note_gives_the_doi_and_pmid():
    note = (
        "[PMCID:\\href{https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6611111}{PMC6611111}] "
        "[DOI:\\href{https://doi.org/10.1136/bmj.l123}{10.1136/bmj.l123}] "
        "[PubMed:\\href{https://www.ncbi.nlm.nih.gov/pubmed/31234567}{31234567}]"
    )
    text = nlm(f"{_HEAD}, note = {{{note}}}}}")
    assert text.endswith("Heart. 2019;5:1-9. doi:10.1136/bmj.l123. PMID: 31234567")
    assert "Note" not in text and "PMC6611111" not in text


def test_plain_labels_are_read_too_and_a_fields_identifier_wins():
    assert identifiers_in_note("PMCID: PMC6611111; PMID: 31234567") == {
        "pmid": "31234567"
    }
    text = nlm(f"{_HEAD}, doi = {{10.1/own}}, note = {{DOI: 10.1/other}}}}")
    assert "doi:10.1/own" in text and "10.1/other" not in text


@pytest.mark.parametrize(
    "note",
    [
        "Funded by the Wellcome Trust. PMID: 31234567",
        "DOI: not yet assigned",
        "See also [PubMed: 31234567] for the protocol",
    ],
)
def test_a_note_with_words_for_readers_is_no_identifier_list(note):
    assert identifiers_in_note(note) is None
