"""The reading grade reads a role as the reader sees it, as every other rule does
(markdown_scan.shown_role): a {download} link's words count, a citation's key and
a bare cross-reference's target do not."""

from __future__ import annotations

import pytest

from healthkb.model import markdown_scan as scan
from healthkb.rules.readability import prose_text

CASES = [
    (
        "Get the {download}`walking notes <notes.pdf>` before you go.",
        "Get the walking notes before you go.",
    ),
    (
        "Ask for the {download}`leaflet.pdf` at the desk.",
        "Ask for the leaflet.pdf at the desk.",
    ),
    (
        "Read {doc}`the guide </articles/heart/walking>` and {doc}`walking` first.",
        "Read the guide and first.",
    ),
    ("Walking helps {footcite:p}`smith2020heart`.", "Walking helps."),
    ("A {term}`cardiologist <Cardiologist>` can advise.", "A cardiologist can advise."),
]


@pytest.mark.parametrize(("markdown", "read"), CASES)
def test_a_role_is_read_as_shown(markdown, read):
    assert " ".join(prose_text(markdown).split()) == read


@pytest.mark.parametrize(("markdown", "read"), CASES)
def test_the_grade_reads_what_the_other_rules_read(markdown, read):
    shown = " ".join(text for _, text in scan.prose_lines(markdown, 1))
    assert prose_text(markdown).split() == shown.split()
