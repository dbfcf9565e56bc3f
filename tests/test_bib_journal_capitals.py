"""A journal written all in capitals by a database (Web of Science, old catalogue
records) is printed as Citing Medicine prints a journal title: significant words
capitalised, small words lower-cased, acronyms kept; short names in capitals that
may be the journal's own spelling are kept."""

from __future__ import annotations

import pytest
from helpers.nlm_text import in_journal

from healthkb.bib.journal_capitals import journal_from_capitals


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "PEDIATRIC INFECTIOUS DISEASE JOURNAL",
            "Pediatric Infectious Disease Journal",
        ),
        ("ARCHIVES OF DISEASE IN CHILDHOOD", "Archives of Disease in Childhood"),
        ("BMC INFECTIOUS DISEASES", "BMC Infectious Diseases"),
        ("JAMA NETWORK OPEN", "JAMA Network Open"),
        ("AIDS AND BEHAVIOR", "AIDS and Behavior"),
        ("JOURNAL OF WOMEN'S HEALTH", "Journal of Women's Health"),
        ("VECTOR-BORNE AND ZOONOTIC DISEASES", "Vector-Borne and Zoonotic Diseases"),
        ("CADERNOS DE SAUDE PUBLICA", "Cadernos de Saude Publica"),
        (
            "ZEITSCHRIFT FUR GERONTOLOGIE UND GERIATRIE",
            "Zeitschrift fur Gerontologie und Geriatrie",
        ),
        (
            "PHILOSOPHICAL TRANSACTIONS OF THE ROYAL SOCIETY B",
            "Philosophical Transactions of the Royal Society B",
        ),
        ("PARASITOLOGY", "Parasitology"),
        ("N ENGL J MED", "N Engl J Med"),
        ("CA-A CANCER JOURNAL FOR CLINICIANS", "CA-A Cancer Journal for Clinicians"),
        ("AM J EPIDEMIOL", "Am J Epidemiol"),
    ],
)
def test_a_journal_in_capitals_is_printed_in_title_case(typed, printed):
    assert journal_from_capitals(typed) == printed
    assert f". {printed}. 2011;3:1-9." in in_journal(typed)


@pytest.mark.parametrize(
    "typed",
    ["JAMA", "GUT", "PLOS ONE", "ITBM-RBM", "The Lancet", "PLoS Medicine", "eLife"],
)
def test_a_short_name_in_capitals_or_a_mixed_case_name_is_kept(typed):
    assert journal_from_capitals(typed) == typed
    assert f". {typed}. 2011" in in_journal(typed)


def test_an_abbreviated_journal_in_capitals_loses_its_periods_too():
    assert ". Bulletin Soc Pathol Exotique. 2011" in in_journal(
        "BULLETIN SOC. PATHOL. EXOTIQUE"
    )
