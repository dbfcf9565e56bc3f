"""Citing Medicine (Box 7, organizations as author) omits "The" before an
organization's name: "The Cochrane Collaboration" is "Cochrane Collaboration"."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


@pytest.mark.parametrize(
    ("author", "printed"),
    [
        ("The Cochrane Collaboration,", "Cochrane Collaboration"),
        ("The National Cancer Institute", "National Cancer Institute"),
        ("World Health Organization", "World Health Organization"),
    ],
)
def test_an_organisation_is_printed_without_its_leading_article(author, printed):
    text = nlm(
        f"@article{{k, author = {{{author}}}, title = {{A review}}, journal = {{BMJ}}, "
        "year = {2015}, doi = {10.1/x}}"
    )
    assert text.startswith(f"{printed}. A review. BMJ.")
