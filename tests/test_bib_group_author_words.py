"""Group authors as bylines write them (blind set 22): a lower-case "the" before
a group at the end of a list ("... and the Example-DB team") is not part of its
name (Citing Medicine omits "The" before an organisation), and a clinic or
hospital typed unbraced ("Cleveland Clinic") is a body, not Mr Clinic."""

from __future__ import annotations

import pytest
from helpers.nlm_text import authored, nlm


@pytest.mark.parametrize(
    ("authors", "printed"),
    [
        ("Roe, Ann and the Mortality-DB team", "Roe A, Mortality-DB team."),
        (
            "Roe, Ann and the Global Burden Collaborators",
            "Roe A, Global Burden Collaborators.",
        ),
    ],
)
def test_a_lower_case_the_before_a_group_is_left_out(authors, printed):
    assert nlm(authored(authors)).startswith(printed + " A trial.")


def test_a_lower_case_particle_before_a_surname_is_kept():
    assert nlm(authored("van der Berg, Anna")).startswith("van der Berg A.")


@pytest.mark.parametrize("body", ["Mayfield Clinic", "Riverside Hospital"])
def test_an_unbraced_clinic_or_hospital_is_a_body(body):
    entry = (
        f"@misc{{k, author = {{{body}}}, title = {{Visiting hours}}, year = {{2022}},"
        " url = {https://example.org/visits}}"
    )
    assert nlm(entry).startswith(f"{body}. Visiting hours [Internet]. 2022.")
