"""Degrees, titles and a database's cut hyphen are no part of a printed name, and
a compound surname joined by "y" is read whole."""

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
        ("Maria Lopez, PhD", "Lopez M"),  # not: a degree as initials
        ("Rahul Mehta, MD", "Mehta R"),
        ("Rahul Mehta, M.P.H.", "Mehta R"),
        ("Okafor, Prof Chidi", "Okafor C"),
        ("Okafor, Dr. C. N.", "Okafor CN"),
        ("Dr Chidi Okafor", "Okafor C"),
        ("Lindqvist, Anna PhD", "Lindqvist A"),
        ("Lindqvist, Anna, PhD", "Lindqvist A"),  # BibTeX's "Last, Jr, First"
        ("Anna Lindqvist, M.D., Ph.D.", "Lindqvist A"),
        ("Lindqvist, Anna K., MPH", "Lindqvist AK"),
        ("Fonseca-, Jr., Paulo", "Fonseca P Jr"),
        ("Lucia Ramos y Cajal", "Ramos y Cajal L"),
        ("Joao Pedro Silva e Souza", "Silva e Souza JP"),
    ],
)
def test_a_name_is_printed_without_what_is_not_a_name(typed, printed):
    assert _authors(typed) == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Alam, MD", "Alam MD"),  # initials, not a degree
        ("James Mba Okoro", "Okoro JM"),  # a given name, not the degree
        ("Islam, Md Saiful", "Islam MS"),
        ("Chen, Ms", "Chen M"),  # one given name: nothing to drop
        ("de la Cruz, Ana", "de la Cruz A"),
        ("Lindqvist, Jr., Erik", "Lindqvist E Jr"),
    ],
)
def test_names_that_only_look_like_titles_are_kept(typed, printed):
    assert _authors(typed) == printed
