"""What an acronym in brackets spells out is a name and keeps its capitals in a
Title Case title; a common noun's expansion (a disease, an index, a record) does
not. Supplements of a volume print as Citing Medicine prints them."""

from __future__ import annotations

import pytest

from healthkb.bib.latex_text import text_from_latex
from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text
from healthkb.bib.title_case import sentence_case


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Health of the Nation Outcome Scales ({HoNOS})",
            "Health of the Nation Outcome Scales (HoNOS)",
        ),
        (
            "Observational {Health} {Data} {Sciences} and {Informatics} ({OHDSI}): "
            "{Opportunities} for {Observational} {Researchers}",
            "Observational Health Data Sciences and Informatics (OHDSI): "
            "opportunities for observational researchers",
        ),
        (
            "Cambodian Sustainable Development Goals (CSDGs) Framework 2016",
            "Cambodian Sustainable Development Goals (CSDGs) framework 2016",
        ),
        (
            "Health of the Nation Outcome Scales for Elderly People ({HoNOS} 65+)",
            "Health of the Nation Outcome Scales for Elderly People (HoNOS 65+)",
        ),
        (
            "The Sheffield Elicitation Framework (SHELF) In Practice",
            "The Sheffield Elicitation Framework (SHELF) in practice",
        ),
    ],
)
def test_a_name_an_acronym_spells_out_keeps_its_capitals(title, expected):
    assert sentence_case(text_from_latex(title)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Chronic Obstructive Pulmonary Disease (COPD) In Older Adults",
            "Chronic obstructive pulmonary disease (COPD) in older adults",
        ),
        ("Body Mass Index (BMI) And Mortality", "Body mass index (BMI) and mortality"),
        (
            "Patient Reported Outcome Measures (PROMs) In Surgery",
            "Patient reported outcome measures (PROMs) in surgery",
        ),
        (
            "Salmonella in Pork (SALINPORK): Control Options",
            "Salmonella in pork (SALINPORK): control options",
        ),
        (
            "A Trial Of A Virtual Clinical Pharmacy Service (VCPS) In Rural Towns",
            "A trial of a virtual clinical pharmacy service (VCPS) in rural towns",
        ),
        # the capitals do not spell the acronym: no name
        (
            "Quality Of Life Among Older Adults (QOLS) In Care",
            "Quality of life among older adults (QOLS) in care",
        ),
    ],
)
def test_a_common_nouns_expansion_is_lowered(title, expected):
    assert sentence_case(text_from_latex(title)) == expected


def _printed(source: str, key: str) -> str:
    bib = parse_bibliography_text(source, "x.bib")
    style = VancouverStyle()
    entry = bib.entries[key]
    return style.format_entry("", entry, bib_data=bib).text.render_as("text")


def test_taylor_and_francis_sup1_is_the_volumes_supplement():
    source = """@article{a, author = {Doe, Jane}, title = {A test}, journal = {Am Stat},
    year = {2019}, volume = {73}, number = {sup1}, pages = {69-81}, doi = {10.1/x}}"""
    assert (
        _printed(source, "a")
        == "Doe J. A test. Am Stat. 2019;73 Suppl 1:69-81. doi:10.1/x"
    )


def test_an_issues_number_keeps_its_brackets():
    source = """@article{a, author = {Doe, Jane}, title = {A test}, journal = {Am Stat},
    year = {2019}, volume = {73}, number = {4}, pages = {69-81}, doi = {10.1/x}}"""
    assert (
        _printed(source, "a") == "Doe J. A test. Am Stat. 2019;73(4):69-81. doi:10.1/x"
    )


def test_a_note_that_gives_the_address_in_another_language_is_the_url():
    source = r"""@techreport{w, author = {{World Health Organization}}, title = {A report},
    year = {2022}, institution = {WHO}, address = {Geneva},
    note = {Dispon{\'i}vel em: \url{https://www.who.int/x}. Acesso em: 20 maio 2026}}"""
    printed = _printed(source, "w")
    assert printed.endswith("Available from: https://www.who.int/x")
    assert "Acesso" not in printed
