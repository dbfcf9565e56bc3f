"""A conference's name keeps the periods of its abbreviations ("Proc. ICML"):
Citing Medicine gives a proceedings' title as the paper gives it. A series glued
to its abbreviation ("Proc.SPIE"), and a journal's abbreviation given as the book
(no meeting's word or acronym in it), are written as NLM writes a journal."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

PAPER = "author = {Lee, Ann}, title = {Sparse attention for long scans}, year = {2020}"


@pytest.mark.parametrize(
    "booktitle",
    [
        "Proc. ICML",
        "Proc. IEEE Int. Symp. Biomedical Imaging (ISBI)",
        "Proceedings of the 3rd Conf. on Medical Imaging with Deep Learning",
    ],
)
def test_a_proceedings_name_keeps_its_periods(booktitle):
    text = nlm(f"@inproceedings{{k, {PAPER}, booktitle = {{{booktitle}}}}}")
    assert f"In: {booktitle}. 2020." in text, text


def test_a_journals_abbreviation_as_the_book_is_written_as_nlm_does():
    text = nlm(f"@inproceedings{{k, {PAPER}, booktitle = {{Med. Image Anal.}}}}")
    assert "In: Med Image Anal. 2020." in text, text


def test_a_series_glued_to_its_abbreviation_is_written_as_nlm_does():
    text = nlm(f"@inproceedings{{k, {PAPER}, booktitle = {{Proc.{{SPIE}}}}}}")
    assert "In: Proc SPIE. 2020." in text, text


def test_a_journal_abbreviation_still_loses_its_periods():
    text = nlm(
        f"@article{{k, {PAPER}, journal = {{Med. Image Anal.}}, volume = {{3}}}}"
    )
    assert "Med Image Anal. 2020;3." in text, text
