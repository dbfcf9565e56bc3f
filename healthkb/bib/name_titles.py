"""What a name field holds beside the person's names, as databases and hand-typed
entries write it, taken out before the name is printed:

- a degree after the comma ("Brooke Goldner, MD", Crossref's answer): BibTeX
  reads the degree as the given name and the whole name as the surname; the name
  before the comma is written given names first;
- a title before the given names ("Davis, Dr S", "Prof John Smith");
- a surname cut at its hyphen ("Ceretti-", Web of Science's cut of a compound);
- a Spanish or Portuguese compound surname joined by "y"/"e", written given
  names first ("Ana Pastore y Piontti"): BibTeX reads the first family name as a
  middle name ("y Piontti AP"); Citing Medicine keeps it ("Pastore y Piontti A").
"""

from __future__ import annotations

import re

from pybtex.database import Person

#: degrees and post-nominal letters written after a person's name
_DEGREES = frozenset(
    """
    md phd mph drph msc ms ma bsc ba rn bsn msn np pa do dds dmd pharmd mbbs mbchb
    frcp frcpc frcs facp facs fracp mrcp dphil scd mba mhs msph cph edd psyd dvm
    dnp mpp mbe obe cbe
    """.split()  # noqa: SIM905
)
#: titles written before a person's given names
_HONORIFICS = frozenset(
    "dr prof professor mr mrs ms miss sir dame rev assoc asst".split()  # noqa: SIM905
)
#: a generation after a name ("Jr", "III"), which BibTeX's lineage part is for
_GENERATION = re.compile(r"jr|sr|ii|iii|iv|2nd|3rd|[4-9]th")
#: the conjunctions that join two family names
_SURNAME_JOINERS = frozenset(["y", "e", "i"])


def _bare(part: str) -> str:
    return re.sub(r"[{}.,\s]", "", part).lower()


def _degree(part: str) -> bool:
    """ "MD", "PhD", "M.P.H.": a degree as written, capitals and all ("Mba" is a
    given name)."""
    letters = re.sub(r"[^A-Za-z]", "", part)
    return _bare(part) in _DEGREES and sum(ch.isupper() for ch in letters) >= 2


def _names(parts: list[str]) -> str:
    return " ".join(parts)


def person_without_titles(person: Person) -> Person:
    """*person* with degrees, titles and a cut hyphen taken out of the name, and
    a compound surname joined by "y" read whole; *person* itself when none is there."""
    given = person.first_names + person.middle_names
    prelast, last = list(person.prelast_names), list(person.last_names)
    lineage = list(person.lineage_names)
    changed = False
    if lineage and all(_degree(part) for part in lineage):
        # "John Smith, M.D., Ph.D.": BibTeX reads the first degree as a lineage
        lineage, changed = [], True
    if (
        given
        and lineage
        and all(_degree(part) for part in given)
        and not _GENERATION.fullmatch(_bare(" ".join(lineage)))
    ):
        # "Smith, John, PhD": BibTeX's "Last, Jr, First" reads the given names as
        # a lineage and the degree as the given name
        given, lineage, changed = lineage, [], True
    if (
        given
        and all(_degree(part) for part in given)
        and not prelast
        and len(last) >= 2
        and all(part[:1].isupper() for part in last)
    ):
        # "Brooke Goldner, MD": the name given first, the degree after it
        given, last = last[:-1], last[-1:]
        changed = True
    while len(given) > 1 and _bare(given[0]) in _HONORIFICS:
        given = given[1:]
        changed = True
    while len(given) > 1 and _degree(given[-1]) and len(_bare(given[-1])) > 2:
        # "Smith, Jane PhD" ("MD" alone may be initials: "Alam, MD")
        given = given[:-1]
        changed = True
    if last and last[-1].endswith("-") and len(last[-1]) > 2:
        last = [*last[:-1], last[-1].rstrip("-")]
        changed = True
    if (
        len(given) >= 2
        and [_bare(part) for part in prelast]
        in ([joiner] for joiner in _SURNAME_JOINERS)
        and given[-1][:1].isupper()
    ):
        # "Ana Pastore y Piontti": the first family name is not a middle name
        prelast, given = [given[-1], *prelast], given[:-1]
        changed = True
    if not changed:
        return person
    return Person(
        first=_names(given[:1]),
        middle=_names(given[1:]),
        prelast=_names(prelast),
        last=_names(last),
        lineage=_names(lineage),
    )
