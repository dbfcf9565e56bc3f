"""A data set deposited online is on the Internet however the exporter gives it
(``@dataset``, or a ``@misc`` with a data repository's DOI or name); a program
deposited there is not a web page."""

from __future__ import annotations

import pytest

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import parse_bibliography_text


def _printed(source: str) -> str:
    bib = parse_bibliography_text(source, "x.bib")
    (key,) = bib.entries
    style = VancouverStyle()
    return style.format_entry("", bib.entries[key], bib_data=bib).text.render_as("text")


@pytest.mark.parametrize(
    ("head", "extra"),
    [
        ("@dataset", "publisher = {Zenodo}, doi = {10.5281/zenodo.1}"),
        ("@misc", "publisher = {Zenodo}, doi = {10.5281/zenodo.1}"),
        ("@misc", "doi = {10.5061/dryad.1}"),
        ("@misc", "publisher = {figshare}, doi = {10.1/x}"),
    ],
)
def test_a_data_deposit_is_on_the_internet(head, extra):
    source = f"{head}{{d, author = {{Doe, Jane}}, title = {{Trial data}}, year = {{2020}}, {extra}}}"
    assert "Trial data [Internet]." in _printed(source)


def test_a_program_deposited_in_a_data_repository_is_no_web_page():
    source = """@manual{p, author = {Doe, Jane}, title = {A package}, year = {2020},
    doi = {10.5281/zenodo.1}}"""
    assert "[Internet]" not in _printed(source)


def test_a_misc_without_address_or_deposit_is_no_web_page():
    source = """@misc{m, author = {Doe, Jane}, title = {A leaflet}, year = {2020},
    publisher = {NHS}}"""
    assert "[Internet]" not in _printed(source)
