"""Names that keep their capital in any title: a family, order or class by the
ending its code of nomenclature fixes ("(Hemiptera: Reduviidae)"), a subgenus in
brackets after its genus ("Aedes (Stegomyia)"), and a state's official name that
starts with its form of government ("the Republic of Ghana"); a species epithet
is lowered with the rest of a Title Case title."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "Insecticide Resistance in Triatoma Infestans (Hemiptera: Reduviidae) Populations",
            "Insecticide resistance in Triatoma infestans (Hemiptera: Reduviidae) populations.",
        ),
        (
            "Larval Habitats of Aedes (Stegomyia) Albopictus in Urban Parks",
            "Larval habitats of Aedes (Stegomyia) albopictus in urban parks.",
        ),
        (
            "Bacterial Communities of Psychodidae and Ceratopogonidae Larvae",
            "Bacterial communities of Psychodidae and Ceratopogonidae larvae.",
        ),
        (
            "Malaria Vectors in the Republic of Ghana and the Kingdom of Eswatini",
            "Malaria vectors in the Republic of Ghana and the Kingdom of Eswatini.",
        ),
    ],
)
def test_taxa_and_state_names_keep_their_capitals(typed, printed):
    assert f"Roe A. {printed} BMJ." in titled(typed)


def test_a_title_in_capitals_gives_its_taxa_and_subgenera_their_capitals():
    text = titled(
        "SURVEY OF AEDES-(STEGOMYIA)-AEGYPTI LARVAE (DIPTERA: CULICIDAE) IN MALI"
    )
    assert "Aedes-(Stegomyia)-aegypti larvae (Diptera: Culicidae) in Mali." in text


def test_a_form_of_government_before_no_place_is_a_word():
    text = titled("A Republic of Letters in the Kingdom of Heaven")
    assert "Roe A. A republic of letters in the kingdom of heaven. BMJ." in text
