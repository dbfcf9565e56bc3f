"""A name list typed as Vancouver prints it ("Skingsley A and Yin Z") that ends
with a word for the unnamed rest ("and contributors"): surnames first, and the
rest as BibTeX's ``others``."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

from healthkb.bib.read import parse_bibliography_text


@pytest.mark.parametrize("rest", ["contributors", "collaborators", "colleagues"])
def test_a_word_for_the_rest_is_et_al(rest):
    got = nlm(
        f"@report{{k, author = {{Skingsley A and Yin Z and Gill ON and {rest}}},"
        " title = {HIV in the UK}, institution = {{Public Health England}},"
        " year = 2015}"
    )
    assert got.startswith("Skingsley A, Yin Z, Gill ON, et al. HIV in the UK.")


def test_the_rewrite_is_reported():
    bib = parse_bibliography_text(
        "@misc{k, author = {Lee, Ann and contributors}, title = {T}, year = 2015}",
        "references.bib",
    )
    people = [str(p) for p in bib.data.entries["k"].persons["author"]]
    assert people == ["Lee, Ann", "others"]
    assert any("as others" in p.message for p in bib.problems)


def test_a_surname_that_is_such_a_word_in_the_middle_is_kept():
    bib = parse_bibliography_text(
        "@misc{k, author = {Lee, Ann and Colleagues, Bo and Roe, Cy},"
        " title = {T}, year = 2015}",
        "references.bib",
    )
    assert len(bib.data.entries["k"].persons["author"]) == 3


#: (the author as typed, as printed): a body and its unit, or a person
BODY_OR_PERSON = (
    # a body by its acronym and name, its unit after the comma
    ("ASST Vimercate, Ingegneria Clinica", "ASST Vimercate, Ingegneria Clinica."),
    # a surname in capitals is a person's
    ("GARCÍA LÓPEZ, María José", "García López MJ."),
    ("Smith Jones, Mary Ann", "Smith Jones MA."),
)


@pytest.mark.parametrize(("author", "printed"), BODY_OR_PERSON)
def test_a_body_and_its_unit_or_a_person(author, printed):
    got = nlm(f"@misc{{k, author = {{{author}}}, title = {{Procedura}}, year = 2013}}")
    assert got == f"{printed} Procedura. 2013."
