"""Genus names in health sources: pathogens, vectors and model organisms.

Citing Medicine capitalises a genus (and italicises it where it can), so a
Title Case title's "Salmonella" or "Aedes" keeps its capital when the rest is
lowered. Genera that are also common English words ("Bacillus" is kept, "Mus",
"Homo" and "Cancer" are not) are left out. A Salmonella serovar after its genus
("Salmonella Newport", "Salmonella Typhimurium") is capitalised too."""

from __future__ import annotations

import re

GENERA = frozenset(
    """
    Salmonella Escherichia Shigella Staphylococcus Streptococcus Enterococcus
    Klebsiella Pseudomonas Acinetobacter Enterobacter Campylobacter Helicobacter
    Listeria Legionella Neisseria Haemophilus Bordetella Mycobacterium Mycoplasma
    Chlamydia Chlamydophila Clostridium Clostridioides Bacillus Yersinia Brucella
    Francisella Coxiella Rickettsia Bartonella Borrelia Treponema Leptospira
    Vibrio Burkholderia Corynebacterium Serratia Proteus Wolbachia
    Plasmodium Toxoplasma Cryptosporidium Giardia Entamoeba Trypanosoma
    Leishmania Schistosoma Taenia Echinococcus Onchocerca Wuchereria Ascaris
    Candida Aspergillus Cryptococcus Pneumocystis Histoplasma Saccharomyces
    Aedes Anopheles Culex Ixodes Glossina Phlebotomus Triatoma
    Drosophila Arabidopsis Caenorhabditis Danio Xenopus Rattus
    """.split()  # noqa: SIM905
)
#: genera whose serovars are named, capitalised, after the genus
SEROVAR_GENERA = frozenset(["Salmonella"])

#: the endings of the ranks above a genus that codes of nomenclature fix
#: (families -idae/-aceae/-viridae, subfamilies -inae, superfamilies -oidea,
#: insect orders -ptera, bird and fish orders -formes, classes -mycetes): such a
#: name is capitalised wherever it stands ("(Diptera: Culicidae)")
_HIGHER_TAXON = re.compile(
    r"^[A-Z][a-z]+(?:idae|inae|oidea|ptera|formes|aceae|virales|mycetes)$"
)


def higher_taxon(word: str) -> bool:
    """Is *word* (its letters) the name of a family, order or class?"""
    return bool(_HIGHER_TAXON.match(word))


def subgenus(previous: str, word: str) -> bool:
    """Is *word* a subgenus in brackets after its genus ("Anopheles
    (Kerteszia)")? A subgenus keeps its capital like the genus."""
    return previous.strip("(-") in GENERA and bool(
        re.fullmatch(r"\([A-Z][a-z]+\)[,.;:]?", word)
    )
