"""An en dash inside a compound (Better BibTeX's ``PD-L1\\textendash{}Positive``)
joins its parts as a hyphen does: in a Title Case title the ordinary word after it
is lowered and the acronym before it keeps its shape (blind set 23)."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_the_word_after_an_en_dash_is_lowered():
    text = titled("Outcomes in PD-L1\\textendash{}Positive Advanced Breast Cancer")
    assert "in PD-L1\u2013positive advanced breast cancer." in text


def test_hyphenated_names_and_acronyms_keep_their_shape():
    assert "SARS-CoV-2 in care homes" in titled("SARS-CoV-2 in Care Homes")
    assert "An ECG-database of wards" in titled("An ECG-Database of Wards")
