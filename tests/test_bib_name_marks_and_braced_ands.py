"""Two ways an author list was misread (blind set 22): an equal-contribution
mark typed after a surname ("Bhatnagar*, Sahir") was printed as part of it, and a
double-braced organisation whose name has its own "and" after a comma
("{{Energy, Climate, and Environment Program}}") was split at that "and"."""

from __future__ import annotations

import pytest
from helpers.nlm_text import authored, nlm

from healthkb.bib.read import parse_bibliography_text


@pytest.mark.parametrize(
    "authors",
    [
        "Okafor*, Chidi and Lind*, Bo and Roe, Ann",
        "Chidi Okafor* and Bo Lind* and Ann Roe",
        "Okafor\u2020, Chidi and Lind, Bo and Roe, Ann",
    ],
)
def test_a_contribution_mark_after_a_name_is_left_out_with_a_warning(authors):
    assert nlm(authored(authors)).startswith("Okafor C, Lind B, Roe A. A trial.")
    bib = parse_bibliography_text(authored(authors), "references.bib")
    assert any("contribution mark" in p.message for p in bib.problems)


def test_a_star_inside_a_name_is_kept():
    assert nlm(authored("{Star*Lab} and Roe, Ann")).startswith("Star*Lab, Roe A.")


def test_an_and_inside_a_braced_organisation_stays_in_its_name():
    text = nlm(authored("{{Office of Energy, Climate, and Environment}} and Roe, Ann"))
    assert text.startswith("Office of Energy, Climate, and Environment, Roe A."), text
    bib = parse_bibliography_text(
        authored("{{Office of Energy, Climate, and Environment}}"), "references.bib"
    )
    assert not [p for p in bib.problems if "lists people" in p.message]
