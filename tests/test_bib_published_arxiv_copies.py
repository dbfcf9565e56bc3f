"""An arXiv eprint on a paper that names where it was published (a conference's
proceedings, a journal) is another copy of the published paper: the reference is
the published one, with no "[Preprint]" and no arXiv address built from the id."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

PEOPLE = "author = {Lee, Ann and Osei, Kwame}, year = {2022}"
EPRINT = "eprint = {2204.01234}, archivePrefix = {arXiv}"


def test_a_conference_paper_with_an_eprint_is_the_conference_paper():
    text = nlm(
        f"@inproceedings{{k, {PEOPLE}, title = {{Masked Models for Skin Images}},"
        f" booktitle = {{Proceedings of the International Conference on Learning"
        f" Representations (ICLR)}}, {EPRINT}}}"
    )
    assert text == (
        "Lee A, Osei K. Masked models for skin images. In: Proceedings of the"
        " International Conference on Learning Representations (ICLR). 2022."
    )


def test_a_journal_article_with_an_eprint_and_no_volume_is_the_article():
    text = nlm(
        f"@article{{k, {PEOPLE}, title = {{Sparse Experts for Long ECGs}},"
        f" journal = {{Transactions on Machine Learning Research}}, {EPRINT}}}"
    )
    assert text == (
        "Lee A, Osei K. Sparse experts for long ECGs. Transactions on Machine"
        " Learning Research. 2022."
    )


@pytest.mark.parametrize("journal", ["", "journal = {arXiv.org},", "journal = {CoRR},"])
def test_an_eprint_on_a_server_is_still_a_preprint_with_its_address(journal):
    text = nlm(f"@misc{{k, {PEOPLE}, title = {{Sparse experts}}, {journal} {EPRINT}}}")
    assert "[Preprint]" in text, text
    assert text.endswith("Available from: https://arxiv.org/abs/2204.01234"), text
