"""A preprint saved as BibLaTeX's ``@online`` (Better BibLaTeX's arXiv items:
``eprinttype = {arXiv}``, ``pubstate = {prepublished}``; a medRxiv address) is
dated as every preprint is, year and month from its ``date`` (README rule 14),
not to the day as a web page's ``date`` is."""

from __future__ import annotations

from helpers.nlm_text import nlm

_HEAD = "author = {Mensah, Efua}, title = {Sparse priors for dose finding}, date = {2023-11-14},"


def test_an_online_arxiv_eprint_is_dated_by_its_month():
    text = nlm(
        "@online{k, " + _HEAD + " eprint = {2311.01234}, eprinttype = {arXiv},"
        " eprintclass = {stat}, pubstate = {prepublished}}"
    )
    assert text == (
        "Mensah E. Sparse priors for dose finding [Preprint]. arXiv. 2023 Nov."
        " Available from: https://arxiv.org/abs/2311.01234"
    ), text


def test_an_online_medrxiv_paper_is_dated_by_its_month():
    text = nlm(
        "@online{k, " + _HEAD + " url = {https://www.medrxiv.org/content/"
        "10.1101/2023.11.10.23298321v1}}"
    )
    assert "[Preprint]. medRxiv. 2023 Nov. Available from:" in text, text


def test_a_web_page_keeps_its_day():
    text = nlm("@online{k, " + _HEAD + " url = {https://example.org/dose-finding}}")
    assert "[Internet]. 2023 Nov 14. Available from:" in text, text
