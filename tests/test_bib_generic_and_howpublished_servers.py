"""Two hand-made shapes of common works (blind set 22): Mendeley Reference
Manager's Generic item (``@generic``) with a journal, volume and issue is a
journal article, and a hand-written ``@misc`` that names arXiv only in
``howpublished`` ("arXiv preprint arXiv:ID", as Google Scholar writes the journal)
is an arXiv preprint with its address built from the identifier."""

from __future__ import annotations

from helpers.nlm_text import nlm


def test_a_mendeley_generic_item_with_a_journal_is_an_article():
    entry = (
        "@generic{k,\n   author = {A. B. Okafor and C. Lind},\n"
        "   issue = {2},\n   journal = {Journal of Hospital Infection},\n"
        "   title = {Hand hygiene on night shifts},\n   volume = {98},\n"
        "   year = {2018},\n   doi = {10.1000/hands},\n}"
    )
    assert nlm(entry) == (
        "Okafor AB, Lind C. Hand hygiene on night shifts. Journal of Hospital"
        " Infection. 2018;98(2). doi:10.1000/hands"
    )


def test_a_mendeley_generic_item_with_only_a_web_address_stays_a_page():
    entry = (
        "@generic{k, author = {{Ministry of Health}}, title = {Clinic hours},"
        " year = {2018}, url = {https://example.org/hours}}"
    )
    assert "[Internet]" in nlm(entry)


def test_arxiv_named_only_in_howpublished_is_the_server():
    entry = (
        "@misc{k, title = {{Waiting Times in Emergency Care}}, author = {Roe, Ann},"
        " year = {2019}, howpublished = {arXiv preprint arXiv:1901.01234}}"
    )
    assert nlm(entry) == (
        "Roe A. Waiting times in emergency care [Preprint]. arXiv. 2019."
        " Available from: https://arxiv.org/abs/1901.01234"
    )
