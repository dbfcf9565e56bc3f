"""A citation database's publisher fields as Web of Science writes them for a book
or chapter: the publisher in capitals ("CAMBRIDGE UNIV PRESS"), printed in title
case as a journal's name is, and its postal address as ``Address`` ("VAN
GODEWIJCKSTRAAT 30, 3311 GZ DORDRECHT, NETHERLANDS"), which is where letters go,
not a place of publication: readers would see a street and a postcode."""

from __future__ import annotations

import re

from healthkb.bib.journal_capitals import journal_from_capitals

_BODIES = ("publisher", "institution", "school", "organization")


def _postal(address: str) -> bool:
    """A street address: a number in it and at least three parts."""
    return bool(re.search(r"\d", address)) and address.count(",") >= 2


def database_publisher(fields: dict[str, str]) -> None:
    """Title-case a publisher in capitals; drop a postal address as the place."""
    for name in _BODIES:
        value = fields.get(name, "").strip(" {}")
        # one word in capitals is most often the body's acronym ("ISPOR", "IARC")
        if len(value.split()) > 1 and (cased := journal_from_capitals(value)) != value:
            fields[name] = cased
    if _postal(fields.get("address", "").strip(" {}")):
        del fields["address"]
