"""A group, study or task force named after its own acronym ("the EURODEM
Incidence Research Group", "the ISPOR-SMDM Modeling Good Research Practices Task
Force", "the NICHD Fetal Growth Studies"): in a Title Case title the words from
the acronym to the body's head are its name, which Citing Medicine keeps; an
acronym beside its kind alone is a name and a common noun ("the PROMISE trial"). A
design word ("Incidence", "Modeling") does not make it a study design, since the
acronym coined for it says it is one named thing."""

from __future__ import annotations

import re

from healthkb.bib.organisation_words import names_an_organisation
from healthkb.bib.title_names import COMMON_ACRONYMS
from healthkb.bib.title_words import word_letters

#: heads of a named study or body beside the body words ("Studies", "Trial")
_HEADS = frozenset(
    "study studies survey surveys trial trials initiative project registry cohort".split()  # noqa: SIM905
)
_JOINERS = frozenset(["of", "for", "on", "and", "&"])
#: acronyms that name a disease, test or place, not one body: "HIV Study Group"
#: could be any group's
_GENERIC = frozenset(
    """
    HIV AIDS DNA RNA ICU BMI USA UK US EU NHS MRI CT PET ECG EEG COPD ADHD PTSD
    HPV HCV HBV TB RCT RCTS COVID SARS MERS ICD QALY DALY LMIC LMICS NCD STI IVF
    ED GP GPS AI ML IT
    """.split()  # noqa: SIM905
)
#: how far a name may run from its acronym to its head
_LONGEST = 8


def _coined(word: str) -> bool:
    """ "EURODEM", "ISPOR-SMDM": an acronym in capitals, each part two letters or
    more, no digits, not a generic one."""
    if word.startswith(("(", "[")):
        return False  # "(EHR)": an expansion's abbreviation, not a name's start
    bare = word.rstrip(",.;:'\u2019")
    parts = re.split(r"[-/]", bare)
    return (
        len(word_letters(bare)) >= 3
        and all(len(p) >= 2 and p.isalpha() and p.isupper() for p in parts)
        and not any(p in _GENERIC | COMMON_ACRONYMS for p in parts)
    )


def _head(words: list[str], index: int) -> bool:
    letters = word_letters(words[index]).lower()
    pair = " ".join(word_letters(w) for w in words[max(0, index - 1) : index + 1])
    return (
        letters in _HEADS
        or names_an_organisation(letters)
        or (names_an_organisation(pair) and " " in pair.strip())
    )


def acronym_led_names(words: list[str]) -> set[int]:
    """Indices of the words of bodies named from their acronym to their head,
    within one clause of a Title Case title."""
    named: set[int] = set()
    for start, word in enumerate(words):
        if not _coined(word) or word.endswith((":", ".", ";", ",")):
            continue
        if start and word_letters(words[start - 1]).lower() in ("a", "an"):
            continue  # "an ISPOR Task Force": one of several
        end = -1
        for index in range(start + 1, min(len(words), start + 1 + _LONGEST)):
            letters = word_letters(words[index])
            if not letters or not (
                letters[:1].isupper() or letters.lower() in _JOINERS
            ):
                break
            if letters[:1].isupper() and _head(words, index):
                end = index
            if words[index].endswith((":", ".", ";", ",", ")")):
                break
        # "the PROMISE trial", "2020 BRFSS survey": an acronym and its kind alone
        # are a name and a common noun; a body is named in words between them
        if end > start + 1:
            named.update(range(start, end + 1))
    return named
