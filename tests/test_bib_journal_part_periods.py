"""A journal whose name gives its part after a period ("Mutation Research.
Reviews in Mutation Research", as NLM's catalogue writes it) keeps that period:
small words after it say the part is written out, not abbreviated."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

ARTICLE = "author = {Osei, Kwame}, title = {Duplex reads}, year = {2021}, volume = {7}"


@pytest.mark.parametrize(
    "journal",
    [
        "Mutation Research. Reviews in Mutation Research",
        "Biochimica et Biophysica Acta. Reviews on Cancer",
        "Journal of Chromatography. B, Analytical Technologies in the Biomedical and Life Sciences",
    ],
)
def test_a_written_out_part_after_a_period_keeps_it(journal):
    text = nlm(f"@article{{k, {ARTICLE}, journal = {{{journal}}}}}")
    assert f"Duplex reads. {journal}. 2021;7." in text, text


@pytest.mark.parametrize(
    ("journal", "printed"),
    [
        ("Front. Public Health", "Front Public Health"),
        ("J. Clin. Epidemiol.", "J Clin Epidemiol"),
        ("Proc. Natl. Acad. Sci. U.S.A.", "Proc Natl Acad Sci U.S.A"),
    ],
)
def test_an_abbreviated_journal_still_loses_its_periods(journal, printed):
    text = nlm(f"@article{{k, {ARTICLE}, journal = {{{journal}}}}}")
    assert f"Duplex reads. {printed}. 2021;7." in text, text
