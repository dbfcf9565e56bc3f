"""A journal whose name gives its part after a period ("Mutation Research.
Reviews in Mutation Research", as NLM's catalogue writes it) keeps that period:
small words after it say the part is written out, not abbreviated."""

from __future__ import annotations

import pytest
from helpers.nlm_text import in_journal


@pytest.mark.parametrize(
    "journal",
    [
        "Mutation Research. Reviews in Mutation Research",
        "Biochimica et Biophysica Acta. Reviews on Cancer",
        "Journal of Chromatography. B, Analytical Technologies in the Biomedical and Life Sciences",
    ],
)
def test_a_written_out_part_after_a_period_keeps_it(journal):
    text = in_journal(journal)
    assert f"A trial. {journal}. 2011;3:1-9." in text, text


@pytest.mark.parametrize(
    ("journal", "printed"),
    [
        ("Front. Public Health", "Front Public Health"),
        ("J. Clin. Epidemiol.", "J Clin Epidemiol"),
        ("Proc. Natl. Acad. Sci. U.S.A.", "Proc Natl Acad Sci U.S.A"),
    ],
)
def test_an_abbreviated_journal_still_loses_its_periods(journal, printed):
    assert f"A trial. {printed}. 2011;3:1-9." in in_journal(journal)
