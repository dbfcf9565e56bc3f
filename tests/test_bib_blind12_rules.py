"""Rules found on blind set 12 (tests/fixtures/bib/README.md), on small entries."""

from __future__ import annotations

import pytest

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text


def printed(entry: str) -> str:
    bib = parse_bibliography_text(entry, "references.bib")
    (key,) = bib.entries
    return (
        VancouverStyle()
        .format_entry("", bib.entries[key], bib_data=bib)
        .text.render_as("text")
    )


@pytest.mark.parametrize(
    "journal",
    [
        "{arXiv} preprint {arXiv}:2101.00001",  # Zotero keeps the brand's capitals
        "arXiv preprint arXiv:2101.00001",  # Google Scholar
        "{{arXiv} preprint {arXiv}:2101.00001}",
    ],
)
def test_an_arxiv_journal_as_exporters_brace_it_is_the_server(journal):
    text = printed(
        "@article{lee2021,\n  author = {Lee, Ann},\n  title = {Masks and coughs},\n"
        f"  journaltitle = {{{journal}}},\n  date = {{2021}}\n}}\n"
    )
    assert text == (
        "Lee A. Masks and coughs [Preprint]. arXiv. 2021. "
        "Available from: https://arxiv.org/abs/2101.00001"
    )
