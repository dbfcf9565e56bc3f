"""Under an unnumbered "Sources:", a "Label: address" line is a source of its own;
a Vancouver reference's "Available from:" line carries on the one above."""

from __future__ import annotations

import pytest

from healthkb.importer.labelled_source_line import starts_labelled_source


@pytest.mark.parametrize(
    "line",
    ["Trial protocol: https://example.org/protocol", "Main paper: doi:10.1000/xyz123"],
)
def test_labelled_address_starts_a_source(line):
    assert starts_labelled_source(line)


@pytest.mark.parametrize(
    "line",
    [
        "Available from: https://example.org/guide",
        "Accessed: https://example.org/guide",
        "DOI: 10.1000/xyz123",
        "The guide says little about this.",
    ],
)
def test_continuations_and_text_do_not(line):
    assert not starts_labelled_source(line)
