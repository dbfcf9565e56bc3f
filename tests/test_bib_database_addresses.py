"""A citation database's book and chapter records: the publisher in capitals is
printed in title case, and a postal address given as the place (street, postcode,
country) is not printed as the place of publication."""

from __future__ import annotations

import pytest
from helpers.nlm_text import nlm

_BOOK = (
    "@book{{ WOS:1,\nAuthor = {{Okafor, CN}},\nTitle = {{Tropical paediatrics}},\n"
    "Year = {{2012}},\nPublisher = {{{publisher}}},\nAddress = {{{address}}},\n"
    "Unique-ID = {{WOS:1}},\n}}"
)


@pytest.mark.parametrize(
    ("publisher", "address", "ending"),
    [
        (
            "OXFORD UNIV PRESS",
            "GREAT CLARENDON ST, OXFORD OX2 6DP, ENGLAND",
            "Tropical paediatrics. Oxford Univ Press; 2012.",
        ),
        (
            "LIPPINCOTT WILLIAMS & WILKINS",
            "530 WALNUT ST, PHILADELPHIA, PA 19106-3621 USA",
            "Tropical paediatrics. Lippincott Williams & Wilkins; 2012.",
        ),
        (
            "BMJ PUBLISHING GROUP",
            "London",
            "Tropical paediatrics. London: BMJ Publishing Group; 2012.",
        ),
        ("IARC", "Lyon", "Tropical paediatrics. Lyon: IARC; 2012."),
    ],
)
def test_a_databases_publisher_and_address(publisher, address, ending):
    text = nlm(_BOOK.format(publisher=publisher, address=address))
    assert text == f"Okafor CN. {ending}"


def test_a_place_with_its_state_is_still_a_place():
    text = nlm(_BOOK.format(publisher="Springer", address="New York, NY"))
    assert "New York, NY: Springer; 2012." in text
