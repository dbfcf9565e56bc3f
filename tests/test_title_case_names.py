"""Title Case titles keep the names of studies, surveys and bodies (NLM
capitalises proper names), but not study designs that look like them."""

from __future__ import annotations

import pytest
from pybtex.richtext import Text

from healthkb.bib.title_case import sentence_case


@pytest.mark.parametrize(
    ("title", "nlm"),
    [
        (
            "Results From the Framingham Heart Study",
            "Results from the Framingham Heart Study",
        ),
        (
            "Obesity in the National Health and Nutrition Examination Survey, "
            "1999-2010",
            "Obesity in the National Health and Nutrition Examination Survey, "
            "1999-2010",
        ),
        (
            "Smoking and Lung Cancer: The British Doctors Study",
            "Smoking and lung cancer: the British Doctors Study",
        ),
        (
            "Adolescent Brain Cognitive Development Study (ABCD)",
            "Adolescent Brain Cognitive Development Study (ABCD)",
        ),
        # designs, not names
        (
            "A Prospective Cohort Study of Diet and Cancer",
            "A prospective cohort study of diet and cancer",
        ),
        (
            "Diet and Cancer: A Population-Based Study",
            "Diet and cancer: a population-based study",
        ),
        (
            "A Genome-Wide Association Study of Height",
            "A genome-wide association study of height",
        ),
        (
            "Mental Health Services Use in a National Survey of Adults",
            "Mental health services use in a national survey of adults",
        ),
        (
            "Randomized Controlled Trial of Exercise Training Study",
            "Randomized controlled trial of exercise training study",
        ),
        # a title in sentence case is kept as its author wrote it
        (
            "Incidence of stroke in the Framingham Heart Study",
            "Incidence of stroke in the Framingham Heart Study",
        ),
    ],
)
def test_names_of_studies_keep_their_capitals(title, nlm):
    assert sentence_case(Text(title)) == nlm
