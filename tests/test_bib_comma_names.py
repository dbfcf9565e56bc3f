"""Whole names separated by commas instead of "and", written given names first
with bare initials, initials first or a particle (blind set 18's two refused
entries): read with a warning, never refused."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

from healthkb.bib.read import parse_bibliography_text

ARTICLE = "title = {A trial}, journal = {BMJ}, year = {2020}, doi = {10.1/x}"


def _warned(entry: str) -> list[str]:
    bib = parse_bibliography_text(entry, "references.bib")
    assert not bib.broken
    return [p.message for p in bib.problems if "separated by 'and'" in p.message]


@pytest.mark.parametrize(
    ("people", "printed"),
    [
        # given names first, bare initials, a particle, a space before a comma,
        # a line break inside a name, "and" before the last
        (
            "Ann Moss , Thomas A Mellan, H Juliette T Unwin,\nSabine van Elsland, "
            "Patrick GT Walker and Neil M. Ferguson",
            "Moss A, Mellan TA, Unwin HJT, van Elsland S, Walker PGT, Ferguson NM.",
        ),
        # initials first, hyphenated family names, two commas only
        (
            "CI Roe-Nolasco, EA Day-Smith, E O'Neill-Ruiz",
            "Roe-Nolasco CI, Day-Smith EA, O'Neill-Ruiz E.",
        ),
        # PubMed's "Surname Given" still read surname first
        (
            "Reeder Blaine, Chung Jane, Jankowski Catherine M",
            "Reeder B, Chung J, Jankowski CM.",
        ),
    ],
)
def test_whole_names_listed_with_commas(people: str, printed: str):
    entry = f"@article{{k, author = {{{people}}}, {ARTICLE}}}"
    assert nlm(entry).startswith(printed + " A trial.")
    assert len(_warned(entry)) == 1


def test_a_comma_list_that_is_no_names_is_still_refused():
    entry = "@article{x,\n  author = {Smith, J., Jones, 1, Roe},\n  title = {T},\n  year = 2020}\n"
    assert "x" in parse_bibliography_text(entry, "references.bib").broken
