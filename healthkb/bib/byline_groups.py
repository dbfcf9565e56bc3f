"""A group named in a byline ("for the Alzheimer's Disease Neuroimaging
Initiative", "on behalf of the STOP-IT Investigators") that an exporter split as
a person: Zotero files its last word as the family name and the rest as given
names ("Initiative, for the Alzheimer's Disease Neuroimaging"). Citing Medicine
lists the group by its name, without "for the"."""

from __future__ import annotations

import re

#: a byline's words before a group's name; no person's given names start so
_BYLINE = re.compile(r"(?:for|on\s+behalf\s+of)(?:\s+the)?\s+(?=\S)", re.IGNORECASE)


def byline_group(name: str) -> str | None:
    """The group's name if *name* (one name of an author list, as typed) is a
    byline's group, else None."""
    bare = " ".join(re.sub(r"(?<!\\)[{}]", "", name).split())
    family, comma, given = bare.partition(",")
    if comma:
        given = given.strip()
        lead = _BYLINE.match(given)
        # the family is one word, the group's last ("Initiative", "Investigators")
        if lead and given[:1].islower() and re.fullmatch(r"\S+", family.strip()):
            return f"{given[lead.end() :]} {family.strip()}"
        return None
    lead = _BYLINE.match(bare)
    if lead and bare[:1].islower() and len(bare[lead.end() :].split()) >= 1:
        return bare[lead.end() :]
    return None
