"""A hand-written data set's DOI given in a note with its label braced
(``note = {{DOI}: https://doi.org/…}``) is the entry's DOI, and the UCI Machine
Learning Repository (DOI prefix 10.24432) is a data repository read online, as
Zenodo and Dryad are: "[Internet]" (blind set 22)."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


@pytest.mark.parametrize(
    "note",
    ["{DOI}: https://doi.org/10.24432/C5X9Z1", "DOI: https://doi.org/10.24432/C5X9Z1"],
)
def test_a_doi_in_a_note_is_the_entrys_doi(note):
    entry = (
        "@misc{k, title = {{Wine Quality}}, year = {2009},"
        f" howpublished = {{UCI Machine Learning Repository}}, note = {{{note}}}}}"
    )
    assert nlm(entry) == (
        "Wine quality [Internet]. UCI Machine Learning Repository; 2009."
        " doi:10.24432/C5X9Z1"
    )


def test_a_note_with_words_beside_the_doi_is_still_printed():
    entry = (
        "@misc{k, author = {Roe, Ann}, title = {Clinic visits}, year = {2020},"
        " howpublished = {Our archive},"
        " note = {{DOI}: https://doi.org/10.1000/v1, version for the 2020 audit}}"
    )
    assert "version for the 2020 audit" in nlm(entry)
