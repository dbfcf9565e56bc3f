"""Fields as library catalogues and older Zotero exports write them (blind set
17): a catalogue's "Cover image http://…" link is no address of the work; an
arXiv identifier and subject class typed as the journal name the server; a
body named by "Bureau", "Secretariat" or "Directorate" is an organisation."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm


@pytest.mark.parametrize("label", ["Cover image", "Table of contents only"])
def test_a_catalogues_link_to_the_cover_is_left_out(label: str):
    got = nlm(
        "@book{k, author = {Roe, Ann}, title = {Data analysis}, publisher = {CRC "
        f"Press}}, address = {{Boca Raton}}, year = {{2014}}, url = {{{label} "
        "http://images.example.org/jackets/123.jpg}}"
    )
    assert got.endswith("Boca Raton: CRC Press; 2014.") and "http" not in got


def test_a_url_that_is_the_work_is_kept():
    got = nlm(
        "@book{k, author = {Roe, Ann}, title = {Data analysis}, publisher = {CRC "
        "Press}, year = {2014}, url = {http://example.org/book}}"
    )
    assert "Available from: http://example.org/book" in got


@pytest.mark.parametrize("journal", ["arXiv:1711.08960 [stat]", "arXiv: 1711.08960v2"])
def test_an_arxiv_identifier_as_the_journal_names_the_server(journal: str):
    got = nlm(
        "@article{k, author = {Roe, Ann}, title = {Outbreaks}, year = {2017}, "
        f"journal = {{{journal}}}, url = {{https://arxiv.org/abs/1711.08960}}}}"
    )
    assert "Outbreaks [Preprint]. arXiv. 2017." in got


@pytest.mark.parametrize("body", ["US Census Bureau", "Pacific Community Secretariat"])
def test_a_body_named_by_its_word_is_printed_whole(body: str):
    got = nlm(
        f"@misc{{k, author = {{{body}}}, title = {{Population totals}}, "
        "year = {2024}, url = {https://example.org/t}}"
    )
    assert got.startswith(f"{body}. Population totals [Internet].")
