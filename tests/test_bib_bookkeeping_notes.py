"""Notes that are a machine's bookkeeping, not words for readers: a publisher's
page metadata in snake_case keys (Springer Nature's, as Zotero keeps it in Extra)
and a wiki page's revision number. Neither is printed."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

ARTICLE = (
    "author = {Osei, Kwame}, title = {Tracking rare mutations in blood},"
    " journal = {Clinical Genomics}, year = {2022}, volume = {8}, number = {2},"
    " pages = {40--41}, doi = {10.1000/rare}"
)
PRINTED = (
    "Osei K. Tracking rare mutations in blood. Clinical Genomics. 2022;8(2):40-1."
    " doi:10.1000/rare"
)


@pytest.mark.parametrize(
    "note",
    [
        "Bandiera\\_abtest: a\nCg\\_type: Comment\nPublisher: Nature Publishing Group",
        "Cg\\_type: Research Highlight\nSubject\\_term: Genomics",
        "Subject_term_id: genetics",
    ],
)
def test_page_metadata_in_snake_case_keys_is_not_printed(note):
    assert nlm(f"@article{{k, {ARTICLE}, note = {{{note}}}}}") == PRINTED


@pytest.mark.parametrize(
    "note", ["revision \\#91030", "Revision 123456.", "rev. 4411", "oldid=1098765432"]
)
def test_a_wiki_pages_revision_number_is_not_printed(note):
    assert nlm(f"@article{{k, {ARTICLE}, note = {{{note}}}}}") == PRINTED


@pytest.mark.parametrize(
    "note",
    ["Commentary on the 2021 trial", "Revised edition of a 2019 report"],
)
def test_an_editors_note_is_still_printed(note):
    text = nlm(f"@article{{k, {ARTICLE}, note = {{{note}}}}}")
    assert text.endswith(f"Note: {note}."), text
