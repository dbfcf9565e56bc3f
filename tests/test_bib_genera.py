"""Genus names keep their capital in a lowered Title Case title (Citing Medicine
capitalises a genus), and a Salmonella serovar after its genus too."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

from healthkb.bib.genera import GENERA
from healthkb.bib.proper_nouns import proper_nouns


def title(text: str) -> str:
    got = nlm(
        f"@article{{k, author = {{Bayer, C}}, title = {{{text}}},"
        " journal = {Eurosurveillance}, year = {2014}}"
    )
    return got.removeprefix("Bayer C. ").removesuffix(" Eurosurveillance. 2014.")


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "An Outbreak of Salmonella Newport Associated with Mung Bean Sprouts",
            "An outbreak of Salmonella Newport associated with mung bean sprouts.",
        ),
        (
            "Modeling Plasmodium Falciparum Test Sensitivity Using Machine Learning",
            "Modeling Plasmodium falciparum test sensitivity using machine learning.",
        ),
        (
            "Control of Aedes Mosquitoes in Urban Settings of the Tropics",
            "Control of Aedes mosquitoes in urban settings of the tropics.",
        ),
    ],
)
def test_a_genus_keeps_its_capital_and_a_species_is_lowered(typed, printed):
    assert title(typed) == printed


def test_a_serovar_needs_its_genus():
    assert title("An Outbreak Strain Typhimurium Associated with Bean Sprouts") == (
        "An outbreak strain typhimurium associated with bean sprouts."
    )


def test_genera_are_proper_nouns_and_no_common_words():
    assert GENERA.issubset(proper_nouns())
    assert not GENERA & {"Homo", "Mus", "Cancer"}
