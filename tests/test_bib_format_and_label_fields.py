"""Hand-written web entries put the work's format where the publisher goes
(``howpublished = {PDF}``, ``{Dataset}``), "Available at …" into the url or
publisher field, and a citation template's unfilled stamp into the note
("Retrieved [Date Retrieved]"). None of them is a publisher or a note for
readers: the format is left out, the address is the URL (blind set 22)."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

PAGE = (
    "author = {{Ministry of Health}}, title = {Clinic opening hours}, year = {2024},"
    " url = {https://example.org/hours.pdf}"
)
PRINTED = (
    "Ministry of Health. Clinic opening hours [Internet]. 2024. Available from:"
    " https://example.org/hours.pdf"
)


@pytest.mark.parametrize("kind", ["PDF", "{PDF}", "Dataset", "HTML", "Web page"])
def test_a_format_typed_as_how_it_was_published_is_not_printed(kind):
    assert nlm(f"@misc{{k, {PAGE}, howpublished = {{{kind}}}}}") == PRINTED


@pytest.mark.parametrize(
    "note", ["Retrieved [Date Retrieved]", "Accessed: [date]", "Last viewed on [date]"]
)
def test_an_unfilled_access_stamp_is_not_printed(note):
    assert nlm(f"@misc{{k, {PAGE}, note = {{{note}}}}}") == PRINTED


def test_an_address_typed_as_the_publisher_is_the_url():
    entry = (
        "@book{k, author = {{Ministry of Health}}, title = {Clinic opening hours},"
        " year = {2024}, publisher = {Available at \\url{https://example.org/hours.pdf}}}"
    )
    text = nlm(entry)
    assert "Available at" not in text
    assert text.endswith("Available from: https://example.org/hours.pdf"), text


def test_a_label_before_the_address_in_the_url_field_is_left_out():
    entry = (
        "@misc{k, title = {Clinic opening hours}, year = {2024},"
        " url = {Available at www.example.org}}"
    )
    assert nlm(entry).endswith("Available from: www.example.org")


def test_a_publisher_that_is_a_name_is_printed():
    assert "Data Press; 2024" in nlm(
        f"@misc{{k, {PAGE}, howpublished = {{Data Press}}}}"
    )
