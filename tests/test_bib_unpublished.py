"""BibTeX's ``@unpublished`` (a manuscript, a personal communication) is not a
preprint unless something says it was posted: a server, a preprint DOI or
``pubstate``. Four collectors printed it without "[Preprint]" (blind7, blind13,
blind16)."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm
from pybtex.database import Entry

from healthkb.rules.source_rules import is_preprint, posted_preprint

MANUSCRIPT = (
    "@unpublished{k, author = {Roe, Ann}, title = {A survey of clinics},"
    " note = {Personal communication}, year = {2003}}"
)


def test_a_manuscript_is_not_a_preprint():
    got = nlm(MANUSCRIPT)
    assert "[Preprint]" not in got
    assert got == "Roe A. A survey of clinics. 2003. Note: Personal communication."


def test_a_manuscript_is_still_unreviewed_for_the_checks():
    entry = Entry("unpublished", fields={"title": "T", "year": "2003"})
    assert is_preprint(entry) and not posted_preprint(entry)


#: what says an item was posted: its server, a preprint DOI, its state, its id
POSTED = (
    "journal = {bioRxiv}",
    "doi = {10.1101/2020.01.01.20000001}",
    "pubstate = {preprint}",
    "eprinttype = {arxiv}, eprint = {2001.01234}",
)


@pytest.mark.parametrize("posted", POSTED)
def test_an_unpublished_item_on_a_server_is_a_preprint(posted):
    got = nlm(MANUSCRIPT.replace("note = {Personal communication}", posted))
    assert "A survey of clinics [Preprint]." in got


def test_a_servers_identifier_is_printed_as_the_server_spells_itself():
    got = nlm(
        "@unpublished{k, author = {Roe, Ann}, title = {A survey of clinics},"
        " eprinttype = {arxiv}, eprint = {1608.05745}, year = {2017}}"
    )
    assert "[Preprint]. arXiv. 2017." in got
    # a journal typed by hand is printed as given (the README's convention)
    typed = nlm(
        "@article{k, author = {Roe, Ann}, title = {A survey of clinics},"
        " journal = {MedRxiv}, year = {2020}}"
    )
    assert "[Preprint]. MedRxiv. 2020." in typed


@pytest.mark.parametrize("server", ["MetaArXiv", "EdArXiv", "EcoEvoRxiv"])
def test_a_server_named_the_rxiv_way_is_a_preprint_server(server):
    got = nlm(
        "@misc{k, author = {Lakens, Daniel}, title = {Examining meta-analyses},"
        f" year = 2017, publisher = {{{server}}}, howpublished = {{\\url{{https://osf.io/x/}}}}}}"
    )
    assert f"Examining meta-analyses [Preprint]. {server}. 2017." in got


def test_the_server_named_as_journal_comes_before_a_publishers_preprints():
    got = nlm(
        "@article{k, title = {Reopening strategies}, author = {Shea, Katriona},"
        " journal = {MedRxiv}, year = {2020},"
        " publisher = {Cold Spring Harbor Laboratory Preprints}}"
    )
    assert got == "Shea K. Reopening strategies [Preprint]. MedRxiv. 2020."
