"""An organisation that is the author and is named by its acronym ("GBIF
Secretariat", "OHDSI Collaborators") names itself in a Title Case title when the
title's capitalised words spell that acronym ("Global Biodiversity Information
Facility"): those words are the body's name, not Title Case to lower. Words that
spell nothing of the author's stay ordinary ("World Health Statistics" by the WHO
Regional Office)."""

from __future__ import annotations

from helpers.nlm_text import nlm

_TAIL = "url = {https://example.org/about}, year = {2024}}"


def test_the_authors_acronym_spelt_out_is_its_name():
    text = nlm(
        "@misc{k, author = {{EMBL Secretariat}}, title = {European Molecular"
        " Biology Laboratory}, " + _TAIL
    )
    assert text.startswith(
        "EMBL Secretariat. European Molecular Biology Laboratory [Internet]."
    ), text
    text = nlm(
        "@misc{k, author = {{OHDSI Collaborators}}, title = {The Book of"
        " Observational Health Data Sciences and Informatics}, " + _TAIL
    )
    assert "The book of Observational Health Data Sciences and Informatics" in text


def test_words_that_spell_no_acronym_of_the_author_are_lowered():
    text = nlm(
        "@misc{k, author = {{WHO Regional Office for Europe}}, title = {World"
        " Health Statistics for the European Region}, " + _TAIL
    )
    assert "World health statistics for the European region [Internet]" in text, text
