"""One study named after its place ("the Canadian Longitudinal Study", "the
Irish Longitudinal Study") keeps its continuation in a Title Case title when the
continuation ends the title or its part: "... on Aging", "... on Nutrition and
Healthy Ageing". It did only before its acronym ("(CLSA)"). A second "of"/"on"
after it ("... of Ageing on Loneliness") is what the title says of the study, and
a generic study ("the Health Study on Diet") has no name to continue. A "Biobank"
joined to another word by "and" is a common noun, not "UK Biobank"."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # a place-named study keeps its continuation at the title's end
        (
            "Frailty and Falls: Evidence from the Canadian Longitudinal Study on Aging",
            "evidence from the Canadian Longitudinal Study on Aging.",
        ),
        # ... with "and" in it, before a subtitle
        (
            "The Irish Longitudinal Study on Nutrition and Healthy Ageing: Design and"
            " Methods",
            "The Irish Longitudinal Study on Nutrition and Healthy Ageing: design and"
            " methods.",
        ),
        # a second continuation is what the title says of the study
        (
            "Findings of the English Longitudinal Study of Ageing on Loneliness",
            "the English Longitudinal Study of ageing on loneliness.",
        ),
        # a generic study has no continuation
        (
            "Results from the Health Study on Diet and Exercise",
            "Results from the health study on diet and exercise.",
        ),
        # a Biobank joined by "and" is a common noun; "UK Biobank" a name
        (
            "Tissue and Biobank Samples in Rural Hospitals",
            "Tissue and biobank samples in",
        ),
        (
            "Genetic Data from the UK Biobank and China Kadoorie Biobank",
            "from the UK Biobank and China Kadoorie Biobank.",
        ),
    ],
)
def test_study_names_and_their_continuations(title, printed):
    assert printed in titled(title), titled(title)
