"""Where a named study's or body's run starts and ends in a Title Case title: a
count before it ("the 8-Item ...") is not part of the name, a body's instrument
after it ("... Studies Depression Scale") is, and so is a continuation before an
acronym the writer braced ("Study on Ageing ({{TILDA}})"); a body's own head
leads a name with a plural head ("Centre for ... Studies")."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (
            "Validation of the 10-Item Centre for Sleep Studies Fatigue Scale",
            "Validation of the 10-item Centre for Sleep Studies Fatigue Scale",
        ),
        (
            "Frailty in the Scottish Longitudinal Study on Ageing ({{SLSA}})",
            "Frailty in the Scottish Longitudinal Study on Ageing (SLSA)",
        ),
        (
            "A Report From the Institute for Fiscal Studies on Pensions",
            "A report from the Institute for Fiscal Studies on pensions",
        ),
    ],
)
def test_a_names_edges(title, printed):
    assert titled(title).startswith(f"Roe A. {printed}. BMJ."), titled(title)


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        ("A 12-Month Follow-Up of Adults With Asthma", "A 12-month follow-up of"),
        ("Designing Difference-in-Difference Studies", "Designing difference-in-"),
    ],
)
def test_counts_and_generic_plurals_are_still_lowered(title, printed):
    assert titled(title).startswith(f"Roe A. {printed}"), titled(title)
