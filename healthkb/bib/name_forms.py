"""One person's name as exporters and hand-typed lists write it and pybtex
misreads it, rewritten as BibTeX means it (the list-level repairs are in
:mod:`healthkb.bib.name_lists`, which calls these):

- "et al." typed into the list ("van Gelder, M. {\\it et al.}", "Smith, J. and
  et al.", "..., et. al"): BibTeX's ``others``, so NLM prints "et al." once and
  no person "al" or initials "EA" appear;
- a trailing comma ("Wheldon, M. C.,"): BibTeX reads the initials as a lineage
  ("Jr") and the given names as empty;
- a surname particle after the given names ("Schalkwyk, GI van", as Zotero
  writes Dutch names): BibTeX reads the particle as a given name;
- a capitalised particle in a name written given names first ("Clément Le
  Couedic", "Maria De Souza"): BibTeX reads it as a middle name, NLM keeps it
  with the surname ("Le Couedic C").
"""

from __future__ import annotations

import re

#: "et al." at a name's end however it is typed: "et al", "et. al.", "et alii",
#: inside braces or an italic command ("{\it et al.}", "\textit{et al.}")
_ET_AL_TAIL = re.compile(
    r"(?:^|[\s,]+)\{?\s*(?:\\(?:it|em|textit|emph|textsl|sl)\b\s*\{?\s*)?"
    r"et\.?\s*al(?:ii|ia|\.)?\.?\s*\}?\s*\}?\s*$",
    re.IGNORECASE,
)
#: surname particles written in lower case (BibTeX's "von" part)
_LOWER_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "das",
        "do",
        "ter",
        "ten",
        "zu",
        "vom",
        "zum",
        "zur",
    ]
)
#: particles that start a surname when capitalised ("Le Couedic", "Van Damme")
_CAPITAL_PARTICLES = frozenset(
    [
        "Van",
        "Von",
        "De",
        "Le",
        "La",
        "Du",
        "Da",
        "Di",
        "Del",
        "Della",
        "Dos",
        "Das",
        "Ter",
        "Ten",
        "Vander",
        "Vom",
        "Zur",
    ]
)
#: Vietnamese surnames: a "Van" or "Le" before them is a middle name ("Tuan Van
#: Nguyen"), not a particle
_VIETNAMESE_SURNAMES = frozenset(
    [
        "Nguyen",
        "Tran",
        "Pham",
        "Hoang",
        "Huynh",
        "Phan",
        "Vu",
        "Vo",
        "Dang",
        "Bui",
        "Do",
        "Ho",
        "Ngo",
        "Duong",
        "Ly",
        "Le",
        "Truong",
        "Dinh",
        "Lam",
        "Mai",
        "Trinh",
    ]
)
#: a given name or an initial: "Clément", "Jean-Pierre", "J.", "GI"
_GIVEN_WORD = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019.-]*|\{[^{}]*\}\w*", re.UNICODE)
#: a surname word: capitalised, not an initial ("Couedic", "Souza", "D'Amico")
_SURNAME_WORD = re.compile(
    r"[A-Z\u00c0-\u00de][\w'\u2019-]*[a-z\u00df-\u00ff]\w*[\w'\u2019-]*"
)


def without_et_al(name: str) -> tuple[str, bool]:
    """*name* without an "et al." typed at its end, and whether there was one
    ("" when the name was only "et al.")."""
    found = _ET_AL_TAIL.search(name)
    if not found:
        return name, False
    return name[: found.start()].rstrip(" \t\n,"), True


def without_trailing_comma(name: str) -> str:
    """ "Wheldon, M. C." for "Wheldon, M. C.,": an empty last part is no name."""
    return re.sub(r",\s*$", "", name)


def particle_moved(name: str) -> str:
    """*name* with a surname particle where BibTeX looks for it, or *name*.

    "Schalkwyk, GI van" -> "van Schalkwyk, GI"; "Clément Le Couedic" ->
    "Le Couedic, Clément"."""
    if "{" in name or "\\" in name:
        return name  # braced by the author: as written
    parts = [part.strip() for part in name.split(",")]
    if len(parts) == 2 and parts[0] and parts[1]:
        given = parts[1].split()
        tail = 0
        while tail < len(given) - 1 and given[-1 - tail] in _LOWER_PARTICLES:
            tail += 1
        if not tail:
            return name
        particles = " ".join(given[len(given) - tail :])
        return f"{particles} {parts[0]}, {' '.join(given[: len(given) - tail])}"
    if len(parts) != 1:
        return name
    words = name.split()
    if len(words) < 3 or not _SURNAME_WORD.fullmatch(words[-1]):
        return name
    if words[-1] in _VIETNAMESE_SURNAMES:
        return name
    # the first capitalised particle after at least one given name
    for index in range(1, len(words) - 1):
        if words[index] in _CAPITAL_PARTICLES:
            given, family = words[:index], words[index:]
            if not all(_GIVEN_WORD.fullmatch(word) for word in given):
                return name
            if not all(
                w in _CAPITAL_PARTICLES or w in _LOWER_PARTICLES for w in family[:-1]
            ):
                return name
            return f"{' '.join(family)}, {' '.join(given)}"
    return name
