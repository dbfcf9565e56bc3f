"""A thesis Zotero saved as ``@misc`` (its ``type`` names the degree), and a DOI
written as the address with ``doi:`` (``url = {doi:10.…}``): the DOI."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

THESIS = (
    "@misc{k, type = {{TYPE}}, title = {{Il servizio di ingegneria clinica}},"
    " howpublished = {https://www.politesi.polimi.it/handle/10589/16564},"
    " author = {STARA, STEFANO}, month = mar, year = {2011}}"
)


@pytest.mark.parametrize(
    ("typed", "mark"),
    [
        ("Laurea Magistrale / Specialistica", "[master's thesis]"),
        ("Laurea Triennale", "[bachelor's thesis]"),
        ("PhD thesis", "[dissertation]"),
        ("Doctoral dissertation", "[dissertation]"),
        ("Master's thesis", "[master's thesis]"),
    ],
)
def test_a_misc_typed_as_a_thesis_is_a_thesis(typed, mark):
    assert nlm(THESIS.replace("TYPE", typed)) == (
        f"Stara S. Il servizio di ingegneria clinica {mark}. 2011. "
        "Available from: https://www.politesi.polimi.it/handle/10589/16564"
    )


def test_a_misc_of_another_type_stays_a_web_page():
    got = nlm(THESIS.replace("TYPE", "Dataset"))
    assert "[Internet]. 2011 Mar." in got and "thesis" not in got


@pytest.mark.parametrize(
    "url", ["doi:10.1002/9780470712184.ch8", "DOI: 10.1002/9780470712184.ch8"]
)
def test_a_doi_typed_as_the_address_is_the_doi(url):
    got = nlm(
        "@incollection{k, title = {Assessing risk of bias}, author = {Higgins, J},"
        " booktitle = {Cochrane handbook}, publisher = {Wiley}, year = {2008},"
        f" pages = {{187--241}}, url = {{{url}}}}}"
    )
    assert got.endswith("Wiley; 2008. p. 187-241. doi:10.1002/9780470712184.ch8")
    assert "Available from" not in got
