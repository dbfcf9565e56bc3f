"""A named resource, an ontology or a data portal, keeps its capitals in a Title
Case title as a named study or body does: three capitalised words or more ending
in "Ontology" or "Portal"; a generic one ("an Ontology") is lowered."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (
            "The Rare Disease Phenotype Ontology in 2020",
            "The Rare Disease Phenotype Ontology in 2020",
        ),
        (
            "The Pediatric Tumor Genomics Portal: An Open Resource for Clinicians",
            "The Pediatric Tumor Genomics Portal: an open resource for clinicians",
        ),
    ],
)
def test_a_named_resource_keeps_its_capitals(title, printed):
    text = titled(title)
    assert text.startswith(f"Roe A. {printed}. BMJ. 2015."), text


def test_a_generic_ontology_is_lowered():
    title = "Building an Ontology for Wound Care Records"
    text = titled(title)
    assert "Building an ontology for wound care records." in text, text
