"""medRxiv's and bioRxiv's "Download citation" BibTeX puts the first author's spaced
surname into the key; BibTeX stops at the space and refuses the entry."""

from healthkb.bib.read import parse_bibliography_text

ENTRY = """@article {van der Berg2021.03.02.21252741,
\tauthor = {Anna van der Berg and Piet de Vries},
\ttitle = {A cohort of something},
\tyear = {2021},
\tdoi = {10.1101/2021.03.02.21252741},
\tjournal = {medRxiv}
}
"""


def test_a_key_with_a_space_is_read_without_it_and_warned():
    bib = parse_bibliography_text(ENTRY, "refs.bib")
    assert list(bib.entries) == ["vanderBerg2021.03.02.21252741"]
    assert not bib.broken
    assert any("has a space" in p.message for p in bib.problems)


def test_a_key_without_a_space_is_untouched():
    bib = parse_bibliography_text(
        ENTRY.replace("van der Berg2021", "Berg2021"), "r.bib"
    )
    assert list(bib.entries) == ["Berg2021.03.02.21252741"]
    assert not any("has a space" in p.message for p in bib.problems)
