"""Web of Science writes given names as a run of capital initials ("Marques,
GRAM"): beside a surname in ordinary case, up to four capitals are initials; in a
record all in capitals ("SMITH, JOHN") a given name is still a name."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


def _authors(author: str) -> str:
    text = nlm(
        f"@article{{k, author = {{{author}}}, title = {{A trial}}, journal = {{Heart}}, "
        "year = {2015}, doi = {10.1/x}}"
    )
    return text.split(". A trial.")[0]


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Ferreira, JM and Lima, ACRB", "Ferreira JM, Lima ACRB"),
        ("Lima, JOAO", "Lima JOAO"),  # four capitals beside a surname: initials
        ("LIMA, JOAO", "Lima J"),  # a record in capitals: a given name
        ("Lima, Joao", "Lima J"),
        ("Lima, ACR", "Lima ACR"),
    ],
)
def test_capital_runs_are_initials_beside_an_ordinary_surname(typed, printed):
    assert _authors(typed) == printed
