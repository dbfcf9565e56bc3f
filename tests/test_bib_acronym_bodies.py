"""A body or study named from its own acronym to its head ("the SWAN Bone Health
Working Group", "the NICHD Fetal Growth Studies") keeps its capitals in a Title
Case title, design words and all; an acronym beside its kind alone ("the
PROMISE trial"), a generic acronym ("HIV") or one in brackets after its
expansion is no body's name."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Hip Fracture in Older Women: A Report of the SWAN Bone Health Working Group",
            "SWAN Bone Health Working Group",
        ),
        (
            "Birth Weight Standards From the NICHD Fetal Growth Studies",
            "NICHD Fetal Growth Studies",
        ),
        (
            "Consensus on Reporting: The CONSORT-PRO Extension Steering Committee",
            "CONSORT-PRO Extension Steering Committee",
        ),
        # a design word inside the body's name does not make it a design
        (
            "Dementia Risk and Education. MRC CFAS Incidence Research Group",
            "MRC CFAS Incidence Research Group",
        ),
    ],
)
def test_a_body_named_from_its_acronym_keeps_its_capitals(title, name):
    assert name in titled(title)


@pytest.mark.parametrize(
    ("title", "lowered"),
    [
        (
            "Outcomes in Stable Chest Pain: Insights From the ROMANCE Trial",
            "ROMANCE trial",
        ),
        ("Loneliness in a COPD Patient Support Group", "COPD patient support group"),
        # "(EHR)" abbreviates what comes before it; "Panel" is no body here
        (
            "Using Electronic Health Records (EHR) and Tumor Panel Sequencing",
            "(EHR) and tumor panel sequencing",
        ),
        ("Report of an ISPOR Working Group on Costs", "ISPOR working group"),
    ],
)
def test_other_acronyms_do_not_name_a_body(title, lowered):
    assert lowered in titled(title)
