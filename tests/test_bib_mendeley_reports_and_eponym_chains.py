"""Mendeley's @techreport for a journal article it could not type (the journal in
booktitle, a volume, no institution or report number) is the article; three or
more names joined by hyphens ("Wolff-Parkinson-White") keep their capitals in a
Title Case title, which a compound of common words ("Three-Year-Old") does not."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm, titled


def test_a_report_with_a_journal_as_its_book_and_a_volume_is_an_article():
    entry = (
        "@techreport{k, author = {Roe, Ann}, booktitle = {Heart}, "
        "title = {{Atrial Flutter in Children}}, volume = {XII}, year = {1968}}"
    )
    assert nlm(entry) == "Roe A. Atrial flutter in children. Heart. 1968;XII."


def test_a_report_issued_by_a_body_stays_a_report():
    entry = (
        "@techreport{k, author = {Roe, Ann}, booktitle = {Working papers}, "
        "title = {Atrial flutter}, volume = {2}, institution = {NBER}, year = {1968}}"
    )
    assert "Heart" not in nlm(entry) and "NBER" in nlm(entry)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "Wolff-Parkinson-White Pattern in Young Athletes",
            "Wolff-Parkinson-White pattern in young athletes.",
        ),
        (
            "Melkersson-Rosenthal-Miescher Syndrome: A Case Report",
            "Melkersson-Rosenthal-Miescher syndrome: a case report.",
        ),
        ("Caring for a Three-Year-Old Child", "Caring for a three-year-old child."),
        ("Hand-Foot-Mouth Disease in Day Care", "Hand-foot-mouth disease in day care."),
    ],
)
def test_eponym_chains_keep_their_capitals_compounds_do_not(typed, printed):
    assert f"Roe A. {printed} BMJ." in titled(typed)
